"""The user's name (getuser) and reading a password (getpass). Without
a terminal to turn echo off, getpass() warns and reads the password
from standard input as input() does.
"""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the
    password database's name for the real user id."""
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    uid = os.getuid()
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) > 2 and fields[2] == str(uid):
                    return fields[0]
    except OSError:
        pass
    raise KeyError('getpwuid(): uid not found: %d' % uid)


def getpass(prompt='Password: ', stream=None):
    """Read a password (echo cannot be turned off here)."""
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    stream = stream or sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    return line.rstrip('\n')
