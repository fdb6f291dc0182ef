"""Road graph, snapping and travel costs (core/access: graph, snapping, paths, euclidean)."""

import numpy as np
import pytest
from numpy.testing import assert_allclose, assert_array_equal

from urflow.core.access.euclidean import euclidean_costs, euclidean_nearest
from urflow.core.access.graph import build_graph
from urflow.core.access.paths import Canceled, nearest_facility, travel_costs
from urflow.core.access.snapping import prepare_network, snap_points
from urflow.core.errors import InputError

WALK = 0.06 / 4.5  # minutes per metre off the network at 4.5 km/h


def _lines(polylines, speeds, directions=None):
    coords = np.array([p for line in polylines for p in line], dtype=float)
    offs = np.cumsum([0] + [len(line) for line in polylines])
    dirs = np.zeros(len(polylines), np.int8) if directions is None else np.asarray(directions)
    return build_graph(coords, offs, np.asarray(speeds, float), dirs)


def _floyd(n, edges):
    """All-pairs shortest costs; edges = (i, j, cost) directed."""
    d = np.full((n, n), np.inf)
    np.fill_diagonal(d, 0.0)
    for i, j, c in edges:
        d[i, j] = min(d[i, j], c)
    for k in range(n):
        d = np.minimum(d, d[:, k, None] + d[None, k, :])
    return d


# --------------------------------------------------------------------------------------------
# hand-drawn 3 x 3 grid, 100 m spacing
#
#   (0,200)--6--(100,200)--6--(200,200)        numbers: km/h
#      |6          |3            |6            6 km/h -> 1 min per 100 m
#   (0,100)-12--(100,100)-12--(200,100)        12 km/h -> 0.5 min, 3 km/h -> 2 min
#      |6          |3            |6
#   (0,0)----6---(100,0)----6---(200,0)

GRID_ROWS = [[(0, y), (100, y), (200, y)] for y in (0, 100, 200)]
GRID_COLS = [[(x, 0), (x, 100), (x, 200)] for x in (0, 100, 200)]
GRID_SPEEDS = [6, 12, 6, 6, 3, 6]


def _grid():
    return _lines(GRID_ROWS + GRID_COLS, GRID_SPEEDS)


def _grid_reference():
    """Floyd-Warshall over the drawing, nodes numbered 3 * row + col."""
    per100 = {6: 1.0, 12: 0.5, 3: 2.0}
    edges = []
    for r, spd in zip(range(3), GRID_SPEEDS[:3]):
        for c in range(2):
            a, b = 3 * r + c, 3 * r + c + 1
            edges += [(a, b, per100[spd]), (b, a, per100[spd])]
    for c, spd in zip(range(3), GRID_SPEEDS[3:]):
        for r in range(2):
            a, b = 3 * r + c, 3 * (r + 1) + c
            edges += [(a, b, per100[spd]), (b, a, per100[spd])]
    return _floyd(9, edges)


def test_grid_graph_shape():
    g = _grid()
    assert g.n_nodes == 9 and g.n_edges == 12 and g.n_dropped_edges == 0
    assert_allclose(np.sort(g.edge_length_m), np.full(12, 100.0))
    assert_allclose(g.edge_cost_min[g.edge_line == 1], [0.5, 0.5])
    assert g.adjacency_min.nnz == 24


def test_grid_costs_hand_numbers_and_floyd_warshall():
    g = _grid()
    nodes = np.array([(c * 100.0, r * 100.0) for r in range(3) for c in range(3)])
    cm = travel_costs(g, nodes, nodes, cutoff=np.inf)
    dense = cm.to_dense()
    # hand numbers: (0,0) -> (200,200) goes up to the 12 km/h street: 1 + 1 + 1 = 3 min
    assert dense[0, 8] == pytest.approx(3.0)
    assert dense[1, 8] == pytest.approx(3.0)  # (100,0): east 1, north 2 (not via x=100: 3.5)
    # (100,0) -> (100,200): 4 min, tied between the slow x=100 street (2 + 2) and going
    # round either side (1 + 2 + 1); the fast street does not help (1 + 1 + 0.5 + 2 = 4.5)
    assert dense[1, 7] == pytest.approx(4.0)
    assert dense[3, 5] == pytest.approx(1.0)  # along the fast street
    assert dense[0, 2] == pytest.approx(2.0)
    assert_allclose(np.diag(dense), 0.0)
    assert_allclose(dense, _grid_reference(), rtol=1e-12)
    # off-network points pay the walk: 30 m south of (0,0), 40 m east of (200,200)
    cm2 = travel_costs(g, [[0, -30]], [[240, 200]], cutoff=np.inf)
    assert cm2.values[0] == pytest.approx(3.0 + 70 * WALK)


