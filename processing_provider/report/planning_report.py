"""urflow:planningreport — 规划报告: one self-contained HTML page from the other algorithms'
outputs (maps styled as the algorithms style them, the tables planners paste, charts)."""

import datetime
import math
import os

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsGeometry,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsUnitTypes,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from qgis.PyQt.QtGui import QColor, QFont, QPainter, QPen, QPolygonF

from ...about import version
from ...core.hollow import LEVEL_LABELS
from ...i18n import output_language
from ...reporting import report
from ..base import BaseAlgorithm
from ..land.linkage_style import style_construction, style_demolition, style_pairs
from ..overlay import zone_of_points
from ..services.gap_style import GAP_COLOURS, style_demand, style_zones
from ..villages.hollow_style import LEVEL_COLOURS, style_hollow_villages

CONTEXT = "PlanningReportAlgorithm"
#: Every heading and column name: (English source for tr(), Chinese used in a Chinese QGIS until
#: the .ts has a translation).
TEXT = {
    key: (QT_TRANSLATE_NOOP(CONTEXT, en), zh)
    for key, en, zh in (
        ("title", "Planning report", "规划分析报告"),
        ("generated", "Generated on {} by URFlow {}.", "由 URFlow {1} 于 {0} 生成。"),
        ("summary", "Summary", "摘要"),
        ("hollow", "Hollow villages", "空心村识别"),
        ("facility", "Public service facility gaps", "公共服务设施缺口"),
        ("linkage", "Urban–rural construction land linkage (增减挂钩)", "城乡建设用地增减挂钩"),
        ("map", "Map", "图"),
        ("hollow_table", "Villages per hollowing level by township", "各乡镇空心村分级统计"),
        ("hollow_chart", "Villages per hollowing level", "空心化等级村庄数"),
        ("township", "Township", "乡镇"),
        ("villages", "Villages", "村庄数"),
        ("unscored", "Not scored", "未评分"),
        ("total", "Total", "合计"),
        ("all_area", "(no township)", "（未分乡镇）"),
        ("mean_score", "Mean hollowing score", "平均空心化得分"),
        ("demand_table", "Coverage and deficit by township: {}", "各乡镇覆盖与缺口：{}"),
        ("zone_table", "Coverage and deficit per zone: {}", "各分区覆盖与缺口：{}"),
        ("demand_points", "Demand points", "需求点数"),
        ("covered", "Covered", "覆盖数"),
        ("coverage", "Coverage", "覆盖率"),
        ("blind", "Blind spots", "服务盲区"),
        ("under", "Under-served", "供给不足"),
        ("adequate", "Adequate", "供给充足"),
        ("deficit", "Deficit (capacity units)", "缺口（容量单位）"),
        ("mean_cost", "Mean cost to nearest", "至最近设施平均成本"),
        ("max_cost", "Largest cost to nearest", "至最近设施最大成本"),
        ("population", "Population", "人口"),
        ("covered_pop", "Population covered", "覆盖人口"),
        ("coverage_rate", "Coverage rate (population)", "人口覆盖率"),
        ("gap_chart", "Demand points per gap class by township", "各乡镇设施缺口分类"),
        ("zone_chart", "Population coverage rate per zone", "各分区人口覆盖率"),
        ("balance_table", "Balance sheet: {}", "挂钩平衡表：{}"),
        ("rules_table", "Rules: {}", "规则核查：{}"),
        ("item", "Item", "项目"),
        ("value", "Value", "数值"),
        ("value_mu", "mu (亩)", "亩"),
        ("unit", "Unit", "单位"),
        ("rule", "Rule", "规则"),
        ("relation", "Relation", "关系"),
        ("limit", "Limit", "限值"),
        ("result", "Result", "结论"),
        ("binding", "Binding", "约束性"),
        ("yes", "yes", "是"),
        ("no", "no", "否"),
        ("pass", "pass", "通过"),
        ("fail", "fail", "不通过"),
        ("linkage_chart", "Areas per project area (ha)", "各项目区面积（公顷）"),
        ("area_a", "拆旧 area A", "拆旧面积 A"),
        ("area_r", "reclaimed cultivated R", "复垦耕地 R"),
        ("area_quota", "quota", "挂钩指标"),
        ("area_b", "建新 area B", "建新面积 B"),
        ("area_o", "cultivated occupied O", "占用耕地 O"),
        (
            "sum_hollow",
            "{} villages assessed; {} severely hollow (level 3).",
            "共评价 {} 个村庄，其中重度空心化 {} 个。",
        ),
        (
            "sum_facility",
            "{name}: coverage {coverage} of {n} demand points, {blind} blind spots.",
            "{name}：{n} 个需求点覆盖率 {coverage}，服务盲区 {blind} 个。",
        ),
        ("sum_zone", "{}: population coverage {}, deficit {}.", "{}：人口覆盖率 {}，缺口 {}。"),
        ("sum_linkage", "{} of {} balance rules pass.", "挂钩平衡规则 {1} 条中通过 {0} 条。"),
        (
            "no_township",
            "The layer has no field '{}': all villages are counted together.",
            "图层没有字段“{}”，全部村庄合并统计。",
        ),
        (
            "map_note",
            "Maps are drawn in the CRS of their bottom layer, north up; the scale bar is "
            "drawn when that CRS is in metres.",
            "地图按底层图层的坐标系绘制，上北下南；坐标系以米为单位时附比例尺。",
        ),
        ("north", "N", "北"),
    )
}


