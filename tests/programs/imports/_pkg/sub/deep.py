print("init _pkg.sub.deep", __name__, __package__)
value = 42
