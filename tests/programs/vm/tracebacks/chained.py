# Chained exceptions in the uncaught-exception report.
def load(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no {key}")


def main():
    try:
        load({}, "x")
    except LookupError as e:
        raise RuntimeError("failed") from e


main()
