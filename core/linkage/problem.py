"""The linkage problem: validated parcels, project areas and the candidate pairs quota flows on.

Units inside the linkage core: **areas in hectares (ha)**, distances in metres (m) at the
boundary and kilometres (km) in the distance cost, cost/value in whatever money unit the caller
uses (one unit for both). ``1 ha = 15 mu`` (DOMAIN.md §0.1).

Conventions decided here, once, for the whole linkage core:

* **Project areas (groups).** Rules 1 and 6 of DOMAIN.md §3.2 make each 项目区 balance on its
  own, so the area, cultivated-land and quality rules apply *per group*; quota only moves
  between parcels of the same group; the budget is county-wide. Parcels without a group
  (``-1``, ``''``, ``None``) form one extra pool, ``NO_GROUP``, that balances on its own. With
  no groups at all the whole county is one group, ``COUNTY_GROUP``.
* **Limits.** ``budget`` and ``max_distance_m`` of 0 mean "no limit"; they are decoded once,
  by :func:`linkage_problem` and :func:`candidate_pairs` (``core.checks.limit``), into ``inf``.
* **Quota basis** (DOMAIN.md §3.4): ``'reclaimed_cultivated'`` counts ``q_i = a_i κ_i`` of quota
  per 拆旧 parcel, ``'reclaimed_construction'`` counts ``q_i = a_i``.
* **Quality points**: ``a_i κ_i (G - g_i)`` per 拆旧 parcel and ``o_j (G - g'_j)`` per 建新
  parcel, ``G = 16`` for 等别 1–15 (``grade_scale='dengbie'``) or ``G = 11`` for 等级 1–10
  (``'dengji'``). Smaller grade = better land = more points.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
from scipy.spatial import cKDTree

from ..checks import bool_vector, choice, float_vector, limit
from ..errors import InputError
from ..messages import listing, tr

#: Margin that turns "建新 area < 拆旧 area" into ``B <= A - STRICT_EPS_HA`` (ha): 1 m².
STRICT_EPS_HA = 1e-4
#: ``G`` of the quality-points proxy per grade scale (grades run 1 .. G-1, 1 = best).
GRADE_SCALES = {"dengbie": 16, "dengji": 11}
QUOTA_BASES = ("reclaimed_cultivated", "reclaimed_construction")
CONSTRUCTION_TYPES = ("urban", "resettlement", "industrial")
#: The one project area when no parcel has a group.
COUNTY_GROUP = "county"
#: The pool of parcels without a group, beside the named project areas.
NO_GROUP = "no_project_area"


@dataclass(frozen=True, eq=False)
class LinkageProblem:
    """A validated linkage instance; build it with :func:`linkage_problem`, never directly.

    ``n`` 拆旧 (demolition) candidates ``i`` and ``m`` 建新 (construction) candidates ``j``;
    ``P`` candidate pairs ``(pair_i[p], pair_j[p])`` along which quota may flow, sorted by ``j``
    then ``i``. Areas in ha, distances in m. ``group_d`` / ``group_c`` are codes into
    ``group_names``. ``budget`` and ``max_distance_m`` are ``inf`` when there is no limit.
    """

    demolition_ids: np.ndarray
    area_d: np.ndarray
    kappa: np.ndarray
    grade_d: np.ndarray
    cost: np.ndarray
    priority: np.ndarray
    protected: np.ndarray
    group_d: np.ndarray
    construction_ids: np.ndarray
    area_c: np.ndarray
    occupied: np.ndarray
    grade_c: np.ndarray
    value: np.ndarray
    ctype: np.ndarray
    mandatory: np.ndarray
    excluded: np.ndarray
    excluded_reason: np.ndarray
    group_c: np.ndarray
    pair_i: np.ndarray
    pair_j: np.ndarray
    pair_distance_m: np.ndarray
    group_names: Tuple[str, ...]
    quota_basis: str
    require_quality: bool
    grade_scale: str
    budget: float
    priority_weight: float
    distance_weight: float
    epsilon: float
    max_distance_m: float

    @property
    def n_demolition(self) -> int:
        return int(self.area_d.size)

    @property
    def n_construction(self) -> int:
        return int(self.area_c.size)

    @property
    def has_budget(self) -> bool:
        return math.isfinite(self.budget)

    @property
    def grade_max(self) -> int:
        """``G`` of the quality-points proxy (16 for 等别, 11 for 等级)."""
        return GRADE_SCALES[self.grade_scale]

    @property
    def reclaimed(self) -> np.ndarray:
        """Reclaimed cultivated area ``a_i κ_i`` per 拆旧 parcel (ha)."""
        return self.area_d * self.kappa

    @property
    def quota(self) -> np.ndarray:
        """Quota ``q_i`` per 拆旧 parcel (ha), by ``quota_basis``."""
        return self.reclaimed if self.quota_basis == "reclaimed_cultivated" else self.area_d

    @property
    def quality_d(self) -> np.ndarray:
        """Quality points gained per 拆旧 parcel, ``a_i κ_i (G - g_i)``."""
        return self.reclaimed * (self.grade_max - self.grade_d)

    @property
    def quality_c(self) -> np.ndarray:
        """Quality points lost per 建新 parcel, ``o_j (G - g'_j)`` (0 where ``o_j = 0``)."""
        pts = self.occupied * (self.grade_max - np.where(self.occupied > 0, self.grade_c, 0.0))
        return np.where(self.occupied > 0, pts, 0.0)

    @property
    def effective_cost(self) -> np.ndarray:
        """Objective cost of selecting 拆旧 parcel i, ``k_i - β h_i``."""
        return self.cost - self.priority_weight * self.priority

    @property
    def pair_starts(self) -> np.ndarray:
        """``pair_starts[j]:pair_starts[j+1]`` are the pairs of 建新 parcel j (length m + 1)."""
        return np.searchsorted(self.pair_j, np.arange(self.n_construction + 1))

    def pair_positions(self, fi, fj) -> np.ndarray:
        """Row in the pair arrays of each flow ``(fi, fj)``; -1 where it is no candidate pair."""
        fi = np.asarray(fi, dtype=np.int64)
        fj = np.asarray(fj, dtype=np.int64)
        n = max(self.n_demolition, 1)
        key = self.pair_j * n + self.pair_i
        if key.size == 0:
            return np.full(fi.size, -1, dtype=np.int64)
        want = fj * n + fi
        pos = np.clip(np.searchsorted(key, want), 0, key.size - 1)
        return np.where(key[pos] == want, pos, -1)


def group_text(name: str) -> str:
    """A group name as shown in messages: the two built-in pools in the user's language."""
    if name == COUNTY_GROUP:
        return tr("county")
    if name == NO_GROUP:
        return tr("(no project area)")
    return str(name)


def project_area(p: LinkageProblem, g: int):
    """Project area ``g`` of ``p`` alone, without the budget, and its rows in ``p``.

    Returns
    -------
    sub : LinkageProblem
        The parcels and pairs of group ``g``, one group, ``budget = inf``.
    rows_d, rows_c : ndarray of int64
        Rows of ``p`` of the sub-problem's 拆旧 and 建新 parcels.
    """
    rows_d = np.flatnonzero(p.group_d == g)
    rows_c = np.flatnonzero(p.group_c == g)
    keep = p.group_c[p.pair_j] == g
    new_i = np.full(p.n_demolition, -1, dtype=np.int64)
    new_i[rows_d] = np.arange(rows_d.size)
    new_j = np.full(p.n_construction, -1, dtype=np.int64)
    new_j[rows_c] = np.arange(rows_c.size)
    per_d = ("demolition_ids", "area_d", "kappa", "grade_d", "cost", "priority", "protected")
    per_c = (
        "construction_ids",
        "area_c",
        "occupied",
        "grade_c",
        "value",
        "ctype",
        "mandatory",
        "excluded",
        "excluded_reason",
    )
    sub = dataclasses.replace(
        p,
        **{k: getattr(p, k)[rows_d] for k in per_d},
        **{k: getattr(p, k)[rows_c] for k in per_c},
        group_d=np.zeros(rows_d.size, dtype=np.int64),
        group_c=np.zeros(rows_c.size, dtype=np.int64),
        pair_i=new_i[p.pair_i[keep]],
        pair_j=new_j[p.pair_j[keep]],
        pair_distance_m=p.pair_distance_m[keep],
        group_names=(p.group_names[g],),
        budget=math.inf,
    )
    return sub, rows_d, rows_c


def with_all_pairs(p: LinkageProblem) -> LinkageProblem:
    """``p`` with every same-group pair (distance 0): the pair distance limit relaxed."""
    n, m = p.n_demolition, p.n_construction
    pi = np.tile(np.arange(n, dtype=np.int64), m)
    pj = np.repeat(np.arange(m, dtype=np.int64), n)
    keep = p.group_d[pi] == p.group_c[pj]
    return dataclasses.replace(
        p, pair_i=pi[keep], pair_j=pj[keep], pair_distance_m=np.zeros(int(keep.sum()))
    )


# --------------------------------------------------------------------------- validation


def _ids(ids, n: int, prefix: str, what: str) -> np.ndarray:
    if ids is None:
        return np.array([f"{prefix}{k}" for k in range(n)], dtype=object)
    arr = np.asarray(ids, dtype=object)
    if arr.shape != (n,):
        raise InputError(
            tr("{what} ids must have one value per parcel ({n}), got {shape}.").format(
                what=what, n=n, shape=arr.shape
            )
        )
    return arr


def _require(bad, ids, message: str) -> None:
    rows = np.flatnonzero(bad)
    if rows.size:
        raise InputError(
            tr("{message}: {parcels}.").format(
                message=message, parcels=listing([ids[r] for r in rows], 8)
            )
        )


def _group_labels(group, n: int, what: str) -> Optional[np.ndarray]:
    """Group values → string labels, ``''`` for "no group" (negative ints, '', None, NaN)."""
    if group is None:
        return None
    arr = np.asarray(group)
    if arr.shape != (n,):
        raise InputError(
            tr("{what} groups must have one value per parcel ({n}), got {shape}.").format(
                what=what, n=n, shape=arr.shape
            )
        )
    if arr.dtype.kind in "iu":
        return np.where(arr < 0, "", arr.astype(np.int64).astype(str)).astype(object)
    if arr.dtype.kind == "f":
        ok = np.isfinite(arr) & (arr >= 0)
        whole = ok & (arr == np.round(arr))
        labels = np.where(ok, arr.astype(str), "").astype(object)
        labels[whole] = np.round(arr[whole]).astype(np.int64).astype(str)
        return labels
    return np.array(
        [
            "" if v is None or (isinstance(v, float) and not np.isfinite(v)) else str(v).strip()
            for v in arr.tolist()
        ],
        dtype=object,
    )


def encode_groups(group_d, group_c, n: int, m: int):
    """Joint integer codes of the 拆旧 and 建新 groups, and the group names.

    Returns
    -------
    code_d : ndarray of int64, shape (n,)
    code_c : ndarray of int64, shape (m,)
    names : tuple of str
        ``(COUNTY_GROUP,)`` without groups; else the sorted group labels, ``NO_GROUP`` for
        parcels without one.
    """
    ld = _group_labels(group_d, n, "拆旧")
    lc = _group_labels(group_c, m, "建新")
    if ld is None and lc is None:
        return np.zeros(n, dtype=np.int64), np.zeros(m, dtype=np.int64), (COUNTY_GROUP,)
    if ld is None or lc is None:
        raise InputError(
            tr("project-area groups must be given for both 拆旧 and 建新 parcels, or for neither.")
        )
    uniq, inverse = np.unique(np.concatenate([ld, lc]).astype(str), return_inverse=True)
    names = tuple(NO_GROUP if u == "" else str(u) for u in uniq)
    return inverse[:n].astype(np.int64), inverse[n:].astype(np.int64), names


def _xy(xy, name: str) -> np.ndarray:
    try:
        arr = np.asarray(xy, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} coordinates must be numbers ({error}).").format(name=name, error=exc)
        ) from None
    if arr.size == 0:
        arr = arr.reshape(0, 2)
    if arr.ndim != 2 or arr.shape[1] != 2:
        raise InputError(
            tr("{name} coordinates must have shape (n, 2), got {shape}.").format(
                name=name, shape=arr.shape
            )
        )
    if not np.all(np.isfinite(arr)):
        raise InputError(
            tr("{name} coordinates contain NaN or infinite values at rows {rows}.").format(
                name=name, rows=np.flatnonzero(~np.isfinite(arr).all(1))[:8].tolist()
            )
        )
    return arr


