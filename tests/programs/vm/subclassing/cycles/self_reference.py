# Reference cycles through subclass instances and their __dict__ are
# reclaimed (the test harness checks the heap returns to its baseline).
class Node(list):
    pass

class Label(str):
    pass

class Count(int):
    pass

a = Node([1])
a.me = a
a.append(a)
s = Label('x')
s.self = s
c = Count(3)
c.items = [c]
d = Node()
e = Node([d])
d.append(e)
print(len(a), s.self is s, c.items[0] is c, e[0] is d)
del a, s, c, d, e
print('ok')
