"""Make the briefing's fonts: DejaVu faces cut down to the characters a news briefing needs.

    python toolkit/present/templates/briefing/static/fonts/subset.py [/usr/share/fonts/truetype/dejavu]

Reads the DejaVu 2.37 TrueType files (Debian's fonts-dejavu-core 2.37-6) and writes one
WOFF2 file per face into this folder with fontTools (4.68.0 made the committed files): only
the characters below, no TrueType hinting (it was most of each file; browsers and PDF
viewers draw these sizes well without it), the copyright and licence names and the
original timestamps kept. The files are committed; this script records and repeats how
they were made. Their licence is LICENSE beside them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent

# The characters kept (inclusive code point ranges).
RANGES = [
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x018F, 0x018F),  # Latin Extended-B, the letters of living languages: Ə (Azerbaijani)
    (0x0192, 0x0192),  # ƒ
    (0x01A0, 0x01A1),  # Ơ ơ (Vietnamese)
    (0x01AF, 0x01B0),  # Ư ư
    (0x01CD, 0x01DC),  # pinyin tone marks (ǎ ǐ ǒ ǔ ǖ …)
    (0x0218, 0x021B),  # Ș ș Ț ț (Romanian)
    (0x0259, 0x0259),  # ə
    (0x02B0, 0x02FF),  # spacing modifier letters (ʼ ʻ ˆ ˜)
    (0x0300, 0x036F),  # combining diacritical marks (text in decomposed form)
    (0x0400, 0x04FF),  # Cyrillic
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # General Punctuation (dashes, quotation marks, …, ‰, spaces)
    (0x20A0, 0x20CF),  # currency signs (€ ₴ ₽ ₹)
    (0x2116, 0x2116),  # №
    (0x2122, 0x2122),  # ™
    (0x2190, 0x2193),  # ← ↑ → ↓
    (0x2212, 0x2212),  # − (minus)
    (0x2248, 0x2248),  # ≈
    (0x2260, 0x2260),  # ≠
    (0x2264, 0x2265),  # ≤ ≥
    (0x25A0, 0x25A1),  # ■ □
    (0x25B2, 0x25B2),  # ▲
    (0x25BC, 0x25BC),  # ▼
    (0x25CB, 0x25CB),  # ○
    (0x25CF, 0x25CF),  # ●
    (0x2713, 0x2713),  # ✓
    (0x2717, 0x2717),  # ✗
    (0xFFFD, 0xFFFD),  # replacement character
]

# The faces that show only the toolkit's own words, checksums and file names keep Latin and
# punctuation. Another character in monospace is drawn from DejaVuSans ("Briefing Sans", the
# next family the stylesheet names); in the italic ("unattributed") WeasyPrint draws it from
# DejaVuSans too, a browser from its own sans-serif.
LATIN = [(start, end) for start, end in RANGES if end < 0x0180 or 0x2000 <= start <= 0x20CF]

# Source file (without .ttf) of each face the stylesheet declares, and the characters it keeps.
FACES = {
    "DejaVuSerif": RANGES,
    "DejaVuSerif-Bold": RANGES,
    "DejaVuSans": RANGES,
    "DejaVuSans-Bold": RANGES,
    "DejaVuSans-Oblique": LATIN,  # "unattributed" under a quotation
    "DejaVuSansMono": LATIN,      # file names, checksums, data/ paths
}


def unicodes(ranges) -> list[int]:
    return [code for start, end in ranges for code in range(start, end + 1)]


def make(source: Path, target: Path = HERE) -> list[Path]:
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.notdef_outline = True
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 13, 14]  # names, copyright, licence and its URL
    options.name_languages = [0x409]
    written = []
    for face, ranges in FACES.items():
        font = TTFont(source / f"{face}.ttf", recalcTimestamp=False)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=unicodes(ranges))
        subsetter.subset(font)
        out = target / f"{face}.woff2"
        font.flavor = "woff2"
        font.save(out)
        written.append(out)
    return written


if __name__ == "__main__":
    for path in make(Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/truetype/dejavu")):
        print(f"{path.name}: {path.stat().st_size:,} bytes")
