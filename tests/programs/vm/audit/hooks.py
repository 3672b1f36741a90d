import sys
print(sys.audit('myapp.none', 1))
print(sys.audit(1))
for f in [lambda: sys.audit(), lambda: sys.audit(event='x'), lambda: sys.audit('x', k=1), lambda: sys.addaudithook(), lambda: sys.addaudithook(1,2)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
seen = []
def hook(event, args):
    if event.startswith('myapp.') or event == 'sys.addaudithook':
        seen.append((event, args))
sys.addaudithook(hook)
sys.audit('myapp.start', 1, 'two', [3])
def refuse(event, args):
    if event == 'myapp.forbidden':
        raise PermissionError('not allowed: ' + repr(args))
sys.addaudithook(refuse)
try:
    sys.audit('myapp.forbidden', 'x')
except PermissionError as e:
    print('PermissionError', e)
def block_new(event, args):
    if event == 'sys.addaudithook':
        raise RuntimeError('no more hooks')
sys.addaudithook(block_new)
def never(event, args):
    print('never called', event)
print(sys.addaudithook(never))
sys.audit('myapp.after')
try: sys.audit(1)
except TypeError as e: print(e)
for s in seen: print(s)
print(sys.audit, sys.addaudithook)
