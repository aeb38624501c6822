"""What a picture export can be asked for: size, background, scope, title, legend, page."""

from __future__ import annotations

from dataclasses import dataclass

from ..export_formats import DPI_RANGE, SCALE_RANGE, ExportOptions

SCREEN_DPI = 96  # 1x: one scene unit is one pixel at 96 dots per inch, as on a screen and in CSS
PAGE_CHOICES = ("map", "a4", "a3", "letter")  # a PDF page the size of the map, or a paper size
ORIENTATION_CHOICES = ("auto", "landscape", "portrait")  # auto: the one the map fits best
CURVE_CHOICES = ("personas", "overall")  # the emotion lane in pictures; the first is the default
DEFAULT_MARGIN = 24.0


@dataclass(frozen=True)
class PictureOptions(ExportOptions):
    """``ExportOptions`` plus the choices only pictures have.

    ``selection`` holds card ids: empty means the whole map, otherwise the picture shows
    the region around those cards. ``margin`` is in scene units (pixels at 1x).
    """

    selection: tuple[str, ...] = ()
    margin: float = DEFAULT_MARGIN
    title: bool = True
    legend: bool = False
    page: str = "map"
    orientation: str = "auto"   # of a paper page (PDF)
    curves: str = "personas"     # the emotion lane: one curve per persona, or the map's overall curve
    persona: str | None = None   # show the map as this persona's filter does (and say so)
    embed: bool | None = None    # a PNG carries the map it shows; None: yes for the whole map, no for a selection

    def __post_init__(self) -> None:
        if self.scale is not None and not SCALE_RANGE[0] <= self.scale <= SCALE_RANGE[1]:
            raise ValueError(f"the scale must be between {SCALE_RANGE[0]:g} and {SCALE_RANGE[1]:g}")
        if self.dpi is not None and not DPI_RANGE[0] <= self.dpi <= DPI_RANGE[1]:
            raise ValueError(f"the DPI must be between {DPI_RANGE[0]} and {DPI_RANGE[1]}")
        if self.curves not in CURVE_CHOICES:
            raise ValueError(f"the curves must be one of {', '.join(CURVE_CHOICES)}")
        if self.orientation not in ORIENTATION_CHOICES:
            raise ValueError(f"the orientation must be one of {', '.join(ORIENTATION_CHOICES)}")
        if self.page not in PAGE_CHOICES:
            raise ValueError(f"the page must be one of {', '.join(PAGE_CHOICES)}")
        if not 0 <= self.margin <= 400:
            raise ValueError("the margin must be between 0 and 400")

    @property
    def embeds_map(self) -> bool:
        """Whether a PNG carries the map (what it shows of it) to open again as an editable map."""
        return not self.selection if self.embed is None else self.embed

    @property
    def pixel_ratio(self) -> float:
        """Output pixels per scene unit."""
        if self.dpi is not None:
            return self.dpi / SCREEN_DPI
        return self.scale if self.scale is not None else 1.0

    @property
    def effective_dpi(self) -> float:
        return self.pixel_ratio * SCREEN_DPI


def picture_options(options: ExportOptions | None) -> PictureOptions:
    """``options`` as PictureOptions (the command line passes plain ExportOptions)."""
    if isinstance(options, PictureOptions):
        return options
    if options is None:
        return PictureOptions()
    return PictureOptions(scale=options.scale, dpi=options.dpi, transparent=options.transparent)
