"""Three-control-line compliance (三线合规检查): planned features against 永久基本农田,
生态保护红线 and 城镇开发边界, from overlap pieces to per-feature figures and a summary.

Geometry is cut outside (the adapter, with QGIS's engines); this package turns the pieces into
the rules' results: slivers set apart, 田坎 deducted from farmland only, conflicts per feature,
areas per zone and line, and the lines' own overlaps.
"""

from .compliance import (  # noqa: F401
    COMPLIANCE_LABELS,
    CONFLICT_LINES,
    LINE_LABELS,
    LINE_OVERLAPS,
    MIN_AREA_M2,
    URBAN_WORDS,
    ComplianceResult,
    OverlapPieces,
    SummaryRow,
    check_compliance,
    parse_type_words,
)
