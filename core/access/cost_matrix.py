"""Travel costs as results: pairs within a cutoff, and the nearest destination.

Every cost result keeps pairs in explicit ``(rows, cols, values)`` arrays, so a cost of exactly
zero (a village sitting on a facility) is kept and never confused with "not reachable". Rows are
origins ("demand"), columns destinations ("facilities").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

__all__ = ["CostMatrix", "NearestResult"]


@dataclass(frozen=True, eq=False)
class CostMatrix:
    """Demand-to-facility costs within a cutoff, stored as explicit pairs.

    Pairs not listed cost more than ``cutoff`` or are unreachable. A listed value may be exactly
    0.0 (it is never dropped, unlike an implicit zero of a sparse matrix).

    Attributes
    ----------
    rows, cols : ndarray, shape (nnz,), int64
        Demand index and facility index of each pair.
    values : ndarray, shape (nnz,), float64
        Cost of travelling from the demand point to the facility, in ``unit``; 0 <= value <= cutoff.
    shape : tuple of int
        (n_demand, n_facility).
    unit : str
        'minutes' or 'meters'.
    cutoff : float
        Largest cost kept (inclusive); inf when every reachable pair is listed.
    demand_unreachable, facility_unreachable : ndarray of bool, shapes (n_demand,), (n_facility,)
        Points that could not be attached to the network (too far from any road, or with
        non-finite coordinates). They have no pairs at all.
    """

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    shape: tuple
    unit: str
    cutoff: float
    demand_unreachable: np.ndarray
    facility_unreachable: np.ndarray

    @property
    def nnz(self) -> int:
        return int(self.values.shape[0])

    def to_dense(self, fill: float = np.nan) -> np.ndarray:
        """Dense (n_demand, n_facility) array; pairs beyond the cutoff get ``fill`` (NaN)."""
        out = np.full(self.shape, fill, dtype=float)
        out[self.rows, self.cols] = self.values
        return out

    def to_csr(self) -> sp.csr_matrix:
        """scipy CSR matrix of the pairs (explicit zeros are kept as stored entries).

        Beware: scipy treats a missing entry as 0; test membership with the sparsity
        structure, not the value, and never call ``eliminate_zeros()`` on it.
        """
        return sp.csr_matrix((self.values, (self.rows, self.cols)), shape=self.shape)


@dataclass(frozen=True, eq=False)
class NearestResult:
    """Cost to the nearest facility, with no cutoff.

    Attributes
    ----------
    cost : ndarray, shape (n_demand,), float64
        Cost to the nearest facility; NaN where no facility can be reached.
    facility : ndarray, shape (n_demand,), int64
        Index of that facility; -1 where none can be reached.
    demand_unreachable : ndarray of bool, shape (n_demand,)
        Demand points not attached to the network.
    unit : str
    """

    cost: np.ndarray
    facility: np.ndarray
    demand_unreachable: np.ndarray
    unit: str
