"""Geometries into numpy in bulk: each geometry's WKB parsed by numpy, no Python per vertex.

``QgsGeometry.asPolyline()`` builds one Python ``QgsPointXY`` per vertex; a county's roads
have hundreds of thousands. Here each geometry gives its WKB once (``asWkb``), the headers are
read with ``struct`` (a few per geometry) and every coordinate is gathered from the joined
buffer with one numpy index: the same doubles, bit for bit.
"""

import struct

import numpy as np
from qgis.core import QgsFeature, QgsWkbTypes

_LINE, _MULTI_LINE = 2, 5
_POINT, _MULTI_POINT = 1, 4


def _kind(code):
    """(base type, doubles per vertex) of an ISO / 2.5D WKB type code."""
    has_z = bool(code & 0x80000000)
    code &= 0x0FFFFFFF
    base, thousands = code % 1000, code // 1000
    dims = 2 + (thousands in (1, 2)) + 2 * (thousands == 3) + has_z
    return base, dims


class _Buffer:
    """The WKB of many geometries joined, and where each starts."""

    def __init__(self, geometries, wkb=False):
        self.present = [i for i, geometry in enumerate(geometries) if geometry is not None]
        chunks = [geometries[i] if wkb else bytes(geometries[i].asWkb()) for i in self.present]
        self.data = b"".join(chunks)
        # where each geometry's WKB starts (a missing one: where the next one starts)
        ends = np.zeros(len(geometries), dtype=np.int64)
        ends[self.present] = np.fromiter(map(len, chunks), dtype=np.int64, count=len(chunks))
        self.starts = (np.cumsum(ends) - ends).tolist()

    def header(self, at):
        order = "<" if self.data[at] == 1 else ">"
        (code,) = struct.unpack_from(order + "I", self.data, at + 1)
        return order, code

    def doubles(self, spans):
        """x, y of vertices ``spans`` = [(byte offset, n vertices, doubles per vertex, order)]."""
        if not spans:
            return np.zeros((0, 2))
        offsets = np.array([s[0] for s in spans], dtype=np.int64)
        counts = np.array([s[1] for s in spans], dtype=np.int64)
        dims = np.array([s[2] for s in spans], dtype=np.int64)
        big = np.array([s[3] == ">" for s in spans])
        vertex = np.repeat(offsets, counts) + 8 * np.repeat(dims, counts) * (
            np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
        )
        raw = np.frombuffer(self.data, dtype=np.uint8)
        idx = np.stack([vertex, vertex + 8], axis=1)[:, :, None] + np.arange(8)
        octets = raw[idx]  # (n, 2, 8)
        flip = np.repeat(big, counts)
        octets[flip] = octets[flip][:, :, ::-1]
        return octets.reshape(-1, 16).copy().view("<f8").reshape(-1, 2)


def line_parts(geometries):
    """``(coords (N, 2), offsets, part_geometry)`` of every line part of ``geometries``
    (QgsGeometry or None), in order, parts with fewer than two vertices left out, as
    ``asMultiPolyline()`` / ``asPolyline()`` give them. Returns None when a geometry is not a
    plain (multi)linestring (curves): the caller then reads it the slow way."""
    for geometry in geometries:
        if geometry is not None and QgsWkbTypes.isCurvedType(geometry.wkbType()):
            return None
    parts = _line_parts(_Buffer(geometries), len(geometries), whole=False)
    return None if parts is None else parts[:3]


def line_parts_of_wkb(blobs, whole=False):
    """:func:`line_parts` of WKB ``blobs`` (bytes or None), plus the number of parts of each
    geometry; with ``whole`` parts with fewer than two vertices are kept."""
    return _line_parts(_Buffer(blobs, wkb=True), len(blobs), whole)


def _plain_lines(buffer, n_geometries):
    """:func:`_line_parts` when every WKB is a little-endian 2D LineString of two or more
    vertices (a road layer's usual case): the headers cut out of the joined buffer at once."""
    present = np.asarray(buffer.present, dtype=np.int64)
    if present.size == 0:
        return None
    raw = np.frombuffer(buffer.data, dtype=np.uint8)
    starts = np.asarray(buffer.starts, dtype=np.int64)[present]
    ends = np.append(starts[1:], len(raw))
    if (ends - starts < 9).any() or not (raw[starts] == 1).all():
        return None
    header = raw[starts[:, None] + np.arange(1, 9)].copy().view("<u4")  # (type, n vertices)
    counts = header[:, 1].astype(np.int64)
    if not (header[:, 0] == _LINE).all() or (counts < 2).any():
        return None
    if not (ends - starts == 9 + 16 * counts).all():
        return None
    keep = np.ones(len(raw), dtype=bool)
    keep[(starts[:, None] + np.arange(9)).ravel()] = False
    coords = raw[keep].copy().view("<f8").reshape(-1, 2)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    n_parts = np.zeros(n_geometries, dtype=np.int64)
    n_parts[present] = 1
    return coords, offsets, present, n_parts


