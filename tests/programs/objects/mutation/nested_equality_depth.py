# Comparing containers that hold themselves, or are nested deeper than the
# recursion limit, raises RecursionError for dicts as for lists and tuples;
# the comparison then works again at ordinary depths.
def attempt(name, compare):
    try:
        print(name, compare())
    except RecursionError as e:
        print(name, "RecursionError:", e)


d1 = {}
d1["self"] = d1
d2 = {}
d2["self"] = d2
attempt("dict == dict", lambda: d1 == d2)
attempt("dict != dict", lambda: d1 != d2)
attempt("dict is itself", lambda: d1 == d1)

l1 = [d1]
l2 = [d2]
attempt("list of dicts", lambda: l1 == l2)

deep_a = {}
deep_b = {}
for _ in range(5000):
    deep_a = {"k": deep_a}
    deep_b = {"k": deep_b}
attempt("deep dicts", lambda: deep_a == deep_b)

mixed_a = []
mixed_b = []
for i in range(3000):
    mixed_a = [{"k": mixed_a}]
    mixed_b = [{"k": mixed_b}]
attempt("lists and dicts", lambda: mixed_a == mixed_b)

shallow = {"a": [1, {"b": (2, 3)}]}
attempt("ordinary", lambda: shallow == {"a": [1, {"b": (2, 3)}]})
