"""The parameters of urflow:landquotalinkage (DESIGN.md §3.3): names, labels, defaults."""

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtCore import QCoreApplication


class LinkageKeys:
    """Parameter and output names of urflow:landquotalinkage (stable: scripts, models and checks use
    them); the algorithm class has them as attributes, as before the renovation."""

    DEMOLITION = "DEMOLITION"
    DEMOLITION_ID_FIELD = "DEMOLITION_ID_FIELD"
    DEMOLITION_AREA_FIELD = "DEMOLITION_AREA_FIELD"
    KAPPA_FIELD = "KAPPA_FIELD"
    DEFAULT_KAPPA = "DEFAULT_KAPPA"
    DEMOLITION_GRADE_FIELD = "DEMOLITION_GRADE_FIELD"
    DEFAULT_GRADE = "DEFAULT_GRADE"
    COST_FIELD = "COST_FIELD"
    UNIT_COST = "UNIT_COST"
    PRIORITY_FIELD = "PRIORITY_FIELD"
    PRIORITY_LAYER = "PRIORITY_LAYER"
    PRIORITY_LAYER_FIELD = "PRIORITY_LAYER_FIELD"
    PROTECTED_FIELD = "PROTECTED_FIELD"
    CONSTRUCTION = "CONSTRUCTION"
    CONSTRUCTION_ID_FIELD = "CONSTRUCTION_ID_FIELD"
    VALUE_FIELD = "VALUE_FIELD"
    UNIT_VALUE = "UNIT_VALUE"
    MANDATORY_FIELD = "MANDATORY_FIELD"
    CONSTRUCTION_TYPE_FIELD = "CONSTRUCTION_TYPE_FIELD"
    CULTIVATED = "CULTIVATED"
    CULTIVATED_GRADE_FIELD = "CULTIVATED_GRADE_FIELD"
    PERMANENT_FARMLAND = "PERMANENT_FARMLAND"
    ECO_REDLINE = "ECO_REDLINE"
    URBAN_BOUNDARY = "URBAN_BOUNDARY"
    QUOTA_BASIS = "QUOTA_BASIS"
    REQUIRE_QUALITY = "REQUIRE_QUALITY"
    GRADE_SCALE = "GRADE_SCALE"
    MAX_PAIR_DISTANCE = "MAX_PAIR_DISTANCE"
    BUDGET = "BUDGET"
    PRIORITY_WEIGHT = "PRIORITY_WEIGHT"
    DISTANCE_WEIGHT = "DISTANCE_WEIGHT"
    GROUP_FIELD = "GROUP_FIELD"
    TIME_LIMIT = "TIME_LIMIT"
    MIP_GAP = "MIP_GAP"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_DEMOLITION = "OUTPUT_DEMOLITION"
    OUTPUT_CONSTRUCTION = "OUTPUT_CONSTRUCTION"
    OUTPUT_PAIRS = "OUTPUT_PAIRS"
    OUTPUT_BALANCE = "OUTPUT_BALANCE"


ADVANCED = ("DEMOLITION_AREA_FIELD", "GRADE_SCALE", "TIME_LIMIT", "MIP_GAP", "TARGET_CRS")
#: Default of MIP_GAP: the relative gap at which a plan counts as proven optimal.
DEFAULT_MIP_GAP = 1e-4


