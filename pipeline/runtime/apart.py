"""A step of a run in a process of its own, forked from this one, so every page it used goes back to the OS when it
ends: what a long-lived process keeps after freeing many small objects (pymalloc arenas a few survivors hold, glibc
heap pages) stays in the child, and this process goes on from what the step hands back.

`in_child(fn, progress)` calls `fn(progress)` in the child and returns what it returns (pickled back over a pipe).
While it runs, the child's stage progress (`add_task` / `update` / `advance`, as `runner.RunReport` drives it) and
log records are relayed to this process, so they show as if the step ran here. An exception the child raises is
raised here (with the child's traceback as a note); a child that dies without a word (killed, out of memory) is a
`ChildFailed`, never a wait without end.
"""

from __future__ import annotations

import logging
import multiprocessing
import pickle
import time
import traceback
from collections.abc import Callable
from typing import Any

from pipeline.runtime import engines

log = logging.getLogger(__name__)

RELAY_SECONDS = 0.2  # the child's progress advances are sent at most this often (a message per item would be many)


class ChildFailed(RuntimeError):
    """The child process ended without handing back a result or an exception (killed, out of memory, a crash)."""


def in_child(fn: Callable[[Any], Any], progress: Any = None, name: str = "child") -> Any:
    """`fn(relay)` in a process forked from this one; what it returns. `relay` stands for `progress` in the child
    (None when `progress` is None). `name` says in a `ChildFailed` what the child was doing."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(fn, send, progress is not None), name=name, daemon=True)
    child.start()
    send.close()  # (this end only in the child now: its death closes the pipe, and `recv` ends)
    tasks: dict[int, Any] = {}  # the child's task ids -> `progress`'s
    ended = False  # the child handed back its result or its exception, and exits
    try:
        while True:
            try:
                kind, *payload = receive.recv()
            except EOFError:
                child.join()
                raise ChildFailed(
                    f"the {name} process ended with exit code {child.exitcode} before handing back its tables"
                ) from None
            if kind in ("result", "raised"):
                ended = True
                if kind == "raised":
                    raise _raised(*payload, name)
                return payload[0]
            if kind == "log":
                logging.getLogger(payload[0].name).handle(payload[0])
            elif progress is not None:
                _apply(progress, tasks, kind, payload)
    finally:
        receive.close()
        if ended:
            child.join(timeout=10)
        if child.is_alive():  # this process was interrupted (Ctrl-C: a run's children leave it to the parent)
            child.kill()
        child.join()


def _apply(progress: Any, tasks: dict[int, Any], kind: str, payload: list) -> None:
    if kind == "add_task":
        child_task, description, total = payload
        tasks[child_task] = progress.add_task(description, total=total)
    elif kind == "update":
        child_task, kwargs = payload
        progress.update(tasks[child_task], **kwargs)
    elif kind == "advance":
        child_task, n = payload
        progress.advance(tasks[child_task], n)


def _raised(exc: BaseException | bytes, where: str, name: str) -> BaseException:
    """The child's exception (its traceback added as a note), or a `ChildFailed` saying what it was when it could
    not be pickled."""
    if isinstance(exc, bytes):
        return ChildFailed(f"the {name} process failed: {where}")
    exc.add_note(f"meetgraph: raised in the {name} process:\n{where}")
    return exc


def _child(fn: Callable[[Any], Any], send, relay_progress: bool) -> None:
    engines._die_with_parent()  # (a kill -9 of the run leaves no orphan)
    _relay_logging(send)
    relay = _Relay(send) if relay_progress else None
    try:
        made = fn(relay)
        if relay is not None:
            relay.flush()
    except BaseException as exc:  # noqa: BLE001 - every exception goes to the parent, which raises it
        where = "".join(traceback.format_exception(exc))
        try:
            message = ("raised", pickle.loads(pickle.dumps(exc)), where)
        except Exception:  # noqa: BLE001 - an exception that does not pickle goes as its text
            message = ("raised", where.encode(), where)
        send.send(message)
        return
    send.send(("result", made))


def _relay_logging(send) -> None:
    """The child's log records sent to the parent, which hands them to its own handlers (its console, its files)."""

    class Relay(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            record.msg, record.args = record.getMessage(), None  # (the arguments may not pickle)
            if record.exc_info:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
                record.exc_info = None
            send.send(("log", record))

    root = logging.getLogger()
    for handler in list(root.handlers):
        root.removeHandler(handler)
    root.addHandler(Relay())


class _Relay:
    """Stands for the parent's progress (a rich.progress.Progress) in the child: the calls go over the pipe, the
    advances summed and sent at most every `RELAY_SECONDS`."""

    def __init__(self, send):
        self.send, self.totals, self.pending, self.sent_at = send, {}, {}, 0.0
        self.tasks = self  # (`tasks[task].total`, as a Progress has it)

    def add_task(self, description: str, total=None, **_) -> int:
        task = len(self.totals)
        self.totals[task] = _Task(total)
        self.send.send(("add_task", task, description, total))
        return task

    def update(self, task: int, **kwargs) -> None:
        self.flush()
        if "total" in kwargs:
            self.totals[task].total = kwargs["total"]
        self.send.send(("update", task, kwargs))

    def advance(self, task: int, n: float = 1) -> None:
        self.pending[task] = self.pending.get(task, 0) + n
        if time.monotonic() - self.sent_at >= RELAY_SECONDS:
            self.flush()

    def flush(self) -> None:
        for task, n in self.pending.items():
            self.send.send(("advance", task, n))
        self.pending, self.sent_at = {}, time.monotonic()

    def __getitem__(self, task: int) -> _Task:
        return self.totals[task]


class _Task:
    def __init__(self, total):
        self.total = total
