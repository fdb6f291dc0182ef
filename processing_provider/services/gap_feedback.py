"""What urflow:facilitygaps tells the planner during a run: settings, fallbacks, warnings."""

import numpy as np
from qgis.PyQt.QtCore import QCoreApplication

from ...core.access import RoadNotes
from ...core.messages import listing
from ...i18n import output_language, term


class GapFeedback:
    """Messages of one run, pushed to a ``QgsProcessingFeedback`` in the UI language.

    ``tr`` translates in this class's context, so every text of the run is in one place.
    """

    def __init__(self, feedback):
        self.feedback = feedback

    def tr(self, text):
        return QCoreApplication.translate("GapFeedback", text)

    def settings(self, choice, rule, crs):
        """The preset (source and clause) and the values the run uses."""
        standard = choice.standard
        if standard is not None:
            self.feedback.pushInfo(
                self.tr("Standard {}: {} {} — {} ({})").format(
                    standard.id,
                    standard.facility_zh,
                    standard.facility_en,
                    standard.source,
                    standard.text("clause", output_language()),
                )
            )
        self.feedback.pushInfo(
            self.tr(
                "Threshold {} {} by {}; provision {} per 1000; method {}; working CRS {}"
            ).format(
                rule.threshold,
                term(choice.cost_unit),
                term(choice.travel_mode),
                rule.provision_per_1000 if rule.provision_per_1000 is not None else "—",
                rule.method,
                crs.authid(),
            )
        )

    def empty_layer(self, label):
        """The error text for a DEMAND or FACILITIES layer without features."""
        if label == "DEMAND":
            return self.tr("Layer DEMAND has no features.")
        return self.tr("Layer FACILITIES has no features: there is nothing to reach.")

    def no_usable_lines(self):
        """The error text for a NETWORK without a line of two vertices."""
        return self.tr("Layer NETWORK has no usable lines.")

    def network(self, roads, n_without_geometry, rule, travel):
        """How costs are measured: over NETWORK (and what was left out of it) or straight."""
        if roads is None:
            self.feedback.pushWarning(
                self.tr("No NETWORK: straight-line distance × {} is used.").format(
                    travel.detour_factor
                )
            )
            return
        self.feedback.pushInfo(self.tr("Building the road graph ..."))
        if n_without_geometry:
            self.feedback.pushWarning(
                self.tr("{} roads without geometry were left out").format(n_without_geometry)
            )
        self.feedback.pushInfo(
            self.tr("Shortest paths within {} {} ...").format(rule.threshold, term(travel.unit))
        )

    def warnings(self, result, demand_ids, facility_ids):
        """What the run counted as missing, fell back on, or could not reach."""
        notes = result.road_notes or RoadNotes()
        for count, text in (
            (
                notes.no_speed,
                self.tr(
                    "{} roads have no usable speed: their class's or the mode's default speed "
                    "is used"
                ),
            ),
            (
                notes.bad_direction,
                self.tr("{} roads have an unknown one-way value: both directions are used"),
            ),
        ):
            if count:
                self.feedback.pushWarning(text.format(count))
        for mask, names, text in (
            (
                result.population_unknown,
                demand_ids,
                self.tr(
                    "Population is NULL or negative for {} demand features ({}): they count as "
                    "nobody and their gap is NULL"
                ),
            ),
            (
                result.capacity_unknown,
                facility_ids,
                self.tr(
                    "Capacity is NULL or negative for {} facilities ({}): they still count for "
                    "reach (nearest, coverage) but supply nothing"
                ),
            ),
            (
                result.unreachable,
                demand_ids,
                self.tr(
                    "{} demand features cannot reach any facility (off the network or in a "
                    "disconnected part): {}"
                ),
            ),
            (
                result.unserved,
                facility_ids,
                self.tr("{} facilities have nobody within the threshold: supply ratio NULL ({})"),
            ),
        ):
            rows = np.flatnonzero(mask)
            if rows.size:
                self.feedback.pushWarning(text.format(rows.size, listing([names[i] for i in rows])))

    def summary(self, result):
        """The headline figures, as the log's last line."""
        self.feedback.pushInfo(
            self.tr("Coverage {:.1%}; blind spots {}; under-served {}; deficit {}").format(
                result.coverage_rate, result.blind_spots, result.under_served, result.total_deficit
            )
        )
