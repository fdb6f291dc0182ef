"""The robustness campaign (issue 12): a few hundred bad and awkward inputs, every algorithm.

Each case runs in a child Python (campaign.py), one child per algorithm, so a crash of QGIS is
recorded as the case's outcome instead of killing pytest. What every case must give:

- no crash and no traceback: the run returns, or raises a QgsProcessingException (or Processing
  refuses a parameter) whose message names what is wrong (parameter, layer, field or ids);
- all or nothing: after an error, none of the outputs exists (nor a ``.part`` file); after a
  success every required output exists;
- no input file changed (content hash before and after);
- no silent nonsense: what the kind of case must say (a counted warning) or give (NULL, not 0).

Cases known to fail are marked xfail(strict=True) with the reason, so a fix shows as XPASS.
"""

import os
from pathlib import Path

import pytest

from . import campaign

CASES = {case.id: case for case in campaign.case_list()}
_OUTCOMES = {}

#: Findings of the campaign not fixed in this branch: case id -> reason.
KNOWN = {}


@pytest.fixture(scope="module")
def bases(tmp_path_factory):
    work = Path(os.environ.get("URFLOW_CAMPAIGN_DIR", "")) or None
    work = work if work and str(work) != "." else tmp_path_factory.mktemp("campaign")
    return work, campaign.build_in_child(work)


def outcome_of(case, bases):
    if case.id not in _OUTCOMES:
        work, base = bases
        ids = [c.id for c in CASES.values() if c.algorithm == case.algorithm]
        _OUTCOMES.update(campaign.run_batch(work, base, ids))
    return _OUTCOMES[case.id]


def warnings_of(outcome):
    return [line for line in outcome.get("log", []) if line[:2] in ("W:", "E:")]


def names_something(text, names):
    return not names or any(name.lower() in text.lower() for name in names)


