"""Land-quota linkage (城乡建设用地增减挂钩): the problem, candidate pairs, accounting, checker.

Everything here is plain accounting over a *given* selection; the optimiser lives in
:mod:`.linkage_model`. Units inside the core: **areas in hectares (ha)**, distances in metres
(m) at the boundary and kilometres (km) in the distance cost, cost/value in whatever money
unit the caller uses (one unit for both). ``1 ha = 15 mu`` (DOMAIN.md §0.1).

Conventions decided here, once, for the whole linkage core:

* **Strict 建新 < 拆旧** (DOMAIN.md §3.2 rule 4) is enforced as ``B <= A - epsilon`` with
  ``epsilon = STRICT_EPS_HA = 1e-4 ha`` (1 m², the last digit of a planning table in ha). A tie
  ``B == A`` therefore *fails*; ``B == A - 1e-4`` passes. A project area where nothing is built
  (``B == 0``) passes whatever its ``A``. See :func:`strictly_less_holds`.
* **Project areas (groups).** Rules 1 and 6 of DOMAIN.md §3.2 make each 项目区 balance on its
  own, so the area, cultivated-land and quality rules apply *per group*; quota only moves
  between parcels of the same group; the budget is county-wide. Parcels without a group
  (``-1``, ``''``, ``None``) form one extra pool, "(no project area)", that balances on its
  own. With no groups at all the whole county is one group, "county".
* **Quota basis** (DOMAIN.md §3.4): ``'reclaimed_cultivated'`` counts ``q_i = a_i κ_i`` of quota
  per 拆旧 parcel, ``'reclaimed_construction'`` counts ``q_i = a_i``.
* **Quality points**: ``a_i κ_i (G - g_i)`` per 拆旧 parcel and ``o_j (G - g'_j)`` per 建新
  parcel, ``G = 16`` for 等别 1–15 (``grade_scale='dengbie'``) or ``G = 11`` for 等级 1–10
  (``'dengji'``). Smaller grade = better land = more points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
from scipy.spatial import cKDTree

from ..errors import InputError
from ..messages import listing, tr

__all__ = [
    "MU_PER_HA",
    "STRICT_EPS_HA",
    "GRADE_SCALES",
    "QUOTA_BASES",
    "CONSTRUCTION_TYPES",
    "LinkageProblem",
    "RuleCheck",
    "GroupBalance",
    "BalanceSheet",
    "ha_to_mu",
    "mu_to_ha",
    "strictly_less_holds",
    "candidate_pairs",
    "linkage_problem",
    "objective_value",
    "balance_sheet",
    "balance_rows",
    "check_solution",
]

MU_PER_HA = 15.0
#: Margin that turns "建新 area < 拆旧 area" into ``B <= A - STRICT_EPS_HA`` (ha).
STRICT_EPS_HA = 1e-4
#: Absolute tolerance (ha, or quality points) when comparing recomputed sums.
TOL_HA = 1e-6
#: Tolerance on pair flows returned by a solver (ha).
TOL_FLOW_HA = 1e-5
#: ``G`` of the quality-points proxy per grade scale (grades run 1 .. G-1, 1 = best).
GRADE_SCALES = {"dengbie": 16, "dengji": 11}
QUOTA_BASES = ("reclaimed_cultivated", "reclaimed_construction")
CONSTRUCTION_TYPES = ("urban", "resettlement", "industrial")
COUNTY_GROUP = "county"
NO_GROUP = "(no project area)"


def ha_to_mu(ha):
    """Hectares → mu (亩), ``1 ha = 15 mu``; scalar or array."""
    return np.asarray(ha, dtype=float) * MU_PER_HA


def mu_to_ha(mu):
    """Mu (亩) → hectares, ``1 ha = 15 mu``; scalar or array."""
    return np.asarray(mu, dtype=float) / MU_PER_HA


def strictly_less_holds(construction_ha: float, demolition_ha: float, epsilon: float) -> bool:
    """The one place that decides "建新 area B < 拆旧 area A" (ha).

    True when nothing is built (``B <= TOL_HA``) or ``B <= A - epsilon`` (with ``TOL_HA``
    slack for rounding). A tie ``B == A`` fails.
    """
    return construction_ha <= TOL_HA or construction_ha <= demolition_ha - epsilon + TOL_HA


@dataclass(frozen=True, eq=False)
class LinkageProblem:
    """A validated linkage instance; build it with :func:`linkage_problem`, never directly.

    ``n`` 拆旧 (demolition) candidates ``i`` and ``m`` 建新 (construction) candidates ``j``;
    ``P`` candidate pairs ``(pair_i[p], pair_j[p])`` along which quota may flow. Areas in ha,
    distances in m. ``group_d`` / ``group_c`` are codes into ``group_names``.
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


