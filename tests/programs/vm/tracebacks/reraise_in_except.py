def risky():
    return {}["missing"]


try:
    risky()
except KeyError:
    print("handling")
    raise
