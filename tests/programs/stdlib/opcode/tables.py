# The opcode module's tables: names and numbers, argument families.
import opcode

print(len(opcode.opname), opcode.opname[:4], opcode.opname[255])
print(sorted(opcode.opmap.items(), key=lambda item: item[1]))
for name in ["hasconst", "hasname", "hasjrel", "hasjabs", "haslocal",
             "hascompare", "hasfree", "hasnargs"]:
    numbers = getattr(opcode, name)
    print(name, [opcode.opname[n] for n in numbers])
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)
print(opcode._nb_ops[0], opcode._nb_ops[13], len(opcode._nb_ops))
print(opcode.__all__)
print(all(opcode.opname[number] == name for name, number in opcode.opmap.items()))
print(all((n >= opcode.HAVE_ARGUMENT) == (name in ("LOAD_CONST", "LOAD_FAST") or n >= 90)
          for name, n in opcode.opmap.items()))
# Instructions below HAVE_ARGUMENT take no argument.
print(sorted(n for n in opcode.hasconst + opcode.hasname + opcode.hasjrel
             if n < opcode.HAVE_ARGUMENT))
print([(opcode.opname[n], c) for n, c in enumerate(opcode._inline_cache_entries) if c])
