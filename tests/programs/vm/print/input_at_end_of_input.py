# With no standard input, input() writes its prompt, then raises EOFError.
try:
    input("first? ")
except EOFError as e:
    print("caught", repr(e))
try:
    input(1, 2)
except TypeError as e:
    print(e)
answer = input("name? ")
