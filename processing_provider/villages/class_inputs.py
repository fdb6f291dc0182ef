"""What one run of urflow:villageclassification reads: the villages, every derived field
(:mod:`.class_derived`) and the development potential (core.villageclass)."""

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QCoreApplication

from ...core import villageclass
from ...core.checks import unique_ids
from ...core.errors import URFlowError
from ...core.stats.composite import SCORING_METHODS, WEIGHTING_METHODS
from ...core.textparams import parse_matrix, parse_weights
from ..layers import core_error, read_features, require_fields
from ..roads import road_fields, travel_from
from .class_derived import (
    DERIVED,
    DERIVED_NAMES,
    SHARE_LAYERS,
    geometry_kind,
    heritage_flags,
    hollow_join,
    overlay_shares,
    town_costs,
)

FIELD_KEYS = (
    ("id", "VILLAGE_ID_FIELD"),
    ("name", "VILLAGE_NAME_FIELD"),
    ("zone", "ZONE_FIELD"),
    ("pop", "POPULATION_FIELD"),
    ("area", "SETTLEMENT_AREA_FIELD"),
    ("heritage", "HERITAGE_FIELD"),
)


@dataclass(frozen=True)
class Villages:
    """The villages as read: source, feature ids, ids, the table (working CRS), geometry kind."""

    source: object
    fids: np.ndarray
    ids: list
    table: object
    kind: int


class ClassificationInputs:
    """Parameters of one run → villages, derived fields and potential."""

    def __init__(self, algorithm, parameters, context, feedback):
        self.algorithm, self.parameters = algorithm, parameters
        self.context, self.feedback = context, feedback
        self.fields = {name: self.text(key) or None for name, key in FIELD_KEYS}

    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def text(self, key):
        return self.algorithm.parameterAsString(self.parameters, key, self.context)

    def source(self, key):
        return self.algorithm.parameterAsSource(self.parameters, key, self.context)

    def number(self, key):
        return self.algorithm.parameterAsDouble(self.parameters, key, self.context)

    def enum(self, key):
        return self.algorithm.parameterAsEnum(self.parameters, key, self.context)

    def villages(self, source, crs):
        fields = self.fields
        label = self.algorithm.parameter_label("VILLAGES")
        require_fields(source, label, list(fields.values()), [fields["pop"], fields["area"]])
        names = source.fields().names()
        own = [n.strip() for n in self.text("POTENTIAL_FIELDS").split(",") if n.strip() in names]
        own = [n for n in own if source.fields().field(n).isNumeric()]
        table = read_features(
            source,
            crs,
            self.context,
            self.feedback,
            numeric=list(dict.fromkeys([fields["pop"], fields["area"], *own])),
            text=[fields["id"], fields["zone"], fields["heritage"]],
        )
        ids = list(
            unique_ids(table.text[fields["id"]], f"{label}, field '{fields['id']}'", table.fids)
        )
        return Villages(source, table.fids, ids, table, geometry_kind(source))

    def derived(self, run, crs):
        """``(derived, unavailable)``: every derived field (NULL where its input is missing),
        potential included, and the names whose input was not given."""
        n, context, feedback = len(run.fids), self.context, self.feedback
        derived = {
            name: np.full(n, np.nan) if kind is not str else [None] * n for name, kind, _ in DERIVED
        }
        sources = {key: self.source(key) for key in SHARE_LAYERS.values()}
        derived.update(
            overlay_shares(sources, run.table.geometries, run.kind, crs, context, feedback)
        )
        unavailable = {name for name, key in SHARE_LAYERS.items() if sources[key] is None}
        towns = self.source("TOWNS")
        if towns is not None:
            network = road_fields(self.algorithm, self.parameters, self.context)
            derived["town_cost"], derived["town_id"], _notes = town_costs(
                run.table.geometries,
                towns,
                self.text("TOWN_ID_FIELD"),
                self.source("NETWORK"),
                network,
                self.travel(),
                crs,
                context,
                feedback,
            )
        else:
            unavailable |= {"town_cost", "town_id"}
        hollow = self.source("HOLLOW")
        if hollow is not None:
            score, level, missing = hollow_join(
                hollow, self.fields["id"], run.ids, crs, context, feedback
            )
            derived["hollow_score"], derived["hollow_level"] = score, level
            if missing:
                feedback.pushWarning(
                    self.tr("{} villages are not in HOLLOW; their hollow fields are NULL.").format(
                        missing
                    )
                )
        else:
            unavailable |= {"hollow_score", "hollow_level"}
        if self.fields["heritage"]:
            derived["heritage"] = heritage_flags(run.table.text[self.fields["heritage"]])
        else:
            unavailable.add("heritage")
        derived.update(self.potential(run, derived, unavailable))
        if np.isnan(np.asarray(derived["potential"], float)).all():
            unavailable |= {"potential", "potential_rank"}
        return derived, unavailable

    def travel(self):
        return travel_from(self.algorithm, self.parameters, self.context)

    def potential(self, run, derived, unavailable):
        """``{potential, potential_rank}`` over POTENTIAL_FIELDS (layer or derived fields)."""
        names = [n.strip() for n in self.text("POTENTIAL_FIELDS").split(",") if n.strip()]
        if not names:
            return {
                "potential": np.full(len(run.fids), np.nan),
                "potential_rank": np.full(len(run.fids), np.nan),
            }
        columns = []
        for name in names:
            if name in DERIVED_NAMES and name not in ("potential", "potential_rank"):
                if name in unavailable:
                    raise QgsProcessingException(
                        self.tr("POTENTIAL_FIELDS: {} has no input layer in this run.").format(name)
                    )
                columns.append(np.asarray(derived[name], dtype=float))
            elif name in run.source.fields().names():
                require_fields(run.source, self.algorithm.parameter_label("VILLAGES"), [], [name])
                columns.append(run.table.numeric[name])
            else:
                raise QgsProcessingException(
                    self.tr("POTENTIAL_FIELDS: there is no field or derived field '{}'.").format(
                        name
                    )
                )
        try:
            positive = villageclass.parse_directions(self.text("POTENTIAL_DIRECTIONS"), len(names))
            result = villageclass.development_potential(
                np.column_stack(columns), positive, names, self.score_options(), row_ids=run.ids
            )
        except URFlowError as error:
            raise core_error(error) from error
        weights = ", ".join(f"{k} {w:.4f}" for k, w in result.weights.items())
        self.feedback.pushInfo(self.tr("Potential weights: {}").format(weights))
        return {
            "potential": result.score,
            "potential_rank": np.where(result.rank >= 0, result.rank, np.nan),
        }

    def score_options(self):
        def parsed(key, parse):
            value = self.text(key).strip()
            return parse(value, self.algorithm.parameter_label(key)) if value else None

        weighting = WEIGHTING_METHODS[self.enum("WEIGHTING")]
        return villageclass.ScoreOptions(
            weighting=weighting,
            scoring=SCORING_METHODS[self.enum("SCORING")],
            ahp_matrix=parsed("AHP_MATRIX", parse_matrix),
            custom_weights=parsed("CUSTOM_WEIGHTS", parse_weights)
            if weighting == "custom"
            else None,
            alpha=self.number("COMBINED_ALPHA"),
        )
