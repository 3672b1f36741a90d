import sys
print("before")
sys.stdout.flush()
raise SystemExit(3)
