with open(f) as g h:
    pass
