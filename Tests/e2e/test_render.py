"""Pictures a person looks at: SVG and HTML rendered by headless Chromium, as a browser would."""
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from conftest import ROOT


def browser():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.fail("no headless browser: scripts/test installs Debian's chromium")


def render(path: Path, png: Path, size="900,1400"):
    result = subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                             f"--window-size={size}", f"--screenshot={png}", path.as_uri()],
                            capture_output=True, text=True, timeout=120)
    assert png.exists() and png.stat().st_size > 5000, result.stderr[-2000:]
    return png


def pixels(png):
    """Rows of (r, g, b) of an 8-bit RGB/RGBA PNG as Chromium writes it."""
    data = png.read_bytes()
    pos, idat, width, height, channels = 8, b"", 0, 0, 4
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, _, ctype = struct.unpack(">IIBB", body[:10])
            channels = {2: 3, 6: 4}[ctype]
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if f == 1: line[x] = (line[x] + a) & 255
            elif f == 2: line[x] = (line[x] + b) & 255
            elif f == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([tuple(line[x:x + 3]) for x in range(0, stride, channels)])
        prev = line
    return rows


def colours(png: Path):
    """Distinct colours of a PNG (every third pixel of every fourth row): a blank page has one."""
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return {bytes(p) for row in pixels(png)[::4] for p in row[::3]}


def run(binary, *commands, cwd):
    args = [binary]
    for c in commands:
        args += ["-c", c]
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result


def test_arc_svg_renders_in_a_browser(binary, tmp_path):
    run(binary, f"arc 003 --format svg -o {tmp_path}/arc.svg", f"outline 002 --format svg -o {tmp_path}/outline.svg", cwd=ROOT)
    for name in ("arc.svg", "outline.svg"):
        svg = tmp_path / name
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
        png = render(svg, tmp_path / (name + ".png"), size="760,320")
        assert len(colours(png)) > 8, f"{name} rendered blank"


def test_html_transcript_shows_the_outline_and_the_arc(binary, tmp_path):
    page = tmp_path / "class.html"
    run(binary, "stories", "outline 003", "characters all", "arc 002", f"export session {page}", cwd=ROOT)
    html = page.read_text(encoding="utf-8")
    assert html.count("<svg") >= 2, "outline and arc are drawn as SVG, not terminal art"
    assert "<table class=\"outline\">" in html and "█" not in html
    dom = subprocess.run([browser(), "--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", page.as_uri()],
                         capture_output=True, text=True, timeout=120).stdout
    assert "confrontation" in dom and "polyline" in dom
    png = render(page, tmp_path / "class.png")
    assert len(colours(png)) > 20


def test_story_handout_is_one_self_contained_page(binary, tmp_path):
    run(binary, f"export 003 {tmp_path}/handout.html", cwd=ROOT)
    html = (tmp_path / "handout.html").read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.replace("http://www.w3.org/2000/svg", "")
    render(tmp_path / "handout.html", tmp_path / "handout.png")