def _line_parts(buffer, n_geometries, whole):
    plain = _plain_lines(buffer, n_geometries)
    if plain is not None:
        return plain
    spans, part_of = [], []
    n_parts = np.zeros(n_geometries, dtype=np.int64)
    for i in buffer.present:
        at = buffer.starts[i]
        order, code = buffer.header(at)
        base, dims = _kind(code)
        if base == _LINE:
            parts = [(at, order, dims)]
        elif base == _MULTI_LINE:
            (count,) = struct.unpack_from(order + "I", buffer.data, at + 5)
            parts, cursor = [], at + 9
            for _ in range(count):
                part_order, part_code = buffer.header(cursor)
                part_base, part_dims = _kind(part_code)
                if part_base != _LINE:
                    return None
                parts.append((cursor, part_order, part_dims))
                (n,) = struct.unpack_from(part_order + "I", buffer.data, cursor + 5)
                cursor += 9 + 8 * part_dims * n
        else:
            return None
        n_parts[i] = len(parts)
        for start, part_order, part_dims in parts:
            (n,) = struct.unpack_from(part_order + "I", buffer.data, start + 5)
            if n < 2 and not whole:
                continue
            spans.append((start + 9, n, part_dims, part_order))
            part_of.append(i)
    counts = np.array([s[1] for s in spans], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)
    return buffer.doubles(spans), offsets, np.asarray(part_of, dtype=np.int64), n_parts


def _plain_points(buffer, n):
    """(n, 2) when every WKB is a little-endian 2D point (21 bytes each), read in one go."""
    m = len(buffer.present)
    if len(buffer.data) != 21 * m:
        return None
    octets = np.frombuffer(buffer.data, dtype=np.uint8).reshape(m, 21)
    if not (octets[:, 0] == 1).all():
        return None
    if not (octets[:, 1:5].copy().view("<u4").ravel() == _POINT).all():
        return None
    xy = np.full((n, 2), np.nan)
    xy[np.asarray(buffer.present, dtype=np.int64)] = octets[:, 5:21].copy().view("<f8")
    return xy


def point_xy(geometries, single_only=False):
    """(n, 2) coordinates of single points (the first point of a multipoint), NaN for None;
    None when a geometry is not a point (the caller takes its point on surface instead), or
    with ``single_only`` when one is a multipoint."""
    buffer = _Buffer(geometries)
    fast = _plain_points(buffer, len(geometries))
    if fast is not None:
        return fast
    spans, rows = [], []
    for i, geometry in enumerate(geometries):
        if geometry is None:
            continue
        at = buffer.starts[i]
        order, code = buffer.header(at)
        base, dims = _kind(code)
        if base == _MULTI_POINT:
            (n,) = struct.unpack_from(order + "I", buffer.data, at + 5)
            if n < 1 or single_only:
                return None
            at += 9
            order, code = buffer.header(at)
            base, dims = _kind(code)
        if base != _POINT:
            return None
        spans.append((at + 5, 1, dims, order))
        rows.append(i)
    xy = np.full((len(geometries), 2), np.nan)
    if rows:
        xy[np.asarray(rows)] = buffer.doubles(spans)
    return xy


# -- features: one lean loop, the values converted per column afterwards ----------------------

#: Features read between two looks at the feedback (cancel, progress).
_CHECK_EVERY = 1000


def read_rows(source, request, numeric, text, geometry, transform, feedback, progress):
    """``(fids, {numeric field: float64 array}, {text field: list}, geometries)`` of
    ``source.getFeatures(request)``: what ``layers.read_features`` returns, read with as little
    Python per feature as possible (the attributes list fetched once, NULL and type handling
    done per column afterwards, the feedback looked at every :data:`_CHECK_EVERY` features).

    ``transform`` is None when the geometries are already in the working CRS.
    """
    fields = source.fields()
    numeric_at = [fields.indexOf(f) for f in numeric]
    text_at = [fields.indexOf(f) for f in text]
    wanted = numeric_at + text_at
    for field, at in zip([*numeric, *text], wanted):
        if at < 0:
            raise KeyError(field)  # as feature[field] would
    columns = [[] for _ in wanted]
    appends = [column.append for column in columns]
    pairs = list(zip(wanted, appends))
    fids, geometries = [], []
    add_fid, add_geometry = fids.append, geometries.append
    count = max(source.featureCount(), 1)
    start, stop = progress
    # while/nextFeature, not a Python for loop: on QGIS 3.22 the invalid-geometry abort of
    # "stop on invalid geometry" escapes a for loop as a C++ exception and kills Python.
    iterator, feature = source.getFeatures(request), QgsFeature()
    advance, i = iterator.nextFeature, 0
    while advance(feature):
        if i % _CHECK_EVERY == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(start + (stop - start) * i / count)
        i += 1
        add_fid(feature.id())
        if pairs:
            values = feature.attributes()
            for at, add in pairs:
                add(values[at])
        if geometry:
            add_geometry(feature.geometry())
    if geometry:
        for k, geom in enumerate(geometries):
            if geom.isEmpty():  # true for a null geometry too
                geometries[k] = None
            elif transform is not None:
                geom.transform(transform)
    numeric_values = {f: _floats(column) for f, column in zip(numeric, columns)}
    text_values = {f: _texts(column) for f, column in zip(text, columns[len(numeric) :])}
    return fids, numeric_values, text_values, geometries


def _floats(values):
    """``layers.to_float`` of every value (NULL, empty and non-numbers → NaN) as float64."""
    if set(map(type, values)) <= {int, float}:
        return np.array(values, dtype=float)
    from .layers import to_float

    return np.array([to_float(value) for value in values], dtype=float)


def _texts(values):
    """Values as str, None for NULL and ''."""
    return [
        None if value is None or value == "" or str(value) == "NULL" else str(value)
        for value in values
    ]
