# bench/programs/pickle_nested.py at the harness's size.
import _bench

_bench.run("pickle_nested", 1)
