# bench/programs/float_points.py at the harness's size.
import _bench

_bench.run("float_points", 1, "small")
