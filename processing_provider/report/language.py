"""The language the report is written in: the output language, like the label fields."""

from qgis.PyQt.QtCore import QTranslator

from ...about import resource_path


def report_translator(language):
    """``tr(text)`` for the report's own text (reporting/, context ``@default``) in ``language``
    (``i18n.output_language()``): from URFlow's .qm of that language, whatever translator the
    UI has installed; in English the text as written."""
    translator = QTranslator()
    if language != "zh" or not translator.load(resource_path("i18n", "urflow_zh_CN.qm")):
        return lambda text: text

    def tr(text):
        try:
            found = translator.translate("@default", text)
        except UnicodeEncodeError:  # PyQt5 passes a str as ASCII here; UTF-8 bytes work
            found = translator.translate(b"@default", text.encode("utf-8"))
        return found or text

    return tr
