# The game of Go on a 9x9 board played by Monte Carlo tree search: square
# objects linked to their neighbours, groups found by flood fill with
# sets, captures, a simple ko rule, and random playouts from a seeded stream.
import math
import random
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 1
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]
MAX_MOVES = 40 if SMALL else 200
SIZE = 9
EMPTY, BLACK, WHITE = 0, 1, 2
PLAYOUTS = 3 if SMALL else 24
KOMI = 7.5


class Square:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.colour = EMPTY
        self.neighbours = []

    def link(self):
        x, y = self.pos % SIZE, self.pos // SIZE
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.squares[ny * SIZE + nx])


class Board:
    def __init__(self):
        self.squares = [Square(self, pos) for pos in range(SIZE * SIZE)]
        for square in self.squares:
            square.link()
        self.empty = set(range(SIZE * SIZE))
        self.colour = BLACK
        self.ko = None
        self.passes = 0
        self.history = []

    def copy(self):
        board = Board.__new__(Board)
        board.squares = [Square(board, pos) for pos in range(SIZE * SIZE)]
        for mine, theirs in zip(board.squares, self.squares):
            mine.colour = theirs.colour
            mine.neighbours = [board.squares[n.pos] for n in theirs.neighbours]
        board.empty = set(self.empty)
        board.colour = self.colour
        board.ko = self.ko
        board.passes = self.passes
        board.history = []
        return board

    def group(self, square):
        colour = square.colour
        stones = {square.pos}
        liberties = set()
        todo = [square]
        while todo:
            current = todo.pop()
            for neighbour in current.neighbours:
                if neighbour.colour == EMPTY:
                    liberties.add(neighbour.pos)
                elif neighbour.colour == colour and neighbour.pos not in stones:
                    stones.add(neighbour.pos)
                    todo.append(neighbour)
        return stones, liberties

    def legal(self, pos):
        if pos == self.ko or pos not in self.empty:
            return False
        square = self.squares[pos]
        opponent = WHITE if self.colour == BLACK else BLACK
        for neighbour in square.neighbours:
            if neighbour.colour == EMPTY:
                return True
        square.colour = self.colour
        try:
            for neighbour in square.neighbours:
                if neighbour.colour == opponent and not self.group(neighbour)[1]:
                    return True
            return bool(self.group(square)[1])
        finally:
            square.colour = EMPTY

    def useful(self, pos):
        """A legal move that does not fill one of the player's own eyes."""
        if not self.legal(pos):
            return False
        friends = sum(1 for n in self.squares[pos].neighbours if n.colour == self.colour)
        return friends < len(self.squares[pos].neighbours)

    def play(self, pos):
        if pos is None:
            self.passes += 1
            self.ko = None
        else:
            self.passes = 0
            square = self.squares[pos]
            square.colour = self.colour
            self.empty.discard(pos)
            opponent = WHITE if self.colour == BLACK else BLACK
            captured = []
            for neighbour in square.neighbours:
                if neighbour.colour == opponent:
                    stones, liberties = self.group(neighbour)
                    if not liberties:
                        for stone in stones:
                            self.squares[stone].colour = EMPTY
                            self.empty.add(stone)
                        captured.extend(stones)
            self.ko = captured[0] if len(captured) == 1 else None
        self.history.append(pos)
        self.colour = WHITE if self.colour == BLACK else BLACK

    def random_move(self, rng):
        choices = sorted(self.empty)
        rng.shuffle(choices)
        for pos in choices:
            if self.useful(pos):
                return pos
        return None

    def score(self, colour):
        total = KOMI if colour == WHITE else 0.0
        for square in self.squares:
            if square.colour == colour:
                total += 1
            elif square.colour == EMPTY:
                owners = {n.colour for n in square.neighbours}
                if owners == {colour}:
                    total += 1
        return total

    def winner(self):
        return BLACK if self.score(BLACK) > self.score(WHITE) else WHITE

    def __str__(self):
        marks = ".XO"
        rows = []
        for y in range(SIZE):
            rows.append(" ".join(marks[self.squares[y * SIZE + x].colour] for x in range(SIZE)))
        return "\n".join(rows)


class Node:
    def __init__(self, move=None, parent=None):
        self.move = move
        self.parent = parent
        self.children = {}
        self.wins = 0
        self.visits = 0
        self.untried = None

    def best_child(self):
        log_total = math.log(self.visits)
        return max(self.children.values(),
                   key=lambda c: (c.wins / c.visits + math.sqrt(2 * log_total / c.visits), -c.move))


def search(board, rng):
    root = Node()
    for _ in range(PLAYOUTS):
        node = root
        position = board.copy()
        while True:
            if node.untried is None:
                node.untried = [pos for pos in sorted(position.empty) if position.useful(pos)]
            if node.untried or not node.children:
                break
            node = node.best_child()
            position.play(node.move)
        if node.untried:
            move = node.untried.pop(rng.randrange(len(node.untried)))
            mover = position.colour
            position.play(move)
            child = Node(move, node)
            child.mover = mover
            node.children[move] = child
            node = child
        while position.passes < 2 and len(position.history) < MAX_MOVES:
            position.play(position.random_move(rng))
        winner = position.winner()
        while node is not None:
            node.visits += 1
            if getattr(node, "mover", None) == winner:
                node.wins += 1
            node = node.parent
    if not root.children:
        return None
    return max(root.children.values(), key=lambda c: (c.wins / c.visits, c.visits, -c.move)).move


def game(rng, moves):
    board = Board()
    played = []
    for _ in range(moves):
        move = search(board, rng)
        board.play(move)
        played.append(move)
    return board, played


rng = random.Random(42)
for _ in range(ITERATIONS):
    board, played = game(rng, 2 if SMALL else 5)
print(board)
print("moves", played)
print("black", board.score(BLACK), "white", board.score(WHITE))
