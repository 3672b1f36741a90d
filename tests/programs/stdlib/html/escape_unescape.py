# html: escape with and without quotes; unescape of named references
# (with and without semicolons), numeric references including the
# replaced and removed code points, and text that only looks like one.
import html
import html.entities

print(html.escape('<a href="x" title=\'y\'>&amp;</a>'), html.escape("<'\">", quote=False))
samples = [
    "&lt;p&gt; &amp;amp; &quot;q&quot; &#x27;",
    "&amp &ampx &notit; &notin; &copy2024 &frac12;",
    "&#65;&#x42;&#X43;&#0;&#13;&#128;&#x81;&#150;&#x9f;",
    "&#xD800; &#1114112; &#x7f;x &#11; &#xfffe; &#65",
    "&unknown; & alone &#; &#x; &; AT&T",
    "no references", "", "&Aacute;&aacute;&NotNestedGreaterGreater;&nbsp;|",
]
for s in samples:
    print(repr(s), repr(html.unescape(s)))
print(len(html.entities.html5), len(html.entities.name2codepoint))
print(html.entities.name2codepoint["eacute"], html.entities.codepoint2name[0x3c0], html.entities.entitydefs["amp"])
print(html.entities.html5["gt;"], html.entities.html5["gt"], "gt" in html.entities.html5, "pi" in html.entities.html5)
