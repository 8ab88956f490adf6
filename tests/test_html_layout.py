"""kg.export.html_layout: deterministic positions, components packed, overlapping labels pushed apart."""

from __future__ import annotations

import numpy as np
import pytest

from kg.export import html_layout
from kg.export.html_layout import layout_positions


def test_positions_are_integers_and_do_not_depend_on_input_order():
    nodes = [f"n{i}" for i in range(12)]
    edges = [("n0", "n1"), ("n1", "n2"), ("n2", "n0"), ("n3", "n4"), ("n5", "n5")]
    positions = layout_positions(nodes, edges)
    assert set(positions) == set(nodes)
    assert all(isinstance(c, int) for xy in positions.values() for c in xy)
    assert len(set(positions.values())) == len(nodes)
    assert layout_positions(list(reversed(nodes)), [(v, u) for u, v in reversed(edges)]) == positions


def test_the_drawing_is_centred_and_the_biggest_component_comes_first():
    nodes = ["a", "b", "c", "d", "e"]
    positions = layout_positions(nodes, [("a", "b"), ("b", "c")])
    xs = [x for x, _ in positions.values()]
    ys = [y for _, y in positions.values()]
    assert abs(min(xs) + max(xs)) <= 1 and abs(min(ys) + max(ys)) <= 1
    assert max(positions[n][0] for n in "abc") < min(positions[n][0] for n in "de") or \
        max(positions[n][1] for n in "abc") < min(positions[n][1] for n in "de")


def test_a_seed_changes_the_layout_of_a_component():
    nodes = ["a", "b", "c", "d"]
    edges = [("a", "b"), ("b", "c"), ("c", "d"), ("d", "a")]
    assert layout_positions(nodes, edges, seed=1) == layout_positions(nodes, edges, seed=1)
    assert layout_positions(nodes, edges, seed=1) != layout_positions(nodes, edges, seed=2)


def test_empty_layout():
    assert layout_positions([], []) == {}


def test_cell_pairs_are_the_pairs_in_the_same_or_adjacent_cells():
    rng = np.random.default_rng(3)
    gx, gy = rng.integers(0, 5, 40), rng.integers(0, 4, 40)
    i, j = html_layout._cell_pairs(gx, gy, 5, 4)
    got = set(zip(i.tolist(), j.tolist()))
    expected = {(a, b) for a in range(40) for b in range(a + 1, 40)
                if abs(int(gx[a]) - int(gx[b])) <= 1 and abs(int(gy[a]) - int(gy[b])) <= 1}
    assert got == expected and len(got) == len(i)


def test_small_components_lose_their_overlaps():
    rng = np.random.default_rng(5)
    pos = rng.random((40, 2)) * 1200.0
    extent = np.tile([-40.0, -10.0, 40.0, 30.0], (40, 1))
    assert _overlapping_pairs(pos, extent) > 0
    assert _overlapping_pairs(html_layout._remove_overlaps(pos, extent), extent, gap=0) == 0


@pytest.mark.parametrize("n", [300, 301, 1000])
def test_large_components_are_laid_out_on_the_grid(n, monkeypatch):
    called = []
    real = html_layout._grid_force_layout
    monkeypatch.setattr(html_layout, "_grid_force_layout", lambda *a, **k: called.append(1) or real(*a, **k))
    nodes = [f"n{i:04d}" for i in range(n)]
    layout_positions(nodes, [(nodes[i], nodes[i + 1]) for i in range(n - 1)])
    assert called == ([] if n <= html_layout.GRID_LAYOUT_MIN else [1])


def _overlapping_pairs(pos, extent, gap=6.0):
    left, top = pos[:, 0] + extent[:, 0], pos[:, 1] + extent[:, 1]
    right, bottom = pos[:, 0] + extent[:, 2], pos[:, 1] + extent[:, 3]
    ox = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :]) + gap
    oy = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :]) + gap
    return int(np.triu((ox > 0) & (oy > 0), k=1).sum())


def test_large_component_overlaps_are_removed_when_there_is_room():
    rng = np.random.default_rng(7)
    pos = rng.random((400, 2)) * 8000.0                  # room to spare: 400 boxes of 80 x 40
    extent = np.tile([-40.0, -10.0, 40.0, 30.0], (400, 1))
    assert _overlapping_pairs(pos, extent, gap=0) > 0
    assert _overlapping_pairs(html_layout._grid_remove_overlaps(pos, extent), extent, gap=0) == 0


def test_large_component_overlap_removal_gives_up_when_it_stops_helping(monkeypatch):
    rounds = []
    real = html_layout._cell_pairs
    monkeypatch.setattr(html_layout, "_cell_pairs", lambda *a: rounds.append(1) or real(*a))
    rng = np.random.default_rng(7)
    pos = rng.random((600, 2)) * 150.0                   # far too little room: overlaps cannot all go
    extent = np.tile([-40.0, -10.0, 40.0, 30.0], (600, 1))
    before = _overlapping_pairs(pos, extent)
    after = _overlapping_pairs(html_layout._grid_remove_overlaps(pos, extent, rounds=60), extent)
    assert after < before
    assert len(rounds) < 60
    rounds.clear()
    html_layout._grid_remove_overlaps(pos, extent, rounds=60, patience=60)
    assert len(rounds) == 60                             # without the early stop: every round
