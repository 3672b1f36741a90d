# bench/programs/raytrace.py at the harness's size.
import _bench

_bench.run("raytrace", 1, "small")
