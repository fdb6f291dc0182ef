"""三调图斑提取 core: the code table and the selection, against hand-computed values."""

import math

import numpy as np
import pytest

from urflow.core.errors import InputError
from urflow.core.landsurvey import (
    CodeTable,
    SurveyParcels,
    extract_land_survey,
    find_field,
    normalise_code,
    parse_code_table,
    read_code_table,
)

TABLE = """role,classification,field,codes,note
settlement,*,CZCSXM,203;203A,村庄
homestead,sandiao,DLBM,0702,三调
homestead,ydyh,DLBM,0703;070301,用地用海
cultivated,*,DLBM,0101;0102;0103,耕地
grade,*,GDDB,,等别
tbmj,*,TBMJ,,椭球面积
"""

# Six parcels (hand-made): areas in m², TBMJ as delivered.
IDS = [11, 12, 13, 14, 15, 16]
DLBM = ["0702", "0702", "0101", "0103", "0301", " 0102 "]
CZCSXM = ["203", "203a", None, "", "", None]
GDDB = [None, None, "8", 12, "3", "99"]
TBMJ = [1001.0, 2002.0, 30030.0, None, 5.0, 6006.0]
PLANAR = [1000.0, 2000.0, 30000.0, 4000.0, 5.0, 6000.0]


def parcels(invalid=(), planar=PLANAR, dlbm=DLBM, with_tbmj=True):
    values = {"settlement": CZCSXM, "homestead": dlbm, "cultivated": dlbm, "grade": GDDB}
    if with_tbmj:
        values["tbmj"] = TBMJ
    return SurveyParcels(
        ids=IDS,
        values=values,
        planar_m2=np.array(planar, dtype=float),
        invalid=np.array([i in invalid for i in IDS]),
    )


def table():
    return parse_code_table(TABLE)


def test_codes_compare_after_trimming_case_folding_and_leading_zeros():
    assert normalise_code(" 203a ") == normalise_code("203A") == "203a"
    assert normalise_code("0702") == normalise_code(702) == normalise_code(702.0) == "702"
    assert normalise_code("") is None and normalise_code(None) is None
    assert normalise_code(float("nan")) is None and normalise_code("NULL") is None
    assert normalise_code("0") == normalise_code("000") == "0"


def test_fields_are_found_case_insensitively():
    assert find_field(["bsm", "dlbm"], "DLBM") == "dlbm"
    assert find_field(["DLBM", "dlbm"], "DLBM") == "DLBM"
    assert find_field(["BSM"], "GDDB") is None
    assert find_field(["BSM"], "") is None
    with pytest.raises(InputError, match="Dlbm, dlbm"):
        find_field(["Dlbm", "dlbm"], "DLBM")


def test_the_shipped_table_has_the_standard_codes():
    shipped = read_code_table()
    assert shipped.rule("sandiao", "homestead").codes == ("0702",)
    assert shipped.rule("ydyh", "homestead").codes[0] == "0703"
    assert shipped.rule("sandiao", "settlement").codes == ("203", "203A")
    assert shipped.rule("ydyh", "cultivated").codes == ("0101", "0102", "0103")
    assert shipped.rule("sandiao", "grade").field == "GDDB"
    assert shipped.rule("sandiao", "tbmj").field == "TBMJ"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
def test_the_table_is_read_in_utf8_with_or_without_bom_and_gbk(tmp_path, encoding):
    path = tmp_path / "codes.csv"
    path.write_bytes(TABLE.replace("DLBM", "地类编码").encode(encoding))
    read = read_code_table(str(path))
    assert read.rule("sandiao", "homestead").field == "地类编码"
    assert read.rule("ydyh", "homestead").codes == ("0703", "070301")


def test_semicolon_delimited_tables_and_other_code_separators():
    text = "role;classification;field;codes\nsettlement;*;czcsxm;203、203A\n"
    text += "homestead;*;dlbm;0702 | 0703\ncultivated;*;dlbm;0101，0102\n"
    read = parse_code_table(text)
    assert read.rule("ydyh", "settlement").codes == ("203", "203A")
    assert read.rule("sandiao", "homestead").codes == ("0702", "0703")
    assert read.rule("sandiao", "cultivated").codes == ("0101", "0102")


def test_a_classification_row_wins_over_a_star_row_in_either_order():
    text = "role,classification,field,codes\nhomestead,ydyh,DLBM,0703\n"
    text += "homestead,*,DLBM,0702\nsettlement,*,CZCSXM,203\ncultivated,*,DLBM,0101\n"
    read = parse_code_table(text)
    assert read.rule("ydyh", "homestead").codes == ("0703",)
    assert read.rule("sandiao", "homestead").codes == ("0702",)


@pytest.mark.parametrize(
    "text, message",
    [
        ("role,field,codes\n", "lacks the columns classification"),
        ("", "empty"),
        ("role,classification,field,codes\nhouse,*,DLBM,0702\n", "line 2: unknown role 'house'"),
        ("role,classification,field,codes\nhomestead,2019,DLBM,0702\n", "unknown classification"),
        ("role,classification,field,codes\nhomestead,*,DLBM,\n", "needs a field and codes"),
        (
            "role,classification,field,codes\nhomestead,*,DLBM,0702\nhomestead,*,DLBM,0703\n",
            "line 3: a second 'homestead' row",
        ),
        (
            "role,classification,field,codes\nhomestead,*,DLBM,0702\n",
            "no settlement, cultivated row for sandiao",
        ),
    ],
)
def test_bad_tables_are_refused_with_the_line(text, message):
    with pytest.raises(InputError, match=message):
        parse_code_table(text)


