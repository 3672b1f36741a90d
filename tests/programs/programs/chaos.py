# bench/programs/chaos.py at the harness's size.
import _bench

_bench.run("chaos", 1, "small")
