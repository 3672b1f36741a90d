# Abandoning the outer generator closes the whole delegation chain.
def leaf():
    try:
        yield "leaf"
    finally:
        print("leaf finally")


def mid():
    try:
        yield from leaf()
    finally:
        print("mid finally")


def top():
    try:
        yield from mid()
    finally:
        print("top finally")


t = top()
print(next(t))
del t
print("after")

t = top()
print(next(t))
t.close()
print(t.gi_frame)
