"""The mixed-integer solver, found when it is needed, and solved so that it can be canceled.

``scipy.optimize.milp`` (HiGHS) arrived in SciPy 1.9; some QGIS installs ship an older SciPy
(Ubuntu 22.04 has 1.8). Importing it lazily keeps the plugin loading there: only the analyses
that solve a MILP refuse to run, saying which SciPy they need (:func:`require_milp`).

Cancellation
------------
HiGHS in SciPy (1.9–1.11 at least) holds the GIL for a whole solve and has no callback: a solve
in the calling thread, or in another thread, cannot be watched or stopped before its time limit.
So a solve that may be canceled runs in a **worker process**: the same Python as the caller
with the same numpy and SciPy (inside QGIS ``sys.executable`` is the QGIS binary, so the
interpreter is looked for next to it: ``URFLOW_PYTHON`` if set, then ``sys.executable`` /
``sys._base_executable`` when they are a Python, then ``python3.X``, ``python3``, ``python``
(``python.exe`` on Windows) in ``sys.exec_prefix``; a candidate is used only if it reports the
caller's Python, numpy and SciPy versions). The caller polls ``cancelled()`` every
:data:`POLL_SECONDS` (0.1 s) while the worker solves; on cancel the worker is killed and the
call returns at once. Up to :data:`MAX_IDLE` idle workers are kept for the next solves
(starting one costs the import of SciPy, about half a second) and ended at exit.

Without a usable interpreter the solve runs in the calling process: cancellation is then seen
only before and after each solve (its time limit bounds the wait); :func:`worker_python` says
which case holds.

API
---
* :func:`run_milp` / :func:`run_linprog`: ``scipy.optimize.milp`` / ``linprog`` with the same
  arguments plus ``cancelled`` (a callable, or None for the one of the enclosing
  :func:`cancel_scope`, or none at all: then the solve runs in-process exactly as before).
  They return scipy's ``OptimizeResult``; a canceled solve returns one with
  ``status == CANCELLED`` (−1), ``cancelled=True``, ``x=None`` and a message. They never
  raise for a cancel.
* :func:`milp` / :func:`linprog`: drop-in replacements of scipy's functions for code that does
  not know the status −1: under a :func:`cancel_scope` whose callable fires they raise
  :class:`SolveCanceled`. Outside a scope they are scipy's functions.
* :func:`cancel_scope`: ``with cancel_scope(feedback.isCanceled): ...`` makes every solve in
  the block (in this thread) cancellable without passing the callable down.

Example (a new MILP)::

    from ..solver import CANCELLED, run_milp
    res = run_milp(c, integrality=integ, bounds=bounds, constraints=cons,
                   options={"time_limit": 60, "mip_rel_gap": 1e-4}, cancelled=is_canceled)
    if res.status == CANCELLED: ...
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Callable, List, Optional

from .errors import InputError
from .messages import tr

MILP_SCIPY = "1.9"
#: Seconds between two polls of ``cancelled()`` during a solve in a worker.
POLL_SECONDS = 0.1
#: Status of a canceled solve in the ``OptimizeResult`` of :func:`run_milp`/:func:`run_linprog`.
CANCELLED = -1
#: Idle workers kept for the next solves (each holds numpy and SciPy, ~100 MB).
MAX_IDLE = 2
#: Seconds a worker may take to start (import numpy and SciPy) before it is given up.
START_SECONDS = 60.0

_WORKER_SCRIPT = Path(__file__).with_name("_solver_worker.py")


class SolveCanceled(Exception):
    """Raised by :func:`milp`/:func:`linprog` when the enclosing scope's ``cancelled()`` fires."""


