# list methods, slicing and aliasing.
xs = [5, 2, 9]
ys = xs
ys.append(1)
xs.extend([7, 3])
xs.insert(0, 8)
print(xs, ys is xs, xs.pop(), xs.pop(0), xs.index(9), xs.count(2))
xs.remove(2)
xs.reverse()
print(xs, xs[1:], xs[:-1], xs[::-2], xs[10:], xs[-100:2])
xs.sort(reverse=True)
zs = xs.copy()
zs[0] = "changed"
print(xs, zs, xs + zs, [0] * 3, [[0] * 2] * 2)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid, len(grid), sum(map(sum, grid)), [1, 2] < [1, 3], [1, [2]] == [1, [2]])
del xs[0]
xs[1:3] = []
print(xs, list(range(5))[::-1], sorted([3, 1, 2]) == [1, 2, 3])
try:
    [1, 2][5]
except IndexError as e:
    print(e)
