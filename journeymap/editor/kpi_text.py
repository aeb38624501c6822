"""A card's KPIs as words: the compact line drawn on the card, and the tooltip's lines.

Pure text, no Qt: the card, its tooltip, the pictures and the legend say the same.
"""

from __future__ import annotations

from ..model import Card, Kpi

SEPARATOR = " · "


def kpi_value(kpi: Kpi) -> str:
    """'14 min', '68%', '3': the value with its unit (a percent sign sits on the number)."""
    number = f"{kpi.value:g}"
    unit = kpi.unit.strip()
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def kpi_line(card: Card) -> str:
    """'Call time 2 min · Agents 3': every KPI of the card on one line ('' without KPIs)."""
    return SEPARATOR.join(f"{kpi.name.strip()} {kpi_value(kpi)}".strip() for kpi in card.kpis)


def card_tooltip(card: Card) -> str:
    """The card's description (or title), then one line per KPI."""
    lines = [card.description or card.title]
    lines += [f"{kpi.name.strip()}: {kpi_value(kpi)}" for kpi in card.kpis]
    return "\n".join(line for line in lines if line)
