"""Handing freed memory back to the OS: Arrow's allocator and glibc's heap keep the pages a step freed, so the
process's RSS stays at its high-water mark until they are released (`free_pages`)."""

from __future__ import annotations

import ctypes

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
