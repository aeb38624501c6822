"""The one door through which Journeymap opens pictures: Pillow, with a fixed size limit.

A PNG of a few kilobytes can claim to be 100,000 x 100,000 pixels and ask for
40 GB when decoded (a "decompression bomb"). Pillow refuses such pictures when
they exceed ``Image.MAX_IMAGE_PIXELS``; that limit is set here, once, for the
whole program, and ``open_picture`` turns Pillow's warning zone into a refusal
too, so every picture we open is at most ``MAX_IMAGE_PIXELS`` pixels.
"""

from __future__ import annotations

import io
import struct
import warnings
import zlib

from PIL import Image

# 150 megapixels: a 15,000 x 10,000 export (a wide map at print resolution)
# still opens; anything larger is refused before a single pixel is decoded.
MAX_IMAGE_PIXELS = 150_000_000
Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS


class PictureError(Exception):
    """A picture that cannot or must not be opened; the message is one short line."""


def open_picture(raw: bytes, what: str = "picture") -> Image.Image:
    """Open a picture's header from bytes (pixels stay undecoded until asked for).

    Raises ``PictureError`` for damaged data and for pictures above the size limit.
    """
    try:
        with warnings.catch_warnings():
            # Between the limit and twice the limit Pillow only warns; we refuse.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PictureError(_too_large_message(what)) from None
    except Image.UnidentifiedImageError:
        raise PictureError(f"a damaged {what}: its format is not recognised") from None
    except (OSError, SyntaxError, ValueError, EOFError, struct.error, zlib.error) as exc:
        raise PictureError(f"a damaged {what} ({_one_line(exc)})") from None
    width, height = image.size
    if width * height > MAX_IMAGE_PIXELS:
        image.close()
        raise PictureError(_too_large_message(what, width, height))
    return image


def _too_large_message(what: str, width: int | None = None, height: int | None = None) -> str:
    size = f" ({width:,} x {height:,} pixels)" if width else ""
    return f"the {what} is too large to open safely{size}; at most {MAX_IMAGE_PIXELS:,} pixels"


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= 80 else text[:77] + "..."
