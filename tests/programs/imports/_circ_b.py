print("b starts")
import _circ_a

seen = _circ_a.early
print("b sees a partially:", hasattr(_circ_a, "early"), hasattr(_circ_a, "late"))
