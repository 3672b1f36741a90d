def fail(n):
    raise ValueError(n)

def collect():
    errors = []
    for i in range(2):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    try:
        raise KeyError("ctx")
    except KeyError:
        errors.append(TypeError("during"))
    inner = ExceptionGroup("inner", [OSError("disk"), RuntimeError("r")])
    try:
        raise inner
    except ExceptionGroup as g:
        errors.append(g)
    return errors

print("before")
raise ExceptionGroup("many problems", collect())
