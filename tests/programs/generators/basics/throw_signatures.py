# throw(type), throw(type, value), throw(instance), throw(type, value, tb).
def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)


g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, "one arg")
g.throw(ValueError, ("two", "args"))
g.throw(KeyError("instance"))
g.throw(ValueError, ValueError("as value"))
g.throw(ValueError, None, None)
try:
    raise OSError("with traceback")
except OSError as e:
    tb = e.__traceback__
g.throw(OSError, OSError("tb"), tb)

for args in [(), (1,), (ValueError(), 1), (ValueError, 1, 2), (1, 2, 3, 4), (object,)]:
    try:
        g.throw(*args)
    except TypeError as e:
        print("TypeError:", e)
print(g.send(None))
