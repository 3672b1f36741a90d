# A coroutine that is never awaited warns when it is destroyed (once per line).
async def fetch(n):
    return n


def main():
    fetch(1)
    print("created and dropped")
    for i in range(3):
        fetch(i)
    print("loop done")


main()
c = fetch(2)
del c
print("deleted")
awaited = fetch(3)
try:
    awaited.send(None)
except StopIteration as e:
    print("awaited one is fine:", e.value)
del awaited
closed = fetch(4)
closed.close()
del closed
print("a closed one does not warn")
