# Infinite recursion: RecursionError with the repeated lines folded.
def down(n):
    return down(n + 1)


down(0)
