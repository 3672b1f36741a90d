# Comprehensions: nesting, conditions, scopes, generator expressions.
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[i] for i, row in enumerate(matrix)])
print([x for row in matrix for x in row if x % 2 == 0])
print({x: [y for y in range(x)] for x in range(4)})
print({(x, y) for x in range(2) for y in "ab"} == {(0, "a"), (0, "b"), (1, "a"), (1, "b")})
words = ["apple", "bob", "kayak", "level", "python"]
print([w for w in words if w == w[::-1]], {w[0]: len(w) for w in words})
n = 10
print([n * k for k in range(3)], sum(k * k for k in range(n)))
gen = (c.upper() for c in "hey")
print(next(gen), list(gen), list(gen))
print([[y * 2 for y in x] for x in [[1, 2], [3]]], [i for i in range(20) if i % 3 if i % 5])
pairs = [(a, b) for a in range(1, 5) for b in range(a, 5) if a * b == 4]
print(pairs, min((b - a, a) for a, b in pairs))
