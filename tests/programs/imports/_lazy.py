"""A module whose missing names are computed (PEP 562)."""

present = "here"


def __getattr__(name):
    if name.startswith("lazy_"):
        return name[5:].upper()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["present", "lazy_x"]
