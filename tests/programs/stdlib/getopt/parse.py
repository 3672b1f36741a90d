# getopt: short and long options, values attached or separate, unique
# prefixes, gnu_getopt's mixing, and every error.
import getopt

print(getopt.getopt(["-a", "-b", "1", "-c2", "--long=x", "--flag", "rest", "-z"], "ab:c:", ["long=", "flag"]))
print(getopt.getopt(["-ab5", "--", "-a"], "ab:"))
print(getopt.getopt(["--fl", "--lo", "v"], "", ["flag", "long="]))
print(getopt.getopt(["x", "-a"], "a"))
print(getopt.getopt(["-"], "a"))
print(getopt.getopt(["--opt"], "", "opt"))
print(getopt.gnu_getopt(["x", "-a", "y", "--long", "v", "z"], "a", ["long="]))
print(getopt.gnu_getopt(["x", "-a"], "+a"))
print(getopt.gnu_getopt(["-a", "--", "-b"], "ab"))
for args, short, long in [
    (["-x"], "a", []),
    (["-b"], "b:", []),
    (["--nope"], "", ["long"]),
    (["--lo"], "", ["long", "loud"]),
    (["--long"], "", ["long="]),
    (["--flag=1"], "", ["flag"]),
]:
    try:
        print(getopt.getopt(args, short, long))
    except getopt.GetoptError as e:
        print("GetoptError", e, repr(e.opt), e.msg == str(e), e.args)
print(getopt.error is getopt.GetoptError)
