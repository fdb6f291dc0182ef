"""From overlap pieces to compliance figures (see the package docstring)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence, Tuple

import numpy as np

from ..checks import float_vector, in_range, nonnegative
from ..errors import InputError
from ..labels import LabelTable
from ..messages import tr

M2_PER_HA = 10_000.0
MU_PER_HA = 15.0

#: Conflicts of a planned feature with a line, in the order they are reported.
CONFLICT_LINES = ("permanent_farmland", "eco_redline", "outside_urban_boundary")
#: The lines' own overlaps, which the 2019 guidance forbids (the lines must not overlap).
LINE_OVERLAPS = ("farmland_x_redline", "farmland_x_urban", "redline_x_urban")

LINE_LABELS = LabelTable(
    "line",
    {
        "permanent_farmland": ("permanent basic farmland", "占用永久基本农田"),
        "eco_redline": ("ecological red line", "占用生态保护红线"),
        "outside_urban_boundary": ("outside the urban development boundary", "超出城镇开发边界"),
        "farmland_x_redline": ("farmland overlaps red line", "永久基本农田与生态保护红线重叠"),
        "farmland_x_urban": (
            "farmland inside urban boundary",
            "永久基本农田与城镇开发边界重叠",
        ),
        "redline_x_urban": ("red line overlaps urban boundary", "生态保护红线与城镇开发边界重叠"),
    },
)

#: ``conflict`` code of a planned feature: 0 compliant, 1 in conflict (NULL: not checked).
COMPLIANCE_LABELS = LabelTable("conflict", {0: ("compliant", "合规"), 1: ("conflict", "冲突")})

#: Words of a type field that mean urban construction (城镇建设), compared case- and
#: space-insensitively; ``URBAN_TYPES`` replaces them. The land-quota linkage reads its urban
#: 建新 parcels with the same words.
URBAN_WORDS = ("urban", "城镇", "城镇建设", "城镇建设用地", "城市", "城市建设", "town", "city")
DEFAULT_URBAN_TYPES = ",".join(URBAN_WORDS)
#: Overlaps smaller than this (m²) are digitising slivers, not conflicts; the land-quota
#: linkage excludes 建新 parcels by the same rule.
MIN_AREA_M2 = 0.01


def parse_type_words(text) -> Tuple[str, ...]:
    """``"urban, 城镇"`` → ``("urban", "城镇")``: comma-separated (also ，、;), trimmed, folded."""
    if text is None:
        text = DEFAULT_URBAN_TYPES
    parts = str(text)
    for sep in ("，", "、", ";", "；"):
        parts = parts.replace(sep, ",")
    return tuple(dict.fromkeys(w.strip().casefold() for w in parts.split(",") if w.strip()))


@dataclass(frozen=True)
class OverlapPieces:
    """Overlap pieces already cut, one entry per piece.

    feature : (k,) int      planned feature row, −1 for the lines' own overlaps
    line : (k,) str         a code of :data:`CONFLICT_LINES` or :data:`LINE_OVERLAPS`
    area_m2 : (k,) float    piece area in m² (0 for pieces of lines and for points)
    length_m : (k,) float   piece length in m for pieces of planned lines, else 0
    kcxs : (k,) float       田坎 coefficient 0–1 of the farmland polygon cut, NaN = none
    zone : (k,) int         zone row of the piece, −1 outside every zone or without zones
    """

    feature: np.ndarray
    line: np.ndarray
    area_m2: np.ndarray
    length_m: np.ndarray
    kcxs: np.ndarray
    zone: np.ndarray

    @staticmethod
    def empty() -> OverlapPieces:
        return OverlapPieces(
            *(np.zeros(0, dtype=d) for d in (int, object, float, float, float, int))
        )


@dataclass(frozen=True)
class SummaryRow:
    """One row of the summary table: a zone (None = all zones) and a line."""

    zone: int | None
    line: str
    features: int
    area_ha: float
    net_area_ha: float
    length_m: float

    @property
    def area_mu(self) -> float:
        return self.area_ha * MU_PER_HA


@dataclass(frozen=True)
class ComplianceResult:
    """What :func:`check_compliance` finds.

    Pieces (k,): ``sliver`` (bool, not a conflict), ``area_ha``, ``net_area_ha`` (farmland net
    of 田坎, else equal to ``area_ha``). Planned features (n,): ``farmland_ha``, ``redline_ha``,
    ``outside_urban_ha`` (slivers left out), ``farmland_net_ha``, ``conflict`` (0/1, −1 where the
    feature was not checked: no geometry), ``conflict_lines`` (tuple of line codes per feature).
    """

    sliver: np.ndarray
    area_ha: np.ndarray
    net_area_ha: np.ndarray
    farmland_ha: np.ndarray
    farmland_net_ha: np.ndarray
    redline_ha: np.ndarray
    outside_urban_ha: np.ndarray
    conflict: np.ndarray
    conflict_lines: Tuple[Tuple[str, ...], ...]
    summary: Tuple[SummaryRow, ...]
    sliver_count: int
    line_overlap_ha: float

    @property
    def conflict_count(self) -> int:
        return int((self.conflict == 1).sum())

    @property
    def compliant_count(self) -> int:
        return int((self.conflict == 0).sum())


def _pieces(pieces: OverlapPieces, n: int) -> OverlapPieces:
    k = np.asarray(pieces.feature).size
    feature = np.asarray(pieces.feature, dtype=np.int64).reshape(k)
    line = np.asarray(pieces.line, dtype=object).reshape(k)
    unknown = sorted({str(c) for c in line} - set(CONFLICT_LINES) - set(LINE_OVERLAPS))
    if unknown:
        raise InputError(
            tr("Unknown control-line codes: {codes}.").format(codes=", ".join(unknown))
        )
    if ((feature < -1) | (feature >= n)).any():
        raise InputError(tr("Overlap pieces name planned features that do not exist."))
    own = np.isin(line, LINE_OVERLAPS)
    if (own != (feature == -1)).any():
        raise InputError(tr("The lines' own overlaps, and only they, have no planned feature."))
    area = nonnegative(float_vector(pieces.area_m2, "area_m2", k, allow_nan=False), "area_m2")
    length = nonnegative(float_vector(pieces.length_m, "length_m", k, allow_nan=False), "length_m")
    kcxs = in_range(float_vector(pieces.kcxs, "KCXS", k), "KCXS", 0, 1)
    zone = np.asarray(pieces.zone, dtype=np.int64).reshape(k)
    return OverlapPieces(feature, line, area, length, kcxs, zone)


def check_compliance(
    n_features: int,
    pieces: OverlapPieces,
    geometry: str = "polygon",
    min_area_m2: float = MIN_AREA_M2,
    checked: Sequence[bool] | None = None,
    n_zones: int = 0,
) -> ComplianceResult:
    """Compliance of ``n_features`` planned features from their overlap ``pieces``.

    Parameters
    ----------
    geometry : "polygon", "line" or "point"
        The planned layer's kind. A polygon piece smaller than ``min_area_m2`` is a sliver
        (counted apart, not a conflict). A piece of a line is a conflict when it has length; a
        point piece (the point lies inside the line, or an urban point outside the boundary) is
        always a conflict. The lines' own overlaps are polygons and follow the sliver rule.
    min_area_m2 : float
        Sliver threshold in m² (inclusive: a piece of exactly this area is a conflict).
    checked : (n,) bool, optional
        False for features that could not be checked (no geometry): their ``conflict`` is −1.
    n_zones : int
        Number of zones; the summary has one row per zone and line with conflicts, then one
        row per line over all zones (``zone`` None).
    """
    if geometry not in ("polygon", "line", "point"):
        raise InputError(tr("Unknown planned geometry kind {kind}.").format(kind=repr(geometry)))
    min_area = float(min_area_m2)
    if not np.isfinite(min_area) or min_area < 0:
        raise InputError(
            tr("MIN_AREA must be a number >= 0 m²; got {value}.").format(value=min_area_m2)
        )
    n = int(n_features)
    p = _pieces(pieces, n)
    own = p.feature == -1
    planned_polygon = geometry == "polygon"
    sliver = np.where(own | planned_polygon, p.area_m2 < min_area, False)
    if geometry == "line":
        sliver = np.where(own, sliver, p.length_m <= 0)
    area_ha = p.area_m2 / M2_PER_HA
    is_farmland = np.isin(p.line, ("permanent_farmland",))
    net = np.where(
        is_farmland & ~np.isnan(p.kcxs), area_ha * (1.0 - np.nan_to_num(p.kcxs)), area_ha
    )
    counted = ~sliver & ~own

    def per_feature(code, values):
        mask = counted & (p.line == code)
        return np.bincount(p.feature[mask], weights=values[mask], minlength=n)

    farmland_ha = per_feature("permanent_farmland", area_ha)
    farmland_net_ha = per_feature("permanent_farmland", net)
    redline_ha = per_feature("eco_redline", area_ha)
    outside_ha = per_feature("outside_urban_boundary", area_ha)
    in_conflict = np.bincount(p.feature[counted], minlength=n) > 0
    ok = np.ones(n, dtype=bool) if checked is None else np.asarray(checked, dtype=bool)
    if ok.shape != (n,):
        raise InputError(tr("checked must have one value per planned feature."))
    conflict = np.where(ok, in_conflict.astype(np.int64), -1)
    lines = [set() for _ in range(n)]
    for f, code in zip(p.feature[counted], p.line[counted]):
        lines[f].add(code)
    conflict_lines = tuple(tuple(c for c in CONFLICT_LINES if c in s) for s in lines)
    summary = _summary(p, ~sliver, area_ha, net, n_zones)
    return ComplianceResult(
        sliver=sliver,
        area_ha=area_ha,
        net_area_ha=net,
        farmland_ha=farmland_ha,
        farmland_net_ha=farmland_net_ha,
        redline_ha=redline_ha,
        outside_urban_ha=outside_ha,
        conflict=conflict,
        conflict_lines=conflict_lines,
        summary=summary,
        sliver_count=int(sliver.sum()),
        line_overlap_ha=float(area_ha[own & ~sliver].sum()),
    )


def _summary(p: OverlapPieces, keep, area_ha, net, n_zones: int) -> Tuple[SummaryRow, ...]:
    rows = []
    for zone in [*range(int(n_zones)), None]:
        in_zone = keep if zone is None else keep & (p.zone == zone)
        for code in CONFLICT_LINES + LINE_OVERLAPS:
            mask = in_zone & (p.line == code)
            if not mask.any() and zone is not None:
                continue
            features = np.unique(p.feature[mask & (p.feature >= 0)]).size
            rows.append(
                SummaryRow(
                    zone=zone,
                    line=code,
                    features=int(features),
                    area_ha=float(area_ha[mask].sum()),
                    net_area_ha=float(net[mask].sum()),
                    length_m=float(p.length_m[mask].sum()),
                )
            )
    return tuple(rows)
