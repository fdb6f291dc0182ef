"""Travel costs from origin points to destination points: the one network-cost core.

:func:`od_costs` is what every analysis that needs "how far is it from here to there" calls:
facility gaps (villages -> facilities), facility siting (demand -> candidate sites), settlement
consolidation (villages -> central villages) and village classification (villages -> towns). It
takes road lines (or a graph built before, or nothing: straight lines × detour), a
:class:`Travel` and a cutoff, and gives the pairs within the cutoff as a sparse
:class:`~.cost_matrix.CostMatrix` and, when asked, the true cost to the nearest destination.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Optional, Union

from ..checks import choice, nonnegative_number
from ..errors import InputError
from ..messages import tr
from .cost_matrix import CostMatrix, NearestResult
from .euclidean import euclidean_costs, euclidean_nearest
from .graph import Graph, build_graph
from .paths import check_canceled, nearest_facility, travel_costs
from .roads import (
    TRAVEL_MODES,
    RoadLines,
    RoadNotes,
    Roads,
    SpeedTable,
    load_speed_table,
    road_lines,
)
from .snapping import prepare_network
from .units import cost_unit

__all__ = ["Travel", "ODCosts", "road_graph", "od_costs"]


@dataclass(frozen=True, eq=False)
class Travel:
    """How people travel, and how roads and straight lines become costs.

    Attributes
    ----------
    mode : {'walk', 'bicycle', 'ebike', 'car'}
        Cars use road speeds and one-way rules; the other modes their own speed on every road.
    unit : {'minutes', 'meters'}
        Cost unit of every result.
    snap_distance : float
        Largest distance from a point to the nearest road, metres (inclusive); farther points
        are unreachable.
    detour_factor : float
        Road distance / straight distance (>= 1), used only without roads.
    speeds : SpeedTable
        Mode and road-class speeds; default: ``resources/standards``. The off-network leg to
        the nearest road is walked at the ``walk`` speed.
    """

    mode: str = "walk"
    unit: str = "minutes"
    snap_distance: float = 500.0
    detour_factor: float = 1.3
    speeds: SpeedTable = field(default_factory=load_speed_table)

    @property
    def speed_kmh(self) -> float:
        """The mode's speed, km/h (straight-line minutes use it)."""
        return self.speeds.mode(self.mode)

    @property
    def access_speed_kmh(self) -> float:
        """Walking speed of the leg between a point and its road, km/h."""
        return self.speeds.mode("walk")

    def checked(self) -> Travel:
        """Itself, after checking the mode and unit (distances are checked where used)."""
        choice(self.mode, TRAVEL_MODES, tr("travel mode"))
        cost_unit(self.unit)
        return self


@dataclass(frozen=True, eq=False)
class ODCosts:
    """Result of :func:`od_costs`.

    Attributes
    ----------
    matrix : CostMatrix
        Origin (row) -> destination (column) costs <= cutoff, in ``Travel.unit``; origins or
        destinations off the network are flagged unreachable.
    nearest : NearestResult or None
        True cost to the nearest destination, no cutoff (when asked for).
    graph : Graph or None
        The road graph used (None without roads): pass it to another :func:`od_costs` with the
        same travel mode to skip rebuilding it.
    road_notes : RoadNotes or None
        Roads that fell back to a default speed or direction (when built from :class:`Roads`).
    """

    matrix: CostMatrix
    nearest: Optional[NearestResult]
    graph: Optional[Graph]
    road_notes: Optional[RoadNotes]


def road_graph(roads: Union[Roads, RoadLines], travel: Travel):
    """``(graph, notes)``: the routable graph of ``roads`` for ``travel.mode``.

    :class:`Roads` get their speeds and one-way codes from :func:`~.roads.road_lines`;
    :class:`RoadLines` are used as they are (notes None).
    """
    notes = None
    if isinstance(roads, Roads):
        roads = road_lines(roads, travel.mode, travel.speeds)
        notes = roads.notes
    if not isinstance(roads, RoadLines):
        raise InputError(tr("roads must be Roads, RoadLines or a Graph."))
    return build_graph(roads.coords, roads.offsets, roads.speed_kmh, roads.direction), notes


def od_costs(
    origins_xy,
    destinations_xy,
    travel: Travel,
    roads: Union[Roads, RoadLines, Graph, None] = None,
    cutoff: float = math.inf,
    nearest: bool = True,
    is_canceled: Optional[Callable[[], bool]] = None,
    progress: Optional[Callable[[float], None]] = None,
    map_batches: Optional[Callable] = None,
) -> ODCosts:
    """Costs from every origin to every destination within ``cutoff``, and to the nearest one.

    Over roads: the graph of :func:`road_graph`, points snapped to the nearest road within
    ``travel.snap_distance`` (the leg walked), Dijkstra from the smaller side with the cutoff
    (:func:`~.paths.travel_costs`) and one multi-source pass without cutoff for the nearest
    destination (:func:`~.paths.nearest_facility`). Costs run origin -> destination, so
    one-way roads count in that direction. Without roads: straight distance ×
    ``travel.detour_factor``, in metres or in minutes at the mode's speed.

    Parameters
    ----------
    origins_xy : array_like, shape (n, 2)
        Metres, projected CRS (NaN = a missing point: unreachable).
    destinations_xy : array_like, shape (m, 2)
    travel : Travel
    roads : Roads, RoadLines, Graph or None
        A Graph must have been built for the same travel mode (see :attr:`ODCosts.graph`).
    cutoff : float
        Largest cost listed, inclusive, in ``travel.unit``; inf lists every reachable pair.
    nearest : bool
        Also compute :attr:`ODCosts.nearest`.
    is_canceled : callable () -> bool, optional
        Polled between steps; :class:`~.paths.Canceled` is raised when it returns True.
    progress : callable (fraction in [0, 1]) -> None, optional
    map_batches : callable, optional
        Runs the Dijkstra batches elsewhere (see :func:`~.paths.travel_costs`); same result.

    Returns
    -------
    ODCosts
    """
    travel = travel.checked()
    cut = nonnegative_number(cutoff, tr("cutoff"), allow_inf=True)
    report = progress or (lambda fraction: None)
    if roads is None:
        kmh = travel.speed_kmh if travel.unit == "minutes" else None
        matrix = euclidean_costs(origins_xy, destinations_xy, cut, travel.detour_factor, kmh)
        near = (
            euclidean_nearest(origins_xy, destinations_xy, travel.detour_factor, kmh)
            if nearest
            else None
        )
        report(1.0)
        return ODCosts(matrix=matrix, nearest=near, graph=None, road_notes=None)
    notes = None
    graph = roads if isinstance(roads, Graph) else None
    if graph is None:
        graph, notes = road_graph(roads, travel)
    check_canceled(is_canceled)
    prepared = prepare_network(
        graph,
        origins_xy,
        destinations_xy,
        access_speed_kmh=travel.access_speed_kmh,
        snap_distance=travel.snap_distance,
        cost=travel.unit,
    )
    report(0.25)
    matrix = travel_costs(prepared, cutoff=cut, is_canceled=is_canceled, map_batches=map_batches)
    report(0.75)
    near = nearest_facility(prepared, is_canceled=is_canceled) if nearest else None
    report(1.0)
    return ODCosts(matrix=matrix, nearest=near, graph=graph, road_notes=notes)
