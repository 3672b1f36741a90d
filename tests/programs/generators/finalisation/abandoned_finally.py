# A paused generator that loses its last reference is closed: finally runs.
def resource(name):
    print("open", name)
    try:
        yield f"{name} line 1"
        yield f"{name} line 2"
    finally:
        print("close", name)


g = resource("a")
print(next(g))
del g
print("after del")

for line in resource("b"):
    print(line)
    break
print("after break")

first = next(resource("c"))
print("first was", first)

gens = [resource(n) for n in "de"]
for g in gens:
    next(g)
gens.clear()
print("after clear")

unstarted = resource("never")
del unstarted
print("an unstarted generator has nothing to close")
