"""The result columns of the facility-gap outputs, by output field name (shared by the
Processing algorithm and the QGIS-free batch runner, scripts/batch_io.py)."""

from .gaps import GAP_CLASS_LABELS


def demand_columns(result, facility_ids, facility_type, standard_id, language):
    """OUTPUT_DEMAND's result columns, indexed like the demand arrays."""
    n = len(result.gap_class)
    return {
        "nearest_id": [facility_ids[j] if j >= 0 else None for j in result.nearest_facility],
        "nearest_cost": result.nearest_cost,
        "covered": result.covered.astype(int),
        "access": result.access,
        "access_ratio": result.access_ratio,
        "gap": result.gap,
        "gap_class": result.gap_class,
        "gap_label": GAP_CLASS_LABELS.labels(result.gap_class, language),
        "facility_type": [facility_type] * n,
        "standard_id": [standard_id] * n,
    }


def facility_columns(result):
    """OUTPUT_FACILITIES' result columns, indexed like the facility arrays."""
    return {
        "catchment_pop": result.catchment_pop,
        "supply_ratio": result.supply_ratio,
        "load": result.load,
        "unserved": result.unserved.astype(int),
    }
