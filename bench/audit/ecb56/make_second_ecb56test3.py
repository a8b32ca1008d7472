"""Round iaa55-test3: a second, independent event annotation of the ``test3`` half of the ECB+ articles in
``bench/audit/ecb56/corpus`` (inter-annotator agreement), written to ``tests/data/gold/ecb-events-test3-second``.

Made by reading every sentence of the ten articles, without opening the first annotation or running the toolkit,
in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md`` and the dev
halves' READMEs and scripts of rounds ecb55 and ecb56); the calls are in each article's ``about``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb56/make_second_ecb56test3.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test3-second"
SCRIPT = "bench/audit/ecb56/make_second_ecb56test3.py"
CORPUS = ROOT / "bench" / "audit" / "ecb56" / "corpus"

# Said once here rather than in every file, as rounds ecb52 to ecb55: an article's date is its manifest row's (the
# date it prints, else none: published null). An event is dated where its own clause names a date expression,
# resolved from the publication date (a past weekday to the one before or on it, a scheduled one to the one after);
# a participle after a dated clause shares its date, a second verb coordinated after it does not; with no
# publication date, only a full date or a year by itself dates. A headline is a sentence of its own, listed when it
# tells an act; datelines, time lines and 'Published'/'Updated' lines are furniture. Everything inside quotation marks,
# and the verb that only introduces it, is not listed; a said-like verb whose clause tells an act is not listed, its
# content is (with reported_by), one whose clause holds only a state gives nothing; 'allege', 'announce', 'rule',
# 'ask' are speech acts, and an agentless 'accused of' (participle too) is one, its content not listed (ecb52test2).
# States, figures, opinions, habits, plans and purposes are no events; an act told again in a subordinate clause is
# not listed again. People are written by the fullest name the article gives.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
VG = 'Vincent "The Chin" Gigante'
ACJ = "Arcade Joseph Comeaux Jr."
HP = "Hewlett-Packard"
SM = "Steven Moffat"
WK, TT = "Wladimir Klitschko", "Tony Thompson"
MS = "Microsoft"
INS = "INS Sukanya"
FL = "Fred LaRue"
JSM = "Jeb Stuart Magruder"
EQ = "A powerful 6.1 magnitude earthquake"
SC, JO, LO = "District Attorney Steve Cooley", "Jose Luis Orozco", "Deputy Luis Gerardo (Jerry) Ortiz"

DOCS = {
    "ecb_26_2.txt": (doc(
        "usatoday30.usatoday.com, Monday 2005-12-19: the Mafia boss Vincent 'The Chin' Gigante dies in prison at 77 "
        "(obituary, crime)",
        "The 'Posted' line is furniture. 'died Monday' is dated 2005-12-19 (the publication day is a Monday); the "
        "second 'died' is listed again with its source (headline and lead each listed, as ecb56dev9). 'avoided jail "
        "for decades by wandering', 'would wander', 'worked for years' and 'proved better' are habits or states; "
        "'was confirmed by Christine Monaco' is turned back (a speech act). The past acts of his career are "
        "background, dated by their own year ('in 2002', 'an April 2003 federal hearing' for the admission and the "
        "plea in its relative, 'until 1997', 'in 1931', 'in 1959'), and the string of victories 'ended' (a state's end is "
        "an event, gold README) with 'a July 1997 racketeering conviction' (1997-07); 'That brought him another three-year sentence' "
        "and 'None of that swayed jurors' are consequences, not listed; 'Mob experts called him a traditional boss' "
        "is an opinion; 'insisted', 'charged', 'claimed' are speech acts whose content is a state (blind48)."), [
        event("last of Mafia giants, dies", "dies", VG, "die"),
        event("feigning mental illness, died Monday", "died", VG, "die", date="2005-12-19"),
        event("who had suffered from heart disease", "died", VG, "die", rep="prison spokesman Al Quintero"),
        event("rival mob boss John Gotti died", "died", "John Gotti", "die", kind=B, date="2002"),
        event("death also was confirmed", "confirmed", "Christine Monaco", "confirm", "Gigante's death", kind=S),
        event("had scored a lengthy string", "scored", VG, "score", "a lengthy string of victories over prosecutors",
              kind=B),
        event("Dubbed the \"Oddfather\"", "ended", "Gigante's lengthy string of victories over prosecutors", "end",
              "with a July 1997 racketeering conviction", kind=B, date="1997-07"),
        event("He was sentenced to 12 years", "sentenced", None, "sentence", VG, kind=B),
        event("he finally admitted his insanity ruse", "admitted", VG, "admit", "his insanity ruse", kind=S,
              date="2003-04"),
        event("he finally admitted his insanity ruse", "pleaded", VG, "plead", "guilty to obstruction of justice",
              kind=S, date="2003-04"),
        event("he chatted amiably", "chatted", VG, "chat", "with his son", kind=B),
        event("he chatted amiably", "shook", VG, "shake", "hands with defense lawyers", kind=B),
        event("Relatives, including a brother", "insisted", "Relatives", "insist",
              "Gigante suffered from paranoid schizophrenia, dementia and Alzheimer's disease", kind=S),
        event("Authorities charged it was", "charged", "Authorities", "charge", "it was a brazen act to avoid the law",
              kind=S),
        event("Authorities charged it was", "agreed", "a jury", "agree", kind=B, date="1997"),
        event("His lawyers claimed", "claimed", "His lawyers", "claim",
              "they could not communicate with him", kind=S),
        event("who convicted Gigante", "convicted", "jurors", "convict", VG, kind=B),
        event("Born in the Bronx in 1928", "became", VG, "become", "a small-time boxer", kind=B),
        event("Born in the Bronx in 1928", "drifted", VG, "drift", "into the crime family", kind=B),
        event("Born in the Bronx in 1928", "founded", 'Charles "Lucky" Luciano', "found", "the crime family",
              kind=B, date="1931"),
        event("After refusing to name his attacker", "refusing", "Frank Costello", "refuse",
              "to name his attacker in court", kind=B),
        event("After refusing to name his attacker", "retired", "Frank Costello", "retire", kind=B),
        event("who won two acquittals", "won", "John Gotti", "win", "two acquittals", kind=B),
        event("who won two acquittals", "sent", "tapes and turncoats", "send", "John Gotti", kind=B),
        event("Before 1997, Gigante had served", "served", VG, "serve", "a five-year heroin rap", kind=B,
              date="1959"),
    ]),
    "ecb_3_9.txt": (doc(
        "news.heralddemocrat.com, Saturday 2009-12-05: the Texas escapee Arcade Joseph Comeaux Jr. is put on the U.S. "
        "Marshals' most-wanted list (US crime)",
        "The 'Updated' line is furniture; the headline and 'is still at large and is now on ... list' are states, as "
        "is 'is serving three life sentences'. 'escaped last week' is dated 2009-11-23 ('Last week' = the week's "
        "Monday, ecb53dev3/blind48), its participle 'being transported' shares it. 'is accused of using a gun' is an "
        "agentless speech act, its content not listed (ecb52test2); the relative 'which was smuggled in to him' is "
        "an agentless act. The 1999 stabbing is background, reported by Texas authorities."), [
        event("He escaped last week", "escaped", ACJ, "escape", date="2009-11-23"),
        event("He escaped last week", "transported", None, "transport", ACJ, date="2009-11-23"),
        event("Comeaux is accused", "accused", None, "accuse", ACJ, kind=S),
        event("Comeaux is accused", "smuggled", None, "smuggle", "a gun"),
        event("He was in prison after being convicted", "convicted", None, "convict", ACJ, kind=B),
        event("the weapons conviction stemmed", "stabbed", ACJ, "stab", "his wife", rep="Texas authorities", kind=B,
              date="1999"),
    ]),
    "ecb_44_5.txt": (doc(
        "informationweek.com, Monday 2007-11-12: Hewlett-Packard agrees to buy the data-center consultancy EYP Mission "
        "Critical Facilities (business, technology)",
        "The time line is furniture. The headline's 'To Acquire' is 'will' (ecb56dev9's 'AMD to acquire'). 'on Monday "
        "said it has agreed' lists the agreeing reported by HP, undated (the date belongs to the 'said' clause, as "
        "ecb56dev9's 'AMD said it has signed'). 'were not disclosed' is an agentless negated speech act; 'expected to "
        "close', 'would provide', 'would give', 'would be folded' are expectations and plans; the descriptions of "
        "EYP are states; the quotation is not listed. 'HP has made other ... acquisitions this year' is dated 2007."), [
        event("HP To Acquire", "Acquire", HP, "acquire", "Data Center Cooling, Energy Specialist EYP", mod="will"),
        event("Hewlett-Packard on Monday said", "agreed", HP, "agree", "to buy EYP Mission Critical Facilities",
              rep=HP),
        event("Financial terms were not disclosed", "disclosed", None, "disclose", "Financial terms", neg=True,
              kind=S),
        event("HP has made other", "made", HP, "make", "other data center-related acquisitions", date="2007"),
    ]),
    "ecb_39_2.txt": (doc(
        "mirror.co.uk, Monday 2013-08-05: Steven Moffat says Peter Capaldi was the only name considered for the "
        "Twelfth Doctor (television)",
        "The time line is furniture. The headline's 'says' holds a state ('was the only name considered'): nothing "
        "(blind48). The sub-headline's 'adds that ... will not cast a shadow' is an opinion. 'has revealed' is a "
        "speech act (as 'announce', ecb55dev8); 'Speaking after' is contentless, 'also said that ... had been an "
        "aspect' a state; 'Asked whether' introduces a quotation; 'insisted that ... would not overshadow' is a "
        "speech act with an opinion as content; 'is sure that' is an opinion. 'Last night's unveiling ... was "
        "watched by 6.1m people' is turned back and dated 2013-08-04."), [
        event("has revealed that Peter Capaldi", "revealed", SM, "reveal",
              "that Peter Capaldi was the only name considered to take over from Matt Smith", kind=S),
        event("also insisted that Capaldi", "insisted", SM, "insist",
              "that Capaldi's most heralded and readily identifiable previous role would not overshadow his new "
              "position", kind=S),
        event("Last night's unveiling of Capaldi", "watched", "6. 1m people", "watch",
              "Last night's unveiling of Capaldi", date="2013-08-04"),
    ]),
    "ecb_7_11.txt": (doc(
        "pba-online.net, Sunday 2012-07-08: Wladimir Klitschko stops Tony Thompson in the sixth round and keeps his "
        "heavyweight titles (sport)",
        "The date line is furniture. 'Saturday night' dates the stoppage 2012-07-07; 'to retain'/'to keep a "
        "comfortable hold' is a purpose (not listed). 'floored', 'never recovered', 'dropped', 'gave' and 'stopping' "
        "are the fight's acts, undated (their clauses name no date); the quotation is not listed. 'In 2008, "
        "Klitschko stopped Thompson' is background dated 2008."), [
        event("Wladimir Klitschko stops Tony Thompson", "stops", WK, "stop", TT),
        event("Wladimir Klitschko stopped Tony Thompson", "stopped", WK, "stop", TT, date="2012-07-07"),
        event("floored Thompson", "floored", WK, "floor", TT),
        event("floored Thompson", "recovered", TT, "recover", neg=True),
        event("The Ukrainian champion dropped", "dropped", WK, "drop", TT),
        event("The Ukrainian champion dropped", "gave", "referee Sam Williams", "give", "the challenger a standing count"),
        event("The Ukrainian champion dropped", "stopping", "referee Sam Williams", "stop", "the fight"),
        event("In 2008, Klitschko stopped", "stopped", WK, "stop", TT, kind=B, date="2008"),
    ]),
    "ecb_27_11.txt": (doc(
        "articles.timesofindia.indiatimes.com, Wednesday 2013-09-18: Microsoft releases an emergency fix for an "
        "Internet Explorer flaw that hackers exploited (technology, security)",
        "The 'Reuters' time line is furniture. 'released ... on Tuesday' is dated 2013-09-17; 'after hackers "
        "exploited' is an act of its own clause (undated), 'to attack' a purpose. 'said on its website it released' "
        "tells the release again (not listed again); 'said the attacks took advantage' lists the content, reported "
        "by Microsoft. The sentences on state-sponsored groups and 'Fix Its' are generalities; the experts' 'should "
        "either ... install' is advice (not an event); 'Kandek said he expects Microsoft to push out an update' lists "
        "the stance 'expect' (a said-like verb introducing a stance, as ecb56dev9's 'believed')."), [
        event("Microsoft releases security patch", "releases", MS, "release", "security patch for Internet Explorer"),
        event("Microsoft released an emergency", "released", MS, "release",
              "an emergency software fix for Internet Explorer", date="2013-09-17"),
        event("Microsoft released an emergency", "exploited", "hackers", "exploit",
              "a security flaw in the popular Web browser"),
        event("Microsoft said the attacks", "took", "the attacks", "take advantage of", "an undiscovered flaw", rep=MS),
        event("Kandek said he expects", "expects", "Wolfgang Kandek", "expect",
              "Microsoft to push out an update to address the issue within two to three weeks", kind=ST),
    ]),
    "ecb_12_2.txt": (doc(
        "ndtv.com, Friday 2011-11-11: the Indian Navy's INS Sukanya thwarts a pirate attack in the Gulf of Aden and "
        "captures three boats (piracy, India)",
        "The 'Updated' line is furniture. The headline gives the thwarting and an agentless 'arrested'. 'the incident "
        "happened yesterday' restates the thwarting (not listed again) and its date does not reach the other "
        "sentences' clauses, so they stay undated; 'was escorting' is ongoing (a state). 'were challenged by the "
        "Indian Naval ship' is turned back; 'managed to flee' is listed as 'flee'; 'were captured by INS Sukanya' is "
        "reported by the statement of the Defence PRO; 'found and confiscated' are agentless. 'holds significance' "
        "and 'the fifth successful operation' are states; 'which commenced in September' is background dated 2011-09."),
        [
        event("Indian ship thwarts piracy", "thwarts", INS, "thwart", "piracy attempt in Gulf of Aden"),
        event("Indian ship thwarts piracy", "arrested", None, "arrest", "26 pirates"),
        event("thwarted a piracy attack", "thwarted", INS, "thwart", "a piracy attack in the Gulf of Aden"),
        event("thwarted a piracy attack", "captured", INS, "capture", "three boats of the pirates"),
        event("Five pirate boats tried", "tried", "Five pirate boats", "try", "to attack these vessels"),
        event("Five pirate boats tried", "challenged", INS, "challenge", "Five pirate boats"),
        event("managed to flee", "flee", "two of them", "flee", "the area", rep="the Defence PRO"),
        event("managed to flee", "captured", INS, "capture", "three boats", rep="the Defence PRO"),
        event("During the operation, six", "found", None, "find",
              "six AK-47 rifles, 12 magazines and about 300 rounds of ammunition"),
        event("During the operation, six", "confiscated", None, "confiscate",
              "six AK-47 rifles, 12 magazines and about 300 rounds of ammunition"),
        event("which commenced in September", "commenced", "her ongoing patrol mission in the Gulf of Aden",
              "commence", kind=B, date="2011-09"),
    ]),
    "ecb_28_7.txt": (doc(
        "nbcnews.com, Wednesday 2004-07-28: the Watergate figure Fred LaRue is found dead in Biloxi at 75 "
        "(obituary, US politics)",
        "The sub-headline ('was bagman'), the 'updated' line and the crosshead lines are states or furniture. 'has "
        "died' is undated; 'was discovered Tuesday by a maid' is turned back, dated 2004-07-27 and reported by the "
        "coroner, as is the maid's 'entered'; 'The coroner said he believes LaRue died Saturday' lists the stance "
        "only (ecb56dev9's 'believed'). 'served a prison term', 'delivered payoffs', 'served 4 months' are background; "
        "'was hatched' is agentless background dated 1972 (the meeting's year); 'LaRue said he advised against' lists "
        "the advising (a speech act) reported by LaRue. 'discounted', 'promised', 'have denied', 'claimed' are speech "
        "acts; Magruder's claim that Nixon approved the plan lists the approval with reported_by (ecb56dev9's "
        "'Prosecutors allege'). 'left with the newspaper Wednesday' dates the leaving 2004-07-28, not the 'not "
        "returned'. 'If the president had approved' is a condition; the quotations are not listed."), [
        event("Fred LaRue, Watergate figure, dies", "dies", FL, "die"),
        event("has died", "died", FL, "die"),
        event("has died", "served", FL, "serve", "a prison term for his role in Watergate", kind=B),
        event("His body was discovered", "discovered", "a maid", "discover", "His body", rep="Coroner Gary Hargrove",
              date="2004-07-27"),
        event("His body was discovered", "entered", "a maid", "enter", "his hotel room in Biloxi",
              rep="Coroner Gary Hargrove", date="2004-07-27"),
        event("The coroner said he believes", "believes", "Coroner Gary Hargrove", "believe",
              "LaRue died Saturday of natural causes", kind=ST),
        event('LaRue was known as the "bagman"', "delivered", FL, "deliver", "payoffs", kind=B),
        event('LaRue was known as the "bagman"', "served", FL, "serve", "4 months in federal prison", kind=B),
        event("allegedly was hatched", "hatched", None, "hatch",
              "the plan to break in Democratic headquarters at the Watergate complex", kind=B, date="1972"),
        event("LaRue said he advised", "advised", FL, "advise", "against the burglary", rep=FL, kind=S),
        event("LaRue discounted rumors", "discounted", FL, "discount", "rumors that he was Deep Throat", kind=S),
        event("Woodward says Deep Throat", "promised", "Bob Woodward", "promise",
              "to reveal his identity only after the source is dead", kind=S),
        event("A request for comment", "left", None, "leave", "A request for comment from Woodward",
              date="2004-07-28"),
        event("A request for comment", "returned", None, "return", "A request for comment from Woodward", neg=True),
        event("All have denied it", "denied", "Earl J. Silbert, Alexander Haig, L. Patrick Gray and Fred Fielding",
              "deny", "it", kind=S),
        event("LaRue returned to his home state", "returned", FL, "return", "to his home state of Mississippi",
              kind=B),
        event("LaRue said Magruder lied", "lied", JSM, "lie", rep=FL, kind=B),
        event("LaRue said Magruder lied", "claimed", JSM, "claim", "Nixon knew about the break-in", rep=FL, kind=S),
        event("Magruder claimed Nixon approved", "claimed", JSM, "claim",
              "Nixon approved the plan in a telephone conversation with Mitchell", kind=S),
        event("Magruder claimed Nixon approved", "approved", "President Nixon", "approve", "the plan", rep=JSM,
              kind=B),
        event("LaRue believed no such", "believed", FL, "believe", "no such conversation occurred", kind=ST),
        event("LaRue believed no such", "screened", FL, "screen", "all the telephone calls", rep=FL, kind=B),
        event("LaRue believes that Mitchell", "believes", FL, "believe", "that Mitchell would have told him", kind=ST),
    ]),
    "ecb_37_8.txt": (doc(
        "sott.net, Tuesday 2013-07-02: a 6.1 magnitude earthquake hits Aceh province in Indonesia, injuring dozens "
        "(disaster)",
        "The time line is furniture. 'hit' has no date of its own (the '7:37 AM local time' belongs to 'took place', "
        "a location and time statement, not listed). 'Dozens have been reported injured' is an agentless speech act "
        "(ecb56dev9's 'reported'); 'Sky News estimates' gives a figure (not listed), 'numerous buildings have "
        "collapsed' is listed; 'appears to have shaken' is listed without modality (the hedge is the writer's). The "
        "quotations are not listed; the 2004 earthquake and tsunami are background dated 2004, their participle "
        "'killing' too; 'The rebuilding process continues' is a state."), [
        event("earthquake injures dozens", "injures", "Powerful 6.1 magnitude earthquake", "injure", "dozens"),
        event("A powerful 6.1 magnitude earthquake hit", "hit", EQ, "hit",
              "Indonesia's northwestern Aceh province"),
        event("Dozens have been reported injured", "reported", None, "report", "Dozens injured", kind=S),
        event("numerous buildings have collapsed", "collapsed", "numerous buildings", "collapse"),
        event("The quake appears to have shaken", "shaken", "The quake", "shake",
              "the provincial capital of Banda Aceh"),
        event("Aceh was hit extremely hard", "hit", 'the massive "Boxing Day" earthquake and tsunami', "hit", "Aceh",
              kind=B, date="2004"),
        event("Aceh was hit extremely hard", "killing", 'the massive "Boxing Day" earthquake and tsunami', "kill",
              "170,000 people in Sumatra", kind=B, date="2004"),
    ]),
    "ecb_16_1.txt": (doc(
        "da.lacounty.gov, Tuesday 2005-07-26: the Los Angeles County District Attorney charges the gang member Jose "
        "Luis Orozco with the murder of Deputy Luis Ortiz (US crime, courts)",
        "The headline's 'Charged' is agentless; the date line is furniture. 'announced today' is dated 2005-07-26, its "
        "content 'charges were filed' listed with reported_by; 'accused of gunning down' is an agentless speech act "
        "(ecb52test2), its content not listed; 'Cooley said Orozco was charged' is listed as the charging reported "
        "by Cooley. 'The complaint alleged/charged' are speech acts (ecb56dev9's 'allege'); the quotations are not "
        "listed. 'was found hiding' and 'after Deputy Ortiz was slain' are agentless acts; 'remained in custody', "
        "'is charged', 'was investigating', 'was hiding' are states; 'is scheduled to appear' a plan, 'will decide' "
        "and 'will be held' acts to come. 'filed this morning by Deputy District Attorney Lowell Anger' is dated "
        "2005-07-26; 'when a man was shot and wounded' 2005-06-20. The second arrest sentence, 'Deputy Ortiz was shot to "
        "death' and the June 20 victim's 'was shot', 'was hit' tell acts again in main clauses and are listed again "
        "(blind48's events-dev29 'erupted'); 'while doing yard work' is a circumstance, 'shortly before midnight' "
        "names no date."), [
        event("Charged with Murdering", "Charged", None, "charge", "Hawaiian Gardens Gang Member"),
        event("announced today that capital", "announced", SC, "announce",
              "that capital murder charges were filed against a Hawaiian Gardens gang member", kind=S,
              date="2005-07-26"),
        event("announced today that capital", "filed", None, "file", "capital murder charges", rep=SC),
        event("announced today that capital", "accused", None, "accuse", "a Hawaiian Gardens gang member", kind=S),
        event("Cooley said Jose Luis Orozco", "charged", None, "charge", JO, rep=SC),
        event("The complaint alleged three", "alleged", "The complaint", "allege",
              "three special circumstances that would make Orozco eligible for the death penalty", kind=S),
        event("was found hiding", "found", None, "find", JO),
        event("was found hiding", "slain", None, "slay", LO),
        event("He was arrested and remained", "arrested", None, "arrest", JO),
        event("is charged in case No.", "filed", "Deputy District Attorney Lowell Anger", "file",
              "case No. VA089897", date="2005-07-26",
              sent=("The defendant, who lives in Hawaiian Gardens", "Lowell Anger of CAPOS.")),
        event("will decide closer to trial", "decide", "the District Attorney's office", "decide",
              "whether to seek the death penalty or life in prison without the possibility of parole", mod="will"),
        event("It was alleged the defendant", "alleged", None, "allege",
              "the defendant personally used a handgun to commit the crime", kind=S),
        event("The complaint also alleged two counts", "alleged", "The complaint", "allege",
              "two counts of possession of a firearm by a felon", kind=S),
        event("The complaint also alleged two counts", "shot", None, "shoot", "a man", date="2005-06-20"),
        event("The complaint also alleged two counts", "wounded", None, "wound", "a man", date="2005-06-20"),
        event("Deputy Ortiz was shot to death", "shot", None, "shoot", LO),
        event("Authorities said he spotted", "spotted", LO, "spot", JO, rep="Authorities"),
        event("Authorities said he spotted", "chased", LO, "chase", JO, rep="Authorities"),
        event("The defendant was arrested five buildings", "arrested", None, "arrest", JO),
        event("revolver believed to be the murder weapon", "recovered", None, "recover",
              "A. 38-caliber revolver believed to be the murder weapon"),
        event("Orozco also was charged", "charged", None, "charge", JO),
        event("The victim was shot while", "shot", None, "shoot", "The victim"),
        event("He was hit in the back", "hit", None, "hit", "The victim"),
        event("He was hit in the back", "survived", "The victim", "survive"),
        event("The complaint charged that", "charged", "The complaint", "charge",
              "that the June 20 shooting was for furtherance of a street gang", kind=S),
        event("The complaint also alleged prior", "alleged", "The complaint", "allege",
              "prior convictions including auto burglary, possession of a firearm by a felon and resisting and "
              "executive officer", kind=S),
        event("Orozco will be held", "held", None, "hold", JO, mod="will"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "test3"]
    assert sorted(DOCS) == sorted(expected), (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
