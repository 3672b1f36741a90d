# What open() and file objects raise.
import io

NAME = '_scratch_errors.txt'
open(NAME, 'w').close()

def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(open, 'missing.txt')
attempt(open, 'no_such_folder/missing.txt', 'w')
attempt(open, '.')
attempt(open, NAME, 'x')
for mode in ['q', 'rw', 'rr', 'rbt', '', 'b', '+', 'rU', 'r+b+']:
    attempt(open, NAME, mode)
attempt(open, NAME, 'rb', -1, 'utf-8')
attempt(open, NAME, 'r', 0)
attempt(open, NAME, 'r', -1, None, None, 'x')
attempt(open, 3.5)
attempt(open)

f = open(NAME, 'a')
attempt(f.read)
attempt(f.readline)
attempt(f.write, b'bytes')
attempt(f.write, 5)
f.close()
g = open(NAME)
attempt(g.write, 'text')
attempt(g.read, 'x')
try:
    g.write('x')
except io.UnsupportedOperation as e:
    print(isinstance(e, OSError), isinstance(e, ValueError), e.args)
g.close()
h = open(NAME, 'wb')
attempt(h.write, 'text')
attempt(h.read)
h.close()

for mode in ['rb', 'wb', 'r+b', 'r', 'w']:
    f = open(NAME, mode)
    f.close()
    for op in ['read', 'readline', 'write', 'tell', 'seek', 'flush',
               'readlines', '__iter__', '__next__', '__enter__']:
        m = getattr(f, op)
        if op == 'write':
            attempt(m, b'' if 'b' in mode else '')
        elif op == 'seek':
            attempt(m, 0)
        else:
            attempt(m)
    print(mode, f.closed)

with open(NAME) as f:
    attempt(f.seek, 1, 1)
    attempt(f.seek, -1)
open(NAME).write('not writable')
