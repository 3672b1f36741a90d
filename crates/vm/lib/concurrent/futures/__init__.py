"""Running calls asynchronously: an Executor (ThreadPoolExecutor,
ProcessPoolExecutor) runs submitted calls and gives back Futures that
hold their results. Executors run their calls as threads of the
`threading` model: a call runs when the program waits for a result (or
for the executor to shut down), one call at a time, in submission order.
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION,
                                      ALL_COMPLETED, CancelledError,
                                      TimeoutError, InvalidStateError,
                                      BrokenExecutor, Future, Executor,
                                      wait, as_completed)
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = (
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError',
    'TimeoutError', 'BrokenExecutor', 'Future', 'Executor', 'wait',
    'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor',
)
