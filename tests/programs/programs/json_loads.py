# bench/programs/json_loads.py at the harness's size.
import _bench

_bench.run("json_loads", 2)
