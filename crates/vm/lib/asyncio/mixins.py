"""Binding a synchronisation primitive to the loop that first uses it.

Locks, events and queues are made outside any loop, so they cannot take
one when created: the first operation that has to wait binds the object
to the running loop, and using it later from another loop is an error.
"""

from . import events

_NO_LOOP_GIVEN = object()


class _LoopBoundMixin:
    _loop = None

    def __init__(self, *, loop=_NO_LOOP_GIVEN):
        if loop is not _NO_LOOP_GIVEN:
            raise TypeError(
                "As of 3.10, the *loop* parameter was removed from "
                "%s() since it is no longer necessary" % type(self).__name__
            )

    def _get_loop(self):
        loop = events._get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError("%r is bound to a different event loop" % (self,))
        return loop
