from _cyc_a import f

g = 2
