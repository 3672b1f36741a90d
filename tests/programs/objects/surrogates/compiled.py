# String constants holding lone surrogates are compiled like any other:
# folded ('\ud800' * 2, 'a' + '\udc80', '\ud800x'[0]), kept in co_consts,
# shown by dis, and used as a docstring; printing one raises
# UnicodeEncodeError.
import dis


def f():
    "doc \udfff"
    a = '\ud800' * 2
    b = 'a' + '\udc80'
    c = '\ud800x'[0]
    return a, b, c, '\U0000dbff', u'\udead' 'tail'


print(f.__code__.co_consts)
print(f(), f.__doc__ == 'doc \udfff')
dis.dis(f)
code = compile("x = '\\ud800'\nif x == '\\ud800': y = '\\udc80' + x", '<surrogates>', 'exec')
namespace = {}
exec(code, namespace)
print(repr(namespace['x']), repr(namespace['y']), code.co_consts)
print(eval("'\\udcff' in 'a\\udcffb'"), eval(repr('\ud800\udc00')) == '\ud800\udc00')
print('done', '\ud800'.encode('utf-8', 'surrogatepass'))
# print() encodes for stdout, which refuses '\ud800' (what came before it
# in the same call is written first).
print('then', '\ud800')
