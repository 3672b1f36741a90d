"""Wrapping and filling paragraphs of text: wrap() breaks text into lines
of at most `width` characters, fill() joins them, shorten() truncates
with a placeholder, dedent()/indent() change common leading whitespace."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The whitespace textwrap knows (ASCII only, as CPython's).
_whitespace = '\t\n\x0b\x0c\r '
_SENTENCE_ENDS = '.!?'


def _is_letter(c):
    return c.isalpha() or c == '_'


def _is_word_char(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word_char(c) or c in '!"\'&.,?'


class TextWrapper:
    """Wraps text to `width` columns. The options: initial_indent and
    subsequent_indent (prefixes of the first and later lines),
    expand_tabs/tabsize, replace_whitespace, fix_sentence_endings (two
    spaces after a sentence), break_long_words, drop_whitespace (at line
    ends), break_on_hyphens, max_lines and placeholder (truncation)."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='',
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting into chunks ------------------------------------------

    def _munge_whitespace(self, text):
        """Tabs expanded, and every other whitespace character a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in _whitespace:
                if c != ' ':
                    text = text.replace(c, ' ')
        return text

    def _split(self, text):
        """The chunks of the text: runs of whitespace, and words (split
        after the hyphens of hyphenated words, and around em-dashes, when
        break_on_hyphens)."""
        chunks = []
        n = len(text)
        i = 0
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
            elif self.break_on_hyphens:
                j = self._word_piece_end(text, i)
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
            chunks.append(text[i:j])
            i = j
        return chunks

    def _word_piece_end(self, text, i):
        """Where the piece of a word starting at `i` ends."""
        n = len(text)
        # A run of two or more hyphens after a word character, before one:
        # an em-dash, a chunk of its own.
        if text[i] == '-' and i > 0 and _is_word_punct(text[i - 1]):
            j = i
            while j < n and text[j] == '-':
                j += 1
            if j - i >= 2 and j < n and _is_word_char(text[j]):
                return j
        j = i + 1
        while j < n:
            c = text[j - 1]
            if c == '-' and self._hyphen_break(text, j):
                return j
            if text[j] in _whitespace:
                return j
            if (_is_word_punct(c) and text[j] == '-'
                    and text[j:j + 2] == '--'):
                k = j
                while k < n and text[k] == '-':
                    k += 1
                if k < n and _is_word_char(text[k]):
                    return j
            j += 1
        return n

    @staticmethod
    def _hyphen_break(text, j):
        """Whether a hyphenated word may break after the hyphen at j - 1:
        two letters (or letter-hyphen-letter) before it, and a letter,
        maybe a hyphen, and a letter after."""
        before = (j >= 3 and _is_letter(text[j - 3]) and _is_letter(text[j - 2])) or (
            j >= 4 and _is_letter(text[j - 4]) and text[j - 3] == '-'
            and _is_letter(text[j - 2]))
        if not before or j >= len(text) or not _is_letter(text[j]):
            return False
        k = j + 1
        if k < len(text) and text[k] == '-':
            k += 1
        return k < len(text) and _is_letter(text[k])

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a chunk that ends a sentence (a lowercase
        letter, then . ! or ?, then maybe a quote)."""
        for i in range(len(chunks) - 1):
            if chunks[i + 1] == ' ' and self._ends_sentence(chunks[i]):
                chunks[i + 1] = '  '

    @staticmethod
    def _ends_sentence(chunk):
        if chunk[-1:] in ('"', "'"):
            chunk = chunk[:-1]
        return (len(chunk) >= 2 and chunk[-1] in _SENTENCE_ENDS
                and 'a' <= chunk[-2] <= 'z')

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- filling lines ----------------------------------------------------

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a chunk too long for any line as fits on this
        one (preferring to break after a hyphen)."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines."""
        if self.width <= 0:
            raise ValueError(f'invalid width {self.width!r} (must be > 0)')
        placeholder = self.placeholder
        if self.max_lines is not None:
            indent = (self.subsequent_indent if self.max_lines > 1
                      else self.initial_indent)
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError('placeholder too large for max width')
        lines = []
        chunks = chunks[::-1]
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and not chunks[-1].strip():
                del chunks[-1]
            cur_line = []
            cur_len = 0
            while chunks and cur_len + len(chunks[-1]) <= width:
                cur_len += len(chunks[-1])
                cur_line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(len(c) for c in cur_line)
            if self.drop_whitespace and cur_line and not cur_line[-1].strip():
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if not cur_line:
                continue
            rest_is_blank = not chunks or (
                self.drop_whitespace and len(chunks) == 1
                and not chunks[0].strip())
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or (rest_is_blank and cur_len <= width)):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder.
            while cur_line:
                if (cur_line[-1].strip()
                        and cur_len + len(placeholder) <= width):
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    return lines
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(placeholder) <= self.width:
                    lines[-1] = previous + placeholder
                    return lines
            lines.append(indent + placeholder.lstrip())
            return lines
        return lines

    def wrap(self, text):
        """The lines of the wrapped text (without newlines)."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped text as one string."""
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """The lines of `text` wrapped to `width` (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """`text` wrapped to `width`, as one string (see TextWrapper)."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """`text` with its whitespace collapsed, truncated to fit `width`,
    ending with the placeholder when something was dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _leading_blanks(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    """`text` without the leading spaces and tabs all its non-blank lines
    share; lines of only spaces and tabs become empty."""
    lines = text.split('\n')
    margin = None
    for i, line in enumerate(lines):
        blanks = _leading_blanks(line)
        if len(blanks) == len(line):
            lines[i] = ''
            continue
        if margin is None:
            margin = blanks
        elif blanks.startswith(margin):
            pass
        elif margin.startswith(blanks):
            margin = blanks
        else:
            k = 0
            while k < len(margin) and k < len(blanks) and margin[k] == blanks[k]:
                k += 1
            margin = margin[:k]
    if margin:
        lines = [line[len(margin):] if line else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """`text` with `prefix` before each line for which predicate(line) is
    true (by default, lines that are not only whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))
