"""Loading the translation that matches the locale QGIS runs in."""

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QTranslator

from .about import resource_path

#: Names QGIS uses for a Simplified-Chinese UI: the system locale gives ``zh`` and QGIS's own
#: translation setting ``zh-Hans``; URFlow's files are named ``zh_CN``.
SIMPLIFIED_CHINESE = {"zh", "zh_CN", "zh_Hans", "zh_Hans_CN", "zh_SG"}


def current_locale() -> str:
    """QGIS's UI locale such as ``zh_CN`` or ``en_US`` (the user's override wins)."""
    locale = QgsApplication.locale() or QgsSettings().value("locale/userLocale", "en_US")
    locale = str(locale).replace("-", "_")
    return "zh_CN" if locale in SIMPLIFIED_CHINESE else locale


def output_language() -> str:
    """``zh`` or ``en``: the language of legends, labels and field values URFlow writes."""
    return "zh" if current_locale().startswith("zh") else "en"


def install_translator():
    """Install URFlow's ``.qm`` for the current locale; return the translator or None."""
    locale = current_locale()
    for name in (locale, locale.split("_")[0]):
        translator = QTranslator()
        if translator.load(resource_path("i18n", f"urflow_{name}.qm")):
            QCoreApplication.installTranslator(translator)
            return translator
    return None


def remove_translator(translator) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


def term(value: str) -> str:
    """A standards-table keyword (travel mode, cost unit, status, provision unit, population
    basis) in the UI language; an unknown word (a province's own) is shown as written."""
    translate = QCoreApplication.translate
    words = {
        "walk": translate("URFlowTerms", "walk"),
        "bicycle": translate("URFlowTerms", "bicycle"),
        "ebike": translate("URFlowTerms", "e-bike"),
        "car": translate("URFlowTerms", "car"),
        "meters": translate("URFlowTerms", "metres"),
        "minutes": translate("URFlowTerms", "minutes"),
        "checked": translate("URFlowTerms", "checked in the source"),
        "known": translate("URFlowTerms", "textbook value"),
        "verify": translate("URFlowTerms", "to verify against the printed clause"),
        "practice": translate("URFlowTerms", "common practice, not a legal norm"),
        "seats": translate("URFlowTerms", "seats"),
        "places": translate("URFlowTerms", "places"),
        "doctors": translate("URFlowTerms", "doctors"),
        "beds": translate("URFlowTerms", "beds"),
        "total": translate("URFlowTerms", "total population"),
        "60plus": translate("URFlowTerms", "people aged 60 and over"),
        "3_5": translate("URFlowTerms", "children aged 3–5"),
        "6_11": translate("URFlowTerms", "children aged 6–11"),
    }
    return words.get(value, value)