def require_milp():
    """``scipy.optimize.milp``, or an :class:`InputError` naming the SciPy version needed."""
    try:
        from scipy.optimize import milp as scipy_milp
    except ImportError:
        try:
            import scipy

            version = scipy.__version__
        except ImportError:
            version = tr("none")
        raise InputError(
            tr(
                "This analysis solves a mixed-integer programme with scipy.optimize.milp, which "
                "needs SciPy {needed} or newer; the Python of this QGIS has SciPy {version}. "
                "Update SciPy for QGIS's Python (or use a QGIS that ships a newer one)."
            ).format(needed=MILP_SCIPY, version=version)
        ) from None
    return scipy_milp


# --------------------------------------------------------------------------- scope

_scope = threading.local()


@contextlib.contextmanager
def cancel_scope(cancelled: Optional[Callable[[], bool]]):
    """Within the block, solves without their own ``cancelled`` poll this one (None: none)."""
    stack = getattr(_scope, "stack", None)
    if stack is None:
        stack = _scope.stack = []
    stack.append(cancelled)
    try:
        yield
    finally:
        stack.pop()


def _current(cancelled):
    if cancelled is not None:
        return cancelled
    stack = getattr(_scope, "stack", None)
    return stack[-1] if stack else None


# --------------------------------------------------------------------------- public calls


def run_milp(c, *, integrality=None, bounds=None, constraints=None, options=None, cancelled=None):
    """``scipy.optimize.milp`` that returns status :data:`CANCELLED` when ``cancelled()``.

    A returned point that breaks a bound, a constraint or integrality is solved again without
    presolve: HiGHS's presolve in SciPy 1.10 returned binaries at −1 as "optimal" on a few
    small instances (found by the consolidation's brute-force tests)."""
    kwargs = dict(integrality=integrality, bounds=bounds, constraints=constraints, options=options)
    res = _run("milp", (c,), kwargs, _current(cancelled))
    if getattr(res, "x", None) is not None and res.status != CANCELLED:
        if not point_is_feasible(res.x, integrality, bounds, constraints):
            kwargs["options"] = {**(options or {}), "presolve": False}
            res = _run("milp", (c,), kwargs, _current(cancelled))
    return res


def point_is_feasible(x, integrality, bounds, constraints, tolerance=1e-5) -> bool:
    """Whether ``x`` keeps the bounds, the constraints and integrality of a milp call (within
    ``tolerance``); constraints given in a form other than LinearConstraint are not checked."""
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint

    x = np.asarray(x, dtype=float)
    if isinstance(bounds, Bounds):
        lb = np.broadcast_to(np.asarray(bounds.lb, dtype=float), x.shape)
        ub = np.broadcast_to(np.asarray(bounds.ub, dtype=float), x.shape)
    elif bounds is None:  # scipy's default: 0 <= x < inf
        lb, ub = np.zeros_like(x), np.full_like(x, np.inf)
    elif np.shape(bounds) == (2,):  # (lower, upper) for every variable
        lb, ub = np.full_like(x, float(bounds[0])), np.full_like(x, float(bounds[1]))
    else:  # another form: bounds not checked
        lb, ub = np.full_like(x, -np.inf), np.full_like(x, np.inf)
    if (x < lb - tolerance).any() or (x > ub + tolerance).any():
        return False
    if integrality is not None:
        integer = np.broadcast_to(np.asarray(integrality), x.shape) > 0
        if (np.abs(x[integer] - np.round(x[integer])) > tolerance).any():
            return False
    if isinstance(constraints, LinearConstraint):
        constraints = [constraints]
    for constraint in constraints or ():
        if not isinstance(constraint, LinearConstraint):
            continue
        ax = constraint.A @ x
        ax = np.asarray(ax, dtype=float).ravel()
        lower = np.broadcast_to(np.asarray(constraint.lb, dtype=float), ax.shape)
        upper = np.broadcast_to(np.asarray(constraint.ub, dtype=float), ax.shape)
        scale = tolerance * np.maximum(1.0, np.abs(ax))
        if (ax < lower - scale).any() or (ax > upper + scale).any():
            return False
    return True


