try:
    raise ExceptionGroup("first", [ValueError(1), TypeError(2)])
except ExceptionGroup as eg:
    try:
        raise RuntimeError("handler failed") from eg
    except RuntimeError as r:
        raise BaseExceptionGroup("second", [r, KeyboardInterrupt()])
