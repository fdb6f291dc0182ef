"""Urban–rural flows (城乡要素流动): pair and node balances, the urban–rural matrix and a
gravity model for the pairs a table does not list."""

from .balances import (  # noqa: F401
    FLOW_CLASS_LABELS,
    FlowTable,
    NodeBalances,
    PairFlows,
    analyse_flows,
    node_types,
)
from .gravity import GravityFit, fit_gravity  # noqa: F401
