"""Where the per-text spaCy analysis runs: in this process (`local`) or on dask.distributed (`dask`).

Both engines return exactly what `ner.analyze_texts` returns, in the order of the input texts, so the
stages after ner cannot tell them apart. On dask each worker process loads the spaCy pipeline once
(module-level cache) and analyses partitions of texts; only plain rows travel back, never Docs.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from functools import lru_cache, partial

import pandas as pd

from pipeline.stages import ner

log = logging.getLogger(__name__)

ENGINES = ("local", "dask")
TEXTS_PER_PARTITION = 64

Analyze = Callable[[pd.DataFrame], dict[str, pd.DataFrame]]


class Engine:
    """`analyze(texts)` on some engine, plus `close()`: stop its workers early, once the analysis is done, so
    they hold no memory while the later stages run (the context of `open_engine` closes it in any case)."""

    def __init__(self, analyze: Analyze, close: Callable[[], None] = lambda: None):
        self._analyze, self._close, self.closed = analyze, close, False

    def __call__(self, texts: pd.DataFrame) -> dict[str, pd.DataFrame]:
        if self.closed:
            raise RuntimeError("this engine is closed")
        return self._analyze(texts)

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self._close()


def default_processes() -> int:
    """Cores this process may use (its CPU affinity), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# (model, relations, numpy_gemm) -> the client's loaded pipeline, while a LocalCluster forked from it runs
_PRELOADED: dict[tuple, object] = {}


@lru_cache(maxsize=4)
def _worker_nlp(model: str, relations: str, numpy_gemm: bool):
    """The pipeline of this (worker) process, loaded on first use and kept for the next partitions; a worker
    forked from the client (`FORK_WORKERS`) has the client's, already loaded."""
    from pipeline.nlp.loader import load_nlp

    preloaded = _PRELOADED.get((model, relations, numpy_gemm))
    return preloaded if preloaded is not None else load_nlp(model, relations=relations, numpy_gemm=numpy_gemm)


def _load_worker_nlp(model: str, relations: str, numpy_gemm: bool) -> None:
    _worker_nlp(model, relations, numpy_gemm)  # returns nothing: the pipeline stays on the worker


def _warm_workers(client, model: str, relations: str, numpy_gemm: bool) -> list:
    """Start loading the pipeline on every worker now, so that the load overlaps the client's read, clean and
    dedup instead of delaying the first partitions. Keep the futures: a released one may be cancelled."""
    return [
        client.submit(
            _load_worker_nlp, model, relations, numpy_gemm, workers=[address], allow_other_workers=False, pure=False
        )
        for address in client.scheduler_info(n_workers=-1)["workers"]
    ]


def _analyze_partition(texts: pd.DataFrame, model: str, relations: str, batch_size: int, numpy_gemm: bool) -> dict:
    nlp = _worker_nlp(model, relations, numpy_gemm)
    return ner.analyze_texts(texts, nlp, batch_size=batch_size, n_process=1)


_FORKED_NLP = None


@contextmanager
def _forked_pool(nlp, processes: int):
    """Worker processes forked from this one, so they share the loaded pipeline's memory pages.

    Unlike `nlp.pipe(n_process=N)`, which sends every Doc back to the parent as bytes (costly on
    paragraph-sized texts: 1.1x on 2 cores here), workers return only the mention and frame rows.
    Open it before loading the corpus: a forked worker's RSS includes every page the parent had then.
    """
    global _FORKED_NLP
    _FORKED_NLP = nlp
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=processes, mp_context=context, initializer=_die_with_parent) as pool:
            pool.submit(int).result()  # with fork, the first task starts every worker: do it now, while small
            yield pool
    finally:
        _FORKED_NLP = None


def _die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when its parent dies, so a kill -9 of a run leaves no orphans behind."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: workers end when their call queue breaks


def _analyze_in_fork(texts: pd.DataFrame, batch_size: int) -> dict:
    return ner.analyze_texts(texts, _FORKED_NLP, batch_size=batch_size, n_process=1)


