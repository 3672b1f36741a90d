# The logging module: loggers in a hierarchy, handlers with formatters
# writing to StringIO streams, levels and filters, records formatted with
# %-style arguments, and calls below the level that are dropped early.
import io
import logging
import sys

ITERATIONS = int(sys.argv[1]) if len(sys.argv) > 1 else 300


class OddFilter(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 1


def setup():
    main_stream = io.StringIO()
    odd_stream = io.StringIO()
    root = logging.getLogger("bench")
    root.setLevel(logging.INFO)
    root.propagate = False
    handler = logging.StreamHandler(main_stream)
    handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
    root.addHandler(handler)
    odd = logging.StreamHandler(odd_stream)
    odd.setLevel(logging.WARNING)
    odd.addFilter(OddFilter())
    odd.setFormatter(logging.Formatter("[%(levelno)d] %(message)s", style="%"))
    root.addHandler(odd)
    return root, main_stream, odd_stream


root, main_stream, odd_stream = setup()
child = logging.getLogger("bench.child")
for i in range(ITERATIONS):
    root.info("step %d of %s", i, "run")
    child.warning("warning number %d", i)
    child.debug("never shown %d", i)
    if i % 100 == 0:
        root.error("error at %d: %r", i, {"i": i})
    if not child.isEnabledFor(logging.DEBUG):
        continue
main_lines = main_stream.getvalue().splitlines()
odd_lines = odd_stream.getvalue().splitlines()
print(len(main_lines), len(odd_lines))
print(main_lines[:3])
print(odd_lines[:2], odd_lines[-1])
print(child.getEffectiveLevel(), child.parent is root, logging.getLevelName(30))
