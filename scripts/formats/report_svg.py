#!/usr/bin/env python3
"""Lays out a plain-text report (title, meta line, paragraphs, 一、 headings,
pipe-row table) as an A4 SVG page the way a government bulletin prints it:
title centred, paragraphs justified in 38 full-width columns with a
two-character indent, the table ruled. rsvg-convert (cairo) turns it into a
PDF whose CJK font is a Type0 Identity-H font with a ToUnicode map, as
Word and WPS write them. Used by scripts/formats/make-fixtures.sh."""
import sys, html

FONT = "WenQuanYi Micro Hei"
W, H, LEFT, SIZE, COLS = 595, 842, 72, 12, 38

def width(s, size):
    return sum(size if ord(c) > 0x2e80 else size * 0.55 for c in s)

def wrap(s, first_indent):
    lines, cur, cap = [], "", COLS * SIZE - first_indent
    for c in s:
        if width(cur + c, SIZE) > cap:
            lines.append(cur); cur, cap = "", COLS * SIZE
        cur += c
    if cur: lines.append(cur)
    return lines

def main(src, out):
    rows = [l.strip() for l in open(src, encoding="utf-8")]
    parts, y = [], 80
    def text(x, y, s, size=SIZE, anchor="start", weight="normal"):
        parts.append(f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" font-weight="{weight}">{html.escape(s)}</text>')
    title, meta, body = rows[0], rows[1], rows[2:]
    text(W / 2, y, title, 20, "middle", "bold"); y += 30
    text(W / 2, y, meta, 12, "middle"); y += 30
    table = [r for r in body if r.startswith("|")]
    for r in body:
        if not r or r.startswith("|"):
            continue
        if r[:2] in ("一、", "二、", "三、", "四、"):
            text(LEFT, y, r, 14, weight="bold"); y += 24; continue
        if r.startswith("表"):
            text(W / 2, y, r, 12, "middle", "bold"); y += 20; continue
        for i, l in enumerate(wrap(r, 2 * SIZE)):
            text(LEFT + (2 * SIZE if i == 0 else 0), y, l); y += 20
        y += 6
    if table:
        cells = [[c.strip() for c in r.strip("|").split("|")] for r in table]
        colw = [130, 120, 80, 126]
        top = y - 14
        for r in cells:
            x = LEFT
            for j, c in enumerate(r):
                text(x + colw[j] / 2, y, c, 11, "middle"); x += colw[j]
            y += 22
        bottom = y - 14
        x = LEFT
        for cw in [0] + colw:
            x += cw
            parts.append(f'<line x1="{x}" y1="{top}" x2="{x}" y2="{bottom}" stroke="black" stroke-width="0.5"/>')
        for k in range(len(cells) + 1):
            yy = top + 22 * k
            parts.append(f'<line x1="{LEFT}" y1="{yy}" x2="{LEFT + sum(colw)}" y2="{yy}" stroke="black" stroke-width="0.5"/>')
    text(W / 2, H - 40, "- 1 -", 10, "middle")
    with open(out, "w", encoding="utf-8") as f:
        f.write(f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" font-family="{FONT}">\n')
        f.write("\n".join(parts))
        f.write("\n</svg>\n")

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
