def averager():
    """Receives numbers by send(); returns their mean when sent None."""
    total = count = 0
    while True:
        value = yield (total / count if count else None)
        if value is None:
            return total / count
        total += value
        count += 1


def grouper(results, key):
    # `yield from` forwards send(), throw() and close() to averager and
    # receives its return value.
    while True:
        results[key] = yield from averager()


results = {}
for key, values in {"a": [10, 20, 30], "b": [1, 2]}.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        print(key, "running mean:", group.send(v))
    group.send(None)
    print(key, "delegating to:", group.gi_yieldfrom.gi_code.co_name)
print(results)


def inner():
    try:
        yield 1
    except ValueError as exc:
        print("inner caught", repr(exc))
        yield 2
    finally:
        print("inner finally")


def outer():
    yield from inner()


gen = outer()
print(next(gen))
print(gen.throw(ValueError("from outside")))
gen.close()
