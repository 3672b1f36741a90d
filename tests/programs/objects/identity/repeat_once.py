# Repeating an exact tuple, str or bytes once gives back the object itself;
# lists, bytearrays and subclasses always get a new object.
t, s, b, e = (1, 2), "ab", b"xy", ()
print(t * 1 is t, 1 * t is t, s * 1 is s, b * 1 is b, e * 5 is e)
lst, ba = [1], bytearray(b"q")
print(lst * 1 is lst, ba * 1 is ba, t * 2 == (1, 2, 1, 2), s * 0 == "", b * -1 == b"")


class T(tuple):
    pass


u = T((1,))
print(u * 1 is u, type(u * 1).__name__, u * 1 == u)
