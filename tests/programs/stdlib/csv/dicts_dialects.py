# csv: DictReader/DictWriter, registered dialects and Dialect classes,
# the field size limit, and the errors.
import csv
import io

data = "name,age\r\nann,30\r\nbob\r\n\r\ncat,40,extra,more\r\n"
reader = csv.DictReader(io.StringIO(data, newline=""), restval="?")
print(reader.fieldnames)
for row in reader:
    print(row, reader.line_num)
print(list(csv.DictReader(["x,y", "1,2"], fieldnames=["a", "b"], restkey="rest")))
print(list(csv.DictReader(["1,2,3"], fieldnames=["a"], restkey="more")))
print(csv.DictReader([]).fieldnames)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age"], restval="-")
w.writeheader()
w.writerow({"name": "ann", "age": 30})
w.writerows([{"name": "bob"}, {"age": 5}])
print(repr(out.getvalue()))
out = io.StringIO()
csv.DictWriter(out, ["a"], extrasaction="ignore").writerow({"a": 1, "b": 2})
print(repr(out.getvalue()))

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, d.doublequote, repr(d.lineterminator), d.escapechar, d.skipinitialspace, d.strict)
print(list(csv.reader(['"a"|"b"'], "pipes")))
csv.unregister_dialect("pipes")


class Semi(csv.excel):
    delimiter = ";"


print(list(csv.reader(["a;b"], Semi)), Semi().delimiter)
e = csv.get_dialect("excel")
print(e.delimiter, repr(e.lineterminator), e.quoting, csv.excel.quotechar, csv.unix_dialect.quoting)
print(csv.field_size_limit(), csv.field_size_limit(10), csv.field_size_limit())
csv.field_size_limit(131072)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)

attempts = [
    lambda: csv.get_dialect("nope"),
    lambda: csv.unregister_dialect("nope"),
    lambda: csv.reader([], delimiter="::"),
    lambda: csv.reader([], delimiter=None),
    lambda: csv.reader([], quoting=7),
    lambda: csv.reader([], quotechar=None).dialect.quoting,
    lambda: csv.reader([], lineterminator=5),
    lambda: csv.reader([], bogus=1),
    lambda: list(csv.reader(['a,"b"c'], strict=True)),
    lambda: list(csv.reader(['"abc'], strict=True)),
    lambda: list(csv.reader(["a\rb"])),
    lambda: list(csv.reader([b"bytes"])),
    lambda: list(csv.reader(["x" * 20], delimiter=",")) if csv.field_size_limit(5) else None,
    lambda: csv.writer(io.StringIO()).writerow(5),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
    lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
    lambda: csv.writer(5),
    lambda: csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "z": 2}),
    lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad"),
    lambda: list(csv.reader(['1,x'], quoting=csv.QUOTE_NONNUMERIC)),
]
for f in attempts:
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
    csv.field_size_limit(131072)


class Bad(csv.Dialect):
    delimiter = ","


try:
    Bad()
except csv.Error as e:
    print("Error", e)
