# A generator is a paused frame: f_lasti and f_lineno move as it runs.
def gen():
    a = 1
    yield a
    b = a + 1
    yield b
    yield a + b


g = gen()
frame = g.gi_frame
print(frame is g.gi_frame, frame.f_code is gen.__code__)
positions = [(frame.f_lasti, frame.f_lineno)]
while True:
    try:
        next(g)
    except StopIteration:
        break
    positions.append((frame.f_lasti, frame.f_lineno))
print(positions)
print([p[0] < q[0] for p, q in zip(positions, positions[1:])])
print(g.gi_frame)
print(frame.f_lineno)
