# A send-based coroutine keeps a running average.
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for x in [10, 30, 5, 15]:
    print(avg.send(x))
avg.close()
