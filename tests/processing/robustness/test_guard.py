"""processing_provider/guard.py: outputs all or nothing, cancel while writing, codes compared
after trimming and case-folding (issue 12)."""

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from urflow.processing_provider.base import BaseAlgorithm
from urflow.processing_provider.guard import CancelableSink, harmonise_codes
from urflow.processing_provider.layers import new_sink


class TwoOutputs(BaseAlgorithm):
    """Writes OUTPUT_A fully, then OUTPUT_B halfway, then fails (FAIL) or goes on."""

    def name(self):
        return "twooutputs"

    def displayName(self):  # noqa: N802
        return "two outputs"

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterBoolean("FAIL", "fail", defaultValue=False))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_A", "a"))
        self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT_B", "b"))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        spec = [("n", QVariant.Int)]
        results = {}
        for key in ("OUTPUT_A", "OUTPUT_B"):
            sink, dest, fields = new_sink(
                self, parameters, key, context, spec, QgsWkbTypes.Point, QgsProject().crs()
            )
            for i in range(50):
                if key == "OUTPUT_B" and i == 25:
                    if self.parameterAsBoolean(parameters, "FAIL", context):
                        raise QgsProcessingException("failed halfway through OUTPUT_B")
                    feedback.setProgress(50)
                feature = QgsFeature(fields)
                feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(i, i)))
                feature.setAttributes([i])
                sink.addFeature(feature)
            results[key] = dest
        return results


def run(parameters, feedback=None):
    algorithm = TwoOutputs()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    feedback = feedback or QgsProcessingFeedback()
    context.setFeedback(feedback)
    return algorithm.processAlgorithm(parameters, context, feedback)


def test_a_failure_leaves_no_output(qgis_app, tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    with pytest.raises(QgsProcessingException, match="halfway"):
        run({"FAIL": True, "OUTPUT_A": str(a), "OUTPUT_B": str(b)})
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_success_writes_both(qgis_app, tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    result = run({"FAIL": False, "OUTPUT_A": str(a), "OUTPUT_B": str(b)})
    assert set(result) == {"OUTPUT_A", "OUTPUT_B"}
    assert a.is_file() and b.is_file()


def test_an_earlier_output_is_put_back_unchanged_after_a_failure(qgis_app, tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    run({"FAIL": False, "OUTPUT_A": str(a), "OUTPUT_B": str(b)})
    a.unlink()
    before = b.read_bytes()
    with pytest.raises(QgsProcessingException):
        run({"FAIL": True, "OUTPUT_A": str(a), "OUTPUT_B": str(b)})
    assert not a.exists()  # made by the failed run: removed
    assert b.read_bytes() == before  # an earlier run's output: put back as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.gpkg"]


def test_a_rerun_replaces_the_earlier_outputs(qgis_app, tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    run({"FAIL": False, "OUTPUT_A": str(a), "OUTPUT_B": str(b)})
    run({"FAIL": False, "OUTPUT_A": str(a), "OUTPUT_B": str(b)})
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.gpkg", "b.gpkg"]


def test_cancel_while_writing_stops_and_removes(qgis_app, tmp_path):
    class CancelAtHalf(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            if progress >= 50:
                self.cancel()

    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    result = run({"FAIL": False, "OUTPUT_A": str(a), "OUTPUT_B": str(b)}, CancelAtHalf())
    assert result == {}
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_cancelable_sink_raises_once_canceled():
    class Sink:
        def __init__(self):
            self.added = 0

        def addFeature(self, feature, flags=None):  # noqa: N802
            self.added += 1
            return True

    feedback = QgsProcessingFeedback()
    inner = Sink()
    sink = CancelableSink(inner, feedback)
    sink.addFeature(QgsFeature())
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Canceled"):
        sink.addFeature(QgsFeature())
    assert inner.added == 1


def test_codes_differing_in_case_or_spaces_are_one_code_with_a_warning():
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    d, c = harmonise_codes([["PA01", "PA02", None], [" pa01", "PA02 ", "Pa03"]], "GROUP", feedback)
    assert d == ["PA01", "PA02", None]
    assert c == ["PA01", "PA02", "Pa03"]
    assert len(warnings) == 1
    assert "PA01 = ' pa01'" in warnings[0] and "PA02 = 'PA02 '" in warnings[0]
    same = harmonise_codes([["A", "B"], ["A"]], "GROUP", feedback)
    assert same == [["A", "B"], ["A"]] and len(warnings) == 1


class WithCompanions(TwoOutputs):
    """Also writes a record beside OUTPUT_A and a companion file it declares, then fails."""

    def output_companions(self, parameters, context):
        return [parameters["OUTPUT_A"] + ".qgz"]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        for path in (parameters["OUTPUT_A"] + ".qgz", parameters["OUTPUT_A"] + ".urflow.json"):
            with open(path, "w", encoding="utf-8") as handle:
                handle.write("{}")
        return super().processAlgorithm(parameters, context, feedback)


def test_a_failure_removes_the_run_record_and_declared_companions(qgis_app, tmp_path):
    a, b = tmp_path / "a.gpkg", tmp_path / "b.gpkg"
    algorithm = WithCompanions()
    algorithm.initAlgorithm()
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException, match="halfway"):
        algorithm.processAlgorithm(
            {"FAIL": True, "OUTPUT_A": str(a), "OUTPUT_B": str(b)}, context, feedback
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == []
