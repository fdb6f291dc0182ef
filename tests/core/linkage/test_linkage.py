"""Land-quota linkage core: DOMAIN §3.4-3.5, worked examples E9/E10, brute force, diagnosis."""

import dataclasses
import itertools

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal
from scipy.optimize import linprog

from urflow.core.errors import InfeasibleError, InputError
from urflow.core.linkage.accounting import (
    balance_sheet,
    check_solution,
    ha_to_mu,
    mu_to_ha,
    objective_value,
)
from urflow.core.linkage.diagnosis import diagnose_infeasibility
from urflow.core.linkage.greedy import greedy
from urflow.core.linkage.problem import STRICT_EPS_HA, candidate_pairs, linkage_problem
from urflow.core.linkage.solve import optimise
from urflow.core.linkage.table import balance_table

# E9 / E10 (DOMAIN §4)
D_AREA, D_KAPPA, D_GRADE, D_COST = [2.0, 1.2, 1.5], [0.85, 0.80, 0.75], [8, 9, 10], [60, 40, 45]
C_AREA, C_OCC, C_GRADE, C_VALUE = [1.5, 1.0, 0.8], [1.2, 0.8, 0.0], [7, 8, np.nan], [150, 90, 50]
PBF = "inside 永久基本农田"


def e10(**kw):
    args = dict(
        cost=D_COST,
        value=C_VALUE,
        excluded=[False, False, True],
        excluded_reason=["", "", PBF],
        demolition_ids=["D1", "D2", "D3"],
        construction_ids=["C1", "C2", "C3"],
    )
    args.update(kw)
    return linkage_problem(D_AREA, D_KAPPA, D_GRADE, C_AREA, C_OCC, C_GRADE, **args)


def rule(group_balance, key):
    return next(r for r in group_balance.rules if r.rule == key)


# --------------------------------------------------------------------------- E9 accounting


def test_e9_balance_every_figure():
    p = e10()
    t = balance_sheet(p, [1, 1, 0], [1, 1, 0]).total
    assert_allclose(t.demolition_ha, 3.2)
    assert_allclose(t.reclaimed_ha, 2.66)
    assert_allclose(t.construction_ha, 2.5)
    assert_allclose(t.occupied_ha, 2.0)
    assert_allclose(t.net_cultivated_ha, 0.66)
    assert_allclose(t.new_cultivated_ratio, 0.66 / 3.2)
    assert_allclose(t.quality_demolition, 20.32)
    assert_allclose(t.quality_construction, 17.2)
    assert_allclose(t.quota_ha, 2.66)
    assert_allclose(t.surplus_ha, 0.16)  # R - B
    assert_allclose(t.cost, 100.0)
    assert_allclose(t.value, 240.0)
    assert t.passed
    assert_allclose(
        [rule(t, "construction_lt_demolition").left, rule(t, "construction_lt_demolition").right],
        [2.5, 3.2],
    )
    assert_allclose([rule(t, "quota_repaid").left, rule(t, "quota_repaid").right], [2.5, 2.66])
    assert_allclose([rule(t, "quality").left, rule(t, "quality").right], [20.32, 17.2])
    assert not rule(t, "budget").required


def test_e9_basis_resettlement_and_mu():
    p = e10(quota_basis="reclaimed_construction", ctype=["resettlement", "urban", "urban"])
    t = balance_sheet(p, [1, 1, 0], [1, 1, 0]).total
    assert_allclose(t.quota_ha, 3.2)
    assert_allclose(t.surplus_ha, 0.7)  # A - B
    assert_allclose(t.resettlement_ha, 1.5)
    assert_allclose(t.surplus_resettlement_ha, 3.2 - 1.5)
    assert_allclose(ha_to_mu(0.16), 2.4)
    assert_allclose(mu_to_ha(15.0), 1.0)


def test_balance_rules_fail_and_rows():
    p = e10(budget=50.0)
    sheet = balance_sheet(p, [1, 0, 0], [1, 1, 1])  # D1 alone, C1+C2+C3 (C3 excluded)
    t = sheet.total
    assert not sheet.feasible
    assert not rule(t, "quota_repaid").passed  # 3.3 > 1.7
    assert not rule(t, "cultivated_not_reduced").passed  # 2.0 > 1.7
    assert not rule(t, "quality").passed  # 17.2 > 13.6
    assert not rule(t, "excluded_untouched").passed
    assert not rule(t, "budget").passed  # 60 > 50
    assert rule(t, "construction_lt_demolition").passed is False  # 3.3 >= 2.0
    rows = [r for r in balance_table(sheet, p.quota_basis) if r["kind"] == "rule"]
    assert {r["group_code"] for r in rows} == {"county", "total"}
    assert all(r["item"] and r["value"] is not None and r["passed"] in (0, 1) for r in rows)
    failed = {r["item"] for r in rows if r["group_code"] == "total" and not r["passed"]}
    assert failed >= {"quota_repaid", "cultivated_not_reduced", "quality", "budget"}


