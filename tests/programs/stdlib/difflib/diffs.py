# difflib: SequenceMatcher blocks, opcodes and ratios (with junk and the
# popular-element heuristic), ndiff with intraline hints, unified and
# context diffs, restore, and get_close_matches.
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.find_longest_match(0, 29, 0, 38))
long_b = "a" * 150 + "b" * 100
print(difflib.SequenceMatcher(None, "ab" * 3, long_b).get_opcodes(), sorted(difflib.SequenceMatcher(None, "x", long_b).bpopular))
one = ["one\n", "two\n", "three\n", "four\n", "five\n"]
two = ["zero\n", "one\n", "tree\n", "four\n", "fife\n", "six\n"]
print("".join(difflib.ndiff(one, two)), end="")
print("".join(difflib.unified_diff(one, two, "before.txt", "after.txt", "2024-01-01", "2024-01-02", n=1)), end="")
print("".join(difflib.context_diff(one, two, "before.txt", "after.txt")), end="")
delta = list(difflib.ndiff(one, two))
print(list(difflib.restore(delta, 1)) == one, list(difflib.restore(delta, 2)) == two)
print("".join(difflib.ndiff(["abcDefghiJkl\n"], ["abcdefGhijkl\n"])), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheat", "whale", "wheeze"], n=2, cutoff=0.5))
print(list(s.get_grouped_opcodes(1)))
