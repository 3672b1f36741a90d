import unittest


class Alpha(unittest.TestCase):
    def test_one(self):
        self.assertTrue(True)

    def test_two(self):
        self.assertEqual(sum([1, 2]), 3)
