# unittest.mock: call recording, return values and side effects, child
# mocks and mock_calls, the assert_* methods and their messages, specs,
# MagicMock's magic methods, and patch / patch.object / patch.dict.
import keyword
import string
import unittest
from unittest import mock
from unittest.mock import ANY, MagicMock, Mock, call, patch, sentinel

m = Mock()
m(1, 2, key="v")
m.method(3)
m.method.nested("x")
m.attr.other().final(5)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list, m.method_calls)
print(m.mock_calls)
print(m.method is m.method, m.return_value is m(), m.call_args == call(), m.call_args == ((), {}))

r = Mock(return_value=10)
print(r(), r(1))
s = Mock(side_effect=[1, 2, ValueError("third")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("ValueError:", e)
f = Mock(side_effect=lambda x: x * 2)
print(f(21))
e = Mock(side_effect=KeyError("k"))
try:
    e()
except KeyError as err:
    print("KeyError:", err)
d = Mock(side_effect=lambda: mock.DEFAULT, return_value="fallback")
print(d())
configured = Mock(**{"name_attr": 1, "method.return_value": 3, "other.side_effect": TypeError})
print(configured.name_attr, configured.method(), sentinel.token, sentinel.token is sentinel.token)


def check(label, action):
    try:
        action()
    except AssertionError as err:
        print("--", label)
        print(err)
    except AttributeError as err:
        print("--", label, "AttributeError:", err)


t = Mock(name="thing")
check("not called", t.assert_called)
check("called with, not called", lambda: t.assert_called_with(1))
t(1)
t(2, b=3)
check("called once", t.assert_called_once)
check("called with", lambda: t.assert_called_with(1))
check("called once with", lambda: t.assert_called_once_with(2, b=3))
check("not called", t.assert_not_called)
check("any call", lambda: t.assert_any_call(5))
check("has calls", lambda: t.assert_has_calls([call(2, b=3), call(1)]))
t.assert_has_calls([call(2, b=3), call(1)], any_order=True)
t.assert_any_call(1)
t.assert_called_with(2, b=ANY)
check("typo", lambda: t.assert_caled_once())
check("child", lambda: t.child.assert_called_once())
t.reset_mock()
print(t.call_count, t.mock_calls)

spec_mock = Mock(spec=["read", "write"])
spec_mock.read()
check("spec", lambda: spec_mock.close)
strict = Mock(spec_set=["a"])
try:
    strict.b = 1
except AttributeError as err:
    print("AttributeError:", err)

mm = MagicMock()
print(len(mm), [x for x in mm], 3 in mm, bool(mm), int(mm), float(mm), mm == mm, mm != mm, mm == 3)
mm.__len__.return_value = 4
mm.__iter__.return_value = [1, 2]
mm.__getitem__.side_effect = lambda k: k * 10
mm.__contains__.return_value = True
print(len(mm), [x for x in mm], mm[3], 5 in mm, mm.__len__.call_count)
with mm as entered:
    print(entered is mm.__enter__.return_value)
print(mm.mock_calls[:3])
other = MagicMock()
print(len(other), isinstance(mm, MagicMock), isinstance(mm, Mock))


class Service:
    def fetch(self):
        return "real"


def use_service():
    return Service().fetch()


with patch.object(Service, "fetch", return_value="fake") as fake:
    print(use_service(), fake.call_count)
print(use_service())


@patch("string.capwords")
@patch("keyword.iskeyword", return_value=True)
def decorated(iskeyword, capwords):
    capwords.return_value = "Patched"
    return string.capwords("a b"), keyword.iskeyword("x"), capwords.call_args, iskeyword.called


print(decorated(), string.capwords("a b"), keyword.iskeyword("x"))
settings = {"debug": False, "level": 1}
with patch.dict(settings, {"debug": True}, extra=5):
    print(sorted(settings.items()))
print(sorted(settings.items()))
with patch.dict(settings, clear=True):
    print(settings)
print(settings)
patcher = patch.object(Service, "fetch", new=lambda self: "started")
patcher.start()
print(use_service())
patcher.stop()
print(use_service())
try:
    patch.object(Service, "missing").start()
except AttributeError as err:
    print("AttributeError:", err)


class PatchedTest(unittest.TestCase):
    @patch.object(Service, "fetch")
    def test_fetch(self, fetch):
        fetch.return_value = "mocked"
        self.assertEqual(use_service(), "mocked")
        fetch.assert_called_once_with()


result = unittest.TestResult()
PatchedTest("test_fetch").run(result)
print(result.wasSuccessful(), result.testsRun)
