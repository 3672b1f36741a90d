# Generators that group, split and flatten a stream.
text = """alpha beta
gamma

delta epsilon zeta
eta"""


def lines(s):
    for line in s.split("\n"):
        yield line


def non_empty(items):
    return (x for x in items if x.strip())


def words(items):
    for line in items:
        yield from line.split()


def chunks(items, size):
    chunk = []
    for x in items:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


for c in chunks(words(non_empty(lines(text))), 3):
    print(c)
print(dict(enumerate(map(len, words(lines(text))))))
