def work():
    raise ExceptionGroup("jobs", [ValueError("a"), OSError("b"), TypeError("c")])

try:
    work()
except* ValueError as e:
    print("handled", repr(e))
except* OSError:
    print("handled os")
