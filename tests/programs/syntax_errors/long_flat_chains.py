# Chains of comparisons and of `and`/`or` are flat nodes, however long:
# CPython compiles them where a chain of `+` that long is too deep.
for op in ["<", "==", "!=", ">=", "and", "or"]:
    source = "x = " + f" {op} ".join(["1"] * 20000)
    namespace = {}
    exec(source, namespace)
    print(op, namespace["x"])

try:
    compile("x = " + " + ".join(["1"] * 20000), "deep", "exec")
except RecursionError as e:
    print("RecursionError:", e)

# `is not` and `not in` are comparison operators too, not a prefix `not`.
namespace = {"y": [1], "z": [[1]]}
exec("x = " + " is not ".join(["y"] * 20000), namespace)
print("is not", namespace["x"])
exec("x = " + " not in ".join(["y", "z"] * 10000), namespace)
print("not in", namespace["x"])
