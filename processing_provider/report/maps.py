"""The report's maps: styled copies of the output layers rendered to PNG with QGIS, a north arrow
and a scale bar drawn on top. The inputs themselves are never restyled or changed."""

import math
from dataclasses import dataclass, field

from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapLayerStore,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen, QPolygonF

from ...reporting import MapImage, layer_name
from ..compliance import control_style
from ..flows import flow_style
from ..land.linkage_style import style_construction, style_demolition, style_pairs
from ..services.gap_style import style_demand, style_facilities, style_zones
from ..villages.class_style import style_classes
from ..villages.consolidation_style import style_settlements
from ..villages.hollow_style import style_hollow_villages


@dataclass(frozen=True)
class ReportMaps:
    """The report's maps of the analyses' outputs, styled as the algorithms style them (legends
    in ``language``), ``north`` on the north arrow.

    The styled copies are kept in ``store`` until the maps are done with: a memory layer that
    Python frees in Processing's worker thread after it was drawn is freed twice (QGIS 3.22,
    PyQt5), and the next copy drawn is lost.
    """

    context: object
    language: str
    north: str
    store: object = field(default_factory=QgsMapLayerStore, compare=False)
    #: The report's own text in its language (legend entries the styles do not name).
    tr: object = field(default=lambda text: text, compare=False)

    def draw(self, layers, frame=None) -> MapImage:
        """The map of ``layers`` (top first) as PNG with its legend, framed on ``frame`` (the
        layers whose extent and bottom CRS the map takes; default all)."""
        for layer in layers:
            self.store.addMapLayer(layer)  # owned by the store from here on
        png = render_map(layers, self.context, north=self.north, frame=frame)
        return MapImage(png, tuple(legend_of(layers)))

    def hollow(self, layer, label_field) -> MapImage:
        """Villages by hollowing level, labelled with ``label_field``."""
        return self.draw(
            [styled_clone(layer, lambda c: style_hollow_villages(c, self.language, label_field))]
        )

    def village_classes(self, layer, label_field, background=None) -> MapImage:
        """Villages by class, labelled with ``label_field``, over the outlines of
        ``background`` (township boundaries) when given."""
        styled = [styled_clone(layer, lambda c: style_classes(c, self.language, label_field))]
        return self.draw(styled + ([outline_clone(background)] if background is not None else []))

    def siting(self, sites, lines, demand, background=None) -> MapImage:
        """New sites (stars) and existing facilities (circles) above the assignment lines and
        the villages by covered, over the outlines of ``background``; the candidates not
        chosen are left out."""
        from ..services import siting_style

        styled = []
        if sites is not None:
            request = QgsFeatureRequest(QgsExpression("\"site_role\" IN ('new', 'existing')"))
            styled.append(
                styled_clone(
                    sites, lambda c: siting_style.style_open_sites(c, self.language), request
                )
            )
        if lines is not None:
            styled.append(styled_clone(lines, siting_style.style_lines))
        if demand is not None:
            styled.append(
                styled_clone(demand, lambda c: siting_style.style_demand(c, self.language))
            )
        return self.draw(styled + ([outline_clone(background)] if background is not None else []))

    def consolidation(self, layer, background=None) -> MapImage:
        """Settlements by role (settlementconsolidation) over the outlines of ``background``."""
        styled = [styled_clone(layer, lambda c: style_settlements(c, self.language))]
        return self.draw(styled + ([outline_clone(background)] if background is not None else []))

    def zones(self, layer) -> MapImage:
        return self.draw([styled_clone(layer, style_zones)])

    def demand(self, layer, background=None, facilities=None, label="zone_name") -> MapImage:
        """Demand by gap class (above the ``facilities`` that serve it, when given) over the
        outlines of ``background`` (zones, townships or villages) named by its field
        ``label``."""
        styled = [styled_clone(layer, lambda c: style_demand(c, self.language))]
        if facilities is not None:
            copy = styled_clone(facilities, style_facilities)
            copy.setCustomProperty(LEGEND, facilities_legend(self.tr))
            styled.insert(0, copy)
        outline = [outline_clone(background, label)] if background is not None else []
        return self.draw(styled + outline)

    def compliance(self, conflicts, planned, background=None, control_lines=()):
        """Conflict pieces over the planned features checked (those given), the control lines
        given (``(line, layer)``, as on the atlas page) and the outlines of ``background``;
        None without conflicts or planned features."""
        styled = [
            styled_clone(layer, lambda c, key=key, codes=codes: report_compliance(c, key, codes))
            for layer, key, codes in (
                (conflicts, "OUTPUT_CONFLICTS", set(control_style.LINE_COLOURS)),
                (planned, "OUTPUT_PLANNED", ()),
            )
            if layer is not None
        ]
        if not styled:
            return None
        # the lines under the analysis, the map framed on the analysis: a province-wide line
        # layer does not zoom the county out
        lines = []
        for line, layer in control_lines:
            copy = styled_clone(layer, lambda c, line=line: control_style.style_line_layer(c, line))
            copy.setCustomProperty(LEGEND, layer_name(line, self.tr))
            lines.append(copy)
        outline = [outline_clone(background)] if background is not None else []
        return self.draw(styled + lines + outline, frame=styled + outline)

    def flows(self, lines, nodes, kind, background=None):
        """Flow lines and node balances of one ``kind`` (those given) over the outlines of
        ``background``; None without either."""
        request = kind_request(kind)
        styled = [
            styled_clone(
                layer,
                lambda c, key=key: flow_style.style_output(key, c, self.language),
                request,
            )
            for layer, key in ((lines, "OUTPUT_LINES"), (nodes, "OUTPUT_NODES"))
            if layer is not None
        ]
        if not styled:
            return None
        return self.draw(styled + ([outline_clone(background)] if background is not None else []))

    def linkage(self, pairs, construction, demolition, background=None):
        """Pair lines over 建新 and 拆旧 parcels (those given) and the outlines of
        ``background``; None without any of the three."""
        styled = [
            styled_clone(layer, style)
            for layer, style in (
                (construction, lambda c: report_construction(c, self.language, self.tr)),
                (pairs, lambda c: report_pairs(c, self.tr)),
                (demolition, lambda c: report_demolition(c, self.language, self.tr)),
            )
            if layer is not None
        ]
        if not styled:
            return None
        return self.draw(styled + ([outline_clone(background)] if background is not None else []))