def test_grid_meters():
    g = _grid()
    cm = travel_costs(g, [[0, -30]], [[240, 200]], cutoff=np.inf, cost="meters")
    assert cm.unit == "meters"
    assert cm.values[0] == pytest.approx(30 + 400 + 40)


# --------------------------------------------------------------------------------------------
# one-way streets


def _square(direction_ab):
    """Square A(0,0) B(100,0) C(100,100) D(0,100); A-B has the given direction."""
    lines = [[(0, 0), (100, 0)], [(100, 0), (100, 100), (0, 100), (0, 0)]]
    return _lines(lines, [6, 6], [direction_ab, 0])


def test_one_way_forward():
    g = _square(+1)
    ab = travel_costs(g, [[0, 0]], [[100, 0]], cutoff=np.inf).values
    ba = travel_costs(g, [[100, 0]], [[0, 0]], cutoff=np.inf).values
    assert_allclose(ab, [1.0])
    assert_allclose(ba, [3.0])  # must go round


def test_one_way_backward():
    g = _square(-1)
    ab = travel_costs(g, [[0, 0]], [[100, 0]], cutoff=np.inf).values
    ba = travel_costs(g, [[100, 0]], [[0, 0]], cutoff=np.inf).values
    assert_allclose(ab, [3.0])
    assert_allclose(ba, [1.0])


def test_one_way_same_edge_and_nearest():
    g = _square(+1)
    # on the one-way edge: forward is direct, backward goes round the square
    fwd = travel_costs(g, [[30, 0]], [[80, 0]], cutoff=np.inf, cost="meters").values
    bwd = travel_costs(g, [[80, 0]], [[30, 0]], cutoff=np.inf, cost="meters").values
    assert_allclose(fwd, [50.0])
    assert_allclose(bwd, [20 + 300 + 30])
    near = nearest_facility(g, [[80, 0], [30, 0]], [[30, 0]], cost="meters")
    assert_allclose(near.cost, [350.0, 0.0])
    assert_array_equal(near.facility, [0, 0])


def test_more_facilities_than_demand_runs_forward_with_same_result():
    g = _square(+1)
    fac = np.array([[0, 0], [30, 0], [100, 50], [50, 100]], float)
    dem = np.array([[80, 0]], float)
    fwd = travel_costs(g, dem, fac, cutoff=np.inf, cost="meters").to_dense()
    rev = travel_costs(g, np.repeat(dem, 5, axis=0), fac, cutoff=np.inf, cost="meters").to_dense()
    assert_allclose(rev, np.repeat(fwd, 5, axis=0))
    assert_allclose(fwd, [[320, 350, 70, 170]])


# --------------------------------------------------------------------------------------------
# snapping mid-edge


def test_snap_mid_edge_exact_partial_costs():
    g = _lines([[(0, 0), (100, 0)], [(100, 0), (200, 0)]], [6, 3])
    s = snap_points(g, [[30, 40], [150, -10], [500, 500]], max_distance=100)
    assert_array_equal(s.edge >= 0, [True, True, False])
    assert_allclose(s.xy[:2], [[30, 0], [150, 0]])
    assert_allclose(s.distance[:2], [40, 10])
    assert np.isnan(s.t[2]) and np.isnan(s.distance[2])
    cm = travel_costs(g, [[30, 40]], [[150, -10]], cutoff=np.inf)
    # 40 m walk + 70 m at 6 km/h (0.7 min) + 50 m at 3 km/h (1.0 min) + 10 m walk
    assert cm.values[0] == pytest.approx(50 * WALK + 0.7 + 1.0)
    cm = travel_costs(g, [[30, 40]], [[80, -10]], cutoff=np.inf, cost="meters")
    assert cm.values[0] == pytest.approx(40 + 50 + 10)  # along the same edge


def test_snap_matches_brute_force_with_mixed_edge_lengths():
    rng = np.random.default_rng(3)
    # many short segments and a few very long ones
    lines = [[tuple(p), tuple(p + rng.normal(0, 20, 2))] for p in rng.uniform(0, 5000, (300, 2))]
    lines += [[(0, 2500), (5000, 2600)], [(2500, 0), (2400, 5000)]]
    g = _lines(lines, np.full(len(lines), 30.0))
    pts = rng.uniform(-200, 5200, (2000, 2))
    s = snap_points(g, pts, max_distance=400)
    a, b = g.node_xy[g.edge_u], g.node_xy[g.edge_v]
    ab = b - a
    t = np.clip(((pts[:, None] - a) * ab).sum(-1) / (ab * ab).sum(-1), 0, 1)
    dist = np.hypot(*(pts[:, None] - (a + t[..., None] * ab)).transpose(2, 0, 1))
    ref_d = dist.min(axis=1)
    within = ref_d <= 400
    assert_array_equal(s.edge >= 0, within)
    assert_allclose(s.distance[within], ref_d[within], rtol=1e-12, atol=1e-9)
    assert_allclose(dist[np.flatnonzero(within), s.edge[within]], ref_d[within], atol=1e-9)