# --------------------------------------------------------------------------- validation


def _ids_text(ids, rows) -> str:
    return listing([ids[r] for r in np.asarray(rows).ravel()], 8)


def _group_text(name: str) -> str:
    """A group name as shown in messages: the two built-in pools in the user's language."""
    if name == COUNTY_GROUP:
        return tr("county")
    if name == NO_GROUP:
        return tr("(no project area)")
    return str(name)


def _float_array(values, n: int, name: str, default: Optional[float] = None) -> np.ndarray:
    if values is None:
        if default is None:
            raise InputError(tr("{name} is required.").format(name=name))
        return np.full(n, float(default))
    try:
        arr = np.asarray(values, dtype=float)
    except (TypeError, ValueError) as exc:
        raise InputError(
            tr("{name} must be numbers ({error}).").format(name=name, error=exc)
        ) from None
    if arr.ndim == 0:
        arr = np.full(n, float(arr))
    if arr.shape != (n,):
        raise InputError(
            tr("{name} must have one value per parcel ({n}), got shape {shape}.").format(
                name=name, n=n, shape=arr.shape
            )
        )
    return arr


def _bool_array(values, n: int, name: str) -> np.ndarray:
    if values is None:
        return np.zeros(n, dtype=bool)
    arr = np.asarray(values)
    if arr.ndim == 0:
        arr = np.full(n, bool(arr))
    if arr.shape != (n,):
        raise InputError(
            tr("{name} must have one value per parcel ({n}), got shape {shape}.").format(
                name=name, n=n, shape=arr.shape
            )
        )
    return arr.astype(bool)


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
            tr("{message}: {parcels}.").format(message=message, parcels=_ids_text(ids, rows))
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
        labels = np.where(arr < 0, "", arr.astype(np.int64).astype(str)).astype(object)
    elif arr.dtype.kind == "f":
        ok = np.isfinite(arr) & (arr >= 0)
        whole = ok & (arr == np.round(arr))
        labels = np.where(ok, arr.astype(str), "").astype(object)
        labels[whole] = np.round(arr[whole]).astype(np.int64).astype(str)
    else:
        labels = np.array(
            [
                "" if v is None or (isinstance(v, float) and not np.isfinite(v)) else str(v).strip()
                for v in arr.tolist()
            ],
            dtype=object,
        )
    return labels