#: The custom property naming a single-symbol layer in the legend.
LEGEND = "urflow/legend"
#: The custom property heading a layer's legend entries (two layers with "not selected").
LEGEND_GROUP = "urflow/legend_group"


def parcels_legend(tr):
    """What the linkage map's legend entries of 建新 and 拆旧 parcels are headed by."""
    return tr("建新 parcels"), tr("拆旧 parcels")


def facilities_legend(tr):
    """The legend entry of the facilities on a facility map, in the report's language."""
    return tr("Facilities (size: load)")


def centroid_markers(layer, codes, shape="circle", size=1.8):
    """A marker at the centre of each polygon whose category is in ``codes``, in the
    category's colour, so that parcels of a few hectares stay visible at county scale (the
    report's maps and the atlas pages alike; other layers are left as they are)."""
    renderer = layer.renderer()
    if layer.geometryType() != QgsWkbTypes.GeometryType.PolygonGeometry or not isinstance(
        renderer, QgsCategorizedSymbolRenderer
    ):
        return
    for index, category in enumerate(renderer.categories()):
        if category.value() not in codes:
            continue
        symbol = category.symbol().clone()
        marker = QgsMarkerSymbol.createSimple(
            {
                "name": shape,
                "color": symbol.color().name(),
                "outline_color": "#1b1b1b",
                "outline_width": "0.25",
                "size": str(size),
            }
        )
        centre = QgsCentroidFillSymbolLayer()
        centre.setSubSymbol(marker)
        centre.setPointOnAllParts(False)
        symbol.appendSymbolLayer(centre)
        renderer.updateCategorySymbol(index, symbol)


def report_construction(layer, language, tr):
    """建新 parcels as the algorithm styles them (the excluded ones labelled by
    ``linkage_style.label_exclusions``), with a square on each selected or excluded parcel."""
    style_construction(layer, language)  # labels the exclusions
    centroid_markers(layer, ("selected", "excluded"), "square", 3.2)
    layer.setCustomProperty(LEGEND_GROUP, parcels_legend(tr)[0])


def report_demolition(layer, language, tr):
    """拆旧 parcels as the algorithm styles them, with a dot on each selected parcel."""
    style_demolition(layer, language)
    centroid_markers(layer, ("selected",), "circle", 1.6)
    layer.setCustomProperty(LEGEND_GROUP, parcels_legend(tr)[1])


def report_compliance(layer, key, codes):
    """A control-line output as the algorithm styles it, with a dot on each conflict piece
    (``codes``: its lines), which is otherwise a few pixels at county scale."""
    control_style.style_output(key, layer)
    centroid_markers(layer, codes, "circle", 4.5)


def report_pairs(layer, tr):
    """Pair lines drawn light enough to show the parcels under them, named in the legend."""
    style_pairs(layer)
    layer.renderer().symbol().setOpacity(0.45)
    layer.setCustomProperty(LEGEND, tr("拆旧–建新 pairs (width: quota)"))


def kind_request(kind):
    """The features of one flow ``kind`` (all without one)."""
    request = QgsFeatureRequest()
    if kind is not None:
        request.setFilterExpression(QgsExpression.createFieldEqualityExpression("kind", kind))
    return request


def styled_clone(layer, style, request=None):
    """A memory copy of ``layer`` (the features of ``request``) styled by ``style(copy)``."""
    copy = layer.materialize(request or QgsFeatureRequest())
    copy.setName(layer.name())
    style(copy)
    return copy


