# AES-128 in pure Python, as pyaes does it: the S-box built from inverses
# in GF(2**8), key expansion, rounds over lists of byte values with xor
# and table lookups, and counter mode over a bytes message.
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
# `small` as a second argument: the size the test harness runs (tests/programs/programs).
SMALL = sys.argv[2:3] == ["small"]


def gf_multiply(a, b):
    product = 0
    while b:
        if b & 1:
            product ^= a
        a <<= 1
        if a & 0x100:
            a ^= 0x11B
        b >>= 1
    return product


def build_sbox():
    inverse = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gf_multiply(a, b) == 1:
                inverse[a] = b
                break
    sbox = []
    for a in range(256):
        x = inverse[a]
        value = x
        for shift in range(1, 5):
            value ^= ((x << shift) | (x >> (8 - shift))) & 0xFF
        sbox.append(value ^ 0x63)
    return sbox


SBOX = build_sbox()
XTIME = [gf_multiply(a, 2) for a in range(256)]
RCON = [1, 2, 4, 8, 16, 32, 64, 128, 27, 54]


def expand_key(key):
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    for i in range(4, 44):
        word = list(words[i - 1])
        if i % 4 == 0:
            word = word[1:] + word[:1]
            word = [SBOX[b] for b in word]
            word[0] ^= RCON[i // 4 - 1]
        words.append([a ^ b for a, b in zip(words[i - 4], word)])
    return [sum(words[r * 4:r * 4 + 4], []) for r in range(11)]


def encrypt_block(round_keys, block):
    state = [b ^ k for b, k in zip(block, round_keys[0])]
    for r in range(1, 11):
        state = [SBOX[b] for b in state]
        # ShiftRows: the state is column-major, so row i of column c is
        # state[4 * c + i] and moves to column c - i.
        state = [state[(4 * (c + i)) % 16 + i] for c in range(4) for i in range(4)]
        if r != 10:
            mixed = []
            for c in range(4):
                a0, a1, a2, a3 = state[4 * c:4 * c + 4]
                total = a0 ^ a1 ^ a2 ^ a3
                mixed.append(a0 ^ total ^ XTIME[a0 ^ a1])
                mixed.append(a1 ^ total ^ XTIME[a1 ^ a2])
                mixed.append(a2 ^ total ^ XTIME[a2 ^ a3])
                mixed.append(a3 ^ total ^ XTIME[a3 ^ a0])
            state = mixed
        key = round_keys[r]
        state = [b ^ k for b, k in zip(state, key)]
    return bytes(state)


def ctr(key, nonce, data):
    round_keys = expand_key(key)
    out = bytearray()
    for counter, start in enumerate(range(0, len(data), 16)):
        block = nonce + counter.to_bytes(8, "big")
        stream = encrypt_block(round_keys, block)
        chunk = data[start:start + 16]
        out.extend(a ^ b for a, b in zip(chunk, stream))
    return bytes(out)


key = bytes(range(16))
vector = encrypt_block(expand_key(key), bytes.fromhex("00112233445566778899aabbccddeeff"))
print("FIPS-197 vector", vector.hex())
message = b"".join(b"block %05d of the plain text. " % i for i in range(10 if SMALL else 100))
nonce = b"\x00\x01\x02\x03pyrt"
for _ in range(ITERATIONS):
    secret = ctr(key, nonce, message)
    plain = ctr(key, nonce, secret)
print(len(secret), secret[:16].hex(), plain == message)
print(sum(secret) % 65521, secret[-8:].hex())