# --------------------------------------------------------------------------------------------
# unreachable, merging, validation


def test_disconnected_component_and_far_points():
    g = _lines([[(0, 0), (100, 0)], [(1000, 0), (1100, 0)]], [6, 6])
    dem = [[10, 0], [1050, 5], [5000, 5000]]
    fac = [[90, 0]]
    cm = travel_costs(g, dem, fac, cutoff=np.inf)
    assert_array_equal(cm.rows, [0])
    assert_array_equal(cm.demand_unreachable, [False, False, True])
    assert np.isnan(cm.to_dense()[1:, 0]).all()
    near = nearest_facility(g, dem, fac)
    assert near.cost[0] == pytest.approx(0.8)
    assert np.isnan(near.cost[1:]).all()
    assert_array_equal(near.facility, [0, -1, -1])
    assert_array_equal(near.demand_unreachable, [False, False, True])
    # no facility on the network at all
    near = nearest_facility(g, dem, [[9000, 9000]])
    assert np.isnan(near.cost).all() and (near.facility == -1).all()


def test_node_merging_within_tolerance():
    lines = [[(0, 0), (100, 0)], [(100.005, 0), (200, 0)]]
    merged = _lines(lines, [6, 6])
    assert merged.n_nodes == 3
    assert_allclose(
        travel_costs(merged, [[0, 0]], [[200, 0]], cutoff=np.inf).values, [2.0], rtol=1e-6
    )
    coords = np.array([p for line in lines for p in line], float)
    apart = build_graph(coords, [0, 2, 4], [6, 6], [0, 0], node_tolerance=0.001)
    assert apart.n_nodes == 4
    assert travel_costs(apart, [[0, 0]], [[200, 0]], cutoff=np.inf).nnz == 0


def test_crossing_lines_without_shared_vertex_are_not_connected():
    g = _lines([[(-100, 0), (100, 0)], [(0, -100), (0, 100)]], [6, 6])
    assert g.n_nodes == 4
    cm = travel_costs(g, [[-100, 0]], [[0, 100]], cutoff=np.inf)
    assert cm.nnz == 0
    # with a shared vertex at the crossing they are connected
    g2 = _lines([[(-100, 0), (0, 0), (100, 0)], [(0, -100), (0, 0), (0, 100)]], [6, 6])
    assert g2.n_nodes == 5
    assert_allclose(travel_costs(g2, [[-100, 0]], [[0, 100]], cutoff=np.inf).values, [2.0])


def test_zero_length_edges_and_parallel_edges():
    lines = [[(0, 0), (0, 0), (100, 0)], [(0, 0), (100, 0)]]
    g = _lines(lines, [6, 12])
    assert g.n_dropped_edges == 1 and g.n_edges == 2
    assert g.adjacency_min.nnz == 2  # parallel edges: one entry per direction, the cheaper
    assert_allclose(g.adjacency_min.data, [0.5, 0.5])


@pytest.mark.parametrize("bad", [0.0, np.nan, -5.0, np.inf])
def test_bad_speed_rejected_naming_lines(bad):
    coords = np.array([(0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0)], float)
    speeds = np.array([5.0, bad, 5.0, bad])
    with pytest.raises(InputError, match=r"lines 1, 3"):
        build_graph(coords, [0, 2, 4, 6, 8], speeds, [0, 0, 0, 0])


def test_other_bad_inputs_rejected():
    coords = np.array([(0, 0), (1, 0)], float)
    with pytest.raises(InputError, match="direction"):
        build_graph(coords, [0, 2], [5.0], [2])
    with pytest.raises(InputError, match="line_offsets"):
        build_graph(coords, [0, 3], [5.0], [0])
    with pytest.raises(InputError, match="speed_kmh"):
        build_graph(coords, [0, 2], [5.0, 6.0], [0])
    with pytest.raises(InputError, match="coordinates"):
        build_graph(np.array([(0, 0), (np.nan, 0)]), [0, 2], [5.0], [0])
    g = build_graph(coords, [0, 2], [5.0], [0])
    with pytest.raises(InputError, match="cost"):
        travel_costs(g, [[0, 0]], [[1, 0]], cutoff=10, cost="hours")
    with pytest.raises(InputError, match="cutoff"):
        travel_costs(g, [[0, 0]], [[1, 0]], cutoff=-1)


