"""Context variables: values that belong to a context rather than to a
module or an object. The implementation is `_contextvars`, as CPython's
is its built-in module of that name; this module names its public part."""

from _contextvars import Context, ContextVar, Token, copy_context

__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')
