# contextvars re-exports the _contextvars module, where its types live.
import _contextvars
import contextvars

print(contextvars.ContextVar is _contextvars.ContextVar)
print(contextvars.Context.__module__, contextvars.Token.__module__)
print(sorted(contextvars.__all__))
v = contextvars.ContextVar('v', default=1)
ctx = _contextvars.copy_context()
v.set(2)
print(v.get(), ctx.run(v.get))
