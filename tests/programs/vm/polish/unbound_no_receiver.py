# Calling an unbound built-in method without its receiver names the class in the error.
for f in (str.upper, list.append, dict.keys, int.bit_length, bytes.hex, set.add, str.join, dict.get):
    try:
        f()
    except TypeError as e:
        print(e)
