def check(n):
    if n < 0:
        e = ValueError(f"negative: {n}")
        e.add_note(f"while checking item {n}")
        e.add_note("second note\nspanning two lines")
        raise e

errors = []
for n in [1, -2, -3]:
    try:
        check(n)
    except ValueError as e:
        errors.append(e)
print([e.__notes__ for e in errors])
eg = ExceptionGroup("checks failed", errors)
eg.add_note("group note")
raise eg
