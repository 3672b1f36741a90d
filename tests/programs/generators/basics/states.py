# The four states inspect.getgeneratorstate reports, from the gi_* attributes.
def state(g):
    if g.gi_running:
        return "GEN_RUNNING"
    if g.gi_frame is None:
        return "GEN_CLOSED"
    if g.gi_suspended:
        return "GEN_SUSPENDED"
    return "GEN_CREATED"


def gen():
    print("inside:", state(me))
    yield 1
    yield 2


me = gen()
print(state(me), me.gi_running, me.gi_suspended)
next(me)
print(state(me), me.gi_running, me.gi_suspended)
next(me)
print(state(me))
print(list(me))
print(state(me), me.gi_frame, me.gi_suspended)

closed_early = gen()
closed_early.close()
print(state(closed_early))
print(gen().gi_code is gen.__code__, gen().gi_code.co_name)
print(bool(gen.__code__.co_flags & 0x20))
