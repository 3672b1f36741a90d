# optparse: options of every action and type, clustered and attached
# short options, abbreviated long options, option groups, defaults and
# %default, the help layout (indented and titled), callbacks, conflict
# handling, and the errors (usage and "prog: error:" on stderr, exit 2).
import io
import optparse
import sys

parser = optparse.OptionParser(
    usage="%prog [options] FILE", version="%prog 1.0", prog="demo",
    description="A demo tool that does many things and has a long description "
                "which must be wrapped at the terminal width by the formatter.",
    epilog="Report bugs to nobody; this epilog is also wrapped when it is long enough.")
parser.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-n", type="int", dest="num", default=3, help="number of things [default: %default]")
parser.add_option("--ratio", type="float", default="0.5", help="a ratio (%default)")
parser.add_option("--mode", type="choice", choices=["a", "b"], help="the mode")
parser.add_option("-v", action="count", dest="verbosity")
parser.add_option("--tag", action="append", help="a tag, can repeat; this help text is quite "
                  "long so that it needs to wrap onto another line")
parser.add_option("--point", nargs=2, type="int", help="two coordinates")
parser.add_option("--const", action="store_const", const=42, dest="answer")
parser.add_option("--add-x", action="append_const", const="x", dest="letters")
parser.add_option("--very-long-option-name-here", action="store_true", help="long")
parser.add_option("--secret", help=optparse.SUPPRESS_HELP)
seen = []
parser.add_option("--call", action="callback", callback=lambda option, opt, value, p, *a: seen.append((opt, value, a)),
                  type="string", callback_args=(1, 2), help="calls back")
group = optparse.OptionGroup(parser, "Dangerous Options", "Caution: use these options at your own risk.")
group.add_option("-g", action="store_true", help="Group option.")
parser.add_option_group(group)
parser.print_help()

opts, args = parser.parse_args(["-f", "out.txt", "-qvv", "-n5", "--tag=x", "--tag", "y", "--mode", "b",
                                "rest", "--point", "3", "4", "--const", "--add-x", "--add-x", "--rat=2",
                                "--call=hi", "-g", "--", "-x"])
print(opts)
print(args, seen)
print(opts.filename, opts.verbose, opts.num, opts.verbosity, opts.tag, opts.point, opts.ratio)
print(parser.get_usage(), parser.get_version(), parser.get_prog_name(), str(parser.get_option("-f")))
print(parser.parse_args([])[0] == parser.get_default_values(), parser.defaults["ratio"])
print(parser.has_option("--file"), parser.get_option_group("-g") is group, repr(group.title))
values = optparse.Values({"a": 1})
print(values, values.ensure_value("b", []), values == {"a": 1, "b": []})

strict = optparse.OptionParser(prog="strict", add_help_option=False)
strict.disable_interspersed_args()
strict.add_option("-x", action="store_true")
strict_values, strict_args = strict.parse_args(["-x", "file", "-x"])
print(strict_values, strict_args)
strict.add_option("--alpha", action="store_true")
strict.add_option("--alps", action="store_true")

for p, argv in [(parser, ["-n", "x"]), (parser, ["--mode", "c"]), (parser, ["--nope"]),
                (parser, ["-f"]), (parser, ["--point", "1"]), (parser, ["-q=3"]),
                (parser, ["--quiet=3"]), (parser, ["--ratio", "abc"]), (strict, ["--al"]),
                (parser, ["--version"]), (parser, ["-n", "0x1f", "--help"])]:
    try:
        print(p.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)
print(parser.parse_args(["-n", "0x1f"])[0].num, parser.parse_args(["-n", "017"])[0].num,
      parser.parse_args(["-n", "0b101"])[0].num)

titled = optparse.OptionParser(prog="titled", formatter=optparse.TitledHelpFormatter(width=60))
titled.add_option("-a", "--all", action="store_true", help="everything")
print(titled.format_help())

resolving = optparse.OptionParser(prog="r", conflict_handler="resolve")
resolving.add_option("-f", "--file", help="first")
resolving.add_option("-f", "--force", action="store_true", help="second")
print([str(o) for o in resolving.option_list])
try:
    parser.add_option("-f")
except optparse.OptionConflictError as e:
    print(e)
for bad in [lambda: parser.add_option("x"), lambda: parser.add_option("--x", action="bogus"),
            lambda: parser.add_option("--y", type="bogus"), lambda: parser.add_option("---z"),
            lambda: parser.add_option("--w", action="store_true", type="int"),
            lambda: parser.add_option("--c", type="choice"), lambda: parser.add_option("--k", bogus=1),
            lambda: parser.add_option("--cb", action="callback")]:
    try:
        bad()
    except (optparse.OptionError, TypeError) as e:
        print(type(e).__name__, e)
