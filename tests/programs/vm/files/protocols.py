# print(file=), iteration, the io module, files held by objects, keywords.
import io
with open('_scratch_protocols.txt', 'w') as f:
    print('a', 1, file=f)
    print('b', file=f, end='', flush=True)
print(open('_scratch_protocols.txt').read())
print(io.open is open, type(open('_scratch_protocols.txt')) is io.TextIOWrapper)
f = open('_scratch_protocols.txt')
print(next(f), next(iter(f)))
try:
    next(f)
except StopIteration:
    print('stop')
print(f.seek(0, 2), f.tell())
f.seek(0)
print(sum(1 for _ in f))
class C:
    def __init__(self):
        self.f = open('_scratch_protocols.txt')
        self.me = self
C()
print(C.__name__)
print(open('_scratch_protocols.txt', mode='r', encoding=None, errors=None, newline=None).read(1))
try:
    open('_scratch_protocols.txt', bad=1)
except TypeError as e:
    print(e)
try:
    open('_scratch_protocols.txt', closefd=False)
except ValueError as e:
    print(e)
open('_scratch_protocols.txt', 'w').close()
