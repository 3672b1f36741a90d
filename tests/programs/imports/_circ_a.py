print("a starts")
early = "early"
import _circ_b

late = "late"
print("a ends, b says", _circ_b.seen)
