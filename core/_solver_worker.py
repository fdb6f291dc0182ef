"""The solver worker: a separate Python process that runs ``scipy.optimize.milp`` / ``linprog``.

Started by :mod:`core.solver` as ``python _solver_worker.py``; it imports nothing of URFlow
(only numpy and scipy), so it runs with any Python that has the same numpy and SciPy as the
parent. HiGHS in SciPy holds the GIL for the whole solve, so a solve in a thread cannot be
stopped or even watched; in a process it can be killed at once.

Protocol on stdin/stdout, every message a pickle framed by its length (8 bytes, big-endian):
first the worker sends its versions ``{"python", "numpy", "scipy"}``; then, for each job
``(function name, args, kwargs)`` it receives, it sends ``("ok", dict(result))`` or
``("error", "Type: message")``. It ends at the end of its input.
"""

import pickle
import struct
import sys


def _read(stream):
    head = stream.read(8)
    if len(head) < 8:
        return None
    (size,) = struct.unpack(">Q", head)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)


def _write(stream, obj):
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">Q", len(data)) + data)
    stream.flush()


def main():
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing but frames on the real stdout
    try:
        import numpy
        import scipy
        from scipy import optimize
    except Exception as error:  # noqa: BLE001 (reported to the parent, which falls back)
        _write(stdout, {"error": f"{type(error).__name__}: {error}"})
        return
    _write(
        stdout,
        {
            "python": list(sys.version_info[:2]),
            "numpy": numpy.__version__,
            "scipy": scipy.__version__,
        },
    )
    functions = {"milp": getattr(optimize, "milp", None), "linprog": optimize.linprog}
    while True:
        job = _read(stdin)
        if job is None:
            return
        name, args, kwargs = job
        try:
            function = functions.get(name)
            if function is None:
                raise ValueError(f"no function {name!r} in this SciPy")
            result = function(*args, **kwargs)
            reply = ("ok", dict(result))
        except Exception as error:  # noqa: BLE001 (the parent maps it to an outcome)
            reply = ("error", f"{type(error).__name__}: {error}")
        _write(stdout, reply)


if __name__ == "__main__":
    main()
