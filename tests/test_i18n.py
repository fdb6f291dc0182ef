"""Translations: the compiled Chinese .qm translates URFlow's strings, and none is missing."""

import xml.etree.ElementTree as ET
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QTranslator

I18N = Path(__file__).resolve().parents[1] / "resources" / "i18n"


def test_chinese_qm_translates_known_strings(qgis_app):
    translator = QTranslator()
    assert translator.load(str(I18N / "urflow_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert (
            QCoreApplication.translate("URFlowPlugin", "Load sample county (fictitious)")
            == "加载示例县（虚构）"
        )
        assert QCoreApplication.translate("URFlowProvider", "URFlow") == "URFlow 城乡规划"
        from urflow.processing_provider.villages.detect_hollow_villages import (
            DetectHollowVillagesAlgorithm,
        )

        algorithm = DetectHollowVillagesAlgorithm()
        assert algorithm.displayName() == "空心村识别"
        assert algorithm.group() == "村庄"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_every_source_string_has_a_finished_translation():
    untranslated = []
    for ts in I18N.glob("*.ts"):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name")
            for message in context.iter("message"):
                translation = message.find("translation")
                if (
                    translation is None
                    or translation.get("type") in ("unfinished",)
                    or not (translation.text or "").strip()
                ):
                    untranslated.append(f"{ts.name} {name}: {message.findtext('source')}")
    assert untranslated == []
