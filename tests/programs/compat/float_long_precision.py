# Float formatting with precisions past 65,535 digits: the digits after
# the exact value are zeros, as CPython writes them.
for text in ['%12.*f' % (123456, 1.0), '%.*e' % (70000, 2.5), format(0.1, '.70000f'),
             format(-1e300, '.66000e'), '%.*f' % (70000, float('inf'))]:
    print(len(text), text[:30], text[-12:], text.count('0'))
print(('%.*f' % (1200, 0.1))[:60], len('%.*f' % (1200, 0.1)))
