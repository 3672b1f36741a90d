# pyrite-args: -m tokenize
café = 1
π = 3.14159
日本 = "日本語"
ﬁle = 2
print(café, π, 日本, ﬁle)