def test_strict_rule_tie_fails_margin_passes():
    def prob(b, mandatory=False):
        return linkage_problem(
            [1.0],
            1.0,
            8,
            [b],
            [0.0],
            np.nan,
            value=[10.0],
            quota_basis="reclaimed_construction",
            mandatory=[mandatory],
        )

    tie = prob(1.0)
    assert not rule(balance_sheet(tie, [1], [1]).total, "construction_lt_demolition").passed
    assert check_solution(tie, [1], [1], ([0], [0], [1.0]))
    res = optimise(tie)
    assert res.status == "optimal" and res.objective == 0 and not res.y.any()
    ok = prob(1.0 - STRICT_EPS_HA)
    res = optimise(ok)
    assert res.y.all() and res.objective == pytest.approx(10.0)
    assert check_solution(ok, res.x, res.y, res.flows) == []
    with pytest.raises(InfeasibleError, match="below 拆旧 area"):
        optimise(prob(1.0, mandatory=True))


# --------------------------------------------------------------------------- E10 MILP


def test_e10_optimum_and_runner_ups():
    p = e10()
    res = optimise(p)
    assert res.status == "optimal"
    assert res.objective == pytest.approx(140.0)
    assert_array_equal(res.x, [True, True, False])
    assert_array_equal(res.y, [True, True, False])
    assert res.gap == pytest.approx(0.0, abs=1e-6)
    assert check_solution(p, res.x, res.y, res.flows) == []
    assert_allclose(np.bincount(res.flow_j, res.flow_ha, minlength=3), [1.5, 1.0, 0.0])
    # runner-ups by fixing variables: without D2 -> {D1, D3}; with D2 and D3 -> all three
    r2 = optimise(p, fix_x={1: 0})
    assert r2.objective == pytest.approx(135.0)
    assert_array_equal(r2.x, [True, False, True])
    r3 = optimise(p, fix_x={1: 1, 2: 1})
    assert r3.objective == pytest.approx(95.0)
    assert_array_equal(r3.x, [True, True, True])
    assert_array_equal(r3.y, [True, True, False])
    assert objective_value(p, [1, 0, 1], [1, 1, 0]) == pytest.approx(135.0)


def test_e10_ranking_by_enumeration():
    # no distance limit, one county group: the aggregate balance decides feasibility
    p = e10()
    values = set()
    for bits in itertools.product([0, 1], repeat=6):
        x, y = bits[:3], bits[3:]
        if balance_sheet(p, x, y).feasible:
            values.add(round(objective_value(p, x, y), 9))
    assert sorted(values, reverse=True)[:4] == [140.0, 135.0, 95.0, 90.0]


def test_e10_greedy_is_feasible_baseline():
    p = e10()
    g = greedy(p)
    assert g.status == "heuristic"
    assert check_solution(p, g.x, g.y, g.flows) == []
    assert 0 <= g.objective <= 140.0 + 1e-9


def test_empty_selection_is_optimal():
    p = e10(value=[1.0, 1.0, 1.0])
    res = optimise(p)
    assert res.status == "optimal" and res.objective == 0.0
    assert not res.x.any() and not res.y.any() and res.flow_ha.size == 0
    assert greedy(p).objective == 0.0


