# sys's named structures and plain facts.
import sys

print(sys.version_info)
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor,
      sys.version_info.releaselevel, len(sys.version_info))
print(sys.version_info >= (3, 8), sys.version_info < (3, 12), tuple(sys.version_info))
print(type(sys.version_info).__name__, isinstance(sys.version_info, tuple))
print(sys.version.startswith("3.11."), hex(sys.hexversion), sys.api_version)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info[8])
print(sys.int_info)
print(sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf, sys.hash_info.width)
print(sys.maxunicode, sys.maxsize == 2**63 - 1, sys.byteorder)
print(sys.implementation.version == sys.version_info, sys.implementation.hexversion == sys.hexversion)
print(sys.flags.optimize, sys.flags.debug, sys.flags.int_max_str_digits, type(sys.flags).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.is_finalizing(), sys.getswitchinterval())
sys.setswitchinterval(0.01)
print(sys.getswitchinterval())
print("sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.executable).__name__, sys.platform, sys.float_repr_style)
print(sys.call_tracing(max, (3, 9, 4)))
try:
    type(sys.version_info)()
except TypeError as e:
    print(e)
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print(e)