def _encode_groups(group_d, group_c, n: int, m: int):
    """Joint integer codes for 拆旧 and 建新 groups, and the group names."""
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
        Keep pairs at most this far apart (m, inclusive); 0 means no limit, in which case
        every same-group pair is returned (n·m pairs without groups: mind the memory).
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
    try:
        dmax = float(max_distance_m)
    except (TypeError, ValueError):
        raise InputError(
            tr("max_distance_m must be a number, got {value}.").format(value=repr(max_distance_m))
        ) from None
    if not np.isfinite(dmax) or dmax < 0:
        raise InputError(
            tr("max_distance_m must be >= 0 (0 = no limit), got {value}.").format(
                value=max_distance_m
            )
        )
    gd, gc, _ = _encode_groups(group_d, group_c, len(xd), len(xc))
    if len(xd) == 0 or len(xc) == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty.copy(), np.zeros(0)
    if dmax > 0:
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
        永久基本农田, 生态保护红线 or outside 城镇开发边界; computed by the caller).
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
        Only quoted in messages (the limit used to build ``pairs``).
    quota_basis : {'reclaimed_cultivated', 'reclaimed_construction'}
        Quota per 拆旧 parcel ``a_i κ_i`` or ``a_i`` (ha).
    require_quality : bool, default True
        Enforce the quality-points rule per group.
    grade_scale : {'dengbie', 'dengji'}
        等别 1–15 (``G = 16``) or 等级 1–10 (``G = 11``).
    budget : float, default 0
        County-wide cap on ``Σ k_i x_i``; 0 = no limit.
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
    a = _float_array(area_d, np.size(area_d), tr("拆旧 area (ha)"))
    n = a.size
    b = _float_array(area_c, np.size(area_c), tr("建新 area (ha)"))
    m = b.size
    ids_d = _ids(demolition_ids, n, "D", "拆旧")
    ids_c = _ids(construction_ids, m, "C", "建新")
    if quota_basis not in QUOTA_BASES:
        raise InputError(
            tr("quota_basis must be one of {allowed}, got {value}.").format(
                allowed=QUOTA_BASES, value=repr(quota_basis)
            )
        )
    if grade_scale not in GRADE_SCALES:
        raise InputError(
            tr("grade_scale must be one of {allowed}, got {value}.").format(
                allowed=tuple(GRADE_SCALES), value=repr(grade_scale)
            )
        )
    G = GRADE_SCALES[grade_scale]
    scalars = {
        "budget": budget,
        "priority_weight": priority_weight,
        "distance_weight": distance_weight,
        "max_distance_m": max_distance_m,
    }
    for name, val in scalars.items():
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

    k = _float_array(kappa, n, tr("κ (reclamation coefficient)"))
    g = _float_array(grade_d, n, tr("拆旧 grade"))
    cost_ = _float_array(cost, n, tr("拆旧 cost"), 0.0)
    h = _float_array(priority, n, tr("拆旧 priority"), 0.0)
    o = _float_array(occupied, m, tr("occupied cultivated area (ha)"))
    gc = _float_array(grade_c, m, tr("grade of occupied cultivated land"))
    v = _float_array(value, m, tr("建新 value"), 0.0)
    prot = _bool_array(protected, n, tr("protected"))
    mand = _bool_array(mandatory, m, tr("mandatory"))
    excl = _bool_array(excluded, m, tr("excluded"))

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
            ).format(parcels=_ids_text(ids_c, bad), parcel=ids_c[r], occupied=o[r], area=b[r])
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

    if ctype is None:
        types = np.full(m, "urban", dtype=object)
    else:
        types = np.asarray(ctype, dtype=object)
        if types.ndim == 0:
            types = np.full(m, types.item(), dtype=object)
        if types.shape != (m,):
            raise InputError(tr("建新 types must have one value per parcel ({n}).").format(n=m))
        _require(
            ~np.isin(types.astype(str), CONSTRUCTION_TYPES),
            ids_c,
            tr("建新 type must be one of {allowed}; bad parcels").format(
                allowed=CONSTRUCTION_TYPES
            ),
        )
    if excluded_reason is None:
        reasons = np.where(excl, tr("excluded by a control line"), "").astype(object)
    else:
        reasons = np.asarray(excluded_reason, dtype=object)
        if reasons.shape != (m,):
            raise InputError(
                tr("excluded_reason must have one value per 建新 parcel ({n}).").format(n=m)
            )
        reasons = np.array(["" if r is None else str(r) for r in reasons.tolist()], dtype=object)

    cd, cc, names = _encode_groups(group_d, group_c, n, m)

    if pairs is None:
        pi = np.tile(np.arange(n, dtype=np.int64), m)
        pj = np.repeat(np.arange(m, dtype=np.int64), n)
        keep = cd[pi] == cc[pj]
        pi, pj = pi[keep], pj[keep]
        pd = np.zeros(pi.size)
    else:
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
                    demolition_area=_group_text(names[cd[pi[p]]]),
                    construction=ids_c[pj[p]],
                    construction_area=_group_text(names[cc[pj[p]]]),
                )
            )
        key = pj * max(n, 1) + pi
        if np.unique(key).size != key.size:
            raise InputError(tr("pairs: the same (拆旧, 建新) pair is listed more than once."))
        order = np.lexsort((pi, pj))
        pi, pj, pd = pi[order], pj[order], pd[order]

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
        budget=float(budget),
        priority_weight=float(priority_weight),
        distance_weight=float(distance_weight),
        epsilon=float(epsilon),
        max_distance_m=float(max_distance_m),
    )