def _params():
    for case_id, case in CASES.items():
        marks = []
        if case_id in KNOWN:
            marks.append(pytest.mark.xfail(reason=KNOWN[case_id], strict=True))
        yield pytest.param(case, id=case_id, marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_case(case, bases):
    outcome = outcome_of(case, bases)
    status, message = outcome["status"], outcome.get("message", "")
    assert status in ("ok", "error"), f"{status}: {message}"
    assert outcome["changed"] == [], f"inputs changed: {outcome['changed']}"
    algorithm = campaign.ALGORITHMS[case.algorithm]
    kind = case.kind.split(":")[0]
    warned = warnings_of(outcome)
    if status == "error":
        assert message.strip() and "Traceback" not in message
        assert outcome["leftovers"] == [], f"half-written outputs after: {message}"
        assert names_something(message, case.names), message
    else:
        missing = [
            k for k, required in algorithm.outputs.items() if required and not outcome["outputs"][k]
        ]
        assert missing == [], f"outputs missing after success: {missing}"
        assert not [name for name in outcome["leftovers"] if ".part" in name]
    expect = EXPECT.get(kind)
    if expect is not None:
        expect(case, outcome, status, message, warned)


#: Algorithms reading with FlagSkipGeometryValidityChecks that apply Processing's invalid-
#: geometry setting themselves, to the features that matter (an invalid forest parcel of a
#: 三调 layer does not stop urflow:landsurveylayers); their own message names the ids.
SELF_CHECKED = ("landsurveylayers",)


def _invalid(case, outcome, status, message, warned):
    layer = case.mutation["layer"]
    if case.mode == "stop" and case.mutation["how"] == "invalid":
        assert status == "error", f"{layer}: an invalid geometry under 'stop' must stop the run"
        if case.algorithm in SELF_CHECKED:  # the algorithm applies the setting itself
            fid = outcome["facts"]["row"] + 1  # a new GeoPackage: feature ids from 1
            assert "invalid" in message and f"feature ids {fid}" in message, message
        else:  # Processing's own message names the feature id and the layer
            assert "invalid geometry" in message and "Feature (" in message
    elif case.mode == "skip" and case.mutation["how"] == "invalid":
        assert status == "error" or any(
            "skip" in w.lower() or "invalid" in w.lower() for w in warned
        ), f"{layer}: a skipped feature must be counted in the log: {warned}"
    elif case.mutation["how"] == "null_geometry":
        _null_geometry(case, outcome, status, message, warned)


def _null_geometry(case, outcome, status, message, warned):
    assert status == "error" or any(
        "geometr" in w.lower() or "null" in w.lower() or "skip" in w.lower() for w in warned
    ), f"a NULL/empty geometry must be counted in the log or refused: {warned}"


def _refused(case, outcome, status, message, warned):
    assert status == "error", "must be refused with a message"


def _duplicate_id(case, outcome, status, message, warned):
    ident = str(outcome["facts"].get("id", ""))
    text = message if status == "error" else " ".join(warned)
    assert status == "error" or ident in text, f"duplicate id {ident} not named: {warned}"
    assert ident in text, f"the duplicated id {ident} must be named: {text[:300]}"


def _null_id(case, outcome, status, message, warned):
    text = message if status == "error" else " ".join(warned)
    assert "null" in text.lower() or "empty" in text.lower(), f"NULL id not named: {text[:300]}"
    assert "0-based" not in text, f"features are named by feature id, not row: {text[:300]}"


def _duplicated(case, outcome, status, message, warned):
    if not case.mutation.get("summed"):
        return  # a mask layer (control lines, zones): a polygon twice changes nothing
    text = (message if status == "error" else " ".join(warned)).lower()
    assert any(
        word in text for word in ("overlap", "duplicate", "twice", "重叠", "重复")
    ), f"a duplicated polygon must be dissolved with a warning or refused: {warned}"


def _percent(case, outcome, status, message, warned):
    text = message if status == "error" else " ".join(warned)
    assert "THRESHOLDS" in text, f"thresholds above 1 on 0–1 scores must be warned: {warned}"


def _silent(case, outcome, status, message, warned):
    checks = outcome.get("checks") or {}
    if case.check == "null_village_land":
        assert status == "ok"
        assert checks["null_geometry_villages"] == 1, checks
        assert checks["their_land"] == [None], checks
    elif case.check == "settlement_not_doubled":
        if status == "ok":
            assert checks["changed"] == {} or any("overlap" in w.lower() for w in warned), checks
    elif case.names:
        assert status == "error"


def _codes(case, outcome, status, message, warned):
    checks = outcome.get("checks") or {}
    text = " ".join(warned).lower()
    if status == "ok":
        same = {
            "pairs_like_baseline": lambda c: c["pairs"] == c["baseline_pairs"],
            "flows_like_baseline": lambda c: c["lines"] == c["baseline_lines"],
            "planned_like_baseline": lambda c: c["differences"] == 0,
            "landsurvey_like_baseline": lambda c: all(a == b for a, b in c["counts"].values()),
        }[case.check](checks)
        assert same or "case" in text or "space" in text, (checks, warned)


def _gbk(case, outcome, status, message, warned):
    # a GBK file is read (decoded), or refused naming what is wrong; never a traceback.
    # (An OGR-read CSV has text columns only: a numeric field is refused naming the field.)
    if status == "error":
        assert "'" in message or "gbk" in message.lower(), message
    elif case.check == "landsurvey_like_baseline":
        counts = outcome["checks"]["counts"]
        assert all(a == b for a, b in counts.values()), counts


def _report(case, outcome, status, message, warned):
    assert status == "error"


EXPECT = {
    "invalid": _invalid,
    "nullgeom": _null_geometry,
    "emptygeom": _null_geometry,
    "wrongtype": _refused,
    "nocrs": _refused,
    "missingfile": _refused,
    "misspelt": _refused,
    "duplicateid": _duplicate_id,
    "nullid": _null_id,
    "duplicated": _duplicated,
    "percent": _percent,
    "silent": _silent,
    "codes": _codes,
    "gbkcsv": _gbk,
    "reportpath": _report,
    "crs": _refused,
    "late": _refused,
}


def test_campaign_size():
    """A few hundred cases, every algorithm, every kind."""
    kinds = {}
    for case in CASES.values():
        kinds.setdefault(case.kind.split(":")[0], set()).add(case.algorithm)
    assert len(CASES) >= 300
    assert set(kinds["invalid"]) == set(campaign.ALGORITHMS)
    assert {c.mode for c in CASES.values() if c.kind.startswith("invalid")} == {
        "stop",
        "skip",
        "ignore",
    }
