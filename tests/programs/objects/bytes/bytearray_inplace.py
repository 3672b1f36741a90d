# bytearray += and *= work on the object itself (an alias sees the change),
# accepting bytes, bytearray and memoryview operands, with CPython's errors.
ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba += bytearray(b'e')
ba += memoryview(b'fg')
print(ba, alias is ba, alias)
ba *= 2
print(ba, alias is ba)
ba *= 0
print(ba, alias is ba)
try:
    ba += 'x'
except TypeError as e:
    print(e)
try:
    ba += [1]
except TypeError as e:
    print(e)
try:
    ba *= 'x'
except TypeError as e:
    print(e)



