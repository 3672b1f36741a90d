# A small inventory program: classes, dicts, sorting, formatting, errors.
class OutOfStock(Exception):
    def __init__(self, item, wanted, have):
        super().__init__(f"{item}: wanted {wanted}, have {have}")
        self.item = item


class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    @property
    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price}, qty={self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price, qty=1):
        item = self.items.get(name)
        if item is None:
            item = self.items[name] = Item(name, price)
        item.qty += qty
        return item

    def take(self, name, qty):
        item = self.items[name]
        if item.qty < qty:
            raise OutOfStock(name, qty, item.qty)
        item.qty -= qty

    def report(self):
        lines = []
        for item in sorted(self.items.values(), key=lambda i: -i.value):
            lines.append(f"{item.name:<8}{item.qty:>4} x {item.price:6.2f} = {item.value:8.2f}")
        total = sum(i.value for i in self.items.values())
        lines.append(f"{'total':<8}{total:>25.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add("apple", 0.5, 10)
inv.add("pear", 0.75, 4)
inv.add("melon", 3.2)
inv.add("apple", 0.5, 5)
print(inv.report())
for name, qty in [("apple", 3), ("melon", 2), ("kiwi", 1)]:
    try:
        inv.take(name, qty)
        print("took", qty, name)
    except OutOfStock as e:
        print("out of stock:", e, "| item:", e.item)
    except KeyError as e:
        print("unknown item", e)
print(inv.items["apple"], len(inv.items))
