# bench/programs/logging_handlers.py at the harness's size.
import _bench

_bench.run("logging_handlers", 300)
