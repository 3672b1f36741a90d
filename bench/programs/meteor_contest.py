# A tiling puzzle solver in the style of the meteor contest: pieces of
# five cells in every orientation (made with itertools.permutations and
# product), their placements precomputed as integer bit masks, and a
# depth-first search that always fills the first empty cell.
import itertools
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 6
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]
WIDTH, HEIGHT = (5 if SMALL else 10), 3

PIECES = {
    "F": ((1, 0), (2, 0), (0, 1), (1, 1), (1, 2)),
    "I": ((0, 0), (1, 0), (2, 0), (3, 0), (4, 0)),
    "L": ((0, 0), (0, 1), (0, 2), (0, 3), (1, 3)),
    "N": ((1, 0), (1, 1), (0, 2), (1, 2), (0, 3)),
    "P": ((0, 0), (1, 0), (0, 1), (1, 1), (0, 2)),
    "T": ((0, 0), (1, 0), (2, 0), (1, 1), (1, 2)),
    "U": ((0, 0), (2, 0), (0, 1), (1, 1), (2, 1)),
    "V": ((0, 0), (0, 1), (0, 2), (1, 2), (2, 2)),
    "W": ((0, 0), (0, 1), (1, 1), (1, 2), (2, 2)),
    "X": ((1, 0), (0, 1), (1, 1), (2, 1), (1, 2)),
    "Y": ((1, 0), (0, 1), (1, 1), (1, 2), (1, 3)),
    "Z": ((0, 0), (1, 0), (1, 1), (1, 2), (2, 2)),
}


def orientations(cells):
    """Every distinct rotation and reflection, each shifted to the origin."""
    found = set()
    for axes in itertools.permutations((0, 1)):
        for signs in itertools.product((1, -1), repeat=2):
            moved = [(signs[0] * cell[axes[0]], signs[1] * cell[axes[1]]) for cell in cells]
            min_x = min(x for x, _ in moved)
            min_y = min(y for _, y in moved)
            found.add(tuple(sorted((x - min_x, y - min_y) for x, y in moved)))
    return sorted(found)


def placements(width, height):
    """For each cell, the (name, mask) pairs whose lowest cell is that cell."""
    by_cell = [[] for _ in range(width * height)]
    for name, cells in PIECES.items():
        for shape in orientations(cells):
            for dx in range(width):
                for dy in range(height):
                    spots = [(x + dx, y + dy) for x, y in shape]
                    if all(x < width and y < height for x, y in spots):
                        mask = 0
                        for x, y in spots:
                            mask |= 1 << (y * width + x)
                        lowest = (mask & -mask).bit_length() - 1
                        by_cell[lowest].append((name, mask))
    return by_cell


def solve(width, height):
    by_cell = placements(width, height)
    full = (1 << width * height) - 1
    solutions = []

    def search(filled, used, chosen):
        if filled == full:
            solutions.append(tuple(chosen))
            return
        free = ~filled & full
        cell = (free & -free).bit_length() - 1
        for name, mask in by_cell[cell]:
            if name not in used and not filled & mask:
                used.add(name)
                chosen.append((name, mask))
                search(filled | mask, used, chosen)
                chosen.pop()
                used.discard(name)

    search(0, set(), [])
    return solutions


def picture(solution, width, height):
    grid = [["."] * width for _ in range(height)]
    for name, mask in solution:
        for position in range(width * height):
            if mask >> position & 1:
                grid[position // width][position % width] = name
    return ["".join(row) for row in grid]


for _ in range(ITERATIONS):
    solutions = solve(WIDTH, HEIGHT)
pictures = sorted(picture(s, WIDTH, HEIGHT) for s in solutions)
print(len(solutions), "solutions")
for row in pictures[0]:
    print(row)
print(sum(len(orientations(cells)) for cells in PIECES.values()), "orientations")
