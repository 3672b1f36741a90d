# logging: the last-resort handler, basicConfig through module-level
# functions, levels, the logger hierarchy and propagation, formatters in
# the three styles, filters, extra, LoggerAdapter, exceptions, and reprs.
import logging
import sys


class Collect:
    def __init__(self):
        self.lines = []

    def write(self, text):
        self.lines.append(text)

    def flush(self):
        pass


app = logging.getLogger("app")
app.warning("no handlers yet: %s", "last resort")
app.info("not shown")
print(app, logging.getLogger(), logging.getLogger("app") is app, app.parent)

logging.warning("root %d", 1)
logging.info("hidden at WARNING")
print(logging.root.handlers[0].formatter._fmt, logging.root.level)

out = Collect()
handler = logging.StreamHandler(out)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)s|%(message)s|%(funcName)s"))
child = logging.getLogger("app.db.pool")
child.addHandler(handler)
child.setLevel(logging.DEBUG)


def work():
    child.debug("debug %s", "detail")
    child.info("info %(key)s", {"key": "mapped"})
    child.error("error")


work()
print(child.parent, child.getEffectiveLevel(), app.getEffectiveLevel(), logging.getLogger("app.db"))
print("".join(out.lines), end="")
child.propagate = False
child.critical("not propagated")
print(out.lines[-1], end="")

out.lines.clear()
for style, fmt in [("{", "{levelname:<8}{message}"), ("$", "${name}: ${message}"), ("%", "%(levelno)d %(message)r")]:
    handler.setFormatter(logging.Formatter(fmt, style=style))
    child.warning("styled %s", style)
print("".join(out.lines), end="")

out.lines.clear()
handler.setFormatter(logging.Formatter("%(message)s [%(user)s]"))
child.info("with extra", extra={"user": "ann"})
adapter = logging.LoggerAdapter(child, {"user": "bob"})
adapter.info("through adapter")
print(adapter)


class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1


handler.setFormatter(logging.Formatter("%(message)s"))
odd = OnlyOdd()
handler.addFilter(odd)
for i in range(4):
    child.info("number %d", i)
handler.removeFilter(odd)
handler.addFilter(logging.Filter("app.other"))
child.info("filtered by name")
handler.filters.clear()
print("".join(out.lines), end="")

out.lines.clear()
handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
try:
    {}["missing"]
except KeyError:
    child.exception("lookup failed")
text = "".join(out.lines)
print(text.splitlines()[0], text.splitlines()[1], text.splitlines()[-1])

print(logging.getLevelName(logging.INFO), logging.getLevelName("ERROR"), logging.getLevelName(15))
logging.addLevelName(15, "VERBOSE")
print(logging.getLevelName(15), child.isEnabledFor(15), logging.getLogger("app").isEnabledFor(15))
for bad in [lambda: child.setLevel("LOUD"), lambda: logging.Formatter("%(message)", validate=True),
            lambda: logging.Formatter("x", style="?"), lambda: child.info("x", extra={"message": 1}),
            lambda: logging.basicConfig(bogus=1, force=True)]:
    try:
        bad()
    except (ValueError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
logging.disable(logging.CRITICAL)
child.critical("disabled")
logging.disable(logging.NOTSET)
record = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelno": 20})
print(record.getMessage(), repr(logging.LogRecord("n", 10, "/x/file.py", 3, "m", (), None)))
logging.basicConfig(stream=sys.stdout, format="%(levelname)s:%(message)s", force=True, level=logging.INFO)
logging.info("now on stdout")

import unittest


class LogTests(unittest.TestCase):
    def runTest(self):
        pass


case = LogTests()
with case.assertLogs("app.service", level="INFO") as watched:
    logging.getLogger("app.service").info("started %d", 1)
    logging.getLogger("app.service.sub").warning("careful")
    logging.getLogger("app.service").debug("too low")
print(watched.output, [r.levelname for r in watched.records])
try:
    with case.assertLogs("quiet", level=logging.ERROR):
        logging.getLogger("quiet").warning("below the level")
except AssertionError as e:
    print("AssertionError:", e)
try:
    with case.assertNoLogs("noisy"):
        logging.getLogger("noisy").error("boom")
except AssertionError as e:
    print("AssertionError:", e)
with case.assertNoLogs("noisy"):
    pass
