"""The bundled standards tables parse, and bad rows are refused with their line named."""

from pathlib import Path

import pytest

from urflow.core.access.standards import (
    NATIONAL_STANDARDS,
    choose_standard,
    load_facility_standards,
)
from urflow.core.errors import InputError

STANDARDS = Path(__file__).resolve().parents[3] / "resources" / "standards"


def test_bundled_national_table_has_sourced_rows():
    assert NATIONAL_STANDARDS == STANDARDS / "china_national.csv"
    standards = load_facility_standards(NATIONAL_STANDARDS)
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


def test_choose_a_preset_and_override_it():
    standards = load_facility_standards(NATIONAL_STANDARDS)
    clinic = choose_standard(standards, "rural_village_clinic", "national")
    assert (clinic.threshold, clinic.cost_unit, clinic.travel_mode) == (15.0, "minutes", "walk")
    assert clinic.provision_per_1000 == 1.0 and clinic.standard.facility_zh == "村卫生室"
    by_car = choose_standard(standards, "rural_village_clinic", travel_mode="car", threshold=20)
    assert (by_car.travel_mode, by_car.threshold, by_car.cost_unit) == ("car", 20, "minutes")
    custom = choose_standard(standards, "", threshold=500, cost_unit="meters")
    assert custom.standard is None and custom.travel_mode == "walk"
    assert custom.provision_per_1000 is None
    assert (
        clinic.standard.name("zh") == "村卫生室" and clinic.standard.name("en") == "Village clinic"
    )


@pytest.mark.parametrize(
    "preset, threshold, words",
    [
        ("no_such_rule", None, "STANDARD 'no_such_rule' is not in national; known ids: gb50180_"),
        ("", None, "Set THRESHOLD"),
        ("", 0.0, "Set THRESHOLD"),
    ],
)
def test_choose_refuses_unknown_ids_and_no_threshold(preset, threshold, words):
    standards = load_facility_standards(NATIONAL_STANDARDS)
    with pytest.raises(InputError, match=words.replace("(", r"\(")):
        choose_standard(standards, preset, "national", threshold=threshold)
