# pyrite-args: -m tokenize
print("bom")
