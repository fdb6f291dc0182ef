"""URFlow — 城乡资源流动规划工具箱: QGIS plugin entry point."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Create the plugin; ``iface`` is None when loaded by ``qgis_process``."""
    from .plugin import URFlowPlugin

    return URFlowPlugin(iface)
