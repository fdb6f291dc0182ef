"""First match over the ordered rules: class, deciding rule and the later rules also true."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Sequence, Tuple

import numpy as np

from ..errors import InputError
from ..messages import tr
from .classes import CLUSTER, UNCLASSIFIED, VILLAGE_CLASSES
from .rules import Rule

SUMMARY_FIELDS = (
    ("zone", str),
    ("class_code", int),
    ("class_label", str),
    ("villages", int),
    ("population", float),
    ("settlement_area_m2", float),
)


@dataclass(frozen=True, eq=False)
class Classification:
    """What :func:`classify_villages` decides; arrays have one entry per village.

    Attributes
    ----------
    class_code : numpy.ndarray of int
        1–4, or 0 when no rule matched.
    rule_order : numpy.ndarray of object
        The ``order`` of the deciding rule, None when none matched.
    rule_source : numpy.ndarray of object
        That rule's ``source``, None when none matched.
    also_matched : tuple of tuple of int
        Orders of the later rules that were also true (a conflict when not empty).
    """

    class_code: np.ndarray
    rule_order: np.ndarray
    rule_source: np.ndarray
    also_matched: Tuple[Tuple[int, ...], ...]

    @property
    def class_counts(self) -> Dict[int, int]:
        """Villages per class code, every code listed (0 included)."""
        return {
            int(code): int(np.count_nonzero(self.class_code == code))
            for code in VILLAGE_CLASSES.codes
        }

    @property
    def unclassified(self) -> int:
        return int(np.count_nonzero(self.class_code == UNCLASSIFIED))

    @property
    def conflicts(self) -> int:
        return sum(1 for orders in self.also_matched if orders)

    def also_matched_text(self) -> list:
        """``also_matched`` as field text, orders joined by ``,`` (None when empty)."""
        return [",".join(str(o) for o in orders) or None for orders in self.also_matched]

    def fields(self, language: str = "en") -> dict:
        """The output fields by name (labels in ``language``)."""
        return {
            "class_code": [int(c) for c in self.class_code],
            "class_label": VILLAGE_CLASSES.labels(self.class_code, language),
            "rule_order": list(self.rule_order),
            "rule_source": list(self.rule_source),
            "also_matched": self.also_matched_text(),
        }


def classify_villages(
    matches, rules: Sequence[Rule], potential=None, language: str = "en"
) -> Classification:
    """Apply ordered ``rules`` to villages: the first true rule decides; ``rule_source`` is
    the deciding rule's source in ``language`` (:meth:`~.rules.Rule.source_in`).

    A village no rule decides is 1 集聚提升 (the other villages that remain) when it has a
    development ``potential`` score, else 0 暂不分类; its ``rule_order`` stays None.

    Parameters
    ----------
    matches : array_like of bool, shape (n, r)
        ``matches[i, k]``: rule ``rules[k]``'s condition is true for village ``i`` (NULL,
        a disabled rule or an evaluation giving nothing counts as false).
    rules : sequence of Rule, length r
        Sorted by ascending ``order`` (as :func:`~.rules.parse_rules` returns them).
    potential : array_like of float, shape (n,), optional
        Development potential (NaN = none); None = no village has one.

    Returns
    -------
    Classification
    """
    rules = tuple(rules)
    orders = [rule.order for rule in rules]
    if orders != sorted(orders) or len(set(orders)) != len(orders):
        raise InputError(tr("The rules must be sorted by distinct orders."))
    m = np.asarray(matches, dtype=bool)
    if m.ndim != 2 or m.shape[1] != len(rules):
        raise InputError(
            tr(
                "The rule matches must be a table of villages × {r} rules; got shape {shape}."
            ).format(r=len(rules), shape=m.shape)
        )
    n = m.shape[0]
    scored = (
        np.zeros(n, dtype=bool)
        if potential is None
        else np.isfinite(np.asarray(potential, dtype=float).reshape(n))
    )
    codes = np.where(scored, CLUSTER, UNCLASSIFIED).astype(np.int64)
    decided = np.full(n, None, dtype=object)
    sources = np.full(n, None, dtype=object)
    also = []
    for i in range(n):
        hits = np.flatnonzero(m[i])
        if hits.size == 0:
            also.append(())
            continue
        first = rules[hits[0]]
        codes[i] = first.class_code
        decided[i] = first.order
        sources[i] = first.source_in(language) or None
        also.append(tuple(rules[k].order for k in hits[1:]))
    return Classification(codes, decided, sources, tuple(also))


def summarise(
    class_code,
    zones: Optional[Sequence] = None,
    population=None,
    settlement_area=None,
    language: str = "en",
) -> list:
    """Rows of ``OUTPUT_SUMMARY``: villages, population and settlement area per zone and class.

    ``zones`` (None = one county-wide zone ``"all"``) names each village's township; NaN
    population or area counts as 0. Rows per zone (in first-seen order) and class code, then
    the county totals (zone ``"all"``); only classes present are listed.
    """
    codes = np.asarray(class_code, dtype=np.int64)
    n = codes.size
    zone = ["all"] * n if zones is None else [z if z is not None else "" for z in zones]
    pop = np.nan_to_num(np.asarray(population if population is not None else np.zeros(n), float))
    area = np.asarray(settlement_area if settlement_area is not None else np.full(n, np.nan), float)
    has_area = settlement_area is not None
    area = np.nan_to_num(area)

    def rows_for(name, mask):
        out = []
        for code in VILLAGE_CLASSES.codes:
            hit = mask & (codes == code)
            if hit.any():
                out.append(
                    {
                        "zone": name,
                        "class_code": int(code),
                        "class_label": VILLAGE_CLASSES.label(code, language),
                        "villages": int(hit.sum()),
                        "population": float(pop[hit].sum()),
                        "settlement_area_m2": float(area[hit].sum()) if has_area else None,
                    }
                )
        return out

    rows = []
    zone_arr = np.asarray(zone, dtype=object)
    if zones is not None:
        for name in dict.fromkeys(zone):
            rows.extend(rows_for(name, zone_arr == name))
    rows.extend(rows_for("all", np.ones(n, dtype=bool)))
    return rows
