"""The explorer's layout: deterministic pixel positions for the actors of a graph.

A seeded force-directed layout per connected component (Fruchterman–Reingold in
numpy; on a mesh, through FFT convolutions, for large components), overlapping
labels pushed apart, and the components packed in rows. The same nodes and edges
always give the same positions, so the page's bytes are reproducible and the
browser only draws: physics is off, nothing drifts, 1,000+ actors open at once.

>>> layout_positions(["a", "b", "c"], [("a", "b")]) == layout_positions(["c", "b", "a"], [("b", "a")])
True
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

LAYOUT_SEED = 20240601
#: pixels per sqrt(actor) of a component's box: room for a label between neighbours
LAYOUT_UNIT = 170.0
COMPONENT_GAP = 60.0
#: components above this many actors are laid out on a grid (:func:`_grid_force_layout`)
GRID_LAYOUT_MIN = 300
#: rounds of overlap removal in a large component without a 1% gain before it gives up
OVERLAP_PATIENCE = 5


def layout_positions(nodes: list[str], edges: list[tuple[str, str]], *,
                     boxes: dict[str, tuple[float, float, float, float]] | None = None,
                     seed: int = LAYOUT_SEED) -> dict[str, tuple[int, int]]:
    """Deterministic pixel positions: a force layout per connected component, packed in rows.

    ``boxes`` gives each node's extent (left, top, right, bottom) around its centre
    (mark and label); overlapping boxes are then pushed apart. The biggest
    component comes first; isolated actors end up in a grid at the end.
    """
    boxes = boxes or {}
    H = nx.Graph()
    H.add_nodes_from(nodes)
    for u, v in edges:
        if u != v:
            H.add_edge(u, v)
    components = sorted((sorted(c) for c in nx.connected_components(H)), key=lambda c: (-len(c), c[0]))
    component_of = {n: k for k, comp in enumerate(components) for n in comp}
    edges_of: list[list[tuple[str, str]]] = [[] for _ in components]
    for u, v in H.edges():
        edges_of[component_of[u]].append((u, v))
    placed = []
    for comp, comp_edges in zip(components, edges_of):
        extent = np.array([boxes.get(n, (-40.0, -10.0, 40.0, 30.0)) for n in comp], dtype=float)
        if len(comp) == 1:
            pos = np.zeros((1, 2))
        else:
            index = {n: i for i, n in enumerate(comp)}
            pairs = sorted((a, b) if a < b else (b, a) for a, b in ((index[u], index[v]) for u, v in comp_edges))
            large = len(comp) > GRID_LAYOUT_MIN
            pos = (_grid_force_layout if large else _force_layout)(len(comp), pairs, seed=seed)
            pos -= pos.min(axis=0)
            span = max(float(pos.max()), 1e-9)
            pos *= LAYOUT_UNIT * math.sqrt(len(comp)) / span
            pos = (_grid_remove_overlaps if large else _remove_overlaps)(pos, extent)
        placed.append((comp, pos, extent))
    return _pack(placed)


def _force_layout(n: int, edges: list[tuple[int, int]], *, seed: int) -> np.ndarray:
    """Fruchterman–Reingold in numpy, repulsion computed in blocks (memory O(n·block))."""
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    k = 1.0 / math.sqrt(n)
    iterations = 300 if n <= 200 else 120 if n <= 1500 else 60
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    block = 512
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        x, y = pos[:, 0], pos[:, 1]
        for s in range(0, n, block):
            dx = x[s:s + block, None] - x[None, :]
            dy = y[s:s + block, None] - y[None, :]
            force = (k * k) / np.maximum(dx * dx + dy * dy, 1e-6)
            disp[s:s + block, 0] += (dx * force).sum(axis=1)
            disp[s:s + block, 1] += (dy * force).sum(axis=1)
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt(np.maximum((delta ** 2).sum(axis=-1), 1e-12))
            pull = delta * (dist / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        # a weak pull to the centre keeps loosely attached branches close
        disp -= (pos - pos.mean(axis=0)) * (0.05 * n * k)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=-1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _cell_pairs(cell_x: np.ndarray, cell_y: np.ndarray, columns: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """Every pair (i, j), i < j, of points whose grid cells are the same or adjacent,
    with ``cell_x``/``cell_y`` each point's cell coordinates (each pair once)."""
    n = len(cell_x)
    cell = cell_x * rows + cell_y
    order = np.argsort(cell, kind="stable")
    counts = np.bincount(cell, minlength=columns * rows)
    starts = np.cumsum(counts) - counts
    points = np.arange(n)
    firsts, seconds = [], []
    for ox, oy in ((0, 0), (1, -1), (1, 0), (1, 1), (0, 1)):   # half the neighbourhood: each pair once
        nx_, ny_ = cell_x + ox, cell_y + oy
        valid = (nx_ >= 0) & (nx_ < columns) & (ny_ >= 0) & (ny_ < rows)
        other = np.where(valid, nx_ * rows + ny_, 0)
        reps = np.where(valid, counts[other], 0)
        total = int(reps.sum())
        if not total:
            continue
        ends = np.cumsum(reps)
        within = np.arange(total) - np.repeat(ends - reps, reps)
        first = np.repeat(points, reps)
        second = order[np.repeat(starts[other], reps) + within]
        if ox == oy == 0:
            keep = first < second
            first, second = first[keep], second[keep]
        firsts.append(np.minimum(first, second))
        seconds.append(np.maximum(first, second))
    if not firsts:
        return np.zeros(0, dtype=int), np.zeros(0, dtype=int)
    return np.concatenate(firsts), np.concatenate(seconds)


