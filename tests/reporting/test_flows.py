"""The flows section from plain columns: the urban–rural matrix, the top senders and receivers."""

import re

import pytest

from urflow.reporting import FlowNodes, Flows, build_report, unit_name
from urflow.reporting.flows import digits_of, flow_section, matrix_rows, ranked


def english(text):
    return text


MATRIX = [
    {"kind": "labour", "urban_to_urban": 6, "urban_to_rural": "2", "rural_to_urban": 22,
     "rural_to_rural": 1, "total": 31, "net_rural_outflow": 20},
    {"kind": "capital", "urban_to_urban": 0, "urban_to_rural": 5, "rural_to_urban": 1,
     "rural_to_rural": 0, "total": None, "net_rural_outflow": None},
]  # fmt: skip
NODES = FlowNodes(
    names=["赵庄村", "大冲村", "<i>县城</i>", "上海市", "吴楼村", None],
    node_ids=["V1", "V2", "T1", "C1", "V3", "V4"],
    node_types=["rural", "rural", "urban", "urban", "rural", "rural"],
    kinds=["labour"] * 5 + ["capital"],
    inflow=[0, 1, 20, 9, 0, 3],
    outflow=[12, 9, 0, 0, 0, 0],
    net=[-12, -8, 20, 9, 0, 3],
)


def test_matrix_rows_fill_a_missing_total_and_net():
    rows = matrix_rows(MATRIX)
    assert rows[0].total == 31 and rows[0].net_rural_outflow == 20
    assert rows[1].total == pytest.approx(6.0)
    assert rows[1].net_rural_outflow == pytest.approx(-4.0)


def test_ranked_senders_and_receivers():
    senders = ranked(NODES, "labour", "rural", "outflow")
    assert [n.name for n in senders] == ["赵庄村", "大冲村"]  # no zero outflow
    receivers = ranked(NODES, "labour", "urban", "inflow", limit=1)
    assert [(n.name, n.inflow, n.net) for n in receivers] == [("<i>县城</i>", 20.0, 20.0)]
    assert ranked(NODES, "capital", "rural", "outflow") == []


def test_whole_values_have_no_decimals():
    assert digits_of(Flows(matrix=MATRIX, nodes=NODES)) == 0
    assert digits_of(Flows(matrix=[{"kind": "land", "rural_to_urban": 2.5}])) == 2


def test_section_names_the_top_nodes_with_values_and_units():
    flows = Flows(matrix=MATRIX, nodes=NODES, unit=unit_name("persons", english))
    section = flow_section(flows, english)
    page = section.html
    for text in (
        "Urban–rural flows",
        "Flows between urban and rural nodes (urban–rural matrix)",
        "Rural → urban",
        "Net rural outflow",
        "Top 10 sending villages (largest outflow)",
        "Top 10 receiving towns and cities (largest inflow)",
        "赵庄村",
        "上海市",
        "&lt;i&gt;县城&lt;/i&gt;",
        "<td>persons</td>",
        "<h3>labour</h3>",
        "<h3>capital</h3>",
    ):
        assert text in page, text
    assert '<td class="num">22</td>' in page and '<td class="num">-12</td>' in page
    assert section.tables == 1 + 2 * 2
    assert section.summary[0] == (
        "labour: Net rural outflow: 20 persons of 31 persons in all (64.5 %)."
    )
    assert (
        "labour: Largest sender 赵庄村 (12 persons); largest receiver <i>县城</i> (20 persons)."
        in (section.summary)
    )


def test_one_kind_has_no_kind_headings_and_the_report_counts_the_section():
    report = build_report(flows=Flows(matrix=MATRIX[:1]), tr=english)
    assert report.sections == 1 and report.tables == 1
    # no kind headings: the only sub-heading is the method part (here: no run recorded)
    assert re.findall(r"<h3>(.*?)</h3>", report.html) == ["Method and parameters"]
    assert "Net rural outflow: 20 units of the flow table of 31 units of the flow table" in (
        report.html
    )
