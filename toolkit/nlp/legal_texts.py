"""Laws and their parts as the source of quoted words.

News quotes a constitution, an act or an article of one as it quotes a person ("The 14th
Amendment states: “all persons born … are citizens.”", "Article 2, Section 1 sets the
citizenship qualification for president: “No Person except …”"): the words are the document's,
and the document is named by its own title, which the entity index does not keep (a law is not
an entity of the briefing). :func:`document_speaker` reads that title off the subject phrase.

Example:
    >>> document_speaker(subject_token)  # doctest: +SKIP
    '14th Amendment'
"""

from __future__ import annotations

from spacy.tokens import Token

from toolkit.nlp.lookups import entity_bounds

# The heads of the titles of laws and of their parts: a closed lexical class ("the First
# Amendment", "Article 5", "Section 230", "Title IX", "the Civil Rights Act"). Only capitalised,
# as in a title ("an article said" is a newspaper's, "the amendment" somebody's proposal).
DOCUMENT_HEADS = frozenset("""amendment article section clause paragraph chapter title act constitution charter
    treaty statute code""".split())


def document_speaker(subject: Token) -> str | None:
    """The title of the law or part of one that ``subject`` (a speech verb's subject) names:
    the model's LAW entity ("Article 2, Section 1"), or a capitalised document noun with a
    number or an ordinal ("The 14th Amendment", which the model leaves untagged)."""
    doc = subject.doc
    if subject.ent_type_ in ("ORDINAL", "CARDINAL") and subject.i + 1 < len(doc):
        subject = doc[subject.i + 1]  # "The 14th Amendment" parsed with the ordinal as subject
    if subject.ent_type_ == "LAW":
        words = doc[slice(*entity_bounds(doc, subject.i))]
    else:
        if not (subject.is_title and subject.lemma_.lower() in DOCUMENT_HEADS):
            return None
        numbered = [t for t in doc[max(0, subject.i - 2) : subject.i + 2]
                    if t.i != subject.i and (t.like_num or t.ent_type_ in ("ORDINAL", "CARDINAL"))]
        if not numbered:
            return None
        words = doc[min(t.i for t in numbered + [subject]) : max(t.i for t in numbered + [subject]) + 1]
    title = words.text.strip(" ,")
    if title.lower().startswith("the "):
        title = title[4:]
    return title or None
