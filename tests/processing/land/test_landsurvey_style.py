"""urflow:landsurveylayers' outputs are styled when Processing loads them: settlements and
homesteads in the sample's browns, cultivated land in grade classes with legends in the run's
language."""

import processing
from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)

from urflow.processing_provider.land.landsurvey_style import (
    GRADE_CLASSES,
    NO_GRADE,
    grade_expression,
    style_output,
)

OUTPUTS = ("OUTPUT_SETTLEMENTS", "OUTPUT_HOMESTEADS", "OUTPUT_CULTIVATED")


def grade_class(grade):
    """Independent of the expression: the class a grade falls in."""
    if grade is None or str(grade) == "NULL":
        return NO_GRADE
    for code, low, high, _colour in GRADE_CLASSES:
        if low <= float(grade) <= high:
            return code
    return NO_GRADE


def test_outputs_are_styled_when_loaded(urflow_provider, qgis_new_project, sample_gpkg):
    project = QgsProject.instance()
    context = QgsProcessingContext()
    context.setProject(project)
    parameters = {"DLTB": f"{sample_gpkg}|layername=DLTB"}
    parameters.update(
        {key: QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project) for key in OUTPUTS}
    )
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("urflow:landsurveylayers")
    # prepared and run on this very instance, which keeps the post-processors alive
    assert algorithm.prepare(parameters, context, QgsProcessingFeedback())
    result = algorithm.runPrepared(parameters, context, QgsProcessingFeedback())
    # what Processing does when it loads the outputs: each layer's post-processor styles it
    styled = {}
    for key in OUTPUTS:
        details = context.layerToLoadOnCompletionDetails(result[key])
        processor = details.postProcessor()
        assert processor is not None, key
        layer = context.getMapLayer(result[key])
        processor.postProcessLayer(layer, context, QgsProcessingFeedback())
        styled[key] = layer
    for key in ("OUTPUT_SETTLEMENTS", "OUTPUT_HOMESTEADS"):
        assert isinstance(styled[key].renderer(), QgsSingleSymbolRenderer), key
    settlement = styled["OUTPUT_SETTLEMENTS"].renderer().symbol().color().name()
    homestead = styled["OUTPUT_HOMESTEADS"].renderer().symbol().color().name()
    assert (settlement, homestead) == ("#b07d4f", "#d9b38c")
    renderer = styled["OUTPUT_CULTIVATED"].renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert [c.value() for c in renderer.categories()] == [
        *(code for code, *_rest in GRADE_CLASSES),
        NO_GRADE,
    ]
    assert renderer.categories()[0].label() == "Grade 1–6 (best)"


def test_every_cultivated_parcel_falls_in_its_grade_class(urflow_provider, sample_gpkg):
    repair = QgsProcessingContext()  # the sample's one invalid 三调 polygon is repaired
    repair.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    result = processing.run(
        "urflow:landsurveylayers",
        {
            "DLTB": f"{sample_gpkg}|layername=DLTB",
            **{key: "TEMPORARY_OUTPUT" for key in OUTPUTS},
        },
        context=repair,
    )
    layer = result["OUTPUT_CULTIVATED"]
    expression = QgsExpression(grade_expression())
    assert not expression.hasParserError(), expression.parserErrorString()
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    seen = set()
    for feature in layer.getFeatures():
        context.setFeature(feature)
        found = expression.evaluate(context)
        assert found == grade_class(feature["grade"]), (feature.id(), feature["grade"], found)
        seen.add(found)
    assert len(seen) >= 3  # the sample's grades span several classes


def test_chinese_legend_and_missing_grades():
    layer = QgsVectorLayer("Polygon?crs=EPSG:4548&field=grade:double", "c", "memory")
    style_output("OUTPUT_CULTIVATED", layer, "zh")
    labels = [c.label() for c in layer.renderer().categories()]
    assert labels[0] == "1–6 等（高等地）" and labels[-1] == "无等别"
    assert [grade_class(g) for g in (None, 0, 6, 6.5, 7, 15, 16)] == [
        NO_GRADE,
        NO_GRADE,
        "1-6",
        NO_GRADE,
        "7-8",
        "13-15",
        NO_GRADE,
    ]
