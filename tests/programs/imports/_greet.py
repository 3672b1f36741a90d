"""A module with a docstring."""
print("running _greet as", __name__)
x = 1
y = "two"
_hidden = 3


def hello(who):
    return f"hello, {who}"


if __name__ == "__main__":
    print("never printed on import")
