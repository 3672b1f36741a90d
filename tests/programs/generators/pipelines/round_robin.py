# Interleaving several generators by hand, as a scheduler would.
def task(name, steps):
    for i in range(steps):
        yield f"{name}{i}"
    return f"{name} finished"


def round_robin(*gens):
    queue = list(gens)
    while queue:
        g = queue.pop(0)
        try:
            print(next(g))
        except StopIteration as e:
            print("->", e.value)
        else:
            queue.append(g)


round_robin(task("a", 3), task("b", 1), task("c", 2))
