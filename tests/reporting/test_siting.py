"""The facility-siting section from plain columns: the method from the run's settings, the new
sites named with township, population and load, the uncovered villages named, and the curve
("what each extra site buys") with the gain of each extra site, numbers with units."""

import math

from urflow.reporting import Siting, SitingDemand, SitingSites, build_report
from urflow.reporting.siting import curve_rows, method_rows, new_sites, siting_section, uncovered


def english(text):
    return text


RUN = {
    "run_model": "lscp",
    "run_threshold": 30.0,
    "run_cost_unit": "minutes",
    "run_standard": "rural_primary_school",
    "run_population": "pop_6_11",
    "run_status": "optimal",
    "run_gap": 0.0,
}
#: Six villages: V1, V2 to the existing school S0, V3, V4 to the new site N1 (in 云岭乡),
#: V5 to the new site N2 but 41.5 minutes away (not covered), V6 reaches no site.
DEMAND = SitingDemand(
    names=["东村", "西村", "<i>山口村</i>", "岭下村", "杉坑村", "远山村"],
    towns=["石门镇", "石门镇", "云岭乡", "云岭乡", "杉坑乡", None],
    weights=[1200.0, 800.0, 150.0, 90.0, 60.0, 25.0],
    site_ids=["S0", "S0", "N1", "N1", "N2", None],
    site_costs=[5.0, 12.0, 20.0, 28.5, 41.5, None],
    covered=[1, 1, 1, 1, 0, 0],
    run=RUN,
)
SITES = SitingSites(
    ids=["S0", "N1", "N2", "C9"],
    names=["石门小学", "山口村", "杉坑村", "某村"],
    towns=["石门镇", "云岭乡", "杉坑乡", "杉坑乡"],
    roles=["existing", "new", "new", "candidate"],
    assigned_pop=[2000.0, 240.0, 60.0, 0.0],
    load=[0.8, 0.6, float("nan"), None],
)
CURVE = [  # as a CSV reads back: text
    {"k": "2", "covered_pop": "2240", "coverage_rate": "0.96", "mean_cost": "11.2",
     "max_cost": "41.5", "new_ids": "N1,N2"},
    {"k": "0", "covered_pop": "2000", "coverage_rate": "0.86", "mean_cost": "9.9",
     "max_cost": "55", "new_ids": ""},
    {"k": "1", "covered_pop": "2240", "coverage_rate": "0.96", "mean_cost": "10.8",
     "max_cost": "55", "new_ids": "N1"},
]  # fmt: skip
DATA = Siting(demand=DEMAND, sites=SITES, curve=CURVE)


def test_the_curve_is_by_k_with_the_gain_of_each_extra_site():
    rows = curve_rows(CURVE)
    assert [row.k for row in rows] == [0, 1, 2]
    assert math.isnan(rows[0].gain) and [row.gain for row in rows[1:]] == [240.0, 0.0]
    assert rows[2].new_ids == "N1, N2"


def test_new_sites_and_uncovered_villages_most_people_first():
    assert new_sites(SITES) == [1, 2]
    assert uncovered(DEMAND) == [4, 5]


def test_the_method_comes_from_the_run_settings():
    rows = dict((item, value) for item, value in method_rows(DEMAND, "en", english))
    assert rows["Model"].startswith("LSCP")
    assert rows["Covering threshold (inclusive)"].startswith("30.0 minutes (standard rural_primary")
    assert rows["Population counted (field)"] == "pop_6_11 (children aged 6–11)"
    assert rows["Solver status"] == "proven optimal" and rows["Optimality gap"] == "0.00 %"
    run = {**RUN, "run_threshold": None, "run_standard": None, "run_model": "pmedian"}
    custom = SitingDemand(**{**DEMAND.__dict__, "run": {**run, "run_cost_unit": "meters"}})
    rows = dict(method_rows(custom, "en", english))
    assert rows["Covering threshold (inclusive)"].startswith("none")
    assert rows["Population counted (field)"] == "pop_6_11"
    assert "metres" in rows["Travel costs"] and rows["Model"].startswith("p-median")


