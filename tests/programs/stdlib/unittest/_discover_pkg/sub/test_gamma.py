import unittest


class Gamma(unittest.TestCase):
    @unittest.skip("skipped in a sub-package")
    def test_skip(self):
        pass
