"""The bundled standards tables parse, and bad rows are refused with their line named."""

from pathlib import Path

import pytest

from urflow.core.access.standards import load_facility_standards
from urflow.core.errors import InputError

STANDARDS = Path(__file__).resolve().parents[3] / "resources" / "standards"


def test_bundled_national_table_has_sourced_rows():
    standards = load_facility_standards(STANDARDS / "china_national.csv")
    assert len(standards) >= 10
    primary = standards["gb50180_primary_school"]
    assert (primary.threshold, primary.cost_unit, primary.travel_mode) == (500.0, "meters", "walk")
    nursing = standards["rural_nursing_home"]
    assert nursing.provision_per_1000 == 40.0 and nursing.population_basis == "60plus"
    assert "GB 50437" in nursing.source
    assert standards["rural_village_clinic"].provision_per_1000 == 1.0
    assert all(s.source and s.clause for s in standards.values())


def write(tmp_path, rows):
    header = (
        "id,facility_zh,facility_en,level,threshold,cost_unit,travel_mode,"
        "provision_per_1000,provision_unit,population_basis,source,clause,status,note"
    )
    path = tmp_path / "province.csv"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


GOOD = "a,小学,School,village,30,minutes,walk,,seats,total,Some rule,Art. 1,practice,"


@pytest.mark.parametrize(
    "row, words",
    [
        ("b" + GOOD[1:].replace(",30,", ",0,"), "line 3, threshold: must be greater than 0"),
        ("b" + GOOD[1:].replace("minutes", "hours"), "line 3, cost_unit: 'hours'"),
        ("b" + GOOD[1:].replace("Some rule", ""), "line 3: source is empty"),
        (GOOD, "line 3: id 'a' appears twice"),
    ],
)
def test_bad_rows_name_file_line_and_column(tmp_path, row, words):
    with pytest.raises(InputError, match=words.replace("(", r"\(")):
        load_facility_standards(write(tmp_path, [GOOD, row]))
