# bench/programs/pyflate.py at the harness's size.
import _bench

_bench.run("pyflate", 1, "small")
