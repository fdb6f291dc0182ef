"""Dijkstra batches sized by time when a cancel callback is given (issue 12): the same costs,
a poll at least every fraction of a second, and Canceled raised at the next poll."""

import time

import numpy as np
import pytest

from urflow.core.access import graph as graph_module
from urflow.core.access import paths


def grid(n, step=100.0):
    """An n × n street grid of 2 n (n - 1) two-way segments at 30 km/h."""
    coords, offsets = [], [0]
    for i in range(n):
        for j in range(n - 1):
            coords += [(i * step, j * step), (i * step, (j + 1) * step)]
            offsets.append(len(coords))
            coords += [(j * step, i * step), ((j + 1) * step, i * step)]
            offsets.append(len(coords))
    lines = len(offsets) - 1
    return graph_module.build_graph(
        np.array(coords), np.array(offsets), np.full(lines, 30.0), np.zeros(lines, np.int8)
    )


@pytest.fixture(scope="module")
def network():
    rng = np.random.default_rng(3)
    g = grid(60)
    demand = rng.uniform(0, 5900, size=(400, 2))
    facilities = rng.uniform(0, 5900, size=(300, 2))
    return paths._prepared(g, demand, facilities, 4.5, 500.0, "minutes")


def test_same_costs_with_and_without_time_sized_batches(network):
    plain = paths.travel_costs(network, cutoff=20)
    polls = []
    timed = paths.travel_costs(network, cutoff=20, is_canceled=lambda: polls.append(1) and False)
    assert len(polls) > 3  # several batches, not one
    np.testing.assert_array_equal(plain.rows, timed.rows)
    np.testing.assert_array_equal(plain.cols, timed.cols)
    np.testing.assert_allclose(plain.values, timed.values)


def test_polls_often_and_stops_at_the_next_poll(network):
    stamps = []

    def canceled():
        stamps.append(time.perf_counter())
        return len(stamps) > 2  # the plan's poll, then the first two batches' (the first has 4)

    with pytest.raises(paths.Canceled):
        paths.travel_costs(network, is_canceled=canceled)
    assert len(stamps) == 3
    assert max(np.diff(stamps)) < 1.0