def test_the_section_names_sites_villages_and_units():
    section = siting_section(DATA, "en", english)
    html = section.html
    assert section.tables == 4 and section.maps == 0
    for text in (
        "Facility siting: new sites to close the gaps",
        # new sites: id, name, township, villages served, people, load
        '<td>N1</td><td>山口村</td><td>云岭乡</td><td class="num">2</td>'
        '<td class="num">240</td><td class="num">60.0 %</td>',
        '<td>N2</td><td>杉坑村</td><td>杉坑乡</td><td class="num">1</td><td class="num">60</td>',
        '<td>Total</td><td></td><td></td><td></td><td class="num">300</td>',
        "New sites: 2; existing facilities kept open: 1",
        # uncovered villages, most people first, the unreachable one without a site
        '<td>杉坑村</td><td>杉坑乡</td><td class="num">60</td><td>N2</td>'
        '<td class="num">41.5 minutes</td>',
        '<td>远山村</td><td>(no township)</td><td class="num">25</td><td>none within reach</td>'
        '<td class="num">—</td>',
        "Villages beyond the threshold: 2 (85 people)",
        # the curve: k, covered, rate, mean, max, gain, new ids
        '<td class="num">1</td><td class="num">2,240</td><td class="num">96.0 %</td>'
        '<td class="num">10.8</td><td class="num">55.0</td><td class="num">240</td>'
        "<td>山口村</td>",  # the new site named
        "<td>山口村, 杉坑村</td>",
        "Mean cost (minutes)",
        "Covered population (people)",
    ):
        assert text in html, text
    assert "<i>" not in html and "&lt;i&gt;山口村" not in html  # S0's villages: not listed
    assert "某村" not in html  # a candidate not chosen is not a new site
    assert section.summary == [
        "Facility siting: new sites 2; covered 2,240 people of 2,325 people (96.3 %); "
        "villages uncovered 2."
    ]


def test_without_capacities_there_is_no_load_column():
    sites = SitingSites(**{**SITES.__dict__, "load": [None, None, float("nan"), None]})
    html = siting_section(Siting(demand=DEMAND, sites=sites), "en", english).html
    assert "Load (assigned / capacity)" not in html
    assert '<td class="num">240</td></tr>' in html


def test_every_village_covered_is_said_and_the_report_counts_the_section():
    covered = SitingDemand(**{**DEMAND.__dict__, "covered": [1] * 6})
    report = build_report("T", siting=Siting(demand=covered, sites=SITES), tr=english)
    assert report.sections == 1 and report.tables == 2  # method, new sites
    assert "Every village is within the threshold of an open site." in report.html
    assert "villages uncovered 0." in report.html


def test_chinese_units(monkeypatch):
    words = {"{n} people": "{n} 人", "minutes": "分钟", ", ": "、"}
    section = siting_section(DATA, "zh", lambda text: words.get(text, text))
    assert "41.5 分钟" in section.html and "85 人" in section.html
    assert "<td>山口村、杉坑村</td>" in section.html
    rows = dict(method_rows(DEMAND, "zh", lambda text: text))
    assert "小学（农村）" in rows["Covering threshold (inclusive)"]


def test_the_workbook_sheets_of_the_siting():
    from urflow.reporting.workbook import build_workbook

    sheets = {s.name: s for s in build_workbook("en", english, siting=DATA)}
    assert list(sheets) == ["New sites", "Villages uncovered", "Siting curve", "Method"]
    assert sheets["New sites"].rows == [
        ["N1", "山口村", "云岭乡", 2, 240, 0.6],
        ["N2", "杉坑村", "杉坑乡", 1, 60, None],
    ]
    uncovered_sheet = sheets["Villages uncovered"]
    assert uncovered_sheet.header[-1] == "Cost to the assigned site (minutes)"
    assert uncovered_sheet.rows == [
        ["杉坑村", "杉坑乡", 60, "N2", 41.5],
        ["远山村", "(no township)", 25, None, None],
    ]
    curve = sheets["Siting curve"].rows
    assert [row[0] for row in curve] == [0, 1, 2]
    assert curve[1] == [1, 2240, 96.0, 10.8, 55.0, 240, "山口村"]  # N1 by its name
    assert curve[0][-1] is None and curve[2][-1] == "山口村, 杉坑村"
    assert ["Facility siting", "Model", method_rows(DEMAND, "en", english)[0][1]] in (
        sheets["Method"].rows
    )
