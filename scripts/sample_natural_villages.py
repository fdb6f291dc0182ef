"""Natural villages (自然村) of the fictitious sample county, for urflow:settlementconsolidation.

One point per settlement patch (``settlements``), inside its administrative village: the
patch's point on surface. The administrative village's residents are split over its patches
by patch area, the core patch (the village seat, 村委会驻地, ``is_seat = 1``) counting 1.5×,
with largest remainders so the parts add up to ``resident_pop``. Nothing here draws random
numbers, so the other layers of the generator are unchanged.
"""

import numpy as np

#: (field, type) of the ``natural_villages`` layer, as make_sample_county.layer_specs types them.
FIELDS = [
    ("nv_id", "str"),
    ("nv_name", "str"),
    ("village_id", "str"),
    ("town_code", "str"),
    ("resident_pop", "int"),
    ("settlement_area_m2", "real"),
    ("kappa", "real"),
    ("is_seat", "int"),
]
SEAT_WEIGHT = 1.5


def split(total, weights):
    """Integers proportional to ``weights`` adding up to ``total`` (largest remainders)."""
    weights = np.asarray(weights, dtype=float)
    exact = total * weights / weights.sum()
    parts = np.floor(exact).astype(int)
    order = np.argsort(-(exact - parts), kind="stable")
    parts[order[: int(total - parts.sum())]] += 1
    return parts


def natural_village_records(villages, settlements):
    """One record per settlement patch, keyed like the generator's other records."""
    by_village = {}
    for s in settlements:
        by_village.setdefault(s["village_id"], []).append(s)
    records = []
    for v in villages:
        patches = by_village.get(v["village_id"], [])
        if not patches:
            continue
        areas = [p["geom"].area() for p in patches]
        seats = [p["settle_id"].endswith("-01") for p in patches]
        weights = [a * (SEAT_WEIGHT if seat else 1.0) for a, seat in zip(areas, seats)]
        pops = split(int(v["resident_pop"]), weights)
        for p, area, seat, pop in zip(patches, areas, seats, pops):
            k = int(p["settle_id"].rsplit("-", 1)[1])
            records.append(
                dict(
                    geom=p["geom"].pointOnSurface(),
                    nv_id=p["settle_id"],
                    nv_name=v["village_name"] if seat else f"{v['village_name']}{k}组",
                    village_id=v["village_id"],
                    town_code=v["town_code"],
                    resident_pop=int(pop),
                    settlement_area_m2=round(area, 2),
                    kappa=p["kappa"],
                    is_seat=int(seat),
                )
            )
    return records


def layer_spec(data, desc):
    """The ``natural_villages`` entry of make_sample_county.layer_specs."""
    return (
        "natural_villages",
        "Point",
        FIELDS,
        data["natural_villages"],
        desc(
            "自然村",
            "natural villages: one point per settlement patch, residents split by patch area",
        ),
    )