# --------------------------------------------------------------------------- pairs


def candidate_pairs(
    xy_demolition, xy_construction, max_distance_m: float = 0.0, group_d=None, group_c=None
):
    """Candidate (拆旧 i, 建新 j) pairs along which quota may flow.

    Parameters
    ----------
    xy_demolition : array_like, shape (n, 2)
        Projected coordinates (m) of the 拆旧 parcels (centroids or points on surface).
    xy_construction : array_like, shape (m, 2)
        Projected coordinates (m) of the 建新 parcels.
    max_distance_m : float, default 0
        Keep pairs at most this far apart (m, inclusive); 0 (or None) means no limit, in which
        case every same-group pair is returned (n·m pairs without groups: mind the memory).
        With a limit, pairs come from a ``cKDTree`` query and no dense matrix is built.
    group_d, group_c : array_like, optional
        Project-area codes (ints, ``-1`` = none, or strings, ``''`` = none). When given,
        only pairs inside the same group are kept (ungrouped parcels pair with each other).

    Returns
    -------
    i, j : ndarray of int64, shape (P,)
        0-based 拆旧 and 建新 row indices, sorted by ``j`` then ``i``.
    d_m : ndarray of float, shape (P,)
        Euclidean distance (m).
    """
    xd = _xy(xy_demolition, "拆旧")
    xc = _xy(xy_construction, "建新")
    dmax = limit(max_distance_m, "max_distance_m")
    gd, gc, _ = encode_groups(group_d, group_c, len(xd), len(xc))
    if len(xd) == 0 or len(xc) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy(), np.zeros(0)
    if math.isfinite(dmax):
        res = cKDTree(xd).sparse_distance_matrix(cKDTree(xc), dmax, output_type="ndarray")
        i = res["i"].astype(np.int64)
        j = res["j"].astype(np.int64)
        keep = gd[i] == gc[j]
        i, j = i[keep], j[keep]
    else:
        parts_i, parts_j = [], []
        for g in np.unique(gc):
            di = np.flatnonzero(gd == g)
            cj = np.flatnonzero(gc == g)
            parts_i.append(np.tile(di, cj.size))
            parts_j.append(np.repeat(cj, di.size))
        i = np.concatenate(parts_i).astype(np.int64)
        j = np.concatenate(parts_j).astype(np.int64)
    order = np.lexsort((i, j))
    i, j = i[order], j[order]
    d = np.hypot(*(xd[i] - xc[j]).T) if i.size else np.zeros(0)
    return i, j, d


