"""PNG pictures: ARGB at the chosen scale, the DPI in pHYs, the map inside.

The size is checked before a pixel buffer is allocated: a picture over
``MAX_SIDE`` pixels a side or ``MAX_PIXELS`` in all is refused with a message
that says which scale would fit.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QPainter

from ...editor.scene import JourneyScene
from ..errors import SaveError
from ..export_formats import DPI_RANGE, SCALE_RANGE
from ..images import MAX_IMAGE_PIXELS
from .frame import PictureFrame, paint_frame, prepared
from .options import SCREEN_DPI, PictureOptions

MAX_SIDE = 32_000
# Also the most pixels Journeymap opens again (images.MAX_IMAGE_PIXELS): an exported
# PNG must stay openable as a map. At 4 bytes a pixel that is a 600 MB image buffer.
MAX_PIXELS = MAX_IMAGE_PIXELS
INCHES_PER_METRE = 39.37007874
# Qt turns PNG "quality" q into zlib level (100 - q) // 11: 80 is level 1, several times faster
# than the default on large pictures (seconds at 4x) for files about a quarter larger.
PNG_QUALITY = 80


def pixel_size(frame: PictureFrame, ratio: float) -> tuple[int, int]:
    return max(1, math.ceil(frame.width * ratio)), max(1, math.ceil(frame.height * ratio))


def check_size(frame: PictureFrame, options: PictureOptions) -> tuple[int, int]:
    """The picture's pixel size, or ``SaveError`` when it is too large to make."""
    ratio = options.pixel_ratio
    width, height = pixel_size(frame, ratio)
    if width <= MAX_SIDE and height <= MAX_SIDE and width * height <= MAX_PIXELS:
        return width, height
    by_side = MAX_SIDE / max(frame.width * ratio, frame.height * ratio)
    fits = min(by_side, math.sqrt(MAX_PIXELS / (width * height)))
    # never suggest more than the scale and DPI a picture accepts
    dpi = min(int(options.effective_dpi * fits), DPI_RANGE[1])
    scale = min(ratio * fits, SCALE_RANGE[1], DPI_RANGE[1] / SCREEN_DPI)
    raise SaveError(
        f"the picture would be {width:,} x {height:,} pixels, too large to make "
        f"(at most {MAX_SIDE:,} pixels a side and {MAX_PIXELS // 1_000_000} million pixels); "
        f"choose a smaller scale or DPI (at most about {scale:.1f}x, {dpi} DPI), or export a selection"
    )


def render_image(scene: JourneyScene, options: PictureOptions) -> QImage:
    """The picture as a QImage (checked for size first)."""
    with prepared(scene, options) as frame:
        width, height = check_size(frame, options)
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise SaveError(f"there is not enough memory for a {width:,} x {height:,} picture; choose a smaller scale")
        image.fill(0)
        dots_per_metre = round(options.effective_dpi * INCHES_PER_METRE)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        painter = QPainter(image)
        try:
            painter.scale(width / frame.width, height / frame.height)
            paint_frame(painter, scene, frame, options.transparent)
        finally:
            painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG", PNG_QUALITY):
        raise SaveError("the picture could not be encoded as PNG")
    buffer.close()
    return bytes(data)
