ops = {"neg": lambda x: -x, "inv": lambda x: 1 / x}
print(ops["neg"](3))
print(ops["inv"](0))
