import sys
print("working")
sys.exit("fatal: configuration missing")
