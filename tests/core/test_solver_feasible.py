"""A point HiGHS returns that breaks its own model is solved again without presolve."""

import numpy as np
import pytest
from scipy.optimize import Bounds, LinearConstraint, OptimizeResult

from urflow.core import solver

A = LinearConstraint(np.array([[1.0, 1.0]]), [1.0], [1.0])  # x0 + x1 = 1
BOUNDS = Bounds([0.0, 0.0], [1.0, 1.0])


@pytest.mark.parametrize(
    "x, feasible",
    [
        ([1.0, 0.0], True),
        ([1.0 + 1e-7, 0.0], True),  # within the tolerance
        ([-1.0, 2.0], False),  # a binary at -1 (what presolve returned)
        ([0.5, 0.5], False),  # not integral
        ([1.0, 1.0], False),  # breaks x0 + x1 = 1
    ],
)
def test_point_is_feasible(x, feasible):
    assert solver.point_is_feasible(np.array(x), np.ones(2), BOUNDS, [A]) is feasible


def test_default_bounds_and_continuous_variables():
    assert solver.point_is_feasible(np.array([0.5, 0.5]), None, None, A)
    assert not solver.point_is_feasible(np.array([-0.5, 1.5]), None, None, A)


def test_bounds_as_one_pair_for_every_variable():
    assert solver.point_is_feasible(np.array([-0.5, 1.5]), None, (-1, 2), A)
    assert not solver.point_is_feasible(np.array([-1.5, 2.5]), None, (-1, 2), A)


def test_a_broken_point_is_solved_again_without_presolve(monkeypatch):
    calls = []

    def fake_run(name, args, kwargs, cancelled):
        calls.append(dict(kwargs["options"] or {}))
        x = [-1.0, 2.0] if len(calls) == 1 else [0.0, 1.0]
        return OptimizeResult(status=0, x=np.array(x), fun=1.0)

    monkeypatch.setattr(solver, "_run", fake_run)
    res = solver.run_milp(
        np.ones(2), integrality=np.ones(2), bounds=BOUNDS, constraints=[A], options={"disp": False}
    )
    assert [c.get("presolve") for c in calls] == [None, False]
    assert list(res.x) == [0.0, 1.0]


def test_a_sound_point_is_not_solved_again():
    res = solver.run_milp(
        np.array([1.0, 2.0]), integrality=np.ones(2), bounds=BOUNDS, constraints=[A]
    )
    assert res.status == 0 and list(np.round(res.x)) == [1.0, 0.0]