def run_linprog(c, *, cancelled=None, **kwargs):
    """``scipy.optimize.linprog`` that returns status :data:`CANCELLED` when ``cancelled()``."""
    return _run("linprog", (c,), kwargs, _current(cancelled))


def milp(c, *, integrality=None, bounds=None, constraints=None, options=None):
    """``scipy.optimize.milp``; raises :class:`SolveCanceled` when the scope's callable fires."""
    res = run_milp(
        c, integrality=integrality, bounds=bounds, constraints=constraints, options=options
    )
    if getattr(res, "status", None) == CANCELLED:
        raise SolveCanceled(res.message)
    return res


def linprog(c, **kwargs):
    """``scipy.optimize.linprog``; raises :class:`SolveCanceled` when the scope's callable
    fires."""
    res = run_linprog(c, **kwargs)
    if getattr(res, "status", None) == CANCELLED:
        raise SolveCanceled(res.message)
    return res


def was_cancelled(res) -> bool:
    """True for the result of a canceled solve."""
    return getattr(res, "status", None) == CANCELLED


def _cancelled_result():
    from scipy.optimize import OptimizeResult

    return OptimizeResult(
        status=CANCELLED,
        success=False,
        cancelled=True,
        message=tr("canceled"),
        x=None,
        fun=None,
        mip_dual_bound=None,
        mip_gap=None,
    )


def _in_process(name, args, kwargs):
    from scipy import optimize

    function = require_milp() if name == "milp" else optimize.linprog
    return function(*args, **kwargs)


def _run(name, args, kwargs, cancelled):
    if cancelled is None:
        return _in_process(name, args, kwargs)
    if cancelled():
        return _cancelled_result()
    try:
        worker = _acquire(cancelled)
    except _Cancelled:
        return _cancelled_result()
    if worker is None:  # no Python found for a worker: solve here, cancel seen afterwards
        res = _in_process(name, args, kwargs)
        return _cancelled_result() if cancelled() else res
    try:
        outcome = worker.solve(name, args, kwargs, cancelled)
    except BaseException:
        worker.kill()
        raise
    if outcome is None:  # canceled: the worker was killed
        return _cancelled_result()
    _release(worker)
    kind, value = outcome
    if kind != "ok":  # the solver raised in the worker, or the worker died
        raise RuntimeError(value)
    from scipy.optimize import OptimizeResult

    return OptimizeResult(value)


# --------------------------------------------------------------------------- workers


def _frame(obj) -> bytes:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return struct.pack(">Q", len(data)) + data


