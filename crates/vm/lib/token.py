"""The token types of Python's tokenizer, by number and name, as CPython
3.11's `token` module gives them.

The numbers are the grammar's (CPython's Grammar/Tokens, in order); which
operator text is which exact type comes from the lexer's own operator
table (`_tokenize.operators()`).
"""

import _tokenize

_NAMES = (
    "ENDMARKER NAME NUMBER STRING NEWLINE INDENT DEDENT "
    "LPAR RPAR LSQB RSQB COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER "
    "LESS GREATER EQUAL DOT PERCENT LBRACE RBRACE EQEQUAL NOTEQUAL LESSEQUAL "
    "GREATEREQUAL TILDE CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL "
    "MINEQUAL STAREQUAL SLASHEQUAL PERCENTEQUAL AMPEREQUAL VBAREQUAL "
    "CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL DOUBLESTAREQUAL "
    "DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL "
    "OP AWAIT ASYNC TYPE_IGNORE TYPE_COMMENT SOFT_KEYWORD ERRORTOKEN "
    "COMMENT NL ENCODING N_TOKENS"
).split()

tok_name = {}
for _number, _name in enumerate(_NAMES):
    globals()[_name] = _number
    tok_name[_number] = _name
NT_OFFSET = 256
tok_name[NT_OFFSET] = "NT_OFFSET"

__all__ = ["tok_name", "ISTERMINAL", "ISNONTERMINAL", "ISEOF"] + [
    tok_name[number] for number in sorted(tok_name)
]

EXACT_TOKEN_TYPES = {
    text: globals()[name]
    for text, name in sorted(_tokenize.operators())
    if name in globals()
}


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER


del _number, _name, _NAMES
