# find/rfind/count/startswith/endswith with start and end, on ASCII and
# non-ASCII text, a str subclass, and CPython's errors.
class S(str): pass
for s in ["hello world", "héllo wörld ü", "", "aaaa", S("abcabc"), "日本語日本語"]:
    for sub in ["o", "l", "", "wö", "日", "ab", "zz", "a"]:
        for args in [(), (1,), (-3,), (2, 5), (-100, 100), (5, 2), (20,)]:
            print(repr(s), repr(sub), args, s.find(sub, *args), s.rfind(sub, *args), s.count(sub, *args), s.startswith(sub, *args), s.endswith(sub, *args))
for bad in [lambda: "a".find(1), lambda: "a".find(), lambda: "abc".index("z"), lambda: str.find(5, "a"), lambda: "a".startswith(("a", 1)), lambda: "a".count("a", "x")]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