def _grid_force_layout(n: int, edges: list[tuple[int, int]], *, seed: int) -> np.ndarray:
    """Fruchterman–Reingold for large components, repulsion computed on a mesh
    (particle–mesh): the actors' weight is spread over the cells of a grid around
    them (at most 256 × 256), the repulsion field of the whole grid is one FFT
    convolution, and each actor reads its force back from the cells around it.
    An iteration costs O(n + cells · log cells) instead of O(n²); attraction along
    the edges, the pull to the centre and the cooling are those of :func:`_force_layout`."""
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2))
    src = np.array([e[0] for e in edges], dtype=int)
    dst = np.array([e[1] for e in edges], dtype=int)
    k = 1.0 / math.sqrt(n)
    iterations = 120
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    side = int(min(256, max(32, 2 ** math.ceil(math.log2(2 * math.sqrt(n))))))
    full = 2 * side                                   # zero-padded: the convolution does not wrap
    off = np.arange(full)
    off = np.where(off < side, off, off - full).astype(float)
    ox, oy = np.meshgrid(off, off, indexing="ij")
    r2 = ox * ox + oy * oy
    r2[0, 0] = 1.0
    kernel_x = np.fft.rfft2(ox / r2)                  # repulsion k²·d/|d|² in cell units (0 at d = 0)
    kernel_y = np.fft.rfft2(oy / r2)
    for _ in range(iterations):
        low = pos.min(axis=0)
        h = max(float((pos.max(axis=0) - low).max()) / (side - 1), 1e-12)
        u = (pos - low) / h
        cell = np.minimum(np.floor(u).astype(int), side - 2)
        frac = u - cell
        fx, fy = frac[:, 0], frac[:, 1]
        corners = ((0, 0, (1 - fx) * (1 - fy)), (1, 0, fx * (1 - fy)), (0, 1, (1 - fx) * fy), (1, 1, fx * fy))
        # the actors fill the grid's first side × side cells; the padding is zeros, which
        # the transforms add themselves, and only those cells of each field are read
        flat = [(cell[:, 0] + dx) * side + cell[:, 1] + dy for dx, dy, _ in corners]
        mass = np.zeros(side * side)
        for idx, (_, _, w) in zip(flat, corners):
            mass += np.bincount(idx, weights=w, minlength=side * side)
        mass_hat = np.fft.rfft2(mass.reshape(side, side), s=(full, full))
        field_x = _field(mass_hat * kernel_x, side, full)
        field_y = _field(mass_hat * kernel_y, side, full)
        disp = np.zeros((n, 2))
        for idx, (_, _, w) in zip(flat, corners):
            disp[:, 0] += w * field_x[idx]
            disp[:, 1] += w * field_y[idx]
        disp *= k * k / h
        if len(src):
            delta = pos[src] - pos[dst]
            dist = np.sqrt(np.maximum((delta ** 2).sum(axis=-1), 1e-12))
            pull = delta * (dist / k)[:, None]
            for axis in (0, 1):
                disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n) \
                    - np.bincount(src, weights=pull[:, axis], minlength=n)
        disp -= (pos - pos.mean(axis=0)) * (0.05 * n * k)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=-1)), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    return pos


