# A pure-Python DEFLATE decoder in the style of pyflate: a bit reader over
# bytes, canonical Huffman tables built from code lengths, stored, fixed
# and dynamic blocks, and back-references copied out of a bytearray.
import sys
import zlib

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 16
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]

LENGTH_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
               35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258)
LENGTH_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
DISTANCE_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193,
                 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
                 8193, 12289, 16385, 24577)
DISTANCE_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6,
                  7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13)
CODE_LENGTH_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)


class BitReader:
    """Reads bits least-significant first, as DEFLATE packs them."""

    def __init__(self, data):
        self.data = data
        self.position = 0
        self.bit_buffer = 0
        self.bit_count = 0

    def bits(self, count):
        while self.bit_count < count:
            if self.position >= len(self.data):
                raise EOFError("stream ends inside a block")
            self.bit_buffer |= self.data[self.position] << self.bit_count
            self.position += 1
            self.bit_count += 8
        value = self.bit_buffer & ((1 << count) - 1)
        self.bit_buffer >>= count
        self.bit_count -= count
        return value

    def align(self):
        self.bit_buffer = 0
        self.bit_count = 0

    def take_bytes(self, count):
        chunk = self.data[self.position:self.position + count]
        self.position += count
        return chunk


class Huffman:
    """A canonical Huffman code: (length, code) -> symbol."""

    def __init__(self, lengths):
        self.table = {}
        self.min_length = min((n for n in lengths if n), default=0)
        self.max_length = max(lengths, default=0)
        code = 0
        for length in range(1, self.max_length + 1):
            for symbol, symbol_length in enumerate(lengths):
                if symbol_length == length:
                    self.table[(length, code)] = symbol
                    code += 1
            code <<= 1

    def decode(self, reader):
        code = 0
        length = 0
        while length < self.max_length:
            code = (code << 1) | reader.bits(1)
            length += 1
            if length >= self.min_length:
                symbol = self.table.get((length, code))
                if symbol is not None:
                    return symbol
        raise ValueError("invalid Huffman code")


FIXED_LITERALS = Huffman([8] * 144 + [9] * 112 + [7] * 24 + [8] * 8)
FIXED_DISTANCES = Huffman([5] * 30)


def dynamic_tables(reader):
    literal_count = reader.bits(5) + 257
    distance_count = reader.bits(5) + 1
    code_length_count = reader.bits(4) + 4
    code_lengths = [0] * 19
    for i in range(code_length_count):
        code_lengths[CODE_LENGTH_ORDER[i]] = reader.bits(3)
    lengths_code = Huffman(code_lengths)
    lengths = []
    while len(lengths) < literal_count + distance_count:
        symbol = lengths_code.decode(reader)
        if symbol < 16:
            lengths.append(symbol)
        elif symbol == 16:
            lengths.extend([lengths[-1]] * (3 + reader.bits(2)))
        elif symbol == 17:
            lengths.extend([0] * (3 + reader.bits(3)))
        else:
            lengths.extend([0] * (11 + reader.bits(7)))
    return Huffman(lengths[:literal_count]), Huffman(lengths[literal_count:])


def inflate(data):
    reader = BitReader(data)
    out = bytearray()
    blocks = {0: 0, 1: 0, 2: 0}
    final = 0
    while not final:
        final = reader.bits(1)
        kind = reader.bits(2)
        blocks[kind] += 1
        if kind == 0:
            reader.align()
            header = reader.take_bytes(4)
            size = header[0] | header[1] << 8
            out += reader.take_bytes(size)
            continue
        if kind == 1:
            literals, distances = FIXED_LITERALS, FIXED_DISTANCES
        elif kind == 2:
            literals, distances = dynamic_tables(reader)
        else:
            raise ValueError("reserved block type")
        while True:
            symbol = literals.decode(reader)
            if symbol < 256:
                out.append(symbol)
            elif symbol == 256:
                break
            else:
                symbol -= 257
                length = LENGTH_BASE[symbol] + reader.bits(LENGTH_EXTRA[symbol])
                code = distances.decode(reader)
                distance = DISTANCE_BASE[code] + reader.bits(DISTANCE_EXTRA[code])
                start = len(out) - distance
                if distance >= length:
                    out += out[start:start + length]
                else:
                    for i in range(length):
                        out.append(out[start + i])
    return bytes(out), blocks


def sample():
    words = ["deflate", "huffman", "bits", "python", "stream", "block", "symbol", "length"]
    state = 12345
    parts = []
    for i in range(600 if SMALL else 6000):
        state = (state * 1103515245 + 12345) % 2 ** 31
        parts.append(words[state % len(words)])
        if state % 7 == 0:
            parts.append(str(i))
    return " ".join(parts).encode()


text = sample()
packed = {level: zlib.compress(text, level)[2:-4] for level in (0, 1, 9)}
for _ in range(ITERATIONS):
    results = {level: inflate(raw) for level, raw in packed.items()}
# Only what any correct compressor and decoder agree on is printed: the
# block layout zlib chooses is its own business.
for level, (unpacked, blocks) in sorted(results.items()):
    print(level, unpacked == text, sum(blocks.values()) > 0)
print(zlib.adler32(results[9][0]), len(text))
