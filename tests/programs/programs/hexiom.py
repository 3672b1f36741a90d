# bench/programs/hexiom.py at the harness's size.
import _bench

_bench.run("hexiom", 1, "small")
