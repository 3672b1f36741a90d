# The token module: type numbers, names, exact operator types.
import token

print(token.ENDMARKER, token.NAME, token.OP, token.ERRORTOKEN, token.COMMENT,
      token.NL, token.ENCODING, token.N_TOKENS, token.NT_OFFSET)
print(sorted(token.tok_name.items()))
print(token.EXACT_TOKEN_TYPES)
print(token.ISTERMINAL(token.NAME), token.ISTERMINAL(300),
      token.ISNONTERMINAL(token.NT_OFFSET), token.ISEOF(token.ENDMARKER),
      token.ISEOF(token.NAME))
print(token.__all__[:6], len(token.__all__))
print(token.tok_name[token.EXACT_TOKEN_TYPES["**="]])
