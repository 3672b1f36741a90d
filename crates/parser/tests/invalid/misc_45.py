x = (yield)
y = (yield x) = 1