def test_groups_distance_priority_and_budget():
    xy_d = [[0, 0], [100, 0], [5000, 0]]
    xy_c = [[0, 50], [5000, 50], [9000, 0]]
    gd, gc = ["PA01", "PA01", "PA02"], ["PA01", "PA02", "PA02"]
    i, j, d = candidate_pairs(xy_d, xy_c, 1000, gd, gc)
    assert_array_equal(i, [0, 1, 2])
    assert_array_equal(j, [0, 0, 1])
    p = linkage_problem(
        [1.0, 1.0, 1.0],
        0.9,
        6,
        [0.5, 0.5, 0.5],
        0.0,
        np.nan,
        cost=[10, 10, 10],
        value=[30, 30, 30],
        group_d=gd,
        group_c=gc,
        pairs=(i, j, d),
        max_distance_m=1000,
        priority=[0, 5, 0],
        priority_weight=1.0,
        distance_weight=2.0,
        budget=20,
    )
    res = optimise(p)
    assert res.status == "optimal"
    assert check_solution(p, res.x, res.y, res.flows) == []
    # C3 is out of reach; D2 is cheaper than D1 after its priority bonus; both C1 and C2 built
    assert_array_equal(res.y, [True, True, False])
    assert_array_equal(res.x, [False, True, True])
    assert res.objective == pytest.approx(
        60 - 5 - 10 - 2.0 * 0.5 * (100 / 1000 * 0 + np.hypot(100, 50) / 1000) - 2.0 * 0.5 * 0.05
    )
    names = [g.group for g in res.balance.groups]
    assert names == ["PA01", "PA02"]


# --------------------------------------------------------------------------- brute force


def random_instance(rng):
    n, m = int(rng.integers(1, 6)), int(rng.integers(1, 5))
    scale = "dengbie" if rng.random() < 0.6 else "dengji"
    G = 16 if scale == "dengbie" else 11
    inst = dict(
        a=np.round(rng.uniform(0.3, 2.5, n), 2),
        kappa=np.where(rng.random(n) < 0.2, 1.0, np.round(rng.uniform(0.6, 1.0, n), 2)),
        g=rng.integers(1, G, n).astype(float),
        k=np.round(rng.uniform(0, 100, n)),
        h=np.round(rng.uniform(0, 10, n), 1),
        prot=rng.random(n) < 0.15,
        b=np.round(rng.uniform(0.3, 2.0, m), 2),
        v=np.round(rng.uniform(0, 200, m)),
        excl=rng.random(m) < 0.15,
        mand=rng.random(m) < 0.12,
        xy_d=rng.uniform(0, 3000, (n, 2)),
        xy_c=rng.uniform(0, 3000, (m, 2)),
        scale=scale,
        G=G,
        basis="reclaimed_cultivated" if rng.random() < 0.6 else "reclaimed_construction",
        quality=bool(rng.random() < 0.7),
        budget=float(np.round(rng.uniform(40, 200))) if rng.random() < 0.5 else 0.0,
        beta=float(rng.uniform(0, 3)) if rng.random() < 0.5 else 0.0,
        lam=float(rng.uniform(0, 20)) if rng.random() < 0.5 else 0.0,
        dmax=1500.0 if rng.random() < 0.5 else 0.0,
    )
    inst["mand"] &= ~inst["excl"]
    inst["o"] = np.where(rng.random(m) < 0.25, 0.0, np.round(inst["b"] * rng.uniform(0, 1, m), 2))
    inst["gc"] = rng.integers(1, G, m).astype(float)
    if rng.random() < 0.5:
        inst["gd"] = rng.integers(-1, 2, n)
        inst["gcc"] = rng.integers(-1, 2, m)
    else:
        inst["gd"] = inst["gcc"] = None
    return inst


def build(inst):
    pairs = candidate_pairs(inst["xy_d"], inst["xy_c"], inst["dmax"], inst["gd"], inst["gcc"])
    return linkage_problem(
        inst["a"],
        inst["kappa"],
        inst["g"],
        inst["b"],
        inst["o"],
        inst["gc"],
        cost=inst["k"],
        priority=inst["h"],
        protected=inst["prot"],
        group_d=inst["gd"],
        value=inst["v"],
        mandatory=inst["mand"],
        excluded=inst["excl"],
        group_c=inst["gcc"],
        pairs=pairs,
        max_distance_m=inst["dmax"],
        quota_basis=inst["basis"],
        require_quality=inst["quality"],
        grade_scale=inst["scale"],
        budget=inst["budget"],
        priority_weight=inst["beta"],
        distance_weight=inst["lam"],
    )


