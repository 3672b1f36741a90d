# The interpreter's "coroutine ... was never awaited" warning goes through
# the warnings module once it is imported: filters and catch_warnings see
# it.
import gc
import warnings


async def job():
    return 1


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    job()
    gc.collect()
print([(w.category.__name__, str(w.message)) for w in log])

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    job()
    gc.collect()
print("ignored")

job()
gc.collect()
print("reported on stderr")
