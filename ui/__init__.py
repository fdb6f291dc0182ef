"""URFlow's own dialogs, one per headline algorithm (Qt Designer ``.ui`` files beside them)."""


def dialog_class(algorithm_id):
    """The dialog class for ``algorithm_id``, or None when URFlow has none for it."""
    if algorithm_id == "urflow:landquotalinkage":
        from .linkage_dialog import LinkageDialog

        return LinkageDialog
    if algorithm_id == "urflow:facilitygaps":
        from .facility_gaps_dialog import FacilityGapsDialog

        return FacilityGapsDialog
    if algorithm_id == "urflow:hollowvillages":
        from .hollow_villages_dialog import HollowVillagesDialog

        return HollowVillagesDialog
    if algorithm_id == "urflow:facilitysiting":
        from .facility_siting_dialog import FacilitySitingDialog

        return FacilitySitingDialog
    if algorithm_id == "urflow:settlementconsolidation":
        from .settlement_consolidation_dialog import SettlementConsolidationDialog

        return SettlementConsolidationDialog
    return None