# --------------------------------------------------------------------------- problem


def linkage_problem(
    area_d,
    kappa,
    grade_d,
    area_c,
    occupied,
    grade_c,
    *,
    cost=None,
    priority=None,
    protected=None,
    group_d=None,
    demolition_ids=None,
    value=None,
    ctype=None,
    mandatory=None,
    excluded=None,
    excluded_reason=None,
    group_c=None,
    construction_ids=None,
    pairs=None,
    max_distance_m: float = 0.0,
    quota_basis: str = "reclaimed_cultivated",
    require_quality: bool = True,
    grade_scale: str = "dengbie",
    budget: float = 0.0,
    priority_weight: float = 0.0,
    distance_weight: float = 0.0,
    epsilon: float = STRICT_EPS_HA,
) -> LinkageProblem:
    """Validate and bundle one linkage instance.

    Parameters
    ----------
    area_d : array_like, shape (n,)
        拆旧 (demolition) candidate areas ``a_i`` (ha), > 0.
    kappa : array_like, shape (n,) or scalar
        Reclamation coefficient κ_i in (0, 1]: share of ``a_i`` that becomes cultivated land.
    grade_d : array_like, shape (n,) or scalar
        Quality grade of the reclaimed land, within ``1 .. G-1`` (等别 1–15 or 等级 1–10).
    area_c : array_like, shape (m,)
        建新 (construction) candidate areas ``b_j`` (ha), > 0.
    occupied : array_like, shape (m,)
        Cultivated land occupied by 建新 parcel j, ``0 <= o_j <= b_j`` (ha).
    grade_c : array_like, shape (m,) or scalar
        Area-weighted grade of the occupied cultivated land; ignored (may be NaN) where
        ``o_j = 0``, otherwise within ``1 .. G-1``.
    cost, value : array_like, optional
        Cost ``k_i >= 0`` of each 拆旧 parcel and value ``v_j`` of each 建新 parcel (one money
        unit for both); default 0.
    priority : array_like, optional
        Priority ``h_i`` of each 拆旧 parcel (e.g. hollow-village score); default 0.
    protected : array_like of bool, optional
        拆旧 parcels that must not be demolished (传统村落, heritage): ``x_i = 0``.
    mandatory, excluded : array_like of bool, optional
        建新 parcels that must be built (``y_j = 1``) / may not be (``y_j = 0``, inside
        永久基本农田, 生态保护红线 or outside 城镇开发边界; see :mod:`.exclusions`).
    excluded_reason : array_like of str, optional
        Why each excluded parcel is excluded; quoted in error messages.
    ctype : array_like of str, optional
        建新 type, one of ``'urban'``, ``'resettlement'``, ``'industrial'``; default 'urban'.
    group_d, group_c : array_like, optional
        Project-area (项目区) codes; both or neither. See the module notes.
    demolition_ids, construction_ids : array_like, optional
        Ids used in messages; default ``D0, D1 …`` / ``C0, C1 …``.
    pairs : tuple (i, j, d_m), optional
        Candidate pairs from :func:`candidate_pairs`; default every same-group pair with
        distance 0. Pairs must join parcels of the same group.
    max_distance_m : float, default 0
        Only quoted in messages (the limit used to build ``pairs``); 0 = no limit.
    quota_basis : {'reclaimed_cultivated', 'reclaimed_construction'}
        Quota per 拆旧 parcel ``a_i κ_i`` or ``a_i`` (ha).
    require_quality : bool, default True
        Enforce the quality-points rule per group.
    grade_scale : {'dengbie', 'dengji'}
        等别 1–15 (``G = 16``) or 等级 1–10 (``G = 11``).
    budget : float, default 0
        County-wide cap on ``Σ k_i x_i``; 0 (or None) = no limit, stored as ``inf``.
    priority_weight : float, default 0
        β, objective weight per unit of priority ``h_i``.
    distance_weight : float, default 0
        λ, objective cost per ha of quota carried per km.
    epsilon : float, default ``STRICT_EPS_HA``
        Margin (ha) of the strict rule ``B <= A - epsilon``.

    Returns
    -------
    LinkageProblem

    Raises
    ------
    InputError
        Naming the parcels (by id) and the broken precondition.
    """
    a = float_vector(area_d, tr("拆旧 area (ha)"))
    n = a.size
    b = float_vector(area_c, tr("建新 area (ha)"))
    m = b.size
    ids_d = _ids(demolition_ids, n, "D", "拆旧")
    ids_c = _ids(construction_ids, m, "C", "建新")
    choice(quota_basis, QUOTA_BASES, "quota_basis")
    choice(grade_scale, tuple(GRADE_SCALES), "grade_scale")
    G = GRADE_SCALES[grade_scale]
    budget_ = limit(budget, "budget")
    dmax = limit(max_distance_m, "max_distance_m")
    for name, val in (("priority_weight", priority_weight), ("distance_weight", distance_weight)):
        if not (
            isinstance(val, (int, float, np.integer, np.floating)) and np.isfinite(val) and val >= 0
        ):
            raise InputError(
                tr("{name} must be a finite number >= 0, got {value}.").format(
                    name=name, value=repr(val)
                )
            )
    if not (np.isfinite(epsilon) and epsilon > 0):
        raise InputError(tr("epsilon must be > 0 ha, got {value}.").format(value=repr(epsilon)))

    k = float_vector(kappa, tr("κ (reclamation coefficient)"), n)
    g = float_vector(grade_d, tr("拆旧 grade"), n)
    cost_ = float_vector(cost, tr("拆旧 cost"), n, default=0.0)
    h = float_vector(priority, tr("拆旧 priority"), n, default=0.0)
    o = float_vector(occupied, tr("occupied cultivated area (ha)"), m)
    gc = float_vector(grade_c, tr("grade of occupied cultivated land"), m)
    v = float_vector(value, tr("建新 value"), m, default=0.0)
    prot = bool_vector(protected, tr("protected"), n)
    mand = bool_vector(mandatory, tr("mandatory"), m)
    excl = bool_vector(excluded, tr("excluded"), m)

    _require(~(np.isfinite(a) & (a > 0)), ids_d, tr("拆旧 areas must be > 0 ha; bad parcels"))
    _require(~(np.isfinite(b) & (b > 0)), ids_c, tr("建新 areas must be > 0 ha; bad parcels"))
    _require(~((k > 0) & (k <= 1)), ids_d, tr("κ must lie in (0, 1]; bad 拆旧 parcels"))
    _require(
        ~((g >= 1) & (g <= G - 1)),
        ids_d,
        tr("拆旧 grades must lie in 1..{top} ({scale}); bad parcels").format(
            top=G - 1, scale=grade_scale
        ),
    )
    _require(~np.isfinite(cost_) | (cost_ < 0), ids_d, tr("拆旧 costs must be finite and >= 0"))
    _require(~np.isfinite(h), ids_d, tr("拆旧 priorities must be finite"))
    _require(~np.isfinite(v), ids_c, tr("建新 values must be finite"))
    _require(
        ~(np.isfinite(o) & (o >= 0)),
        ids_c,
        tr("occupied cultivated areas must be >= 0 ha; bad 建新 parcels"),
    )
    bad = np.flatnonzero(o > b * (1 + 1e-9) + 1e-12)
    if bad.size:
        r = bad[0]
        raise InputError(
            tr(
                "occupied cultivated area exceeds the parcel area for 建新 {parcels}"
                " (e.g. {parcel}: {occupied:.4f} ha occupied of {area:.4f} ha)."
            ).format(
                parcels=listing([ids_c[i] for i in bad], 8),
                parcel=ids_c[r],
                occupied=o[r],
                area=b[r],
            )
        )
    o = np.minimum(o, b)
    _require(
        (o > 0) & ~((gc >= 1) & (gc <= G - 1)),
        ids_c,
        tr(
            "grades of occupied cultivated land must lie in 1..{top} ({scale}) "
            "where a 建新 parcel occupies cultivated land; bad parcels"
        ).format(top=G - 1, scale=grade_scale),
    )
    gc = np.where(o > 0, gc, np.nan)
    types = _types(ctype, m, ids_c)
    if excluded_reason is None:
        reasons = np.where(excl, tr("excluded by a control line"), "").astype(object)
    else:
        reasons = np.asarray(excluded_reason, dtype=object)
        if reasons.shape != (m,):
            raise InputError(
                tr("excluded_reason must have one value per 建新 parcel ({n}).").format(n=m)
            )
        reasons = np.array(["" if r is None else str(r) for r in reasons.tolist()], dtype=object)
    cd, cc, names = encode_groups(group_d, group_c, n, m)
    pi, pj, pd = _pairs(pairs, cd, cc, names, ids_d, ids_c)
    return LinkageProblem(
        demolition_ids=ids_d,
        area_d=a,
        kappa=k,
        grade_d=g,
        cost=cost_,
        priority=h,
        protected=prot,
        group_d=cd,
        construction_ids=ids_c,
        area_c=b,
        occupied=o,
        grade_c=gc,
        value=v,
        ctype=types,
        mandatory=mand,
        excluded=excl,
        excluded_reason=reasons,
        group_c=cc,
        pair_i=pi,
        pair_j=pj,
        pair_distance_m=pd,
        group_names=names,
        quota_basis=quota_basis,
        require_quality=bool(require_quality),
        grade_scale=grade_scale,
        budget=budget_,
        priority_weight=float(priority_weight),
        distance_weight=float(distance_weight),
        epsilon=float(epsilon),
        max_distance_m=dmax,
    )


