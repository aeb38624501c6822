"""The dialogs of live sessions: the host's (address, QR code, people) and the guest's (paste the address)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..live.address import AddressError, LiveAddress, parse_address

QR_PIXELS = 232


def qr_pixmap(text: str, size: int = QR_PIXELS) -> QPixmap:
    """A QR code of ``text``: black modules on white with the four-module quiet zone scanners need."""
    import segno  # only when a session is hosted

    matrix = segno.make(text, error="m").matrix
    modules = len(matrix) + 8
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    cell = size / modules
    for row, values in enumerate(matrix):
        for column, value in enumerate(values):
            if value:
                painter.drawRect(QRectF((column + 4) * cell, (row + 4) * cell, cell + 0.02, cell + 0.02))
    painter.end()
    return QPixmap.fromImage(image)


def _dot(color: str) -> QIcon:
    pixmap = QPixmap(QSize(14, 14))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class HostDialog(QDialog):
    """What a host shows the room: the address to join, its QR code, and who is connected."""

    stopRequested = Signal()
    bindChosen = Signal(str)  # the address to listen on instead

    def __init__(
        self, address: LiveAddress, where: str, choices: list[tuple[str, str]], bind: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("live_host_dialog")
        self.setWindowTitle(self.tr("Live Session"))
        self.link = address.link()
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Others join with this address: Share → Join Live Session… in Journeymap, or scan the code.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        who = QHBoxLayout()
        who.addWidget(QLabel(self.tr("Who can join:")))
        self.bind_box = QComboBox()
        self.bind_box.setObjectName("live_bind")
        for label, value in choices:
            self.bind_box.addItem(label, value)
        self.show_bind(bind)
        self.bind_box.activated.connect(lambda index: self.bindChosen.emit(self.bind_box.itemData(index)))
        who.addWidget(self.bind_box, 1)
        layout.addLayout(who)
        row = QHBoxLayout()
        self.qr_label = QLabel()
        self.qr_label.setObjectName("live_qr")
        self.qr_label.setPixmap(qr_pixmap(self.link))
        self.qr_label.setToolTip(self.link)
        row.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        side = QVBoxLayout()
        self.link_field = QLineEdit(self.link)
        self.link_field.setObjectName("live_link")
        self.link_field.setReadOnly(True)
        self.link_field.setMinimumWidth(420)
        self.link_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # an address reads left to right
        self.link_field.setCursorPosition(0)
        side.addWidget(self.link_field)
        copy_row = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy Address"))
        self.copy_button.setObjectName("live_copy")
        self.copy_button.clicked.connect(self.copy_link)
        copy_row.addWidget(self.copy_button)
        self.copied = QLabel()
        copy_row.addWidget(self.copied, 1)
        side.addLayout(copy_row)
        where_label = QLabel(where)
        where_label.setWordWrap(True)
        where_label.setObjectName("live_where")
        side.addWidget(where_label)
        people_title = QLabel(self.tr("People in the session"))
        people_title.setStyleSheet("font-weight: bold; margin-top: 8px;")
        side.addWidget(people_title)
        self.people_list = QListWidget()
        self.people_list.setObjectName("live_people")
        self.people_list.setMinimumHeight(110)
        side.addWidget(self.people_list, 1)
        row.addLayout(side, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox()
        self.stop_button = buttons.addButton(self.tr("Stop Sharing"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.setObjectName("live_stop")
        self.stop_button.clicked.connect(self._stop)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)

    def show_bind(self, bind: str) -> None:
        index = self.bind_box.findData(bind)
        if index < 0:  # listening everywhere (a setting): shown as the first network
            index = 0
        self.bind_box.setCurrentIndex(index)

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link)
        self.copied.setText(self.tr("Copied to the clipboard."))

    def show_people(self, people: list[dict], card_title) -> None:
        self.people_list.clear()
        for person in people:
            text = person["name"] + (self.tr(" (you)") if person["me"] else "")
            if person["editing"]:
                text += " — " + self.tr("editing “%1”").replace("%1", card_title(person["editing"]))
            elif person["selection"]:
                count = len(person["selection"])
                text += " — " + self.tr("%n card(s) selected", None, count)
            self.people_list.addItem(QListWidgetItem(_dot(person["color"]), text))

    def _stop(self) -> None:
        self.stopRequested.emit()
        self.accept()


class JoinDialog(QDialog):
    """Paste the host's address, say who you are."""

    def __init__(self, name: str, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("live_join_dialog")
        self.setWindowTitle(self.tr("Join Live Session"))
        self.address: LiveAddress | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Paste the address the host shows (it starts with journeymap:// or ws://)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address_field = QLineEdit(address)
        self.address_field.setObjectName("live_address")
        self.address_field.setPlaceholderText(self.tr("journeymap://192.168.1.20:40123/map-…?token=…"))
        self.address_field.setMinimumWidth(460)
        self.address_field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        form.addRow(self.tr("Address:"), self.address_field)
        self.name_field = QLineEdit(name)
        self.name_field.setObjectName("live_name")
        self.name_field.setMaxLength(40)
        form.addRow(self.tr("Your name:"), self.name_field)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setObjectName("live_address_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B3261E;")
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Join"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.address_field.textChanged.connect(self._check)
        self._check()

    def _check(self) -> bool:
        text = self.address_field.text().strip()
        try:
            self.address = parse_address(text) if text else None
            self.problem.setText("")
        except AddressError as exc:
            self.address = None
            self.problem.setText(str(exc))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.address is not None)
        return self.address is not None

    def _accept(self) -> None:
        if self._check() and self.name_field.text().strip():
            self.accept()

    def name(self) -> str:
        return self.name_field.text().strip()
