# __del__ runs when the last reference goes away.
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("a")
r = None
print("after a")


def scope():
    tmp = Resource("b")
    print("in scope")


scope()
print("after b")
items = [Resource("c"), Resource("d")]
del items
print("after list")
keep = Resource("e")
print("end")
