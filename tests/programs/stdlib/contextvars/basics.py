# contextvars: values per context, tokens, copies and Context.run.
import contextvars

var = contextvars.ContextVar("var", default="default")
other = contextvars.ContextVar("other")
print(var.name, var.get(), other.get("fallback"))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
token = var.set("first")
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING, repr(token.old_value))
token2 = var.set("second")
print(var.get(), token2.old_value)
var.reset(token2)
print(var.get())
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    other.reset(var.set("x"))
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))

ctx = contextvars.copy_context()
print(var in ctx, ctx[var], len(ctx) >= 1, ctx.get(other, "none"))

def inside(value):
    var.set(value)
    other.set(value * 2)
    return var.get(), other.get()

print(ctx.run(inside, 21))
print(var.get(), other.get("unset outside"))
print(ctx[var], ctx[other], sorted(v.name for v in ctx))
print(ctx.run(var.get))
empty = contextvars.Context()
print(len(empty), empty.run(var.get), list(empty.items()))

def reenter():
    ctx.run(lambda: None)
try:
    ctx.run(reenter)
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))
try:
    ctx["not a var"]
except TypeError as e:
    print("TypeError", e)
try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError", e)
print(contextvars.ContextVar[int], type(ctx).__name__, type(var).__module__)
