"""`python -m pipeline`: the `meetgraph` command, with Ctrl-C handled from the first line."""

import _signal  # the C module: `signal` imports enum, which takes long enough for a Ctrl-C to land in it
import os

INTERRUPTED_EXIT = 130  # pipeline.cli.INTERRUPTED_EXIT; not imported, as importing cli is what this guards


def _interrupted_while_starting(signum, frame) -> None:
    """Ctrl-C while the command's modules import: nothing is written yet, so stop with the run's one line."""
    os.write(2, b"meetgraph: interrupted; previous outputs kept\n")
    os._exit(INTERRUPTED_EXIT)


def _exit(code) -> None:
    """Exit with `code` as the console script would. Under `python -m`, CPython ends the process by SIGINT
    instead (return code -2) once a Ctrl-C has passed through any C-level `PyRun_String` frame, even a caught
    one; so exit functions run here, then the process exits with the code itself."""
    import atexit
    import sys

    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def main() -> None:
    """The `meetgraph` command (console script and `python -m pipeline`)."""
    _signal.signal(_signal.SIGINT, _interrupted_while_starting)
    from pipeline.cli import main as meetgraph

    try:
        meetgraph()
    except SystemExit as exc:
        if exc.code != INTERRUPTED_EXIT:
            raise
        _exit(INTERRUPTED_EXIT)


if __name__ == "__main__":
    main()