class LinkageParameters:
    def tr(self, text):
        return QCoreApplication.translate(type(self).__name__, text)

    def definitions(self):
        """The parameters and outputs, in dialog order."""
        polygons = [QgsProcessing.SourceType.TypeVectorPolygon]
        numeric, double = (
            QgsProcessingParameterField.DataType.Numeric,
            QgsProcessingParameterNumber.Type.Double,
        )
        any_type = QgsProcessingParameterField.DataType.Any
        source = QgsProcessingParameterFeatureSource
        field = QgsProcessingParameterField
        sink = QgsProcessingParameterFeatureSink
        d, c = "DEMOLITION", "CONSTRUCTION"

        def number(key, label, default, minimum=0.0, maximum=None):
            parameter = QgsProcessingParameterNumber(key, label, double, default, minValue=minimum)
            if maximum is not None:
                parameter.setMaximum(maximum)
            return parameter

        def fld(key, label, parent, kind=any_type, optional=True, default=None):
            return field(key, label, default, parent, kind, optional=optional)

        parameters = [
            source(
                d,
                self.tr("拆旧 candidates: rural construction land to reclaim (polygons)"),
                polygons,
            ),
            fld("DEMOLITION_ID_FIELD", self.tr("拆旧 id field"), d, optional=False),
            fld(
                "DEMOLITION_AREA_FIELD",
                self.tr("拆旧 area field, m² (default: polygon area)"),
                d,
                numeric,
            ),
            fld(
                "KAPPA_FIELD",
                self.tr("Reclamation coefficient κ field (share that becomes cultivated land)"),
                d,
                numeric,
            ),
            number("DEFAULT_KAPPA", self.tr("Default κ (where no field or NULL)"), 0.85, 0.0, 1.0),
            fld(
                "DEMOLITION_GRADE_FIELD",
                self.tr("Grade of the reclaimed land field (等别 or 等级)"),
                d,
                numeric,
            ),
            number(
                "DEFAULT_GRADE", self.tr("Default grade of the reclaimed land"), 10.0, 1.0, 15.0
            ),
            fld(
                "COST_FIELD",
                self.tr("Cost field (demolition, compensation, reclamation)"),
                d,
                numeric,
            ),
            number("UNIT_COST", self.tr("Unit cost per ha (where no cost field)"), 0.0),
            fld("PRIORITY_FIELD", self.tr("Priority field (e.g. hollow_score)"), d, numeric),
            source(
                "PRIORITY_LAYER",
                self.tr("Priority from polygons (e.g. the output of Hollow village detection)"),
                polygons,
                optional=True,
            ),
            fld(
                "PRIORITY_LAYER_FIELD",
                self.tr("Priority field of those polygons"),
                "PRIORITY_LAYER",
                numeric,
                default="hollow_score",
            ),
            fld(
                "PROTECTED_FIELD",
                self.tr("Protected flag field (传统村落, heritage: never demolished)"),
                d,
            ),
            source(c, self.tr("建新 candidates: land to build on (polygons)"), polygons),
            fld("CONSTRUCTION_ID_FIELD", self.tr("建新 id field"), c, optional=False),
            fld("VALUE_FIELD", self.tr("Value field (land value or need)"), c, numeric),
            number("UNIT_VALUE", self.tr("Unit value per ha (where no value field)"), 0.0),
            fld("MANDATORY_FIELD", self.tr("Mandatory flag field (must be built)"), c),
            fld(
                "CONSTRUCTION_TYPE_FIELD",
                self.tr("Type field (urban / resettlement / industrial)"),
                c,
            ),
            source(
                "CULTIVATED",
                self.tr("Cultivated land (耕地) with quality grades"),
                polygons,
                optional=True,
            ),
            fld(
                "CULTIVATED_GRADE_FIELD",
                self.tr("Cultivated land grade field"),
                "CULTIVATED",
                numeric,
            ),
            source(
                "PERMANENT_FARMLAND",
                self.tr("Permanent basic farmland (永久基本农田)"),
                polygons,
                optional=True,
            ),
            source(
                "ECO_REDLINE",
                self.tr("Ecological protection red line (生态保护红线)"),
                polygons,
                optional=True,
            ),
            source(
                "URBAN_BOUNDARY",
                self.tr("Urban growth boundary (城镇开发边界)"),
                polygons,
                optional=True,
            ),
            QgsProcessingParameterEnum(
                "QUOTA_BASIS",
                self.tr("Quota basis"),
                [
                    self.tr("Reclaimed cultivated land (a·κ)"),
                    self.tr("Reclaimed construction land (a)"),
                ],
                defaultValue=0,
            ),
            QgsProcessingParameterBoolean(
                "REQUIRE_QUALITY", self.tr("Require cultivated-land quality not to fall"), True
            ),
            QgsProcessingParameterEnum(
                "GRADE_SCALE",
                self.tr("Grade scale"),
                [self.tr("等别 1–15 (1 = best)"), self.tr("等级 1–10 (GB/T 33469-2016, 1 = best)")],
                defaultValue=0,
            ),
            number(
                "MAX_PAIR_DISTANCE",
                self.tr("Largest 拆旧–建新 pair distance, m (0 = no limit)"),
                0.0,
            ),
            number("BUDGET", self.tr("Budget for the 拆旧 costs (0 = no limit)"), 0.0),
            number(
                "PRIORITY_WEIGHT",
                self.tr("Priority weight β (objective per unit of priority)"),
                0.0,
            ),
            number(
                "DISTANCE_WEIGHT",
                self.tr("Distance weight λ (objective per ha of quota per km)"),
                0.0,
            ),
            fld(
                "GROUP_FIELD",
                self.tr("Project area field (项目区; the same field name on both layers)"),
                d,
            ),
            number("TIME_LIMIT", self.tr("Time limit of the whole run, s"), 60.0, 1.0),
            number(
                "MIP_GAP",
                self.tr("Relative gap at which a plan counts as proven optimal"),
                DEFAULT_MIP_GAP,
                0.0,
                0.5,
            ),
            QgsProcessingParameterCrs(
                "TARGET_CRS", self.tr("Working CRS (projected; default: automatic)"), optional=True
            ),
            sink("OUTPUT_DEMOLITION", self.tr("拆旧 parcels with the selection")),
            sink("OUTPUT_CONSTRUCTION", self.tr("建新 parcels with the selection and exclusions")),
            sink(
                "OUTPUT_PAIRS",
                self.tr("Quota pairs 拆旧 → 建新"),
                QgsProcessing.SourceType.TypeVectorLine,
            ),
            sink(
                "OUTPUT_BALANCE",
                self.tr("Balance sheet (挂钩平衡表)"),
                QgsProcessing.SourceType.TypeVector,
            ),
        ]
        for parameter in parameters:
            if parameter.name() in ADVANCED:
                parameter.setFlags(
                    parameter.flags() | QgsProcessingParameterDefinition.Flag.FlagAdvanced
                )
        return parameters
