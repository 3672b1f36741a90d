# Copies of bound methods: copy() returns the same method, deepcopy()
# binds the function to a deep copy of the instance.
import copy

class Counter:
    def __init__(self):
        self.hits = [0]
    def hit(self):
        self.hits[0] += 1
        return self.hits[0]

obj = Counter()
shallow = copy.copy(obj.hit)
deep = copy.deepcopy(obj.hit)
print(shallow.__self__ is obj, deep.__self__ is obj, deep.__func__ is Counter.hit)
print(shallow(), obj.hits, deep(), deep.__self__.hits, obj.hits)
pair = copy.deepcopy([obj, obj.hit])
print(pair[1].__self__ is pair[0], pair[0] is not obj)
