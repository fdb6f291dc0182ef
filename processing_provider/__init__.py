"""URFlow's Processing provider and algorithms.

Importing it lets the QGIS-free core translate its messages through Qt (core/messages.py).
"""

from qgis.PyQt.QtCore import QCoreApplication

from ..core.messages import install_translator

install_translator(QCoreApplication.translate)
