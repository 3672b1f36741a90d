# unittest.mock: AsyncMock (calls return coroutines, awaits recorded,
# side effects, assert_awaited* messages) and mock_open patched over the
# builtin open (read, readline, readlines, iteration, writes).
import asyncio
from unittest import mock
from unittest.mock import AsyncMock, call, mock_open, patch

fetch = AsyncMock(return_value={"ok": True})


async def main():
    first = await fetch("a", retries=2)
    coro = fetch("b")
    print(fetch.call_count, fetch.await_count)
    second = await coro
    return first, second


print(asyncio.run(main()), fetch.await_count, fetch.await_args, fetch.await_args_list)
fetch.assert_awaited()
fetch.assert_awaited_with("b")
fetch.assert_any_await("a", retries=2)
fetch.assert_has_awaits([call("a", retries=2), call("b")])
for label, action in [("once", fetch.assert_awaited_once), ("not", fetch.assert_not_awaited),
                      ("with", lambda: fetch.assert_awaited_with("z")),
                      ("never", AsyncMock(name="idle").assert_awaited)]:
    try:
        action()
    except AssertionError as e:
        print(label, "->", e)

effects = AsyncMock(side_effect=[1, ValueError("second")])


async def use_effects():
    value = await effects()
    try:
        await effects()
    except ValueError as e:
        return value, str(e)


print(asyncio.run(use_effects()))


async def double(x):
    return x * 2


wrapper = AsyncMock(side_effect=double)
print(asyncio.run(wrapper(21)), isinstance(wrapper.child, AsyncMock))

opener = mock_open(read_data="line one\nline two\nline three\n")
with patch("builtins.open", opener):
    with open("settings.txt") as handle:
        print(repr(handle.readline()), handle.readlines())
    with open("settings.txt") as handle:
        print([line for line in handle])
    with open("settings.txt") as handle:
        print(repr(handle.read()))
    with open("out.txt", "w") as out:
        out.write("saved")
print(opener.call_args_list, opener().write.call_args)
print(opener.mock_calls[:3])
