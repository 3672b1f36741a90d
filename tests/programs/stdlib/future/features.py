# The __future__ module: feature records, their releases and compiler
# flags; postponed evaluation of annotations.
from __future__ import annotations

import __future__


def f(x: undefined_name) -> also_undefined:
    return x


print(f.__annotations__)
print(__future__.all_feature_names)
print(__future__.annotations, __future__.annotations.getMandatoryRelease())
print(__future__.division.getOptionalRelease(), __future__.division.compiler_flag)
print(hex(__future__.CO_FUTURE_ANNOTATIONS), isinstance(__future__.generator_stop, __future__._Feature))
