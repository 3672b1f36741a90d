# bench/programs/toml_parse.py at the harness's size.
import _bench

_bench.run("toml_parse", 1)