def _selection(problem: LinkageProblem, x, y):
    xs = np.asarray(x, dtype=float).ravel()
    ys = np.asarray(y, dtype=float).ravel()
    if xs.size != problem.n_demolition or ys.size != problem.n_construction:
        raise InputError(
            tr(
                "selection sizes ({nx}, {ny}) do not match the problem ({n} 拆旧, {m} 建新)."
            ).format(nx=xs.size, ny=ys.size, n=problem.n_demolition, m=problem.n_construction)
        )
    return xs > 0.5, ys > 0.5


def _flows(flows):
    if flows is None:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    fi, fj, ff = flows
    return (
        np.asarray(fi).astype(np.int64).ravel(),
        np.asarray(fj).astype(np.int64).ravel(),
        np.asarray(ff, dtype=float).ravel(),
    )


def objective_value(problem: LinkageProblem, x, y, flows=None) -> float:
    """``Σ v_j y_j − Σ k_i x_i + β Σ h_i x_i − λ Σ d_ij(km) f_ij`` for a selection.

    ``flows`` is ``(i, j, f_ha)``; needed only when ``distance_weight > 0``. Distances are
    looked up from the problem's pairs.
    """
    xs, ys = _selection(problem, x, y)
    obj = float(problem.value[ys].sum() - problem.effective_cost[xs].sum())
    fi, fj, ff = _flows(flows)
    if problem.distance_weight > 0 and ff.size:
        n = max(problem.n_demolition, 1)
        key = problem.pair_j * n + problem.pair_i
        pos = np.searchsorted(key, fj * n + fi)
        pos = np.clip(pos, 0, max(key.size - 1, 0))
        if key.size == 0 or np.any(key[pos] != fj * n + fi):
            raise InputError(tr("flows use a (拆旧, 建新) pair that is not a candidate pair."))
        obj -= problem.distance_weight * float(np.sum(problem.pair_distance_m[pos] / 1000.0 * ff))
    return obj


# --------------------------------------------------------------------------- balance sheet


@dataclass(frozen=True)
class RuleCheck:
    """One rule of the balance: ``left relation right`` and whether it holds.

    ``required`` is False for rules reported but not enforced (quality when not required,
    budget when there is none).
    """

    rule: str
    label: str
    left: float
    relation: str
    right: float
    passed: bool
    required: bool = True


@dataclass(frozen=True)
class GroupBalance:
    """E9 accounting of one project area (or the county total). Areas in ha.

    ``surplus_ha`` is the 节余指标 ``quota − B`` (``R − B`` or ``A − B`` by quota basis);
    ``surplus_resettlement_ha`` is ``quota − B_resettle`` (DOMAIN.md §3.4). Quality points are
    ``Σ a κ (G − g)`` (拆旧) and ``Σ o (G − g')`` (建新).
    """

    group: str
    n_demolition: int
    n_construction: int
    demolition_ha: float
    reclaimed_ha: float
    construction_ha: float
    occupied_ha: float
    resettlement_ha: float
    quota_ha: float
    net_cultivated_ha: float
    new_cultivated_ratio: float
    quality_demolition: float
    quality_construction: float
    surplus_ha: float
    surplus_resettlement_ha: float
    cost: float
    value: float
    rules: Tuple[RuleCheck, ...]

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.rules if r.required)


@dataclass(frozen=True)
class BalanceSheet:
    """Per-group balances plus the county total; ``feasible`` = every required rule holds."""

    groups: Tuple[GroupBalance, ...]
    total: GroupBalance

    @property
    def feasible(self) -> bool:
        return self.total.passed and all(g.passed for g in self.groups)