def brute_force(inst):
    """Exact optimum by enumerating x, y; flows for fixed x, y by an LP (min distance cost)."""
    a, kap, g, k, h = inst["a"], inst["kappa"], inst["g"], inst["k"], inst["h"]
    b, o, gc, v, G = inst["b"], inst["o"], inst["gc"], inst["v"], inst["G"]
    n, m = a.size, b.size
    rec = a * kap
    q = rec if inst["basis"] == "reclaimed_cultivated" else a
    qd = rec * (G - g)
    qc = np.where(o > 0, o * (G - gc), 0.0)
    gd = np.zeros(n, int) if inst["gd"] is None else np.asarray(inst["gd"])
    gcc = np.zeros(m, int) if inst["gcc"] is None else np.asarray(inst["gcc"])
    gd, gcc = np.where(gd < 0, -1, gd), np.where(gcc < 0, -1, gcc)
    # pairs straight from the definition
    dist = np.hypot(
        inst["xy_d"][:, None, 0] - inst["xy_c"][None, :, 0],
        inst["xy_d"][:, None, 1] - inst["xy_c"][None, :, 1],
    )
    ok_pair = gd[:, None] == gcc[None, :]
    if inst["dmax"] > 0:
        ok_pair &= dist <= inst["dmax"]
    combos = []
    for xs in itertools.product([0, 1], repeat=n):
        for ys in itertools.product([0, 1], repeat=m):
            xa, ya = np.array(xs, bool), np.array(ys, bool)
            if (xa & inst["prot"]).any() or (ya & inst["excl"]).any() or (inst["mand"] & ~ya).any():
                continue
            if inst["budget"] > 0 and k[xa].sum() > inst["budget"] + 1e-9:
                continue
            good = True
            for grp in set(gd.tolist()) | set(gcc.tolist()):
                dx, cy = xa & (gd == grp), ya & (gcc == grp)
                B, A = b[cy].sum(), a[dx].sum()
                if B > 1e-9 and B > A - STRICT_EPS_HA + 1e-9:
                    good = False
                if B > q[dx].sum() + 1e-9 or o[cy].sum() > rec[dx].sum() + 1e-9:
                    good = False
                if inst["quality"] and qc[cy].sum() > qd[dx].sum() + 1e-9:
                    good = False
            if good:
                upper = v[ya].sum() - k[xa].sum() + inst["beta"] * h[xa].sum()
                combos.append((upper, xa, ya))
    combos.sort(key=lambda t: -t[0])
    best = None
    for upper, xa, ya in combos:
        if best is not None and upper < best - 1e-9:
            break
        if not ya.any():
            val = upper
        else:
            pi, pj = np.nonzero(ok_pair & xa[:, None] & ya[None, :])
            if not set(np.flatnonzero(ya)) <= set(pj.tolist()):
                continue
            P = pi.size
            a_eq = np.zeros((m, P))
            a_eq[pj, np.arange(P)] = 1
            a_ub = np.zeros((n, P))
            a_ub[pi, np.arange(P)] = 1
            cost = inst["lam"] * dist[pi, pj] / 1000.0
            lp = linprog(
                cost,
                A_ub=a_ub,
                b_ub=q * xa,
                A_eq=a_eq,
                b_eq=b * ya,
                bounds=(0, None),
                method="highs",
            )
            if lp.status != 0:
                continue
            val = upper - lp.fun
        if best is None or val > best:
            best = val
    return best


@pytest.mark.parametrize("seed", range(4))
def test_milp_equals_exhaustive_enumeration(seed):
    rng = np.random.default_rng(1000 + seed)
    n_feasible = n_infeasible = 0
    for _ in range(50):
        inst = random_instance(rng)
        p = build(inst)
        best = brute_force(inst)
        if best is None:
            n_infeasible += 1
            with pytest.raises(InfeasibleError):
                optimise(p)
            assert diagnose_infeasibility(p)
            continue
        n_feasible += 1
        res = optimise(p)
        assert res.status == "optimal"
        assert res.objective == pytest.approx(best, rel=1e-7, abs=1e-6)
        assert check_solution(p, res.x, res.y, res.flows) == []
        assert res.balance.feasible
        assert objective_value(p, res.x, res.y, res.flows) == pytest.approx(res.objective)
        try:
            gr = greedy(p)
        except InfeasibleError:
            assert p.mandatory.any()
            continue
        assert check_solution(p, gr.x, gr.y, gr.flows) == []
        assert gr.objective <= best + 1e-6
    assert n_feasible > 30


# --------------------------------------------------------------------------- infeasibility


def test_mandatory_excluded_conflict_names_parcel_and_reason():
    p = e10(mandatory=[False, False, True])
    with pytest.raises(InfeasibleError, match=r"C3 is mandatory but excluded \(inside 永久基本"):
        optimise(p)
    res = optimise(p, raise_infeasible=False)
    assert res.status == "infeasible" and "C3" in res.message
    assert not res.x.any() and np.isnan(res.objective)


