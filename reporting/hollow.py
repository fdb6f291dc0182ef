"""The hollow-villages section: villages per hollowing level by township, a chart, the map."""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

import numpy as np

from ..core.hollow import HOLLOW_LEVELS, INDICATORS_BY_ID
from ..core.stats.weighting import minmax_normalize
from .charts import bar_chart
from .method import Run, add_method, field_rows, input_rows
from .sections import MapImage, Section, area_name
from .tables import Cell, html_table, num
from .values import format_count, format_number, group_indices, is_missing, mean, to_float

#: The most hollow level (``hollow_level`` 3, severe) that the summary counts.
SEVERE = 3


@dataclass(frozen=True)
class HollowVillages:
    """The urflow:hollowvillages output as plain columns (one entry per village).

    ``levels`` are ``hollow_level`` codes (missing = not scored), ``scores`` the
    ``hollow_score``; ``towns`` the township of each village (None: no township field).
    ``level_names`` name the levels (the layer's own label field, when it has one) and
    ``colours`` colour them as the map does.
    """

    towns: Sequence
    levels: Sequence
    scores: Sequence
    level_names: Mapping[int, str] = field(default_factory=dict)
    colours: Mapping[int, str] = field(default_factory=dict)
    map: Optional[MapImage] = None
    #: Village names and ``hollow_rank`` (one entry per village; empty: not read), the
    #: indicator fields read (``{"P1": [...]}``) and the record of the run (:mod:`.method`).
    names: Sequence = ()
    ranks: Sequence = ()
    indicators: Mapping[str, Sequence] = field(default_factory=dict)
    run: Optional[Run] = None


@dataclass(frozen=True)
class LevelRow:
    """Villages of one township (``town`` None: the whole layer) per hollowing level."""

    town: Optional[str]
    counts: Dict[int, int]
    unscored: int
    total: int
    mean_score: float


@dataclass(frozen=True)
class LevelTable:
    levels: List[int]
    rows: List[LevelRow]
    total: LevelRow


def level_table(towns, levels, scores) -> LevelTable:
    """Villages per hollowing level by township.

    Parameters
    ----------
    towns, levels, scores : sequence, length n (one entry per village)
        Township name, ``hollow_level`` code (0–3, missing = not scored), ``hollow_score``.

    Returns
    -------
    LevelTable
        ``levels``: the level codes present, sorted; ``rows``: one per township sorted by
        name (villages without a township last); ``total``: the whole layer.
    """
    if not (len(towns) == len(levels) == len(scores)):
        raise ValueError("towns, levels and scores must have the same length")
    codes = [to_float(level) for level in levels]
    present = sorted({int(code) for code in codes if not math.isnan(code)})

    def row(indices, town):
        counts = dict.fromkeys(present, 0)
        for i in indices:
            if not math.isnan(codes[i]):
                counts[int(codes[i])] += 1
        return LevelRow(
            town=town,
            counts=counts,
            unscored=sum(1 for i in indices if math.isnan(codes[i])),
            total=len(indices),
            mean_score=mean(scores[i] for i in indices),
        )

    rows = [row(indices, town) for town, indices in group_indices(towns).items()]
    return LevelTable(present, rows, row(range(len(towns)), None))


def level_name(level: int, names: Mapping[int, str], language: str) -> str:
    """The name of a level: the layer's own label, else core.hollow's label table."""
    if level in names:
        return names[level]
    try:
        return HOLLOW_LEVELS.label(level, language)
    except KeyError:
        return str(level)


