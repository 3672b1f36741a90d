import _circ_a

print(_circ_a.late, _circ_a._circ_b.seen)
