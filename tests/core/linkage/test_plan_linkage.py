"""The one entry, plan_linkage: E10 from parcels as read, stable codes, two languages."""

import dataclasses

import numpy as np
import pytest
from numpy.testing import assert_allclose

from urflow.core.errors import InputError
from urflow.core.linkage import (
    ConstructionParcels,
    ControlLineOverlaps,
    DemolitionParcels,
    LinkageRules,
    PlanOptions,
    plan_linkage,
)
from urflow.core.linkage.labels import (
    CONSTRUCTION_STATES,
    DEMOLITION_STATES,
    FIGURE_LABELS,
    GROUPS,
    RULE_LABELS,
    STATUSES,
)
from urflow.core.linkage.table import BALANCE_FIELDS

CODE_FIELDS = ("group_code", "kind", "item", "passed", "required", "value", "limit")


def e10_parcels(mandatory=(False, False, False)):
    """E10 (DOMAIN §4) as read from layers, with a parcel D0 that has no geometry."""
    demolition = DemolitionParcels(
        ids=np.array(["D0", "D1", "D2", "D3"], dtype=object),
        area_ha=np.array([0.5, 2.0, 1.2, 1.5]),
        xy=np.array([[np.nan, np.nan], [0, 0], [300, 0], [500, 0]]),
        kappa=np.array([0.8, 0.85, 0.80, 0.75]),
        grade=np.array([9, 8, 9, 10.0]),
        cost=np.array([1.0, 60, 40, 45]),
        priority=np.zeros(4),
        protected=np.zeros(4, dtype=bool),
        group=np.array(["", "", "", ""], dtype=object),
    )
    construction = ConstructionParcels(
        ids=np.array(["C1", "C2", "C3"], dtype=object),
        area_ha=np.array([1.5, 1.0, 0.8]),
        xy=np.array([[0, 300], [300, 300], [500, 300]]),
        value=np.array([150, 90, 50.0]),
        ctype=np.array(["urban", "resettlement", "industrial"], dtype=object),
        mandatory=np.array(mandatory),
        group=np.array(["", "", ""], dtype=object),
        occupied_ha=np.array([1.2, 0.8, 0.0]),
        occupied_grade=np.array([7, 8, np.nan]),
        overlaps=ControlLineOverlaps(np.array([0, 0, 1000.0]), np.zeros(3)),
    )
    return demolition, construction


def test_e10_through_the_entry():
    plan = plan_linkage(*e10_parcels())
    assert plan.status == "optimal" and plan.objective == pytest.approx(140.0)
    assert list(plan.demolition.state) == ["unusable", "selected", "selected", "not_selected"]
    assert list(plan.construction.state) == ["selected", "selected", "excluded"]
    assert list(plan.construction.excluded_code) == [None, None, "permanent_farmland"]
    assert list(plan.construction.excluded_reason) == [
        None,
        None,
        "overlaps permanent basic farmland (1000.00 m²)",
    ]
    assert set(plan.demolition.state) <= set(DEMOLITION_STATES.codes)
    assert set(plan.construction.state) <= set(CONSTRUCTION_STATES.codes)
    assert list(plan.demolition.group_code) == [None, "county", "county", "county"]
    assert_allclose(plan.construction.quota_received_ha, [1.5, 1.0, 0.0])
    assert_allclose(plan.demolition.quota_used_ha.sum(), 2.5)
    assert np.isnan(plan.demolition.reclaimed_ha[0])
    assert any("1 拆旧 parcels have no area" in w and "D0" in w for w in plan.warnings)
    flows = plan.flows
    assert set(flows.demolition_row) <= {1, 2} and set(flows.construction_row) == {0, 1}
    assert_allclose(flows.quota_mu, 15 * flows.quota_ha)
    summary = plan.summary()
    assert summary["STATUS"] == "optimal" and summary["ALL_RULES_PASSED"] is True
    assert summary["N_EXCLUDED"] == 1 and summary["DIAGNOSIS"] is None
    assert summary["SURPLUS_HA"] == pytest.approx(0.16)


