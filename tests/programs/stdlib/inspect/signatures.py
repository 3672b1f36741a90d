# inspect.signature: str and repr forms of signatures and parameters,
# methods, classes, partials, wrapped functions, binding arguments and
# the errors of binding; building signatures by hand.
import functools
import inspect
from inspect import Parameter, Signature
from typing import List, Optional


def func(a, b: int, /, c=1, *args: str, d, e: "List[int]" = None, **kw) -> Optional[str]:
    pass


sig = inspect.signature(func)
print(sig)
print(repr(sig))
for name, param in sig.parameters.items():
    print(name, param.kind, param.kind.description, repr(param), param.default is Parameter.empty)
print(sig.return_annotation, Parameter.empty, sig.parameters["c"].default)


class Shape:
    def __init__(self, width: float, height: float = 1.0):
        self.width = width

    def area(self, scale=1) -> float:
        return 0.0

    @classmethod
    def unit(cls, *, sides: int = 4):
        return cls(1)

    @staticmethod
    def helper(x, y=2):
        pass

    def __call__(self, value):
        return value


print(inspect.signature(Shape), inspect.signature(Shape.area), inspect.signature(Shape(1).area))
print(inspect.signature(Shape.unit), inspect.signature(Shape.helper), inspect.signature(Shape(2)))
print(inspect.signature(lambda x, *, y=3: None))
print(inspect.signature(functools.partial(func, 1, 2, d=4)))


def decorator(f):
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs)
    return wrapper


@decorator
def wrapped(x: int, y: str = "s") -> None:
    pass


print(inspect.signature(wrapped), inspect.signature(wrapped, follow_wrapped=False))

bound = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(bound, bound.args, bound.kwargs)
partial = sig.bind_partial(1, 2)
partial.apply_defaults()
print(partial.arguments)
for args, kwargs in [((1,), {"d": 1}), ((1, 2), {}), ((1, 2), {"a": 1, "d": 1}),
                     ((1, 2), {"d": 1, "c": 2, "zz": 1})]:
    try:
        sig.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

simple = inspect.signature(lambda a, b=2: None)
for args, kwargs in [((1, 2, 3), {}), ((1,), {"a": 2}), ((), {"c": 1})]:
    try:
        simple.bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)

params = [Parameter("x", Parameter.POSITIONAL_ONLY),
          Parameter("y", Parameter.POSITIONAL_OR_KEYWORD, default=0, annotation=int),
          Parameter("rest", Parameter.VAR_POSITIONAL),
          Parameter("flag", Parameter.KEYWORD_ONLY, default=False)]
made = Signature(params, return_annotation=bool)
print(made, made.replace(return_annotation=Signature.empty), made == made.replace())
print(params[1].replace(name="z", default=5), params[0] == Parameter("x", Parameter.POSITIONAL_ONLY))
for bad in [lambda: Parameter("1x", Parameter.POSITIONAL_ONLY),
            lambda: Parameter(3, Parameter.KEYWORD_ONLY),
            lambda: Parameter("a", Parameter.VAR_KEYWORD, default=1),
            lambda: Signature([params[1], params[0]]),
            lambda: Signature([params[1], Parameter("q", Parameter.POSITIONAL_OR_KEYWORD)]),
            lambda: Signature([params[0], params[0]]),
            lambda: inspect.signature(42)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(inspect.getfullargspec(func))
print(list(Parameter.POSITIONAL_ONLY.__class__), str(Parameter.KEYWORD_ONLY))
