"""qgis_process (as a subprocess, through the project's wrapper) finds the URFlow provider."""


def test_qgis_process_loads_the_plugin_and_lists_the_provider(qgis_process):
    plugins = qgis_process("plugins")
    assert plugins.returncode == 0, plugins.stderr
    assert "* urflow" in plugins.stdout  # loaded, implements a Processing provider
    listing = qgis_process("list")
    assert listing.returncode == 0, listing.stderr
    assert "\nURFlow\n" in listing.stdout
    assert "urflow:hollowvillages" in listing.stdout
