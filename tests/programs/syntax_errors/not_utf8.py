# A script that is not UTF-8 and declares no encoding.
y = "ÿ"
