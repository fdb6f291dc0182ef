"""The PDF map atlas (图集): one QGIS print layout per analysis map, exported with
QgsLayoutExporter to one multi-page PDF, and saved with its styled layers in a QGIS project
(``.qgz`` beside the PDF) that a planner opens to edit the layouts in the layout designer.

Everything lives in a QgsProject made for the atlas, never QgsProject.instance(): Processing runs
the algorithm in a worker thread. The project's layers are new layers on the inputs' files
(the inputs are never changed); layers that would not outlive the run (memory layers,
Processing's temporary outputs) are first copied to ``<name>_layers.gpkg`` beside the PDF.

Each page (A3 or A4 landscape, sizes given for A3 and scaled): the title (图名) and the report
title above the map; the map framed on the left with a north arrow in its top-right corner; on
the right the legend, the scale (numeric and a scale bar in km) and the text block (编制单位,
date, data sources, coordinate system, the note on fictitious data).
"""

import os
import uuid
from dataclasses import dataclass
from typing import List

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransform,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItem,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProcessingUtils,
    QgsProject,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF

from ...reporting import credit_lines, nice_scale, scale_text
from ...reporting.charts import CJK_FONTS
from ..layers import working_crs
from .layout_sequence import LayoutSequence

#: Page width and height (mm, landscape) per page size.
PAGE_SIZES = {"A3": (420.0, 297.0), "A4": (297.0, 210.0)}
#: The layout is drawn for A3 (mm); A4 is the same layout scaled by 297 / 420.
A3_WIDTH = 420.0
MARGIN = 10.0
PANEL = 92.0  # width of the right-hand column
TOP = 30.0  # top of the map and of the legend
NORTH_ARROW = "arrows/NorthArrow_02.svg"
#: Text is scaled with the sheet, but not below this share of its A3 size (legible on A4).
MIN_TEXT_SCALE = 0.82
MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters


@dataclass(frozen=True)
class AtlasSettings:
    """``page_size``: ``A3`` or ``A4``; ``subtitle``: the report title under each page title;
    ``credits``: :class:`reporting.Credits`."""

    page_size: str
    subtitle: str
    credits: object


@dataclass(frozen=True)
class Atlas:
    pdf: str
    project: str
    pages: int
    layouts: List[str]


def font_family() -> str:
    """A font with Chinese glyphs (Noto Sans CJK SC, …) when installed, else Qt's default."""
    installed = set(QFontDatabase().families())
    return next((name for name in CJK_FONTS if name in installed), QFont().family())


def set_text(item, size, bold=False, colour="#1b1b1b", family=None):
    """The text of a label or scale bar: ``size`` points (setTextFormat where it exists, the
    older setFont on QGIS 3.22 labels)."""
    font = QFont(family or font_family())
    font.setBold(bold)
    font.setPointSizeF(size)
    if hasattr(item, "setTextFormat"):
        text = QgsTextFormat.fromQFont(font)
        text.setSize(size)
        text.setColor(QColor(colour))
        item.setTextFormat(text)
    else:
        item.setFont(font)
        item.setFontColor(QColor(colour))


