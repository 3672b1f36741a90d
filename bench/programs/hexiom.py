# A Hexiom-style puzzle solver: numbered tiles go on a hexagonal board so
# that each tile's number counts its occupied neighbours. Each cell keeps
# the set of values it may still hold; constraint propagation prunes the
# sets and a depth-first search branches on the most constrained cell.
import random
import sys
from collections import Counter

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]
RADIUS = 1 if SMALL else 2
EMPTY = 7
DIRECTIONS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))


def hex_cells(radius):
    cells = []
    for q in range(-radius, radius + 1):
        for r in range(-radius, radius + 1):
            if abs(q + r) <= radius:
                cells.append((q, r))
    return cells


class Board:
    def __init__(self, radius):
        self.cells = hex_cells(radius)
        self.index = {cell: i for i, cell in enumerate(self.cells)}
        self.neighbours = []
        for q, r in self.cells:
            near = []
            for dq, dr in DIRECTIONS:
                other = self.index.get((q + dq, r + dr))
                if other is not None:
                    near.append(other)
            self.neighbours.append(tuple(near))

    def numbers_for(self, occupied):
        return {i: sum(1 for n in self.neighbours[i] if n in occupied) for i in occupied}


class Solver:
    def __init__(self, board, tiles):
        self.board = board
        self.tiles = Counter(tiles)
        self.empties = len(board.cells) - len(tiles)
        self.solutions = []
        self.nodes = 0

    def initial(self):
        values = set(self.tiles) | {EMPTY}
        return [set(values) for _ in self.board.cells]

    def propagate(self, cells):
        changed = True
        while changed:
            changed = False
            placed = Counter(next(iter(v)) for v in cells if len(v) == 1)
            for value, count in placed.items():
                limit = self.empties if value == EMPTY else self.tiles[value]
                if count > limit:
                    return False
                if count == limit:
                    for possible in cells:
                        if len(possible) > 1 and value in possible:
                            possible.discard(value)
                            changed = True
            for i, possible in enumerate(cells):
                if not possible:
                    return False
                near = self.board.neighbours[i]
                surely = sum(1 for n in near if EMPTY not in cells[n])
                maybe = sum(1 for n in near if cells[n] != {EMPTY})
                for value in sorted(possible):
                    if value != EMPTY and not surely <= value <= maybe:
                        possible.discard(value)
                        changed = True
                if not possible:
                    return False
                if len(possible) == 1:
                    value = next(iter(possible))
                    if value == EMPTY:
                        continue
                    open_cells = [n for n in near if len(cells[n]) > 1]
                    if surely == value:
                        for n in open_cells:
                            if EMPTY in cells[n] and len(cells[n]) > 1:
                                cells[n].intersection_update({EMPTY})
                                changed = True
                    elif maybe == value:
                        for n in open_cells:
                            if EMPTY in cells[n]:
                                cells[n].discard(EMPTY)
                                changed = True
        return True

    def solve(self, cells):
        self.nodes += 1
        if not self.propagate(cells):
            return
        open_cells = [(len(v), i) for i, v in enumerate(cells) if len(v) > 1]
        if not open_cells:
            layout = tuple(next(iter(v)) for v in cells)
            if self.check(layout):
                self.solutions.append(layout)
            return
        _, chosen = min(open_cells)
        for value in sorted(cells[chosen]):
            trial = [set(v) for v in cells]
            trial[chosen] = {value}
            self.solve(trial)

    def check(self, layout):
        occupied = {i for i, v in enumerate(layout) if v != EMPTY}
        numbers = self.board.numbers_for(occupied)
        if Counter(numbers.values()) != self.tiles:
            return False
        return all(layout[i] == n for i, n in numbers.items())


def render(board, layout):
    rows = {}
    for (q, r), value in zip(board.cells, layout):
        rows.setdefault(r, []).append("." if value == EMPTY else str(value))
    lines = []
    for r in sorted(rows):
        lines.append(" " * abs(r) + " ".join(rows[r]))
    return "\n".join(lines)


def puzzle(rng, board, count):
    occupied = set(rng.sample(range(len(board.cells)), count))
    return sorted(board.numbers_for(occupied).values())


rng = random.Random(7)
board = Board(RADIUS)
for _ in range(ITERATIONS):
    results = []
    for count in (3, 4, 5, 6) if SMALL else (13, 14):
        tiles = puzzle(rng, board, count)
        solver = Solver(board, tiles)
        solver.solve(solver.initial())
        results.append((tiles, len(solver.solutions), solver.nodes, solver.solutions[0]))
for tiles, found, nodes, first in results:
    print("tiles", tiles, "solutions", found, "nodes", nodes)
print(render(board, results[-1][3]))
