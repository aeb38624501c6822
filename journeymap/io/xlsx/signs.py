"""Signed numbers that keep their sign before the digit in a right-to-left sheet.

Inside Hebrew text a sign is neutral: the bidirectional algorithm gives it the direction of
the text around it, so "title (−1)" shows as "title (1−)". A left-to-right mark before the
sign binds it to its number. Only text needs the mark: number cells are numbers, shown
through a signed number format ("+0;-0;0") in cells that read left to right (styles.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from ...model import Kpi

LRM = "\u200e"
MINUS = "\u2212"


def score_text(score: float, rtl: bool = False) -> str:
    """'+1', '0', '−2': a score as it reads inside a text, marked in a right-to-left sheet."""
    mark = LRM if rtl else ""
    if score > 0:
        return f"{mark}+{score:g}"
    if score < 0:
        return f"{mark}{MINUS}{-score:g}"
    return "0"


def kpi_text(kpi: Kpi, rtl: bool = False) -> str:
    """'Call duration: 2 min' as ``Kpi.display`` writes it; a negative value marked in a right-to-left sheet."""
    if not rtl or kpi.value >= 0:
        return kpi.display()
    return f"{kpi.name}: {LRM}{kpi.value:g} {kpi.unit}".rstrip()


def kpis_text(kpis: Iterable[Kpi], rtl: bool = False) -> str:
    """A card's KPIs as its cell on the Cards sheet shows them, separated by semicolons."""
    return "; ".join(kpi_text(kpi, rtl) for kpi in kpis)
