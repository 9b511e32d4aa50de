"""Scan with the camera: a live picture, and the first code read becomes a scan (``scanned``).

For counter tablets without a keyboard-wedge scanner. The code goes down the same route as a
wedge scan (the controller connects ``scanned`` to ``route_scan``); one code per opening.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QPermission, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from associate_app.gui.camera_decoder import FrameDecoder, RepeatFilter

log = logging.getLogger(__name__)

try:  # QtMultimedia needs system libraries (libpulse) a bare machine may lack: say so, not crash
    from PySide6.QtCore import QCameraPermission
    from PySide6.QtMultimedia import (
        QCamera,
        QCameraDevice,
        QCameraFormat,
        QMediaCaptureSession,
        QMediaDevices,
        QVideoFrame,
        QVideoSink,
    )
except ImportError as exc:  # pragma: no cover - depends on the machine
    MULTIMEDIA_ERROR: str | None = str(exc)
else:
    MULTIMEDIA_ERROR = None

#: How long the "read it" flash stays up before the dialog closes and hands the code on.
CONFIRM_MS = 300
#: A camera that has sent no picture this long after starting is reported as not working.
START_TIMEOUT_MS = 8000
#: A camera format near this size decodes quickly and still resolves a small EAN-13.
_TARGET_PIXELS = 1280 * 720


def video_inputs() -> list[QCameraDevice]:
    """The cameras of this device (none when camera support could not be loaded)."""
    return [] if MULTIMEDIA_ERROR else list(QMediaDevices.videoInputs())


def _preferred_format(device: QCameraDevice) -> QCameraFormat | None:
    formats = list(device.videoFormats())
    if not formats:
        return None

    def distance(f: QCameraFormat) -> tuple[int, float]:
        size = f.resolution()
        return abs(size.width() * size.height() - _TARGET_PIXELS), -f.maxFrameRate()

    return min(formats, key=distance)


def _preferred_camera(cameras: list[QCameraDevice]) -> int:
    """Index of the camera to start with: the back one of a tablet (it faces the goods), else
    the system's default, else the first."""
    for i, camera in enumerate(cameras):
        if camera.position() == QCameraDevice.Position.BackFace:
            return i
    default = QMediaDevices.defaultVideoInput()
    for i, camera in enumerate(cameras):
        if camera.id() == default.id():
            return i
    return 0


