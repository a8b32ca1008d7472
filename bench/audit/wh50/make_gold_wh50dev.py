"""Round wh50dev: an event gold on short White House statements and articles of 2025-26 (readouts, messages,
memoranda, proclamations, notices and the "articles" that round up what officials and outlets say), the dev half of
``wh_corpus.half("dev")`` (the 1st, 3rd, … of the 16 drawn), written to ``tests/data/gold/wh-events-dev``.

The annotations below were made by reading every sentence of the 8 documents before any toolkit extraction was run
on them, in the conventions of the Wikinews event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/
README.md``, ``bench/audit/ewt50/README-ewt50dev.md``); the calls are in each document's ``about``. Offsets and checks
come from ``bench/audit/gold_writer.py``. The texts are copied by ``wh_corpus.write_corpus`` into a temporary folder,
so this runs from a clean checkout:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/wh50/make_gold_wh50dev.py

The texts are works of the United States government (public domain); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "wh-events-dev"
SCRIPT = "bench/audit/wh50/make_gold_wh50dev.py"

# Said once here rather than in every file. A document's date is its day of publication (the manifest's); an event is
# dated where its own clause names a date expression ("This morning", "last month", "In 2024", "On August 7, 1782"),
# resolved from that day; otherwise null (the narration of the lead's day in later sentences is not dated; a season,
# "This spring", is undated as events-dev27's "this summer"). The publisher's own voice: what the White House reports
# as done is an event with reported_by null; its praise, boasts, judgements, blame, inferences from data, trends told
# as states ("continues to beat back inflation") and exhortations ("we pause in solemn tribute", "the Democrats MUST
# reopen DHS NOW") are no events; its plans and promises carry their modality ("will keep doing", "will open").
# Everything inside quotation marks (a press secretary's statement, a tweet, a letter, an outlet's headline or words)
# is not listed, nor the verb that only introduces it ("reports:", "wrote:", "said CNN"). Headings, a memorandum's
# header lines (its date, number, addressees, FROM, SUBJECT), a proclamation's heading, its witness clause and
# signature, "Here's what ...:" lines, list items without a verb and HTML remnants ("<!-- -->") carry no event.
COMMON = ("White House statement or article; dated where the event's own clause names a date expression, resolved "
          "from the day of publication, otherwise null; quotations and the verbs that only introduce them, the "
          "publisher's praise, boasts, judgements and exhortations, headings, header lines and signatures are not "
          "listed; what the publisher reports as done is listed with no reporter, its plans and promises with "
          "their modality.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
DIRECTIVE = "The directive in section 7 of the Executive Order entitled Unleashing American Energy"
MAN18 = "An 18-year-old man involved in a shooting that killed a Memphis police officer"
MAN = "A man charged with three counts of attempted first-degree murder"
THREE = "Three men charged with attempted murder and other felonies in the shooting of their coworker"
CEOS = ("chief executives of American Airlines, United Airlines, Delta Air Lines, Southwest Airlines, JetBlue Airways, "
        "Alaska Air and others")

DOCS = {
    "briefings-statements__2025-01-22-omb-memo-m-25-11.txt": (doc(
        "The White House, 2025-01-22: OMB memorandum M-25-11 (dated January 21, 2025), guidance on the pause of "
        "disbursements under section 7 of the Executive Order Unleashing American Energy (a memorandum)",
        "The date line, 'M-25-11', the addressees, the FROM lines (Matthew J. Vaeth, Kevin Hassett) and the SUBJECT "
        "line are header lines (no event). 'The directive in section 7 ... requires agencies to immediately pause "
        "disbursement of funds' names its issuer (the directive) as the subject of what it requires, so the "
        "requirement is listed with the directive as subject, a speech act, as events-dev22's 'an order by ... "
        "directing Coast Guard units' (and events-dev32's 'the decree did not mandate'); the required pause is a "
        "requested act (modality should, reported by the directive), as events-dev27's 'ordered ... that absentee "
        "ballots be accepted' and events-dev34's 'recommended residents avoid'. 'funds appropriated under the "
        "Inflation Reduction Act' and 'the policy established in Section 2' describe (not listed). 'This pause only "
        "applies to funds ...' states the pause's scope, 'This interpretation is consistent with ...' is a copula and "
        "'funds supporting the \"Green New Deal\" refer to any appropriations ...' a definition: the memo's standing "
        "statements, no acts. 'Agency heads may disburse funds ... after consulting with the Office of Management and "
        "Budget' is the memo's permission: the permitted act is listed as the text words it (subject 'Agency heads', "
        "modality may, no reporter: the text does not say 'OMB permits', so no act of the issuer is added); 'after "
        "consulting' is the permission's condition and 'as they deem necessary' its measure (not listed)."), [
        event("requires agencies to immediately pause", "requires", DIRECTIVE, "require",
              "agencies to immediately pause disbursement of funds appropriated under the Inflation Reduction Act of "
              "2022 or the Infrastructure Investment and Jobs Act", kind=S),
        event("requires agencies to immediately pause", "pause", "agencies", "pause",
              "disbursement of funds appropriated under the Inflation Reduction Act of 2022 (Public Law 117-169) or "
              "the Infrastructure Investment and Jobs Act (Public Law 117-58)", mod="should", rep=DIRECTIVE),
        event("Agency heads may disburse funds", "disburse", "Agency heads", "disburse", "funds", mod="may"),
    ]),
    "articles__2025-07-29-this-newspaper-continues-to-run-shameful-interference-for-illegal-immigrants.txt": (doc(
        "The White House, Tuesday 2025-07-29: an article on the Minnesota Star Tribune's coverage of an illegal "
        "immigrant who killed two teenagers while driving drunk (an article against a newspaper)",
        "'The Minnesota Star Tribune reports: \"...\"' only introduces the quoted headline (not listed, as "
        "events-dev29's 'told the public'). 'That \"Wisconsin driver\" is an illegal immigrant from Honduras' is a "
        "copula; its relative 'who drove drunk, ... down the wrong way of the highway' and the participle 'killing "
        "two innocent teenagers from Minnesota' tell the crash (background, undated; subject the relative's "
        "antecedent as written, as blind48's 'one of which' → 'one of last week's protests'); 'the Trump "
        "Administration \"wants to deport\" her' has its verb inside quotation marks (the headline's words; not "
        "listed). The rhetorical question 'Why are media outlets ... so obsessed ...?' is the publisher's judgement. "
        "'In recent months, the newspaper has defended ..., sympathized with ... and suggested ...' reports the "
        "newspaper's published acts in the publisher's voice (three speech acts, reported_by null, undated: 'In "
        "recent months' names no calendar unit); 'were \"flaunted\" online' has its verb inside the marks, "
        "'criminal illegals convicted of sex crimes' names a class (no particular act), and the suggested clause "
        "'citizens \"pay the price\"' has its verb inside the marks (not listed). 'Of course, they're taking their "
        "cues from ... Tim Walz' is the publisher's inference and 'would rather see killers ... left on the streets' "
        "a preference (neither listed). 'the Trump Administration will keep doing everything it can to prevent ...' "
        "is a promise: listed with modality will, the aspect verb with its complement as object (as the golds' "
        "'began to stab', ewt-events-dev's 'have begun joining'). 'the newspaper' is written 'The Minnesota Star "
        "Tribune'."), [
        event("who drove drunk", "drove", "an illegal immigrant from Honduras", "drive",
              "down the wrong way of the highway", kind=B),
        event("who drove drunk", "killing", "an illegal immigrant from Honduras", "kill",
              "two innocent teenagers from Minnesota", kind=B),
        event("the newspaper has defended", "defended", "The Minnesota Star Tribune", "defend",
              "criminal illegal immigrant sex offenders whose photos and sex convictions were \"flaunted\" online",
              kind=S),
        event("the newspaper has defended", "sympathized", "The Minnesota Star Tribune", "sympathize",
              "with criminal illegals convicted of sex crimes", kind=S),
        event("the newspaper has defended", "suggested", "The Minnesota Star Tribune", "suggest",
              "citizens \"pay the price\" for deporting dangerous criminal illegals out of our communities", kind=S),
        event("will keep doing everything", "keep", "the Trump Administration", "keep",
              "doing everything it can to prevent these unspeakable, unnecessary tragedies from happening again",
              mod="will"),
    ]),
    "briefings-statements__2025-08-07-national-purple-heart-day-2025.txt": (doc(
        "The White House, Thursday 2025-08-07: President Trump's proclamation of National Purple Heart Day, 2025 (a "
        "proclamation)",
        "'BY THE PRESIDENT OF THE UNITED STATES OF AMERICA', 'A PROCLAMATION', the witness clause 'IN WITNESS WHEREOF, "
        "I have hereunto set my hand this seventh day of August, ...' and the signature 'DONALD J. TRUMP' are the "
        "proclamation's heading, formula and signature (no event). 'we pause in solemn tribute', 'we renew our "
        "resolve ... and we vow to forge a future', 'the First Lady joins me in honoring all Purple Heart recipients' "
        "and 'We are eternally indebted' are the proclamation's exhortations and tributes (the brief's 'we honor'), "
        "and 'who was wounded or killed defending', 'who have received this distinguished decoration', 'who has "
        "earned', 'who support the wounded', 'who grieve the fallen' speak of classes of people (no particular act). "
        "History told as background is listed: 'On August 7, 1782, General George Washington established the Badge "
        "of Military Merit' (background, 1782-08-07; 'fashioned with a heart-shaped purple cloth' describes, 'to "
        "honor acts of \"...\"' is a purpose). 'that award ... recognizes any member of our Armed Forces wounded or "
        "killed', 'is an award neither pursued nor won', 'it is bestowed as a symbol', 'stands as an enduring "
        "reminder' and 'our cherished freedom is preserved' are standing facts; 'my Administration remains "
        "steadfastly committed to pursuing a foreign policy ...' is a standing commitment (a state) and a boast; "
        "'Under my leadership, fewer conflicts will erupt ... but the significance of this decoration will never be "
        "diminished' is a forecast of the general kind and a boast (no agent's plan: not listed). 'I, DONALD J. "
        "TRUMP, ... do hereby proclaim August 7, 2025 as National Purple Heart Day' is the proclamation's own act, "
        "the issuer's act in the text's words: listed as a speech act, undated ('NOW' opens the formula; 'August 7, "
        "2025' is the day proclaimed, the object's date, not the act's). 'DONALD J. TRUMP' is written 'Donald J. "
        "Trump'."), [
        event("General George Washington established", "established", "George Washington", "establish",
              "the Badge of Military Merit", kind=B, date="1782-08-07"),
        event("do hereby proclaim August 7, 2025", "proclaim", "Donald J. Trump", "proclaim",
              "August 7, 2025 as National Purple Heart Day", kind=S),
    ]),
    "articles__2025-07-15-inflation-remains-right-on-target-under-president-trump.txt": (doc(
        "The White House, Tuesday 2025-07-15: an article on the June Consumer Price Index, with quotations of "
        "Karoline Leavitt, Rick Santelli and Maria Bartiromo (economic data, a round-up)",
        "The opening statement of Karoline Leavitt and the statements of Rick Santelli and Maria Bartiromo "
        "('Name: \"...\"') are quotations (not listed; 'since President Trump took office' in the first is inside "
        "the marks). 'Under President Donald J. Trump, America continues to beat back inflation after years of "
        "Biden-induced price hikes' is the publisher's boast told as a trend (not listed); 'Here's what you need to "
        "know ...:' and 'Here's what they're saying:' are lines that introduce (no event). 'June data confirms "
        "inflation is right on track' and 'The annualized rate ... is below the year-earlier pace, showing that "
        "prices are right on track' are the publisher's inferences from data (not listed, as ewt-events-dev's 'Today's "
        "incident proves that ...'). 'Core inflation beat expectations for another month' reports the month's "
        "reading as an outcome (listed, as the golds list a price's rise or fall; undated: 'for another month' names "
        "no date). 'Since President Trump took office' is a time clause that tells an act (background, undated); "
        "'core inflation has tracked at just 2.1%' and 'has come in below or at economists' expectations every "
        "single month' are a level and a record held over months (states, not listed), 'when prices were low and "
        "stable' a state. 'Wage growth remains strong', 'Real wages ... are up 1.3%' and '... all down over last "
        "year' are states and figures; 'Prices for everyday Americans continue to fall' is a trend told as a state "
        "(a bullet's lead that the next sentence tells with its date; not listed). 'Prices for new and used vehicles "
        "and airfares fell last month' is listed (2025-06); 'while annualized shelter inflation dropped to its "
        "lowest in nearly four years' tells a change of its own (undated: its clause names no date). 'President "
        "Trump' is written 'Donald J. Trump'."), [
        event("Core inflation beat expectations", "beat", "Core inflation", "beat", "expectations"),
        event("Since President Trump took office, core", "took", "Donald J. Trump", "take", "office", kind=B),
        event("Prices for new and used vehicles", "fell", "Prices for new and used vehicles and airfares", "fall",
              None, date="2025-06"),
        event("Prices for new and used vehicles", "dropped", "annualized shelter inflation", "drop",
              "to its lowest in nearly four years"),
    ]),
    "articles__2026-03-17-airline-ceos-demand-immediate-action-as-democrats-dhs-shutdown-pushes-air-travel-to-the-"
    "brink.txt": (doc(
        "The White House, Tuesday 2026-03-17: airline chief executives' letter to Congress on the shutdown of the "
        "Department of Homeland Security (a round-up of a letter)",
        "'As Democrats keep the Department of Homeland Security shutdown, deprive 100,000+ Americans of their "
        "paychecks, and continue to inflict pain on travelers' is the publisher's blame for a shutdown that holds "
        "(a state kept, its effects and a judgement; not listed); 'America's aviation leaders are sounding the "
        "alarm' is a speech act (the warning the next sentence tells again; listed in both, as events-dev29's "
        "'erupted', an act told again in a main clause). 'chief executives of ... warned that the ongoing shutdown "
        "is putting increasing strain on airport operations ...' lists the warning; its content is a state as it "
        "holds (not listed, as pud-events-dev's 'warned in-flight internet was often unreliable'), 'the workforce "
        "that keeps them running' a standing role. 'Airline CEOs are demanding that Congress \"immediately come "
        "together ...\"' lists the demand (its requested clause's verb is inside the marks: not listed). 'In their "
        "letter, airline CEOs wrote:' only introduces the quotations, and every sentence of the letter is inside "
        "quotation marks (not listed). The last sentence is the publisher's: 'Our aviation system relies heavily on "
        "TSA officers who are working around the clock WITHOUT PAY— struggling to put food on the table' tells "
        "states, and 'the Democrats MUST reopen DHS NOW' is the publisher's exhortation (not listed, as the brief's "
        "exhortations and ewt-events-dev's advice of the blogger). The three names of the executives are written "
        "as the text gives each ('America's aviation leaders', the list, 'Airline CEOs'; the zero-width space in "
        "'United Airlines' left out)."), [
        event("are sounding the alarm", "sounding", "America’s aviation leaders", "sound", "the alarm", kind=S),
        event("In a letter to Congress, chief", "warned", CEOS, "warn",
              "that the ongoing shutdown is putting increasing strain on airport operations and the workforce that "
              "keeps them running", kind=S),
        event("Airline CEOs are demanding", "demanding", "Airline CEOs", "demand",
              "that Congress \"immediately come together to reach an agreement to fund the Department of Homeland "
              "Security.\"", kind=S),
    ]),
    "articles__2025-09-12-president-trump-announces-bold-action-to-crush-violent-crime-in-memphis.txt": (doc(
        "The White House, Friday 2025-09-12: President Trump announces federal resources for Memphis against violent "
        "crime, with the city's crime figures and three releases without bail (crime, an article)",
        "'This morning' = 2025-09-12 dates the announcement; 'announced plans to deploy federal resources to "
        "Memphis' lists the announcement only, its plan named by a noun (as events-dev13's 'have announced plans to "
        "pull out of the Middle Eastern nation'); 'as part of the Trump Administration's aggressive push to "
        "dismantle ...' and 'fueled by failed Democrat governance' are a noun and a judgement. 'President Trump's "
        "decisive action has already been welcomed by elected officials in the state' is turned back (a speech act, "
        "undated); 'With Memphis enduring the highest violent crime rate' is a state. The embedded post '🚨 "
        "BREAKING: \"...\" pic.twitter.com/... — Rapid Response 47 (@RapidResponse47) September 12, 2025' is a "
        "quotation with its credit (not listed). 'It's clear Memphis needs help:' is a judgement; 'Memphis had the "
        "highest violent crime rate', 'was 344% higher', 'was higher than ...' are figures (states); 'There have been "
        "149 murders' is existential. 'Violent crime increased in 2024' is a change (background, 2024); 'bucking the "
        "national trend' compares (not listed). 'In 2022, Shelby County overhauled its bail system' is background "
        "(2022); 'instituting secured cash bail \"only as a last resort\"' tells what the overhaul did (the same "
        "act, as blind48's kind 23: not listed again), 'relying on a system that often results in no bail' a state, "
        "'at the behest of its Soros-funded District Attorney' a noun. 'Since then:' is a heading. The three cases "
        "are background, undated ('just one month earlier' is relative to a day the text does not give): the "
        "releases without bail and the arrest are agentless passives; 'a shooting that killed a Memphis police "
        "officer' is a relative that tells an act (the subject 'a shooting' as written); 'involved in a shooting' "
        "is a state; 'A man charged with ...' and 'Three men charged with ...' are reduced relatives that tell a "
        "particular charging (agentless, listed as blind48's 'Hagan, first elected to Congress in 2008'); 'after he "
        "shot at police in a 12-hour standoff' is a time clause that tells an act; 'in the shooting of their "
        "coworker' is a noun. 'President Donald J. Trump' is written 'Donald J. Trump'."), [
        event("This morning, President Donald J. Trump announced", "announced", "Donald J. Trump", "announce",
              "plans to deploy federal resources to Memphis, Tennessee", kind=S, date="2025-09-12"),
        event("has already been welcomed", "welcomed", "elected officials in the state", "welcome",
              "President Trump's decisive action", kind=S),
        event("Violent crime increased in 2024", "increased", "Violent crime", "increase", None, kind=B,
              date="2024"),
        event("In 2022, Shelby County overhauled", "overhauled", "Shelby County", "overhaul", "its bail system",
              kind=B, date="2022"),
        event("An 18-year-old man involved", "killed", "a shooting", "kill", "a Memphis police officer", kind=B),
        event("An 18-year-old man involved", "released", None, "release", MAN18, kind=B),
        event("An 18-year-old man involved", "arrested", None, "arrest", "An 18-year-old man", kind=B),
        event("A man charged with three counts", "charged", None, "charge", "A man", kind=B),
        event("A man charged with three counts", "shot", MAN, "shoot", "at police", kind=B),
        event("A man charged with three counts", "released", None, "release", MAN, kind=B),
        event("Three men charged with attempted murder", "charged", None, "charge", "Three men", kind=B),
        event("Three men charged with attempted murder", "released", None, "release", THREE, kind=B),
    ]),
    "briefings-statements__2025-03-07-first-lady-melania-trump-announces-2025-spring-garden-tours.txt": (doc(
        "The White House, Friday 2025-03-07: the spring garden tours of 2025 (a notice to visitors)",
        "The notice's plans are listed with modality will: 'This spring, the White House will open its gardens and "
        "grounds to visitors' (undated: a season, as events-dev27's 'this summer'), 'The National Park Service will "
        "distribute free, timed tickets ...' and 'Tickets will be distributed ...', the same distribution told again "
        "in a main clause, agentless (listed again, as events-dev29's 'erupted'). 'The grounds will be open on "
        "Saturday, April 5, ...', 'will also be accessible', 'is free and open', 'is located' are copulas; 'visitors "
        "can explore' a possibility open to visitors; the tour's rules ('A ticket is required', 'the following items "
        "are not allowed', 'The Secret Service reserves the right to prohibit ...', 'are permitted', 'will be "
        "permitted on the tour') are standing rules (not listed), the list of items carries no verb, and 'Please "
        "note', 'Please identify and explain', 'Please call', 'please visit' are requests to the reader (no event). "
        "'In the event of inclement weather, the event may be canceled' is the organiser's contingency: listed "
        "(agentless, modality may)."), [
        event("This spring, the White House will open", "open", "the White House", "open",
              "its gardens and grounds to visitors", mod="will"),
        event("The National Park Service will distribute", "distribute", "The National Park Service", "distribute",
              "free, timed tickets", mod="will"),
        event("Tickets will be distributed", "distributed", None, "distribute", "Tickets", mod="will"),
        event("the event may be canceled", "canceled", None, "cancel", "the event", mod="may"),
    ]),
    "articles__2025-07-03-history-made-the-one-big-beautiful-bill-is-on-its-way-to-president-trumps-desk.txt": (doc(
        "The White House, Thursday 2025-07-03: the House of Representatives passes the One Big Beautiful Bill "
        "(Congress, an article)",
        "Karoline Leavitt's statement and CNN's two quotations (with 'said CNN') are not listed. 'The House of "
        "Representatives just officially PASSED the One Big Beautiful Bill' is listed, undated ('just' names no "
        "date); 'giving final approval to ...' tells the same act (not listed again, as blind48's kind 23); 'in what "
        "is being called the \"biggest legislative win ...\"' is an agentless speech act whose verb stands before "
        "the marks (listed, as events-dev21's 'in what has widely been called an honor killing'). 'is on its way to "
        "President Trump's desk' is a copula. 'Again and again, Democrats tried to block historic tax relief, ...' "
        "reports a series of attempts (listed once, as blind48's 'has repeatedly voted against'); 'President Trump "
        "and Republicans fought and won for the American people' reports the fight and the win (two acts; 'for the "
        "American people' is the publisher's praise, no event of its own). 'President Trump' is written 'Donald J. "
        "Trump'."), [
        event("The House of Representatives just", "PASSED", "The House of Representatives", "pass",
              "the One Big Beautiful Bill"),
        event("The House of Representatives just", "called", None, "call", "what", kind=S),
        event("Again and again, Democrats tried", "tried", "Democrats", "try",
              "to block historic tax relief, increased border security, higher wages, an expanded Child Tax Credit, "
              "No Tax on Tips, No Tax on Overtime, No Tax on Social Security, savings accounts for newborns, and so "
              "much more"),
        event("Again and again, Democrats tried", "fought", "Donald J. Trump and Republicans", "fight",
              "for the American people"),
        event("Again and again, Democrats tried", "won", "Donald J. Trump and Republicans", "win", None),
    ]),
}


def main() -> int:
    import wh_corpus
    from gold_writer import write_event_gold

    expected = wh_corpus.half("dev")
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    with tempfile.TemporaryDirectory() as tmp:
        wh_corpus.write_corpus(Path(tmp))
        total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet="The White House")
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
