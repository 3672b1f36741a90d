"""unittest.main: load the tests of a module (by default `__main__`) or
those named on the command line, run them with a TextTestRunner, and exit
with status 0 when the run was successful, 1 otherwise (2 for a bad
command line).
"""

import sys

from . import loader, runner

__unittest = True

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]
"""

# The flags of both command lines (the tests' and `discover`'s): option
# strings, the attribute each sets and its value.
_FLAGS = (
    (("-v", "--verbose"), "verbosity", 2),
    (("-q", "--quiet"), "verbosity", 0),
    (("-f", "--failfast"), "failfast", True),
    (("-b", "--buffer"), "buffer", True),
)
_MAIN_FLAGS = _FLAGS + (
    (("-c", "--catch"), "catchbreak", True),
    (("--locals",), "tb_locals", True),
)


class TestProgram(object):
    """Runs the tests of a module from the command line."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module="__main__", defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split(".")[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = "python -m unittest" if not argv else argv[0].split("/")[-1]
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        sys.stderr.write(_USAGE % {"prog": self.progName})
        sys.stderr.write("%s: error: %s\n" % (self.progName, message))
        sys.exit(2)

    def parseArgs(self, argv):
        if self.module is None and len(argv) > 1 and argv[1].lower() == "discover":
            self._do_discovery(argv[2:])
            return
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if self._set_flag(arg, _MAIN_FLAGS):
                continue
            if arg == "-k" or arg.startswith("-k"):
                value = arg[2:]
                if not value:
                    if not args:
                        self._usage_error("argument -k: expected one argument")
                    value = args.pop(0)
                patterns.append(value if "*" in value else "*%s*" % value)
            elif arg == "--":
                names.extend(args)
                break
            elif arg.startswith("-") and arg != "-":
                self._usage_error("unrecognized arguments: %s" % arg)
            else:
                names.append(arg)
        if patterns:
            self.testNamePatterns = patterns
        if not names and self.module is None:
            self._do_discovery([])
            return
        if names:
            if self.module is None:
                names = [_convert_name(name) for name in names]
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def _set_flag(self, arg, flags):
        """Set the attribute of the flag `arg` names among `flags`; whether
        it named one."""
        for names, attribute, value in flags:
            if arg in names:
                setattr(self, attribute, value)
                return True
        return False

    def _do_discovery(self, argv):
        start, pattern, top = ".", "test*.py", None
        positional = []
        args = list(argv)
        while args:
            arg = args.pop(0)
            if self._set_flag(arg, _FLAGS):
                continue
            if arg in ("-s", "--start-directory") and args:
                start = args.pop(0)
            elif arg in ("-p", "--pattern") and args:
                pattern = args.pop(0)
            elif arg in ("-t", "--top-level-directory") and args:
                top = args.pop(0)
            elif arg.startswith("-"):
                self._usage_error("unrecognized arguments: %s" % arg)
            else:
                positional.append(arg)
        for index, value in enumerate(positional[:3]):
            if index == 0:
                start = value
            elif index == 1:
                pattern = value
            else:
                top = value
        self.test = self.testLoader.discover(start, pattern, top)

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    test_runner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings,
                        tb_locals=self.tb_locals)
                except TypeError:
                    test_runner = self.testRunner(
                        verbosity=self.verbosity, failfast=self.failfast,
                        buffer=self.buffer, warnings=self.warnings)
            except TypeError:
                test_runner = self.testRunner()
        else:
            test_runner = self.testRunner
        self.result = test_runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


def _convert_name(name):
    """A test file path given on the command line as a dotted module name."""
    if name.lower().endswith(".py"):
        try:
            import os
        except ImportError:
            return name[:-3].replace("\\", ".").replace("/", ".")
        if os.path.isfile(name):
            if os.path.isabs(name):
                rel_path = os.path.relpath(name, os.getcwd())
                if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                    return name
                name = rel_path
            return os.path.normpath(name)[:-3].replace("\\", ".").replace("/", ".")
    return name


main = TestProgram
