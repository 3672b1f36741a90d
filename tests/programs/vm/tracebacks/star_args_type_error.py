def area(width, height):
    return width * height

shapes = [(2, 3), (4,)]
for s in shapes:
    print(area(*s))
