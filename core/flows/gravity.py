"""Gravity model of flows, fitted by Poisson maximum likelihood (城乡联系强度).

Unconstrained (``mode`` 1): ``T_ij = k · M_i^a · M_j^b · d_ij^(−β)``, a Poisson GLM with a log
link on ``log M_i, log M_j, log d_ij`` fitted by iteratively reweighted least squares.
Doubly constrained (``mode`` 2): ``T_ij = A_i B_j d_ij^(−β)``; for each β the balancing
factors are found by Furness iteration so that, over the observed pairs, every node's fitted
outflow and inflow equal the observed ones, and β maximises the profile likelihood — the same
estimate as a Poisson GLM with origin and destination effects.

The observed pairs are the rows of the table (a zero listed is an observed zero). The pairs
estimated are the ordered pairs between a node that is an origin somewhere in the table and a
node that is a destination somewhere, that the table does not list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Optional

import numpy as np
from scipy.optimize import minimize_scalar

from ..errors import InputError
from ..messages import tr
from .balances import FlowTable

MIN_POSITIVE_PAIRS = 5
MAX_ESTIMATED_PAIRS = 20_000_000


@dataclass(frozen=True)
class GravityFit:
    """A fitted gravity model and its estimates of the unlisted pairs.

    ``a``, ``b`` and ``k`` are None for the doubly constrained model. ``pseudo_r2`` is the
    deviance R² (1 − D/D₀, D₀ the deviance of a constant mean). ``left_out`` counts observed
    pairs not used in the fit (zero distance, or a mass that is missing or ≤ 0); ``fitted`` holds
    the model's values of the observed pairs used.
    """

    mode: int
    beta: float
    a: Optional[float]
    b: Optional[float]
    k: Optional[float]
    pseudo_r2: float
    n_observed: int
    left_out: int
    estimates: FlowTable
    fitted: FlowTable


def _deviance(y, mu):
    with np.errstate(divide="ignore", invalid="ignore"):
        term = np.where(y > 0, y * np.log(y / mu), 0.0)
    return float(2.0 * np.sum(term - (y - mu)))


def _irls(X, y, iterations=200, tol=1e-12):
    mu = (y + y.mean()) / 2.0
    eta = np.log(mu)
    deviance = np.inf
    coef = np.zeros(X.shape[1])
    for _ in range(iterations):
        z = eta + (y - mu) / mu
        XtW = X.T * mu
        coef = np.linalg.solve(XtW @ X, XtW @ z)
        eta = np.clip(X @ coef, -700.0, 700.0)
        mu = np.exp(eta)
        new = _deviance(y, mu)
        if abs(deviance - new) <= tol * max(abs(new), 1.0):
            break
        deviance = new
    return coef, mu


def _furness(o, d, y, f, n, iterations=5000, tol=1e-13):
    out_obs = np.bincount(o, weights=y, minlength=n)
    in_obs = np.bincount(d, weights=y, minlength=n)
    A = np.ones(n)
    B = np.ones(n)
    for _ in range(iterations):
        with np.errstate(divide="ignore", invalid="ignore"):
            A_new = np.where(
                out_obs > 0, out_obs / np.bincount(o, weights=B[d] * f, minlength=n), 0.0
            )
            B_new = np.where(
                in_obs > 0, in_obs / np.bincount(d, weights=A_new[o] * f, minlength=n), 0.0
            )
        change = np.max(np.abs(A_new[o] * B_new[d] - A[o] * B[d]) * f / np.maximum(y.max(), 1.0))
        A, B = A_new, B_new
        if change < tol:
            break
    return A, B


def fit_gravity(
    n_nodes: int,
    flows: FlowTable,
    distance: Callable[[np.ndarray, np.ndarray], np.ndarray],
    mass=None,
    mode: int = 1,
    kind: str = "flow",
) -> GravityFit:
    """Fit a gravity model to ``flows`` (one kind, no self-flows) and estimate unlisted pairs.

    ``distance(origins, destinations)`` gives the distance (any unit, e.g. km) of node rows;
    ``mass`` (n,) is needed for the unconstrained model.
    """
    if mode not in (1, 2):
        raise InputError(tr("GRAVITY must be 1 or 2 to fit a model; got {mode}.").format(mode=mode))
    n = int(n_nodes)
    keep = flows.origin != flows.destination
    o, dst, y = flows.origin[keep], flows.destination[keep], flows.value[keep]
    dist = np.asarray(distance(o, dst), dtype=float)
    usable = np.isfinite(dist) & (dist > 0)
    if mode == 1:
        if mass is None:
            raise InputError(tr("The unconstrained gravity model needs a mass (MASS_FIELD)."))
        mass = np.asarray(mass, dtype=float)
        usable &= np.isfinite(mass[o]) & (mass[o] > 0) & np.isfinite(mass[dst]) & (mass[dst] > 0)
    positive = int((y[usable] > 0).sum())
    if positive < MIN_POSITIVE_PAIRS:
        raise InputError(
            tr(
                "A gravity fit needs at least {need} observed pairs with a positive flow, a "
                "distance > 0{mass}; there are {have}."
            ).format(
                need=MIN_POSITIVE_PAIRS,
                mass=tr(" and both masses > 0") if mode == 1 else "",
                have=positive,
            )
        )
    left_out = int((~usable).sum())
    o, dst, y, dist = o[usable], dst[usable], y[usable], dist[usable]
    null = _deviance(y, np.full(y.size, y.mean()))
    if mode == 1:
        X = np.column_stack([np.ones(y.size), np.log(mass[o]), np.log(mass[dst]), np.log(dist)])
        coef, mu = _irls(X, y)
        log_k, a, b, beta = coef[0], coef[1], coef[2], -coef[3]
        A = B = None
    else:

        def nll(beta):
            f = dist ** (-beta)
            A, B = _furness(o, dst, y, f, n)
            mu = A[o] * B[dst] * f
            with np.errstate(divide="ignore"):
                return float(np.sum(mu) - np.sum(np.where(y > 0, y * np.log(mu), 0.0)))

        beta = float(
            minimize_scalar(nll, bounds=(-3.0, 10.0), method="bounded", options={"xatol": 1e-10}).x
        )
        f = dist ** (-beta)
        A, B = _furness(o, dst, y, f, n)
        mu = A[o] * B[dst] * f
        log_k = a = b = None
    pseudo_r2 = 1.0 - _deviance(y, mu) / null if null > 0 else np.nan
    estimates = _estimate(n, flows, distance, mode, beta, log_k, a, b, mass, A, B, kind)
    return GravityFit(
        mode=mode,
        beta=float(beta),
        a=None if a is None else float(a),
        b=None if b is None else float(b),
        k=None if log_k is None else float(np.exp(log_k)),
        pseudo_r2=float(pseudo_r2),
        n_observed=int(y.size),
        left_out=left_out,
        estimates=estimates,
        fitted=FlowTable(o, dst, mu, np.full(o.size, kind, dtype=object)),
    )


def _estimate(n, flows, distance, mode, beta, log_k, a, b, mass, A, B, kind) -> FlowTable:
    origins = np.unique(flows.origin)
    destinations = np.unique(flows.destination)
    if origins.size * destinations.size > MAX_ESTIMATED_PAIRS:
        raise InputError(
            tr(
                "{origins} origins × {destinations} destinations are too many pairs to "
                "estimate ({limit} at most); fit the gravity model on a smaller region."
            ).format(
                origins=origins.size, destinations=destinations.size, limit=MAX_ESTIMATED_PAIRS
            )
        )
    o = np.repeat(origins, destinations.size)
    d = np.tile(destinations, origins.size)
    listed = np.zeros(o.size, dtype=bool)
    key = o * n + d
    listed[np.isin(key, flows.origin * n + flows.destination)] = True
    keep = ~listed & (o != d)
    o, d = o[keep], d[keep]
    dist = np.asarray(distance(o, d), dtype=float)
    ok = np.isfinite(dist) & (dist > 0)
    if mode == 1:
        ok &= np.isfinite(mass[o]) & (mass[o] > 0) & np.isfinite(mass[d]) & (mass[d] > 0)
        o, d, dist = o[ok], d[ok], dist[ok]
        value = np.exp(log_k + a * np.log(mass[o]) + b * np.log(mass[d]) - beta * np.log(dist))
    else:
        ok &= (A[o] > 0) & (B[d] > 0)
        o, d, dist = o[ok], d[ok], dist[ok]
        value = A[o] * B[d] * dist ** (-beta)
    return FlowTable(o, d, value, np.full(o.size, kind, dtype=object))
