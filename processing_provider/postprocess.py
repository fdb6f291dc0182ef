"""Styling outputs when Processing loads them (QgsProcessingLayerPostProcessorInterface)."""

from qgis.core import QgsProcessingLayerPostProcessorInterface

from ..styling import apply_style


class StyleOutput(QgsProcessingLayerPostProcessorInterface):
    """Apply a saved QML style, or a function ``style(layer)`` built from the run's results."""

    def __init__(self, style_name=None, style_function=None, layer_name=None):
        super().__init__()
        self.style_name = style_name
        self.style_function = style_function
        self.layer_name = layer_name

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if self.layer_name:
            layer.setName(self.layer_name)
        if self.style_function is not None:
            self.style_function(layer)
        elif self.style_name:
            apply_style(layer, self.style_name)
        layer.triggerRepaint()


def style_when_loaded(algorithm, context, dest_id, **style):
    """Attach a :class:`StyleOutput` to ``dest_id`` if Processing will load that layer.

    The post-processor must outlive ``processAlgorithm``; it is kept on the algorithm instance
    (Processing runs a fresh instance per run), the one run-time attribute STYLE.md allows.
    """
    if not dest_id or not context.willLoadLayerOnCompletion(dest_id):
        return
    processor = StyleOutput(**style)
    if not hasattr(algorithm, "_post_processors"):
        algorithm._post_processors = []
    algorithm._post_processors.append(processor)
    context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)
