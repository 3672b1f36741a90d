# bench/programs/json_dumps.py at the harness's size.
import _bench

_bench.run("json_dumps", 2)
