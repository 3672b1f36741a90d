# open() takes os.PathLike objects, as the os functions do.
import os


class Where:
    def __init__(self, path):
        self.path = path

    def __fspath__(self):
        return self.path


name = Where("open_pathlike_tmp.txt")
with open(name, "w") as f:
    f.write("through __fspath__\n")
with open(name) as f:
    print(f.read(), end="")
os.remove(name)
print(os.path.exists(name))


class Bad:
    def __fspath__(self):
        return 42


for arg in (Bad(), 3.5):
    try:
        open(arg)
    except TypeError as e:
        print(e)
