def fail():
    return 1 / 0


value = fail()