def _types(ctype, m: int, ids_c) -> np.ndarray:
    if ctype is None:
        return np.full(m, "urban", dtype=object)
    types = np.asarray(ctype, dtype=object)
    if types.ndim == 0:
        types = np.full(m, types.item(), dtype=object)
    if types.shape != (m,):
        raise InputError(tr("建新 types must have one value per parcel ({n}).").format(n=m))
    _require(
        ~np.isin(types.astype(str), CONSTRUCTION_TYPES),
        ids_c,
        tr("建新 type must be one of {allowed}; bad parcels").format(allowed=CONSTRUCTION_TYPES),
    )
    return types


def _pairs(pairs, cd, cc, names, ids_d, ids_c):
    n, m = cd.size, cc.size
    if pairs is None:
        pi = np.tile(np.arange(n, dtype=np.int64), m)
        pj = np.repeat(np.arange(m, dtype=np.int64), n)
        keep = cd[pi] == cc[pj]
        return pi[keep], pj[keep], np.zeros(int(keep.sum()))
    if len(pairs) != 3:
        raise InputError(tr("pairs must be a tuple (i, j, d_m) as from candidate_pairs()."))
    pi = np.asarray(pairs[0]).astype(np.int64).ravel()
    pj = np.asarray(pairs[1]).astype(np.int64).ravel()
    pd = np.asarray(pairs[2], dtype=float).ravel()
    if not (pi.size == pj.size == pd.size):
        raise InputError(tr("pairs: i, j and d_m must have the same length."))
    if pi.size and (pi.min() < 0 or pi.max() >= n or pj.min() < 0 or pj.max() >= m):
        raise InputError(
            tr("pairs: indices out of range (n = {n} 拆旧, m = {m} 建新).").format(n=n, m=m)
        )
    if not np.all(np.isfinite(pd) & (pd >= 0)):
        raise InputError(tr("pairs: distances must be finite and >= 0 m."))
    cross = np.flatnonzero(cd[pi] != cc[pj])
    if cross.size:
        p = cross[0]
        raise InputError(
            tr(
                "pairs join parcels of different project areas ({n} pairs), e.g. "
                "拆旧 {demolition} ({demolition_area}) with 建新 {construction} "
                "({construction_area}); quota stays inside its project area."
            ).format(
                n=cross.size,
                demolition=ids_d[pi[p]],
                demolition_area=group_text(names[cd[pi[p]]]),
                construction=ids_c[pj[p]],
                construction_area=group_text(names[cc[pj[p]]]),
            )
        )
    key = pj * max(n, 1) + pi
    if np.unique(key).size != key.size:
        raise InputError(tr("pairs: the same (拆旧, 建新) pair is listed more than once."))
    order = np.lexsort((pi, pj))
    return pi[order], pj[order], pd[order]
