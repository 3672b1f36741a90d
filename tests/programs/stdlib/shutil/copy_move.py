# shutil: copying files and trees, moving and removing them.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    os.makedirs("src/inner")
    with open("src/a.txt", "w") as f:
        f.write("alpha")
    with open("src/inner/b.py", "w") as f:
        f.write("beta")
    with open("src/inner/c.pyc", "w") as f:
        f.write("compiled")
    os.chmod("src/a.txt", 0o640)
    print(shutil.copyfile("src/a.txt", "copy.txt"), open("copy.txt").read())
    print(oct(os.stat("copy.txt").st_mode & 0o777) != "0o640" or True)
    print(shutil.copy("src/a.txt", "copy2.txt"), oct(os.stat("copy2.txt").st_mode & 0o777))
    os.mkdir("dest")
    print(shutil.copy("src/a.txt", "dest"), os.listdir("dest"))
    print(shutil.copy2("src/a.txt", "dest/a2.txt"))
    print(os.stat("dest/a2.txt").st_mtime == os.stat("src/a.txt").st_mtime)
    shutil.copymode("src/a.txt", "copy.txt")
    print(oct(os.stat("copy.txt").st_mode & 0o777))
    print(shutil.copytree("src", "tree"))
    print(sorted(os.listdir("tree")), sorted(os.listdir("tree/inner")))
    print(shutil.copytree("src", "tree2", ignore=shutil.ignore_patterns("*.pyc")))
    print(sorted(os.listdir("tree2/inner")))
    shutil.copytree("src", "tree2", dirs_exist_ok=True)
    print(sorted(os.listdir("tree2/inner")))
    print(shutil.move("copy2.txt", "moved.txt"), os.path.exists("copy2.txt"))
    print(shutil.move("moved.txt", "dest"), sorted(os.listdir("dest")))
    print(shutil.move("tree2", "tree3"), sorted(os.listdir("tree3")))
    with open("big.bin", "wb") as f:
        f.write(bytes(range(256)) * 1000)
    with open("big.bin", "rb") as fsrc, open("big2.bin", "wb") as fdst:
        shutil.copyfileobj(fsrc, fdst, 1000)
    print(os.path.getsize("big2.bin"), open("big2.bin", "rb").read() == open("big.bin", "rb").read())
    shutil.rmtree("tree")
    print(os.path.exists("tree"), sorted(os.listdir(".")))
    shutil.rmtree("nothing_here", ignore_errors=True)
    seen = []
    shutil.rmtree("nothing_here", onerror=lambda f, p, e: seen.append((f.__name__, p, e[0].__name__)))
    print(seen)
    os.chdir("/")
print(shutil.which("sh") is not None, shutil.which("surely-not-a-program-xyz"))
print(shutil.which("sh", path="/nonexistent"), shutil.which("/bin/sh"))
print(shutil.get_terminal_size((99, 33)) if "COLUMNS" not in os.environ else "env")
