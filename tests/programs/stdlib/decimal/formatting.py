# format() of Decimals: every presentation type, fill, alignment, sign,
# zero padding, grouping and precision, over finite and special values,
# and the specs CPython rejects.
from decimal import *
D=Decimal
for s in ['', '.2', 'e', '.3e', 'f', '.2f', 'g', '.3g', '%', '.1%', ',', '015,.2f', '>12', '^12.1f', '+', ' .3', '#.0f', 'G', 'E', 'z.1f', '_f', '#g', '012', 'x<10', 'n', '.0e', '#.0e', '.0g','d','=+10','010.3', '020,', ',.2f', '08,']:
  try: print(repr(s), [format(D(v), s) for v in ['1.2300','-0','123456.789','1e5','-1.5e-10','0.000','nan','-inf','12345678901234567890.5', '0.5','-0.0001', 'snan', '999.9999', '-1234567.5']])
  except Exception as e: print(repr(s), e)