def test_mandatory_too_big_for_project_area():
    # PA02 holds the E9 demolitions (R = 2.66 ha); mandatory 建新 there needs 3.20 ha
    p = linkage_problem(
        D_AREA,
        D_KAPPA,
        D_GRADE,
        [1.7, 1.5, 0.5],
        [0.0, 0.0, 0.0],
        np.nan,
        demolition_ids=["D1", "D2", "D3"],
        construction_ids=["C1", "C2", "C4"],
        group_d=["PA02", "PA02", "PA01"],
        group_c=["PA02", "PA02", "PA01"],
        mandatory=[True, True, False],
        value=[1, 1, 1],
    )
    with pytest.raises(InfeasibleError) as err:
        optimise(p)
    msg = str(err.value)
    assert "project area PA02" in msg and "needs 3.20 ha of quota" in msg and "2.66 ha" in msg


def test_mandatory_single_parcel_and_out_of_reach():
    p = e10(mandatory=[True, False, False], protected=[True, False, True])
    with pytest.raises(InfeasibleError, match=r"C1 needs 1.50 ha of quota.*at most 0.96 ha"):
        optimise(p)
    i, j, d = candidate_pairs([[0, 0]] * 3, [[0, 0], [5000, 0], [0, 0]], 1000)
    p = e10(mandatory=[False, True, False], pairs=(i, j, d), max_distance_m=1000)
    with pytest.raises(InfeasibleError, match=r"C2 \(1.00 ha\) has no 拆旧 candidate within 1000"):
        optimise(p)


def test_budget_and_quality_diagnosis():
    p = e10(mandatory=[True, True, False], budget=90)
    with pytest.raises(InfeasibleError, match="budget"):
        optimise(p)
    # C1 alone occupies 等别 1 land: 1.2 * 15 = 18 points > 20.35 would pass; use 2 ha @ 1
    p = linkage_problem(
        D_AREA, D_KAPPA, D_GRADE, [2.0], [2.0], [1], mandatory=[True], construction_ids=["C9"]
    )
    with pytest.raises(InfeasibleError, match="quality points"):
        optimise(p)
    assert "quality points" in diagnose_infeasibility(p)[0]


def test_combined_rules_diagnosed_by_relaxation():
    # Quota must come from the paired D0 (R only 0.6 ha), cultivated land needs D1 as well,
    # the budget pays for one: every cheap bound holds, the combination does not.
    p = linkage_problem(
        [1.2, 1.0],
        [0.5, 1.0],
        8,
        [1.0],
        [1.0],
        8,
        cost=[10, 10],
        mandatory=[True],
        quota_basis="reclaimed_construction",
        pairs=([0], [0], [10.0]),
        budget=10,
        require_quality=False,
        demolition_ids=["D0", "D1"],
        construction_ids=["C0"],
    )
    with pytest.raises(InfeasibleError, match="not all together") as err:
        optimise(p)
    assert "budget of 10.00" in str(err.value) and "R >= O" in str(err.value)
    assert optimise(dataclasses.replace(p, budget=20.0)).status == "optimal"


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize(
    "kw, pattern",
    [
        (dict(kappa=[0.85, 0.0, 0.75]), r"κ must lie in \(0, 1\].*D2"),
        (dict(kappa=[1.2, 0.8, 0.75]), r"κ must lie in \(0, 1\].*D1"),
        (dict(grade_d=[8, 16, 10]), r"grades must lie in 1..15.*D2"),
        (dict(area_d=[2.0, 0.0, 1.5]), r"拆旧 areas must be > 0.*D2"),
        (dict(area_c=[1.5, -1.0, 0.8]), r"建新 areas must be > 0.*C2"),
        (dict(occupied=[1.6, 0.8, 0.0]), r"C1: 1.6000 ha occupied of 1.5000 ha"),
        (dict(grade_c=[0, 8, np.nan]), r"occupied cultivated land.*C1"),
    ],
)
def test_validation_errors(kw, pattern):
    args = dict(
        area_d=D_AREA,
        kappa=D_KAPPA,
        grade_d=D_GRADE,
        area_c=C_AREA,
        occupied=C_OCC,
        grade_c=C_GRADE,
    )
    args.update(kw)
    with pytest.raises(InputError, match=pattern):
        linkage_problem(
            **args, demolition_ids=["D1", "D2", "D3"], construction_ids=["C1", "C2", "C3"]
        )