def _field(spectrum: np.ndarray, side: int, full: int) -> np.ndarray:
    """``np.fft.irfft2(spectrum, s=(full, full))[:side, :side]``, flattened, without
    transforming the rows that are cut off (the same numbers: the rows are independent)."""
    rows = np.fft.ifft(spectrum, full, axis=0)[:side]
    return np.fft.irfft(rows, full, axis=1)[:, :side].ravel()


def _grid_remove_overlaps(pos: np.ndarray, extent: np.ndarray, *, gap: float = 6.0,
                          rounds: int = 60, patience: int = OVERLAP_PATIENCE) -> np.ndarray:
    """:func:`_remove_overlaps` for large components: two boxes no bigger than a grid
    cell can only overlap when they lie in the same or adjacent cells, so only those
    pairs are tested, plus every pair with one of the few boxes bigger than a cell
    (the longest 1% of labels). Each box of an overlapping pair moves by half the
    overlap, so a lone pair is apart after one round.

    Stops early when the last ``patience`` rounds removed less than 1% of the
    overlapping pairs: in a dense core, pushing one pair apart makes another
    overlap, and more rounds only cost time (about 5 ms each at 4,000 actors)."""
    n = len(pos)
    if n < 2:
        return pos
    pos = pos.copy()
    grid = _Grid(extent, gap)
    history: list[int] = []                              # overlapping pairs, round by round
    for _ in range(rounds):
        i, j = grid.pairs(pos)
        left, top = pos[:, 0] + extent[:, 0], pos[:, 1] + extent[:, 1]
        right, bottom = pos[:, 0] + extent[:, 2], pos[:, 1] + extent[:, 3]
        ox = np.minimum(right[i], right[j]) - np.maximum(left[i], left[j]) + gap
        oy = np.minimum(bottom[i], bottom[j]) - np.maximum(top[i], top[j]) + gap
        clash = (ox > 0) & (oy > 0)
        clashes = int(clash.sum())
        if not clashes:
            break
        history.append(clashes)
        if len(history) > patience and clashes > 0.99 * history[-1 - patience]:
            break
        _push_apart(pos, i[clash], j[clash], ox[clash], oy[clash])
    return pos


