# bench/programs/deltablue.py at the harness's size.
import _bench

_bench.run("deltablue", 1, "small")
