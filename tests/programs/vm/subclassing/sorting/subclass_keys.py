# Sorting and comparing instances of subclasses of built-in types.
class Version(tuple):
    def __new__(cls, text):
        return super().__new__(cls, (int(p) for p in text.split('.')))

    def __str__(self):
        return '.'.join(map(str, self))

vs = [Version('1.10'), Version('1.2'), Version('0.9.1')]
print([str(v) for v in sorted(vs)], max(vs) > Version('1.9'), Version('1.2') == (1, 2))

class Rev(str):
    def __lt__(self, other):
        return str.__gt__(self, other)

print(sorted([Rev('a'), Rev('c'), Rev('b')]), min(Rev('a'), Rev('b')))
