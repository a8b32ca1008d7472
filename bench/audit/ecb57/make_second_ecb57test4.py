"""Round iaa56-test4: a second, independent event annotation of the ``test4`` half of the ECB+ articles in
``bench/audit/ecb57/corpus`` (ten articles of ten outlets), written to ``tests/data/gold/ecb-events-test4-second``
to measure how far two annotators agree under the same conventions (inter-annotator agreement).

The annotations below were made blind: by reading every sentence of the ten articles, without opening the first
annotation of these texts, its script or README, or any toolkit output on them, in the conventions of the event
golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``, ``bench/audit/ecb56/README-ecb56dev9.md``,
``bench/audit/ecb55/README-ecb55dev7.md`` and ``README-ecb55dev8.md``); the calls are in each article's ``about``.
Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb57/make_second_ecb57test4.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test4-second"
SCRIPT = "bench/audit/ecb57/make_second_ecb57test4.py"
CORPUS = ROOT / "bench" / "audit" / "ecb57" / "corpus"

# The conventions of rounds ecb52 to ecb56 (said in make_gold_ecb56dev9.py's header), unchanged: an article's date
# is its manifest row's; an event is dated where its own clause names a date expression, resolved from the
# publication date (a past weekday to the one before or on it, a scheduled one to the one after); a participle after
# a dated clause shares its date, a second coordinated verb does not; with no publication date only a full date or a
# year dates. Headlines are sentences, listed when they tell an act; datelines are furniture. Quotations and the verb
# that only introduces them are not listed; a said-like verb whose clause tells an act gives its content (with
# reported_by), one whose clause holds a state gives nothing. States, figures, opinions, habits, plans and purposes
# are no events; an act told again in a subordinate clause is not listed again.
COMMON = ("ECB+ news article (CC BY 3.0); second, independent annotation (inter-annotator agreement); dated where "
          "the event's own clause names a date expression, resolved from the publication date; quotations, states, "
          "figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
WW = "Waitrose in Wellington"
FC = "Fire crews from Devon and Somerset Fire and Rescue"
COL, DEF = "the Colts", "the Colts defense"
DM, WA, GE, CR = "Doug McDermott", "Will Artino", "Gregory Echenique", "Creighton"
LL, MH = "Lindsay Lohan", "Mark Heller"
JJ, VIC = "John Jenkin", "Alice McMeekin and Kathryn Jenkin"
ED = "Ellen DeGeneres"
MS = "Microsoft"
EW = "Esther Williams"
ROB, BAN = "four robbers", "a masked bandit"

DOCS = {
    "ecb_14_8.txt": (doc(
        "fia.uk.com, Monday 2013-07-22: the Waitrose supermarket in Wellington, Somerset, catches fire (fire, UK)",
        "'22 Jul 2013' is furniture. The headline and the lead each give the fire ('catch fire' as ecb52test's "
        "'which caught fire'); 'yesterday (July 21st)' = 2013-07-21 dates the lead and its participle 'causing'. "
        "'was called at approximately 06:00' is agentless and undated (a clock time names no day). 'Upon arrival "
        "they found that the roof fire was quite significant' holds a state (not listed). The crews' 'attended' and "
        "'called' are reported by 'a report from ITV' ('revealed' not listed); 'to help' a purpose. 'could not be "
        "extinguished' is an agentless negated act, could (as ecb52test2's 'could not say'). 'was left largely "
        "intact', 'the fire was largely out' states; 'with crews checking for hotspots' an act under way (listed, "
        "as ecb55dev8's acts going on). 'Matt Goodman explained that the fire began' gives the beginning reported by "
        "him; the quotation is not listed. 'no one was hurt' an agentless negated act reported by the Waitrose "
        "spokesperson ('No arrests were made', ecb55dev7), 'was grateful' a stance held. 'Investigations ... are "
        "ongoing' a state; the last two sentences are generalities about fire law (not listed)."), [
        event("Waitrose in Wellington catches fire", "catches", WW, "catch", "fire"),
        event("A Waitrose supermarket in a Somerset town", "caught", WW, "catch", "fire", date="2013-07-21"),
        event("A Waitrose supermarket in a Somerset town", "causing", WW, "cause",
              "substantial damage to the building's roof", date="2013-07-21"),
        event("The fire service was called", "called", None, "call", "The fire service"),
        event("Fire crews from Devon", "attended", FC, "attend", "the scene", rep="a report from ITV"),
        event("Fire crews from Devon", "called", FC, "call", "a further four appliances", rep="a report from ITV"),
        event("They contained the fire", "contained", FC, "contain", "the fire to one corner of the roof"),
        event("They contained the fire", "extinguished", None, "extinguish", "the fire", neg=True, mod="could"),
        event("They contained the fire", "collapsed", "a part of the entrance building", "collapse"),
        event("By about 09:30 BST", "checking", FC, "check", "for hotspots"),
        event("Matt Goodman explained", "began", "the fire", "begin", None, rep="Matt Goodman"),
        event("A spokesperson from Waitrose explained", "hurt", None, "hurt", "no one", neg=True,
              rep="A spokesperson from Waitrose"),
    ]),
    "ecb_29_2.txt": (doc(
        "profootballtalk.nbcsports.com, Sunday 2012-12-23: the Indianapolis Colts beat the Kansas City Chiefs 20-13 "
        "and clinch a playoff berth (sports, NFL)",
        "The 'Posted on' line is furniture; the game's clauses name no date ('in Week 16' is no calendar date), so "
        "they are undated. The headline tells the clinching (ecb55dev7's 'to clinch playoff spot'). 'has been "
        "vital' a state; 'It paid off one more time for the game-winning play' sums up the play told next (not "
        "listed). Result infinitives that happened are listed (ecb55dev7's 'to break the single-season rookie "
        "record'): 'to break a 13-13 tie', 'put the Colts on the verge', 'to ice the game', 'to set up Wayne's "
        "game-winning score'. 'Give the Colts defense a lot of credit' and 'make sure that you're careful' are the "
        "writer's imperatives (not listed). 'Jamaal Charles had 226 yards' a figure, but 'Peyton Hillis ran for 101 "
        "yards' is listed as a run (ecb55dev7's 'threw for 205 yards'). 'it's pretty damning that the Colts couldn't "
        "keep Kansas City from running' lists the negated act (the framing not, as ecb55dev7's blog framing). 'is "
        "expected to return to work on Monday' = will, 2012-12-24 (ecb53dev4's 'is expected to be handed over'); "
        "'battling leukemia' a state; 'after drafting first overall last April' a gerund after 'after' (ecb56dev9's "
        "'After skipping out'), 2012-04, background."), [
        event("Colts clinch playoff berth", "clinch", COL, "clinch", "playoff berth"),
        event("Luck hit Wayne", "hit", "Andrew Luck", "hit", "Reggie Wayne for a seven-yard touchdown"),
        event("Luck hit Wayne", "break", "Andrew Luck", "break", "a 13-13 tie"),
        event("Luck hit Wayne", "put", "Andrew Luck", "put", "the Colts on the verge of a playoff berth"),
        event("The defense forced", "forced", DEF, "force", "a three-and-out"),
        event("The defense forced", "ran", "Vick Ballard", "run", "for a first down"),
        event("The defense forced", "ice", "Vick Ballard", "ice", "the game"),
        event("interception return opened", "opened", "Darius Butler's interception return", "open", "the scoring"),
        event("interception return opened", "stuffed", DEF, "stuff", "Chiefs quarterback Brady Quinn"),
        event("The Colts took the ball", "took", COL, "take", "the ball"),
        event("The Colts took the ball", "went", COL, "go", "73 yards in 13 plays"),
        event("The Colts took the ball", "set", COL, "set up", "Wayne's game-winning score"),
        event("It had not been a great day", "come", "the Colts offense", "come up with",
              "the drive they needed to punch their postseason ticket"),
        event("Jamaal Charles had 226 yards", "ran", "Peyton Hillis", "run", "for 101 yards"),
        event("Given the lack of threat", "keep", COL, "keep", "Kansas City from running the ball", neg=True,
              mod="could"),
        event("The head coach is expected", "return", "Chuck Pagano", "return", "to work", mod="will",
              date="2012-12-24"),
        event("Fixing the run defense", "drafting", COL, "draft", "first overall", kind=B, date="2012-04"),
    ]),
    "ecb_31_7.txt": (doc(
        "starherald.com, Friday 2013-03-08: Doug McDermott becomes Creighton's all-time leading scorer as Creighton "
        "beats Drake 65-53 in the Missouri Valley tournament (sports, college basketball)",
        "The 'Posted:' line is furniture. 'scored 23 points Friday' = 2013-03-08; the coordinated 'became' is "
        "undated; 'in helping the Bluejays to a 65-53 victory' is a gloss (ecb55dev7's 'in helping the Colts ... "
        "join', not listed), as 'to help the top-seeded Bluejays shake' (the shaking listed). 'now has 2,129 "
        "points heading into Saturday's semifinals' a figure and a plan. 'which had defeated Bradley in Thursday's "
        "play-in round' = 2013-03-07, background (as an earlier ECB gold's 'Drake, which defeated Bradley'). "
        "'improved to 25-7' a record's change (ecb52dev's 'dropped to 36-3'); 'with more than 6,000 fans cheering "
        "it on' an act under way. Every play is listed, with its result infinitive or participle 'to make it "
        "41-33' etc. (results that happened, ecb55dev7); 'Five came in a 7-0 run that allowed ...' relates (the "
        "going listed), 'Drake had a chance to tie' a state, 'couldn't convert' a negated act, could. Line 37's "
        "'he turned a rebound into a three-point play to make it 60-46' stands after a stray closing mark ('Drake” s "
        "end'), which the form check reads as a quotation: not listed, a call forced by the check (as ecb55dev7's "
        "unclosed mark), left to the lead."), [
        event("McDermott fuels Creighton", "fuels", DM, "fuel", "Creighton past Drake"),
        event("Doug McDermott scored 23 points", "scored", DM, "score", "23 points", date="2013-03-08"),
        event("Doug McDermott scored 23 points", "became", DM, "become", "Creighton's all-time leading scorer"),
        event("McDermott broke Rodney", "broke", DM, "break", "Rodney Buford's school scoring record of 2,116 points"),
        event("Creighton also got 14 points", "got", CR, "get", "14 points from backup center Will Artino"),
        event("Creighton also got 14 points", "scored", GE, "score", "11 points"),
        event("Creighton also got 14 points", "shake", CR, "shake", "the stubborn Bulldogs"),
        event("Drake, which had defeated Bradley", "defeated", "Drake", "defeat", "Bradley", kind=B,
              date="2013-03-07"),
        event("Drake, which had defeated Bradley", "hung", "Drake", "hang with", CR),
        event("Drake, which had defeated Bradley", "running", "Drake", "run out", "of gas"),
        event("Drake, which had defeated Bradley", "ending", "Drake", "end", "its season 15-17"),
        event("Creighton, with more than 6,000 fans", "cheering", "more than 6,000 fans", "cheer on", CR),
        event("Creighton, with more than 6,000 fans", "improved", CR, "improve", "to 25-7"),
        event("Seth VanDeest led Drake", "led", "Seth VanDeest", "lead", "Drake"),
        event("Seth VanDeest led Drake", "added", "Richard Carter", "add", "12"),
        event("Creighton got five points", "got", CR, "get", "five points from Echenique"),
        event("Creighton got five points", "added", CR, "add", "a point to their 33-26 halftime lead"),
        event("Creighton got five points", "converted", GE, "convert", "a three-point play"),
        event("Creighton got five points", "make", GE, "make", "it 41-33"),
        event("Artino picked up the slack", "picked", WA, "pick up", "the slack"),
        event("Artino picked up the slack", "scored", WA, "score", "seven points"),
        event("Five came in a 7-0 run", "go", CR, "go",
              "from being tied with the Bulldogs at 12-12 to a 19-12 lead"),
        event("Artino struck again", "struck", WA, "strike"),
        event("Artino struck again", "scoring", WA, "score", "four straight points on a dunk and two free throws"),
        event("Artino struck again", "open", CR, "open", "a 45-36 lead"),
        event("Drake got baskets from Carter", "got", "Drake", "get", "baskets from Carter and Ben Simons"),
        event("Drake got baskets from Carter", "close", "Drake", "close", "within six"),
        event("Drake got baskets from Carter", "made", "Drake", "make", "it a 45-42 game"),
        event("Drake got baskets from Carter", "buried", "Ben Simons", "bury", "a 3-pointer from the corner"),
        event("putback on the next possession", "put", "Will Artino's putback", "put", "Creighton up 47-42"),
        event("putback on the next possession", "pulled", "Seth VanDeest's basket", "pull", "Drake back within three"),
        event("After a Creighton turnover", "convert", "Richard Carter", "convert", "an open look, 3-point shot",
              neg=True, mod="could"),
        event("three-point play stretched", "stretched", "Gregory Echenique's three-point play", "stretch",
              "the Creighton lead to 50-44"),
        event("three-point play stretched", "got", CR, "get", "baskets from Austin Chatman and McDermott"),
        event("three-point play stretched", "make", CR, "make", "it 54-46"),
        event("McDermott then buried", "buried", DM, "bury", "a 3-point shot"),
        event("McDermott then buried", "coming", DM, "come off", "a screen"),
        event("McDermott then buried", "make", DM, "make", "it 57-46"),
        event("After Echenique blocked", "blocked", GE, "block", "a shot"),
        event("Two Grant Gibbs free throws", "hiked", "Two Grant Gibbs free throws", "hike", "the run to 12-0"),
        event("Two Grant Gibbs free throws", "making", "Two Grant Gibbs free throws", "make", "it 62-46"),
        event("Two Grant Gibbs free throws", "snapped", "Drake", "snap", "its scoreless string"),
    ]),
    "ecb_1_13.txt": (doc(
        "ontheredcarpet.com, Thursday 2013-05-02: Lindsay Lohan checks into a rehab facility for a court-ordered "
        "90-day stay, her lawyer says (celebrity, courts)",
        "The '05 / 02 / 2013' line is furniture. The headline's checking in is reported by the lawyer (Mark Heller, "
        "the name the article gives); the lead's is the writer's. 'to begin a 90-day ... stint' is a purpose "
        "(ecb56dev9's Lohan article); 'handed down as part of a sentence for a 2012 car crash case' an agentless "
        "participle telling the sentencing for the first time (background; '2012' names the crash, not the handing "
        "down: undated). 'it remains unclear whether a judge will accept' is an uncertainty (not listed); 'whose "
        "location was not revealed publicly' an agentless negated act. 'the Associated Press reported' holds only "
        "that state; 'quoting her lawyer Mark Heller as saying on May 2 that prosecutors have not approved it yet' "
        "gives the negated approval reported by Mark Heller ('on May 2' dates the saying, not the approval). 'One of "
        "them told the judge he needed more time' holds a state (not listed, pud49dev); 'the judge has given him a "
        "May 10 deadline, the news wire said' gives the judge's act reported by the Associated Press (the date "
        "names the deadline, not the giving)."), [
        event("Lindsay Lohan checks into rehab", "checks", LL, "check into", "rehab", rep=MH),
        event("Lindsay Lohan has checked into", "checked", LL, "check into", "a rehab facility"),
        event("Lindsay Lohan has checked into", "handed", None, "hand down", "a 90-day court-ordered stint", kind=B),
        event("However, it remains unclear", "revealed", None, "reveal", "the center's location", neg=True, kind=S),
        event("However, it remains unclear", "approved", "prosecutors", "approve", "her placement at the center",
              neg=True, rep=MH),
        event("One of them told the judge", "given", "the judge", "give",
              "one of the prosecutors a May 10 deadline", rep="the Associated Press"),
    ]),
    "ecb_32_6.txt": (doc(
        "metro.co.uk, Monday 2013-06-10: John Jenkin charged with murdering his mother and sister in Millom, "
        "Cumbria (crime, courts)",
        "The time line is furniture. The headline and the lead give the agentless charging (an act, as ecb56dev9's "
        "Millom article's 'charged with the murders'; the murders nouns or its content, not listed); 'Man' is John "
        "Jenkin. 'is due in court' and 'is due before ... court today' are schedules with no verb of an act (not "
        "listed). 'Both women were found dead ... on Saturday morning' = 2013-06-08, its participle 'with Mr Jenkin "
        "arrested shortly afterwards' shares the date. 'Detectives said Ms McMeekin and her daughter were found with "
        "head injuries' lists the finding again, reported by the detectives (a main clause under a said, "
        "events-dev29's 'erupted'). 'formal identification has not yet taken place' a negated act; 'Cumbria police "
        "announced the identities' a speech act; the relative 'who has also been charged with animal cruelty' and "
        "'after the family dog was found dead' are acts told for the first time (listed)."), [
        event("Man charged with murdering", "charged", None, "charge", JJ),
        event("A 23-year-old man has been charged", "charged", None, "charge", JJ),
        event("Both women were found dead", "found", None, "find", VIC, date="2013-06-08"),
        event("Both women were found dead", "arrested", None, "arrest", JJ, date="2013-06-08"),
        event("Detectives said Ms McMeekin", "found", None, "find", VIC, rep="Detectives"),
        event("Although formal identification", "taken", "formal identification", "take place", neg=True),
        event("Although formal identification", "announced", "Cumbria police", "announce",
              "the identities of the victims and Mr Jenkin", kind=S),
        event("Although formal identification", "charged", None, "charge", JJ),
        event("Although formal identification", "found", None, "find", "the family dog"),
    ]),
    "ecb_43_1.txt": (doc(
        "sites.amd.com, Wednesday 2012-02-29: AMD's own page announcing its agreement to acquire SeaMicro "
        "(business, technology; a company's promotion)",
        "The headline's 'Announces' and the lead's 'announced a definitive agreement' are speech acts (ecb56dev9's "
        "'allege', 'announce'); 'On February 29, 2012' dates the lead; 'to Accelerate' a purpose, the agreement's "
        "'to acquire' its content (ecb56dev9's AMD article: not a second row). 'By acquiring SeaMicro, AMD is "
        "accelerating our disruptive server strategy, taking advantage of ...', 'This disruptive move positions "
        "AMD', 'AMD builds upon' and 'provide AMD differentiated capabilities' are the company's characterizations "
        "and standing claims (not listed); 'We are excited to have SeaMicro join AMD' a stance held (ecb55dev8's "
        "'is concerned'), the joining its content (not listed). AMD is written 'AMD', the only name the page gives."), [
        event("AMD Announces Strategic Investment", "Announces", "AMD", "announce", "Strategic Investment", kind=S),
        event("On February 29, 2012, AMD announced", "announced", "AMD", "announce",
              "a definitive agreement to acquire SeaMicro", kind=S, date="2012-02-29"),
    ]),
    "ecb_2_5.txt": (doc(
        "huffingtonpost.com, Friday 2013-08-02: Ellen DeGeneres will host the 2014 Academy Awards (entertainment)",
        "The 'Posted:' line is furniture. The headline's 'Set As Oscars Host' is an agentless act (the choosing); "
        "'will host the Oscars' is will. 'made the announcement via her Twitter feed on Friday' a speech act, "
        "2013-08-02. 'has experience hosting' a state; 'She previously served as emcee during the 2007 ceremony' "
        "is one ceremony, not a tenure (as an earlier gold's 'having previously emceed'), background, 2007. The "
        "quotation and its 'said' are not listed, nor 'in a press release announcing the big news' (the "
        "announcement told again). 'That DeGeneres was chosen as host' tells the choice again in a subordinate "
        "clause (not listed again); 'should please critics' a guess, 'who were unhappy' a state."), [
        event("Ellen DeGeneres Set As Oscars Host", "Set", None, "set", ED),
        event("Ellen DeGeneres will host", "host", ED, "host", "the Oscars", mod="will"),
        event("The comedian and talk show host made", "made", ED, "make", "the announcement via her Twitter feed",
              kind=S, date="2013-08-02"),
        event("She previously served as emcee", "served", ED, "serve", "as emcee during the 2007 ceremony", kind=B,
              date="2007"),
    ]),
    "ecb_27_2.txt": (doc(
        "bit-tech.net, Wednesday 2013-09-18: Microsoft releases an out-of-cycle patch for an Internet Explorer flaw "
        "exploited in targeted attacks (technology, security)",
        "'Published on' is furniture. 'continues to grow worse', 'got off to a bad start', 'making it the worst "
        "Patch Tuesday', 'a six-month run that has seen ...' are the writer's characterizations (not listed); 'being "
        "forced to issue' and 'was forced to remove and re-release' list the complements (issue; remove, re-release), "
        "the forcing agentless and without content of its own. The faulty September updates, their removal and the "
        "resolution are background; their clauses name no date of their own (the 'monthly Patch Tuesday release "
        "cycle' is a habit), so they are undated. 'Microsoft has confirmed that a flaw ... is being actively "
        "exploited' gives the exploiting reported by Microsoft (agentless, under way); 'considers the issue serious "
        "enough to release' an opinion (not listed; the release is the headline's). 'will not be published through "
        "Windows Update' a negated act to come; 'which had already been targeted in prior attacks at the start of the "
        "year' background, 2013. Dustin Childs's words in single marks are a quotation (not listed), with 'explained' "
        "and 'he added'; 'the current targeted attacks are only being pointed at' an act under way; 'it is thought "
        "the flaw could exist' a guess. 'Microsoft's advice is to install' gives the advised act (should, reported by "
        "Microsoft; the noun's content, as ecb55dev7's 'Andrew's suggestion was that'); 'users would be well advised' "
        "is the writer's advice (not listed); 'The patch applies to', 'is only designed to' states."), [
        event("Microsoft releases out-of-cycle patch", "releases", MS, "release", "out-of-cycle patch for IE flaw"),
        event("bad September continues", "issue", MS, "issue",
              "an out-of-cycle patch for a zero-day vulnerability in its Internet Explorer web browser"),
        event("September got off to a bad start", "issued", MS, "issue", "a raft of faulty updates", kind=B),
        event("While the issues have now been resolved", "resolved", None, "resolve", "the issues", kind=B),
        event("While the issues have now been resolved", "remove", MS, "remove", "a total of ten patches", kind=B),
        event("While the issues have now been resolved", "re-release", MS, "re-release", "a total of ten patches",
              kind=B),
        event("Today's admission from the company", "exploited", None, "exploit",
              "a flaw in its Internet Explorer web browser", rep=MS),
        event("The update, which is only available", "published", None, "publish", "The update", neg=True,
              mod="will"),
        event("The update, which is only available", "targeted", None, "target", "Microsoft's MSHTML Shim component",
              kind=B, date="2013"),
        event("Running modern versions", "pointed", None, "point", "the current targeted attacks"),
        event("For those who use Internet Explorer", "install", "those who use Internet Explorer", "install",
              "the out-of-cycle Fix-It patch", mod="should", rep=MS),
    ]),
    "ecb_4_11.txt": (doc(
        "starpulse.com, Thursday 2013-06-06: the swimmer and actress Esther Williams dies at 91 (obituary, film)",
        "The time line is furniture. The headline, 'has died' and 'passed away ... on Thursday' (2013-06-06, the "
        "publication day) each give the death (an act told again in a main clause is listed again, events-dev29). "
        "'who once held the record' a state; 'was promoted as \"the girl you will dream about!\"' an agentless act "
        "(background; the marks hold a slogan, as events-dev34's 'was described as \"...\"'); 'which was released "
        "shortly after D-Day in 1944' background, 1944; 'the film that made her a household name' and 'making her one "
        "of the top pin-up girls' are characterizations (ecb54dev6's 'making her both the first black woman'); "
        "'serving in World War II' a tenure. 'Harlan Boll, confirmed her death to the Associated Press on Thursday' "
        "a speech act with a noun object (as events-dev30's 'No cause of death was announced'), 2013-06-06."), [
        event("Legendary Aquatic Musical Star", "Dies", EW, "die"),
        event("Championship swimmer-turned-legendary", "died", EW, "die"),
        event("passed away in Beverly Hills", "passed", EW, "pass away", date="2013-06-06",
              sent=("The star of such MGM movie hits", "at the age of 91.")),
        event("The California native", "promoted", None, "promote", EW, kind=B),
        event("The California native", "released", None, "release", "Bathing Beauty", kind=B, date="1944"),
        event("Williams' publicist", "confirmed", "Harlan Boll", "confirm", "her death to the Associated Press",
              kind=S, date="2013-06-06"),
    ]),
    "ecb_24_9.txt": (doc(
        "ahametals.com (no date in the manifest): four robbers ram-raid the Casty jewellery store near Place Vendôme "
        "in Paris (crime, France)",
        "The headline has no verb (not listed). The article prints no date, so 'early Monday' dates nothing. 'A "
        "smash-and-grab ... saw four robbers make off' is a figure of speech (ecb56dev9's 'Paris also witnessed'), "
        "the making off listed; 'the thieves' are the four robbers. Line 7's acts are reported by Le Monde; "
        "'before making off in another vehicle' tells the escape again in a subordinate clause (blind47: not listed "
        "again); 'set fire to it' as ecb56dev9's 'set fire to the vehicle'; 'estimated to be worth' a figure. 'The "
        "raid comes little over a month after' relates (blind48's 'The move came shortly after', not listed); the "
        "Cannes hotel heist, the festival theft and the Cap d'Antibes necklace are background; 'A lone robber' is "
        "the masked bandit of the sentence before; 'remains at large' a state; 'working for Chopard' a state."), [
        event("A smash-and-grab on a high end", "make", ROB, "make off",
              "with jewelry and watches valued at over $2. 6 million"),
        event("the thieves rammed an SUV", "rammed", ROB, "ram", "an SUV into the front of the Casty store"),
        event("After scooping up jewelry", "scooping", ROB, "scoop up", "jewelry and watches", rep="Le Monde"),
        event("After scooping up jewelry", "reversed", ROB, "reverse", "their car out of the store", rep="Le Monde"),
        event("After scooping up jewelry", "set", ROB, "set", "fire to their car", rep="Le Monde"),
        event("The raid comes little over", "made", BAN, "make off",
              "with an $136M worth of diamonds and jewels from the Carlton Intercontinental Hotel in Cannes", kind=B),
        event("A lone robber entered", "entered", BAN, "enter", "through a French door", kind=B),
        event("A lone robber entered", "scooped", BAN, "scoop up", "the loot", kind=B),
        event("A lone robber entered", "jumped", BAN, "jump", "out of another window", kind=B),
        event("Thieves also targeted", "targeted", "Thieves", "target", "the annual Cannes film festival", kind=B),
        event("Thieves also targeted", "stealing", "Thieves", "steal", "almost $2 million of jewelry", kind=B),
        event("necklace was lifted by a crook", "lifted", "a crook", "lift", "a $2. 5 million necklace", kind=B),
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
