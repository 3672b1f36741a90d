# bench/programs/crypto_pyaes.py at the harness's size.
import _bench

_bench.run("crypto_pyaes", 1, "small")
