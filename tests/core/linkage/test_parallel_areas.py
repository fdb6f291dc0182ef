"""Project areas solved at once (issue 19): each area in its own solver process, the same
models and plans as one after the other; a cancel stops them all within a second."""

import threading
import time

import numpy as np
import pytest

from urflow.core import solver
from urflow.core.linkage import decompose
from urflow.core.linkage.accounting import check_solution
from urflow.core.linkage.decompose import Areas, area_workers, solve_areas
from urflow.core.linkage.model import variable_bounds
from urflow.core.linkage.problem import candidate_pairs, linkage_problem
from urflow.core.linkage.solve import optimise

needs_worker = pytest.mark.skipif(
    solver.worker_python() is None, reason="no Python interpreter for a solver worker"
)


def county(seed, n=240, m=30, areas=4, budget_share=0.0, dmax=2500.0):
    """Project areas around towns, λ > 0 and a pair limit (the issue's case, small)."""
    rng = np.random.default_rng(seed)
    centres = rng.uniform(0, 20_000, (areas, 2))
    gd, gc = rng.integers(0, areas, n), rng.integers(0, areas, m)
    xy_d = centres[gd] + rng.normal(0, 1500, (n, 2))
    xy_c = centres[gc] + rng.normal(0, 800, (m, 2))
    a = np.round(np.clip(rng.lognormal(np.log(0.35), 0.6, n), 0.03, 3.0), 3)
    b = np.round(np.clip(rng.lognormal(np.log(1.5), 0.6, m), 0.2, 8.0), 3)
    cost = np.round(a * rng.uniform(30, 60, n), 2)
    return linkage_problem(
        a,
        rng.uniform(0.7, 0.9, n),
        rng.integers(5, 13, n),
        b,
        np.round(b * rng.uniform(0, 0.8, m) * (rng.random(m) < 0.8), 3),
        rng.integers(3, 12, m),
        cost=cost,
        priority=rng.uniform(0, 1, n),
        protected=rng.random(n) < 0.05,
        group_d=gd,
        value=np.round(b * rng.uniform(40, 120, m), 2),
        group_c=gc,
        pairs=candidate_pairs(xy_d, xy_c, dmax, gd, gc),
        max_distance_m=dmax,
        budget=budget_share * cost.sum(),
        priority_weight=5.0,
        distance_weight=0.5,
    )


def test_area_workers_are_capped_by_the_areas_and_fall_back_to_one(monkeypatch):
    monkeypatch.setattr(decompose, "AREA_WORKERS", 3)
    monkeypatch.setattr(decompose, "worker_python", lambda: ["python"])
    assert area_workers(2) == 2
    assert area_workers(5) == 3
    assert area_workers(0) == 1
    monkeypatch.setattr(decompose, "worker_python", lambda: None)  # no solver process
    assert area_workers(5) == 1
    monkeypatch.setattr(decompose, "AREA_WORKERS", 1)
    monkeypatch.setattr(decompose, "worker_python", lambda: ["python"])
    assert area_workers(5) == 1
    monkeypatch.setattr(decompose, "AREA_WORKERS", None)  # the CPU count, at most 8
    monkeypatch.setattr(decompose.os, "cpu_count", lambda: 64)
    assert area_workers(20) == decompose.MAX_AREA_WORKERS == 8
    monkeypatch.setattr(decompose.os, "cpu_count", lambda: None)
    assert area_workers(20) == 1


@needs_worker
@pytest.mark.parametrize("seed, price", [(0, 0.0), (1, 0.0), (2, 0.4)])
def test_areas_solved_at_once_give_what_they_give_one_after_the_other(monkeypatch, seed, price):
    """Also at a budget price μ > 0, as in a Lagrangian round."""
    p = county(seed, budget_share=0.3 if price else 0.0)
    vb = variable_bounds(p)
    out = {}
    for k in (1, 2):
        monkeypatch.setattr(decompose, "AREA_WORKERS", k)
        areas = Areas(p, vb)
        end = time.perf_counter() + 60.0
        out[k] = solve_areas(areas, end, 0.0, lambda: False, price=price)
    assert len(out[1]) == len(out[2]) == 4
    for one, two in zip(out[1], out[2]):
        assert one.status == two.status == "optimal"
        assert two.plan.objective == pytest.approx(one.plan.objective, rel=1e-7, abs=1e-6)
        assert two.plan.priced(price) == pytest.approx(one.plan.priced(price), rel=1e-7, abs=1e-6)
        assert two.bound == pytest.approx(one.bound, rel=1e-7, abs=1e-6)


@needs_worker
def test_two_areas_run_at_the_same_time(monkeypatch):
    p = county(5)
    monkeypatch.setattr(decompose, "AREA_WORKERS", 2)
    lock, running, most = threading.Lock(), [0], [0]
    solve = Areas.solve

    def watched(self, *args, **kwargs):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        try:
            time.sleep(0.3)  # long enough for the other thread to start its area
            return solve(self, *args, **kwargs)
        finally:
            with lock:
                running[0] -= 1

    monkeypatch.setattr(Areas, "solve", watched)
    solves = solve_areas(Areas(p, variable_bounds(p)), time.perf_counter() + 60.0, 1e-6, bool)
    assert most[0] == 2
    assert all(s.plan is not None for s in solves)


@needs_worker
def test_the_optimiser_has_the_same_optimum_either_way(monkeypatch):
    p = county(11, n=120, m=16, areas=3)
    results = {}
    for k in (1, 2):
        monkeypatch.setattr(decompose, "AREA_WORKERS", k)
        results[k] = optimise(p, time_limit=120.0, mip_rel_gap=1e-9)
    one, two = results[1], results[2]
    assert one.status == two.status == "optimal"
    assert two.objective == pytest.approx(one.objective, rel=1e-7, abs=1e-6)
    assert check_solution(p, two.x, two.y, two.flows) == []


@needs_worker
def test_a_cancel_stops_the_areas_solved_at_once_within_a_second(monkeypatch):
    monkeypatch.setattr(decompose, "AREA_WORKERS", 2)
    p = county(3, n=4000, m=400, areas=4, dmax=5000.0)
    event, fired = threading.Event(), []

    def fire():
        fired.append(time.perf_counter())
        event.set()

    timer = threading.Timer(2.0, fire)
    timer.start()
    try:
        res = optimise(p, time_limit=120.0, mip_rel_gap=0.0, is_canceled=event.is_set)
    finally:
        timer.cancel()
    done = time.perf_counter()
    assert res.status == "canceled"
    assert fired and done - fired[0] <= 1.0
