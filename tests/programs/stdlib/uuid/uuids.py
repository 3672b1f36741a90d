# uuid: parsing and every view of a UUID, name-based UUIDs, random UUIDs'
# version bits, ordering, pickling, and the errors.
import copy
import pickle
import uuid

u = uuid.UUID("12345678-1234-5678-1234-567812345678")
print(u, repr(u), u.hex, u.int)
print(u.bytes, u.bytes_le, u.fields)
print(u.urn, u.version, u.variant, u.time, u.clock_seq, u.node)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low)
print(uuid.UUID("{12345678-1234-5678-1234-567812345678}") == u, uuid.UUID("urn:uuid:12345678123456781234567812345678") == u)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"))
print(uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/"), uuid.uuid3(uuid.NAMESPACE_OID, "1.2.3"))
v = uuid.uuid4()
print(v.version, v.variant, len(str(v)), v != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant)
print(sorted([uuid.NAMESPACE_X500, uuid.NAMESPACE_DNS, uuid.NAMESPACE_OID]))
print(uuid.NAMESPACE_URL, hash(u) == hash(u.int), int(u), u < uuid.NAMESPACE_DNS)
print(uuid.UUID(int=5, version=4), uuid.UUID(int=0).variant, uuid.UUID(int=0).version)
print(pickle.loads(pickle.dumps(u)) == u, copy.deepcopy(u) == u, copy.copy(u) is not None)
print(pickle.dumps(u, 0))
print(uuid.SafeUUID.safe, uuid.RFC_4122, u.is_safe, {u: 1}[uuid.UUID(int=u.int)])

attempts = [
    lambda: uuid.UUID(),
    lambda: uuid.UUID("xyz"),
    lambda: uuid.UUID("g" * 32),
    lambda: uuid.UUID(bytes=b"x"),
    lambda: uuid.UUID(bytes_le=b"x"),
    lambda: uuid.UUID(int=-1),
    lambda: uuid.UUID(int=1 << 128),
    lambda: uuid.UUID(int=1, version=9),
    lambda: uuid.UUID(fields=(1, 2, 3)),
    lambda: uuid.UUID(fields=(1, 2, 3, 4, 5, 2**48)),
    lambda: uuid.UUID("12345678123456781234567812345678", int=5),
    lambda: setattr(u, "int", 3),
    lambda: u < 5,
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
