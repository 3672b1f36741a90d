# Conway's game of life on a small torus: nested lists, sets, modular
# arithmetic and string building.
def step(live, w, h):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = ((x + dx) % w, (y + dy) % h)
                    counts[cell] = counts.get(cell, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in live)}


def show(live, w, h):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(w)) for y in range(h))


glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
board = glider
for gen in range(4):
    board = step(board, 6, 6)
print(show(board, 6, 6))
print(len(board), sorted(board))
