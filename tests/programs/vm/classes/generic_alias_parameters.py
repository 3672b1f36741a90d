# list[T] has T among its __parameters__, and list[T][int] substitutes it.
import typing
T = typing.TypeVar('T'); K = typing.TypeVar('K')
print(list[T][None], dict[K, list[T]].__parameters__, dict[K, list[T]][str, int], list[int].__parameters__)
print(list[T].__parameters__, tuple[T, ...][int], dict[str, T][bytes])
try: list[int][str]
except TypeError as e: print(e)
try: dict[K, T][int]
except TypeError as e: print(e)
try: list[T][int, str]
except TypeError as e: print(e)
print(list[T] == list[T], typing.List[list[T]][int])
print((list[T] | None).__parameters__, (list[T] | None)[int])
print(typing.Dict[K, list[T]][str, float])
