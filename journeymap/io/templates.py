"""The bundled templates: ready-made maps a new document starts from."""

from __future__ import annotations

import json

from ..model import JourneyDocument
from .journey_file import now_iso, parse_json_text

DEFAULT_TEMPLATE = "blank"
SAMPLE_TEMPLATE = "online-purchase"


def _folder():
    from importlib import resources  # only for templates: opening a file never needs it

    return resources.files("journeymap.assets") / "templates"


def template_names() -> list[str]:
    names = [entry.name[: -len(".journey")] for entry in _folder().iterdir() if entry.name.endswith(".journey")]
    return sorted(names, key=lambda n: (n != DEFAULT_TEMPLATE, n))


def template_text(name: str) -> str:
    entry = _folder() / f"{name}.journey"
    if name not in template_names():
        raise KeyError(name)
    return entry.read_text(encoding="utf-8")


def template_title(name: str) -> str:
    return json.loads(template_text(name))["map"]["title"]


def load_template(name: str) -> JourneyDocument:
    """A fresh document made from a template, stamped with today's creation time."""
    doc = parse_json_text(template_text(name), f"template {name}")
    stamp = now_iso()
    from dataclasses import replace

    doc.info = replace(doc.info, created=stamp, modified=stamp)
    return doc