def text_height(lines, size, width, family) -> float:
    """The height (mm) of ``lines`` in ``size`` points wrapped to ``width`` mm."""
    font = QFont(family)
    font.setPixelSize(100)
    metrics = QFontMetricsF(font)
    em = size * 25.4 / 72.0  # mm
    rows = 0
    for line in lines:
        advance = metrics.horizontalAdvance(line) / 100.0 * em
        rows += max(1, int(advance // (width * 0.94)) + 1)
    return rows * metrics.lineSpacing() / 100.0 * em


def legend_text(legend, style, size, bold, family):
    font = QFont(family)
    font.setBold(bold)
    font.setPointSizeF(size)
    settings = legend.rstyle(style)
    if hasattr(settings, "setTextFormat"):
        text = QgsTextFormat.fromQFont(font)
        text.setSize(size)
        settings.setTextFormat(text)
    else:
        settings.setFont(font)


class LayerStore:
    """Where the atlas project's layers read their data: the input's own source when it is a
    file that outlives the run, else a copy in one GeoPackage beside the PDF."""

    def __init__(self, path, context):
        self.path = path
        self.context = context
        self.copies = {}

    def lasting(self, layer) -> bool:
        if layer.providerType() == "memory":
            return False
        path = layer.source().split("|")[0]
        if not os.path.exists(path):
            return layer.providerType() != "ogr"  # a database keeps its tables
        temporary = os.path.realpath(QgsProcessingUtils.tempFolder())
        return not os.path.realpath(path).startswith(temporary + os.sep)

    def copy(self, layers):
        """Copy the layers that would not outlive the run (each once), before any is read."""
        for layer in layers:
            if not self.lasting(layer) and layer.id() not in self.copies:
                self.write(layer, f"layer_{len(self.copies) + 1}")

    def load(self, layer, name):
        """A new layer on ``layer``'s data (:meth:`copy` first), named ``name``."""
        if self.lasting(layer):
            return QgsVectorLayer(layer.source(), name, layer.providerType())
        return QgsVectorLayer(f"{self.path}|layername={self.copies[layer.id()]}", name, "ogr")

    def write(self, layer, table):
        """``layer`` as ``table`` of the GeoPackage (a new file for the first table)."""
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = table
        action = QgsVectorFileWriter.ActionOnExistingFile
        options.actionOnExistingFile = (
            action.CreateOrOverwriteLayer if self.copies else action.CreateOrOverwriteFile
        )
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, self.path, self.context.transformContext(), options
        )
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise OSError(error[1])
        self.copies[layer.id()] = table


def page_layers(project, page, store, group):
    """The page's layers loaded into ``project`` (in ``group``), styled, top first: the
    township boundaries (if any) above the analysis layers, above the underlays."""
    layers = []
    items = ([page.boundaries] if page.boundaries is not None else []) + list(page.layers)
    items += list(page.underlays)
    for item in items:
        layer = store.load(item.layer, item.name)
        if item.subset:
            layer.setSubsetString(item.subset)
        item.style(layer)
        project.addMapLayer(layer, False)
        group.addLayer(layer)
        layers.append(layer)
    return layers


def extent_of(layers, crs, context):
    """The joint extent of ``layers`` in ``crs``."""
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
        transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
        layer.updateExtents()
        box = transform.transformBoundingBox(layer.extent())
        if not box.isEmpty() and box.isFinite():
            extent.combineExtentWith(box)
    if extent.isEmpty() or not extent.isFinite():
        extent = QgsRectangle(-1, -1, 1, 1)
    return extent


def fitted(extent, ratio, margin=1.04):
    """``extent`` grown by ``margin`` and widened or heightened to the ``ratio`` (width /
    height) of the map item, around the same centre."""
    width, height = extent.width() * margin, extent.height() * margin
    if width / max(height, 1e-9) < ratio:
        width = height * ratio
    else:
        height = width / ratio
    centre = extent.center()
    return QgsRectangle(
        centre.x() - width / 2,
        centre.y() - height / 2,
        centre.x() + width / 2,
        centre.y() + height / 2,
    )


def file_names(page):
    """The data files of a page's layers, for the text block (each once)."""
    names = []
    items = list(page.layers) + list(page.underlays)
    items += [page.boundaries] if page.boundaries is not None else []
    for item in items:
        source = item.layer.source().split("|")
        if item.layer.providerType() == "memory" or not os.path.exists(source[0]):
            name = item.layer.name()
        else:
            name = os.path.basename(source[0])
            table = next((p.split("=", 1)[1] for p in source[1:] if p.startswith("layername=")), "")
            if table and table != os.path.splitext(name)[0]:
                name = f"{name} ({table})"
        names.append(name)
    return list(dict.fromkeys(names))


class PageBuilder:
    """One print layout per page, sized for ``settings.page_size``."""

    def __init__(self, project, settings, tr, context):
        self.project = project
        self.settings = settings
        self.tr = tr
        self.context = context
        self.width, self.height = PAGE_SIZES[settings.page_size]
        self.k = self.width / A3_WIDTH
        self.pt = max(self.k, MIN_TEXT_SCALE)  # text shrinks less than the sheet
        self.family = font_family()

    def mm(self, value):
        return value * self.k

    def place(self, item, x, y, width, height):
        """Put ``item`` at (x, y) with its size, all in A3 millimetres."""
        item.attemptMove(QgsLayoutPoint(self.mm(x), self.mm(y), MM))
        item.attemptResize(QgsLayoutSize(self.mm(width), self.mm(height), MM))

    def label(self, layout, text, x, y, width, height, size, bold=False, align=None, colour=None):
        item = QgsLayoutItemLabel(layout)
        item.setText(text)
        set_text(item, size * self.pt, bold, colour or "#1b1b1b", self.family)
        item.setHAlign(align or Qt.AlignmentFlag.AlignLeft)
        item.setVAlign(Qt.AlignmentFlag.AlignTop)
        layout.addLayoutItem(item)
        self.place(item, x, y, width, height)
        return item

    def build(self, number, page, layers, crs, framed=None):
        """Page ``number``: the map of ``layers`` (top first) in ``crs`` framed on ``framed``
        (default: all), its title, legend, north arrow, scale and text block."""
        tr, w_a3, h_a3 = self.tr, A3_WIDTH, self.height / self.k
        layout = QgsPrintLayout(self.project)
        layout.initializeDefaults()
        layout.setName(f"{number:02d} {page.title}")
        layout.pageCollection().page(0).setPageSize(
            self.settings.page_size, QgsLayoutItemPage.Orientation.Landscape
        )
        self.frame(layout, w_a3, h_a3)
        centre = Qt.AlignmentFlag.AlignHCenter
        self.label(layout, page.title, MARGIN, 8, w_a3 - 2 * MARGIN, 12, 22, True, centre)
        if self.settings.subtitle:
            self.label(
                layout,
                self.settings.subtitle,
                MARGIN,
                20,
                w_a3 - 2 * MARGIN,
                7,
                11,
                False,
                centre,
                "#404040",
            )
        map_width = w_a3 - 2 * MARGIN - PANEL - 6
        map_item = self.map(layout, layers, crs, map_width, h_a3 - TOP - MARGIN, framed)
        self.north_arrow(layout, map_item, MARGIN + map_width - 17, TOP + 3)
        panel = w_a3 - MARGIN - PANEL
        credits = credit_lines(
            self.settings.credits,
            file_names(page),
            f"{crs.description()} ({crs.authid()})",
            tr,
            page.notes,
        )
        size = 8.5 * self.pt
        spare = size * 25.4 / 72.0  # one more line than measured, in page mm
        text_box = (text_height(credits, size, self.mm(PANEL - 5), self.family) + spare) / self.k
        text_box += 5  # the margins
        text_top = h_a3 - MARGIN - text_box
        scale_top = text_top - 24
        legend_layers = layers[1:] + layers[:1] if page.boundaries is not None else layers
        self.legend(layout, map_item, legend_layers, panel, TOP, scale_top - 4)
        self.scale(layout, map_item, panel, scale_top)
        box = self.label(layout, "\n".join(credits), panel, text_top, PANEL, text_box, 8.5, False)
        box.setFrameEnabled(True)
        box.setMarginX(self.mm(2.5))
        box.setMarginY(self.mm(2.5))
        return layout

    def frame(self, layout, width, height):
        """A thin frame around the whole sheet, 5 mm in."""
        shape = QgsLayoutItemShape(layout)
        shape.setShapeType(QgsLayoutItemShape.Shape.Rectangle)
        fill = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#1b1b1b", "outline_width": str(0.7 * self.k)}
        )
        shape.setSymbol(fill)
        layout.addLayoutItem(shape)
        self.place(shape, 5, 5, width - 10, height - 10)

    def map(self, layout, layers, crs, width, height, framed=None):
        item = QgsLayoutItemMap(layout)
        item.setCrs(crs)
        item.setLayers(layers)
        item.setKeepLayerSet(True)
        item.setKeepLayerStyles(False)
        item.setFrameEnabled(True)
        item.setFrameStrokeWidth(QgsLayoutMeasurement(0.5, MM))
        item.setBackgroundColor(QColor("white"))
        layout.addLayoutItem(item)
        self.place(item, MARGIN, TOP, width, height)
        extent = extent_of(framed or layers, crs, self.context)
        item.setExtent(fitted(extent, width / height))
        item.setScale(nice_scale(item.scale()))
        return item

    def north_arrow(self, layout, map_item, x, y):
        arrow = QgsLayoutItemPicture(layout)
        path = next(
            (
                os.path.join(folder, NORTH_ARROW)
                for folder in QgsApplication.svgPaths()
                if os.path.exists(os.path.join(folder, NORTH_ARROW))
            ),
            "",
        )
        arrow.setPicturePath(path, QgsLayoutItemPicture.Format.FormatSVG)
        arrow.setLinkedMap(map_item)
        arrow.setNorthMode(QgsLayoutItemPicture.NorthMode.GridNorth)
        arrow.setBackgroundEnabled(False)
        layout.addLayoutItem(arrow)
        self.place(arrow, x, y, 12, 18)
        arrow.setId("north_arrow")

    def legend(self, layout, map_item, layers, x, top, bottom):
        """The legend of ``layers`` (in that order) standing on ``bottom`` (A3 mm), in two
        columns with smaller text when one column would rise above ``top``."""
        legend = QgsLayoutItemLegend(layout)
        tr = self.tr  # the report's translator (context @default), not a Qt tr()
        legend.setTitle(tr("Legend"))
        legend.setLinkedMap(map_item)
        legend.setAutoUpdateModel(False)
        root = legend.model().rootGroup()
        root.removeAllChildren()
        for layer in layers:
            root.addLayer(layer)
        legend.setLegendFilterByMapEnabled(True)
        family = self.family
        legend_text(legend, QgsLegendStyle.Style.Title, 14 * self.pt, True, family)
        legend_text(legend, QgsLegendStyle.Style.Subgroup, 10 * self.pt, True, family)
        legend_text(legend, QgsLegendStyle.Style.SymbolLabel, 9 * self.pt, False, family)
        legend.setSymbolWidth(self.mm(8))
        legend.setSymbolHeight(self.mm(4.5))
        legend.setMinimumSymbolSize(self.mm(2.5))  # markers sized by data stay visible
        legend.setFrameEnabled(True)
        legend.setBackgroundColor(QColor("white"))
        legend.setBoxSpace(self.mm(3))
        layout.addLayoutItem(legend)
        legend.setReferencePoint(QgsLayoutItem.ReferencePoint.LowerLeft)  # grows upwards
        legend.updateFilterByMap(False)
        legend.adjustBoxSize()
        if legend.rect().height() > self.mm(bottom - top):
            legend.setColumnCount(2)
            legend.setSplitLayer(True)
            legend_text(legend, QgsLegendStyle.Style.SymbolLabel, 7.5 * self.pt, False, family)
            legend.adjustBoxSize()
        y = max(self.mm(top) + legend.rect().height(), self.mm(bottom))
        legend.attemptMove(QgsLayoutPoint(self.mm(x), y, MM))
        legend.setId("legend")
        return legend

    def scale(self, layout, map_item, x, y):
        self.label(
            layout, scale_text(int(round(map_item.scale())), self.tr), x, y, PANEL, 6, 10
        ).setId("scale_text")
        bar = QgsLayoutItemScaleBar(layout)
        bar.setLinkedMap(map_item)
        bar.setStyle("Single Box")
        bar.setUnits(QgsUnitTypes.DistanceUnit.DistanceKilometers)
        bar.setMapUnitsPerScaleBarUnit(1.0)  # the km are converted from the map's metres
        tr = self.tr
        bar.setUnitLabel(tr("km"))
        bar.setNumberOfSegmentsLeft(0)
        bar.setNumberOfSegments(4)
        bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeMode.SegmentSizeFitWidth)
        bar.setMinimumBarWidth(self.mm(50))
        bar.setMaximumBarWidth(self.mm(PANEL - 12))
        bar.setHeight(self.mm(2.5))
        set_text(bar, 8.5 * self.pt, family=self.family)
        layout.addLayoutItem(bar)
        bar.attemptMove(QgsLayoutPoint(self.mm(x), self.mm(y + 8), MM))
        bar.update()
        bar.setId("scale_bar")
        return bar


