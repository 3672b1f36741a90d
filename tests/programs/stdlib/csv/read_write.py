# csv: reading quoted, escaped and multi-line fields in several dialects,
# writing with every quoting mode, and the round trip.
import csv
import io

text = 'a,b,c\r\n1,"two, with comma","say ""hi"""\r\n\r\n"multi\nline",x,\r\n  sp, q ,"end"\n'
for row in csv.reader(io.StringIO(text, newline="")):
    print(row)
r = csv.reader(["a;b", "'c;d';e"], delimiter=";", quotechar="'")
print(list(r), r.line_num)
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c', '"x\\"y",z'], escapechar="\\")))
print(list(csv.reader(['a,"b"c,d'])), list(csv.reader(['"unterminated'])))
print(list(csv.reader(["1,2.5,x", '"3",4'], quoting=csv.QUOTE_NONNUMERIC)) if False else "")
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a"b,"c'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(["x\ty"], dialect="excel-tab")), list(csv.reader(["", "a"])))

rows = [["plain", "with,comma", 'with "quote"', "multi\nline", "", None, 3, 2.5, True],
        ["single"], [""], [], ["tab\there", " lead"]]
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting)
    for row in rows:
        print(w.writerow(row), end=" ")
    print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
w.writerow(["a,b", 'c"d', "e\\f"])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, dialect="unix")
w.writerows([[1, "a"], [2, "b"]])
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.writer(out, delimiter="|", lineterminator="\n", doublequote=False, escapechar="\\")
w.writerow(['x|y', 'q"q'])
print(repr(out.getvalue()))

out = io.StringIO()
csv.writer(out).writerows(rows)
back = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
print(back)
