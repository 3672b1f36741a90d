# A million paused generators: each is made, run to its first yield and
# kept in a list, then all are resumed once more. Peak memory (compare
# `/usr/bin/time -v` against a run with N=0) is what a suspended generator
# costs; the time is making, pausing and releasing them.
import sys


def countdown(start):
    n = start
    while n:
        yield n
        n -= 1


def main(count):
    paused = [None] * count
    for i in range(count):
        g = countdown(i + 3)
        next(g)
        paused[i] = g
    total = 0
    for g in paused:
        total += next(g)
    return total


print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000))