def export_pdf(layouts, path):
    """``layouts`` as the pages of one PDF at ``path``, written through a temporary file in
    the same folder: a failed export leaves no half-written PDF."""
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    os.makedirs(folder, exist_ok=True)
    temporary = os.path.join(folder, f".{name}.{uuid.uuid4().hex[:8]}.part.pdf")
    try:
        result, error = QgsLayoutExporter.exportToPdf(
            LayoutSequence(layouts), temporary, QgsLayoutExporter.PdfExportSettings()
        )
        if result != QgsLayoutExporter.ExportResult.Success:
            raise OSError(error or f"export result {int(result)}")
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)


def write_atlas(pages, settings, pdf_path, context, feedback, tr) -> Atlas:
    """Build one layout per page in a new project, export them to ``pdf_path`` (one page each)
    and save the project as ``<pdf name>.qgz`` beside it."""
    stem = os.path.splitext(pdf_path)[0]
    project = QgsProject()
    project.setTitle(settings.subtitle or tr("Planning atlas"))
    store = LayerStore(f"{stem}_layers.gpkg", context)
    builder = PageBuilder(project, settings, tr, context)
    store.copy(
        item.layer
        for page in pages
        for item in list(page.layers)
        + list(page.underlays)
        + ([page.boundaries] if page.boundaries else [])
    )
    root = project.layerTreeRoot()
    layouts = []
    for number, page in enumerate(pages, 1):
        if feedback.isCanceled():
            return None
        group = root.addGroup(f"{number:02d} {page.title}")
        group.setItemVisibilityChecked(number == 1)
        layers = page_layers(project, page, store, group)
        framed = layers[: len(layers) - len(page.underlays)]  # not framed on the underlays
        crs = working_crs([framed[0] if page.boundaries is not None else framed[-1]], None, context)
        if number == 1:
            project.setCrs(crs)
        layout = builder.build(number, page, layers, crs, framed)
        project.layoutManager().addLayout(layout)
        layouts.append(layout)
        feedback.setProgress(70 + 25 * number / max(1, len(pages)))
    export_pdf(layouts, pdf_path)
    project_path = f"{stem}.qgz"
    if not project.write(project_path):
        raise OSError(project.error())
    return Atlas(pdf_path, project_path, len(layouts), [layout.name() for layout in layouts])
