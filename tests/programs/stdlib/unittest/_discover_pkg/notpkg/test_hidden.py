import unittest


class Hidden(unittest.TestCase):
    def test_never(self):
        raise AssertionError("directories without __init__.py are not searched")
