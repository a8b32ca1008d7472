"""Round ecb57test4: a blind, HELD-OUT event gold on real news of other publishers (the ``test4`` half of the ECB+
articles in ``bench/audit/ecb57/corpus``, ten articles of ten outlets of 2012-2013), written to
``tests/data/gold/ecb-events-test4``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md`` and the ``about`` fields of the earlier ECB+ golds, ecb-events-dev to -dev9
and -test to -test3, whose articles on the same stories are the nearest precedents); the calls are in each article's
``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb57/make_gold_ecb57test4.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``. This gold is held
out: no rule is made on it and its error rows are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test4"
SCRIPT = "bench/audit/ecb57/make_gold_ecb57test4.py"
CORPUS = ROOT / "bench" / "audit" / "ecb57" / "corpus"

# Said once here, as rounds ecb53 to ecb56: an article's date is its manifest row's (the date it prints, else none:
# published null). An event is dated where its own clause names a date expression, resolved from the publication
# date (a past weekday to the one before or on it, a scheduled one to the one after); a participle after a dated
# clause shares its date; with no publication date, only a full date, a month with its year or a year by itself
# dates. A headline is a sentence of its own, listed when it tells an act; datelines, time lines and 'Posted' lines
# are furniture. Everything inside quotation marks (not a title or a term), and the verb that only introduces it, is
# not listed; a said-like verb is not listed itself, its clause's act is, reported by the speaker; a said-like verb
# whose clause holds only a state is not listed (pud49dev); states, figures, opinions, guesses, generalities,
# conditionals, purposes and abilities are no events; an act told again in a main clause is listed again, in a
# subordinate clause not. People are written by the fullest name the article gives.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
FC = "Fire crews from Devon and Somerset Fire and Rescue"
AL, RW, COL, DEF = "Andrew Luck", "Reggie Wayne", "the Colts", "the Colts defense"
DM, CR, GE, WA = "Doug McDermott", "Creighton", "Gregory Echenique", "Will Artino"
LL, MH, AP = "Lindsay Lohan", "Mark Heller", "the Associated Press"
JJ, VIC = "John Jenkin", "Alice McMeekin and Kathryn Jenkin"
ED, EW, MS = "Ellen DeGeneres", "Esther Williams", "Microsoft"

DOCS = {
    "ecb_14_8.txt": (doc(
        "fia.uk.com, Monday 2013-07-22: the Waitrose supermarket in Wellington, Somerset, catches fire and fire crews "
        "contain the blaze (local news, fire)",
        "'22 Jul 2013' is furniture. The headline's 'catches fire' is listed (verb 'catch', object 'fire', as "
        "ecb-events-dev's 'caught fire'); 'yesterday (July 21st)' = 2013-07-21 dates the fire and its participle "
        "'causing' (as the earthquake's 'causing' of the earlier golds, its subject the main clause's). 'The fire service "
        "was called ... to the store' is an agentless passive (undated: '06:00 BST' is a time, not a date). 'Upon "
        "arrival they found that the roof fire was quite significant' is a perception verb with a state as its content "
        "(not listed, as pud49dev's said-like verbs). 'a report from ITV revealed' only introduces its clause's acts "
        "(listed, reported by ITV). 'could not be extinguished before a part of the entrance building collapsed' is a "
        "narrated failure, listed as a negated agentless act (as ecb53dev3's 'was not able to come to an agreement'), "
        "the collapse listed too. 'was left largely intact' is a state; 'with crews checking for hotspots' a 'with' "
        "absolute that tells an act under way (as ecb52test's 'with BBC even promoting'). Matt Goodman's 'explained "
        "that the fire began' lists the beginning reported by him; his quotation and its 'he said' are not listed. "
        "'A spokesperson from Waitrose explained that no one was hurt' lists a negated agentless act (as the earlier "
        "golds' 'killed no one'), 'was grateful' a state. 'Investigations ... are ongoing' is a state; the last two "
        "sentences (fire risk assessments) are generalities and a conditional."), [
        event("Waitrose in Wellington catches fire", "catches", "Waitrose in Wellington", "catch", "fire"),
        event("A Waitrose supermarket in a Somerset town", "caught", "A Waitrose supermarket in a Somerset town",
              "catch", "fire", date="2013-07-21"),
        event("A Waitrose supermarket in a Somerset town", "causing", "A Waitrose supermarket in a Somerset town",
              "cause", "substantial damage to the building\u2019s roof", date="2013-07-21"),
        event("The fire service was called", "called", None, "call", "The fire service"),
        event("Fire crews from Devon and Somerset", "attended", FC, "attend", "the scene", rep="ITV"),
        event("Fire crews from Devon and Somerset", "called", FC, "call", "a further four appliances", rep="ITV"),
        event("They contained the fire", "contained", FC, "contain", "the fire to one corner of the roof"),
        event("They contained the fire", "extinguished", None, "extinguish", "the fire", neg=True),
        event("They contained the fire", "collapsed", "a part of the entrance building", "collapse", None),
        event("By about 09:30 BST the fire", "checking", "crews", "check", "for hotspots"),
        event("Matt Goodman explained that", "began", "the fire", "begin", "on the outside of the building",
              rep="Matt Goodman"),
        event("A spokesperson from Waitrose explained", "hurt", None, "hurt", "no one", neg=True,
              rep="A spokesperson from Waitrose"),
    ]),
    "ecb_29_2.txt": (doc(
        "profootballtalk.nbcsports.com, Sunday 2012-12-23: the Colts beat the Chiefs 20-13 in Kansas City and clinch "
        "a playoff berth (sport, American football)",
        "'Posted on December 23, 2012, 4:42 PM EDT' is furniture. The article names the teams only 'the Colts' and "
        "'Kansas City' / 'the Chiefs' (written so); 'Luck' is written 'Andrew Luck', 'Wayne' 'Reggie Wayne', 'The "
        "defense' and 'they' (line 15) 'the Colts defense', 'The head coach' 'Chuck Pagano'. The headline's 'clinch' is "
        "listed. 'has been vital' is a state, 'It paid off one more time' the writer's characterisation (as ecb53dev4's "
        "'put on a show'). No play's clause names a date ('Week 16' is a noun), so the game is undated. 'to break a "
        "13-13 tie' is a running score (not listed, as ecb54dev5's 'gave the Colts a 20-13 lead'); the other result "
        "infinitives ('to put the Colts on the verge of a playoff berth', 'to ice the game', 'to set up Wayne's "
        "game-winning score') are listed (as ecb54dev5's 'to earn a 10th victory'); 'they needed to punch their "
        "postseason ticket' describes the drive. 'were able to come up with the drive' is an ability realised in the "
        "past, listed as the act (the converse of ecb53dev3's negated 'was not able to come to an agreement'). 'Give "
        "the Colts defense a lot of credit' and 'make sure that you're careful to note' are the writer's imperatives; "
        "'the chances the defense gave Kansas City' a relative inside them (not listed). 'Jamaal Charles had 226 yards' "
        "is a figure; 'Peyton Hillis ran for 101 yards' is listed (as ecb55dev7's 'threw for 205 yards'). 'it's pretty "
        "damning that the Colts couldn't keep Kansas City from running the ball' is the writer's judgement framing a "
        "negated act told for the first time (listed, negated). 'That will likely be something ... to worry about' is a "
        "guess; 'is expected to return to work on Monday' a scheduled act (will, 2012-12-24, as ecb53dev3's 'is "
        "scheduled to'); 'battling leukemia' a state. 'Fixing the run defense ... will be hard' is an opinion, its "
        "'after drafting first overall last April' an earlier act (background, 2012-04)."), [
        event("Colts clinch playoff berth", "clinch", COL, "clinch", "playoff berth"),
        event("Luck hit Wayne", "hit", AL, "hit", "Reggie Wayne for a seven-yard touchdown"),
        event("Luck hit Wayne", "put", AL, "put", "the Colts on the verge of a playoff berth"),
        event("The defense forced a three-and-out", "forced", DEF, "force", "a three-and-out"),
        event("The defense forced a three-and-out", "ran", "Vick Ballard", "run", "for a first down"),
        event("The defense forced a three-and-out", "ice", "Vick Ballard", "ice", "the game"),
        event("interception return opened the scoring", "opened", "Darius Butler\u2019s interception return", "open",
              "the scoring"),
        event("interception return opened the scoring", "stuffed", DEF, "stuff", "Brady Quinn"),
        event("The Colts took the ball", "took", COL, "take", "the ball"),
        event("The Colts took the ball", "went", COL, "go", "73 yards in 13 plays"),
        event("The Colts took the ball", "set", COL, "set up", "Reggie Wayne\u2019s game-winning score"),
        event("It had not been a great day", "come", "the Colts offense", "come up with", "the drive"),
        event("Jamaal Charles had 226 yards", "ran", "Peyton Hillis", "run", "for 101 yards"),
        event("Given the lack of threat", "keep", COL, "keep", "Kansas City from running the ball", neg=True),
        event("The head coach is expected", "return", "Chuck Pagano", "return", "to work", mod="will",
              date="2012-12-24"),
        event("Fixing the run defense", "drafting", COL, "draft", "first overall", kind=B, date="2012-04"),
    ]),
    "ecb_31_7.txt": (doc(
        "starherald.com, Friday 2013-03-08: Doug McDermott becomes Creighton's all-time leading scorer as Creighton "
        "beats Drake 65-53 in the Missouri Valley tournament quarterfinals (college basketball)",
        "The game is ecb54dev5's ecb_31_4 and ecb53dev4's ecb_31_8; their calls are followed. 'Posted: Friday, March 8, "
        "2013 2:39 pm' is furniture. The headline's 'fuels' is listed. 'McDermott' is written 'Doug McDermott', "
        "'Echenique' and 'the center' 'Gregory Echenique', 'Artino' 'Will Artino', 'Carter' 'Richard Carter', 'Simons' "
        "'Ben Simons', 'the Bluejays' 'Creighton', 'the Bulldogs' 'Drake'. 'Friday' = 2013-03-08 dates the lead's "
        "clause and its coordinated 'became' (listed, a change of state) and 'in helping the Bluejays to a 65-53 "
        "victory', listed here because it is the article's only telling of the win (unlike ecb55dev7's 'helping', a "
        "gloss on an act listed). Every stat line ('scored 23 points', 'got 14 points from', 'scored 11 points', 'led "
        "Drake with 13 points', 'added 12', 'got five points from', 'scored seven points', 'Five came in a 7-0 run', "
        "'struck again ... scoring four straight points', 'got baskets from') is a figure, and every running score ('to "
        "make it ...', 'added a point to their 33-26 halftime lead', 'allowed the Bluejays to go ... to a 19-12 lead', "
        "'to open a 45-36 lead', 'to close within six', 'made it a 45-42 game', 'put Creighton up 47-42', 'pulled Drake "
        "back within three', 'stretched the Creighton lead', 'hiked the run to 12-0') is not listed (ecb54dev5). "
        "'to help the top-seeded Bluejays shake the stubborn Bulldogs' lists the shaking (a result infinitive, as "
        "ecb54dev5's 'to pull away'), not the helping. 'had defeated Bradley in Thursday's play-in round' is "
        "background, 2013-03-07 (as ecb54dev5); 'hung with Creighton' a play, 'running out of gas' the writer's figure "
        "of speech (not listed), 'ending its season 15-17' and 'improved to 25-7' records changed (listed). 'with more "
        "than 6,000 fans cheering it on' is a 'with' absolute telling an act (listed). The plays are listed "
        "('converted a three-point play', 'buried a 3-pointer', 'buried a 3-point shot coming off a screen', 'blocked "
        "a shot', 'turned a rebound into a three-point play', 'snapped its scoreless string', as ecb54dev5's 'sank', "
        "'hit', 'ended the run'), but for 'he turned a rebound into a three-point play', which stands after the "
        "stray closing mark of 'Drake\u201d s end' (read by the golds' form rule, tests/conftest.py's "
        "check_event_gold, as inside a quotation: not listed, a call forced by the form check, as ecb55dev7's "
        "unclosed mark, left to the lead); 'picked up the slack' is the writer's characterisation (not listed); 'Drake had a "
        "chance to tie' a state, 'Richard Carter couldn't convert an open look' a negated play (listed, as ecb54dev5's "
        "'missed a tying trey'). 'now has 2,129 points heading into Saturday's semifinals' is a figure."), [
        event("McDermott fuels Creighton", "fuels", DM, "fuel", "Creighton past Drake"),
        event("Doug McDermott scored 23 points", "became", DM, "become", "Creighton\u2019s all-time leading scorer",
              date="2013-03-08"),
        event("Doug McDermott scored 23 points", "helping", DM, "help",
              "the Bluejays to a 65-53 victory over Drake", date="2013-03-08"),
        event("McDermott broke Rodney Buford", "broke", DM, "break",
              "Rodney Buford\u2019s school scoring record of 2,116 points"),
        event("Creighton also got 14 points", "shake", CR, "shake", "the stubborn Bulldogs"),
        event("Drake, which had defeated Bradley", "defeated", "Drake", "defeat", "Bradley", kind=B,
              date="2013-03-07"),
        event("Drake, which had defeated Bradley", "hung", "Drake", "hang with", "Creighton"),
        event("Drake, which had defeated Bradley", "ending", "Drake", "end", "its season 15-17"),
        event("Creighton, with more than 6,000 fans", "cheering", "more than 6,000 fans", "cheer on", CR),
        event("Creighton, with more than 6,000 fans", "improved", CR, "improve", "to 25-7"),
        event("Creighton got five points from Echenique", "converted", GE, "convert", "a three-point play"),
        event("Drake got baskets from Carter", "buried", "Ben Simons", "bury", "a 3-pointer from the corner"),
        event("After a Creighton turnover", "convert", "Richard Carter", "convert", "an open look, 3-point shot",
              neg=True),
        event("McDermott then buried a 3-point shot", "buried", DM, "bury", "a 3-point shot"),
        event("McDermott then buried a 3-point shot", "coming", DM, "come off", "a screen"),
        event("After Echenique blocked a shot", "blocked", GE, "block", "a shot"),
        event("Two Grant Gibbs free throws", "snapped", "Drake", "snap", "its scoreless string"),
    ]),
    "ecb_1_13.txt": (doc(
        "ontheredcarpet.com, Thursday 2013-05-02: Lindsay Lohan checks into a rehab facility for her court-ordered "
        "90-day stay, her lawyer says (celebrity, courts)",
        "'05 / 02 / 2013' is furniture. The headline's check-in is reported by 'lawyer', written Mark Heller (the "
        "fullest name, line 7); its 'to begin 90-day stint' and the lead's 'to begin a 90-day court-ordered stint' are "
        "purposes, 'handed down as part of a sentence' a participle that describes the stint (not listed, as "
        "ecb54dev5's 'a security advisory issued Tuesday'). 'it remains unclear whether a judge will accept' is a "
        "guess; 'whose location was not revealed publicly' a relative that tells a negated agentless act (listed, as "
        "ecb52test2's 'a fire that devastated'), reported by the Associated Press, whose 'reported, quoting ... as "
        "saying' only introduces; 'on May 2' dates the saying, not the approval, so 'prosecutors have not approved it "
        "yet' is undated, reported by Mark Heller. 'One of them told the judge he needed more time' is a said-like verb "
        "with a state as its content (not listed, as ecb-events' 'told detectives she couldn't see'); 'the judge has "
        "given him a May 10 deadline' is listed, reported by the Associated Press ('the news wire'), undated (May 10 "
        "names the deadline)."), [
        event("Lindsay Lohan checks into rehab", "checks", LL, "check into", "rehab", rep=MH),
        event("Lindsay Lohan has checked into", "checked", LL, "check into", "a rehab facility"),
        event("it remains unclear whether", "revealed", None, "reveal", "the location of the center", neg=True,
              rep=AP),
        event("it remains unclear whether", "approved", "prosecutors", "approve", "her placement at the center",
              neg=True, rep=MH),
        event("One of them told the judge", "given", "the judge", "give", "him a May 10 deadline", rep=AP),
    ]),
    "ecb_32_6.txt": (doc(
        "metro.co.uk, Monday 2013-06-10: John Jenkin is charged with murdering his mother and sister in Millom, "
        "Cumbria (crime, UK courts)",
        "The story is ecb55dev7's ecb_32_4; its calls are followed. 'Monday 10 Jun 2013 10:45 am' is furniture. 'Man' "
        "and 'A 23-year-old man' are written 'John Jenkin' (the fullest name, as ecb55dev7); the headline's and the "
        "lead's charges are agentless and each listed (ecb52test2, ecb55dev7), their murders the charge's content (not "
        "listed). 'is due in court' and 'is due before Furness district magistrates' court today' carry no verb of an "
        "act (states of a schedule, unlike ecb52test2's 'was due to appear'). 'on Saturday morning' = 2013-06-08 dates "
        "the finding and the 'with' absolute 'with Mr Jenkin arrested shortly afterwards' (a participle after a dated "
        "clause). 'Detectives said ... were found with head injuries' tells the finding again in a main clause (listed "
        "again, reported by detectives). 'Although formal identification has not yet taken place' is a negated act "
        "(listed), 'Cumbria police announced the identities' a speech act, 'who has also been charged with animal "
        "cruelty' a second charge, 'after the family dog was found dead' an agentless act told for the first time."), [
        event("Man charged with murdering", "charged", None, "charge", JJ),
        event("A 23-year-old man has been charged", "charged", None, "charge", JJ),
        event("Both women were found dead", "found", None, "find", VIC, date="2013-06-08"),
        event("Both women were found dead", "arrested", None, "arrest", JJ, date="2013-06-08"),
        event("Detectives said Ms McMeekin", "found", None, "find", VIC, rep="Detectives"),
        event("Although formal identification", "taken", "formal identification", "take place", None, neg=True),
        event("Although formal identification", "announced", "Cumbria police", "announce",
              "the identities of the victims and Mr Jenkin", kind=S),
        event("Although formal identification", "charged", None, "charge", JJ),
        event("Although formal identification", "found", None, "find", "the family dog"),
    ]),
    "ecb_43_1.txt": (doc(
        "sites.amd.com, Wednesday 2012-02-29: AMD announces its agreement to acquire the microserver maker SeaMicro "
        "(business, technology; the company's own page)",
        "The headline's 'Announces Strategic Investment' is a speech act (listed), its 'to Accelerate' a purpose. 'On "
        "February 29, 2012, AMD announced a definitive agreement to acquire SeaMicro' lists the announcement only (the "
        "acquisition is the noun's content, as ecb52test2's 'announced his intent to nominate'), 2012-02-29. The "
        "article names the company only 'AMD' (written so). The rest is the company's statement of strategy in the "
        "present ('is accelerating our disruptive server strategy', 'positions AMD to expand', 'builds upon', 'provide "
        "AMD differentiated capabilities'): states, claims and purposes (not listed); 'We are excited to have SeaMicro "
        "join AMD' a feeling (a state)."), [
        event("AMD Announces Strategic Investment", "Announces", "AMD", "announce", "Strategic Investment", kind=S),
        event("On February 29, 2012, AMD announced", "announced", "AMD", "announce",
              "a definitive agreement to acquire SeaMicro", kind=S, date="2012-02-29"),
    ]),
    "ecb_2_5.txt": (doc(
        "huffingtonpost.com, Friday 2013-08-02: Ellen DeGeneres is named host of the 2014 Oscars, her second time "
        "(film, television)",
        "'Posted: 08 / 02 / 2013 11:10 am EDT' is furniture. The headline's 'Set As Oscars Host' is an agentless "
        "passive (listed, subject none, as ecb54dev5's 'picked'); 'will host the Oscars' the hosting to come (will, "
        "undated: the lead names no date). 'made the announcement via her Twitter feed on Friday' is a speech act "
        "(2013-08-02, the Friday of publication). 'has experience' is a state; 'She previously served as emcee during "
        "the 2007 ceremony' background, 2007 (as ecb52dev's 'having previously emceed'). The quotation and its 'said' "
        "are not listed, 'a press release announcing the big news' describes the release; 'That DeGeneres was chosen "
        "as host should please critics' is a guess whose subject clause tells the choice again (not listed), 'who were "
        "unhappy' a state."), [
        event("Ellen DeGeneres Set As Oscars Host", "Set", None, "set", ED),
        event("Ellen DeGeneres will host the Oscars", "host", ED, "host", "the Oscars", mod="will"),
        event("The comedian and talk show host made", "made", ED, "make", "the announcement", kind=S,
              date="2013-08-02"),
        event("DeGeneres has experience hosting", "served", ED, "serve", "as emcee", kind=B, date="2007"),
    ]),
    "ecb_27_2.txt": (doc(
        "bit-tech.net, Wednesday 2013-09-18: Microsoft releases an out-of-cycle Fix-It patch for an Internet Explorer "
        "flaw under attack, after a September of faulty updates (technology, security)",
        "The story is ecb54dev5's ecb_27_4; its calls are followed. 'Published on 18th September 2013' is furniture. "
        "The headline's 'releases' is listed. 'Microsoft's bad September continues to grow worse' is the writer's "
        "judgement, its 'with the company being forced to issue an out-of-cycle patch' lists the issuing (the being "
        "forced read as a necessity, as a modal), so too 'was forced to remove and re-release a total of ten patches' "
        "(background: the month's earlier updates), and 'got off to a bad start' is a judgement whose when-clause "
        "'the company issued a raft of faulty updates' tells an act (background, undated: 'September' belongs to the "
        "judgement, 'Patch Tuesday' to a noun). 'While the issues have now been resolved' is an agentless act told "
        "first in a subordinate clause (listed, background); 'making it the worst Patch Tuesday' and 'a six-month run "
        "that has seen ...' are judgements and a figure. 'Today's admission ... isn't going to do much' is an opinion; "
        "'Microsoft has confirmed that a flaw ... is being actively exploited' lists the exploitation (agentless, "
        "reported by Microsoft, undated: 'Today' belongs to the noun 'admission'), 'considers the issue serious enough "
        "to release' a stance with a state (not listed). 'is only available' and 'is a work-around' are states, 'will "
        "not be published through Windows Update' a negated act to come (listed); 'which had already been targeted in "
        "prior attacks at the start of the year' background (agentless, 2013: the year named by 'the year', as a year "
        "by itself). Dustin Childs's words in single quotation marks and their 'explained', 'he added' are not listed; "
        "'the current targeted attacks are only being pointed at the outdated Internet Explorer 8 and Internet "
        "Explorer 9 releases' is a state of the attacks (as ecb54dev5's 'attacks have been limited to users of "
        "Internet Explorer 8 and Internet Explorer 9'), 'it is thought the flaw could exist' a guess; 'Microsoft's "
        "advice is to install', 'The patch applies', 'is only designed to', 'being better protected' and 'users would "
        "be well advised' are advice and states."), [
        event("Microsoft releases out-of-cycle patch", "releases", MS, "release", "out-of-cycle patch for IE flaw"),
        event("Microsoft's bad September continues", "issue", MS, "issue",
              "an out-of-cycle patch for a zero-day vulnerability in its Internet Explorer web browser"),
        event("Microsoft's September got off", "issued", MS, "issue", "a raft of faulty updates", kind=B),
        event("While the issues have now been resolved", "resolved", None, "resolve", "the issues", kind=B),
        event("While the issues have now been resolved", "remove", MS, "remove", "a total of ten patches", kind=B),
        event("While the issues have now been resolved", "re-release", MS, "re-release", "a total of ten patches",
              kind=B),
        event("Today's admission from the company", "exploited", None, "exploit",
              "a flaw in its Internet Explorer web browser", rep=MS),
        event("The update, which is only available", "published", None, "publish", "The update", neg=True,
              mod="will"),
        event("The update, which is only available", "targeted", None, "target",
              "Microsoft's MSHTML Shim component", kind=B, date="2013"),
    ]),
    "ecb_4_11.txt": (doc(
        "starpulse.com, Thursday 2013-06-06: the swimmer and actress Esther Williams dies aged 91 (an obituary)",
        "The story is ecb53dev3's ecb_4_5; its calls are followed. 'June 6th, 2013 7: 38pm EDT' is furniture. The "
        "headline's 'Dies' and the lead's 'has died' are listed, undated; 'passed away ... on Thursday' (= 2013-06-06) "
        "tells the death again in a main clause (listed again); 'The star of such MGM movie hits' is written 'Esther "
        "Williams'. The film titles in quotation marks are titles. 'who once held the record' is a state; 'was "
        "promoted as \"the girl you will dream about!\"' an agentless act of her career (background, undated), the "
        "quoted words a slogan; 'the film that made her a household name' a relative that tells a change of state "
        "(background), 'which was released shortly after D-Day in 1944' background, 1944, and its participle 'making "
        "her one of the top pin-up girls' shares the date (background); 'serving in World War II' a state. 'Harlan "
        "Boll, confirmed her death to the Associated Press on Thursday' is a speech act with a noun as its object "
        "(listed, 2013-06-06, as ecb-events' 'announced the identities')."), [
        event("Esther Williams Dies At 91", "Dies", EW, "die", None),
        event("Esther Williams has died", "died", EW, "die", None),
        event("The star of such MGM movie hits", "passed", EW, "pass away", None, date="2013-06-06",
              sent=("The star of such MGM movie hits", "at the age of 91.")),
        event("The California native, who once held", "promoted", None, "promote", EW, kind=B),
        event("The California native, who once held", "made", "Bathing Beauty", "make", "her a household name",
              kind=B),
        event("The California native, who once held", "released", None, "release", "Bathing Beauty", kind=B,
              date="1944"),
        event("The California native, who once held", "making", "Bathing Beauty", "make",
              "her one of the top pin-up girls of U.S. servicemen", kind=B, date="1944"),
        event("Williams' publicist, Harlan Boll", "confirmed", "Harlan Boll", "confirm", "her death", kind=S,
              date="2013-06-06"),
    ]),
    "ecb_24_9.txt": (doc(
        "ahametals.com (no date in the manifest): four ram-raiders rob a jewellery store near Place Vendome in Paris "
        "of $2.6 million, a month after a record hotel heist in Cannes (crime, France)",
        "The story is ecb56dev9's ecb_24_5; its calls are followed. published is null, so 'early Monday' dates nothing "
        "(no clause names a full date or a year). The headline has no verb. 'A smash-and-grab ... saw four robbers make "
        "off' is a figure of speech (the 'saw' not listed, as ecb56dev9's 'Paris also witnessed'), its 'make off' the "
        "act. 'At around 4:30 a.m.' names no day. The acts of line 7 ('scooping up', 'reversed', 'set fire', 'making "
        "off') are reported by Le Monde; 'set fire to it' is written 'set', object 'fire to their car' (as "
        "ecb56dev9). 'The raid comes little over a month after' relates two events (not listed); the Cannes and Cap "
        "d'Antibes thefts are background (undated), their thieves written as each clause names them ('a masked "
        "bandit', 'A lone robber', 'Thieves', 'a crook'); 'remains at large' is a state, 'working for Chopard' a state, "
        "'was lifted by a crook' a passive turned back."), [
        event("A smash-and-grab on a high end", "make", "four robbers", "make off",
              "with jewelry and watches valued at over $2. 6 million"),
        event("At around 4:30 a.m. local time", "rammed", "the thieves", "ram",
              "an SUV into the front of the Casty store"),
        event("After scooping up jewelry", "scooping", "the thieves", "scoop up", "jewelry and watches",
              rep="Le Monde"),
        event("After scooping up jewelry", "reversed", "the thieves", "reverse", "their car out of the store",
              rep="Le Monde"),
        event("After scooping up jewelry", "set", "the thieves", "set", "fire to their car", rep="Le Monde"),
        event("After scooping up jewelry", "making", "the thieves", "make off", "in another vehicle",
              rep="Le Monde"),
        event("The raid comes little over a month", "made", "a masked bandit", "make off",
              "with an $136M worth of diamonds and jewels from the Carlton Intercontinental Hotel in Cannes", kind=B),
        event("A lone robber entered", "entered", "A lone robber", "enter", "through a French door", kind=B),
        event("A lone robber entered", "scooped", "A lone robber", "scoop up", "the loot", kind=B),
        event("A lone robber entered", "jumped", "A lone robber", "jump", "out of another window", kind=B),
        event("Thieves also targeted", "targeted", "Thieves", "target", "the annual Cannes film festival", kind=B),
        event("Thieves also targeted", "stealing", "Thieves", "steal",
              "almost $2 million of jewelry from the safe in the hotel room of an American jeweler", kind=B),
        event("Days later a $2. 5 million necklace", "lifted", "a crook", "lift", "a $2. 5 million necklace",
              kind=B),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "test4"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
