#!/usr/bin/env python3
"""WCAG 2.2 contrast ratios of the site's palettes (issue 13).

Reads the colour variables of templates/assets/site.css: the light palette (the first `:root` block) and
the dark one (the `:root` block inside `@media (prefers-color-scheme: dark)`), and checks every pair of
colours that the stylesheet puts together (text on its background, an indicator's shape on the page, a
chart mark on the page) against its minimum:

- text 4.5:1 (WCAG 1.4.3), and in the light palette the 6.95:1 every text pair had before dark mode came,
- indicator shapes, chart marks and the focus outline 3:1 (WCAG 1.4.11).

Prints a table (pair, light ratio, dark ratio, minimum) and exits 1 when a pair falls short, naming it.
Usage: contrast.py [site.css] [--markdown]
"""
import re
import sys
from pathlib import Path

# (foreground, background, kind, what): kind "text" needs 4.5:1, "shape" 3:1.
PAIRS = [
    ("text", "background", "text", "body text"),
    ("text", "panel", "text", "text on panels, cards, table headers"),
    ("text", "tab", "text", "current-page text on a navigation tab"),
    ("muted", "background", "text", "notes, legends"),
    ("muted", "panel", "text", "card labels, notes on panels"),
    ("accent", "background", "text", "links"),
    ("accent", "panel", "text", "links on panels and cards"),
    ("accent", "tab", "text", "navigation links"),
    ("text", "billed-bg", "text", "a billed metered line"),
    ("accent", "billed-bg", "text", "a link in a billed line"),
    ("approaching-text", "approaching-bg", "text", "Approaching limit / Expires soon badge"),
    ("reached-text", "reached-bg", "text", "Limit reached / Expired badge"),
    ("reached-bg", "background", "text", "\"expired\" and reached usage in red text"),
    ("initials-text", "initials-bg", "text", "initials of an associate"),
    ("text", "headline-error-bg", "text", "headline text, error level"),
    ("accent", "headline-error-bg", "text", "headline links, error level"),
    ("reached-bg", "headline-error-bg", "shape", "headline symbol (aria-hidden; the words say it), error level"),
    ("text", "headline-warning-bg", "text", "headline text, warning level"),
    ("accent", "headline-warning-bg", "text", "headline links, warning level"),
    ("chart-approaching", "headline-warning-bg", "shape", "headline symbol (aria-hidden), warning level"),
    ("chart-approaching", "headline-error-bg", "shape", "approaching symbol in an error-level headline"),
    ("muted", "billed-bg", "text", "notes in a billed line"),
    ("text", "chart-track", "shape", "meter marks (currentColor) on the track"),
    ("approaching-border", "background", "shape", "outline of the yellow badge"),
    ("reached-bg", "background", "shape", "red badge on the page"),
    ("text", "background", "shape", "outline of the Normal badge"),
    ("accent", "background", "shape", "outline of an indicator that links"),
    ("focus", "background", "shape", "focus outline"),
    ("focus", "panel", "shape", "focus outline on panels"),
    ("chart-bar", "background", "shape", "usage bars, meters, trends"),
    ("chart-threshold", "background", "shape", "threshold line"),
    ("chart-overage", "background", "shape", "billed overage, reached meters"),
    ("chart-approaching", "background", "shape", "approaching meters"),
    ("chart-bar", "chart-track", "shape", "meter fill on its track"),
    ("chart-overage", "chart-track", "shape", "reached meter fill on its track"),
    ("chart-approaching", "chart-track", "shape", "approaching meter fill on its track"),
    ("reached-bg", "headline-error-bg", "shape", "headline bar, error level"),
    ("chart-approaching", "headline-warning-bg", "shape", "headline bar, warning level"),
    ("headline-normal-border", "panel", "shape", "headline bar, normal level"),
]
MINIMUM = {"text": 4.5, "shape": 3.0}
LIGHT_TEXT_MINIMUM = 6.95


def variables(block):
    return {name: value.strip().lower() for name, value in re.findall(r"--([a-z-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\s*;", block)}


def block_after(css, start):
    """The text between the `{` at or after `start` and its matching `}`."""
    open_at = css.index("{", start)
    depth = 0
    for index in range(open_at, len(css)):
        depth += {"{": 1, "}": -1}.get(css[index], 0)
        if depth == 0:
            return css[open_at + 1:index]
    raise ValueError("unbalanced braces")


def palettes(css):
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    light = variables(block_after(css, css.index(":root")))
    dark_media = re.search(r"@media\s*\(prefers-color-scheme:\s*dark\)", css)
    if not dark_media:
        raise SystemExit("site.css has no @media (prefers-color-scheme: dark) block")
    inner = block_after(css, dark_media.start())
    dark = dict(light)
    dark.update(variables(block_after(inner, inner.index(":root"))))
    return light, dark


def luminance(hex_colour):
    value = hex_colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    channels = [int(value[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def main(argv):
    markdown = "--markdown" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = Path(paths[0]) if paths else Path(__file__).resolve().parents[2] / "templates/assets/site.css"
    light, dark = palettes(path.read_text(encoding="utf-8"))
    failures = []
    rows = []
    for fg, bg, kind, what in PAIRS:
        results = []
        for name, palette in (("light", light), ("dark", dark)):
            missing = [v for v in (fg, bg) if v not in palette]
            if missing:
                failures.append(f"{name}: --{' and --'.join(missing)} not defined (pair {fg} on {bg})")
                results.append(0.0)
                continue
            value = ratio(palette[fg], palette[bg])
            minimum = LIGHT_TEXT_MINIMUM if (name == "light" and kind == "text") else MINIMUM[kind]
            if value + 1e-9 < minimum:
                failures.append(f"{name}: --{fg} {palette[fg]} on --{bg} {palette[bg]} ({what}) is {value:.2f}:1, needs {minimum}:1")
            results.append(value)
        rows.append((f"--{fg} on --{bg}", what, kind, results[0], results[1]))
    if markdown:
        print("| Pair | Used for | Kind | Light | Dark |")
        print("|---|---|---|--:|--:|")
        for pair, what, kind, lt, dk in rows:
            print(f"| {pair} | {what} | {kind} | {lt:.2f} | {dk:.2f} |")
    else:
        print(f"{'pair':46} {'kind':5} {'light':>6} {'dark':>6}  used for")
        for pair, what, kind, lt, dk in rows:
            print(f"{pair:46} {kind:5} {lt:6.2f} {dk:6.2f}  {what}")
        print(f"minimum: text {MINIMUM['text']}:1 (light {LIGHT_TEXT_MINIMUM}:1), shapes {MINIMUM['shape']}:1")
    if failures:
        print("\n".join(["", f"{len(failures)} pair(s) fall short:"] + failures), file=sys.stderr)
        return 1
    print(f"{len(rows)} pairs pass in both palettes.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
