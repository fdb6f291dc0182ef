"""The look of urflow:landsurveylayers' outputs: rural settlement land and homesteads in the
sample county's browns, cultivated land by grade (耕地等别, 1 best … 15 poorest) in the
sample's greens to yellows, legends in the run's language."""

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
)

from ...core.labels import LabelTable

SETTLEMENT_FILL = {"color": "176,125,79,255", "outline_color": "122,82,48,255"}
HOMESTEAD_FILL = {"color": "217,179,140,255", "outline_color": "122,82,48,255"}
#: Grade classes of the sample's cultivated land: (code, lowest grade, highest grade, colour).
GRADE_CLASSES = (
    ("1-6", 1, 6, "26,152,80,255"),
    ("7-8", 7, 8, "102,189,99,255"),
    ("9-10", 9, 10, "166,217,106,255"),
    ("11-12", 11, 12, "217,239,139,255"),
    ("13-15", 13, 15, "254,224,139,255"),
)
NO_GRADE = "none"
#: The legend of the grade classes (a legend, not an output field: ``field`` is the expression's).
GRADE_LEGEND = LabelTable(
    "grade",
    {
        "1-6": ("Grade 1–6 (best)", "1–6 等（高等地）"),
        "7-8": ("Grade 7–8", "7–8 等"),
        "9-10": ("Grade 9–10", "9–10 等"),
        "11-12": ("Grade 11–12", "11–12 等"),
        "13-15": ("Grade 13–15 (poorest)", "13–15 等（低等地）"),
        NO_GRADE: ("No grade 1–15", "无等别"),
    },
)


def grade_expression() -> str:
    """The grade class of a parcel (``GRADE_CLASSES`` codes; ``none`` for NULL or outside
    1–15), as a QGIS expression on the ``grade`` field."""
    cases = " ".join(
        f'WHEN "grade" >= {low} AND "grade" <= {high} THEN \'{code}\''
        for code, low, high, _colour in GRADE_CLASSES
    )
    return f"CASE {cases} ELSE '{NO_GRADE}' END"


def _fill(props, outline_width="0.15"):
    return QgsFillSymbol.createSimple({"outline_width": outline_width, **props})


def style_settlements(layer):
    """Rural settlement land (村庄, 203/203A): brown, as the sample county's."""
    layer.setRenderer(QgsSingleSymbolRenderer(_fill(SETTLEMENT_FILL, "0.2")))


def style_homesteads(layer):
    """Homesteads (宅基地): light brown, as the sample county's."""
    layer.setRenderer(QgsSingleSymbolRenderer(_fill(HOMESTEAD_FILL)))


def style_cultivated(layer, language):
    """Cultivated land by grade: dark green for grades 1–6 to pale yellow for 13–15, grey
    hatching where the grade is missing."""
    categories = []
    for code, _low, _high, colour in GRADE_CLASSES:
        symbol = _fill({"color": colour, "outline_color": colour}, "0.1")
        categories.append(QgsRendererCategory(code, symbol, GRADE_LEGEND.label(code, language)))
    missing = _fill({"color": "150,150,150,255", "style": "b_diagonal", "outline_color": "grey"})
    categories.append(
        QgsRendererCategory(NO_GRADE, missing, GRADE_LEGEND.label(NO_GRADE, language))
    )
    layer.setRenderer(QgsCategorizedSymbolRenderer(grade_expression(), categories))


def style_output(key, layer, language):
    """Style the output ``key`` of urflow:landsurveylayers."""
    if key == "OUTPUT_SETTLEMENTS":
        style_settlements(layer)
    elif key == "OUTPUT_HOMESTEADS":
        style_homesteads(layer)
    elif key == "OUTPUT_CULTIVATED":
        style_cultivated(layer, language)
