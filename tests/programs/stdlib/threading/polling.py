# threading: the main thread polls a flag and is_alive() with sleeps.
import threading
import time

done = False

def work():
    global done
    time.sleep(0.01)
    done = True

t = threading.Thread(target=work)
t.start()
while not done:
    time.sleep(0.01)
print("flag seen")
t.join()

t2 = threading.Thread(target=lambda: time.sleep(0.02))
t2.start()
polls = 0
while t2.is_alive():
    time.sleep(0.01)
    polls += 1
print("thread ended", polls >= 1)

results = []
def ticker(name, n):
    for i in range(n):
        results.append((name, i))
        time.sleep(0.001)
ts = [threading.Thread(target=ticker, args=(name, 3)) for name in "ab"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(results))
