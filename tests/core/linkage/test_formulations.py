"""The aggregated flow model (issue 19: flows per class of 拆旧 parcels with the same partners
when λ = 0) against the per-pair model it replaces: the same optimum on random instances,
solved exactly, and a plan the independent checker accepts."""

import dataclasses

import numpy as np
import pytest

from urflow.core.linkage import model as linkage_model
from urflow.core.linkage.accounting import check_solution, objective_value
from urflow.core.linkage.model import build_model, flow_classes, solve_model, variable_bounds
from urflow.core.linkage.problem import candidate_pairs, linkage_problem
from urflow.core.linkage.solve import optimise


def instance(seed, n=40, m=8, groups=2, dmax=1500.0, budget=True):
    rng = np.random.default_rng(seed)
    gd, gc = rng.integers(0, groups, n), rng.integers(0, groups, m)
    xy_d, xy_c = rng.uniform(0, 3000, (n, 2)), rng.uniform(0, 3000, (m, 2))
    a = np.round(rng.uniform(0.1, 1.2, n), 3)
    b = np.round(rng.uniform(0.3, 2.5, m), 3)
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
        protected=rng.random(n) < 0.1,
        mandatory=rng.random(m) < 0.1,
        group_d=gd,
        value=np.round(b * rng.uniform(40, 120, m), 2),
        group_c=gc,
        pairs=candidate_pairs(xy_d, xy_c, dmax, gd, gc) if dmax else None,
        max_distance_m=dmax,
        budget=0.3 * cost.sum() if budget else 0.0,
        priority_weight=float(rng.uniform(0, 5)),
        distance_weight=0.0,
        require_quality=bool(rng.random() < 0.5),
    )


def solved(p, aggregate):
    out = solve_model(build_model(p, variable_bounds(p), aggregate=aggregate), 60.0, 0.0)
    return out


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("dmax", [0.0, 1200.0])
def test_the_class_model_has_the_pair_models_optimum(seed, dmax):
    try:
        p = instance(seed, dmax=dmax, budget=seed % 2 == 0)
    except Exception as error:  # noqa: BLE001 (a mandatory parcel without partners)
        pytest.skip(str(error))
    pairs, classes = solved(p, False), solved(p, True)
    assert classes.status == pairs.status
    if pairs.status == "infeasible":
        return
    assert pairs.status == "optimal"
    assert classes.objective == pytest.approx(pairs.objective, rel=1e-7, abs=1e-6)
    s = classes.selection
    assert check_solution(p, s.x, s.y, s.flows) == []
    assert objective_value(p, s.x, s.y, s.flows) == pytest.approx(classes.objective)


def test_without_a_distance_limit_an_area_is_one_class_and_the_model_is_small():
    p = instance(3, n=200, m=20, groups=1, dmax=0.0, budget=False)
    fc = flow_classes(p)
    assert fc.n_classes == 1 and fc.pair_j.size == p.n_construction
    pair_model = build_model(p, variable_bounds(p), aggregate=False)
    class_model = build_model(p, variable_bounds(p))
    assert class_model.classes is not None
    fixed = p.n_demolition + p.n_construction + len(p.group_names)  # x, y, w
    assert pair_model.c.size - fixed == p.pair_i.size == 200 * 20
    assert class_model.c.size - fixed == p.n_construction  # one flow column per 建新 parcel
    with pytest.raises(ValueError):
        build_model(dataclasses.replace(p, distance_weight=0.5), variable_bounds(p), aggregate=True)


def test_classes_group_parcels_by_their_partners():
    p = instance(5, n=60, m=10, groups=2, dmax=1000.0)
    fc = flow_classes(p)
    partners = [frozenset(p.pair_j[p.pair_i == i].tolist()) for i in range(p.n_demolition)]
    for i in range(p.n_demolition):
        for k in range(p.n_demolition):
            assert (fc.of_i[i] == fc.of_i[k]) == (partners[i] == partners[k])
    for cls in range(fc.n_classes):
        members = np.flatnonzero(fc.of_i == cls)
        assert set(fc.pair_j[fc.pair_class == cls].tolist()) == partners[members[0]]


@pytest.mark.parametrize("seed", range(4))
def test_the_optimiser_gives_the_same_plan_value_with_either_model(monkeypatch, seed):
    p = instance(100 + seed, n=80, m=12, groups=3, dmax=1500.0, budget=True)
    with_classes = optimise(p, time_limit=60.0, mip_rel_gap=0.0)
    monkeypatch.setattr(linkage_model, "AGGREGATE_FLOWS", False)
    with_pairs = optimise(p, time_limit=60.0, mip_rel_gap=0.0)
    assert with_classes.status == with_pairs.status == "optimal"
    assert with_classes.objective == pytest.approx(with_pairs.objective, rel=1e-7, abs=1e-6)
    assert check_solution(p, with_classes.x, with_classes.y, with_classes.flows) == []
