"""The outputs of urflow:facilitygaps: field lists and the columns written from a GapAnalysis.

Every value comes from :class:`core.access.GapAnalysis`; ``gap_label`` is the label of
``gap_class`` from :data:`core.access.GAP_CLASS_LABELS`; ``facility_type`` is the label of
``standard_id`` (the preset's facility name, else the facilities layer's name).
"""

import numpy as np
from qgis.core import QgsFeature, QgsFeatureSink
from qgis.PyQt.QtCore import QVariant

from ...core.access.columns import demand_columns, facility_columns
from ..layers import attribute, new_sink, write_copy
from ..postprocess import style_when_loaded
from .gap_style import style_demand, style_facilities, style_zones

DEMAND_FIELDS = [
    ("nearest_id", QVariant.String),
    ("nearest_cost", QVariant.Double),
    ("covered", QVariant.Int),
    ("access", QVariant.Double),
    ("access_ratio", QVariant.Double),
    ("gap", QVariant.Double),
    ("gap_class", QVariant.Int),
    ("gap_label", QVariant.String),
    ("facility_type", QVariant.String),
    ("standard_id", QVariant.String),
]
FACILITY_FIELDS = [
    ("catchment_pop", QVariant.Double),
    ("supply_ratio", QVariant.Double),
    ("load", QVariant.Double),
    ("unserved", QVariant.Int),
]
ZONE_FIELDS = [
    ("zone_name", QVariant.String),
    ("n_demand", QVariant.Int),
    ("population", QVariant.Double),
    ("covered_pop", QVariant.Double),
    ("coverage_rate", QVariant.Double),
    ("deficit", QVariant.Double),
    ("facility_type", QVariant.String),
    ("standard_id", QVariant.String),
]


def write_zones(algorithm, parameters, key, context, zones, table, names, summary, labels):
    """Sink ``key`` with one feature per zone of ``table`` (read from ``zones``) and its totals
    from ``summary``; ``labels`` = (facility_type, standard_id). None if the sink is not asked."""
    sink, dest_id, fields = new_sink(
        algorithm,
        parameters,
        key,
        context,
        ZONE_FIELDS,
        zones.wkbType(),
        zones.sourceCrs(),
        optional=True,
    )
    if sink is None:
        return None
    row_of = {int(fid): i for i, fid in enumerate(table.fids)}
    iterator, feature = zones.getFeatures(), QgsFeature()
    while iterator.nextFeature(feature):
        i = row_of.get(feature.id())
        if i is None:
            continue
        out = QgsFeature(fields)
        out.setGeometry(feature.geometry())
        values = [
            summary.population[i],
            summary.covered_population[i],
            summary.coverage_rate[i],
            summary.deficit[i],
        ]
        out.setAttributes(
            [names[i] if names else str(feature.id()), int(summary.n_demand[i])]
            + [attribute(value) for value in values]
            + list(labels)
        )
        sink.addFeature(out, QgsFeatureSink.Flag.FastInsert)
    return dest_id


def result_dict(result):
    """The headline figures (keys and values independent of the UI language)."""
    return {
        "COVERAGE_RATE": float(result.coverage_rate),
        "TOTAL_DEFICIT": result.total_deficit,
        "GINI": float(result.gini),
        "BLIND_SPOTS": result.blind_spots,
        "UNDER_SERVED": result.under_served,
        "UNREACHABLE": int(np.count_nonzero(result.unreachable)),
    }


def write_outputs(algorithm, parameters, context, feedback, inputs, result, standard, language):
    """Write OUTPUT_DEMAND, OUTPUT_FACILITIES and (with zones) OUTPUT_ZONES, styled when loaded.

    ``inputs`` is the ``gap_inputs.GapInputs`` of the run, ``standard`` its preset (None for a
    custom run). Returns {output key: destination id} for the outputs written.
    """
    sources, demand, supply, zones = inputs.sources, inputs.demand, inputs.supply, inputs.zones
    labels = (
        standard.name(language) if standard else sources.facilities.sourceName(),
        standard.id if standard else None,
    )
    outputs = {
        "OUTPUT_DEMAND": write_copy(
            algorithm,
            parameters,
            "OUTPUT_DEMAND",
            context,
            feedback,
            sources.demand,
            demand.fids,
            demand_columns(result, supply.ids, *labels, language),
            DEMAND_FIELDS,
        ),
        "OUTPUT_FACILITIES": write_copy(
            algorithm,
            parameters,
            "OUTPUT_FACILITIES",
            context,
            feedback,
            sources.facilities,
            supply.fids,
            facility_columns(result),
            FACILITY_FIELDS,
        ),
    }
    if zones is not None:
        outputs["OUTPUT_ZONES"] = write_zones(
            algorithm,
            parameters,
            "OUTPUT_ZONES",
            context,
            sources.zones,
            zones.table,
            zones.names,
            result.zones,
            labels,
        )
    styles = {
        "OUTPUT_DEMAND": lambda layer: style_demand(layer, language),
        "OUTPUT_FACILITIES": style_facilities,
        "OUTPUT_ZONES": style_zones,
    }
    for key, dest_id in outputs.items():
        style_when_loaded(algorithm, context, dest_id, style_function=styles[key])
    return {key: dest_id for key, dest_id in outputs.items() if dest_id is not None}