def _group_balance(p: LinkageProblem, name, dsel, csel, is_total: bool) -> GroupBalance:
    A = float(p.area_d[dsel].sum())
    R = float(p.reclaimed[dsel].sum())
    Q = float(p.quota[dsel].sum())
    B = float(p.area_c[csel].sum())
    O = float(p.occupied[csel].sum())  # noqa: E741 (DOMAIN notation)
    B_res = float(p.area_c[csel & (p.ctype == "resettlement")].sum())
    qd = float(p.quality_d[dsel].sum())
    qc = float(p.quality_c[csel].sum())
    cost = float(p.cost[dsel].sum())
    n_prot = int(np.count_nonzero(dsel & p.protected))
    n_excl = int(np.count_nonzero(csel & p.excluded))
    n_mand = int(np.count_nonzero(~csel & p.mandatory & (True if is_total else _in(p, name))))
    quota_label = "R" if p.quota_basis == "reclaimed_cultivated" else "A"
    rules = [
        RuleCheck(
            "construction_lt_demolition",
            tr("建新 area < 拆旧 area (B < A)"),
            B,
            "<",
            A,
            strictly_less_holds(B, A, p.epsilon),
        ),
        RuleCheck(
            "quota_repaid",
            tr("建新 area <= quota (B <= {quota})").format(quota=quota_label),
            B,
            "<=",
            Q,
            B <= Q + TOL_HA,
        ),
        RuleCheck(
            "cultivated_not_reduced",
            tr("cultivated land not reduced (R >= O)"),
            R,
            ">=",
            O,
            R >= O - TOL_HA,
        ),
        RuleCheck(
            "quality",
            tr("quality points 拆旧 >= 建新"),
            qd,
            ">=",
            qc,
            qd >= qc - TOL_HA,
            p.require_quality,
        ),
        RuleCheck(
            "protected_untouched",
            tr("protected 拆旧 parcels selected"),
            n_prot,
            "==",
            0,
            n_prot == 0,
        ),
        RuleCheck(
            "excluded_untouched",
            tr("excluded 建新 parcels selected"),
            n_excl,
            "==",
            0,
            n_excl == 0,
        ),
        RuleCheck(
            "mandatory_built",
            tr("mandatory 建新 parcels not selected"),
            n_mand,
            "==",
            0,
            n_mand == 0,
        ),
    ]
    if is_total:
        K = p.budget
        rules.append(
            RuleCheck(
                "budget",
                tr("cost <= budget"),
                cost,
                "<=",
                K if K > 0 else np.inf,
                K <= 0 or cost <= K * (1 + 1e-9) + TOL_HA,
                K > 0,
            )
        )
    return GroupBalance(
        group=name,
        n_demolition=int(np.count_nonzero(dsel)),
        n_construction=int(np.count_nonzero(csel)),
        demolition_ha=A,
        reclaimed_ha=R,
        construction_ha=B,
        occupied_ha=O,
        resettlement_ha=B_res,
        quota_ha=Q,
        net_cultivated_ha=R - O,
        new_cultivated_ratio=(R - O) / A if A > 0 else float("nan"),
        quality_demolition=qd,
        quality_construction=qc,
        surplus_ha=Q - B,
        surplus_resettlement_ha=Q - B_res,
        cost=cost,
        value=float(p.value[csel].sum()),
        rules=tuple(rules),
    )


def _in(p: LinkageProblem, name: str) -> np.ndarray:
    return p.group_c == p.group_names.index(name)