def outline_clone(layer, label=""):
    """A memory copy of ``layer`` drawn as grey outlines (a background), labelled with the
    field ``label`` when given (township names), else without labels."""
    copy = layer.materialize(QgsFeatureRequest())
    if copy.geometryType() == QgsWkbTypes.GeometryType.PolygonGeometry:
        symbol = QgsFillSymbol.createSimple(
            {"style": "no", "outline_color": "#8c8c8c", "outline_width": "0.3"}
        )
        copy.setRenderer(QgsSingleSymbolRenderer(symbol))
    if label and label in copy.fields().names():
        settings = QgsPalLayerSettings()
        settings.fieldName = label
        text = QgsTextFormat()
        font = QFont()
        font.setBold(True)
        text.setFont(font)
        text.setSize(10)
        text.setColor(QColor("#444444"))
        buffer = QgsTextBufferSettings()
        buffer.setEnabled(True)
        buffer.setSize(1.2)
        buffer.setColor(QColor("white"))
        text.setBuffer(buffer)
        settings.setFormat(text)
        placement = getattr(Qgis, "LabelPlacement", None) or QgsPalLayerSettings.Placement
        settings.placement = placement.OverPoint
        copy.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        copy.setLabelsEnabled(True)
        return copy
    copy.setLabelsEnabled(False)
    return copy


def legend_of(layers):
    """``(label, colour)`` of every labelled legend symbol of the layers' renderers."""
    entries = []
    for layer in layers:
        renderer = layer.renderer()
        if renderer is None:
            continue
        group = layer.customProperty(LEGEND_GROUP, "")
        for item in renderer.legendSymbolItems():
            label = item.label() or layer.customProperty(LEGEND, "")
            if group and label:
                label = f"{group}: {label}"
            if item.symbol() is not None and label:
                entries.append((label, item.symbol().color().name()))
    return entries


def render_map(layers, context, width=1100, north="N", frame=None) -> bytes:
    """PNG bytes of ``layers`` (top first) over the joint extent of ``frame`` (default: all of
    them), in the CRS of its bottom layer, with a north arrow and, in a CRS measured in metres,
    a scale bar."""
    frame = frame or layers
    crs = frame[-1].crs()
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in frame:
        transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
        layer.updateExtents()
        box = transform.transformBoundingBox(layer.extent())
        if not box.isEmpty():
            extent.combineExtentWith(box)
    if extent.isEmpty() or not extent.isFinite():
        extent = QgsRectangle(-1, -1, 1, 1)
    extent.scale(1.05)
    height = int(min(1400, max(400, width * extent.height() / max(extent.width(), 1e-9))))
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(crs)
    settings.setTransformContext(context.transformContext())
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    settings.setFlag(QgsMapSettings.Flag.Antialiasing, True)
    settings.setFlag(QgsMapSettings.Flag.DrawLabeling, True)
    inner = QgsRectangle(extent)
    inner.scale(0.97)
    settings.setLabelBoundaryGeometry(QgsGeometry.fromRect(inner))  # no label cut at the frame
    image = QImage(settings.outputSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    # synchronously, in this thread: the report runs in Processing's worker thread, where a
    # parallel job's futures and queued signals free layers that Python still holds
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.renderSynchronously()
    painter.end()
    draw_map_furniture(image, settings, north)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)  # scoped: PyQt6 (QGIS 4) has no WriteOnly
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def nice_length(longest):
    """The largest 1, 2 or 5 × 10^k not above ``longest`` (> 0)."""
    power = 10 ** math.floor(math.log10(longest))
    return max(step * power for step in (1, 2, 5) if step * power <= longest)


def draw_map_furniture(image, settings, north):
    """A north arrow top right and, when map units are metres, a scale bar bottom left."""
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ink = QColor("#222222")
    painter.setPen(QPen(ink, 2))
    font = QFont()
    font.setPixelSize(16)
    painter.setFont(font)
    x, y = image.width() - 40, 20
    painter.setBrush(ink)
    painter.drawPolygon(
        QPolygonF(
            [QPointF(x, y), QPointF(x - 10, y + 34), QPointF(x, y + 26), QPointF(x + 10, y + 34)]
        )
    )
    align = Qt.AlignmentFlag
    painter.drawText(QRectF(x - 20, y + 36, 40, 22), align.AlignHCenter | align.AlignTop, north)
    per_pixel = settings.mapUnitsPerPixel()
    metric = settings.destinationCrs().mapUnits() == QgsUnitTypes.DistanceUnit.DistanceMeters
    if metric and per_pixel > 0:
        metres = nice_length(per_pixel * image.width() / 5)
        pixels = metres / per_pixel
        left, base = 24, image.height() - 20
        painter.setBrush(QColor("white"))
        painter.drawRect(QRectF(left, base - 8, pixels, 8))
        painter.setBrush(ink)
        painter.drawRect(QRectF(left, base - 8, pixels / 2, 8))
        label = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
        for at, text in ((left, "0"), (left + pixels, label)):  # the ends of the bar
            painter.drawText(
                QRectF(at - 50, base - 32, 100, 22), align.AlignHCenter | align.AlignBottom, text
            )
    painter.end()
