# ba[i] = v converts v before checking i against the length: a value whose
# __index__ shrinks the bytearray makes the index out of range (gh-91153).
ba = bytearray(b'abcdef')


class Shrinks:
    def __index__(self):
        ba.clear()
        return 65


try:
    ba[3] = Shrinks()
except IndexError as e:
    print('IndexError:', e)
print(ba)

ba = bytearray(b'xyz')
try:
    ba[1] = 256
except ValueError as e:
    print('ValueError:', e)
try:
    ba[100] = 300
except (ValueError, IndexError) as e:
    print(type(e).__name__, e)
