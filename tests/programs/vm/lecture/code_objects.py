# The lecture's code objects: compile(), eval(), co_code and dis.
a = 1
co = compile('a + 1', '<string>', mode='eval')
print(eval(co))
print(type(co).__name__, co.co_names, co.co_consts, co.co_filename, co.co_name)
print(co.co_code)
import dis
dis.dis(co)
exec("b = a * 10")
print(b, eval("a + b"), eval("x * 2", {"x": 21}))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"])