# --------------------------------------------------------------------------------------------
# cutoff and zero costs


def test_cutoff_keeps_costs_exactly_up_to_cutoff():
    g = _lines([[(0, 0), (100, 0), (200, 0), (300, 0)]], [6])
    fac = [[0, 0], [100, 0], [200, 0], [300, 0]]
    cm = travel_costs(g, [[0, 0]], fac, cutoff=200.0, cost="meters")
    assert_array_equal(cm.cols, [0, 1, 2])
    assert_allclose(cm.values, [0, 100, 200])
    cm = travel_costs(g, [[0, 0]], fac, cutoff=2.0)  # minutes: 100 m = 1 min
    assert_array_equal(cm.cols, [0, 1, 2])
    assert (cm.values <= 2.0).all()


def test_zero_cost_is_preserved():
    g = _grid()
    cm = travel_costs(g, [[100, 100], [50, 0]], [[100, 100], [50, 0]], cutoff=0.0)
    assert_array_equal(cm.rows, [0, 1])
    assert_array_equal(cm.cols, [0, 1])
    assert_array_equal(cm.values, [0.0, 0.0])
    csr = cm.to_csr()
    assert csr.nnz == 2  # explicit zeros are stored entries
    near = nearest_facility(g, [[50, 0]], [[200, 200], [50, 0]])
    assert near.cost[0] == 0.0 and near.facility[0] == 1


def test_cancel_stops():
    g = _grid()
    with pytest.raises(Canceled):
        travel_costs(g, [[0, 0]], [[100, 0]], cutoff=10, is_canceled=lambda: True)
    calls = []

    def cancel_on_second():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Canceled):
        travel_costs(
            g,
            np.zeros((5, 2)),
            np.zeros((5, 2)),
            cutoff=10,
            batch_size=1,
            is_canceled=cancel_on_second,
        )


# --------------------------------------------------------------------------------------------
# random network against an independent reference


def _random_network(seed, n=12, spacing=100.0):
    rng = np.random.default_rng(seed)
    gx, gy = np.meshgrid(np.arange(n) * spacing, np.arange(n) * spacing)
    pos = np.column_stack([gx.ravel(), gy.ravel()]) + rng.uniform(-25, 25, (n * n, 2))
    pairs = [(r * n + c, r * n + c + 1) for r in range(n) for c in range(n - 1)]
    pairs += [(r * n + c, (r + 1) * n + c) for r in range(n - 1) for c in range(n)]
    pairs = np.array(pairs)
    pairs = pairs[rng.random(len(pairs)) > 0.15]  # drop some streets
    flip = rng.random(len(pairs)) < 0.5
    pairs[flip] = pairs[flip][:, ::-1]  # random digitising direction
    speeds = rng.choice([5.0, 15.0, 30.0, 50.0], len(pairs))
    dirs = rng.choice([0, 0, 0, 1, -1], len(pairs)).astype(np.int8)
    return rng, pos, pairs, speeds, dirs


def _reference_costs(pos, pairs, speeds, dirs, dem, fac, access_kmh, snap_d):
    """Brute-force snapping + Floyd-Warshall over the vertex graph + explicit end legs."""
    n = pos.shape[0]
    cost = np.hypot(*(pos[pairs[:, 1]] - pos[pairs[:, 0]]).T) * 0.06 / speeds
    edges = [(a, b, c) for (a, b), c, d in zip(pairs, cost, dirs) if d >= 0]
    edges += [(b, a, c) for (a, b), c, d in zip(pairs, cost, dirs) if d <= 0]
    dn = _floyd(n, edges)

    def snap(xy):
        a, b = pos[pairs[:, 0]], pos[pairs[:, 1]]
        ab = b - a
        t = np.clip(((xy[:, None] - a) * ab).sum(-1) / (ab * ab).sum(-1), 0, 1)
        dist = np.hypot(*(xy[:, None] - (a + t[..., None] * ab)).transpose(2, 0, 1))
        e = dist.argmin(1)
        return e, t[np.arange(len(xy)), e], dist[np.arange(len(xy)), e]

    walk = 0.06 / access_kmh
    de, dt, dd = snap(dem)
    fe, ft, fd = snap(fac)
    out = np.full((len(dem), len(fac)), np.inf)
    for i in range(len(dem)):
        if dd[i] > snap_d:
            continue
        a, b = pairs[de[i]]
        c, d = cost[de[i]], dirs[de[i]]
        starts = []  # (node, cost so far)
        if d <= 0 or dt[i] == 0:
            starts.append((a, dd[i] * walk + dt[i] * c))
        if d >= 0 or dt[i] == 1:
            starts.append((b, dd[i] * walk + (1 - dt[i]) * c))
        for j in range(len(fac)):
            if fd[j] > snap_d:
                continue
            fa, fb = pairs[fe[j]]
            fc, fdir = cost[fe[j]], dirs[fe[j]]
            ends = []
            if fdir >= 0 or ft[j] == 0:
                ends.append((fa, ft[j] * fc + fd[j] * walk))
            if fdir <= 0 or ft[j] == 1:
                ends.append((fb, (1 - ft[j]) * fc + fd[j] * walk))
            best = min((s + dn[p, q] + e for p, s in starts for q, e in ends), default=np.inf)
            if fe[j] == de[i]:
                delta = ft[j] - dt[i]
                if delta == 0 or (delta > 0 and d >= 0) or (delta < 0 and d <= 0):
                    best = min(best, dd[i] * walk + abs(delta) * c + fd[j] * walk)
            out[i, j] = best
    return out


