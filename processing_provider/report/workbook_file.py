"""Writing the report's workbook (reporting.workbook) to an .xlsx with GDAL's XLSX driver, which
QGIS ships: one sheet per table, numbers as numbers, written atomically (a temporary file in the
same folder moved into place once complete), so a failed run never leaves a half-written file."""

import os
import uuid

from osgeo import ogr


class WorkbookError(OSError):
    """The workbook could not be written (GDAL's message)."""


def column_type(values):
    """``ogr.OFTInteger`` when every value given is an integer, ``OFTReal`` when every one is
    a number, else ``OFTString``."""
    given = [v for v in values if v is not None]
    if given and all(isinstance(v, int) and not isinstance(v, bool) for v in given):
        return ogr.OFTInteger64
    if given and all(isinstance(v, (int, float)) for v in given):
        return ogr.OFTReal
    return ogr.OFTString


def unique_names(header):
    """Column names as written: unique (a number appended to repeats), never empty."""
    names, seen = [], set()
    for k, name in enumerate(header):
        base = str(name).strip() or f"column {k + 1}"
        name, n = base, 2
        while name.lower() in seen:
            name, n = f"{base} {n}", n + 1
        seen.add(name.lower())
        names.append(name)
    return names


def write_sheets(path, sheets):
    """Write ``sheets`` (reporting.workbook.Sheet) to ``path``; raises WorkbookError (an
    OSError) when it cannot, leaving nothing at ``path`` that was not there."""
    path = os.path.abspath(os.fspath(path))
    if os.path.isdir(path):
        raise IsADirectoryError(path)
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    temporary = os.path.join(folder, f".{uuid.uuid4().hex[:8]}.{os.path.basename(path)}")
    if not temporary.lower().endswith(".xlsx"):
        temporary += ".xlsx"
    try:
        driver = ogr.GetDriverByName("XLSX")
        if driver is None:
            raise WorkbookError("GDAL has no XLSX driver")
        source = driver.CreateDataSource(temporary)
        if source is None:
            raise WorkbookError(f"cannot create {path}")
        for sheet in sheets:
            layer = source.CreateLayer(sheet.name, geom_type=ogr.wkbNone)
            if layer is None:
                raise WorkbookError(f"cannot add the sheet {sheet.name} to {path}")
            names = unique_names(sheet.header)
            for k, name in enumerate(names):
                kind = column_type(row[k] if k < len(row) else None for row in sheet.rows)
                layer.CreateField(ogr.FieldDefn(name, kind))
            definition = layer.GetLayerDefn()
            for row in sheet.rows:
                feature = ogr.Feature(definition)
                for k, cell in enumerate(row[: len(names)]):
                    if cell is None:
                        continue
                    if definition.GetFieldDefn(k).GetType() == ogr.OFTString:
                        cell = str(cell)
                    feature.SetField(k, cell)
                if layer.CreateFeature(feature) != 0:
                    raise WorkbookError(f"cannot write a row of {sheet.name} to {path}")
        source = None  # closes and writes the file
        if not os.path.exists(temporary):
            raise WorkbookError(f"cannot write {path}")
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
