# Subclasses of Random: one that replaces random() draws integers from it,
# one that replaces getrandbits() draws them from that, one that replaces
# neither keeps the Mersenne Twister.
import random
class Fixed(random.Random):
    def __init__(self): self.i = 0; super().__init__(0)
    def random(self):
        self.i += 1
        return (self.i * 0.37) % 1.0
f = Fixed()
print([f.randrange(10) for _ in range(5)], f.choice("abcdef"), f.sample(range(50), 4))
l = list(range(8)); f.shuffle(l); print(l)
class Bits(random.Random):
    def getrandbits(self, k):
        return (2 ** k - 1) // 3
b = Bits(5)
print([b.randrange(100) for _ in range(3)], b.choice("xyz"), b.random())
class Plain(random.Random): pass
p = Plain(3); print(p.randrange(1000), p.random())
print(random.SystemRandom._randbelow.__name__, Fixed._randbelow.__name__, Bits._randbelow.__name__)
