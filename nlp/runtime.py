"""Process-wide compute settings for the numeric libraries the detectors use.

Kept apart from the detectors so that the caller (the service's settings, a CLI flag)
decides once per process; the pure library never reads the environment.
"""

from __future__ import annotations

import importlib.util
import os

_threads: int | None = None


def get_threads() -> int:
    """The thread count set by :func:`set_threads`, else the visible cores."""
    if _threads is not None:
        return _threads
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def set_threads(n: int) -> int:
    """Use ``n`` intra-op threads in torch (when it is installed) and in ONNX Runtime sessions
    created afterwards; return the torch count in force.

    torch's default is one thread per visible core. On a shared host, several such
    processes oversubscribe the cores: the service measured 14-18 msg/s with the
    default against 100-119 msg/s with one thread, same machine and load (issue 12).
    Inter-op threads are set too where torch still allows it (only before first use).

    Raises:
        ValueError: when ``n`` < 1.
    """
    global _threads
    if n < 1:
        raise ValueError("threads must be at least 1")
    _threads = n  # ONNX Runtime sessions created from now on use it too
    if importlib.util.find_spec("torch") is None:
        return n
    import torch

    torch.set_num_threads(n)
    try:
        torch.set_num_interop_threads(n)
    except RuntimeError:  # already set, or parallel work already ran: intra-op is what matters
        pass
    return torch.get_num_threads()
