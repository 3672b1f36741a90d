# traceback: frame summaries, extract_tb/extract_stack, walk_tb,
# TracebackException.
import traceback


def fail(n):
    if n == 0:
        raise RuntimeError("bottom")
    fail(n - 1)


try:
    fail(2)
except RuntimeError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(len(summary))
    for frame in summary:
        print(frame.name, frame.lineno, frame.line, frame.filename.endswith("extract.py"))
    print(summary[0] == (summary[0].filename, summary[0].lineno, summary[0].name, summary[0].line))
    name, lineno, func, line = summary[-1]
    print(func, line)
    print([(f.f_code.co_name, lineno) for f, lineno in traceback.walk_tb(tb)])
    print("".join(traceback.format_list(summary[-1:])), end="")
    print(len(traceback.format_tb(tb)), len(traceback.extract_tb(tb, limit=1)))
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print("".join(te.format_exception_only()), end="")
    print("".join(te.format()) == traceback.format_exc())


def where():
    return traceback.extract_stack()


stack = where()
print([f.name for f in stack], stack[-1].line)
print("".join(traceback.format_stack(limit=1)).count("File"))
fs = traceback.FrameSummary("some_file.py", 3, "func", line="x = 1")
print(fs.filename, fs.lineno, fs.name, fs.line, list(fs))
print(traceback.StackSummary.from_list([("a.py", 1, "f", "pass")]).format())
