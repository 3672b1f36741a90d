# A deterministic queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state % n


rng = LCG(42)
queue, served, waits, clock = [], 0, [], 0
while clock < 200:
    if rng.next(3) == 0:
        queue.append(clock)
    if queue and rng.next(2) == 0:
        waits.append(clock - queue.pop(0))
        served += 1
    clock += 1
print(served, len(queue), max(waits), round(sum(waits) / len(waits), 3))
hist = {}
for w in waits:
    bucket = w // 5 * 5
    hist[bucket] = hist.get(bucket, 0) + 1
for bucket in sorted(hist):
    print(f"{bucket:3d}-{bucket + 4:<3d} {'*' * hist[bucket]}")
