# Shared and recursive structure survives a round trip; the memo makes the
# second reference a GET.
import pickle

a = [1, 2]
pair = [a, a]
rec = [1]
rec.append(rec)
d = {}
d["self"] = d
t = ([],)
t[0].append(t)
s = "shared string"
for proto in range(6):
    p = pickle.loads(pickle.dumps(pair, proto))
    print(proto, p, p[0] is p[1])
    r = pickle.loads(pickle.dumps(rec, proto))
    print(proto, r, r[1] is r)
    dd = pickle.loads(pickle.dumps(d, proto))
    print(proto, dd["self"] is dd)
    tt = pickle.loads(pickle.dumps(t, proto))
    print(proto, tt[0][0] is tt, pickle.dumps(t, proto))
    ss = pickle.loads(pickle.dumps([s, s], proto))
    print(proto, ss[0] is ss[1], pickle.dumps([s, s], proto))
