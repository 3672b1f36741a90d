# pyrite-args: -m _solo
# `-m MODULE` runs a module found on sys.path as __main__; its SystemExit
# sets the exit status.
