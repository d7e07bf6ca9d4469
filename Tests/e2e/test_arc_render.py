"""The arc as a class sees it: each sample's SVG arc, the two-story comparison and the session
page rendered by headless Chromium, and the drawn curve measured in the picture's pixels."""
import re

import pytest

from conftest import ROOT
from test_render import browser, pixels, render, run

SAMPLES = ["000", "001", "002", "003", "004"]
ARC_RED = (0xB0, 0x30, 0x30)


def rows_with(rows, colour, tolerance=40, x_range=None):
    """The rows (y) holding a pixel near `colour`, within columns `x_range` if given."""
    found = []
    for y, row in enumerate(rows):
        cells = row if x_range is None else row[x_range[0]:x_range[1]]
        if any(sum(abs(c - k) for c, k in zip(px, colour)) <= tolerance for px in cells):
            found.append(y)
    return found


def plot_box(svg_text):
    m = re.search(r'<rect class="plot" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"', svg_text)
    return tuple(float(v) for v in m.groups())


@pytest.mark.parametrize("story", SAMPLES)
def test_each_arc_fills_two_thirds_of_its_plot_as_drawn(binary, tmp_path, story):
    svg = tmp_path / f"{story}.svg"
    run(binary, f"arc {story} --format svg -o {svg}", cwd=ROOT)
    text = svg.read_text(encoding="utf-8")
    x, y, w, h = plot_box(text)
    png = render(svg, tmp_path / f"{story}.png", size="720,300")
    ys = rows_with(pixels(png), ARC_RED, x_range=(int(x) + 2, int(x + w) - 2))
    assert ys, "the arc is drawn"
    used = (max(ys) - min(ys)) / h
    print(f"{story}: the drawn arc spans {used:.0%} of the plot height")
    assert used >= 2 / 3, f"{story}: the arc spans only {used:.0%} of the plot"
    assert "scaled to this story&apos;s range" in text and "shape: " in text


def test_compare_arc_draws_both_stories(binary, tmp_path):
    svg = tmp_path / "arcs.svg"
    run(binary, f"compare 001 004 --arc --format svg -o {svg}", cwd=ROOT)
    png = render(svg, tmp_path / "arcs.png", size="760,320")
    rows = pixels(png)
    assert rows_with(rows, ARC_RED) and rows_with(rows, (0x2F, 0x5F, 0xA8)), "one red and one blue arc"


def test_session_page_shows_the_scaled_arc(binary, tmp_path):
    page = tmp_path / "class.html"
    run(binary, "arc 004", "outline 003", f"export session {page}", cwd=ROOT)
    html = page.read_text(encoding="utf-8")
    assert "scaled to this story&apos;s range" in html and "beat-means" in html
    png = render(page, tmp_path / "class.png")
    assert rows_with(pixels(png), ARC_RED), "the arc is drawn on the page"
