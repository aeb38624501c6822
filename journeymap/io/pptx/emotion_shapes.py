"""The emotion curve on a slide: one smooth freeform through its points, a face at each.

The curve is the canvas's own (an S between neighbouring points, level at each), written
with ``a:cubicBezTo``, so it stays one smooth, editable line. The area between the curve
and the zero line is tinted as on the canvas: green above zero, red below.
"""

from __future__ import annotations

from ...editor import style
from ...editor.items.emotion import FACE
from .card_shapes import face_shape
from .frame import Placement
from .freeform import add_path
from .shapes import blend, plain_connector


def emotion_card_ids(scene) -> list[str]:
    """Scored cards in the order the canvas plots them (step by step, as the scene does)."""
    by_step: dict[str, list[str]] = {}
    for card in scene.document.cards():
        if card.emotion is not None:
            by_step.setdefault(card.step, []).append(card.id)
    return [card_id for ids in by_step.values() for card_id in ids]


def draw_emotion(shapes, scene, place: Placement) -> None:
    item = scene.emotion_item
    if scene.layout.emotion_lane is None or not item.isVisible():
        return
    rect = item.boundingRect()
    zero = item.zero_y()
    dash = shapes.add_connector(1, place.x(rect.left() + 30), place.y(zero), place.x(rect.right() - 30), place.y(zero))
    plain_connector(dash, "emotion-zero", style.EMOTION_ZERO_LINE, place.length(1.0))
    dash.line.dash_style = 4  # MSO_LINE.DASH
    points = item.curve_points()
    if not points:
        return
    slide_points = [(place.x(x), place.y(y)) for x, y, _score in points]
    commands = [("M", slide_points[0])]
    for (ax, ay), (bx, by) in zip(slide_points, slide_points[1:], strict=False):
        mid = (ax + bx) / 2
        commands.append(("C", (mid, ay), (mid, by), (bx, by)))
    zero_slide = place.y(zero)
    _tint(shapes, commands, slide_points, zero_slide)
    add_path(shapes, commands, "emotion-curve", style.EMOTION_LINE, place.length(2.2))
    ids = emotion_card_ids(scene)
    for index, (x, y, score) in enumerate(points):
        name = f"emotion-point:{ids[index]}" if index < len(ids) else f"emotion-point:{index}"
        face_shape(shapes._spTree, place, x - FACE / 2, y - FACE / 2, FACE, score, name)


def _tint(shapes, commands, points, zero: int) -> None:
    """Green above zero and red below: the area under each S-segment, split where it crosses zero."""
    for index, command in enumerate(commands[1:]):
        start = points[index]
        pieces = _split_at(start, command[1], command[2], command[3], zero)
        for number, (p0, c1, c2, p3) in enumerate(pieces):
            if p0[1] == zero and p3[1] == zero:
                continue
            color = style.EMOTION_POSITIVE if min(p0[1], p3[1]) < zero else style.EMOTION_NEGATIVE
            area = [("M", (p0[0], zero)), ("L", p0), ("C", c1, c2, p3), ("L", (p3[0], zero)), ("Z",)]
            add_path(shapes, area, f"emotion-area:{index}.{number}", None, 0, blend(color))


def _split_at(p0, c1, c2, p3, zero: float) -> list[tuple]:
    """The cubic cut where it crosses ``zero`` (its y only rises or only falls), or whole."""
    if (p0[1] - zero) * (p3[1] - zero) >= 0:
        return [(p0, c1, c2, p3)]
    low, high = 0.0, 1.0
    rising = p3[1] > p0[1]
    for _ in range(30):
        t = (low + high) / 2
        y = _point(p0, c1, c2, p3, t)[1]
        if (y < zero) == rising:
            low = t
        else:
            high = t
    t = (low + high) / 2
    lerp = _lerp
    a, b, c = lerp(p0, c1, t), lerp(c1, c2, t), lerp(c2, p3, t)
    d, e = lerp(a, b, t), lerp(b, c, t)
    middle = lerp(d, e, t)
    middle = (middle[0], zero)
    return [(p0, a, d, middle), (middle, e, c, p3)]


def _lerp(a, b, t: float):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def _point(p0, c1, c2, p3, t: float):
    u = 1 - t
    return tuple(u**3 * p0[i] + 3 * u * u * t * c1[i] + 3 * u * t * t * c2[i] + t**3 * p3[i] for i in (0, 1))