def test_same_codes_and_result_in_both_languages():
    en = plan_linkage(*e10_parcels(), options=PlanOptions(language="en"))
    zh = plan_linkage(*e10_parcels(), options=PlanOptions(language="zh"))
    a, b = en.summary(), zh.summary()
    a.pop("SOLVE_SECONDS"), b.pop("SOLVE_SECONDS")
    assert a == b
    assert [tuple(r[k] for k in CODE_FIELDS) for r in en.balance_rows] == [
        tuple(r[k] for k in CODE_FIELDS) for r in zh.balance_rows
    ]
    assert list(en.construction.excluded_code) == list(zh.construction.excluded_code)
    assert zh.construction.excluded_reason[2] == "占用永久基本农田 1000.00 m²"
    rows = {(r["group_code"], r["item"]): r for r in zh.balance_rows}
    assert rows[("total", "budget")]["group"] == GROUPS.label("total", "zh") == "合计"
    assert rows[("county", "quality")]["label"] == RULE_LABELS.label("quality", "zh")
    assert (
        rows[("county", "quality")]["result"] == "通过"
        and rows[("county", "quality")]["passed"] == 1
    )
    assert rows[("county", "demolition_ha")]["label"] == FIGURE_LABELS.label("demolition_ha", "zh")
    assert all(set(r) == set(BALANCE_FIELDS) for r in en.balance_rows)


def test_rule_rows_carry_passed_codes():
    plan = plan_linkage(*e10_parcels())
    rules = [r for r in plan.balance_rows if r["kind"] == "rule"]
    figures = [r for r in plan.balance_rows if r["kind"] == "figure"]
    assert rules and all(r["passed"] in (0, 1) for r in rules)
    assert all(r["passed"] == 1 for r in rules if r["required"])
    assert all(r["passed"] is None and r["result"] is None for r in figures)
    budget = next(r for r in rules if r["item"] == "budget")
    assert budget["required"] == 0 and budget["limit"] is None  # no budget: not enforced


def test_infeasible_is_a_result_with_the_diagnosis_first():
    d, c = e10_parcels(mandatory=(True, True, False))
    plan = plan_linkage(d, c, LinkageRules(budget=90.0))
    assert plan.status == "infeasible" and not plan.has_plan
    first = plan.balance_rows[0]
    assert first["kind"] == "diagnosis" and first["item"] == "infeasible"
    assert first["passed"] == 0 and first["group_code"] == "total"
    assert first["label"] == plan.diagnosis and "budget" in plan.diagnosis
    assert first["result"] == STATUSES.label("infeasible")
    assert plan.summary()["ALL_RULES_PASSED"] is False
    assert not plan.demolition.selected.any()


def test_input_errors_name_the_parcels():
    d, c = e10_parcels(mandatory=(False, False, True))
    with pytest.raises(InputError, match=r"Mandatory 建新 parcels break a control line.*C3"):
        plan_linkage(d, c)
    d, c = e10_parcels(mandatory=(True, False, False))
    c = dataclasses.replace(c, area_ha=np.array([np.nan, 1.0, 0.8]))
    with pytest.raises(InputError, match="Mandatory 建新 parcels have no area: C1"):
        plan_linkage(d, c)
    d, c = e10_parcels()
    with pytest.raises(InputError, match="budget"):
        plan_linkage(d, c, LinkageRules(budget=-1))
    with pytest.raises(InputError, match="time_limit"):
        plan_linkage(d, c, options=PlanOptions(time_limit=0))


def test_project_areas_and_no_limit_decoded_once():
    d, c = e10_parcels()
    d = dataclasses.replace(d, group=np.array(["", "PA", "PA", "PB"], dtype=object))
    c = dataclasses.replace(c, group=np.array(["PA", "PA", "PB"], dtype=object))
    plan = plan_linkage(d, c, LinkageRules(max_distance_m=0, budget=0))
    assert plan.problem.group_names == ("PA", "PB")
    assert np.isinf(plan.problem.budget) and np.isinf(plan.problem.max_distance_m)
    assert plan.status == "optimal"
    codes = {r["group_code"] for r in plan.balance_rows}
    assert codes == {"PA", "PB", "total"}