def balance_sheet(problem: LinkageProblem, x, y) -> BalanceSheet:
    """E9 accounting of a selection, per project area and for the county total.

    Parameters
    ----------
    problem : LinkageProblem
    x : array_like of bool/0-1, shape (n,)
        Selected 拆旧 parcels.
    y : array_like of bool/0-1, shape (m,)
        Selected 建新 parcels.

    Returns
    -------
    BalanceSheet
        One :class:`GroupBalance` per group (in ``problem.group_names`` order) and the total;
        each holds A, R, B, O (ha), net new cultivated ``R − O``, ratio ``(R − O)/A``, quality
        points, quota, surplus (节余指标), cost, value and one :class:`RuleCheck` per rule.
        The per-group rules use the group's own sums; the total row checks county sums and
        the budget. Pairing and distances are not part of the accounting (see
        :func:`check_solution`).
    """
    xs, ys = _selection(problem, x, y)
    groups = tuple(
        _group_balance(
            problem, name, xs & (problem.group_d == g), ys & (problem.group_c == g), False
        )
        for g, name in enumerate(problem.group_names)
    )
    total = _group_balance(problem, "total", xs, ys, True)
    return BalanceSheet(groups=groups, total=total)


def balance_rows(sheet: BalanceSheet):
    """Flatten a :class:`BalanceSheet` to one dict per (group, rule), for a table output."""
    rows = []
    for gb in sheet.groups + (sheet.total,):
        for r in gb.rules:
            rows.append(
                {
                    "group": gb.group,
                    "rule": r.rule,
                    "label": r.label,
                    "left": float(r.left),
                    "relation": r.relation,
                    "right": float(r.right),
                    "passed": bool(r.passed),
                    "required": bool(r.required),
                }
            )
    return rows


# --------------------------------------------------------------------------- checker