@pytest.mark.parametrize("seed,n_dem,n_fac", [(0, 60, 15), (1, 60, 15), (2, 60, 15), (3, 12, 40)])
def test_random_network_equals_reference(seed, n_dem, n_fac):
    rng, pos, pairs, speeds, dirs = _random_network(seed)
    coords = pos[pairs].reshape(-1, 2)
    offs = np.arange(0, 2 * len(pairs) + 1, 2)
    g = build_graph(coords, offs, speeds, dirs)
    assert g.n_nodes == len(np.unique(pairs))
    dem = rng.uniform(-100, 1200, (n_dem, 2))
    fac = rng.uniform(0, 1100, (n_fac, 2))
    fac[:6] = dem[:6] + rng.normal(0, 5, (6, 2))  # some facilities on the same edges
    dem[6] = pos[pairs[0, 0]]
    fac[6] = dem[6]  # a facility exactly on a village on the network: cost 0
    ref = _reference_costs(pos, pairs, speeds, dirs, dem, fac, 4.5, 150.0)
    net = prepare_network(g, dem, fac, access_speed_kmh=4.5, snap_distance=150.0)
    full = travel_costs(net, None, None, cutoff=np.inf).to_dense(np.inf)
    assert_allclose(full, ref, rtol=1e-10)
    cut = 6.0
    cm = travel_costs(net, None, None, cutoff=cut, batch_size=4)
    assert (cm.values <= cut).all()
    expected = np.where(ref <= cut, ref, np.inf)
    assert_allclose(cm.to_dense(np.inf), expected, rtol=1e-10)
    assert net.direct_values.size > 0  # the same-edge trips were exercised
    assert full[6, 6] == 0.0 and ref[6, 6] == 0.0
    near = nearest_facility(net)
    ref_min = ref.min(axis=1)
    reach = np.isfinite(ref_min)
    assert_allclose(near.cost[reach], ref_min[reach], rtol=1e-10)
    assert np.isnan(near.cost[~reach]).all() and (near.facility[~reach] == -1).all()
    assert_allclose(ref[np.flatnonzero(reach), near.facility[reach]], ref_min[reach], rtol=1e-10)


# --------------------------------------------------------------------------------------------
# Euclidean fallback


def test_euclidean_costs_and_nearest():
    dem = np.array([[0, 0], [300, 400], [np.nan, 0]], float)
    fac = np.array([[0, 0], [600, 800]], float)
    cm = euclidean_costs(dem, fac, cutoff=650.0, detour_factor=1.3)
    assert cm.unit == "meters"
    assert_array_equal(cm.rows, [0, 1, 1])
    assert_array_equal(cm.cols, [0, 0, 1])
    assert_allclose(cm.values, [0.0, 650.0, 650.0])  # zero kept, cutoff inclusive
    assert_array_equal(cm.demand_unreachable, [False, False, True])
    mins = euclidean_costs(dem, fac, cutoff=np.inf, detour_factor=1.0, speed_kmh=6.0)
    assert mins.unit == "minutes"
    assert_allclose(mins.to_dense()[1], [5.0, 5.0])
    near = euclidean_nearest(dem, fac, detour_factor=1.0)
    assert_allclose(near.cost[:2], [0.0, 500.0])
    assert near.facility[2] == -1 and np.isnan(near.cost[2])
    with pytest.raises(InputError, match="detour_factor"):
        euclidean_costs(dem, fac, cutoff=10, detour_factor=0.9)
