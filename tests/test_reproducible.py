"""Same inputs, same bytes: the PDF does not depend on what else the process renders at the time."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from toolkit.present.render import html_to_pdf

PAGE = "<h1>Briefing</h1>" + "".join(
    f"<p>Paragraph {i}: Trump and Putin met in Anchorage; Zelensky spoke in Kyiv — «quote» ✓.</p>" for i in range(40))


def test_pdfs_rendered_side_by_side_are_those_rendered_alone():
    # Sets are built in threads side by side (toolkit build -j N); each PDF must be the bytes
    # it would be alone, which a process-wide SOURCE_DATE_EPOCH set and unset per render broke.
    alone = html_to_pdf(PAGE)
    with ThreadPoolExecutor(max_workers=3) as pool:
        side_by_side = list(pool.map(lambda _: html_to_pdf(PAGE), range(6)))
    assert all(pdf == alone for pdf in side_by_side)
