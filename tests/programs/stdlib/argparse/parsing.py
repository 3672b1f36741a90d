# argparse: positionals and options with actions, nargs, types, choices,
# defaults, abbreviations, '--', groups, sub-commands, and the Namespace.
import argparse

parser = argparse.ArgumentParser(prog="tool", description="Process some files.")
parser.add_argument("src", help="source file")
parser.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
parser.add_argument("-n", "--count", type=int, default=1, help="how many times")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("--tag", action="append", dest="tags")
parser.add_argument("-q", "--quiet", action="store_true")
parser.add_argument("--no-cache", action="store_false", dest="cache")
parser.add_argument("--ratio", type=float)
parser.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
parser.add_argument("--items", nargs="*", default=[])
parser.add_argument("--const", action="store_const", const=42)
parser.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)

for argv in [["a.txt"], ["a.txt", "b.txt", "-n", "3", "-vv", "--tag", "x", "--tag=y"],
             ["--mode", "slow", "a", "-q", "--no-cache", "--ratio", "0.5"],
             ["--pair", "k", "v", "--items", "1", "2", "3", "--", "-dash"],
             ["-n5", "--coun", "7", "x", "--const", "--no-flag"], ["-vvv", "-qv", "z"]]:
    print(parser.parse_args(argv))

ns, extra = parser.parse_known_args(["a", "b", "c", "--unknown", "--count", "2"])
print(ns.count, extra)
print(vars(parser.parse_args(["only"])))

sub = argparse.ArgumentParser(prog="git")
sub.add_argument("--debug", action="store_true")
commands = sub.add_subparsers(dest="command")
commit = commands.add_parser("commit", help="record changes")
commit.add_argument("-m", "--message", required=True)
push = commands.add_parser("push", aliases=["p"], help="send changes")
push.add_argument("remote", nargs="?", default="origin")
print(sub.parse_args(["--debug", "commit", "-m", "fix"]))
print(sub.parse_args(["p", "upstream"]), sub.parse_args([]))

group_parser = argparse.ArgumentParser(prog="g")
exclusive = group_parser.add_mutually_exclusive_group()
exclusive.add_argument("--json", action="store_true")
exclusive.add_argument("--xml", action="store_true")
extra_group = group_parser.add_argument_group("advanced", "knobs for experts")
extra_group.add_argument("--level", type=int, default=3)
print(group_parser.parse_args(["--xml", "--level", "9"]))

ns = argparse.Namespace(a=1, b="two")
print(ns, ns == argparse.Namespace(a=1, b="two"), "a" in ns, argparse.Namespace(**{"not valid": 1}))
parser.set_defaults(extra="yes")
print(parser.parse_args(["s"]).extra, parser.get_default("count"), parser.get_default("extra"))
