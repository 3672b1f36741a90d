from _cyc_b import g

f = 1
