# Pickler and Unpickler over files: several pickles in one stream,
# persistent ids, find_class restrictions, dispatch tables, clear_memo.
import copyreg
import io
import pickle

buf = io.BytesIO()
pickle.dump([1, 2], buf)
pickle.dump({"a": "b"}, buf, protocol=0)
pickle.dump("third", buf, 4)
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.load(buf))
try:
    pickle.load(buf)
except EOFError as e:
    print("EOFError", e)


class Record:
    def __init__(self, key):
        self.key = key


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return "Record:" + obj.key
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid.split(":")
        return f"loaded {kind} {key}"


for proto in (0, 2, 4):
    out = io.BytesIO()
    DBPickler(out, proto).dump([Record("k1"), 5, Record("k2")])
    print(proto, out.getvalue())
    out.seek(0)
    print(DBUnpickler(out).load())

try:
    out = io.BytesIO()
    DBPickler(out, 2).dump(Record("x"))
    out.seek(0)
    pickle.Unpickler(out).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "builtins" and name in ("set", "frozenset"):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"global '{module}.{name}' is forbidden")


print(Restricted(io.BytesIO(pickle.dumps(frozenset({1, 2}), 3))).load())
try:
    Restricted(io.BytesIO(pickle.dumps(len))).load()
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class Temperature:
    def __init__(self, degrees):
        self.degrees = degrees


def reduce_temperature(t):
    return (Temperature, (t.degrees * 10,))


out = io.BytesIO()
p = pickle.Pickler(out, 2)
p.dispatch_table = copyreg.dispatch_table.copy()
p.dispatch_table[Temperature] = reduce_temperature
p.dump(Temperature(2))
print(out.getvalue(), pickle.loads(out.getvalue()).degrees)

copyreg.pickle(Temperature, lambda t: (Temperature, (-t.degrees,)))
print(pickle.loads(pickle.dumps(Temperature(3))).degrees)
del copyreg.dispatch_table[Temperature]

out = io.BytesIO()
p = pickle.Pickler(out, 2)
shared = ["s"]
p.dump(shared)
p.dump(shared)
p.clear_memo()
p.dump(shared)
print(out.getvalue())


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42:
            return (int, ("43",))
        return NotImplemented


out = io.BytesIO()
Override(out, 4).dump([42, "x"])
print(out.getvalue(), pickle.loads(out.getvalue()))

print(pickle.loads(b"(lp0\nI1\naI2\na.", encoding="latin1"))
print(pickle.loads(b"U\x03abcq\x00.", encoding="bytes"))
print(pickle.loads(b"S'a\\nb'\np0\n."))
print(pickle.loads(b"c__builtin__\nxrange\n(I0\nI3\ntR."))
