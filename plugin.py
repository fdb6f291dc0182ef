"""The URFlow plugin: Processing provider, menu and toolbar."""

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from .about import resource_path
from .i18n import install_translator, remove_translator
from .processing_provider.provider import URFlowProvider, algorithm_classes


class URFlowPlugin:
    """Registers the provider (also headless) and, with a GUI, the URFlow menu and toolbar."""

    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.menu = None
        self.toolbar = None
        self.actions = []
        self.dialogs = {}
        # Before the provider exists, so algorithm and group names come out translated.
        self.translator = install_translator()

    def tr(self, text):
        return QCoreApplication.translate("URFlowPlugin", text)

    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = URFlowProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.menu = QMenu(self.tr("URFlow"), self.iface.mainWindow())
        self.menu.setObjectName("mURFlowMenu")
        self.toolbar = self.iface.addToolBar(self.tr("URFlow"))
        self.toolbar.setObjectName("mURFlowToolBar")

        for algorithm_class in algorithm_classes():  # the provider's own order is by name
            algorithm = self.provider.algorithm(algorithm_class().name())
            action = self._add_action(algorithm.icon(), algorithm.displayName(), toolbar=True)
            action.setObjectName(f"mURFlowAction_{algorithm.name()}")
            algorithm_id = algorithm.id()
            action.triggered.connect(lambda _checked=False, a=algorithm_id: self.open_algorithm(a))
        if self.actions:
            self.menu.addSeparator()
        sample = self._add_action(
            QIcon(resource_path("icons", "sample.svg")),
            self.tr("Load sample county (fictitious)"),
            toolbar=False,
        )
        sample.setObjectName("mURFlowAction_sample")
        sample.triggered.connect(self.load_sample_county)

        menu_bar = self.iface.mainWindow().menuBar()
        help_menu = self.iface.mainWindow().findChild(QMenu, "mHelpMenu")
        if help_menu is not None:
            menu_bar.insertMenu(help_menu.menuAction(), self.menu)
        else:
            menu_bar.addMenu(self.menu)

    def _add_action(self, icon, text, toolbar):
        action = QAction(icon, text, self.iface.mainWindow())
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def open_algorithm(self, algorithm_id):
        """Open URFlow's own dialog for the algorithm (Processing's when there is none)."""
        from .ui import dialog_class

        cls = dialog_class(algorithm_id) if self.iface is not None else None
        if cls is None:
            import processing

            processing.execAlgorithmDialog(algorithm_id, {})
            return None
        dialog = self.dialogs.get(algorithm_id)
        if dialog is None:
            dialog = cls(self.iface)
            self.dialogs[algorithm_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def load_sample_county(self):
        from qgis.core import QgsProject

        from .sample_county import add_sample_county

        add_sample_county(QgsProject.instance())

    def unload(self):
        for dialog in self.dialogs.values():
            if dialog.is_running():
                dialog.cancel()
            dialog.close()
            dialog.deleteLater()
        self.dialogs = {}
        for action in self.actions:
            if self.menu is not None:
                self.menu.removeAction(action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.setParent(None)  # gone from the window now, deleted later
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.setParent(None)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator(self.translator)
        self.translator = None
