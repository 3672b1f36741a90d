def convert(text):
    try:
        return int(text)
    except ValueError:
        raise TypeError(f"bad input {text!r}") from None


convert("12")
convert("x")