def _partitions(texts: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for start in range(0, len(texts), size):
        yield texts.iloc[start : start + size]


def _concat(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    if not parts:
        return {
            "text_mentions": pd.DataFrame(columns=ner.TEXT_MENTION_COLUMNS),
            "frames": pd.DataFrame(columns=ner.FRAME_COLUMNS),
            "errors": pd.DataFrame(columns=ner.ERROR_COLUMNS),
        }
    return {name: pd.concat([p[name] for p in parts], ignore_index=True) for name in parts[0]}


# Settings of the LocalCluster the dask engine starts (dask.config keys; workers inherit them from the nanny).
# Each costs the compute thread CPU or the GIL on every partition; measured in docs/performance.md (Engines).
LOCAL_CLUSTER_CONFIG = {
    # The nanny sets MALLOC_TRIM_THRESHOLD_=65536 in each worker's environment. Setting any glibc malloc
    # threshold switches off its dynamic mmap threshold, so every numpy/thinc buffer over 128 KiB is a fresh
    # mmap + page faults + munmap. None = leave glibc's default (what the local engine's processes have).
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
    # The statistical profiler walks the task thread's stack every 10 ms, taking the GIL from spaCy.
    "distributed.worker.profile.enabled": False,
    # Event-loop latency probe (default 20 ms) and the dashboard's CPU/memory/network sampler (500 ms):
    # wake-ups of each worker's event-loop thread that compete with the task thread for the GIL.
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
# Linux: the nannies fork the worker processes from the client instead of spawning fresh interpreters, so a
# worker starts with spaCy, pandas and meetgraph imported and the client's pipeline loaded (shared pages, as
# the local engine's forked workers have), not ~2 s of CPU each importing and loading the model again.
FORK_WORKERS = sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods()
if FORK_WORKERS:
    LOCAL_CLUSTER_CONFIG["distributed.worker.multiprocessing-method"] = "fork"


@contextmanager
def dask_client(workers: int | None = None, scheduler: str | None = None):
    """A client on the cluster at `scheduler`, or on a LocalCluster of `workers` single-thread processes
    started with `LOCAL_CLUSTER_CONFIG` (a cluster started elsewhere keeps its own settings: see
    docs/performance.md for the worker command line)."""
    import dask
    from dask.distributed import Client, LocalCluster

    logging.getLogger("distributed").setLevel(max(logging.WARNING, logging.getLogger().level))
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers or default_processes(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.WARNING,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@contextmanager
def open_engine(
    engine: str = "local",
    model: str | None = None,
    nlp=None,
    batch_size: int = 32,
    n_process: int | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    client=None,
    numpy_gemm: bool = False,
    relations: str = "rules",
) -> Iterator[Engine]:
    """Yield an `Engine`: `analyze(texts) -> {"text_mentions", "frames"}` running on `engine`, and `close()`.

    local: `nlp` (or `model`, loaded here) over `nlp.pipe` with `n_process` processes (default: cores).
    dask: `client` if given, else a client on `scheduler`, else on a LocalCluster of `workers` processes
    (forked from this one on Linux, with `nlp`, when given, already loaded: it must be `model`'s pipeline
    loaded with `relations` and `numpy_gemm`).
    """
    from pipeline.nlp.loader import DEFAULT_MODEL, load_nlp

    model = model or DEFAULT_MODEL
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    with ExitStack() as stack:
        if engine == "local":
            nlp = nlp if nlp is not None else load_nlp(model, relations=relations, numpy_gemm=numpy_gemm)
            procs = n_process or default_processes()
            if procs == 1 or "fork" not in multiprocessing.get_all_start_methods():
                analyze = partial(ner.analyze_texts, nlp=nlp, batch_size=batch_size, n_process=procs)
            else:
                pool = stack.enter_context(_forked_pool(nlp, procs))
                analyze = partial(_analyze_on_pool, pool, batch_size)
        else:
            if client is None:
                if nlp is not None and scheduler is None and FORK_WORKERS:
                    _PRELOADED[(model, relations, numpy_gemm)] = nlp
                    stack.callback(_PRELOADED.clear)
                client = stack.enter_context(dask_client(workers, scheduler))
                log.info("dask engine: %s", client)
            warm = _warm_workers(client, model, relations, numpy_gemm)
            stack.callback(warm.clear)
            analyze = partial(_analyze_on_dask, client, model, relations, batch_size, numpy_gemm)
        engine_ = Engine(analyze, close=stack.close)
        try:
            yield engine_
        finally:
            engine_.close()


def _analyze_on_pool(pool, batch_size: int, texts: pd.DataFrame) -> dict[str, pd.DataFrame]:
    task = partial(_analyze_in_fork, batch_size=batch_size)
    return _concat(list(pool.map(task, _partitions(texts[["text_id", "text"]], TEXTS_PER_PARTITION))))


def _analyze_on_dask(
    client, model: str, relations: str, batch_size: int, numpy_gemm: bool, texts: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    # partial, not map(**kwargs): Client.map has a batch_size argument of its own.
    task = partial(_analyze_partition, model=model, relations=relations, batch_size=batch_size, numpy_gemm=numpy_gemm)
    futures = client.map(task, list(_partitions(texts[["text_id", "text"]], TEXTS_PER_PARTITION)), pure=False)
    return _concat(client.gather(futures))
