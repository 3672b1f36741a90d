# In-place operators keep the subclass instance (and mutate plain containers).
class L(list): pass
class S(set): pass
class D(dict): pass

l = L([1])
alias = l
l += [2]
l *= 2
print(l, type(l).__name__, l is alias)
s = S({1, 2})
alias = s
s |= {3}
s &= {1, 3}
s -= {1}
s ^= {4}
print(sorted(s), type(s).__name__, s is alias)
d = D(a=1)
alias = d
d |= {'b': 2}
print(d, type(d).__name__, d is alias)
plain = {}
alias = plain
plain |= {'x': 1}
print(alias, plain is alias)
ps = {1}
alias = ps
ps |= {2}
ps &= {2}
print(alias, ps is alias)
pl = [0]
alias = pl
pl *= 3
print(alias, pl is alias)
