"""Timing small snippets: Timer runs a statement `number` times in a
loop compiled once (after a set-up statement), timeit() and repeat()
wrap it, and main() is the `python -m timeit` command line."""

import itertools
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


def _gc_state():
    try:
        import gc
    except ImportError:
        return None, None
    return gc, gc.isenabled()


class Timer:
    """Times `stmt` (a string or callable) after `setup`."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            stmtprefix = setup + "\n"
            setup = reindent(setup, 4)
        elif callable(setup):
            local_ns["_setup"] = setup
            init += ", _setup=_setup"
            stmtprefix = ""
            setup = "_setup()"
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmtprefix + stmt, dummy_src_name, "exec")
            stmt = reindent(stmt, 8)
        elif callable(stmt):
            local_ns["_stmt"] = stmt
            init += ", _stmt=_stmt"
            stmt = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback

        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """The time taken to run the statement `number` times."""
        it = itertools.repeat(None, number)
        gc, was_enabled = _gc_state()
        if gc is not None:
            gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gc is not None and was_enabled:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20,
        50, ... whose run takes at least 0.2 seconds."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


def main(args=None, *, _wrap_timer=None):
    """The command line: timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v]
    [statement ...]; returns 0, or 1 after reporting an error."""
    if args is None:
        args = sys.argv[1:]
    number = 0
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    units = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
    timer = default_timer
    rest = []
    i = 0
    try:
        while i < len(args):
            arg = args[i]
            value = None
            if arg.startswith("--") and "=" in arg:
                arg, value = arg.split("=", 1)
            long_names = {"--number": "-n", "--setup": "-s", "--repeat": "-r",
                          "--unit": "-u", "--process": "-p", "--verbose": "-v",
                          "--help": "-h"}
            arg = long_names.get(arg, arg)
            if arg in ("-n", "-s", "-r", "-u"):
                if value is None:
                    if len(arg) == 2 and i + 1 < len(args):
                        i += 1
                        value = args[i]
                    else:
                        raise ValueError("option %s requires argument" % arg)
                if arg == "-n":
                    number = int(value)
                elif arg == "-s":
                    setup.append(value)
                elif arg == "-r":
                    repeat = max(int(value), 1)
                else:
                    if value not in units:
                        print("Unrecognized unit. Please select nsec, usec, msec, or sec.",
                              file=sys.stderr)
                        return 2
                    time_unit = value
            elif arg == "-p":
                timer = time.process_time
            elif arg == "-v":
                verbose += 1
            elif arg == "-h":
                print(__doc__, end=" ")
                return 0
            elif arg.startswith("-") and len(arg) > 1 and arg[1] in "nsru" and len(arg) > 2:
                args[i:i + 1] = [arg[:2], arg[2:]]
                continue
            else:
                rest = args[i:]
                break
            i += 1
    except ValueError as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    stmt = "\n".join(rest) or "pass"
    setup = "\n".join(setup) or "pass"
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        def callback(number, time_taken):
            msg = "{num} loop{s} -> {secs:.{prec}g} secs"
            plural = number != 1
            print(msg.format(num=number, s="s" if plural else "", secs=time_taken, prec=3))

        try:
            number, _ = t.autorange(callback if verbose else None)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = units[unit]
        else:
            scales = [(scale, unit) for unit, scale in units.items()]
            scales.sort(reverse=True)
            for scale, unit in scales:
                if dt >= scale:
                    break
        return "%.*g %s" % (3, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop"
          % (number, "s" if number != 1 else "", repeat, format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings

        warnings.warn_explicit("The test results are likely unreliable. "
                               "The worst time (%s) was more than four times "
                               "slower than the best time (%s)."
                               % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
