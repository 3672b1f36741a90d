# keyword: the reserved words and soft keywords of Python 3.11.
import keyword

print(len(keyword.kwlist), keyword.kwlist)
print(keyword.softkwlist)
for word in ["if", "match", "case", "_", "print", "None", "async", "type", "True", "true"]:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
print([w for w in keyword.kwlist if w[0].isupper()])
