# shutil: the errors of copying onto itself, missing files and trees.
import os
import shutil
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    os.chdir(tmp)
    with open("f.txt", "w") as f:
        f.write("x")
    os.mkdir("d")
    for call in [
        lambda: shutil.copyfile("f.txt", "f.txt"),
        lambda: shutil.copyfile("missing.txt", "g.txt"),
        lambda: shutil.copyfile("d", "g.txt"),
        lambda: shutil.copytree("d", "d"),
        lambda: shutil.copytree("missing", "new"),
        lambda: shutil.rmtree("missing"),
        lambda: shutil.rmtree("f.txt"),
        lambda: shutil.move("d", "d/inside"),
        lambda: shutil.move("missing", "elsewhere"),
    ]:
        try:
            call()
            print("no error")
        except shutil.SameFileError as e:
            print("SameFileError", e, isinstance(e, shutil.Error), isinstance(e, OSError))
        except shutil.Error as e:
            print("Error", e)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)
    with open("d/f.txt", "w") as f:
        f.write("y")
    try:
        shutil.move("f.txt", "d")
    except shutil.Error as e:
        print("Error", str(e).replace(tmp, "TMP"))
    os.chdir("/")
