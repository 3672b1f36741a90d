"""Warnings: warn() reports a condition that is not an error; the filters
decide, per category, message, module and line, whether it is shown
(once or always), ignored, or raised as an exception."""

import sys

__all__ = ['warn', 'warn_explicit', 'showwarning', 'formatwarning',
           'filterwarnings', 'simplefilter', 'resetwarnings',
           'catch_warnings']

# (action, message regex, category, module regex, lineno), first match
# wins.
filters = [
    ('default', None, DeprecationWarning, '__main__', 0),
    ('ignore', None, DeprecationWarning, None, 0),
    ('ignore', None, PendingDeprecationWarning, None, 0),
    ('ignore', None, ImportWarning, None, 0),
    ('ignore', None, ResourceWarning, None, 0),
]
defaultaction = 'default'
onceregistry = {}
_ACTIONS = ('error', 'ignore', 'always', 'default', 'module', 'once')
# Bumped whenever the filters change, so that the registries of warnings
# already shown (kept per module) are forgotten.
_filters_version = 1


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _check_action(action):
    if action not in _ACTIONS:
        raise AssertionError(f'invalid action: {action!r}')


def filterwarnings(action, message='', category=Warning, module='', lineno=0,
                   append=False):
    """Add a filter: `action` for warnings of `category` whose text
    matches `message` (a regex, case-insensitive) raised from a module
    matching `module` at `lineno` (0 for any)."""
    import re
    _check_action(action)
    if not isinstance(message, str):
        raise AssertionError('message must be a string')
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise AssertionError('category must be a Warning subclass')
    if not isinstance(module, str):
        raise AssertionError('module must be a string')
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    message_re = re.compile(message, re.I) if message else None
    module_re = re.compile(module) if module else None
    _add_filter(action, message_re, category, module_re, lineno,
                append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter: `action` for every warning of `category` (at
    `lineno`, 0 for any)."""
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError('lineno must be an int >= 0')
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    item = tuple(item)
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter (the default action then applies)."""
    filters[:] = []
    _filters_mutated()


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning writes: 'file:line: Category: message', then
    the source line, if known."""
    text = f'{filename}:{lineno}: {category.__name__}: {message}\n'
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    if line:
        text += f'  {line.strip()}\n'
    return text


def _showwarning_default(message, category, filename, lineno, file=None,
                         line=None):
    """Write a warning to `file` (sys.stderr by default)."""
    if file is None:
        file = sys.stderr
        if file is None:
            return
    try:
        file.write(formatwarning(message, category, filename, lineno, line))
    except OSError:
        pass


showwarning = _showwarning_default


class WarningMessage:
    """One warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file',
                        'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return (f'{{message : {self.message!r}, category : '
                f'{self._category_name!r}, filename : {self.filename!r}, '
                f'lineno : {self.lineno}, line : {self.line!r}}}')


def _show(msg):
    """Hand a warning to showwarning (or to the recorder of
    catch_warnings(record=True))."""
    if showwarning is not _showwarning_default:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno,
                    msg.file, msg.line)
        return
    _show_recorded(msg)


def _show_recorded(msg):
    if msg.source is None:
        _showwarning_default(msg.message, msg.category, msg.filename,
                             msg.lineno, msg.file, msg.line)
        return
    # A warning about an object (a coroutine never awaited) would say
    # where the object was allocated; without tracemalloc it says how to
    # find out.
    file = sys.stderr if msg.file is None else msg.file
    if file is None:
        return
    text = formatwarning(msg.message, msg.category, msg.filename,
                         msg.lineno, msg.line)
    text += (f'{msg.category.__name__}: Enable tracemalloc to get the '
             'object allocation traceback\n')
    try:
        file.write(text)
    except OSError:
        pass


def _caller(stacklevel):
    """(globals, filename, lineno) of the frame `stacklevel` levels up
    from warn()'s caller."""
    try:
        frame = sys._getframe(stacklevel + 1)
    except ValueError:
        return sys.__dict__, 'sys', 1
    return frame.f_globals, frame.f_code.co_filename, frame.f_lineno


def _matches(pattern, text):
    """Whether a filter's message or module part accepts `text`: None
    accepts anything, a str only itself, a compiled regex what it
    matches."""
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == text
    return pattern.match(text) is not None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning (or raise it, if a filter says 'error')."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError('category must be a Warning subclass, not '
                        f"'{type(category).__name__}'")
    globals_, filename, lineno = _caller(stacklevel)
    module = globals_.get('__name__', '<string>')
    registry = globals_.setdefault('__warningregistry__', {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  globals_, source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issue a warning for an explicit place in the source."""
    lineno = int(lineno)
    if module is None:
        module = filename or '<unknown>'
        if module.endswith('.py'):
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get('version', 0) != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for action, msg_re, cat, mod_re, ln in filters:
        if (_matches(msg_re, text) and issubclass(category, cat)
                and _matches(mod_re, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    if action == 'once':
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == 'module':
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == 'default':
        registry[key] = 1
    elif action != 'always':
        raise RuntimeError(f'Unrecognized action ({action!r}) in '
                           f'warnings.filters:\n {(action, msg_re, cat, mod_re, ln)}')
    _show(WarningMessage(message, category, filename, lineno, None, None,
                         source))


class catch_warnings:
    """A context manager that saves the filters and showwarning on entry
    and restores them on exit; with record=True it collects the warnings
    shown inside it in the list it returns."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno,
                                                    append)

    def __repr__(self):
        args = []
        if self._record:
            args.append('record=True')
        if self._module is not sys.modules['warnings']:
            args.append(f'module={self._module!r}')
        return f"{type(self).__name__}({', '.join(args)})"

    def __enter__(self):
        if self._entered:
            raise RuntimeError(f'Cannot enter {self!r} twice')
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._show_recorded = module._show_recorded
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            module._show_recorded = log.append
            module.showwarning = module._showwarning_default
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError(f'Cannot exit {self!r} without entering first')
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._show_recorded = self._show_recorded
