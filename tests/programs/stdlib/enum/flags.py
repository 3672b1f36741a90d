# Flag and IntFlag: combining members, pseudo-members' names, iteration,
# inversion, containment and the boundaries (STRICT for Flag, KEEP for
# IntFlag).
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

print(Perm.R | Perm.W, str(Perm.R | Perm.W), ~Perm.R, Perm.R ^ Perm.RWX, Perm(7), Perm(6))
print(Perm(0), str(Perm(0)), bool(Perm(0)), bool(Perm.X), len(Perm.R | Perm.X))
print(list(Perm), list(Perm.RWX), list(Perm(5)), Perm.__members__)
print(Perm.R in Perm.RWX, Perm.RWX in Perm.R, Perm["W"], Perm(-1))
for bad in (8, 9, "x"):
    try:
        Perm(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Perm.R | 2
except TypeError as e:
    print("TypeError", e)

class Bits(IntFlag):
    A = 1
    B = 2
    C = 4

print(Bits.A | Bits.B, str(Bits.A | Bits.B), f"{Bits.C}", Bits.A | 8, ~Bits.A, Bits(0), Bits(9))
print(Bits.B + 1, Bits.A | Bits.C == 5, isinstance(Bits.A, int), list(Bits(7)), Bits.A & 3)
