# bench/programs/templates.py at the harness's size.
import _bench

_bench.run("templates", 2)