def check_solution(problem: LinkageProblem, x, y, flows=None):
    """Independent check of a solution; written with plain loops, apart from the model.

    Parameters
    ----------
    problem : LinkageProblem
    x, y : array_like, shape (n,), (m,)
        0/1 selections (values within 1e-6 of 0 or 1).
    flows : tuple (i, j, f_ha), optional
        Quota carried along pairs (ha). ``None`` means no flows, so any selected 建新 fails.

    Returns
    -------
    list of str
        One planner-readable line per violated rule; empty when the solution is feasible.
    """
    p = problem
    out = []
    ids_d, ids_c = p.demolition_ids, p.construction_ids
    n, m = p.n_demolition, p.n_construction
    xv = [float(t) for t in np.asarray(x, dtype=float).ravel()]
    yv = [float(t) for t in np.asarray(y, dtype=float).ravel()]
    if len(xv) != n or len(yv) != m:
        return [
            tr("selection sizes ({nx}, {ny}) differ from the problem ({n}, {m})").format(
                nx=len(xv), ny=len(yv), n=n, m=m
            )
        ]
    for name, vals, ids in (("拆旧", xv, ids_d), ("建新", yv, ids_c)):
        for r, t in enumerate(vals):
            if min(abs(t), abs(t - 1.0)) > 1e-6:
                out.append(
                    tr("{kind} {parcel}: selection {value} is not 0 or 1").format(
                        kind=name, parcel=ids[r], value=t
                    )
                )
    xb = [t > 0.5 for t in xv]
    yb = [t > 0.5 for t in yv]
    for i in range(n):
        if xb[i] and p.protected[i]:
            out.append(tr("protected 拆旧 {parcel} is selected").format(parcel=ids_d[i]))
    for j in range(m):
        if yb[j] and p.excluded[j]:
            out.append(
                tr("excluded 建新 {parcel} is selected ({reason})").format(
                    parcel=ids_c[j], reason=p.excluded_reason[j]
                )
            )
        if p.mandatory[j] and not yb[j]:
            out.append(tr("mandatory 建新 {parcel} is not selected").format(parcel=ids_c[j]))

    allowed = set()
    for i, j in zip(p.pair_i.tolist(), p.pair_j.tolist()):
        allowed.add((i, j))
    G = GRADE_SCALES[p.grade_scale]
    q = []
    for i in range(n):
        rec = p.area_d[i] * p.kappa[i]
        q.append(rec if p.quota_basis == "reclaimed_cultivated" else p.area_d[i])
    inflow = [0.0] * m
    outflow = [0.0] * n
    fi, fj, ff = _flows(flows)
    for i, j, f in zip(fi.tolist(), fj.tolist(), ff.tolist()):
        if not (0 <= i < n and 0 <= j < m):
            out.append(
                tr("flow ({i}, {j}) refers to a parcel that does not exist").format(i=i, j=j)
            )
            continue
        if f < -TOL_FLOW_HA:
            out.append(
                tr(
                    "negative flow {flow:.6f} ha from 拆旧 {demolition} to 建新 {construction}"
                ).format(flow=f, demolition=ids_d[i], construction=ids_c[j])
            )
        if abs(f) > TOL_FLOW_HA and (i, j) not in allowed:
            out.append(
                tr(
                    "flow from 拆旧 {demolition} to 建新 {construction} is not a candidate pair "
                    "(too far apart or in different project areas)"
                ).format(demolition=ids_d[i], construction=ids_c[j])
            )
        inflow[j] += f
        outflow[i] += f
    for j in range(m):
        need = p.area_c[j] if yb[j] else 0.0
        if abs(inflow[j] - need) > TOL_FLOW_HA * max(1.0, need):
            out.append(
                tr("建新 {parcel} receives {got:.4f} ha of quota but needs {need:.4f} ha").format(
                    parcel=ids_c[j], got=inflow[j], need=need
                )
            )
    for i in range(n):
        cap = q[i] if xb[i] else 0.0
        if outflow[i] > cap + TOL_FLOW_HA * max(1.0, cap):
            out.append(
                tr("拆旧 {parcel} gives {given:.4f} ha of quota but has {quota:.4f} ha").format(
                    parcel=ids_d[i], given=outflow[i], quota=cap
                )
            )

    sums = {}
    for gidx in range(len(p.group_names)):
        sums[gidx] = {"A": 0.0, "R": 0.0, "Q": 0.0, "B": 0.0, "O": 0.0, "QD": 0.0, "QC": 0.0}
    for i in range(n):
        if xb[i]:
            s = sums[int(p.group_d[i])]
            rec = p.area_d[i] * p.kappa[i]
            s["A"] += p.area_d[i]
            s["R"] += rec
            s["Q"] += q[i]
            s["QD"] += rec * (G - p.grade_d[i])
    for j in range(m):
        if yb[j]:
            s = sums[int(p.group_c[j])]
            s["B"] += p.area_c[j]
            s["O"] += p.occupied[j]
            if p.occupied[j] > 0:
                s["QC"] += p.occupied[j] * (G - p.grade_c[j])
    for gidx, s in sums.items():
        name = _group_text(p.group_names[gidx])
        if not strictly_less_holds(s["B"], s["A"], p.epsilon):
            out.append(
                tr(
                    "{area}: 建新 area {construction:.4f} ha is not below 拆旧 area "
                    "{demolition:.4f} ha (margin {margin} ha)"
                ).format(area=name, construction=s["B"], demolition=s["A"], margin=p.epsilon)
            )
        if s["B"] > s["Q"] + TOL_HA:
            out.append(
                tr(
                    "{area}: 建新 area {construction:.4f} ha exceeds the quota {quota:.4f} ha"
                ).format(area=name, construction=s["B"], quota=s["Q"])
            )
        if s["O"] > s["R"] + TOL_HA:
            out.append(
                tr(
                    "{area}: occupied cultivated land {occupied:.4f} ha exceeds reclaimed "
                    "{reclaimed:.4f} ha"
                ).format(area=name, occupied=s["O"], reclaimed=s["R"])
            )
        if p.require_quality and s["QC"] > s["QD"] + TOL_HA:
            out.append(
                tr(
                    "{area}: quality points lost {lost:.4f} exceed points gained {gained:.4f}"
                ).format(area=name, lost=s["QC"], gained=s["QD"])
            )
    if p.budget > 0:
        spent = sum(p.cost[i] for i in range(n) if xb[i])
        if spent > p.budget * (1 + 1e-9) + TOL_HA:
            out.append(
                tr("cost {cost:.4f} exceeds the budget {budget:.4f}").format(
                    cost=spent, budget=p.budget
                )
            )
    return out
