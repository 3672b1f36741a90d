# array.array: typecodes, conversions and their errors, sequence operations,
# bytes round trips.
import array
a = array.array('i', [1,2,3]); print(repr(a), a, a.itemsize, a.typecode, len(a), a[1], a[-1], a[1:], type(a[1:]))
print(array.array('d'), array.array('b', b'ab'), array.array('u', 'hi'), array.typecodes)
for t, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -5), ('i', 2**31), ('I', -1), ('Q', -1), ('q', 2**63)]:
    try: array.array(t, [v])
    except OverflowError as e: print(t, v, e)
try: array.array('i', [1.5])
except TypeError as e: print(e)
try: array.array('d', ['x'])
except TypeError as e: print(e)
try: array.array('z')
except ValueError as e: print(e)
try: a[10]
except IndexError as e: print(e)
a.append(4); a.extend([5]); a.insert(0, 0); print(a, a.pop(), a.index(2), a.count(1), a.tolist())
print(a + array.array('i',[9]), a * 2, a == array.array('i',[0,1,2,3,4]), a.tobytes()[:8])
try: a + array.array('d',[1])
except TypeError as e: print(e)
b = array.array('h'); b.frombytes(b'\x01\x00\x02\x00'); print(b, array.array('i', range(3)))
a[0] = 7; a[1:3] = array.array('i', [8, 9]); del a[0]; print(a, 8 in a, list(reversed(a)))
try: a[0] = 'x'
except TypeError as e: print(e)
try: a[1:2] = [1]
except TypeError as e: print(e)
print(array.array('f', [0.1])[0], array.array('q', [2**62]), array.array('l').itemsize, array.array('u').itemsize)
print(sorted(array.array('i',[3,1,2])), array.array('u', 'hey').tounicode(), array.array('d', [1.5, 2]) < array.array('d', [2.0]))
c = array.array('H', [1, 256]); c.byteswap(); print(c, c.tobytes())
try: array.array('u', [1])
except TypeError as e: print(e)
