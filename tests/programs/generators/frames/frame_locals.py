# A paused generator's locals are visible through gi_frame.f_locals.
def gen(x):
    y = x * 2
    yield
    z = y + 1
    yield
    del y
    yield


g = gen(5)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals)
next(g)
print(g.gi_frame.f_locals)
print(g.gi_frame.f_back)
print(g.gi_frame.f_globals is globals())


def running():
    import sys
    f = sys._getframe()
    print("same frame:", f is r.gi_frame)
    print("f_back is the caller:", f.f_back.f_code.co_name)
    yield


def caller():
    next(r)


r = running()
caller()
