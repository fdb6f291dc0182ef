"""QGIS-free parts of URFlow's planning report: tables, charts and HTML."""
