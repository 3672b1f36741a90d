import re

text = "Café naïve Ünïcödé 123 ٣٤٥ ½ x_y"
print(re.findall(r"\w+", text))
print(re.findall(r"\w+", text, re.ASCII))
print(re.findall(r"\d+", text))
print(re.findall(r"\d+", text, re.A))
print(re.findall(r"\s", "a\u00a0b\u2003c\td"))
print(re.findall(r"\S+", "a\u00a0b\u2003c"))
print(re.findall(r"[^\W\d_]+", "abc_123 déf"))
print(re.findall(r"\bé\w*", "été étude"))
print(len(re.findall(r".", "日本語テキスト")))
print(re.sub(r"\W", "", "¡Hola, señor!"))
print(re.findall(r"[\u0400-\u04ff]+", "Привет мир hello"))
