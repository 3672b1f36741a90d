# Instance methods, classmethods and staticmethods called every way.
class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1
        self.count = 0

    def inc(self, by=1):
        self.count += by
        return self

    @classmethod
    def make_many(cls, n):
        return [cls() for _ in range(n)]

    @staticmethod
    def helper(x):
        return x * 2

    @classmethod
    def total(cls):
        return cls.instances


class SubCounter(Counter):
    pass


a = Counter().inc().inc(5)
print(a.count, Counter.inc(a, 10).count, Counter.helper(4), a.helper(5))
many = SubCounter.make_many(3)
print([type(m).__name__ for m in many], Counter.total(), SubCounter.total(), a.total())
bound = a.inc
print(bound.__self__ is a, bound.__func__ is Counter.inc, bound(2).count)
cm = Counter.make_many
print(cm.__self__ is Counter, type(Counter.__dict__["helper"]).__name__, Counter.helper is a.helper)
