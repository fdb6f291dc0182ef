"""The bundled fictitious sample county: its layers, in map order, and loading them styled."""

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from .about import RESOURCES_DIR, SAMPLE_GPKG
from .styling import apply_style

NIGHT_LIGHT_TIF = RESOURCES_DIR / "sample" / "night_light.tif"
CONTEXT = "SampleCounty"


def QT_TRANSLATE_NOOP(context, text):  # noqa: N802 (marks strings for pylupdate5)
    return text


# Top of the layer tree first; (layer name in the GeoPackage, English title, visible).
SAMPLE_LAYERS = (
    ("village_points", QT_TRANSLATE_NOOP("SampleCounty", "Village centres"), True),
    ("natural_villages", QT_TRANSLATE_NOOP("SampleCounty", "Natural villages (自然村)"), False),
    (
        "health_centres",
        QT_TRANSLATE_NOOP("SampleCounty", "Hospitals and township health centres"),
        True,
    ),
    ("clinics", QT_TRANSLATE_NOOP("SampleCounty", "Village clinics"), False),
    ("schools", QT_TRANSLATE_NOOP("SampleCounty", "Schools"), True),
    ("kindergartens", QT_TRANSLATE_NOOP("SampleCounty", "Kindergartens"), False),
    ("elderly_homes", QT_TRANSLATE_NOOP("SampleCounty", "Elderly-care homes"), False),
    ("roads", QT_TRANSLATE_NOOP("SampleCounty", "Roads"), True),
    (
        "construction_candidates",
        QT_TRANSLATE_NOOP("SampleCounty", "Construction candidates (建新)"),
        True,
    ),
    ("buildings", QT_TRANSLATE_NOOP("SampleCounty", "Buildings"), False),
    ("homesteads", QT_TRANSLATE_NOOP("SampleCounty", "Homestead parcels"), False),
    ("settlements", QT_TRANSLATE_NOOP("SampleCounty", "Rural settlement land"), True),
    ("town_areas", QT_TRANSLATE_NOOP("SampleCounty", "Town built-up areas"), True),
    ("hazard_zones", QT_TRANSLATE_NOOP("SampleCounty", "Geological hazard zones"), False),
    ("urban_boundary", QT_TRANSLATE_NOOP("SampleCounty", "Urban development boundary"), True),
    ("eco_redline", QT_TRANSLATE_NOOP("SampleCounty", "Ecological red line"), True),
    ("permanent_farmland", QT_TRANSLATE_NOOP("SampleCounty", "Permanent basic farmland"), False),
    ("cultivated", QT_TRANSLATE_NOOP("SampleCounty", "Cultivated land"), True),
    ("DLTB", QT_TRANSLATE_NOOP("SampleCounty", "Land survey parcels (三调 DLTB)"), False),
    ("villages", QT_TRANSLATE_NOOP("SampleCounty", "Administrative villages"), True),
    ("townships", QT_TRANSLATE_NOOP("SampleCounty", "Townships"), True),
    ("county", QT_TRANSLATE_NOOP("SampleCounty", "County boundary"), True),
)
TABLES = (("migration_od", QT_TRANSLATE_NOOP("SampleCounty", "Labour migration OD table")),)


def tr(text):
    return QCoreApplication.translate(CONTEXT, text)


def sample_layer(name: str) -> QgsVectorLayer:
    """One layer of the sample GeoPackage (not added to any project)."""
    return QgsVectorLayer(f"{SAMPLE_GPKG}|layername={name}", name, "ogr")


def add_sample_county(project: QgsProject, group_name: str = "") -> list:
    """Add the styled sample county to ``project`` in one layer group; return the layers."""
    root = project.layerTreeRoot()
    group = root.insertGroup(
        0,
        group_name
        or QCoreApplication.translate("SampleCounty", "Qingxi County (fictitious sample)"),
    )
    layers = []
    entries = [(name, title, visible) for name, title, visible in SAMPLE_LAYERS]
    entries += [(name, title, True) for name, title in TABLES]
    for name, title, visible in entries:
        layer = sample_layer(name)
        if not layer.isValid():
            continue
        layer.setName(tr(title))
        apply_style(layer, f"sample_{name}")
        project.addMapLayer(layer, False)
        group.addLayer(layer).setItemVisibilityChecked(visible)
        layers.append(layer)
    if NIGHT_LIGHT_TIF.exists():
        raster = QgsRasterLayer(
            str(NIGHT_LIGHT_TIF), QCoreApplication.translate("SampleCounty", "Night-time light")
        )
        if raster.isValid():
            apply_style(raster, "sample_night_light")
            project.addMapLayer(raster, False)
            group.addLayer(raster).setItemVisibilityChecked(False)
            layers.append(raster)
    return layers
