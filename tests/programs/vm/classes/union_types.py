# PEP 604: X | Y between classes makes a types.UnionType.
import typing
T = typing.TypeVar('T')
print(int | None, (int|None).__args__, int | str | int, int | int, type(int|int))
print((int | str) == (str | int), hash(int|str) == hash(str|int))
print(list[int] | None, None | int, int | list[int])
print(isinstance(3, int | str), issubclass(bool, int | str), isinstance(None, int | None))
try: isinstance(3, list[int] | None)
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
try: 3 | int
except TypeError as e: print(e)
print((int | str).__parameters__, (int | str) | float, int | (str | float))
print(type(int|str).__name__, type(int|str).__module__, repr(type(int|str)))
try: type(int|str)()
except TypeError as e: print(e)
print(int | typing.List[int], typing.Optional[int] | str)
print(typing.get_args(int | str), typing.get_origin(int|str))
class A: pass
print(A | None, (A | None).__args__[0] is A)
print(int | T, (int|T).__parameters__)
print(dict[str, int] | None == None | dict[str,int])
print(typing.Union[int, str] == (int | str))
import types; print(types.UnionType, isinstance(int | str, types.UnionType))
def f(x: int | None = None, *, y: list[str] | dict[str, int] | None) -> str | bytes:
    return x
print(f.__annotations__)
print({int | str: 1}[str | int])
