import unittest


class Beta(unittest.TestCase):
    def test_fails(self):
        self.assertIn("x", "abc")