class CameraPreview(QWidget):
    """The latest camera picture, scaled to fit, with an aiming box; green flash on a read."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraPreview")
        self.setAccessibleName(self.tr("Camera picture"))
        self.setMinimumSize(QSize(480, 320))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image = QImage()
        self.confirmed: str | None = None

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def confirm(self, code: str) -> None:
        self.confirmed = code
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#10263d"))
        if not self.image.isNull():
            size = self.image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            target.moveCenter(self.rect().center())
            painter.drawImage(target, self.image)
        if self.confirmed is not None:
            painter.setPen(QPen(QColor("#2e9d57"), 12))
            painter.drawRect(self.rect().adjusted(6, 6, -6, -6))
            banner = QRect(0, self.height() - 64, self.width(), 64).adjusted(12, 0, -12, -12)
            painter.fillRect(banner, QColor("#2e9d57"))
            painter.setPen(QColor("#ffffff"))
            font = QFont(self.font())
            font.setPixelSize(24)  # the theme sizes fonts in pixels: no point size to scale
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(banner, Qt.AlignmentFlag.AlignCenter,
                             self.tr("Read %s") % self.confirmed)
        else:
            # an aiming box: where to hold the code (a wide one suits a linear barcode too)
            box = QRect(0, 0, int(self.width() * 0.7), int(self.height() * 0.5))
            box.moveCenter(self.rect().center())
            painter.setPen(QPen(QColor(255, 255, 255, 200), 3, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(box, 10, 10)
        painter.end()


class CameraScanDialog(QDialog):
    """Shows the camera and emits ``scanned(code)`` for the first code read, then closes."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, *,
                 cameras: list[QCameraDevice] | None = None,
                 repeats: RepeatFilter | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraScanDialog")
        self.setWindowTitle(self.tr("Scan with camera"))
        self.setAccessibleName(self.tr("Scan with camera"))
        self.setMinimumSize(QSize(600, 520))
        self.repeats = repeats if repeats is not None else RepeatFilter()
        self.cameras = video_inputs() if cameras is None else list(cameras)
        self.decoder = FrameDecoder(self)
        self.decoder.decoded.connect(self._decoded)
        #: frames decoded so far (tests wait on it: "this frame was looked at")
        self.frames_decoded = 0
        self.code: str | None = None  # the code read; set once, then frames are ignored
        self._closing = False
        self._frames_seen = False
        self.camera: QCamera | None = None
        self.session: QMediaCaptureSession | None = None
        self.sink: QVideoSink | None = None
        self._build()
        if MULTIMEDIA_ERROR:
            self._say(self.tr("Camera support could not be loaded on this device (%s). Use a "
                              "barcode scanner or type the code.") % MULTIMEDIA_ERROR)
            return
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self.show_frame)
        self.session = QMediaCaptureSession(self)
        self.session.setVideoSink(self.sink)
        if not self.cameras:
            self._say(self.tr("No camera found on this device; use a barcode scanner or type "
                              "the code."))
            return
        for camera in self.cameras:
            self.chooser.addItem(camera.description() or self.tr("Camera"))
        self.chooser.setCurrentIndex(_preferred_camera(self.cameras))
        self.chooser.setVisible(len(self.cameras) > 1)
        self.chooser.currentIndexChanged.connect(self._start_camera)
        self._say(self.tr("Starting the camera…"))
        self._ask_permission_then_start()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        header = QHBoxLayout()
        self.hint = QLabel(self.tr("Hold the barcode or QR code inside the box."))
        self.hint.setObjectName("cameraScanHint")
        self.hint.setWordWrap(True)
        header.addWidget(self.hint, 1)
        self.chooser = QComboBox()
        self.chooser.setObjectName("cameraChooser")
        self.chooser.setAccessibleName(self.tr("Camera"))
        self.chooser.setMinimumHeight(44)
        self.chooser.setVisible(False)
        header.addWidget(self.chooser)
        layout.addLayout(header)
        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setObjectName("cameraScanMessage")
        self.message.setAccessibleName(self.tr("Camera status"))
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("font-size: 18px; padding: 24px;")
        self.stack.addWidget(self.message)
        self.preview = CameraPreview()
        self.stack.addWidget(self.preview)
        layout.addWidget(self.stack, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setObjectName("cameraScanCancel")
        self.cancel.setAccessibleName(self.tr("Cancel camera scan"))
        self.cancel.setMinimumSize(QSize(160, 56))  # a thumb's target on a tablet
        self.cancel.clicked.connect(self.reject)
        buttons.addWidget(self.cancel)
        layout.addLayout(buttons)

    # -- camera --------------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        """A sentence instead of the picture (no camera, denied, failed, starting)."""
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self.hint.setVisible(False)  # "hold the code in the box" means nothing without a picture

    def _ask_permission_then_start(self) -> None:
        app = QCoreApplication.instance()
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            app.requestPermission(permission, self, self._permission_answered)
        else:
            self._permission_answered(permission, status)

    def _permission_answered(self, permission: QPermission,
                             status: Qt.PermissionStatus | None = None) -> None:
        if status is None:
            status = permission.status()
        if status == Qt.PermissionStatus.Granted:
            self._start_camera(self.chooser.currentIndex())
        else:
            self._say(self.tr("This app is not allowed to use the camera. Allow it in the "
                              "device's settings, or use a barcode scanner or type the code."))

    def _start_camera(self, index: int) -> None:
        if self._closing or self.code is not None or not 0 <= index < len(self.cameras):
            return
        self._stop_camera()
        device = self.cameras[index]
        camera = QCamera(device, self)
        camera_format = _preferred_format(device)
        if camera_format is not None:
            camera.setCameraFormat(camera_format)
        for mode in (QCamera.FocusMode.FocusModeAutoNear, QCamera.FocusMode.FocusModeAuto):
            if camera.isFocusModeSupported(mode):  # labels are held close to the lens
                camera.setFocusMode(mode)
                break
        camera.errorOccurred.connect(self._camera_failed)
        assert self.session is not None
        self.session.setCamera(camera)
        self.camera = camera
        self._frames_seen = False
        self._say(self.tr("Starting the camera…"))
        camera.start()
        if camera.error() != QCamera.Error.NoError:  # failed before a signal could be connected
            self._camera_failed(camera.error(), camera.errorString())
            return
        QTimer.singleShot(START_TIMEOUT_MS, camera, self._check_started)

    def _check_started(self) -> None:
        """A camera another app holds, or a broken driver, may start and send nothing."""
        if not self._frames_seen and self.camera is not None and self.code is None:
            self._say(self.tr("The camera sends no picture. Try another camera, or use a barcode "
                              "scanner or type the code."))

    def _camera_failed(self, error: QCamera.Error, text: str) -> None:
        if error == QCamera.Error.NoError:
            return
        log.warning("camera failed: %s", text)
        self._say(self.tr("The camera could not be started (%s). Use a barcode scanner or "
                          "type the code.") % (text or self.tr("no reason given")))

    def _stop_camera(self) -> None:
        camera, self.camera = self.camera, None
        if camera is not None:
            camera.stop()
            if self.session is not None:
                self.session.setCamera(None)
            camera.deleteLater()

    # -- frames --------------------------------------------------------------------------------

    def show_frame(self, frame: QVideoFrame | QImage) -> None:
        """Each camera frame (the video sink calls this): show it, and decode it when the
        decoder is free."""
        if self.code is not None or self._closing:
            return
        image = frame if isinstance(frame, QImage) else frame.toImage()
        if image.isNull():
            return
        self._frames_seen = True
        self.preview.set_image(image)
        self.stack.setCurrentWidget(self.preview)
        self.hint.setVisible(True)
        self.decoder.submit(image)

    def _decoded(self, codes: list[str]) -> None:
        self.frames_decoded += 1
        if self.code is not None or self._closing:
            return
        for code in codes:
            if self.repeats.admit(code):
                self._confirm(code)
                return

    def _confirm(self, code: str) -> None:
        self.code = code
        self._stop_camera()
        QApplication.beep()
        self.preview.confirm(code)
        self.hint.setText(self.tr("Read %s") % code)
        QTimer.singleShot(CONFIRM_MS, self, self._hand_on)

    def _hand_on(self) -> None:
        if self._closing or self.code is None:
            return
        code = self.code
        self.accept()
        self.scanned.emit(code)

    def done(self, result: int) -> None:
        """However the dialog ends (a code, Cancel, Escape, the window closing): the camera and
        the decoder's thread stop with it."""
        self._closing = True
        self._stop_camera()
        self.decoder.close()
        super().done(result)
