"""What a scene shows, as plain values: compare an incrementally updated scene with a fresh build."""

from __future__ import annotations


def _rect(rect) -> tuple[float, float, float, float]:
    return (round(rect.x(), 3), round(rect.y(), 3), round(rect.width(), 3), round(rect.height(), 3))


def scene_geometry(scene) -> dict:
    """Card boxes, header boxes, connection routes, arrows and caption sizes, the map's size.

    A caption's place is left out: captions that stay keep their place while new ones
    take free spots around them, so where a caption sits depends on the edits before.
    """
    scene.apply_geometry()
    cards = {  # to a thousandth of a pixel: a position reached by moves may differ from a set one by 1e-13
        card_id: (tuple(round(v, 3) for v in item.box()), (round(item.x(), 3), round(item.y(), 3)))
        for card_id, item in scene.card_items.items()
    }
    headers = {
        model_id: (type(item).__name__, _rect(item.rect().translated(item.pos())))
        for model_id, item in scene.header_items.items()
    }
    routes = {
        conn_id: (item.route_commands(), _polygon(item.arrow_ref()), _rect(item.label_rect())[2:])
        for conn_id, item in scene.connection_items.items()
    }
    return {"rect": _rect(scene.sceneRect()), "cards": cards, "headers": headers, "routes": routes}


def _polygon(polygon) -> tuple:
    return tuple((round(p.x(), 3), round(p.y(), 3)) for p in polygon)
