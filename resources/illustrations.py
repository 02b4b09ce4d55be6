"""Flat illustrations of the demo library, drawn with Pillow: no photos to license, no logos, no text.

Each drawing is a list of shapes on an 800 × 500 canvas (drawn twice as large, then reduced, for smooth
edges). The output is deterministic: the same key gives the same PNG bytes on every run.
"""

import math
from io import BytesIO

from PIL import Image, ImageDraw

WIDTH, HEIGHT, SCALE = 800, 500, 2
INK, WHITE, GREY, PALE = "#1b1f3b", "#ffffff", "#c5cdd8", "#eef1f6"
BLUE, SKY, RED, YELLOW, GREEN, ORANGE, PURPLE = (
    "#2457c5", "#9cc3f5", "#c62828", "#f6b913", "#2e7d32", "#e8772e", "#6a3fa0",
)  # fmt: skip
SKINS = ["#f2c7a5", "#c68642", "#8d5524"]
BACKGROUNDS = {"blue": "#e3ecfb", "yellow": "#fff3d6", "green": "#e2f2e4", "red": "#fde4e1", "purple": "#ece5f6"}
LINE = 6


def _xy(points):
    return [(round(x * SCALE), round(y * SCALE)) for x, y in points]


def _box(box):
    return [round(v * SCALE) for v in box]


# Primitives -------------------------------------------------------------------------------------------------


def rect(d, box, fill, radius=12, outline=INK, width=LINE):
    d.rounded_rectangle(_box(box), radius=radius * SCALE, fill=fill, outline=outline, width=width * SCALE)


def ellipse(d, box, fill, outline=INK, width=LINE):
    d.ellipse(_box(box), fill=fill, outline=outline, width=width * SCALE)


def circle(d, cx, cy, r, fill, outline=INK, width=LINE):
    ellipse(d, (cx - r, cy - r, cx + r, cy + r), fill, outline, width)


def poly(d, points, fill, outline=INK, width=LINE):
    d.polygon(_xy(points), fill=fill, outline=outline, width=width * SCALE)


def line(d, points, color=INK, width=LINE):
    """A polyline with round joints and ends."""
    d.line(_xy(points), fill=color, width=width * SCALE, joint="curve")
    for x, y in (points[0], points[-1]):
        r = width / 2
        d.ellipse(_box((x - r, y - r, x + r, y + r)), fill=color)


def arc(d, box, start, end, color=INK, width=LINE):
    d.arc(_box(box), start, end, fill=color, width=width * SCALE)


def text_lines(d, box, count=3, color=GREY, height=12):
    """Grey bars standing for text: a picture says 'some words here' without any word."""
    x0, y0, x1, y1 = box
    step = (y1 - y0) / count
    for i in range(count):
        end = x1 if i < count - 1 else x0 + (x1 - x0) * 0.6
        top = y0 + i * step + (step - height) / 2
        rect(d, (x0, top, end, top + height), color, radius=height // 2, outline=None, width=0)


# Objects -----------------------------------------------------------------------------------------------------


def phone(d, cx, cy, h=380, screen=WHITE):
    w = h * 0.52
    rect(d, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), INK, radius=w * 0.16)
    rect(d, (cx - w / 2 + 12, cy - h / 2 + 34, cx + w / 2 - 12, cy + h / 2 - 34), screen, radius=6, outline=None)
    rect(d, (cx - 22, cy - h / 2 + 14, cx + 22, cy - h / 2 + 22), GREY, radius=4, outline=None)
    circle(d, cx, cy + h / 2 - 17, 9, GREY, outline=None)


def laptop(d, cx, cy, w=440, screen=WHITE):
    h = w * 0.62
    rect(d, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), INK, radius=16)
    rect(d, (cx - w / 2 + 16, cy - h / 2 + 16, cx + w / 2 - 16, cy + h / 2 - 16), screen, radius=4, outline=None)
    poly(d, [(cx - w / 2 - 40, cy + h / 2 + 30), (cx + w / 2 + 40, cy + h / 2 + 30),
             (cx + w / 2, cy + h / 2), (cx - w / 2, cy + h / 2)], GREY)  # fmt: skip


