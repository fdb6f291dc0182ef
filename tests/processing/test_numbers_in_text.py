"""A CSV read by GDAL has text columns only: numbers in text are accepted where a numeric field
is needed (converted when read); text that is not a number is refused with the feature ids."""

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from urflow.processing_provider.layers import read_features, require_fields


def csv_layer(tmp_path, body):
    path = tmp_path / "table.csv"
    path.write_text(body, encoding="utf-8")
    layer = QgsVectorLayer(str(path), "table", "ogr")
    assert layer.isValid() and layer.fields().field("cost").typeName() == "String"
    return layer


def test_numbers_in_text_are_accepted_and_read_as_numbers(qgis_app, tmp_path):
    layer = csv_layer(tmp_path, "from,to,cost\nA,B,12.5\nA,C,\nB,C,7\n")
    require_fields(layer, "COST_TABLE", ["from", "to", "cost"], ["cost"])
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    table = read_features(
        layer,
        layer.crs(),
        QgsProcessingContext(),
        QgsProcessingFeedback(),
        numeric=["cost"],
        text=["from"],
        geometry=False,
    )
    values = table.numeric["cost"]
    assert values[0] == 12.5 and values[2] == 7.0 and values[1] != values[1]  # NaN for empty


def test_text_that_is_not_a_number_is_refused_with_the_ids(qgis_app, tmp_path):
    layer = csv_layer(tmp_path, "from,to,cost\nA,B,12.5\nA,C,约10\n")
    with pytest.raises(QgsProcessingException) as error:
        require_fields(layer, "COST_TABLE", ["cost"], ["cost"])
    message = str(error.value)
    assert "COST_TABLE" in message and "'cost' is not numeric" in message and "约10" in message