class _Grid:
    """The cells of :func:`_grid_remove_overlaps`: as big as 99% of the boxes (plus the gap)."""

    def __init__(self, extent: np.ndarray, gap: float):
        widths = extent[:, 2] - extent[:, 0]
        heights = extent[:, 3] - extent[:, 1]
        self.width = float(np.percentile(widths, 99)) + gap
        self.height = float(np.percentile(heights, 99)) + gap
        self.big = (widths + gap > self.width) | (heights + gap > self.height)
        self.big_i = np.nonzero(self.big)[0]
        # x distance beyond which a big box overlaps nothing
        self.reach = (widths[self.big_i] + widths.max()) / 2 + gap

    def pairs(self, pos: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The pairs (i, j), i < j, that may overlap at ``pos``: boxes in the same or
        adjacent cells, and each big box with every box near enough along x."""
        big, big_i = self.big, self.big_i
        low = pos.min(axis=0)
        columns = int((pos[:, 0].max() - low[0]) // self.width) + 1
        rows = int((pos[:, 1].max() - low[1]) // self.height) + 1
        gx = np.minimum(((pos[:, 0] - low[0]) // self.width).astype(int), columns - 1)
        gy = np.minimum(((pos[:, 1] - low[1]) // self.height).astype(int), rows - 1)
        i, j = _cell_pairs(gx, gy, columns, rows)
        keep = ~big[i] & ~big[j]
        i, j = i[keep], j[keep]
        if not len(big_i):
            return i, j
        by_x = np.argsort(pos[:, 0], kind="stable")
        xs = pos[by_x, 0]
        lo = np.searchsorted(xs, pos[big_i, 0] - self.reach, side="left")
        hi = np.searchsorted(xs, pos[big_i, 0] + self.reach, side="right")
        reps = hi - lo
        ends = np.cumsum(reps)
        within = np.arange(int(reps.sum())) - np.repeat(ends - reps, reps)
        bi = np.repeat(big_i, reps)
        bj = by_x[np.repeat(lo, reps) + within]
        keep = (bi != bj) & (~big[bj] | (bi < bj))
        bi, bj = bi[keep], bj[keep]
        return np.concatenate([i, np.minimum(bi, bj)]), np.concatenate([j, np.maximum(bi, bj)])


def _push_apart(pos: np.ndarray, i: np.ndarray, j: np.ndarray, ox: np.ndarray, oy: np.ndarray) -> None:
    """Move both boxes of each overlapping pair (i, j) apart by half the overlap, along
    the axis of the smaller overlap (``ox``, ``oy``); ``pos`` is changed in place."""
    n = len(pos)
    along_x = ox <= oy
    sign_x = np.where(pos[i, 0] < pos[j, 0], -1.0, np.where(pos[i, 0] > pos[j, 0], 1.0, -1.0))
    sign_y = np.where(pos[i, 1] < pos[j, 1], -1.0, np.where(pos[i, 1] > pos[j, 1], 1.0, -1.0))
    shift = np.zeros((len(i), 2))
    shift[along_x, 0] = sign_x[along_x] * ox[along_x] / 2
    shift[~along_x, 1] = sign_y[~along_x] * oy[~along_x] / 2
    for axis in (0, 1):
        pos[:, axis] += (np.bincount(i, weights=shift[:, axis], minlength=n)
                         - np.bincount(j, weights=shift[:, axis], minlength=n))


def _remove_overlaps(pos: np.ndarray, extent: np.ndarray, *, gap: float = 6.0,
                     rounds: int = 60) -> np.ndarray:
    """Push apart nodes whose boxes (mark + label) overlap, along the cheaper axis.

    Skipped above 2,500 nodes of one component (the pairwise test is O(n²)).
    """
    n = len(pos)
    if n < 2 or n > 2500:
        return pos
    pos = pos.copy()
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    for _ in range(rounds):
        left, top = pos[:, 0] + extent[:, 0], pos[:, 1] + extent[:, 1]
        right, bottom = pos[:, 0] + extent[:, 2], pos[:, 1] + extent[:, 3]
        over_x = np.minimum(right[:, None], right[None, :]) - np.maximum(left[:, None], left[None, :]) + gap
        over_y = np.minimum(bottom[:, None], bottom[None, :]) - np.maximum(top[:, None], top[None, :]) + gap
        clash = (over_x > 0) & (over_y > 0) & upper
        if not clash.any():
            break
        i, j = np.nonzero(clash)
        ox, oy = over_x[i, j], over_y[i, j]
        along_x = ox <= oy
        sign_x = np.where(pos[i, 0] < pos[j, 0], -1.0, np.where(pos[i, 0] > pos[j, 0], 1.0, np.where(i < j, -1.0, 1.0)))
        sign_y = np.where(pos[i, 1] < pos[j, 1], -1.0, np.where(pos[i, 1] > pos[j, 1], 1.0, np.where(i < j, -1.0, 1.0)))
        shift = np.zeros((len(i), 2))
        shift[along_x, 0] = sign_x[along_x] * ox[along_x] / 2
        shift[~along_x, 1] = sign_y[~along_x] * oy[~along_x] / 2
        move = np.zeros_like(pos)
        np.add.at(move, i, shift * 0.5)
        np.add.at(move, j, -shift * 0.5)
        pos += move
    return pos


def _pack(placed: list[tuple[list[str], np.ndarray, np.ndarray]]) -> dict[str, tuple[int, int]]:
    """Shelf-pack component boxes (labels included) in rows, then centre the drawing on (0, 0)."""
    frames = []
    for comp, pos, extent in placed:
        low = (pos + extent[:, :2]).min(axis=0)
        high = (pos + extent[:, 2:]).max(axis=0)
        frames.append((comp, pos - low, high - low))
    area = sum((w + COMPONENT_GAP) * (h + COMPONENT_GAP) for _, _, (w, h) in frames)
    row_width = max([float(size[0]) for _, _, size in frames] + [math.sqrt(area)])
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for comp, pos, (w, h) in frames:
        if x > 0 and x + w > row_width:
            x, y, row_height = 0.0, y + row_height + COMPONENT_GAP, 0.0
        for node, (px, py) in zip(comp, pos):
            out[node] = (x + px, y + py)
        x += w + COMPONENT_GAP
        row_height = max(row_height, h)
    if not out:
        return {}
    xs = [p[0] for p in out.values()]
    ys = [p[1] for p in out.values()]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {n: (int(round(px - cx)), int(round(py - cy))) for n, (px, py) in out.items()}
