# bench/programs/richards.py at the harness's size.
import _bench

_bench.run("richards", 1, "small")