class _Worker:
    """One worker process and the thread that reads its replies."""

    def __init__(self, command: List[str]):
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        env.pop("PYTHONSTARTUP", None)
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if os.name == "nt" else 0
        self.proc = subprocess.Popen(
            command + [str(_WORKER_SCRIPT)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=flags,
        )
        self.replies: queue.Queue = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        stream = self.proc.stdout
        try:
            while True:
                head = stream.read(8)
                if len(head) < 8:
                    break
                (size,) = struct.unpack(">Q", head)
                data = stream.read(size)
                if len(data) < size:
                    break
                self.replies.put(("reply", pickle.loads(data)))
        except Exception:  # noqa: BLE001 (a broken pipe is the worker's end)
            pass
        self.replies.put(("end", None))

    def handshake(self, seconds: float, cancelled=None):
        """The worker's versions; None if it did not start in ``seconds``, or if
        ``cancelled()`` fired meanwhile (polled every :data:`POLL_SECONDS`)."""
        end = time.perf_counter() + seconds
        while True:
            try:
                kind, value = self.replies.get(timeout=POLL_SECONDS)
                return value if kind == "reply" else None
            except queue.Empty:
                if time.perf_counter() > end or (cancelled is not None and cancelled()):
                    return None

    def alive(self) -> bool:
        return self.proc.poll() is None

    def solve(self, name, args, kwargs, cancelled):
        """``("ok", dict)``, ``("error", text)``, ``("died", text)``, or None if canceled."""
        try:
            self.proc.stdin.write(_frame((name, args, kwargs)))
            self.proc.stdin.flush()
        except OSError as error:
            self.kill()
            return ("died", tr("the solver process could not be reached: {e}").format(e=error))
        while True:
            try:
                kind, value = self.replies.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if cancelled():
                    self.kill()
                    return None
                continue
            if kind == "reply":
                return value
            self.kill()
            return (
                "died",
                tr("the solver process ended unexpectedly (exit code {code})").format(
                    code=self.proc.poll()
                ),
            )

    def kill(self):
        with contextlib.suppress(Exception):
            self.proc.kill()
        with contextlib.suppress(Exception):
            self.proc.wait(timeout=2)
        for stream in (self.proc.stdin, self.proc.stdout):
            with contextlib.suppress(Exception):
                stream.close()


_lock = threading.Lock()
_idle: List[_Worker] = []
_command: Optional[List[str]] = None
_searched = False


def _candidates() -> List[List[str]]:
    """Interpreters that may be this Python, most likely first (module notes)."""
    seen, out = set(), []

    def add(path):
        if path and os.path.isfile(path) and os.path.realpath(path) not in seen:
            seen.add(os.path.realpath(path))
            out.append([path])

    add(os.environ.get("URFLOW_PYTHON"))
    for exe in (sys.executable, getattr(sys, "_base_executable", None)):
        if exe and os.path.basename(exe).lower().startswith("python"):
            add(exe)
    major, minor = sys.version_info[:2]
    prefixes = [sys.exec_prefix, sys.prefix, getattr(sys, "base_exec_prefix", None)]
    for prefix in [p for p in prefixes if p]:
        if os.name == "nt":
            for name in ("python.exe", "python3.exe"):
                add(os.path.join(prefix, name))
        else:
            for name in (f"python{major}.{minor}", "python3", "python"):
                add(os.path.join(prefix, "bin", name))
    return out


def _expected():
    import numpy
    import scipy

    return {
        "python": list(sys.version_info[:2]),
        "numpy": numpy.__version__,
        "scipy": scipy.__version__,
    }


class _Cancelled(Exception):
    """A cancel while a worker was starting."""


def _start(command, cancelled=None) -> Optional[_Worker]:
    try:
        worker = _Worker(command)
    except OSError:
        return None
    versions = worker.handshake(START_SECONDS, cancelled)
    if versions != _expected():
        worker.kill()
        if cancelled is not None and cancelled():
            raise _Cancelled()
        return None
    return worker


def _acquire(cancelled=None) -> Optional[_Worker]:
    """An idle worker, or a new one; None when no interpreter fits. Raises
    :class:`_Cancelled` when ``cancelled()`` fires while a worker starts."""
    global _command, _searched
    with _lock:
        while _idle:
            worker = _idle.pop()
            if worker.alive():
                return worker
            worker.kill()
        command, searched = _command, _searched
    if command is not None:
        worker = _start(command, cancelled)
        if worker is not None:
            return worker
    elif searched:
        return None
    for candidate in _candidates():
        worker = _start(candidate, cancelled)
        if worker is not None:
            with _lock:
                _command, _searched = candidate, True
            return worker
    with _lock:
        _command, _searched = None, True
    return None


def _release(worker: _Worker):
    with _lock:
        keep = len(_idle) < MAX_IDLE
        if keep:
            _idle.append(worker)
    if not keep:
        worker.kill()


def worker_python() -> Optional[List[str]]:
    """The command of the worker interpreter (starting one if none is known yet), or None when
    solves run in-process and cancellation is seen only between solves."""
    worker = _acquire()
    if worker is None:
        return None
    _release(worker)
    return list(_command) if _command else None


@atexit.register
def shutdown_workers():
    """End the idle workers (also at exit)."""
    with _lock:
        workers = list(_idle)
        _idle.clear()
    for worker in workers:
        worker.kill()
