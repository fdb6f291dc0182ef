"""三调图斑提取: a 三调 DLTB layer → rural settlement land, homesteads and cultivated land.

The codes and field names come from an editable CSV (:mod:`.codes`, shipped default
``resources/landsurvey/codes.csv``); :func:`extract_land_survey` selects the parcels, reads the
grades and sums the areas (planar in the working CRS, and TBMJ as delivered).
"""

from .codes import (  # noqa: F401
    CLASSIFICATIONS,
    DEFAULT_TABLE_PATH,
    FIELD_ONLY,
    ROLES,
    SELECTING,
    CodeTable,
    Rule,
    find_field,
    normalise_code,
    parse_code_table,
    read_code_table,
)
from .extract import (  # noqa: F401
    GRADE_RANGE,
    M2_PER_HA,
    POLICIES,
    LandSurveyResult,
    LooseMatch,
    SurveyParcels,
    extract_land_survey,
)
