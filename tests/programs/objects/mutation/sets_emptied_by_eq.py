# A comparison of sets whose members' __eq__ empties the sets must not
# touch freed members: every result is a bool or a RuntimeError.
class Bad:
    def __init__(self, n, victims):
        self.n = n
        self.victims = victims

    def __eq__(self, other):
        for s in self.victims:
            s.clear()
        return True

    def __hash__(self):
        return 1


def fresh():
    victims = []
    a = {Bad(i, victims) for i in range(5)}
    b = {Bad(i, victims) for i in range(5)}
    victims.extend([a, b])
    return a, b


for name, op in [("==", lambda a, b: a == b), ("!=", lambda a, b: a != b),
                 ("<=", lambda a, b: a <= b), ("<", lambda a, b: a < b),
                 (">=", lambda a, b: a >= b), ("&", lambda a, b: len(a & b)),
                 ("|", lambda a, b: len(a | b)), ("-", lambda a, b: len(a - b)),
                 ("^", lambda a, b: len(a ^ b))]:
    a, b = fresh()
    try:
        print(name, op(a, b), len(a), len(b))
    except RuntimeError as e:
        print(name, "RuntimeError", e)