def test_an_unreadable_or_undecodable_table_is_named(tmp_path):
    with pytest.raises(InputError, match="cannot be read"):
        read_code_table(str(tmp_path / "missing.csv"))
    path = tmp_path / "bad.csv"
    path.write_bytes(b"\xff\xfe\xfa\xff" * 10)
    with pytest.raises(InputError, match="neither UTF-8 nor GBK"):
        read_code_table(str(path))


def test_selection_grades_and_sums_by_hand():
    result = extract_land_survey(parcels(), table(), "sandiao")
    assert result.selected["settlement"].tolist() == [1, 1, 0, 0, 0, 0]
    assert result.selected["homestead"].tolist() == [1, 1, 0, 0, 0, 0]
    assert result.selected["cultivated"].tolist() == [0, 0, 1, 1, 0, 1]
    # planar: settlement 1000 + 2000 = 3000 m² = 0.3 ha; cultivated 30000 + 4000 + 6000
    assert result.planar_ha["settlement"] == pytest.approx(0.3)
    assert result.planar_ha["homestead"] == pytest.approx(0.3)
    assert result.planar_ha["cultivated"] == pytest.approx(4.0)
    # TBMJ: 1001 + 2002 = 3003 m²; cultivated 30030 + NULL + 6006 = 36036 m²
    assert result.tbmj_ha["settlement"] == pytest.approx(0.3003)
    assert result.tbmj_ha["cultivated"] == pytest.approx(3.6036)
    assert result.no_tbmj == (14,)
    # grades: '8' text → 8, 12 → 12, '99' outside 1–15 → NULL and reported; non-cultivated NaN
    assert np.isnan(result.grade[[0, 1, 4]]).all()
    assert result.grade[2] == 8 and result.grade[3] == 12 and math.isnan(result.grade[5])
    assert result.bad_grade == (16,)
    assert result.counts == {"settlement": 2, "homestead": 2, "cultivated": 3}
    # '203a' and ' 0102 ' matched only after normalising: reported
    loose = {(m.role, m.value, m.code, m.count) for m in result.loose}
    assert loose == {("settlement", "203a", "203A", 1), ("cultivated", " 0102 ", "0102", 1)}
    # median of 1001/1000, 2002/2000, 30030/30000, 6006/6000 = 1.001
    assert result.tbmj_ratio == pytest.approx(1.001) and not result.tbmj_suspect
    assert result.other_classification == 0


def test_ydyh_reads_0703_as_homestead_and_warns_when_the_data_look_like_sandiao():
    result = extract_land_survey(parcels(), table(), "ydyh")
    assert result.counts["homestead"] == 0
    assert result.other_classification == 2  # two 0702 parcels: 三调 homesteads
    dlbm = ["070301", "0702", "0101", "0103", "0301", "0102"]
    result = extract_land_survey(parcels(dlbm=dlbm), table(), "ydyh")
    assert result.selected["homestead"].tolist() == [1, 0, 0, 0, 0, 0]
    assert result.other_classification == 0


def test_invalid_polygons_stop_skip_or_repair():
    with pytest.raises(InputError, match=r"2 selected parcels .*feature ids 12, 13"):
        extract_land_survey(parcels(invalid=(12, 13, 15)), table(), "sandiao", "stop")
    # an invalid polygon outside the three layers (15, 0301) does not stop the run
    extract_land_survey(parcels(invalid=(15,)), table(), "sandiao", "stop")
    skipped = extract_land_survey(parcels(invalid=(12, 13, 15)), table(), "sandiao", "skip")
    assert skipped.skipped == (12, 13)
    assert skipped.selected["settlement"].tolist() == [1, 0, 0, 0, 0, 0]
    assert skipped.planar_ha["settlement"] == pytest.approx(0.1)
    assert skipped.planar_ha["cultivated"] == pytest.approx(1.0)
    repaired = extract_land_survey(parcels(invalid=(12, 13)), table(), "sandiao", "repair")
    assert repaired.repaired == (12, 13) and repaired.counts["settlement"] == 2


def test_parcels_without_geometry_are_named_and_left_out_of_the_planar_sum():
    planar = [1000.0, np.nan, 30000.0, 4000.0, 5.0, 6000.0]
    result = extract_land_survey(parcels(planar=planar), table(), "sandiao")
    assert result.no_geometry == (12,)
    assert result.planar_ha["settlement"] == pytest.approx(0.1)
    assert result.tbmj_ha["settlement"] == pytest.approx(0.3003)  # TBMJ is an attribute


def test_without_tbmj_there_are_no_tbmj_sums_and_a_unit_mistake_is_flagged():
    assert extract_land_survey(parcels(with_tbmj=False), table(), "sandiao").tbmj_ha is None
    hectares = SurveyParcels(
        IDS[:2], {"settlement": CZCSXM[:2], "homestead": DLBM[:2], "cultivated": DLBM[:2],
                  "tbmj": [0.1, 0.2]},
        np.array([1000.0, 2000.0]), np.zeros(2, dtype=bool),
    )  # fmt: skip
    result = extract_land_survey(hectares, table(), "sandiao")
    assert result.tbmj_ratio == pytest.approx(1e-4) and result.tbmj_suspect


def test_bad_arguments_are_refused():
    with pytest.raises(InputError, match="classification"):
        extract_land_survey(parcels(), table(), "2019")
    with pytest.raises(InputError, match="policy"):
        extract_land_survey(parcels(), table(), "sandiao", "ignore")
    with pytest.raises(InputError, match="'homestead' was not read"):
        extract_land_survey(
            SurveyParcels([1], {"settlement": ["203"]}, np.ones(1), np.zeros(1, bool)),
            table(),
            "sandiao",
        )
    assert isinstance(table(), CodeTable)
