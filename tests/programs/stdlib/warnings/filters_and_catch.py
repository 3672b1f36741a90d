# warnings: filters (simplefilter, filterwarnings, resetwarnings) and
# catch_warnings(record=True).
import warnings

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn("first")
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log])
print(log[0].lineno, log[0].filename.endswith("filters_and_catch.py"), type(log[0].message).__name__)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep me")
    warnings.warn("drop me")
    warnings.warn("KEEP too")
print([str(w.message) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
        warnings.warn("only once", RuntimeWarning)
print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    warnings.warn("default action shows it")
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.warn("not shown")
    warnings.warn("shown", RuntimeWarning)
print([str(w.message) for w in log])

for bad in [lambda: warnings.simplefilter("bogus"),
            lambda: warnings.filterwarnings("ignore", category=int)]:
    try:
        bad()
    except AssertionError as e:
        print("AssertionError:", e)

shown = []
old = warnings.showwarning
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(str(message))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("through showwarning")
warnings.showwarning = old
print(shown)
print(warnings.filters[:2] == [("default", None, DeprecationWarning, "__main__", 0),
                               ("ignore", None, DeprecationWarning, None, 0)])
