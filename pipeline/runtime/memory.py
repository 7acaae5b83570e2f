"""Handing freed memory back to the OS: Arrow's allocator and glibc's heap keep the pages a step freed, so the
process's RSS stays at its high-water mark until they are released (`free_pages`); a run has Arrow allocate from
glibc's heap too (`use_system_pool`), where `free_pages` reaches every page it freed."""

from __future__ import annotations

import ctypes
import os

import pyarrow as pa


def _load_libc():
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.malloc_trim  # noqa: B018 - glibc only
        return libc
    except (OSError, AttributeError):
        return None


_LIBC = _load_libc()


def free_pages() -> None:
    """Hand the free pages of Arrow's memory pool and of the C heap (glibc `malloc_trim`) back to the OS."""
    pa.default_memory_pool().release_unused()  # Arrow's own allocator (spilled tables, the writer) keeps freed pages
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def use_system_pool() -> None:
    """Arrow's buffers allocated by glibc's malloc (Arrow's system pool), unless ARROW_DEFAULT_MEMORY_POOL chooses
    another pool. `import pipeline` sets that variable for Arrow's own default (read when pyarrow is imported); this
    sets pyarrow's default too, for a process that imported pyarrow before pipeline (a notebook). With mimalloc, Arrow's
    default, a run's RSS grew stage after stage on pages that neither its `release_unused` nor `malloc_trim` handed
    back (docs/performance.md, r16); glibc's are handed back at `free_pages` (`malloc_trim` trims every arena)."""
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL", "system") == "system":
        pa.set_memory_pool(pa.system_memory_pool())
