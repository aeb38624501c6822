"""New maps in the interface's language: the blank map's stages and lanes named in it.

The bundled blank template is written once, in English; its names are translated
when a new map is made (through the same catalogue as the rest of the interface),
and a map made in a right-to-left language starts right-to-left. The sample map
shown at first start is the template written in the interface's language when one
ships (``online-purchase-he``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..i18n import SOURCE_LANGUAGE, current_language, is_rtl_language, translate
from ..io.templates import DEFAULT_TEMPLATE, SAMPLE_TEMPLATE, load_template, template_names, template_title
from ..model import JourneyDocument

CONTEXT = "DefaultMap"
# Every name in templates/blank.journey, so lupdate offers them for translation.
DEFAULT_NAMES = (
    QT_TRANSLATE_NOOP("DefaultMap", "Untitled journey"),
    QT_TRANSLATE_NOOP("DefaultMap", "Awareness"),
    QT_TRANSLATE_NOOP("DefaultMap", "Consideration"),
    QT_TRANSLATE_NOOP("DefaultMap", "Purchase"),
    QT_TRANSLATE_NOOP("DefaultMap", "Retention"),
    QT_TRANSLATE_NOOP("DefaultMap", "Advocacy"),
    QT_TRANSLATE_NOOP("DefaultMap", "Step 1"),
    QT_TRANSLATE_NOOP("DefaultMap", "Actions"),
    QT_TRANSLATE_NOOP("DefaultMap", "Motivations"),
    QT_TRANSLATE_NOOP("DefaultMap", "Questions"),
    QT_TRANSLATE_NOOP("DefaultMap", "Website"),
    QT_TRANSLATE_NOOP("DefaultMap", "Email"),
    QT_TRANSLATE_NOOP("DefaultMap", "Phone call"),
    QT_TRANSLATE_NOOP("DefaultMap", "Emotion"),
    QT_TRANSLATE_NOOP("DefaultMap", "Friction"),
    QT_TRANSLATE_NOOP("DefaultMap", "Opportunities"),
)


def _name(text: str) -> str:
    return translate(CONTEXT, text)  # also where no application runs: ``journeymap new``


def localize(doc: JourneyDocument, lang: str) -> JourneyDocument:
    """Name the parts of a fresh blank map in ``lang`` and set its language and direction."""
    doc.set_info(
        title=_name(doc.info.title),
        language=lang,
        direction="rtl" if is_rtl_language(lang) else "ltr",
    )
    for stage in doc.stages():
        doc.update_stage(stage.id, name=_name(stage.name))
        for step in stage.steps:
            doc.update_step(step.id, name=_name(step.name))
    for lane in doc.lanes():
        doc.update_lane(lane.id, name=_name(lane.name))
    return doc


def new_map(name: str = DEFAULT_TEMPLATE) -> JourneyDocument:
    """A new document from template ``name``; the blank one speaks the interface's language."""
    doc = load_template(name)
    lang = current_language()
    if name == DEFAULT_TEMPLATE and lang != SOURCE_LANGUAGE:
        localize(doc, lang)
    return doc


def template_display_title(name: str) -> str:
    """A template's title as the template dialog shows it: the blank one's in the interface's language."""
    title = template_title(name)
    return _name(title) if name == DEFAULT_TEMPLATE else title


def sample_template() -> str:
    """The map shown at first start: the sample in the interface's language when one ships."""
    own = f"{SAMPLE_TEMPLATE}-{current_language()}"
    names = template_names()
    if own in names:
        return own
    return SAMPLE_TEMPLATE if SAMPLE_TEMPLATE in names else DEFAULT_TEMPLATE
