"""Every solver outcome is a status and a message, never a traceback (issue 20).

scipy's ``milp`` result is faked here — with and without a solution, with ``mip_gap`` missing
or None, with the status codes 0–4, or the call raising — first for the one function that reads
it, then through the whole optimiser: the plan returned is always checked, with a bound.
"""

import math
from types import SimpleNamespace

import numpy as np
import pytest

from urflow.core.linkage import model as linkage_model
from urflow.core.linkage.accounting import check_solution
from urflow.core.linkage.greedy import greedy
from urflow.core.linkage.model import build_model, read_result, run_model, variable_bounds
from urflow.core.linkage.problem import linkage_problem
from urflow.core.linkage.solve import optimise

from .test_linkage import C_AREA, C_GRADE, C_OCC, D_AREA, D_GRADE, D_KAPPA, e10


def fake(status, x=None, **fields):
    return SimpleNamespace(status=status, x=x, message=f"fake status {status}", **fields)


X = np.array([1.0, 0.0, 1.0])


@pytest.mark.parametrize(
    "result, status, has_x, bound",
    [
        (fake(0, X, fun=-5.0, mip_gap=0.0, mip_dual_bound=-5.0), "optimal", True, 5.0),
        (fake(0, X, fun=-5.0), "optimal", True, 5.0),  # scipy without mip_gap / dual bound
        (fake(0, X, fun=-5.0, mip_gap=None, mip_dual_bound=None), "optimal", True, 5.0),
        (fake(0, None, fun=None), "error", False, math.nan),  # "optimal" without a solution
        (fake(1, X, fun=-5.0, mip_gap=0.2), "time_limit", True, 6.0),  # bound from the gap
        (fake(1, X, fun=-5.0, mip_gap=0.2, mip_dual_bound=-5.5), "time_limit", True, 5.5),
        (fake(1, None, fun=None, mip_gap=None, mip_dual_bound=None), "time_limit", False, math.nan),
        (fake(1, None), "time_limit", False, math.nan),  # the issue-20 crash: mip_gap None
        (fake(2, None, fun=None), "infeasible", False, math.nan),
        (fake(3, None, fun=None), "error", False, math.nan),
        (fake(4, None, fun=None, mip_gap=None), "error", False, math.nan),
        (fake(4, X, fun=-5.0), "error", True, math.nan),
        (fake(None, X), "error", True, math.nan),
        (fake(1, np.array([1.0, np.nan, 0.0])), "time_limit", False, math.nan),  # bad vector
        (fake(1, np.array([1.0, 0.0])), "time_limit", False, math.nan),  # wrong size
        (SimpleNamespace(), "error", False, math.nan),  # nothing at all
    ],
)
def test_every_result_maps_to_a_status(result, status, has_x, bound):
    report = read_result(result, size=3)
    assert report.status == status
    assert (report.x is not None) == has_x
    if math.isnan(bound):
        assert math.isnan(report.bound)
    else:
        assert report.bound == pytest.approx(bound)
    assert isinstance(report.message, str)
    if status == "error":
        assert report.message


def test_a_raising_solver_is_an_error_outcome(monkeypatch):
    def boom(*_args, **_kwargs):
        raise ValueError("HiGHS said no")

    monkeypatch.setattr(linkage_model, "milp", boom)
    p = e10()
    report = run_model(build_model(p, variable_bounds(p)), 1.0, 1e-6)
    assert report.status == "error" and "HiGHS said no" in report.message
    assert run_model(build_model(p, variable_bounds(p)), 0.0, 1e-6).status == "time_limit"


def groups_and_budget():
    """E10 split into two project areas with a budget that binds: the county path."""
    return linkage_problem(
        D_AREA + [1.4],
        D_KAPPA + [0.8],
        D_GRADE + [9],
        C_AREA + [1.0],
        C_OCC + [0.0],
        C_GRADE + [np.nan],
        cost=[60, 40, 45, 30],
        value=[150, 90, 50, 70],
        excluded=[False, False, True, False],
        group_d=["A", "A", "A", "B"],
        group_c=["A", "A", "A", "B"],
        budget=110.0,
    )


@pytest.mark.parametrize("problem", [e10, groups_and_budget], ids=["county", "areas+budget"])
@pytest.mark.parametrize(
    "result, status",
    [
        (fake(1, None, fun=None, mip_gap=None, mip_dual_bound=None), "time_limit"),
        (fake(1, None), "time_limit"),
        (fake(3, None, fun=None), "solver_error"),
        (fake(4, None, fun=None, mip_gap=None), "solver_error"),
    ],
)
def test_no_solution_from_the_solver_returns_the_checked_greedy_plan(
    monkeypatch, problem, result, status
):
    p = problem()
    monkeypatch.setattr(linkage_model, "milp", lambda *a, **k: result)
    res = optimise(p, time_limit=5.0, raise_infeasible=False)
    assert res.status == status
    assert res.has_plan and res.objective == pytest.approx(greedy(p).objective)
    assert check_solution(p, res.x, res.y, res.flows) == []
    assert math.isfinite(res.bound) and res.bound >= res.objective - 1e-9
    assert res.gap >= 0 and res.message


def test_a_solution_that_fails_the_check_is_dropped(monkeypatch):
    """The solver's word is checked, never trusted: a plan building the excluded C3 is
    refused, the greedy plan returned and the failure said."""
    p = e10()
    n, m = p.n_demolition, p.n_construction
    z = np.zeros(build_model(p, variable_bounds(p)).c.size)  # pair or class flows: none
    z[: n + m] = 1.0  # everything, C3 (on permanent farmland) too, no flows
    monkeypatch.setattr(linkage_model, "milp", lambda *a, **k: fake(0, z, fun=-1e6))
    res = optimise(p, time_limit=5.0)
    assert res.status == "solver_error" and "independent check" in res.message
    assert check_solution(p, res.x, res.y, res.flows) == []
    assert res.objective == pytest.approx(greedy(p).objective)


def test_infeasible_from_the_solver_is_a_diagnosis(monkeypatch):
    monkeypatch.setattr(linkage_model, "milp", lambda *a, **k: fake(2, None))
    res = optimise(e10(), time_limit=5.0, raise_infeasible=False)
    assert res.status == "infeasible" and not res.has_plan
    assert res.message.startswith("No feasible linkage plan")


def test_every_status_with_the_real_solver():
    """The same problems solved for real: proven optimal, the budget respected."""
    res = optimise(groups_and_budget(), time_limit=10.0)
    assert res.status == "optimal" and res.gap <= 1e-6
    assert res.balance.total.cost <= 110.0 + 1e-9
    assert optimise(e10(), time_limit=10.0).objective == pytest.approx(140.0)
