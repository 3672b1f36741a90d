import sys

print(__name__, sys.argv[0].endswith("_solo.py"), sys.argv[1:])
if __name__ == "__main__":
    raise SystemExit(3)
