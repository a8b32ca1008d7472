"""Round ecb56test3: a blind, HELD-OUT event gold on real news of other publishers (the ``test3`` half of the ECB+
articles in ``bench/audit/ecb56/corpus``, ten articles of ten outlets of 2004-2013), written to
``tests/data/gold/ecb-events-test3``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md`` and the ``about`` fields of the ecb-events golds of rounds ecb52 to ecb55,
which hold other articles of most of these ten topics); the calls are in each article's ``about``. Offsets and checks
come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb56/make_gold_ecb56test3.py

The gold is held out: the toolkit is scored on it, and no rule is made from its errors. The articles are CC BY 3.0
(ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test3"
SCRIPT = "bench/audit/ecb56/make_gold_ecb56test3.py"
CORPUS = ROOT / "bench" / "audit" / "ecb56" / "corpus"

# Said once here rather than in every file, as rounds ecb53 to ecb55: an article's date is its manifest row's (the
# date it prints, else none: published null). An event is dated where its own clause names a date expression,
# resolved from the publication date (a past weekday to the one before or on it, a scheduled one to the one after; a
# week by its Monday); a participle after a dated clause shares its date. A headline is a sentence of its own, listed
# when it tells an act; datelines, time lines, 'Posted'/'Updated' lines are furniture. Everything inside quotation
# marks (not a title), and the verb that only introduces it, is not listed; states, figures, opinions, guesses,
# generalities, conditionals, abilities, prison terms and tenures are no events; an act told again in a main clause
# is listed again, in a subordinate clause not. People are written by the fullest name the article gives (a nickname
# in quotation marks or brackets left out, as ecb52dev2's 'Vincent Gigante'). Speech acts keep kind 'speech act' in
# an article's back story (as ecb52dev's 'acknowledging'); other past acts of the back story are background.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
VG, JG, FC = "Vincent Gigante", "John Gotti", "Frank Costello"
AC = "Arcade Joseph Comeaux Jr."
HP = "Hewlett-Packard"
SM = "Steven Moffat"
WK, TT = "Wladimir Klitschko", "Tony Thompson"
INS, PRO = "INS Sukanya", "A statement from the Defence PRO"
FL, GH, JM = "Fred LaRue", "Gary Hargrove", "Jeb Stuart Magruder"
QK = "A powerful 6.1 magnitude earthquake"
SC, JO, LO = "Steve Cooley", "Jose Luis Orozco", "Luis Gerardo Ortiz"
CMP = "The complaint"

DOCS = {
    "ecb_26_2.txt": (doc(
        "usatoday30.usatoday.com, Monday 2005-12-19: the mob boss Vincent \"The Chin\" Gigante dies in prison at 77 "
        "(crime and an obituary)",
        "The same AP story as ecb52dev2's ecb_26_11 for its first nine sentences; its calls are followed row for row "
        "('died Monday' = 2005-12-19; the relative 'who avoided jail for decades by wandering ... feigning' a course "
        "held for decades, not listed; 'died at the federal prison ..., said prison spokesman Al Quintero' listed "
        "again, reported by Al Quintero; Gotti's death background 2002; the confirming turned back; 'had scored a "
        "lengthy string of victories' a series of acts, background; 'it ended with a July 1997 racketeering "
        "conviction' 1997-07; 'He was sentenced' agentless). 'Posted ...' is furniture; the headline's 'dies' is "
        "listed (undated). 'he finally admitted his insanity ruse at an April 2003 federal hearing in which he calmly "
        "pleaded guilty' gives the admission (a speech act) and the plea (background, as ecb55dev8's 'In 2003, he "
        "pleaded guilty'), both 2003-04 (the month its clause names); 'That brought him another three-year "
        "sentence' is a consequence told as an act (listed as written, as ecb55dev8's 'resulted'). 'At that hearing' "
        "names no date of its own: the chatting and shaking hands are background, undated; 'said \"God bless you\"' "
        "only introduces a quotation. 'his admission was the final act' is a copula, 'described by The New York "
        "Times Magazine' a participle modifier (not listed, as ecb53dev3); 'Mob experts called him a traditional "
        "boss' a speech act (as ecb55dev8's 'called the verdict bittersweet'), its relative 'who settled issues by "
        "whatever means' a habit. 'Gigante would wander the streets' is a habit (would of the past), 'Denying he was "
        "a gangster' part of it. 'Relatives ... insisted', 'Authorities charged' and 'His lawyers claimed' are "
        "speech acts with states as contents (as ecb55dev8's 'His attorneys argued'); 'it wasn't until 1997 that a "
        "jury agreed' is the jury's agreeing in 1997 (not negated: a cleft). 'None of that swayed jurors' is a "
        "non-event (not listed); its relative 'who convicted Gigante of ...' tells an act (background, what it is for "
        "not listed, as events-dev37). 'Born in the Bronx in 1928' is a biography's fact (not listed); 'Gigante "
        "became a small-time boxer and drifted into the crime family' are background (as ecb55dev8's 'became'), "
        "'founded in 1931 by ...' a participle modifier (not listed). 'Gigante was the hitman in a botched attempt' "
        "is a copula; 'After refusing to name his attacker in court' a time clause that tells an act not told "
        "before (listed, as ecb55dev8's 'After the Blazers fired Cheeks'), 'the shaken Costello retired' listed, "
        "'making ... Vito Genovese, kingpin' a consequence that holds a state (not listed, as ecb55dev8's 'thereby "
        "ensuring'); all undated ('In 1957' is the sentence before's). 'proved better at beating the law' is an "
        "opinion; the relative 'who won two acquittals before tapes and turncoats sent him to prison for life' "
        "tells two acts (background). 'had served only a five-year heroin rap in 1959' is a prison term (not listed, "
        "as the ecb golds' 'served four and a half months in prison')."), [
        event("last of Mafia giants, dies", "dies", VG, "die"),
        event("feigning mental illness, died Monday", "died", VG, "die", date="2005-12-19"),
        event("The head of the Genovese crime family", "died", VG, "die", rep="Al Quintero"),
        event("where rival mob boss John Gotti died", "died", JG, "die", kind=B, date="2002"),
        event("Gigante's death also was confirmed", "confirmed", "Christine Monaco", "confirm", "Gigante's death",
              kind=S),
        event("Gigante had scored a lengthy string", "scored", VG, "score",
              "a lengthy string of victories over prosecutors", kind=B),
        event("Gigante had scored a lengthy string", "ended", "a lengthy string of victories over prosecutors", "end",
              "with a July 1997 racketeering conviction", kind=B, date="1997-07"),
        event("He was sentenced to 12 years", "sentenced", None, "sentence", VG, kind=B),
        event("he finally admitted his insanity ruse", "admitted", VG, "admit", "his insanity ruse", kind=S,
              date="2003-04"),
        event("he finally admitted his insanity ruse", "pleaded", VG, "plead", "guilty to obstruction of justice",
              kind=B, date="2003-04"),
        event("That brought him another", "brought", "That", "bring", "Vincent Gigante another three-year sentence", kind=B),
        event("he chatted amiably with his son", "chatted", VG, "chat", "with his son", kind=B),
        event("he chatted amiably with his son", "shook", VG, "shake", "hands with defense lawyers", kind=B),
        event("Mob experts called him", "called", "Mob experts", "call", "Vincent Gigante a traditional boss", kind=S),
        event("Relatives, including a brother", "insisted", "Relatives", "insist",
              "Gigante suffered from paranoid schizophrenia, dementia and Alzheimer's disease", kind=S),
        event("Authorities charged it was a brazen act", "charged", "Authorities", "charge",
              "it was a brazen act to avoid the law", kind=S),
        event("Authorities charged it was a brazen act", "agreed", "a jury", "agree", None, kind=B, date="1997"),
        event("His lawyers claimed they could not", "claimed", "His lawyers", "claim",
              "they could not communicate with him in any \"meaningful way.\"", kind=S),
        event("None of that swayed jurors", "convicted", "jurors", "convict", VG, kind=B),
        event("Gigante became a small-time boxer", "became", VG, "become", "a small-time boxer", kind=B),
        event("Gigante became a small-time boxer", "drifted", VG, "drift", "into the crime family", kind=B),
        event("After refusing to name his attacker", "refusing", FC, "refuse", "to name his attacker in court",
              kind=B),
        event("After refusing to name his attacker", "retired", FC, "retire", None, kind=B),
        event("who won two acquittals", "won", JG, "win", "two acquittals", kind=B),
        event("who won two acquittals", "sent", "tapes and turncoats", "send", "John Gotti to prison for life", kind=B),
    ]),
    "ecb_3_9.txt": (doc(
        "news.heralddemocrat.com, Saturday 2009-12-05: the Texas escapee Arcade Joseph Comeaux Jr. is put on the US "
        "Marshals' most wanted list (US crime)",
        "'Updated ...' is furniture; the headline has no verb (not listed), 'is still at large and is now on the ... "
        "list' are states, 'is serving three life sentences' a prison term (not listed). 'He escaped last week' is "
        "dated by the week's Monday (2009-11-23, ecb53dev4's 'last week'), and 'while being transported' shares it "
        "(agentless). 'Comeaux is accused of using a gun' lists the accusation, agentless, and not what it charges "
        "nor its relative 'which was smuggled in to him' (as events-dev7's 'was also accused of defrauding "
        "clients'). 'He was in prison' is a copula; 'after being convicted of ...' a time clause that tells an act "
        "(agentless, background, what it is for not listed). 'According to Texas authorities, the weapons conviction "
        "stemmed from a 1999 incident' relates (not listed); its relative 'where he stabbed his wife 17 times' and "
        "'while she was visiting him in prison' tell acts (background, 1999, the year its noun names, reported by "
        "Texas authorities)."), [
        event("He escaped last week", "escaped", AC, "escape", None, date="2009-11-23"),
        event("He escaped last week", "transported", None, "transport", AC,
              date="2009-11-23"),
        event("Comeaux is accused of using", "accused", None, "accuse", AC, kind=S),
        event("He was in prison after being convicted", "convicted", None, "convict", AC, kind=B),
        event("where he stabbed his wife", "stabbed", AC, "stab", "his wife", rep="Texas authorities", kind=B,
              date="1999"),
        event("where he stabbed his wife", "visiting", "his wife", "visit", AC, rep="Texas authorities", kind=B,
              date="1999"),
    ]),
    "ecb_44_5.txt": (doc(
        "informationweek.com, Monday 2007-11-12: Hewlett-Packard agrees to buy the data-center consultancy EYP "
        "Mission Critical Facilities (technology business)",
        "The story ecb54dev5's ecb_44_7 tells; its calls are followed. 'Hewlett-Packard' is the fullest name (the "
        "headline's 'HP' written so). The headline 'HP To Acquire ... EYP' is an act to come (will, as ecb54dev5's "
        "'HP to acquire green consultancy EYP'); 'November 12, 2007 03:57 PM' is furniture. 'Hewlett-Packard on "
        "Monday said it has agreed to buy' lists the agreeing, reported by Hewlett-Packard and undated (the 'said' "
        "only introduces it and the date is the saying's, as ecb54dev5's 'HP of Palo Alto, Calif., said'). 'Financial "
        "terms were not disclosed' is a negated agentless speech act. 'The acquisition, expected to close by the end "
        "of January' is an expectation in a participle (not listed), 'would provide HP with ...' and 'would give HP "
        "an early entry' are the deal's benefits (not listed, as ecb54dev5's 'will help HP better address'); 'Most "
        "of its operations ... would be folded into HP' is an act to come (would, agentless, as ecb54dev5's 'which "
        "will bring EYP MCF's 350 employees into a new division'). 'has 350 employees', 'is led by', 'include', "
        "'serves' and the storage sentences are states and generalities; John McCain's quotation is not listed. 'HP "
        "has made other data center-related acquisitions this year' is a series of acts (background, 2007, 'this "
        "year'); 'The largest was the ... purchase of Opsware' a copula."), [
        event("HP To Acquire Data Center", "Acquire", HP, "acquire", "Data Center Cooling, Energy Specialist EYP",
              mod="will"),
        event("Hewlett-Packard on Monday said", "agreed", HP, "agree", "to buy EYP Mission Critical Facilities",
              rep=HP),
        event("Financial terms were not disclosed", "disclosed", None, "disclose", "Financial terms", neg=True,
              kind=S),
        event("Most of its operations", "folded", None, "fold", "Most of its operations, employees, and management "
              "team", mod="would"),
        event("HP has made other data center-related", "made", HP, "make",
              "other data center-related acquisitions", kind=B, date="2007"),
    ]),
    "ecb_39_2.txt": (doc(
        "mirror.co.uk, Monday 2013-08-05: Steven Moffat says Peter Capaldi was the only actor considered for the "
        "Twelfth Doctor after the BBC's announcement (television)",
        "The headline is a copula ('was the only name') with a participle modifier ('considered', not listed) and a "
        "'says' that introduces it (not listed); '5 Aug 2013 10:37' is furniture. The subheadline's 'adds that "
        "Malcolm Tucker will not cast a shadow' is a said-like verb whose clause holds an opinion (not listed, "
        "pud49dev's rule). 'Steven Moffat has revealed that Peter Capaldi was the only name considered' lists the "
        "revealing (a speech act, as ecb52dev2's 'confirmed'). 'Speaking after last night's announcement' only "
        "introduces, 'announcement' is a noun, and 'Moffat also said that the 55-year-old's lifelong love ... had "
        "been an aspect' holds a state (not listed). 'Asked whether ..., Moffat said: \"Yes.' and 'He added:' "
        "introduce quotations (not listed), and the quotation's lines are not listed. 'also insisted that Capaldi's "
        "... previous role ... would not overshadow his new position' is listed as a speech act (as ecb55dev8's "
        "'His attorneys argued'); 'is sure that fans will agree' a state of mind. 'Last night's unveiling of Capaldi "
        "was watched by 6.1m people ..., peaking at 6.9m' is an audience figure (not listed, as blind48's 'totaling "
        "365 seats')."), [
        event("Doctor Who boss Steven Moffat has revealed", "revealed", SM, "reveal",
              "that Peter Capaldi was the only name considered to take over from Matt Smith", kind=S),
        event("The 51-year-old showrunner also insisted", "insisted", SM, "insist",
              "that Capaldi's most heralded and readily identifiable previous role-as sweary spin doctor Malcolm "
              "Tucker-would not overshadow his new position in charge of the TARDIS", kind=S),
    ]),
    "ecb_7_11.txt": (doc(
        "pba-online.net, Sunday 2012-07-08: Wladimir Klitschko stops Tony Thompson in the sixth round in Bern to keep "
        "his heavyweight titles (boxing)",
        "The fight ecb52dev's ecb_7_10, ecb53dev3's ecb_7_5 and ecb55dev8's ecb_7_2 tell; their calls are followed "
        "row for row. The headline gives 'stops' and 'to retain' (undated); 'July 08, 2012' is furniture. 'Saturday "
        "night' = 2012-07-07 dates the stopping and its result infinitive 'to keep a comfortable hold on' (listed, "
        "as ecb52dev's 'to retain'). 'The 36-year-old champion Klitschko' and 'The Ukrainian champion' are written "
        "'Wladimir Klitschko', 'the 40-year-old American' and 'the challenger' 'Tony Thompson'; '58-3 with 51 "
        "knockouts' is a record (a state). 'floored' (as ecb52dev), 'never recovered' a negated act, 'dropped "
        "Thompson again', 'gave the challenger a standing count' and 'before stopping the fight' (a gerund after "
        "'before', as ecb55dev8) are undated. Klitschko's quotation and its 'said' are not listed. 'In 2008, "
        "Klitschko stopped Thompson in the 11th round' is background, 2008."), [
        event("Wladimir Klitschko stops Tony Thompson", "stops", WK, "stop", TT),
        event("Wladimir Klitschko stops Tony Thompson", "retain", WK, "retain", "world heavyweight belts"),
        event("Wladimir Klitschko stopped Tony Thompson", "stopped", WK, "stop", TT, date="2012-07-07"),
        event("Wladimir Klitschko stopped Tony Thompson", "keep", WK, "keep",
              "a comfortable hold on his WBA, IBF and WBO heavyweight titles", date="2012-07-07"),
        event("floored Thompson with a big right hand", "floored", WK, "floor", TT),
        event("floored Thompson with a big right hand", "recovered", TT, "recover", None, neg=True),
        event("The Ukrainian champion dropped Thompson", "dropped", WK, "drop", TT),
        event("The Ukrainian champion dropped Thompson", "gave", "Sam Williams", "give",
              "Tony Thompson a standing count"),
        event("The Ukrainian champion dropped Thompson", "stopping", "Sam Williams", "stop", "the fight"),
        event("In 2008, Klitschko stopped Thompson", "stopped", WK, "stop", TT, kind=B, date="2008"),
    ]),
    "ecb_27_11.txt": (doc(
        "articles.timesofindia.indiatimes.com (a Reuters story), Wednesday 2013-09-18: Microsoft releases an "
        "emergency 'Fix It' for an Internet Explorer flaw exploited in targeted attacks (technology, security)",
        "The headline's 'releases' is listed (undated); 'Reuters Sep 18, 2013, ...' is furniture. 'released ... on "
        "Tuesday' = 2013-09-17; 'after hackers exploited a security flaw' is a time clause that tells an act not "
        "told before (background, as ecb55dev8's 'After the Blazers fired Cheeks'), its purpose infinitive 'to attack "
        "an unknown number of users' an act that happened (listed, background). 'The software maker said on its "
        "website it released the software' tells the release again in a main clause (listed again, reported by "
        "Microsoft, undated), 'as an emergency measure to protect customers' a purpose (not listed), 'after learning "
        "about ... attacks' a time clause that tells an act (listed, reported by Microsoft), its relative 'that made "
        "use of the newly discovered bug' the exploiting again in a subordinate clause (not listed again). "
        "'Microsoft said the attacks took advantage of an undiscovered flaw' tells the exploiting again in a main "
        "clause (listed, reported by Microsoft). The state-sponsored groups' willingness, their typical use and the "
        "'Once Microsoft issues a warning ... rush to reverse-engineer' sentence are generalities. 'Security experts "
        "said Internet Explorer users should either immediately install the Fix It or stop using the browser' gives "
        "the two recommended acts (should, reported by the experts, as the golds' 'must respond'); 'until Microsoft "
        "can put out an update' an ability, 'which will be automatically installed' a generality of the update "
        "programme. Wolfgang Kandek's quotation is not listed; 'Kandek said he expects Microsoft to push out an "
        "update' is a guess (not listed); the Fix It definitions and 'can be installed by clicking' are states and "
        "abilities."), [
        event("Microsoft releases security patch", "releases", "Microsoft", "release",
              "security patch for Internet Explorer"),
        event("Microsoft released an emergency software fix", "released", "Microsoft", "release",
              "an emergency software fix for Internet Explorer", date="2013-09-17"),
        event("Microsoft released an emergency software fix", "exploited", "hackers", "exploit",
              "a security flaw in the popular Web browser", kind=B),
        event("Microsoft released an emergency software fix", "attack", "hackers", "attack",
              "an unknown number of users", kind=B),
        event("The software maker said on its website", "released", "Microsoft", "release",
              "the software, known as a \"Fix It,\"", rep="Microsoft"),
        event("The software maker said on its website", "learning", "Microsoft", "learn",
              "about \"extremely limited, targeted attacks\" that made use of the newly discovered bug",
              rep="Microsoft", kind=B),
        event("Microsoft said the attacks took advantage", "took", "the attacks", "take advantage of",
              "an undiscovered flaw, or \"zero day\" vulnerability", rep="Microsoft", kind=B),
        event("Security experts said Internet Explorer users", "install", "Internet Explorer users", "install",
              "the Fix It", mod="should", rep="Security experts"),
        event("Security experts said Internet Explorer users", "stop", "Internet Explorer users", "stop",
              "using the browser", mod="should", rep="Security experts"),
    ]),
    "ecb_12_2.txt": (doc(
        "ndtv.com, Friday 2011-11-11: INS Sukanya thwarts a piracy attack on merchant vessels it escorts in the Gulf "
        "of Aden and captures three pirate boats with 26 crew (maritime security)",
        "The thwarting ecb52dev's ecb_12_4, ecb54dev5's and ecb55dev8's ecb_12 articles tell; their calls are "
        "followed. 'INS Sukanya' is the fullest name this article gives (for the headline's 'Indian ship' and 'the "
        "Indian Naval ship'). The headline gives 'thwarts' and the agentless 'arrested' (undated); 'Updated: ...' is "
        "furniture. The first sentence's 'thwarted' and 'captured' are undated (their clause names no date). 'A "
        "statement from the Defence PRO says the incident happened yesterday' lists the happening (2011-11-10, as "
        "ecb55dev8's 'The shooting happened'), 'when INS Sukanya was escorting' its when-clause (2011-11-10), both "
        "reported by the statement. 'tried to attack these vessels' is 'try' with its complement, 'were challenged "
        "by the Indian Naval ship' turned back; 'two of them managed to flee the area' is 'manage' with its "
        "complement ('two of them' written 'two of the pirate boats'), 'three boats were captured by INS Sukanya' "
        "turned back and listed again (a main clause), both reported by the statement. 'were found and confiscated' "
        "are agentless; 'The three boats had a total of 26 Somali crew onboard', 'The operation holds significance' "
        "and 'This is the fifth successful anti-piracy operation' are states, 'conducted by INS Sukanya' a participle "
        "modifier, 'which commenced in September' background (2011-09, as ecb55dev8)."), [
        event("Indian ship thwarts piracy attempt", "thwarts", INS, "thwart", "piracy attempt in Gulf of Aden"),
        event("Indian ship thwarts piracy attempt", "arrested", None, "arrest", "26 pirates"),
        event("Indian Naval ship, INS Sukanya, thwarted", "thwarted", INS, "thwart",
              "a piracy attack in the Gulf of Aden"),
        event("Indian Naval ship, INS Sukanya, thwarted", "captured", INS, "capture", "three boats of the pirates"),
        event("A statement from the Defence PRO says", "happened", "the incident", "happen", None, rep=PRO,
              date="2011-11-10"),
        event("A statement from the Defence PRO says", "escorting", INS, "escort", "a group of merchant vessels",
              rep=PRO, date="2011-11-10"),
        event("Five pirate boats tried to attack", "tried", "Five pirate boats", "try", "to attack these vessels"),
        event("Five pirate boats tried to attack", "challenged", INS, "challenge", "Five pirate boats"),
        event("After a brief skirmish", "managed", "two of the pirate boats", "manage", "to flee the area", rep=PRO),
        event("After a brief skirmish", "captured", INS, "capture", "three boats", rep=PRO),
        event("During the operation, six AK-47 rifles", "found", None, "find",
              "six AK-47 rifles, 12 magazines and about 300 rounds of ammunition"),
        event("During the operation, six AK-47 rifles", "confiscated", None, "confiscate",
              "six AK-47 rifles, 12 magazines and about 300 rounds of ammunition"),
        event("This is the fifth successful", "commenced", "INS Sukanya's ongoing patrol mission in the Gulf of Aden",
              "commence", None, kind=B, date="2011-09"),
    ]),
    "ecb_28_7.txt": (doc(
        "nbcnews.com, Wednesday 2004-07-28: Fred LaRue, the Nixon aide and Watergate 'bagman', is found dead in a "
        "Biloxi hotel room at 75 (politics, an obituary)",
        "The headline's 'dies' is listed (undated); the subheadline 'Nixon administration aide was 'bagman' in "
        "cover-up' and 'He was 75' are copulas; 'updated ...' is furniture. 'has died' is undated; its relatives "
        "'who served a prison term' (a prison term) and 'was among those rumored to be Deep Throat' (a state) are "
        "not listed. 'His body was discovered Tuesday by a maid' is turned back (2004-07-27, reported by Gary "
        "Hargrove), its relative 'who entered his hotel room' tells an act (listed, undated). 'The coroner said he "
        "believes LaRue died Saturday of natural causes' lists the death reported by the coroner and dated by the "
        "day he gives (2004-07-24; the belief is the coroner's dating, the death a fact). 'was known as the "
        "\"bagman\"' is a naming, its relative 'who delivered payoffs' tells an act (background), 'served 4½ months "
        "in federal prison' a prison term (not listed, as ecb55's 'served four and a half months in prison'); 'served "
        "as special assistant' and 'who later headed' are tenures; 'was present at a 1972 meeting' a copula, its "
        "relative 'where the plan ... allegedly was hatched' an agentless act (background, 1972, the year its noun "
        "names; an unattributed 'allegedly' gives no reporter). 'LaRue said he advised against the burglary' lists "
        "the advising (a speech act reported by LaRue). 'Deep Throat connection?' has no verb; 'Phone call disputed' "
        "is a subheadline that tells an act (agentless, as ewt-events-dev's 'Key Delhi blast suspect arrested'). "
        "'LaRue discounted rumors' is a speech act, 'saying the ... source ... was probably a combination' a guess. "
        "'Woodward says Deep Throat was an individual' holds a state (not listed); 'promised to reveal his identity' "
        "is a speech act. 'A request for comment from Woodward left with the newspaper Wednesday was not immediately "
        "returned' lists the negated returning (agentless; the participle 'left ... Wednesday' is a modifier, so the "
        "row is undated). 'who have been cited as possible Deep Throats' is a naming in an inverted copula, 'All have "
        "denied it' a speech act (its subject written by the four names). 'After his political career ended in "
        "scandal' is a time clause that tells an act, 'LaRue returned to his home state' listed, 'to work in ...' a "
        "purpose and a tenure (not listed). 'LaRue said Magruder lied when he claimed Nixon knew about the break-in' "
        "lists the lying and the claiming (reported by LaRue; 'knew' a state; 'last summer' is the interview's, not "
        "theirs); 'Magruder claimed Nixon approved the plan' gives the claim and its act reported by Magruder (as "
        "ecb52dev's 'have alleged that athletes received money'). 'LaRue believed no such conversation occurred' is "
        "a belief (not listed), 'saying he screened all the telephone calls' gives the screening (reported by "
        "LaRue, background); the conditional 'If the president had approved ..., LaRue believes that Mitchell would "
        "have told him' and the quotations are not listed."), [
        event("Fred LaRue, Watergate figure, dies", "dies", FL, "die"),
        event("has died", "died", FL, "die"),
        event("His body was discovered Tuesday", "discovered", "a maid", "discover", "Fred LaRue's body", rep=GH,
              date="2004-07-27"),
        event("His body was discovered Tuesday", "entered", "a maid", "enter", "Fred LaRue's hotel room in Biloxi", rep=GH),
        event("The coroner said he believes", "died", FL, "die", None, rep=GH, date="2004-07-24"),
        event("LaRue was known as the", "delivered", FL, "deliver",
              "payoffs to keep participants in the Watergate break-in quiet", kind=B),
        event("allegedly was hatched", "hatched", None, "hatch",
              "the plan to break in Democratic headquarters at the Watergate complex in Washington", kind=B,
              date="1972"),
        event("LaRue said he advised", "advised", FL, "advise", "against the burglary", rep=FL, kind=S),
        event("Phone call disputed", "disputed", None, "dispute", "Phone call", kind=S),
        event("LaRue discounted rumors", "discounted", FL, "discount", "rumors that he was Deep Throat", kind=S),
        event("Woodward says Deep Throat", "promised", "Bob Woodward", "promise",
              "to reveal his identity only after the source is dead", kind=S),
        event("A request for comment from Woodward", "returned", None, "return",
              "A request for comment from Woodward", neg=True, kind=S),
        event("All have denied it", "denied", "Earl J. Silbert, Alexander Haig, L. Patrick Gray and Fred Fielding",
              "deny", "it", kind=S),
        event("After his political career ended", "ended", "his political career", "end", "in scandal", kind=B),
        event("After his political career ended", "returned", FL, "return", "to his home state of Mississippi",
              kind=B),
        event("LaRue said Magruder lied", "lied", JM, "lie", None, rep=FL, kind=S),
        event("LaRue said Magruder lied", "claimed", JM, "claim", "Nixon knew about the break-in", rep=FL, kind=S),
        event("Magruder claimed Nixon approved", "claimed", JM, "claim",
              "Nixon approved the plan in a telephone conversation with Mitchell", kind=S),
        event("Magruder claimed Nixon approved", "approved", "Nixon", "approve", "the plan", rep=JM, kind=B),
        event("LaRue believed no such conversation", "screened", FL, "screen",
              "all the telephone calls on the getaway to Key Biscayne", rep=FL, kind=B),
    ]),
    "ecb_37_8.txt": (doc(
        "sott.net, Tuesday 2013-07-02: a magnitude 6.1 earthquake strikes Aceh province on Sumatra, injuring dozens "
        "(natural disasters)",
        "The headline's 'injures' is listed (undated); 'Tue, 02 Jul 2013 12:28 CDT' is furniture. 'hit Indonesia's "
        "northwestern Aceh province' is undated (no clause names a day). 'Dozens have been reported injured' lists "
        "the agentless report (as ecb52dev2's 'no injuries have been reported'). 'The epicenter ... was roughly 55 "
        "kilometers from' is a copula, 'took place at 7:37 AM local time' the quake's occurrence (listed as written, "
        "reported by the USGS data; a clock time is no date). 'Sky News estimates \"at least 50 people,\"' lists the "
        "estimate (as events-dev19's 'estimated'), 'numerous buildings have collapsed' is listed (not reported: its "
        "own clause). 'The quake appears to have shaken the provincial capital' is a hedged report (listed, may, "
        "a judgement: no precedent found; 'appears' is the writer's hedge on an act). The residents' and doctor's "
        "quotations are not listed. 'Aceh was hit extremely hard by the ... earthquake and tsunami in 2004' is turned "
        "back (background, 2004), 'killing 170,000 people' a participle that shares the date, 'with 35,000 bodies "
        "never recovered' a negated agentless act (background, undated). 'The rebuilding process continues' is a "
        "state."), [
        event("Powerful 6.1 magnitude earthquake injures", "injures", "Powerful 6.1 magnitude earthquake", "injure",
              "dozens in Indonesia's Aceh province"),
        event("A powerful 6.1 magnitude earthquake hit", "hit", QK, "hit",
              "Indonesia's northwestern Aceh province, on the island of Sumatra"),
        event("Dozens have been reported injured", "reported", None, "report", "Dozens injured", kind=S),
        event("The epicenter of the quake", "took", "The epicenter of the quake", "take place", None,
              rep="data from the US Geological Survey"),
        event("Sky News estimates", "estimates", "Sky News", "estimate", "at least 50 people", kind=S),
        event("Sky News estimates", "collapsed", "numerous buildings", "collapse", None),
        event("The quake appears to have shaken", "shaken", "The quake", "shake",
              "the provincial capital of Banda Aceh", mod="may"),
        event("Aceh was hit extremely hard", "hit", "the massive \"Boxing Day\" earthquake and tsunami", "hit",
              "Aceh", kind=B, date="2004"),
        event("Aceh was hit extremely hard", "killing", "the massive \"Boxing Day\" earthquake and tsunami", "kill",
              "170,000 people in Sumatra", kind=B, date="2004"),
        event("Aceh was hit extremely hard", "recovered", None, "recover", "35,000 bodies", neg=True, kind=B),
    ]),
    "ecb_16_1.txt": (doc(
        "da.lacounty.gov (a press release of the Los Angeles County District Attorney), Tuesday 2005-07-26: Jose Luis "
        "Orozco is charged with the capital murder of Sheriff's deputy Jerry Ortiz (US crime, courts)",
        "The killing ecb53dev4's ecb_16_3 and ecb55dev8's ecb_16_6 tell; their calls are followed. The deputy is "
        "written 'Luis Gerardo Ortiz' (the bracketed nickname left out), the gang member 'Jose Luis Orozco'. The "
        "headline's first line has no verb, its second 'Charged with Murdering Sheriff's Deputy' is a sentence of its "
        "own that tells an act (agentless, what it is for not listed); 'July 26, 2005' is furniture. 'announced "
        "today' = 2005-07-26 (a speech act), its content 'capital murder charges were filed against a Hawaiian "
        "Gardens gang member' reported by Steve Cooley, undated (as ecb54dev5's 'HP Monday announced'); 'accused of "
        "gunning down ... a month ago' is a participle modifier (not listed, as ecb53dev3). 'Cooley said Jose Luis "
        "Orozco was charged' is the charging again in a main clause (listed, reported by Cooley), what it is for not "
        "listed. 'The complaint alleged ...', 'also alleged two counts', 'charged that the June 20 shooting was for "
        "furtherance of a street gang' and 'also alleged prior convictions' are speech acts of the complaint "
        "(as ecb55dev8's 'argued'); 'It was alleged the defendant personally used a handgun' lists the agentless "
        "allegation and not what it charges (as events-dev7's 'was also accused of'). The District Attorney's "
        "quotations are not listed. The June events are background: 'was found hiding' (the hiding a state), 'after "
        "Deputy Ortiz was slain' (a time clause that tells the killing, not told before in a main clause), 'He was "
        "arrested' and 'was arrested five buildings away' (again, a main clause), 'remained in custody' a state. 'is "
        "scheduled to appear ... today for arraignment' is an act to come (will, 2005-07-26, as ecb55dev8's 'is to be "
        "formally sentenced'). 'is charged in case No. VA089897' and 'Orozco is charged with one count of murder' "
        "are standing charges (states, not listed), while 'filed this morning by Deputy District Attorney Lowell "
        "Anger' tells the filing with its agent and date (a judgement: listed as a reduced relative, as ecb55dev8's "
        "'which was presented during the trial'; 2005-07-26). 'Although filed as a capital case' is a participle, "
        "'will decide closer to trial whether to seek' an act to come (will). 'when a man was shot and wounded in "
        "Hawaiian Gardens' tells the June 20 shooting (background, 2005-06-20: its antecedent 'June 20'). 'It was "
        "that shooting that Deputy Ortiz was investigating when he was killed' lists the investigating (the cleft's "
        "main clause), not the killing again (a when-clause); 'Deputy Ortiz was shot to death' and 'was "
        "investigating the June 20 shooting' are listed again (main clauses; 'June 20' is the shooting's date, not "
        "the investigating's); 'The deputy was with the Sheriff's gang enforcement unit' a post. 'Authorities said he "
        "spotted Orozco ... and chased him' lists both (reported by the authorities); 'The killer was hiding' a state "
        "(as ecb53dev4). 'was recovered' agentless, 'believed to be the murder weapon' a guess. 'Orozco also was "
        "charged with one count of attempted ... murder' is listed (agentless). 'The victim was shot while doing "
        "yard work' tells the June 20 shooting again (a main clause) and the yard work (a progressive act), 'He was "
        "hit in the back, but survived' two acts. 'Orozco will be held without bail' is an act to come (will, "
        "agentless). 'Joining Cooley at the news conference was Assistant Sheriff Doyle Campbell' is an inverted "
        "act (listed, undated)."), [
        event("Charged with Murdering Sheriff", "Charged", None, "charge", JO),
        event("District Attorney Steve Cooley announced", "announced", SC, "announce",
              "that capital murder charges were filed against a Hawaiian Gardens gang member", kind=S,
              date="2005-07-26"),
        event("District Attorney Steve Cooley announced", "filed", None, "file",
              "capital murder charges against a Hawaiian Gardens gang member", rep=SC),
        event("Cooley said Jose Luis Orozco was charged", "charged", None, "charge", JO, rep=SC),
        event("The complaint alleged three special", "alleged", CMP, "allege",
              "three special circumstances that would make Orozco eligible for the death penalty", kind=S),
        event("was found hiding in a house", "found", None, "find", JO, kind=B),
        event("was found hiding in a house", "slain", None, "slay", LO, kind=B),
        event("He was arrested and remained", "arrested", None, "arrest", JO, kind=B),
        event("Orozco is scheduled to appear", "appear", JO, "appear",
              "in Bellflower Superior Court's Division 3 at 1:45 p.m. today for arraignment", mod="will",
              date="2005-07-26"),
        event("filed this morning by Deputy", "filed", "Lowell Anger", "file", "case No. VA089897",
              date="2005-07-26", sent=("The defendant, who lives", "Lowell Anger of CAPOS.")),
        event("Although filed as a capital case", "decide", "the District Attorney's office", "decide",
              "whether to seek the death penalty or life in prison without the possibility of parole", mod="will"),
        event("It was alleged the defendant", "alleged", None, "allege",
              "the defendant personally used a handgun to commit the crime", kind=S),
        event("The complaint also alleged two counts", "alleged", CMP, "allege",
              "two counts of possession of a firearm by a felon", kind=S),
        event("The complaint also alleged two counts", "shot", None, "shoot", "a man", kind=B, date="2005-06-20"),
        event("The complaint also alleged two counts", "wounded", None, "wound", "a man", kind=B, date="2005-06-20"),
        event("It was that shooting that", "investigating", LO, "investigate", "that shooting", kind=B),
        event("Deputy Ortiz was shot to death", "shot", None, "shoot", LO, kind=B),
        event("The deputy was with the Sheriff", "investigating", LO, "investigate", "the June 20 shooting", kind=B),
        event("Authorities said he spotted Orozco", "spotted", LO, "spot", JO, rep="Authorities", kind=B),
        event("Authorities said he spotted Orozco", "chased", LO, "chase", JO, rep="Authorities", kind=B),
        event("The defendant was arrested five buildings", "arrested", None, "arrest", JO, kind=B),
        event("revolver believed to be the murder weapon", "recovered", None, "recover",
              "A. 38-caliber revolver", kind=B),
        event("Orozco also was charged with one count", "charged", None, "charge", JO),
        event("The victim was shot while doing", "shot", None, "shoot", "The victim", kind=B),
        event("The victim was shot while doing", "doing", "The victim", "do", "yard work", kind=B),
        event("He was hit in the back", "hit", None, "hit", "The victim", kind=B),
        event("He was hit in the back", "survived", "The victim", "survive", None, kind=B),
        event("The complaint charged that the June 20", "charged", CMP, "charge",
              "that the June 20 shooting was for furtherance of a street gang", kind=S),
        event("The complaint also alleged prior", "alleged", CMP, "allege",
              "prior convictions including auto burglary, possession of a firearm by a felon and resisting and "
              "executive officer", kind=S),
        event("Orozco will be held without bail", "held", None, "hold", JO, mod="will"),
        event("Joining Cooley at the news conference", "Joining", "Doyle Campbell", "join",
              "Steve Cooley at the news conference"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "test3"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
