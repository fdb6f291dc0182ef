"""Several print layouts exported by QgsLayoutExporter.exportToPdf as one multi-page PDF.

exportToPdf takes an iterator of layouts (QgsAbstractLayoutIterator, which QGIS's own atlas
implements) and prints each one it yields on the same PDF; this one yields a fixed list of
layouts in turn, so each layout keeps its own page size and items.
"""

from qgis.core import QgsAbstractLayoutIterator


class LayoutSequence(QgsAbstractLayoutIterator):
    """The layouts ``layouts`` one after the other."""

    def __init__(self, layouts):
        super().__init__()
        self.layouts = list(layouts)
        self.current = -1

    def layout(self):
        return self.layouts[max(self.current, 0)]

    def beginRender(self):  # noqa: N802
        self.current = -1
        return True

    def endRender(self):  # noqa: N802
        return True

    def count(self):
        return len(self.layouts)

    def next(self):
        self.current += 1
        return self.current < len(self.layouts)

    def filePath(self, baseFilePath, extension):  # noqa: N802, N803
        return baseFilePath