def tablet(d, cx, cy, w=520, screen=WHITE):
    h = w * 0.68
    rect(d, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), INK, radius=30)
    rect(d, (cx - w / 2 + 26, cy - h / 2 + 22, cx + w / 2 - 26, cy + h / 2 - 22), screen, radius=6, outline=None)


def browser(d, box, color=BLUE):
    """A web page inside a screen: a coloured top bar with three dots."""
    x0, y0, x1, _y1 = box
    rect(d, (x0, y0, x1, y0 + 34), color, radius=4, outline=None)
    for i in range(3):
        circle(d, x0 + 20 + i * 20, y0 + 17, 6, WHITE, outline=None)


def envelope(d, box, fill=WHITE):
    x0, y0, x1, y1 = box
    rect(d, box, fill, radius=10)
    line(d, [(x0 + 8, y0 + 10), ((x0 + x1) / 2, (y0 + y1) / 2 + 10), (x1 - 8, y0 + 10)])


def bubble(d, box, fill=SKY, count=2, tail="left"):
    x0, y0, x1, y1 = box
    tx = x0 + 40 if tail == "left" else x1 - 40
    poly(d, [(tx - 16, y1 - 4), (tx + 16, y1 - 4), (tx - (30 if tail == "left" else -30), y1 + 34)], fill)
    rect(d, box, fill, radius=22)
    text_lines(d, (x0 + 24, y0 + 18, x1 - 24, y1 - 18), count, color=WHITE if fill != WHITE else GREY)


def warning(d, cx, cy, size=150):
    h = size * 0.87
    poly(d, [(cx, cy - h / 2), (cx + size / 2, cy + h / 2), (cx - size / 2, cy + h / 2)], YELLOW)
    rect(d, (cx - 8, cy - h / 2 + size * 0.3, cx + 8, cy + h / 2 - size * 0.28), INK, radius=6, outline=None)
    circle(d, cx, cy + h / 2 - size * 0.15, 9, INK, outline=None)


