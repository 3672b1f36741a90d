# bench/programs/go.py at the harness's size.
import _bench

_bench.run("go", 1, "small")
