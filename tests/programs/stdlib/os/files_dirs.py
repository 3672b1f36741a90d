# os: making, listing, renaming and removing files and directories.
import os
import stat

base = "os_files_dirs_tmp"
os.makedirs(os.path.join(base, "a", "b"))
try:
    os.makedirs(os.path.join(base, "a", "b"))
except FileExistsError as e:
    print(type(e).__name__, e)
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
with open(os.path.join(base, "a", "f.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(os.path.join(base, "a"))))
print(os.path.getsize(os.path.join(base, "a", "f.txt")))
st = os.stat(os.path.join(base, "a", "f.txt"))
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_size, st[6], len(st))
print(type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(stat.S_ISDIR(os.lstat(base).st_mode), os.path.isdir(base), os.path.isfile(base))
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print(root)
entries = sorted(os.scandir(os.path.join(base, "a")), key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries])
print(entries[0])
os.rename(os.path.join(base, "a", "f.txt"), os.path.join(base, "a", "g.txt"))
print(os.path.exists(os.path.join(base, "a", "g.txt")), os.path.exists(os.path.join(base, "a", "f.txt")))
os.replace(os.path.join(base, "a", "g.txt"), os.path.join(base, "h.txt"))
os.remove(os.path.join(base, "h.txt"))
os.removedirs(os.path.join(base, "a", "b"))
print(os.path.exists(base))
