"""`python -m unittest [options] [tests]`: run the named tests (modules,
classes, methods or test files), or discover tests when none are named."""

import sys

if sys.argv[0].endswith("__main__.py"):
    executable = sys.executable.replace("\\", "/").rsplit("/", 1)[-1] if getattr(
        sys, "executable", None) else "python"
    sys.argv[0] = executable + " -m unittest"

__unittest = True

from .main import main  # noqa: E402

main(module=None)