def test_validation_scale_params_and_pairs():
    with pytest.raises(InputError, match=r"1..10 \(dengji\)"):
        linkage_problem(D_AREA, D_KAPPA, [8, 9, 11], C_AREA, C_OCC, [7, 8, 1], grade_scale="dengji")
    with pytest.raises(InputError, match="quota_basis"):
        e10(quota_basis="cultivated")
    with pytest.raises(InputError, match="budget"):
        e10(budget=-1)
    with pytest.raises(InputError, match="different project areas"):
        e10(group_d=[1, 1, 2], group_c=[1, 2, 2], pairs=([0], [1], [10.0]))
    with pytest.raises(InputError, match="both"):
        e10(group_d=[1, 1, 2])
    with pytest.raises(InputError, match="type"):
        e10(ctype=["urban", "farm", "urban"])
    with pytest.raises(InputError, match="fix_x"):
        optimise(e10(), fix_x={7: 1})


# --------------------------------------------------------------------------- pairs, checker


def test_candidate_pairs_match_dense_definition():
    rng = np.random.default_rng(7)
    xy_d, xy_c = rng.uniform(0, 1e4, (300, 2)), rng.uniform(0, 1e4, (40, 2))
    gd, gc = rng.integers(-1, 4, 300), rng.integers(-1, 4, 40)
    i, j, d = candidate_pairs(xy_d, xy_c, 1500, gd, gc)
    dense = np.hypot(*(xy_d[:, None, :] - xy_c[None, :, :]).transpose(2, 0, 1))
    want = (dense <= 1500) & (np.where(gd < 0, -1, gd)[:, None] == np.where(gc < 0, -1, gc))
    wi, wj = np.nonzero(want)
    assert set(zip(i.tolist(), j.tolist())) == set(zip(wi.tolist(), wj.tolist()))
    assert_allclose(d, dense[i, j])
    assert np.all(np.diff(j) >= 0)
    i0, j0, _ = candidate_pairs(xy_d, xy_c, 0, gd, gc)
    wi, wj = np.nonzero(np.where(gd < 0, -1, gd)[:, None] == np.where(gc < 0, -1, gc))
    assert i0.size == wi.size
    i1, _, _ = candidate_pairs(xy_d[:5], xy_c[:3])
    assert i1.size == 15


def test_check_solution_reports_violations():
    p = e10(protected=[False, False, True])
    good = ([0, 1, 0], [0, 0, 1], [0.7, 0.8, 1.0])
    assert check_solution(p, [1, 1, 0], [1, 1, 0], good) == []
    v = check_solution(p, [1, 1, 1], [1, 1, 1], good)
    assert any("protected" in s and "D3" in s for s in v)
    assert any("excluded" in s and PBF in s for s in v)
    assert any("C3 receives" in s for s in v)
    v = check_solution(p, [1, 0, 0], [1, 1, 0], ([0, 0], [0, 1], [1.5, 1.0]))
    assert any("D1 gives 2.5000 ha" in s for s in v)
    assert any("exceeds the quota" in s for s in v)
    assert any("quality points" in s for s in v)
    assert check_solution(p, [1, 1, 0], [1, 1, 0], None)  # built without flows


def test_time_limit_returns_a_checked_plan():
    rng = np.random.default_rng(3)
    n, m = 400, 40
    xy_d, xy_c = rng.uniform(0, 2e4, (n, 2)), rng.uniform(0, 2e4, (m, 2))
    gd, gc = rng.integers(0, 4, n), rng.integers(0, 4, m)
    a = rng.uniform(0.05, 1.0, n)
    p = linkage_problem(
        a,
        rng.uniform(0.7, 0.9, n),
        rng.integers(5, 13, n),
        rng.uniform(0.3, 3, m),
        0.0,
        np.nan,
        cost=a * rng.uniform(30, 60, n),
        value=rng.uniform(40, 200, m),
        group_d=gd,
        group_c=gc,
        pairs=candidate_pairs(xy_d, xy_c, 6000, gd, gc),
        budget=150.0,
        distance_weight=0.5,
    )
    res = optimise(p, time_limit=0.5)
    assert res.status in ("optimal", "time_limit")
    assert check_solution(p, res.x, res.y, res.flows) == []
    assert res.objective >= greedy(p).objective - 1e-6 * max(1.0, abs(res.objective))
    if res.status == "optimal":
        assert res.gap <= 1e-6
