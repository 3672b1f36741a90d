# IsolatedAsyncioTestCase: async set-up, tests, tear-down and cleanups
# run in order in a fresh event loop per test; failures reported as usual.
import asyncio
import time
import unittest

time.perf_counter = lambda: 0.0
events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.value = await asyncio.sleep(0, result=7)

    def setUp(self):
        events.append("setUp")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_await(self):
        self.addAsyncCleanup(self.cleanup, "async cleanup")
        results = await asyncio.gather(asyncio.sleep(0, result=1), asyncio.sleep(0, result=2))
        self.assertEqual(results, [1, 2])
        self.assertEqual(self.value, 7)
        events.append("test_await")

    async def cleanup(self, label):
        events.append(label)

    def test_plain(self):
        events.append("test_plain")


class Failing(unittest.IsolatedAsyncioTestCase):
    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_raises(self):
        raise KeyError("inside a coroutine")


if __name__ == "__main__":
    unittest.main(defaultTest="AsyncTests", exit=False, verbosity=2)
    print(events)
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(Failing).run(result)
    print(result.testsRun, len(result.failures), len(result.errors))
    print(result.failures[0][1].splitlines()[-1], result.errors[0][1].splitlines()[-1])
