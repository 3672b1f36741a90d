print("init _pkg", __name__, repr(__package__))
top = "top of _pkg"
