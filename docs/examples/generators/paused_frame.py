import dis


def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


gen = countdown(2)
print(type(gen).__name__, gen.gi_code.co_name)
print("flags: generator =", bool(gen.gi_code.co_flags & 0x20))

# A new generator's frame exists but has not run: it waits at its start.
frame = gen.gi_frame
print("before:", frame.f_lasti, frame.f_lineno, frame.f_locals)

while True:
    try:
        value = next(gen)
    except StopIteration as stop:
        print("returned", repr(stop.value))
        break
    print("yielded", value, "-> paused at offset", frame.f_lasti,
          "line", frame.f_lineno, frame.f_locals)

# Once finished, the generator lets go of its frame.
print("after:", gen.gi_frame)

# The offsets are those of YIELD_VALUE in the disassembly.
for ins in dis.get_instructions(countdown):
    if ins.opname in ("RETURN_GENERATOR", "YIELD_VALUE", "RESUME"):
        print(ins.offset, ins.opname, ins.arg)
