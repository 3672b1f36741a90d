# UserDict and UserList: wrappers around a real dict/list whose methods
# subclasses can override one at a time.
from collections import UserDict, UserList
import copy

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __missing__(self, key):
        return "<%s>" % key

d = LowerDict({"A": 1}, B=2)
d["C"] = 3
d.update(D=4)
print(d, d.data, len(d), "a" in d, d["zz"], d.get("zz"), d.get("a"))
print(d.pop("a"), d.setdefault("E", 5), sorted(d.keys()), list(d.values()))
c = d.copy()
c["F"] = 6
print(type(c).__name__, c, d, copy.copy(d) == d, d | {"x": 0}, {"x": 0} | d)
print(UserDict.fromkeys("ab", 0), UserDict(), isinstance(d, UserDict))

class Stack(UserList):
    def push(self, item):
        self.append(item)
    def peek(self):
        return self[-1]

s = Stack([3, 1, 2])
s.push(9)
s.sort()
print(s, s.peek(), s[1:], type(s[1:]).__name__, len(s), 9 in s, s.index(2), s.count(1))
print(s + [0], [0] + s, s * 2, s == [1, 2, 3, 9], s < [5], s.pop(), s.pop(0), s)
s.extend(Stack([7, 8]))
s.insert(0, -1)
s.reverse()
s.remove(7)
s += [100]
print(s, s.copy(), type(s.copy()).__name__, list(reversed(s)))
del s[0]
s[0] = "first"
print(s, s.data is not None)

from collections import UserString

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"

w = Shout("hello world")
print(w, repr(w), w.shout(), type(w.shout()).__name__, len(w), w[0], w[-5:], type(w[1:]).__name__)
print(w + " again", "say " + w, w * 2, w == "hello world", w < "z", "lo w" in w, Shout("lo") in w)
print(w.split(), w.replace("l", "L", 2), w.title(), w.find("o"), w.rfind(Shout("o")), w.count("l"), w.index("w"))
print(w.center(15, "*"), w.zfill(13), w.strip("hd"), w.partition(" "), w.startswith("he"), w.endswith(("x", "d")))
print(w.encode(), w.isalpha(), Shout("abc").isalpha(), w.capitalize(), w.swapcase(), w.removeprefix("hello "), w.join("ab"))
print(Shout("%s-%d") % ("a", 1), int(UserString("42")) + 1, float(UserString("2.5")), hash(w) == hash("hello world"), sorted(w)[:3])
print(UserString(123), UserString(w).data, w.format(), UserString("{x}").format_map({"x": 5}), w.splitlines(), list(reversed(w))[:2])
