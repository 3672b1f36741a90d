# A task scheduler: instances, attribute reads and writes, method calls.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link; self.ident = ident; self.kind = kind; self.datum = 0; self.data = [0] * 4
    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst; nxt = p.link
        while nxt is not None:
            p = nxt; nxt = p.link
        p.link = self
        return lst
class Task:
    def __init__(self, name, prio):
        self.name = name; self.prio = prio; self.queue = None; self.count = 0
    def run(self, pkt):
        self.count += 1
        if pkt is not None:
            pkt.datum += self.prio
        return pkt
class Scheduler:
    def __init__(self):
        self.tasks = [Task("t%d" % i, i) for i in range(10)]
        self.holds = 0
    def schedule(self, rounds):
        pkt = None
        for r in range(rounds):
            for t in self.tasks:
                if (r + t.prio) % 7 == 0:
                    pkt = Packet(pkt, t.prio, r % 3)
                    self.holds += 1
                res = t.run(pkt)
                if res is not None and res.datum > 1000:
                    pkt = res.link
        return sum(t.count for t in self.tasks), self.holds
print(Scheduler().schedule(30000))
