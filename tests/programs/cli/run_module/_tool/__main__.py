import os
import sys

print("running", __name__, "of package", __package__)
print("argv", [os.path.basename(a) for a in sys.argv])
print("path[0] is the working directory:", sys.path[0] == os.getcwd())
print("file", os.path.basename(__file__), "in", os.path.basename(os.path.dirname(__file__)))
