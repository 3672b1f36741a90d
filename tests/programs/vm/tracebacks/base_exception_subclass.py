class Stop(BaseException):
    pass
def inner():
    raise Stop("custom base exception")
try:
    inner()
except Exception:
    print("not caught here")
