# linecache: lines of a file by number.
import linecache

print(repr(linecache.getline("getline.py", 1)))
print(repr(linecache.getline("getline.py", 2)))
print(repr(linecache.getline("getline.py", 0)), repr(linecache.getline("getline.py", 999)))
print(repr(linecache.getline("no_such_file.py", 1)))
print(repr(linecache.getline("<string>", 1)))
lines = linecache.getlines("getline.py")
print(len(lines) > 5, lines[0].startswith("#"))
print("getline.py" in linecache.cache)
linecache.checkcache("getline.py")
linecache.clearcache()
print(linecache.cache)
