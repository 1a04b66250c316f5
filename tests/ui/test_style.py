"""The shared stylesheet: a chosen toggle stands out from the others."""

from __future__ import annotations

import re
from importlib import resources

import pytest


def css() -> str:
    text = resources.files("infoint.ui").joinpath("style.css").read_text(encoding="utf-8")
    return re.sub(r"/\*.*?\*/", "", text, flags=re.S)


LIGHT = ".infoint-app"
DARK = 'body[data-jp-theme-light="false"] .infoint-app'


def _hex(value: str) -> str:
    """'#fff' -> '#ffffff'; 'var(--jp-layout-color0, #fff)' -> its fallback (Voila's look)."""
    found = re.search(r"#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b", value)
    assert found, value
    digits = found.group(1)
    return "#" + ("".join(c * 2 for c in digits) if len(digits) == 3 else digits)


def _variables(text: str, theme: str = LIGHT) -> dict[str, str]:
    """The --ii-* colours of one theme: the light block, with the dark one over it."""
    blocks = [body for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text)
              if sel.strip() in ({LIGHT} if theme == LIGHT else {LIGHT, DARK})]
    out: dict[str, str] = {}
    for body in blocks:
        for name, value in re.findall(r"(--ii-[a-z-]+):\s*([^;]+)", body):
            out[name] = _hex(value)
    return out


def _rule(text: str, selector: str) -> str:
    """The declarations of every rule whose selector list is exactly ``selector``."""
    found = [body for sel, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text)
             if sel.strip() == selector]
    assert found, selector
    return ";".join(found)


def _colour(body: str, prop: str, variables: dict[str, str]) -> str:
    values = re.findall(rf"(?:^|[;\s]){prop}:\s*([^;]+)", body)
    assert values, prop
    value = values[-1].strip()
    var = re.fullmatch(r"var\((--ii-[a-z-]+)\)", value)
    return variables[var.group(1)] if var else value


def luminance(hex_colour: str) -> float:
    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_matches_the_wcag_reference_values():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert contrast("#777777", "#777777") == 1.0


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_a_selected_toggle_is_at_least_3_to_1_from_the_others_and_readable(theme):
    text = css()
    variables = _variables(text, theme)
    base = ".infoint-app .widget-toggle-buttons .widget-toggle-button"
    plain = _rule(text, base)
    active = _rule(text, base + ".mod-active")
    off = _colour(plain, "background", variables)
    on = _colour(active, "background", variables)
    assert contrast(on, off) >= 3
    assert contrast(_colour(active, "color", variables), on) >= 4.5
    assert contrast(_colour(plain, "color", variables), off) >= 4.5
    # Not by colour alone: the chosen one also carries a tick.
    assert "2713" in _rule(text, base + ".mod-active::before")
