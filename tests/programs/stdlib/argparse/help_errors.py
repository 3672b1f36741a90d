# argparse: generated usage and help text (sections, alignment, wrapping,
# metavars, groups, sub-commands) and error reports with exit status 2.
import argparse

parser = argparse.ArgumentParser(prog="tool", description="Process some files and report on "
                                 "them, with a description long enough to need wrapping onto "
                                 "several lines of help output.", epilog="See the manual.")
parser.add_argument("src", help="source file")
parser.add_argument("dst", nargs="?", default="out.txt", help="destination (default: %(default)s)")
parser.add_argument("-n", "--count", type=int, default=1, help="how many times to repeat the operation, which is a long help text that wraps")
parser.add_argument("-v", "--verbose", action="count", default=0)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast", help="speed: %(choices)s")
parser.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"), help="a key and a value")
parser.add_argument("--items", nargs="*", help="any number of items")
parser.add_argument("--some-very-long-option-name", metavar="SOMETHING_LONG", help="long invocation")
parser.add_argument("--hidden", help=argparse.SUPPRESS)
parser.add_argument("--version", action="version", version="%(prog)s 1.0")
group = parser.add_mutually_exclusive_group()
group.add_argument("--json", action="store_true", help="JSON output")
group.add_argument("--xml", action="store_true", help="XML output")
parser.print_help()
print("---")
parser.print_usage()
print(parser.format_usage(), end="")

sub = argparse.ArgumentParser(prog="git")
commands = sub.add_subparsers(dest="command", help="what to do")
commands.add_parser("commit", help="record changes")
commands.add_parser("push", aliases=["p"], help="send changes")
print("---")
sub.print_help()

def attempt(args, target=parser):
    try:
        target.parse_args(args)
    except SystemExit as e:
        print("exit", e.code)

for args in [[], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--count"], ["a", "b", "c"],
             ["a", "--json", "--xml"], ["a", "--pair", "k"], ["a", "--cou", "2", "--co", "3"],
             ["a", "--ver"]]:
    attempt(args)
attempt(["frobnicate"], sub)
for bad in [lambda: parser.add_argument("--count"), lambda: parser.add_argument("x", required=True),
            lambda: parser.add_argument("--z", nargs=0), lambda: parser.add_argument("bad-prefix", "--y")]:
    try:
        bad()
    except (argparse.ArgumentError, TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
attempt(["a", "-h"])
