# Generators: resuming a suspended frame with next().
def numbers(n):
    for i in range(n):
        yield i


print(sum(numbers(2_000_000)))
