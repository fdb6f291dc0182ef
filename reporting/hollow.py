"""The hollow-villages section: villages per hollowing level by township, a chart, the map."""

import math
from dataclasses import dataclass, field
from typing import Dict, List, Mapping, Optional, Sequence

from ..core.hollow import HOLLOW_LEVELS
from .charts import bar_chart
from .sections import MapImage, Section, area_name
from .tables import html_table, num
from .values import group_indices, mean, to_float

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
    section.summary.append(
        tr("{villages} villages assessed; {severe} severely hollow (level 3).").format(
            villages=table.total.total, severe=table.total.counts.get(SEVERE, 0)
        )
    )
    return section
