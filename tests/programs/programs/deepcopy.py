# bench/programs/deepcopy.py at the harness's size.
import _bench

_bench.run("deepcopy", 2)