def hollow_section(villages: HollowVillages, language: str, tr) -> Section:
    """Heading, map, the table of villages per level by township and a stacked bar chart."""
    table = level_table(villages.towns, villages.levels, villages.scores)
    names = [level_name(level, villages.level_names, language) for level in table.levels]
    section = Section()
    section.heading(tr("Hollow villages"))
    section.add_map(villages.map, tr("Hollow villages"), tr)
    header = (
        [tr("Township")] + names + [tr("Not scored"), tr("Villages"), tr("Mean hollowing score")]
    )
    cells = [
        [tr("Total") if row is table.total else area_name(row.town, tr)]
        + [num(row.counts[level], 0) for level in table.levels]
        + [num(row.unscored, 0), num(row.total, 0), num(row.mean_score, 3)]
        for row in table.rows + [table.total]
    ]
    caption = tr("Villages per hollowing level by township")
    section.add_table(html_table(header, cells, caption, total_rows=1))
    chart_title = tr("Villages per hollowing level")
    chart = bar_chart(
        [area_name(row.town, tr) for row in table.rows],
        [
            (name, [row.counts[level] for row in table.rows])
            for level, name in zip(table.levels, names)
        ],
        title=chart_title,
        ylabel=tr("Villages"),
        stacked=True,
        colours=[villages.colours.get(level, "#999999") for level in table.levels],
    )
    section.add_chart(chart, chart_title)
    add_method(section, method_rows(villages.run, tr, language), tr, villages.run)
    village_lists(section, villages, language, tr)
    section.summary.append(
        tr("{villages} villages assessed; {severe} severely hollow (level 3).").format(
            villages=format_count(table.total.total),
            severe=format_count(table.total.counts.get(SEVERE, 0)),
        )
    )
    return section


def indicator_name(code: str, language: str) -> str:
    """``P1 人口空心化率`` / ``P1 population hollowing rate``; an unknown id as written."""
    found = INDICATORS_BY_ID.get(code)
    if found is None:
        return code
    return f"{code} {found.name_zh if language == 'zh' else found.name_en}"


def method_words(tr):
    """Plain words for the weighting, scoring and classification ids of the run."""
    return {
        "entropy": tr("entropy weights (objective: from how much each indicator varies)"),
        "equal": tr("equal weights"),
        "ahp": tr("AHP (analytic hierarchy process, pairwise comparisons)"),
        "custom": tr("weights given by the planner"),
        "combined": tr("AHP combined with entropy weights"),
        "weighted_sum": tr("weighted sum of the min–max normalised indicators"),
        "topsis": tr("TOPSIS (closeness to the most hollow ideal)"),
        "jenks": tr("natural breaks (Jenks)"),
        "quantile": tr("quantiles (equal numbers of villages)"),
        "equal_interval": tr("equal intervals of the score"),
        "thresholds": tr("fixed score thresholds given by the planner"),
    }


def method_rows(run: Optional[Run], tr, language: str):
    """What the hollowing run used, in plain words (rows of :func:`.method.add_method`)."""
    if run is None:
        return []
    words = method_words(tr)
    method, results = run.method, run.results
    rows = input_rows(
        run,
        {
            "VILLAGES": tr("Village layer"),
            "SETTLEMENTS": tr("Settlement land (overlaid)"),
            "BUILDINGS": tr("Buildings (vacancy)"),
            "NIGHT_LIGHT": tr("Night-time light raster"),
        },
        tr,
    )
    rows += field_rows(
        run,
        {
            "REGISTERED_POP_FIELD": tr("Registered population (人)"),
            "RESIDENT_POP_FIELD": tr("Resident population (人)"),
            "ELDERLY_POP_FIELD": tr("Resident elderly (人)"),
            "OUTMIGRANT_FIELD": tr("Out-migrant workers (人)"),
            "WORKING_AGE_FIELD": tr("Working-age population (人)"),
            "HOMESTEADS_FIELD": tr("Homesteads (处)"),
            "IDLE_HOMESTEADS_FIELD": tr("Idle homesteads (处)"),
        },
        tr,
    )
    weighting = str(method.get("weighting", ""))
    text = words.get(weighting, weighting)
    if results.get("AHP_CR") is not None:
        text += " " + tr("(consistency ratio CR = {cr})").format(
            cr=format_number(results["AHP_CR"], 3)
        )
    if weighting == "combined" and method.get("alpha") is not None:
        text += " " + tr("(AHP share α = {alpha})").format(alpha=format_number(method["alpha"], 2))
    rows.append((tr("Weighting method"), text))
    weights = results.get("WEIGHTS") or {}
    for code in results.get("INDICATORS") or weights:
        found = INDICATORS_BY_ID.get(code)
        sign = "" if found is None else (" (+)" if found.direction > 0 else " (−)")
        rows.append(
            (
                tr("Weight of {indicator}").format(indicator=indicator_name(code, language)) + sign,
                format_number(weights.get(code), 4),
            )
        )
    scoring = str(method.get("scoring", ""))
    rows.append((tr("Score"), words.get(scoring, scoring)))
    classification = str(method.get("classification", ""))
    rows.append(
        (
            tr("Levels and class breaks"),
            tr(
                "{classes} levels by {method}; upper bound of each level on the score: {breaks}"
            ).format(
                classes=format_count(method.get("classes")),
                method=words.get(classification, classification),
                breaks=", ".join(format_number(b, 3) for b in results.get("BREAKS") or ()),
            ),
        )
    )
    rows.append(
        (
            tr("Settlement-land standard"),
            tr("{value} m² per resident").format(
                value=format_number(method.get("land_standard_m2"), 0)
            ),
        )
    )
    rows.append((tr("New-cultivated-land coefficient κ"), format_number(method.get("kappa"), 2)))
    thresholds = method.get("type_thresholds") or ()
    if len(thresholds) == 2:
        rows.append(
            (
                tr("Typology thresholds"),
                tr("population hollowing P1 ≥ {p}; idle homesteads L1 ≥ {l}").format(
                    p=f"{float(thresholds[0]) * 100:.1f} %", l=f"{float(thresholds[1]) * 100:.1f} %"
                ),
            )
        )
    rows.append((tr("Villages assessed"), format_count(results.get("VILLAGE_COUNT"))))
    return rows


