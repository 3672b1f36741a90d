print("the heapq next to the program")


def heappop(heap):
    return "not the standard one"
