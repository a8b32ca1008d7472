"""Which date a clause has: of the time expressions in a sentence, the one of the clause's own.

Every event gets the date of the expression that belongs to its own clause, not the
sentence's first ("Trump called Zelenskyy a dictator … Ukraine started the war three years
ago": the calling is not dated three years back). A noun of an event with no clause of its own
("following talks between …") takes the date of the clause it comes just before. A participle of result set off
by a comma after its clause ("Dorian reached the Bahamas earlier today, making landfall in Elbow Cay", "an earthquake
struck … on Saturday …, injuring at least 25 people and damaging churches": Wikinews, 2019) tells what the clause's
act did as it happened, and shares its date (:func:`result_of`). A paragraph that opens on a day ("The roof of Notre
Dame … caught fire yesterday.") goes on telling that day in the simple past until another time is named ("The spire
… collapsed. … the two bell towers were saved."): its later sentences with no time of their own are on the day of
the last one dated (:func:`toolkit.nlp.day_runs.paragraph_days`, which asks :func:`narrated`).

Example:
    >>> clause_dates(doc, times)  # doctest: +SKIP
    {4: '2025-08-06'}
"""

from __future__ import annotations

from typing import Container, Iterable

from spacy.tokens import Doc, Token

from toolkit.nlp.clauses import TIME_MARKS, clause_head
from toolkit.nlp.courses import gerund_begun
from toolkit.nlp.dates import IN_COUNT
from toolkit.nlp.occasions import over_a_sequence
from toolkit.nlp.participles import naming_participle
from toolkit.nlp.tail_participles import content_before_report
from toolkit.nlp.time_heads import is_a_target, relative_it_closes


# Prepositions that place a noun's event just before the clause they hang on ("said …,
# following talks between …": the talks preceded the saying, as news tells it, that day).
_JUST_BEFORE = frozenset({"following", "after"})