def driving_indicators(indicators: Mapping[str, Sequence], weights: Mapping[str, float]):
    """The indicator that adds most to each village's score: argmax over the indicators of
    w_k · z_ik, with z the direction-aware min–max normalised value (DOMAIN §1.2); None where
    a village has no weighted indicator value."""
    codes = [code for code in indicators if code in weights and code in INDICATORS_BY_ID]
    if not codes:
        return []
    n = len(indicators[codes[0]])
    x = np.array([[to_float(v) for v in indicators[c]] for c in codes], dtype=float).T
    positive = np.array([INDICATORS_BY_ID[c].direction > 0 for c in codes])
    z, _constant = minmax_normalize(x.reshape(n, len(codes)), positive)
    contribution = z * np.array([float(weights[c]) for c in codes])
    found = []
    for row in contribution:
        valid = ~np.isnan(row)
        best = valid.any() and row[valid].max() > 0
        found.append(codes[int(np.nanargmax(row))] if best else None)
    return found


def village_lists(section: Section, villages: HollowVillages, language: str, tr) -> None:
    """One table per hollowing level, most hollow first: rank, village, township, score and
    the indicator that drives it."""
    if not villages.names:
        return
    weights = (villages.run.results.get("WEIGHTS") if villages.run else None) or {}
    driving = driving_indicators(villages.indicators, weights) if weights else []
    codes = [to_float(level) for level in villages.levels]
    present = sorted({int(c) for c in codes if c == c}, reverse=True)
    section.heading(tr("Villages by hollowing level"), 3)
    for level in present:
        members = [i for i, c in enumerate(codes) if c == level]
        members.sort(key=lambda i: (to_float(villages.ranks[i]) if villages.ranks else 0, i))
        rows = [
            [
                num(villages.ranks[i], 0) if villages.ranks else Cell(""),
                villages.names[i],
                area_name(villages.towns[i], tr),
                num(villages.scores[i], 3),
                indicator_name(driving[i], language)
                if driving and not is_missing(driving[i])
                else "—",
            ]
            for i in members
        ]
        name = level_name(level, villages.level_names, language)
        section.add_table(
            html_table(
                [tr("Rank"), tr("Village"), tr("Township"), tr("Score"), tr("Driving indicator")],
                rows,
                tr("{level}: {n} villages").format(level=name, n=format_count(len(members))),
            )
        )