class PlanningReportAlgorithm(BaseAlgorithm):
    TITLE = "TITLE"
    HOLLOW_VILLAGES = "HOLLOW_VILLAGES"
    TOWNSHIP_FIELD = "TOWNSHIP_FIELD"
    FACILITY_GAPS = "FACILITY_GAPS"
    LINKAGE_BALANCE = "LINKAGE_BALANCE"
    LINKAGE_DEMOLITION = "LINKAGE_DEMOLITION"
    LINKAGE_CONSTRUCTION = "LINKAGE_CONSTRUCTION"
    LINKAGE_PAIRS = "LINKAGE_PAIRS"
    OUTPUT = "OUTPUT"
    INPUTS = (
        HOLLOW_VILLAGES,
        FACILITY_GAPS,
        LINKAGE_BALANCE,
        LINKAGE_DEMOLITION,
        LINKAGE_CONSTRUCTION,
        LINKAGE_PAIRS,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Report title"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.HOLLOW_VILLAGES,
                self.tr("Hollow villages (output of hollowvillages)"),
                [QgsProcessing.TypeVectorPolygon, QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.TOWNSHIP_FIELD,
                self.tr("Township field"),
                defaultValue="town_name",
                parentLayerParameterName=self.HOLLOW_VILLAGES,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterMultipleLayers(
                self.FACILITY_GAPS,
                self.tr("Facility gaps (demand or zone outputs of facilitygaps)"),
                QgsProcessing.TypeVectorAnyGeometry,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.LINKAGE_BALANCE,
                self.tr("Linkage balance sheet (table of landquotalinkage)"),
                [QgsProcessing.TypeVector],
                optional=True,
            )
        )
        for key, label, kind in (
            (
                self.LINKAGE_DEMOLITION,
                self.tr("Linkage 拆旧 parcels"),
                QgsProcessing.TypeVectorPolygon,
            ),
            (
                self.LINKAGE_CONSTRUCTION,
                self.tr("Linkage 建新 parcels"),
                QgsProcessing.TypeVectorPolygon,
            ),
            (self.LINKAGE_PAIRS, self.tr("Linkage pair lines"), QgsProcessing.TypeVectorLine),
        ):
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, [kind], optional=True))
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT, self.tr("Report (HTML)"), self.tr("HTML files (*.html *.htm)")
            )
        )
        for key, label in (
            ("SECTIONS", self.tr("Analysis sections")),
            ("TABLES", self.tr("Tables")),
            ("MAPS", self.tr("Maps")),
            ("CHARTS", self.tr("Charts")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def checkParameterValues(self, parameters, context):  # noqa: N802
        ok, message = super().checkParameterValues(parameters, context)
        if ok and not any(parameters.get(key) for key in self.INPUTS):
            return False, self.tr(
                "Give at least one input: HOLLOW_VILLAGES, FACILITY_GAPS, "
                "LINKAGE_BALANCE or a linkage layer."
            )
        return ok, message

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        language = output_language()
        t = self.texts(language)
        town_field = self.parameterAsString(parameters, self.TOWNSHIP_FIELD, context) or "town_name"
        hollow = self.parameterAsVectorLayer(parameters, self.HOLLOW_VILLAGES, context)
        facilities = self.parameterAsLayerList(parameters, self.FACILITY_GAPS, context)
        balance = self.parameterAsVectorLayer(parameters, self.LINKAGE_BALANCE, context)
        parcels = [
            self.parameterAsVectorLayer(parameters, key, context)
            for key in (self.LINKAGE_PAIRS, self.LINKAGE_CONSTRUCTION, self.LINKAGE_DEMOLITION)
        ]
        if hollow is None and not facilities and balance is None and not any(parcels):
            raise QgsProcessingException(self.tr("Give at least one input layer."))
        counts = {"SECTIONS": 0, "TABLES": 0, "MAPS": 0, "CHARTS": 0}
        summary, sections = [], []
        steps = [
            (
                hollow is not None,
                lambda: self.hollow_section(
                    hollow, town_field, language, t, context, counts, summary, feedback
                ),
            ),
            (
                bool(facilities),
                lambda: self.facility_section(
                    facilities, hollow, town_field, language, t, context, counts, summary, feedback
                ),
            ),
            (
                balance is not None or any(parcels),
                lambda: self.linkage_section(
                    balance, parcels, hollow, language, t, context, counts, summary
                ),
            ),
        ]
        for done, (wanted, build) in enumerate(steps):
            if feedback.isCanceled():
                return {}
            if wanted:
                sections.append(build())
                counts["SECTIONS"] += 1
            feedback.setProgress(90.0 * (done + 1) / len(steps))
        title = self.parameterAsString(parameters, self.TITLE, context).strip() or t["title"]
        head = [
            f"<h1>{report.escape(title)}</h1>",
            '<p class="note">{}</p>'.format(
                report.escape(t["generated"].format(datetime.date.today().isoformat(), version()))
            ),
            f"<h2>{report.escape(t['summary'])}</h2>",
            '<ul class="summary">'
            + "".join(f"<li>{report.escape(line)}</li>" for line in summary)
            + "</ul>",
        ]
        foot = [f'<p class="note">{report.escape(t["map_note"])}</p>'] if counts["MAPS"] else []
        page = report.document(title, head + sections + foot, language)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        write_atomically(path, page)
        feedback.pushInfo(
            self.tr("Report written to {}: {} sections, {} tables, {} maps, " "{} charts").format(
                path, counts["SECTIONS"], counts["TABLES"], counts["MAPS"], counts["CHARTS"]
            )
        )
        return {self.OUTPUT: path, **counts}

    # -- text ---------------------------------------------------------------------------

    def texts(self, language):
        """Headings in the report's language: the .qm translation when there is one, else the
        built-in Chinese in a Chinese QGIS, else English."""
        texts = {}
        for key, (english, chinese) in TEXT.items():
            translated = self.tr(english)
            texts[key] = chinese if language == "zh" and translated == english else translated
        return texts

    # -- sections -----------------------------------------------------------------------

    def hollow_section(self, layer, town_field, language, t, context, counts, summary, feedback):
        names = layer.fields().names()
        for field in ("hollow_level", "hollow_score"):
            if field not in names:
                raise QgsProcessingException(
                    self.tr(
                        "Layer HOLLOW_VILLAGES: there is no field '{}' (is it the output of "
                        "urflow:hollowvillages?)"
                    ).format(field)
                )
        has_town = town_field in names
        if not has_town:
            feedback.pushWarning(t["no_township"].format(town_field))
        label_field = next(
            (f for f in (f"hollow_label_{language}", "hollow_label") if f in names), None
        )
        towns, levels, scores, labels = [], [], [], {}
        for feature in layer.getFeatures():
            towns.append(feature[town_field] if has_town else None)
            levels.append(feature["hollow_level"])
            scores.append(feature["hollow_score"])
            level = report.to_float(feature["hollow_level"])
            if (
                label_field
                and not math.isnan(level)
                and int(level) not in labels
                and not report.is_missing(feature[label_field])
            ):
                labels[int(level)] = str(feature[label_field])
        summary_table = report.hollow_level_table(towns, levels, scores)
        present = summary_table["levels"]

        def level_name(level):
            default = LEVEL_LABELS[4].get(level, (str(level), str(level)))
            return labels.get(level, default[0 if language == "zh" else 1])

        header = (
            [t["township"]]
            + [level_name(level) for level in present]
            + [t["unscored"], t["villages"], t["mean_score"]]
        )
        rows = []
        for row in summary_table["rows"] + [summary_table["total"]]:
            town = t["total"] if row is summary_table["total"] else (row["town"] or t["all_area"])
            rows.append(
                [town]
                + [report.num(row["counts"][level], 0) for level in present]
                + [
                    report.num(row["unscored"], 0),
                    report.num(row["total"], 0),
                    report.num(row["mean_score"], 3),
                ]
            )
        parts = [f"<h2>{report.escape(t['hollow'])}</h2>"]
        parts += self.map_html(
            self.styled_clone(
                layer,
                lambda c: style_hollow_villages(
                    c, language, "village_name" if "village_name" in names else town_field
                ),
            ),
            [],
            t["hollow"],
            t,
            context,
            counts,
        )
        parts.append(report.html_table(header, rows, t["hollow_table"], total_rows=1))
        counts["TABLES"] += 1
        town_rows = summary_table["rows"]
        chart = report.bar_chart(
            [row["town"] or t["all_area"] for row in town_rows],
            [(level_name(level), [row["counts"][level] for row in town_rows]) for level in present],
            title=t["hollow_chart"],
            ylabel=t["villages"],
            stacked=True,
            colours=[LEVEL_COLOURS.get(level, "#999999") for level in present],
        )
        parts += self.chart_html(chart, t["hollow_chart"], counts)
        total = summary_table["total"]
        summary.append(t["sum_hollow"].format(total["total"], total["counts"].get(3, 0)))
        return "\n".join(parts)

    def facility_section(
        self, layers, hollow, town_field, language, t, context, counts, summary, feedback
    ):
        zone_layers = [layer for layer in layers if is_zones(layer)]
        outline = zone_layers[0] if zone_layers else hollow
        parts = [f"<h2>{report.escape(t['facility'])}</h2>"]
        for layer in layers:
            if feedback.isCanceled():
                break
            name = section_name(layer)
            parts.append(f"<h3>{report.escape(name)}</h3>")
            if is_zones(layer):
                parts += self.map_html(
                    self.styled_clone(layer, style_zones), [], name, t, context, counts
                )
                parts += self.zone_tables(layer, name, t, counts, summary)
            elif "gap_class" in layer.fields().names():
                background = [self.outline_clone(outline)] if outline is not None else []
                parts += self.map_html(
                    self.styled_clone(layer, lambda c: style_demand(c, language)),
                    background,
                    name,
                    t,
                    context,
                    counts,
                )
                parts += self.demand_tables(
                    layer, town_field, zone_layers, name, t, context, counts, summary
                )
            else:
                feedback.pushWarning(
                    self.tr(
                        "Layer FACILITY_GAPS '{}' has neither gap_class (demand output) nor "
                        "zone_name and coverage_rate (zones output) and is left out"
                    ).format(name)
                )
        return "\n".join(parts)

    def demand_tables(self, layer, town_field, zone_layers, name, t, context, counts, summary):
        columns = {key: [] for key in ("gap_class", "covered", "gap", "nearest_cost")}
        names = layer.fields().names()
        features = list(layer.getFeatures())
        for feature in features:
            for key in columns:
                columns[key].append(feature[key] if key in names else None)
        if town_field in names:
            towns = [feature[town_field] for feature in features]
        else:
            towns = zone_names_of(features, layer, zone_layers, context)
        rows = report.demand_gap_table(towns, **columns)
        header = [
            t["township"],
            t["demand_points"],
            t["covered"],
            t["coverage"],
            t["blind"],
            t["under"],
            t["adequate"],
            t["deficit"],
            t["mean_cost"],
            t["max_cost"],
        ]
        cells = [
            [
                t["total"] if row["town"] is None else (row["town"] or t["all_area"]),
                report.num(row["n"], 0),
                report.num(row["covered"], 0),
                report.pct(row["coverage"]),
                report.num(row["blind"], 0),
                report.num(row["under"], 0),
                report.num(row["adequate"], 0),
                report.num(row["deficit"], 1),
                report.num(row["mean_cost"], 1),
                report.num(row["max_cost"], 1),
            ]
            for row in rows
        ]
        parts = [report.html_table(header, cells, t["demand_table"].format(name), total_rows=1)]
        counts["TABLES"] += 1
        towns_only = rows[:-1]
        chart = report.bar_chart(
            [row["town"] or t["all_area"] for row in towns_only],
            [(t[key], [row[key] for row in towns_only]) for key in ("blind", "under", "adequate")],
            title=t["gap_chart"],
            ylabel=t["demand_points"],
            stacked=True,
            colours=[GAP_COLOURS[0], GAP_COLOURS[1], GAP_COLOURS[2]],
        )
        parts += self.chart_html(chart, f"{t['gap_chart']}: {name}", counts)
        total = rows[-1]
        summary.append(
            t["sum_facility"].format(
                name=name,
                coverage=report.format_percent(total["coverage"]),
                n=total["n"],
                blind=total["blind"],
            )
        )
        return parts

    def zone_tables(self, layer, name, t, counts, summary):
        columns = {
            key: [] for key in ("zone_name", "n_demand", "population", "covered_pop", "deficit")
        }
        names = layer.fields().names()
        for feature in layer.getFeatures():
            for key in columns:
                columns[key].append(feature[key] if key in names else None)
        rows = report.zone_gap_table(
            columns["zone_name"],
            columns["n_demand"],
            columns["population"],
            columns["covered_pop"],
            columns["deficit"],
        )
        header = [
            t["township"],
            t["demand_points"],
            t["population"],
            t["covered_pop"],
            t["coverage_rate"],
            t["deficit"],
        ]
        cells = [
            [
                t["total"] if row["zone"] is None else (row["zone"] or t["all_area"]),
                report.num(row["n_demand"], 0),
                report.num(row["population"], 0),
                report.num(row["covered_pop"], 0),
                report.pct(row["coverage_rate"]),
                report.num(row["deficit"], 1),
            ]
            for row in rows
        ]
        parts = [report.html_table(header, cells, t["zone_table"].format(name), total_rows=1)]
        counts["TABLES"] += 1
        chart = report.bar_chart(
            [row["zone"] or t["all_area"] for row in rows[:-1]],
            [(t["coverage_rate"], [row["coverage_rate"] for row in rows[:-1]])],
            title=t["zone_chart"],
            percent=True,
            colours=["#2c7bb6"],
        )
        parts += self.chart_html(chart, f"{t['zone_chart']}: {name}", counts)
        total = rows[-1]
        summary.append(
            t["sum_zone"].format(
                name,
                report.format_percent(total["coverage_rate"]),
                report.format_number(total["deficit"], 1),
            )
        )
        return parts

    def linkage_section(self, balance, parcels, hollow, language, t, context, counts, summary):
        parts = [f"<h2>{report.escape(t['linkage'])}</h2>"]
        pairs, construction, demolition = parcels
        styled = [
            self.styled_clone(layer, style)
            for layer, style in (
                (pairs, style_pairs),
                (construction, lambda c: style_construction(c, language)),
                (demolition, lambda c: style_demolition(c, language)),
            )
            if layer is not None
        ]
        if styled:
            below = styled[1:] + ([self.outline_clone(hollow)] if hollow is not None else [])
            parts += self.map_html(styled[0], below, t["linkage"], t, context, counts)
        if balance is None:
            return "\n".join(parts)
        names = balance.fields().names()
        for field in ("group", "kind", "label", "value", "result"):
            if field not in names:
                raise QgsProcessingException(
                    self.tr(
                        "Layer LINKAGE_BALANCE: there is no field '{}' (is it the OUTPUT_BALANCE "
                        "table of urflow:landquotalinkage?)"
                    ).format(field)
                )
        rows = [{name: feature[name] for name in names} for feature in balance.getFeatures()]
        for row in rows:  # an infeasible run says why there is no plan
            if report.text_key(row.get("kind")) == "diagnosis":
                parts.append(f'<p class="fail">{report.escape(row.get("label"))}</p>')
        sheet = report.balance_sheet(rows)
        passed = failed = 0
        for group, entry in sheet.items():
            parts.append(f"<h3>{report.escape(group)}</h3>")
            figures = [
                [
                    row.get("label"),
                    report.num(row["value"], 4),
                    report.num(row["value_mu"], 2),
                    row.get("unit"),
                ]
                for row in entry["figures"]
            ]
            parts.append(
                report.html_table(
                    [t["item"], t["value"], t["value_mu"], t["unit"]],
                    figures,
                    t["balance_table"].format(group),
                )
            )
            rules = []
            for row in entry["rules"]:
                passed, failed = passed + row["passed"], failed + (not row["passed"])
                binding = report.to_float(row.get("required"))
                rules.append(
                    [
                        row.get("label"),
                        report.num(row["value"], 4),
                        row.get("relation"),
                        report.num(row["limit"], 4),
                        report.Cell(
                            t["pass"] if row["passed"] else t["fail"],
                            "pass" if row["passed"] else "fail",
                        ),
                        t["no"] if binding == 0 else t["yes"],
                    ]
                )
            parts.append(
                report.html_table(
                    [t["rule"], t["value"], t["relation"], t["limit"], t["result"], t["binding"]],
                    rules,
                    t["rules_table"].format(group),
                )
            )
            counts["TABLES"] += 2
        areas = [(group, entry) for group, entry in sheet.items()]
        if len(areas) > 1:
            areas = areas[:-1]  # the total is the last group and would dwarf the areas
        chart = report.bar_chart(
            [group for group, _entry in areas],
            [
                (t[key], [report.figure_value(entry, item) for _group, entry in areas])
                for key, item in (
                    ("area_a", "demolition_ha"),
                    ("area_r", "reclaimed_ha"),
                    ("area_quota", "quota_ha"),
                    ("area_b", "construction_ha"),
                    ("area_o", "occupied_ha"),
                )
            ],
            title=t["linkage_chart"],
            ylabel="ha",
            colours=["#b2182b", "#4d9221", "#762a83", "#2166ac", "#fdae61"],
        )
        parts += self.chart_html(chart, t["linkage_chart"], counts)
        summary.append(t["sum_linkage"].format(passed, passed + failed))
        return "\n".join(parts)

    # -- maps and charts ----------------------------------------------------------------

    def styled_clone(self, layer, style):
        """A memory copy of ``layer`` (inputs are never changed) styled by ``style(copy)``."""
        copy = layer.materialize(QgsFeatureRequest())
        copy.setName(layer.name())
        style(copy)
        return copy

    def outline_clone(self, layer):
        copy = layer.materialize(QgsFeatureRequest())
        if copy.geometryType() == QgsWkbTypes.PolygonGeometry:
            copy.setRenderer(
                QgsSingleSymbolRenderer(
                    QgsFillSymbol.createSimple(
                        {"style": "no", "outline_color": "#8c8c8c", "outline_width": "0.3"}
                    )
                )
            )
        copy.setLabelsEnabled(False)
        return copy

    def map_html(self, layer, below, caption, t, context, counts):
        """The map of ``layer`` over ``below`` as an embedded PNG, and its legend."""
        png = render_map([layer] + list(below), context, north=t["north"])
        counts["MAPS"] += 1
        legend = []
        for item in [layer] + list(below):
            renderer = item.renderer()
            if renderer is None:
                continue
            for entry in renderer.legendSymbolItems():
                if entry.symbol() is not None and entry.label():
                    legend.append((entry.label(), entry.symbol().color().name()))
        return [
            report.image_html(png, caption, f"{t['map']}: {caption}"),
            report.legend_html(legend),
        ]

    def chart_html(self, png, caption, counts):
        if png is None:
            return []
        counts["CHARTS"] += 1
        return [report.image_html(png, caption)]

    # -- metadata -----------------------------------------------------------------------

    def name(self):
        return "planningreport"

    def displayName(self):  # noqa: N802
        return self.tr("Planning report (规划分析报告)")

    def group(self):
        return self.tr("Reports")

    def groupId(self):  # noqa: N802
        return "reports"


def section_name(layer):
    """What a facility-gaps layer was analysed for (its facility_type), else the layer's name:
    temporary outputs of a model all have the same name."""
    if "facility_type" in layer.fields().names():
        for feature in layer.getFeatures():
            if feature["facility_type"]:
                return str(feature["facility_type"])
    return layer.name()


def is_zones(layer):
    names = layer.fields().names()
    return "zone_name" in names and "coverage_rate" in names


def zone_names_of(features, layer, zone_layers, context):
    """The zone_name of the first zones layer holding each feature; None without one."""
    if not zone_layers:
        return [None] * len(features)
    zones = zone_layers[0]
    transform = QgsCoordinateTransform(zones.crs(), layer.crs(), context.transformContext())
    zone_geometries, names = [], []
    for zone in zones.getFeatures():
        geometry = QgsGeometry(zone.geometry())
        if geometry.isEmpty():
            continue
        geometry.transform(transform)
        zone_geometries.append(geometry)
        names.append(zone["zone_name"])
    geometries = [
        None if f.geometry().isNull() or f.geometry().isEmpty() else f.geometry() for f in features
    ]
    return [names[z] if z >= 0 else None for z in zone_of_points(zone_geometries, geometries)]


def render_map(layers, context, width=1100, north="N"):
    """PNG bytes of ``layers`` (top first) over their joint extent, in the bottom layer's CRS,
    with a north arrow and, in a CRS measured in metres, a scale bar."""
    crs = layers[-1].crs()
    extent = QgsRectangle()
    extent.setMinimal()
    for layer in layers:
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
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    settings.setFlag(QgsMapSettings.DrawLabeling, True)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    draw_map_furniture(image, settings, north)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
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


def write_atomically(path, text):
    """Write ``text`` to ``path`` through a temporary file, so no half-written report is left."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    temporary = f"{path}.part"
    with open(temporary, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.replace(temporary, path)