def badge(d, cx, cy, r, fill, symbol):
    """A round sign with a white symbol: check, cross, plus, down, right, question."""
    circle(d, cx, cy, r, fill)
    k = r * 0.5
    white = {"color": WHITE, "width": max(8, r // 5)}
    if symbol == "check":
        line(d, [(cx - k, cy), (cx - k * 0.25, cy + k * 0.7), (cx + k, cy - k * 0.6)], **white)
    elif symbol == "cross":
        line(d, [(cx - k, cy - k), (cx + k, cy + k)], **white)
        line(d, [(cx - k, cy + k), (cx + k, cy - k)], **white)
    elif symbol == "plus":
        line(d, [(cx - k, cy), (cx + k, cy)], **white)
        line(d, [(cx, cy - k), (cx, cy + k)], **white)
    elif symbol == "down":
        line(d, [(cx, cy - k), (cx, cy + k)], **white)
        line(d, [(cx - k * 0.7, cy + k * 0.2), (cx, cy + k), (cx + k * 0.7, cy + k * 0.2)], **white)
    elif symbol == "right":
        line(d, [(cx - k, cy), (cx + k, cy)], **white)
        line(d, [(cx + k * 0.2, cy - k * 0.7), (cx + k, cy), (cx + k * 0.2, cy + k * 0.7)], **white)
    elif symbol == "question":
        arc(d, (cx - k * 0.7, cy - k * 1.1, cx + k * 0.7, cy + k * 0.2), 180, 90, WHITE, max(8, r // 5))
        line(d, [(cx, cy + k * 0.2), (cx, cy + k * 0.35)], **white)
        circle(d, cx, cy + k * 0.85, r * 0.1, WHITE, outline=None)


def medical_cross(d, cx, cy, size=60, fill=RED):
    a, b = size / 2, size / 6
    poly(d, [(cx - b, cy - a), (cx + b, cy - a), (cx + b, cy - b), (cx + a, cy - b), (cx + a, cy + b), (cx + b, cy + b),
             (cx + b, cy + a), (cx - b, cy + a), (cx - b, cy + b), (cx - a, cy + b), (cx - a, cy - b),
             (cx - b, cy - b)], fill, width=4)  # fmt: skip


def padlock(d, cx, cy, size=200, fill=YELLOW):
    w, h = size * 0.8, size * 0.6
    arc(d, (cx - w * 0.32, cy - h * 1.25, cx + w * 0.32, cy - h * 0.05), 180, 360, INK, size // 9)
    line(d, [(cx - w * 0.32, cy - h * 0.65), (cx - w * 0.32, cy - h * 0.2)], width=size // 9)
    line(d, [(cx + w * 0.32, cy - h * 0.65), (cx + w * 0.32, cy - h * 0.2)], width=size // 9)
    rect(d, (cx - w / 2, cy - h * 0.25, cx + w / 2, cy + h * 0.75), fill, radius=18)
    circle(d, cx, cy + h * 0.18, size * 0.07, INK, outline=None)
    rect(d, (cx - 6, cy + h * 0.2, cx + 6, cy + h * 0.5), INK, radius=4, outline=None)


def star(d, cx, cy, r, fill=YELLOW):
    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.45
        angle = math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy - radius * math.sin(angle)))
    poly(d, points, fill, width=4)


def password_field(d, box, count=6):
    x0, y0, x1, y1 = box
    rect(d, box, WHITE, radius=14)
    r = (y1 - y0) * 0.22
    for i in range(count):
        circle(d, x0 + 40 + i * (r * 3), (y0 + y1) / 2, r, INK, outline=None)


def form(d, box, fields=2, button=BLUE):
    """Labelled input fields and a button, like a sign-up or login form."""
    x0, y0, x1, y1 = box
    step = (y1 - y0) / (fields + 1)
    for i in range(fields):
        top = y0 + i * step
        rect(d, (x0, top, x0 + (x1 - x0) * 0.4, top + 10), GREY, radius=5, outline=None)
        rect(d, (x0, top + 18, x1, top + step - 12), WHITE, radius=8, width=4)
    rect(d, (x0 + (x1 - x0) * 0.45, y1 - step + 12, x1, y1 - 4), button, radius=10, outline=None)


def calendar(d, box, header=RED):
    x0, y0, x1, y1 = box
    rect(d, box, WHITE, radius=16)
    rect(d, (x0, y0, x1, y0 + (y1 - y0) * 0.24), header, radius=16)
    for x in (x0 + (x1 - x0) * 0.28, x1 - (x1 - x0) * 0.28):
        line(d, [(x, y0 - 20), (x, y0 + 22)], width=12)
    cols, rows = 5, 3
    gx0, gy0 = x0 + 24, y0 + (y1 - y0) * 0.24 + 20
    cw, ch = (x1 - x0 - 48) / cols, (y1 - gy0 - 20) / rows
    for r in range(rows):
        for c in range(cols):
            rect(d, (gx0 + c * cw + 6, gy0 + r * ch + 6, gx0 + (c + 1) * cw - 6, gy0 + (r + 1) * ch - 6),
                 PALE, radius=6, outline=None)  # fmt: skip


def person(d, cx, cy, size=120, skin=SKINS[0], shirt=BLUE, hair=INK):
    """Head and shoulders; cy is the centre of the head."""
    r = size * 0.28
    rect(d, (cx - size * 0.5, cy + r * 0.9, cx + size * 0.5, cy + r * 0.9 + size * 0.9), shirt, radius=size * 0.3)
    circle(d, cx, cy, r, skin)
    d.chord(_box((cx - r, cy - r, cx + r, cy + r)), 180, 360, fill=hair, outline=INK, width=LINE * SCALE)


def paperclip(d, cx, cy, size=200, color=INK):
    """An upright paperclip: two nested U turns."""
    w, h, width = size * 0.3, size, max(8, int(size / 18))

    def u_turn(x, y, radius, top):
        start, end = (180, 360) if top else (0, 180)
        return [(x + radius * math.cos(math.radians(a)), y + radius * math.sin(math.radians(a)))
                for a in range(start, end + 1, 10)]  # fmt: skip

    points = [(cx - w / 2, cy + h * 0.25)]
    points += u_turn(cx, cy - h * 0.35, w / 2, top=True)
    points += u_turn(cx - w * 0.1, cy + h * 0.35, w * 0.4, top=False)
    points += u_turn(cx - w * 0.1, cy - h * 0.25, w * 0.25, top=True)
    points.append((cx + w * 0.15, cy + h * 0.2))
    line(d, points, color, width)


def document(d, box, fill=WHITE, count=4):
    x0, y0, x1, y1 = box
    fold = (x1 - x0) * 0.25
    poly(d, [(x0, y0), (x1 - fold, y0), (x1, y0 + fold), (x1, y1), (x0, y1)], fill)
    poly(d, [(x1 - fold, y0), (x1 - fold, y0 + fold), (x1, y0 + fold)], GREY, width=4)
    text_lines(d, (x0 + 22, y0 + fold + 10, x1 - 22, y1 - 20), count)


def schoolbag(d, cx, cy, size=200, fill=ORANGE):
    w, h = size * 0.8, size
    arc(d, (cx - w * 0.25, cy - h * 0.65, cx + w * 0.25, cy - h * 0.3), 180, 360, INK, 14)
    rect(d, (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2), fill, radius=30)
    rect(d, (cx - w / 2, cy - h / 2, cx + w / 2, cy - h * 0.05), "#f29b5c", radius=30)
    rect(d, (cx - 18, cy - h * 0.12, cx + 18, cy + h * 0.04), YELLOW, radius=6, width=4)
    rect(d, (cx - w * 0.3, cy + h * 0.12, cx + w * 0.3, cy + h * 0.38), "#f29b5c", radius=12, width=4)


def app_grid(d, box, cols=3, rows=3):
    colors = [BLUE, GREEN, ORANGE, RED, PURPLE, YELLOW, SKY, GREEN, BLUE, ORANGE, PURPLE, RED]
    x0, y0, x1, y1 = box
    cw, ch = (x1 - x0) / cols, (y1 - y0) / rows
    size = min(cw, ch) - 18
    for i in range(rows * cols):
        r, c = divmod(i, cols)
        ax, ay = x0 + c * cw + (cw - size) / 2, y0 + r * ch + (ch - size) / 2
        rect(d, (ax, ay, ax + size, ay + size), colors[i % len(colors)], radius=size * 0.25, width=4)


def magnifier(d, cx, cy, r=70, fill=SKY):
    line(d, [(cx + r * 0.7, cy + r * 0.7), (cx + r * 1.6, cy + r * 1.6)], width=22)
    circle(d, cx, cy, r, fill, width=12)


def pin(d, cx, cy, size=120, fill=RED):
    r = size * 0.38
    poly(d, [(cx - r * 0.8, cy - size * 0.2), (cx + r * 0.8, cy - size * 0.2), (cx, cy + size * 0.5)], fill)
    circle(d, cx, cy - size * 0.3, r, fill)
    circle(d, cx, cy - size * 0.3, r * 0.4, WHITE, width=4)


def shield(d, cx, cy, size=200, fill=BLUE):
    w, h = size * 0.8, size
    poly(d, [(cx, cy - h / 2), (cx + w / 2, cy - h * 0.35), (cx + w * 0.45, cy + h * 0.05), (cx, cy + h / 2),
             (cx - w * 0.45, cy + h * 0.05), (cx - w / 2, cy - h * 0.35)], fill)  # fmt: skip
    line(d, [(cx - w * 0.22, cy), (cx - w * 0.05, cy + h * 0.15), (cx + w * 0.25, cy - h * 0.15)], WHITE, 16)


def connect_button(d, box, fill=BLUE):
    """A neutral 'log in with a national account' button: a person icon and a bar, no brand."""
    x0, y0, x1, y1 = box
    rect(d, box, fill, radius=(y1 - y0) / 2)
    cy, r = (y0 + y1) / 2, (y1 - y0) * 0.16
    circle(d, x0 + (y1 - y0) * 0.6, cy - r * 0.6, r, WHITE, outline=None)
    ellipse(d, (x0 + (y1 - y0) * 0.6 - r * 1.7, cy + r * 0.6, x0 + (y1 - y0) * 0.6 + r * 1.7, cy + r * 3.2), WHITE,
            outline=None)  # fmt: skip
    rect(d, (x0 + (y1 - y0) * 1.15, cy - 8, x1 - (y1 - y0) * 0.4, cy + 8), WHITE, radius=8, outline=None)


def health_card(d, box, fill=GREEN):
    x0, y0, x1, y1 = box
    rect(d, box, fill, radius=18)
    rect(d, (x0 + 30, y0 + 50, x0 + 90, y0 + 100), YELLOW, radius=8, width=4)
    text_lines(d, (x0 + 30, y1 - 80, x1 - 30, y1 - 20), 2, color=WHITE)
    circle(d, x1 - 60, y0 + 70, 30, WHITE, width=4)
    medical_cross(d, x1 - 60, y0 + 70, 36, fill)


def corners(d, box, color=BLUE):
    """The frame a scanning app shows around the page."""
    x0, y0, x1, y1 = box
    k = 36
    for x, y, dx, dy in ((x0, y0, 1, 1), (x1, y0, -1, 1), (x0, y1, 1, -1), (x1, y1, -1, -1)):
        line(d, [(x + dx * k, y), (x, y), (x, y + dy * k)], color, 10)


def wifi(d, cx, cy, size=160, color=BLUE):
    for i, k in enumerate((1, 0.66, 0.33)):
        r = size * k
        arc(d, (cx - r, cy - r, cx + r, cy + r), 225, 315, color, 18 if i < 2 else 16)
    circle(d, cx, cy - 6, 14, color, outline=None)


def keyboard(d, box):
    x0, y0, x1, y1 = box
    rect(d, box, GREY, radius=14)
    cols, rows = 10, 3
    kw, kh = (x1 - x0 - 30) / cols, (y1 - y0 - 24) / (rows + 1)
    for r in range(rows):
        for c in range(cols):
            kx, ky = x0 + 15 + c * kw, y0 + 12 + r * kh
            rect(d, (kx + 3, ky + 3, kx + kw - 3, ky + kh - 3), WHITE, radius=5, width=3)
    rect(d, (x0 + 15 + kw * 2.5, y1 - 12 - kh + 3, x0 + 15 + kw * 7.5, y1 - 15), WHITE, radius=5, width=3)


def mouse(d, cx, cy, size=120, fill=WHITE):
    ellipse(d, (cx - size * 0.35, cy - size / 2, cx + size * 0.35, cy + size / 2), fill)
    line(d, [(cx - size * 0.35, cy - size * 0.08), (cx + size * 0.35, cy - size * 0.08)], width=4)
    line(d, [(cx, cy - size / 2), (cx, cy - size * 0.08)], width=4)
    rect(d, (cx - 6, cy - size * 0.36, cx + 6, cy - size * 0.18), BLUE, radius=5, width=0, outline=None)


def cursor(d, x, y, size=60):
    poly(d, [(x, y), (x, y + size), (x + size * 0.28, y + size * 0.72), (x + size * 0.5, y + size * 1.1),
             (x + size * 0.62, y + size * 1.03), (x + size * 0.42, y + size * 0.66), (x + size * 0.78, y + size * 0.66)],
         WHITE, width=5)  # fmt: skip


def bank(d, cx, cy, size=180, fill=WHITE):
    w = size
    poly(d, [(cx - w / 2, cy - size * 0.2), (cx, cy - size * 0.55), (cx + w / 2, cy - size * 0.2)], fill)
    for i in range(4):
        x = cx - w * 0.36 + i * w * 0.24
        rect(d, (x - 10, cy - size * 0.12, x + 10, cy + size * 0.3), fill, radius=4, width=4)
    rect(d, (cx - w / 2, cy + size * 0.3, cx + w / 2, cy + size * 0.42), fill, radius=4)


def bar_chart(d, box, values=(0.5, 0.8, 0.65, 0.95), colors=(GREEN, BLUE, ORANGE, GREEN)):
    x0, y0, x1, y1 = box
    bw = (x1 - x0) / len(values)
    for i, value in enumerate(values):
        rect(d, (x0 + i * bw + 8, y1 - (y1 - y0) * value, x0 + (i + 1) * bw - 8, y1), colors[i % len(colors)],
             radius=6, width=4)  # fmt: skip


def card_list(d, box, count=3, accent=BLUE):
    """Result cards: a coloured square and two grey lines each."""
    x0, y0, x1, y1 = box
    step = (y1 - y0) / count
    for i in range(count):
        top = y0 + i * step
        rect(d, (x0, top + 6, x1, top + step - 6), WHITE, radius=10, width=4)
        size = step - 30
        rect(d, (x0 + 12, top + 15, x0 + 12 + size, top + 15 + size), accent, radius=8, outline=None)
        text_lines(d, (x0 + size + 30, top + 12, x1 - 20, top + step - 12), 2, height=10)


def pen(d, x, y, length=200, fill=BLUE):
    """A pen pointing down-left from (x, y)."""
    a = math.radians(45)
    ux, uy, w = math.cos(a), -math.sin(a), 16
    px, py = -uy * w, ux * w
    tip = (x - ux * 40, y - uy * 40)
    end = (x + ux * length, y + uy * length)
    poly(d, [(x + px, y + py), (end[0] + px, end[1] + py), (end[0] - px, end[1] - py), (x - px, y - py)], fill)
    poly(d, [(x + px, y + py), (x - px, y - py), tip], "#f3d9b1")


def signpost(d, cx, cy, size=300):
    rect(d, (cx - 12, cy - size / 2, cx + 12, cy + size / 2), "#8d6e63", radius=6)
    for i, (fill, direction) in enumerate(((BLUE, 1), (GREEN, -1), (ORANGE, 1))):
        top = cy - size / 2 + 20 + i * 72
        x0, x1 = (cx - 20, cx + 150) if direction > 0 else (cx - 150, cx + 20)
        tip = x1 + 34 if direction > 0 else x0 - 34
        base = x1 if direction > 0 else x0
        poly(d, [(x0 if direction > 0 else x1, top), (base, top), (tip, top + 27), (base, top + 54),
                 (x0 if direction > 0 else x1, top + 54)], fill)  # fmt: skip


def winding_path(d, points, stops=(BLUE, GREEN, ORANGE, PURPLE, RED)):
    line(d, points, "#d9c7a7", 34)
    for i in range(len(points) - 1):
        x0, y0 = points[i]
        x1, y1 = points[i + 1]
        for k in range(1, 4):
            circle(d, x0 + (x1 - x0) * k / 4, y0 + (y1 - y0) * k / 4, 4, WHITE, outline=None)
    for (x, y), fill in zip(points[:-1], stops, strict=False):
        circle(d, x, y, 26, fill)
    x, y = points[-1]
    line(d, [(x, y + 20), (x, y - 90)], width=8)
    poly(d, [(x, y - 90), (x + 70, y - 70), (x, y - 50)], RED, width=5)


# The drawings -----------------------------------------------------------------------------------------------

OBJECTS = {name: globals()[name] for name in (
    "rect", "circle", "line", "text_lines", "phone", "laptop", "tablet", "browser", "envelope", "bubble", "warning",
    "badge", "medical_cross", "padlock", "star", "password_field", "form", "calendar", "person", "paperclip",
    "document", "schoolbag", "app_grid", "magnifier", "pin", "shield", "connect_button", "health_card", "corners",
    "wifi", "keyboard", "mouse", "cursor", "bank", "bar_chart", "card_list", "pen", "signpost", "winding_path",
)}  # fmt: skip

# key: (background, [(object, *arguments)]), drawn in order.
DRAWINGS = {
    # Tutorials
    "clavier-souris": ("blue", [
        ("laptop", 400, 190, 360), ("browser", (236, 95, 564, 285)), ("text_lines", (270, 150, 530, 260), 3),
        ("cursor", 440, 180, 50), ("keyboard", (150, 370, 560, 470)), ("mouse", 660, 410, 110),
    ]),
    "adresse-email": ("blue", [
        ("laptop", 370, 220, 440), ("browser", (166, 98, 574, 342)), ("envelope", (260, 160, 480, 300), YELLOW),
        ("badge", 620, 130, 62, GREEN, "plus"),
    ]),
    "email-creer-compte": ("blue", [
        ("laptop", 400, 220, 460), ("browser", (186, 93, 614, 347)), ("text_lines", (230, 150, 560, 200), 2),
        ("rect", (300, 240, 500, 300), GREEN, 30), ("cursor", 460, 270, 56),
    ]),
    "email-formulaire": ("blue", [
        ("laptop", 400, 220, 460), ("browser", (186, 93, 614, 347)), ("form", (240, 145, 560, 335), 3),
    ]),
    "email-pret": ("green", [
        ("envelope", (230, 130, 530, 330), YELLOW), ("badge", 540, 320, 70, GREEN, "check"),
        ("star", 170, 110, 30), ("star", 640, 140, 24), ("star", 150, 380, 22),
    ]),
    "piece-jointe": ("yellow", [
        ("document", (430, 90, 600, 310), WHITE, 4), ("envelope", (160, 200, 470, 410), WHITE),
        ("paperclip", 420, 200, 220, BLUE),
    ]),
    "choisir-fichier": ("yellow", [
        ("laptop", 400, 220, 460), ("browser", (186, 93, 614, 347), ORANGE),
        ("document", (220, 150, 310, 260), WHITE, 2), ("document", (350, 150, 440, 260), SKY, 2),
        ("document", (480, 150, 570, 260), WHITE, 2), ("cursor", 400, 220, 50),
    ]),
    "envoyer": ("green", [
        ("envelope", (150, 150, 450, 350), WHITE), ("paperclip", 420, 170, 130, BLUE),
        ("badge", 600, 250, 80, BLUE, "right"),
    ]),
    "connexion-compte": ("blue", [
        ("laptop", 400, 220, 480), ("browser", (176, 87, 624, 353)), ("text_lines", (220, 140, 580, 190), 2),
        ("connect_button", (240, 240, 560, 310)), ("cursor", 500, 280, 50),
    ]),
    "choisir-compte": ("blue", [
        ("laptop", 400, 220, 480), ("browser", (176, 87, 624, 353)), ("card_list", (240, 135, 560, 340), 3, BLUE),
    ]),
    "rdv-medical": ("green", [
        ("calendar", (150, 110, 470, 420)), ("rect", (330, 300, 395, 350), SKY, 6, INK, 4),
        ("circle", 580, 230, 100, WHITE), ("medical_cross", 580, 230, 110, GREEN),
    ]),
    "sms-arnaque": ("red", [
        ("phone", 320, 250, 400), ("bubble", (230, 130, 420, 230), GREY, 2), ("bubble", (230, 270, 420, 350), RED, 1),
        ("warning", 560, 250, 190),
    ]),
    "sms-lien": ("red", [
        ("phone", 320, 250, 400), ("bubble", (230, 120, 420, 230), GREY, 2),
        ("rect", (250, 270, 400, 288), BLUE, 8, None, 0), ("rect", (250, 300, 360, 318), BLUE, 8, None, 0),
        ("badge", 560, 250, 90, RED, "cross"),
    ]),
    "sms-signaler": ("yellow", [
        ("phone", 230, 250, 380), ("bubble", (150, 140, 310, 230), RED, 2), ("badge", 400, 250, 50, BLUE, "right"),
        ("shield", 590, 250, 220, BLUE),
    ]),
    "sms-banque": ("blue", [
        ("bank", 560, 260, 260, WHITE), ("phone", 230, 250, 380, SKY), ("badge", 230, 250, 56, GREEN, "check"),
    ]),
    "appel-video": ("purple", [
        ("tablet", 400, 250, 560), ("rect", (150, 110, 650, 396), "#d5c7ea", 6, None, 0),
        ("person", 300, 200, 170, SKINS[2], ORANGE), ("person", 510, 200, 170, SKINS[0], GREEN, "#8d6e63"),
        ("rect", (150, 330, 650, 396), INK, 0, None, 0), ("badge", 400, 360, 26, RED, "cross"),
        ("circle", 330, 360, 20, GREY, None), ("circle", 470, 360, 20, GREY, None),
    ]),
    "pronote": ("yellow", [
        ("laptop", 470, 210, 420), ("browser", (276, 96, 664, 324), GREEN), ("bar_chart", (320, 160, 620, 310)),
        ("schoolbag", 180, 300, 230),
    ]),
    "installer-appli": ("green", [
        ("phone", 330, 250, 420), ("app_grid", (238, 90, 422, 380), 3, 4), ("badge", 560, 300, 80, GREEN, "down"),
    ]),
    "mot-de-passe": ("purple", [
        ("padlock", 230, 240, 260), ("password_field", (390, 200, 720, 280), 6), ("star", 470, 140, 34),
        ("star", 650, 350, 28),
    ]),
    "emploi": ("blue", [
        ("laptop", 380, 220, 460), ("browser", (166, 93, 594, 347), GREEN),
        ("card_list", (200, 135, 560, 340), 3, ORANGE), ("magnifier", 610, 330, 60),
    ]),
    "scanner": ("green", [
        ("document", (180, 260, 420, 470), WHITE, 5), ("phone", 540, 220, 360),
        ("corners", (480, 130, 600, 300)), ("text_lines", (500, 160, 580, 280), 4),
    ]),
    "impots": ("blue", [
        ("document", (230, 80, 470, 420), WHITE, 7), ("pen", 490, 350, 200, ORANGE),
        ("badge", 600, 160, 70, GREEN, "check"),
    ]),
    "compte-sante": ("green", [
        ("laptop", 460, 230, 420), ("browser", (266, 119, 654, 341), GREEN), ("card_list", (300, 165, 620, 330), 3, SKY),
        ("health_card", (90, 250, 370, 430)),
    ]),
    "wifi": ("blue", [
        ("phone", 260, 250, 400), ("wifi", 260, 300, 70), ("rect", (470, 300, 690, 380), WHITE, 16),
        ("line", [(520, 300), (500, 220)], INK, 10), ("line", [(640, 300), (660, 220)], INK, 10),
        ("circle", 520, 340, 10, GREEN, None), ("circle", 560, 340, 10, GREEN, None), ("wifi", 580, 250, 110),
    ]),
    # Guides and the learning path
    "faire-avec": ("yellow", [
        ("laptop", 400, 140, 300), ("cursor", 420, 120, 40),
        ("person", 300, 330, 170, SKINS[1], PURPLE), ("person", 500, 330, 170, SKINS[0], BLUE, "#8d6e63"),
    ]),
    "reperer": ("purple", [
        ("person", 280, 200, 220, SKINS[2], GREEN), ("bubble", (420, 90, 600, 190), WHITE, 2, "left"),
        ("badge", 640, 300, 70, ORANGE, "question"), ("magnifier", 470, 300, 60, WHITE),
    ]),
    "orienter": ("green", [
        ("signpost", 320, 270, 360), ("pin", 600, 260, 200, RED), ("person", 160, 280, 140, SKINS[0], ORANGE),
    ]),
    "cadre-legal": ("blue", [
        ("document", (180, 90, 420, 420), WHITE, 6), ("shield", 540, 240, 260, BLUE), ("padlock", 380, 360, 110),
    ]),
    "parcours": ("yellow", [
        ("winding_path", [(110, 400), (260, 300), (400, 380), (540, 260), (680, 300)]),
        ("phone", 400, 140, 180), ("app_grid", (363, 72, 437, 204), 2, 3),
    ]),
}  # fmt: skip


def draw(key):
    """The illustration `key` as an RGB Pillow image of 800 × 500."""
    background, shapes = DRAWINGS[key]
    image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), BACKGROUNDS[background])
    canvas = ImageDraw.Draw(image)
    for name, *arguments in shapes:
        OBJECTS[name](canvas, *arguments)
    return image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)


def png_bytes(key):
    """The illustration `key` as PNG bytes, identical on every run."""
    buffer = BytesIO()
    draw(key).save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
