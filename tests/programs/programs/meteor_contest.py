# bench/programs/meteor_contest.py at the harness's size.
import _bench

_bench.run("meteor_contest", 1, "small")
