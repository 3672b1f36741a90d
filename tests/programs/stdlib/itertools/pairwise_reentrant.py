# pairwise() whose iterator calls the same pairwise again from __next__:
# nothing is freed while it is still in use.
from itertools import pairwise


def check(maxcount):
    class I:
        count = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.count >= maxcount:
                raise StopIteration
            self.count += 1
            if self.count == 1:
                return next(it, None)
            return [self.count]

    it = pairwise(I())
    print(maxcount, list(it))


for n in range(1, 6):
    check(n)
print(list(pairwise("abcd")), list(pairwise([])), list(pairwise([1])))
