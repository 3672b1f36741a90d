# A user container: __getitem__ with slices, __setitem__, __delitem__,
# __len__, __iter__, __reversed__, __contains__, __eq__ and __repr__.
class Deck:
    def __init__(self, cards):
        self.cards = list(cards)

    def __len__(self):
        return len(self.cards)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]

    def __setitem__(self, i, v):
        self.cards[i] = v

    def __delitem__(self, i):
        del self.cards[i]

    def __reversed__(self):
        return reversed(self.cards)

    def __eq__(self, other):
        return isinstance(other, Deck) and self.cards == other.cards

    def __repr__(self):
        return f"Deck({self.cards})"


d = Deck("A23456")
print(len(d), d[0], d[-1], d[1:3], d[::2], "3" in d, "9" in d)
d[0] = "K"
del d[1]
print(d, list(reversed(d)), [c for c in d], d == Deck("K3456"), d != Deck(""))
print(sorted(d), max(d), "".join(d), list(enumerate(d))[:2])
