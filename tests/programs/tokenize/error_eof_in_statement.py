# pyrite-args: -m tokenize
x = (1,
     2