def date_of_what_follows(noun: Token, dated: dict[int, str]) -> str | None:
    """The date of the clause a "following/after <noun>" adjunct belongs to: the date of its verb,
    or of that verb's participle adjunct without a subject ("Speaking … on Wednesday, Trump said
    …, following talks …": the speaking is the saying); None when no such clause is dated."""
    if noun.i in dated:  # "talks on Monday": their own day
        return dated[noun.i]
    ancestors = list(noun.ancestors)
    for n, tok in enumerate(ancestors):
        if tok.lower_ in _JUST_BEFORE and tok.dep_ == "prep":
            for verb in (a for a in ancestors[n + 1:] if a.pos_ in ("VERB", "AUX")):
                if verb.i in dated:
                    return dated[verb.i]
                for adjunct in (c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
                    if adjunct.i in dated and not any(g.dep_ in ("nsubj", "nsubjpass") for g in adjunct.children):
                        return dated[adjunct.i]
            return None
    return None


def result_of(verb: Token) -> Token | None:
    """The verb of the clause whose result the participle ``verb`` tells ("reached …, making landfall"; also the
    second participle of a series, "injuring … and damaging …"), or None: a participle in ``-ing`` without a subject
    of its own, hung on a verb before it and set off from that verb's words by a comma."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
        return None
    if verb.dep_ == "conj" and verb.head.tag_ == "VBG" and verb.head.i < verb.i:
        return result_of(verb.head)
    head = verb.head
    start = verb.left_edge.i
    if verb.dep_ != "advcl" or head.i >= verb.i or start < 1 or verb.doc[start - 1].text != "," \
            or head.pos_ not in ("VERB", "AUX"):
        return None
    # ("… struck Aceh on Tuesday, the USGS said, sending people running": the striking's result, tail_participles.py)
    return content_before_report(head, verb) or head


def act_it_precedes(verb: Token) -> Token | None:
    """The verb of the act that ``verb`` is told as coming just before, or None: a clause in the simple past or a
    gerund marked "before", with no measure of the time between ("The attacker … reached the courtyard before he was
    shot", "broke through the center guardrail before colliding with other vehicles"), hung on a verb that tells an
    act. With no time of its own it tells the next step of the same occasion and takes the day the act is told on;
    "two days before" names a time of its own. A clause of "after" is left: what an act followed may lie days back
    ("arrested twelve people … after a jackal died", "sentenced a doctor … after prescribing over half a million
    doses")."""
    if verb.dep_ == "advcl" and simple_past(verb):
        marks = [c for c in verb.children if c.dep_ == "mark"]
        if len(marks) != 1 or marks[0].lower_ != "before" or any(True for _ in marks[0].children):
            return None  # (one mark, "before", and nothing of its own: not "long before", "two days before")
        head = verb.head
    elif verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "before" \
            and verb.head.dep_ == "prep" and [c.i for c in verb.head.children] == [verb.i]:
        head = verb.head.head
    else:
        return None
    # (an act, not a state: "Klobuchar was herself a candidate … before she ended her campaign")
    return head if head.pos_ == "VERB" and head.lemma_ != "be" and head.i != verb.i else None


def _time_nesting(span, head: Token) -> int:
    """How far a time expression is from dating its clause: 0 when it hangs on the verb ("On
    Tuesday, … announced"), 1 inside a noun phrase ("officials on Saturday"), 2 as a word of a
    name or a noun's modifier ("the 2019 Nobel Prize", "the 2015 election", "2019-nCoV"): an
    adverbial of the clause dates the event before the others."""
    if span.root.dep_ in ("compound", "nmod", "amod", "nummod", "appos", "poss") \
            and span.root.head.pos_ in ("NOUN", "PROPN"):
        return 2
    current = span.root.head
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            return 0
        if current.pos_ in ("NOUN", "PROPN") and not (span.start <= current.i < span.end):
            return 1
        current = current.head
    return 0


# Words that put a time expression in the past of the writing ("yesterday", "last week", "two days ago").
_PAST_DEICTICS = frozenset({"yesterday", "last", "ago"})
# Auxiliaries of the present that make no perfect ("is being celebrated", "are meeting").
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re", "’s", "’re"})


def _past_on_a_present(span, head: Token) -> bool:
    """"Trump's peace summit at the White House yesterday is being celebrated …": a time of the past
    does not date a verb in the present progressive, which tells of now; the parser hung it on the
    verb, but it belongs to the noun before (the summit was yesterday, the celebrating is today)."""
    if not any(t.lower_ in _PAST_DEICTICS for t in span):
        return False
    auxes = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    progressive = head.tag_ == "VBG" or any(a.lower_ == "being" for a in auxes)
    return progressive and any(a.lower_ in _PRESENT_AUX for a in auxes)


# Words that may stand between "in"/"since" and the stretch of time it opens ("in nearly three years", "in the
# past 17 months").
_STRETCH_WORDS = frozenset({"nearly", "almost", "about", "around", "roughly", "some", "over", "more", "than", "the",
                            "past", "last", "a", "an"})

# Words that order a turn ("for the first time", "for the second straight time").
_TURN_ORDER = frozenset({"first", "second", "third", "fourth", "fifth", "straight", "consecutive", "only"})


def _stretch_of_a_turn(span) -> bool:
    """Whether a time expression is the stretch a turn is counted in or since: "Wholesale inflation dropped for
    the first time in 17 months", "… for the first time since 2019". It tells how long since the last time, not
    when the event was: the drop is not of 17 months ago."""
    doc = span.doc
    j = span.start if span[0].lower_ in ("in", "since", "within") else span.start - 1
    while j >= 0 and doc[j].lower_ in _STRETCH_WORDS:
        j -= 1
    if j < 3 or doc[j].lower_ not in ("in", "since", "within"):
        return False
    turn = doc[j - 1]
    return turn.lower_ in ("time", "times") and any(t.lower_ in _TURN_ORDER for t in doc[max(j - 4, 0):j - 1]) \
        and any(t.lower_ == "for" for t in doc[max(j - 6, 0):j - 1])


# Nouns of a figure that a time in the possessive qualifies ("last year's total", "2023's record"): the time the
# figure is of, compared with, not the time of the clause's act ("cases exceeded last year's total").
_FIGURE_NOUNS = frozenset({"total", "totals", "level", "levels", "figure", "figures", "number", "record", "average",
                           "rate", "high", "low", "tally", "count", "budget", "deficit", "output", "result",
                           "results", "peak"})


def _time_of_a_figure(span) -> bool:
    """Whether a time expression in the possessive qualifies a noun of a figure ("last year's total")."""
    root = span.root
    owner = root.head if root.dep_ == "poss" else None
    if owner is None and span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        owner = span.doc[span.end].head if span.doc[span.end].head.i != root.i else root.head
    return owner is not None and owner.pos_ == "NOUN" and owner.lower_ in _FIGURE_NOUNS


# Words before a count that measure the time since the last such event ("the first talks in three years", "the
# highest in a decade"): the count dates nothing of the clause.
_SINCE_THE_LAST = frozenset({"first", "last", "ever", "since"})


def _span_since_the_last(span) -> bool:
    """Whether a time expression is a count back to the last time something happened ("held their first direct
    peace talks in three years"): it says how long that was, and the clause has its own time ("on Friday")."""
    text = span.text if span.text.lower().startswith(("in ", "within ")) else \
        f"{span.doc[span.start - 1].lower_} {span.text}" if span.start > 0 else span.text
    if not IN_COUNT.match(text):
        return False  # a count ("in three years"), not a date ("first appeared in December")
    before = span.doc[max(span.sent.start, span.start - 8):span.start]
    return any(t.lower_ in _SINCE_THE_LAST or (t.tag_ in ("JJS", "RBS") and not (t.i > 0 and t.nbor(-1).lower_ == "at"))
               for t in before)  # (not "at least")


def _since_a_comparison(span, head: Token) -> bool:
    """Whether a time expression dates the baseline of a comparison that "since" opens after a superlative or an
    ordinal ("For the first time since his full-scale invasion of Ukraine in 2022 he was received …", "the
    deadliest since an assault in Ghazni in August 2018", "the first time the two sides have talked since the spring
    of 2022"): it says when the last such thing was, not when the clause's act was, which stays undated by it. A
    plain "since" ("had held the position since April 2018", "Since the repeal of Prohibition in 1933, the party
    has declined") starts the state the clause tells of, and dates it, as the event golds record. The time may hang
    on "since" itself or on the noun of an event it governs; a clause "since" opens has a head of its own."""
    doc = span.doc
    current, since = span.root, None
    for _ in range(12):
        if current.i == head.i or current.head.i == current.i:
            break
        if current.lower_ == "since" and current.dep_ == "prep" and not (span.start <= current.i < span.end):
            since = current
            break
        current = current.head
    if since is None:
        return False
    before = doc[max(span.sent.start, since.i - 12):since.i]
    return any(t.lower_ in ("first", "only") or (t.tag_ in ("JJS", "RBS") and not (
        t.i > 0 and doc[t.i - 1].lower_ == "at")) for t in before)


def clause_dates(doc: Doc, times: Iterable[tuple[int, int, str | None]]) -> dict[int, str]:
    """The date of each clause that has a time expression: clause head's token index → date.

    Of several expressions in one clause, the one in the verb's own line and nearest to it
    wins: a dateline glued to the first sentence ("Thursday, August 8, 2019 On Saturday
    morning, a gunman shot …") is not the date of the shooting.
    """
    best: dict[int, tuple[tuple[bool, int], str]] = {}
    for start, end, date in times:
        if not date:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        head = clause_head(span.root)
        if head is not None and head.dep_ == "acl" and naming_participle(head) and head.head.i != head.i:
            # "launched a … program dubbed "Zrínyi 2026" in 2017": a name given is no act; the time is the launch's
            head = clause_head(head.head)
        if head is not None and (noun := over_a_sequence(head)) is not None:
            head = clause_head(noun)  # "A road accident followed by a fire … on Thursday killed": the accident's time
        if head is not None and (closed := relative_it_closes(span, head)) is not None:
            head = closed  # "an earthquake that struck … on Wednesday night have increased": the relative's time
        if head is None or _past_on_a_present(span, head) or _stretch_of_a_turn(span) or _time_of_a_figure(span) \
                or _span_since_the_last(span) or _since_a_comparison(span, head) or is_a_target(span, head):
            continue
        between = doc[min(span.end, head.i):max(span.start, head.i + 1)]
        rank = ("\n" in between.text, _time_nesting(span, head), abs(span.root.i - head.i))
        if head.i not in best or rank < best[head.i][0]:
            best[head.i] = (rank, date)
    return {i: date for i, (_, date) in best.items()}


# Adverbs that move a clause off its paragraph's day ("she later became", "had earlier met", "originally listed").
_SHIFTING_ADVERBS = frozenset({"later", "earlier", "previously", "formerly", "originally", "once", "eventually",
                               "ago", "since", "already", "then", "afterwards", "subsequently", "long",
                               # adverbs of frequency: a habit over time, not an act of the day ("was rarely hit by")
                               "rarely", "seldom", "often", "usually", "frequently", "sometimes", "typically",
                               "repeatedly", "regularly", "always"})
# Marks of a clause placed before or after another act, or of a condition ("before the fire began").
_ORDERING_MARKS = frozenset({"before", "after", "since", "until", "till", "once", "if", "unless"})


def narrated(verb: Token) -> bool:
    """Whether a verb tells an act in the simple past of a narration ("collapsed", "were saved", "was flown", "were
    still working"), which takes its paragraph's day: no perfect ("had converted": before it), no present or
    modal, no adverb or clause of time that moves it off the day."""
    return simple_past(verb) and not any((c.dep_ in ("advmod", "npadvmod") and c.lower_ in _SHIFTING_ADVERBS)
                                          or (c.dep_ == "mark" and c.lower_ in _ORDERING_MARKS) for c in verb.children)


def simple_past(verb: Token) -> bool:
    """Whether a verb is in the simple past, active or passive, or the past progressive."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBD":
        past = not auxiliaries
    elif verb.tag_ in ("VBN", "VBG") and auxiliaries:
        past = auxiliaries[0].tag_ == "VBD" and auxiliaries[0].lemma_ == "be" \
            and (len(auxiliaries) == 1 or len(auxiliaries) == 2 and auxiliaries[1].lower_ == "being")  # "was being met"
    elif verb.tag_ == "VB" and auxiliaries:  # "did not limit"
        past = all(a.tag_ == "VBD" and a.lemma_ == "do" for a in auxiliaries)
    elif verb.tag_ == "VBN":  # a second verb of a past tagged as a participle ("The blaze killed three … and injured")
        past = verb.dep_ == "conj" and verb.head.tag_ == "VBD" and verb.head.i < verb.i
    else:
        past = False
    if past and not auxiliaries and verb.dep_ == "conj":  # ("had kept their children indoors … and rarely allowed")
        past = not any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "has", "have") for c in verb.head.children)
    return past


def fronted_dates(doc: Doc, times: Iterable[tuple[int, int, str | None]], dated: dict[int, str]) -> dict[int, str]:
    """The dated clauses whose time stands before their subject: clause head's token index → date.

    A time put first ("Earlier on Friday, the commonwealth's House … confirmed him, but the Senate had not confirmed
    him"; "As of Sunday evening, all four are in stable condition, and no fatalities have emerged") sets the time of
    the whole sentence, the clauses joined to the first one too; a time after the verb ("met … in 2021 and spoke …")
    is the first clause's own.
    """
    out = {}
    for start, end, date in times:
        span = doc.char_span(start, end, alignment_mode="expand") if date else None
        if span is None or not len(span) or (head := clause_head(span.root)) is None or dated.get(head.i) != date:
            continue
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects and span.end <= subjects[0].left_edge.i:
            out[head.i] = date
    return out


# Marks of a clause of time that is at one with its main clause ("was flying … when he fell ill").
_AT_ONE_MARKS = frozenset({"when", "as", "while"})


def date_of_its_time(verb: Token, dated: dict[int, str]) -> str | None:
    """The date of the main clause a clause of time in the simple past tells the moment of ("On Thursday, Navalny was
    flying from Tomsk … headed for Moscow when he fell ill": the falling ill was on Thursday), or of the clause an
    absolute participle with a subject of its own is set off after ("… collided on Friday, the truck catching fire
    in the process"), or of the gerund a start governs ("began deploying … yesterday"); None when there is none or
    it is not dated."""
    if verb.dep_ == "advcl" and simple_past(verb) \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in _AT_ONE_MARKS and c.i < verb.i for c in verb.children):
        head = verb.head
        if head.i not in dated and head.dep_ == "advcl" and head.tag_ in ("VBD", "VBN", "VBG"):
            head = head.head  # ("headed for Moscow", a participle of the main clause's)
        return dated.get(head.i)
    if verb.dep_ in ("advcl", "conj") and verb.tag_ == "VBG" and verb.head.i < verb.i \
            and verb.doc[verb.left_edge.i - 1].text == "," and any(c.dep_ == "nsubj" for c in verb.children) \
            and not any(c.dep_ in ("aux", "mark") for c in verb.children):
        return dated.get(verb.head.i)
    if (doing := gerund_begun(verb)) is not None:
        return dated.get(doing.i)  # "government forces began deploying into … territory yesterday" (courses.py)
    return None


def date_over_a_time_clause(verb: Token, fronted: dict[int, str]) -> str | None:
    """The date a time put first gives the main clause when the parser hung it on a clause of time that comes
    between ("On June 12, minutes before the Oversight Committee voted to refer them …, Trump formally claimed …":
    the claim was on June 12 too). The time, set off by a comma before the clause's "before"/"after"/"when", stands
    outside that clause: it is the sentence's; one after the mark ("Minutes before the committee voted on June 12,
    Trump claimed …") is the clause's own and is not taken."""
    for clause in verb.children:
        if clause.i > verb.i or clause.dep_ not in ("advcl", "ccomp") or clause.i not in fronted:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in TIME_MARKS), None)
        if mark is not None and any(t.text == "," for t in verb.doc[clause.left_edge.i:mark.i]):
            return fronted[clause.i]
    return None


def narrators_times(doc: Doc, times: Iterable[tuple[int, int, str | None]],
                    inside: Container[int]) -> list[tuple[int, int, str | None]]:
    """The times of ``times`` that stand outside quotation marks. A time inside them is the speaker's ("“It's a better
    performance than what we put on last week”, Wynnum coach Matt Myers said", "“We're a forty or fifty minute team at
    the moment …”"): it dates the quoted words, not the narration, so it neither sets nor ends the day a paragraph goes
    on telling (:func:`~toolkit.nlp.day_runs.paragraph_days`), and the match "on Saturday" goes on into the paragraphs after the quotations."""
    out = []
    for start, end, date in times:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span) or span[0].i not in inside:
            out.append((start, end, date))
    return out


def tells_of_a_thing_before(verb: Token) -> bool:
    """Whether a verb heads a relative clause opened by a preposition and "which" or "whom" ("an unspecified lung
    disorder, … for which he received treatment at the Mayo Clinic"): it tells what the thing had been through, not
    the act of the day the sentence tells. A clause on the means of the act ("made his official announcement via a
    YouTube video in which he thanked his supporters") tells what was done in it, then."""
    if verb.dep_ != "relcl":
        return False
    noun = verb.head
    for _ in range(2):  # ("via a post on Twitter, in which she thanked her supporters")
        if noun.dep_ != "pobj":
            break
        if noun.head.lower_ in ("via", "through"):
            return False
        noun = noun.head.head
    return any(c.dep_ == "prep" and c.i < verb.i and any(o.lower_ in ("which", "whom") for o in c.children)
               for c in verb.children)
