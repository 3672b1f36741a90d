# bench/programs/coroutines.py at the harness's size.
import _bench

_bench.run("coroutines", 2)
