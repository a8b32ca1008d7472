"""Round ecb52dev: a blind event gold on real news of other publishers (the ``dev`` half of the ECB+ articles in
``bench/audit/ecb52/corpus``, ten articles of ten outlets of 2005-2013), written to ``tests/data/gold/ecb-events-dev``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``, the ``about`` fields of events-dev19 … dev37, pud-events-dev and
ewt-events-dev); the calls are in each article's ``about``. Offsets and checks come from
``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb52/make_gold_ecb52dev.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev"
SCRIPT = "bench/audit/ecb52/make_gold_ecb52dev.py"
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"

# Said once here rather than in every file. An article's date is its manifest row's (the date it prints, else none:
# published null). An event is dated where its own clause names a date expression ("on Friday", "Thursday", "on
# Dec. 27", "in 2004"), resolved from the publication date (a weekday to the one before or on it); a participle
# after a dated clause shares its date (as blind48's "with Johnson succeeding her", dated as its clause); with no
# publication date, only a full date or a year by itself dates. The narration of a lead's day in later sentences is
# not dated. A headline is a sentence of its own, listed when it tells an act (as ewt-events-dev's 'Key Delhi blast
# suspect arrested'); datelines, bylines, 'Published on:' and 'Found' lines, URLs and section labels are furniture.
# Everything inside quotation marks, and the verb that only introduces it, is not listed; states, figures (a score,
# a stat line), opinions, guesses, generalities and conditionals are no events; a figure's change told as an act
# ('improved to 25-7', 'fell to 15-17') is listed, as events-dev19's 'coverage had risen to 55 percent' and
# pud49dev's 'the rate of unemployment has dropped below 20%'. People are written by the fullest name the article
# gives, as subject and as object.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
SUK, OFF = "INS Sukanya", "the officer"
CKS, KF = "Christopher Kenyon Simpson", "Ka'loni Flynn"
ED = "Ellen DeGeneres"
TM = "T-Mobile USA"
JO, JLO = "Jerry Ortiz", "Jose Luis Orozco"
EW = "Esther Williams"
WK, TT = "Wladimir Klitschko", "Tony Thompson"
USGS = "US Geological Survey"
NOS, PT = "the Saints", "Pierre Thomas"
DM, CR, WA = "Doug McDermott", "Creighton", "Will Artino"

DOCS = {
    "ecb_12_4.txt": (doc(
        "pardaphash.com, Friday 2011-11-11: the Indian Navy's INS Sukanya foils a pirate attack in the Gulf of Aden "
        "and captures 26 Somali pirates (defence, crime at sea)",
        "The headline's capture is listed (undated: a headline's clause names no date). 'Published on:' and the "
        "dateline 'New Delhi / Mumbai:' are furniture. 'An Indian warship' and 'the warship' are written 'INS "
        "Sukanya' (the article names it: 'This anti-piracy action by INS Sukanya'), 'the warship's crew' 'INS "
        "Sukanya's crew'; 'on Friday' = 2011-11-11 dates the foiling and its participles 'capturing' and "
        "'confiscating'; 'transiting the Gulf of Aden' describes the vessels (not listed); 'on Thursday morning' = "
        "2011-11-10 dates the escort (a progressive act) and its when-clause's noticing; 'the five-boat pirate "
        "formation approaching the cargo ship group' lists the approach (what was noticed, as pud49dev's 'has seen it "
        "take'). The officer's quotations and their 'said' are not listed; 'adding the pirate skiffs then reversed "
        "course and tried to flee' gives the reversing and the attempt ('try', as events-dev37's 'tried to sell'), "
        "reported by the officer (unnamed: 'the officer'); 'He said that ... the naval boarding party also found' "
        "gives the finding reported by the officer; 'all of which confirmed their intent' relates evidence to an "
        "intent (not listed, as pud49dev's 'The move highlighted the company's desire'); 'This anti-piracy action "
        "... was the fifth successful operation' is a copula; 'INS Sukanya has seized a total of ...' is a series of "
        "seizures (listed, as events-dev36's 'has repeatedly voted against') and 'the five operations it carried out "
        "there' a relative that tells acts (both reported by the officer, as pud49dev's relative inside a said)."), [
        event("Indian Navy captures 26 Somali pirates", "captures", "Indian Navy", "capture", "26 Somali pirates"),
        event("An Indian warship foiled", "foiled", SUK, "foil",
              "a five-boat pirate attack on merchant vessels transiting the Gulf of Aden", date="2011-11-11"),
        event("An Indian warship foiled", "capturing", SUK, "capture", "26 Somani brigands", date="2011-11-11"),
        event("An Indian warship foiled", "confiscating", SUK, "confiscate", "their weapons", date="2011-11-11"),
        event("Patrol vessel INS Sukanya was escorting", "escorting", SUK, "escort", "the five merchant vessels",
              date="2011-11-10"),
        event("Patrol vessel INS Sukanya was escorting", "noticed", "INS Sukanya's crew", "notice",
              "the five-boat pirate formation approaching the cargo ship group", date="2011-11-10"),
        event("Patrol vessel INS Sukanya was escorting", "approaching", "the five-boat pirate formation", "approach",
              "the cargo ship group", date="2011-11-10"),
        event("adding the pirate skiffs then reversed", "reversed", "the pirate skiffs", "reverse", "course",
              rep=OFF),
        event("adding the pirate skiffs then reversed", "tried", "the pirate skiffs", "try", "to flee the area",
              rep=OFF),
        event("the naval boarding party also found", "found", "the naval boarding party", "find",
              "a host of other equipment such as grapnels, ladders and rope-handling gloves", rep=OFF),
        event("INS Sukanya has seized a total", "seized", SUK, "seize",
              "a total of 14 AK-47 rifles, 31 magazines and 923 rounds of ammunition", rep=OFF),
        event("INS Sukanya has seized a total", "carried", SUK, "carry out", "the five operations", rep=OFF),
    ]),
    "ecb_45_7.txt": (doc(
        "newsuk24.com, Friday 2013-09-27: a jury in Oklahoma convicts Christopher Kenyon Simpson of killing his "
        "pregnant girlfriend (US courts, crime)",
        "The headline 'Man found GUILTY of shooting dead ...' is an agentless passive (the finding listed, 'find' "
        "as blind48's court's 'found'); what a conviction or a finding of guilt is for ('of shooting dead his "
        "pregnant girlfriend', 'in the death of') is not listed (events-dev37: 'as what a conviction is for'); the "
        "headline's quoted reason is a quotation. 'a 27-year-old man', 'Man' and 'Simpson' are written 'Christopher "
        "Kenyon Simpson', 'she' 'Ka'loni Flynn'. 'has convicted' has no date in its clause (undated); 'after she "
        "refused to get an abortion' tells her refusal (background); 'Thursday' = 2013-09-26 dates the "
        "deliberation, and 'before convicting ...' tells the conviction again in a subordinate clause (not listed "
        "again, blind47's rule); 'recommended the maximum sentence' is a speech act; 'is scheduled to be sentenced "
        "November 8' a scheduled agentless act (modality will, as events-dev33's 'was already scheduled to meet'), "
        "dated 2013-11-08."), [
        event("Man found GUILTY", "found", None, "find", CKS),
        event("A jury in eastern Oklahoma has convicted", "convicted", "A jury in eastern Oklahoma", "convict", CKS),
        event("A jury in eastern Oklahoma has convicted", "refused", KF, "refuse", "to get an abortion", kind=B),
        event("The jury deliberated", "deliberated", "The jury", "deliberate", None, date="2013-09-26"),
        event("The jurors recommended", "recommended", "The jurors", "recommend",
              "the maximum sentence of life in prison without parole", kind=S),
        event("Simpson is scheduled", "sentenced", None, "sentence", CKS, mod="will", date="2013-11-08"),
    ]),
    "ecb_2_10.txt": (doc(
        "variety.com (no date in the manifest, though the article prints 'AUGUST 2, 2013'): Ellen DeGeneres will "
        "host the Oscars a second time (film, television)",
        "published is null (the manifest's date is empty), so only a year by itself dates. The headline 'Ellen "
        "DeGeneres To Host Oscars' is a scheduled act (modality will, as 'is to step down'), the subheadline "
        "'Talkshow host returns for second Oscar tour' too (a headline's present for what is to come; 'Talkshow "
        "host' written 'Ellen DeGeneres'). 'the next host ... is… Ellen DeGeneres' and 'It will be DeGeneres' "
        "second tour of duty' are copulas; 'having previously emceed ... in 2007' (2007) and 'earning an Emmy "
        "nomination' (its own clause undated) tell background acts; 'also fronted the Emmys in 2001 and 2005' is one "
        "row for two hostings, undated (two years, no single one), '(co-hosting them in 2003)' dated 2003. The three "
        "quotations, their 'said' and 'joking that “...”' (it introduces a quotation) are not listed; 'the 2007 "
        "Oscars hosted by DeGeneres stands as the top rated' is a ranking (a state), its participle the 2007 "
        "hosting told again (not listed again)."), [
        event("Ellen DeGeneres To Host Oscars", "Host", ED, "host", "Oscars", mod="will"),
        event("Talkshow host returns", "returns", ED, "return", "for second Oscar tour", mod="will"),
        event("having previously emceed", "emceed", ED, "emcee", "the 79th annual Academy Awards", kind=B,
              date="2007"),
        event("having previously emceed", "earning", ED, "earn", "an Emmy nomination", kind=B),
        event("also fronted the Emmys", "fronted", ED, "front", "the Emmys", kind=B),
        event("also fronted the Emmys", "hosting", ED, "co-host", "the Emmys", kind=B, date="2003"),
    ]),
    "ecb_42_2.txt": (doc(
        "blackberryempire.com, Wednesday 2013-04-24: T-Mobile USA announces it will carry the BlackBerry Q10 "
        "(technology, business; a press release reposted)",
        "The headline's announcement is listed (a speech act, undated); 'T-Mobile' is written 'T-Mobile USA'; "
        "'announced today' = 2013-04-24, and its content 'will be added to its ... portfolio' an agentless passive "
        "to come (modality will, reported by T-Mobile USA). 'Beginning April 29th, business customers ... can do so "
        "at:' is an offer of what customers can do (an ability, not listed); the URL line and 'T-Mobile on the "
        "BlackBerry Q10:' are furniture; 'T-Mobile USA continues to add to its ... portfolio with the BlackBerry "
        "Q10' lists the adding (the aspect verb's complement, as events-dev20's 'continued to write songs'); the "
        "product description ('combines', 'delivers', 'customers demand'), 'customers can take advantage' and 'will "
        "be available very soon' are states and abilities; Drew Kelton's quotation and its 'said' are not listed; "
        "'Additional details ... will be shared at a later date' is an agentless speech act to come (will)."), [
        event("T-Mobile USA Announces", "Announces", TM, "announce", "BlackBerry Q10 Availability", kind=S),
        event("T-Mobile announced today", "announced", TM, "announce",
              "that the BlackBerry Q10 smartphone device will be added to its growing 4G LTE smartphone portfolio",
              kind=S, date="2013-04-24"),
        event("T-Mobile announced today", "added", None, "add", "the BlackBerry Q10 smartphone device", mod="will",
              rep=TM),
        event("T-Mobile USA continues to add", "add", TM, "add",
              "to its growing 4G LTE smartphone portfolio with the BlackBerry Q10"),
        event("Additional details, including", "shared", None, "share",
              "Additional details, including availability and pricing", mod="will", kind=S),
    ]),
    "ecb_16_11.txt": (doc(
        "powderbluereport.blogspot.nl, a blog post headed 'THURSDAY, JUNE 30, 2005' (no date in the manifest): Los "
        "Angeles County Sheriff's deputy Jerry Ortiz is shot dead by a gang member (crime, commentary)",
        "published is null; no clause names a full date or a year, so nothing is dated (the post's heading is "
        "furniture). 'RIP LA County Sheriff Deputy Jerry Ortiz' has no verb. 'Another peace officer has been gunned "
        "down' is an agentless passive in its sentence (the shooter is named only later; 'Another peace officer' "
        "written 'Jerry Ortiz'); 'His name is' a copula; 'was knocking on doors ... looking for gang members' lists "
        "the knocking (a progressive act) and its participle; 'he was shot ... by gang member Jose Luis Orozco' is "
        "turned back; 'They caught him' keeps 'They' (no antecedent in the post, as pud49dev's pronouns), 'where the "
        "shooting took place' tells the shooting again (not listed again). 'At least he didn't get a chance to "
        "flee' is the blogger's comment on a chance not had (not listed), and the rest are the blogger's opinions "
        "and generalities ('These guys are constantly getting shot at' a habit)."), [
        event("Another peace officer has been gunned down", "gunned", None, "gun down", JO),
        event("Officer Ortiz was knocking", "knocking", JO, "knock",
              "on doors down in the city of Hawaiian Gardens"),
        event("Officer Ortiz was knocking", "looking", JO, "look for", "gang members"),
        event("Officer Ortiz was knocking", "shot", JLO, "shoot", JO),
        event("They caught him", "caught", "They", "catch", JLO),
    ]),
    "ecb_4_9.txt": (doc(
        "kpopstarz.com, Thursday 2013-06-06: the swimmer and actress Esther Williams dies aged 91 (an obituary)",
        "The headline's 'Dies' and 'Fans And Family Mourn' are listed (a headline is a sentence of its own; the "
        "mourning a stance, the public reaction to a death, as the tributes of earlier golds, not a state); 'has "
        "died' is undated (its clause names no date) and 'passed away early Thursday' (= 2013-06-06) tells the "
        "death again in a main clause (listed again, as events-dev29's 'erupted'), reported by her publicist; 'She "
        "was 91', 'was a popular pinup', 'kept her popular' and 'had a long, full life' are states; 'Fans and family "
        "mourn her passing' is listed again (a main clause)."), [
        event("Pin-Up Icon Dies", "Dies", EW, "die", None),
        event("Pin-Up Icon Dies", "Mourn", "Fans And Family", "mourn", None, kind=ST),
        event("has died", "died", EW, "die", None),
        event("passed away early Thursday", "passed", EW, "pass away", None, rep="Esther Williams' publicist",
              date="2013-06-06"),
        event("Fans and family mourn her passing", "mourn", "Fans and family", "mourn", "her passing", kind=ST),
    ]),
    "ecb_7_10.txt": (doc(
        "vancouverdesi.com (no date in the manifest): Wladimir Klitschko stops Tony Thompson to keep his "
        "heavyweight titles (boxing)",
        "published is null: 'Saturday night' is undated, 'In 2008' dates the earlier fight (background). The "
        "headline is listed ('stops', and 'to retain' a result infinitive, as blind48's 'to become the first female "
        "Democratic US Senator'). 'The 36-year-old champion Klitschko', 'The Ukrainian champion' are written "
        "'Wladimir Klitschko'; 'Thompson', 'the 40-year-old American', 'the challenger' 'Tony Thompson'. 'never "
        "recovered' is a negated act; 'before stopping the fight' lists the referee's stopping (his own act, a "
        "gerund after 'before', as blind48's kind 1), though it is the stoppage the lead tells from the winner's "
        "side; 'who was the mandatory challenger' is a copula and 'nominated by the IBF' is turned back "
        "(background); 'dropped to 36-3' is a record's change told as an act (as 'coverage had risen to 55 "
        "percent')."), [
        event("Wladimir Klitschko stops Tony Thompson", "stops", WK, "stop", TT),
        event("Wladimir Klitschko stops Tony Thompson", "retain", WK, "retain", "world heavyweight titles"),
        event("Wladimir Klitschko stopped Tony Thompson in the sixth", "stopped", WK, "stop", TT),
        event("Wladimir Klitschko stopped Tony Thompson in the sixth", "retain", WK, "retain",
              "his WBA, IBF and WBO heavyweight title belts"),
        event("floored Thompson", "floored", WK, "floor", TT),
        event("floored Thompson", "recovered", TT, "recover", None, neg=True),
        event("The Ukrainian champion dropped", "dropped", WK, "drop", TT),
        event("The Ukrainian champion dropped", "gave", "Sam Williams", "give", "Tony Thompson a standing count"),
        event("The Ukrainian champion dropped", "stopping", "Sam Williams", "stop", "the fight"),
        event("In 2008, Klitschko stopped", "stopped", WK, "stop", TT, kind=B, date="2008"),
        event("nominated by the IBF", "nominated", "the IBF", "nominate", TT, kind=B),
        event("nominated by the IBF", "dropped", TT, "drop", "to 36-3"),
    ]),
    "ecb_37_11.txt": (doc(
        "english.ahram.org.eg (AFP), Tuesday 2013-07-02: a 6.1-magnitude earthquake strikes Aceh, Indonesia "
        "(disaster)",
        "The headline's ': USGS' attributes it (reported_by 'US Geological Survey'); the subheadline is a sentence "
        "of its own, 'with no tsunami warning issued' a negated agentless act (as events-dev30's 'No cause of death "
        "was announced'); 'AFP, Tuesday 2 Jul 2013' is the dateline. 'on Tuesday' = 2013-07-02 dates the strike "
        "and its participle 'sending people running into the streets' (the writer's, after the attribution; the "
        "verb 'send', as events-dev36's 'leading to encephalitis'). 'There were no immediate reports of damage' is "
        "an existential, its 'after the quake struck inland' the strike told again in a subordinate clause (not "
        "listed again); 'People ran out of buildings' tells the panic again in a main clause (listed again) and 'as "
        "the quake shook houses' an act of its own, both reported by the AFP journalist; 'the USGS estimated' is "
        "listed (as events-dev19's 'estimated'), its content a state; 'A massive quake struck off Aceh in 2004' "
        "(2004) and 'sparking a tsunami' (2004, its clause's) and 'that killed 170,000 people' (a relative, its own "
        "clause undated) are background; 'Indonesia sits on the Pacific \"Ring of Fire\"' is a standing fact."), [
        event("quake strikes Indonesia's Aceh", "strikes", "6.1-magnitude quake", "strike", "Indonesia's Aceh",
              rep=USGS),
        event("A powerful 6.1-magnitude earthquake struck", "struck", "A powerful 6.1-magnitude earthquake",
              "strike", "the Indonesian province of Aceh"),
        event("A powerful 6.1-magnitude earthquake struck", "issued", None, "issue", "tsunami warning", neg=True),
        event("A strong 6.1-magnitude earthquake struck", "struck", "A strong 6.1-magnitude earthquake", "strike",
              "the northwestern Indonesian province of Aceh", rep=USGS, date="2013-07-02"),
        event("A strong 6.1-magnitude earthquake struck", "sending", "A strong 6.1-magnitude earthquake", "send",
              "people running into the streets in panic", date="2013-07-02"),
        event("People ran out of buildings", "ran", "People", "run", "out of buildings",
              rep="an AFP journalist at the scene"),
        event("People ran out of buildings", "shook", "the quake", "shake", "houses",
              rep="an AFP journalist at the scene"),
        event("But the USGS estimated", "estimated", USGS, "estimate",
              "there was a low likelihood of casualties or damage", kind=S),
        event("A massive quake struck off Aceh", "struck", "A massive quake", "strike", None, kind=B, date="2004"),
        event("A massive quake struck off Aceh", "sparking", "A massive quake", "spark", "a tsunami", kind=B,
              date="2004"),
        event("A massive quake struck off Aceh", "killed", "a tsunami", "kill",
              "170,000 people in the province on Sumatra and tens of thousands more in countries around the "
              "Indian Ocean", kind=B),
    ]),
    "ecb_25_14.txt": (doc(
        "blogs.ajc.com (the Atlanta Falcons blog), Wednesday 2011-01-05: the New Orleans Saints put Pierre Thomas "
        "on injured reserve (American football)",
        "The headline 'Saints suffer major injury' is listed ('Thomas to IR' has no verb); the time line is "
        "furniture, as is 'Here's the story from my buddy ...' (a pointer to the source). 'The Saints' and 'They' "
        "are written 'the Saints' (the fullest name the post gives), 'Thomas' and 'He' 'Pierre Thomas'. 'on Dec. "
        "27' = 2010-12-27 names the game in which Thomas rushed and scored (background); 'He joins ... Chris Ivory, "
        "on the injured reserve' tells the placement again in a main clause (listed again); 'It looks like Reggie "
        "Bush will have to carry' is the blogger's guess; 'recently signed' is undated, 'signed ... on Tuesday' = "
        "2011-01-04, 'to serve as a backup' a role to come (not listed); the last sentence is a conditional (no "
        "event, as ewt-events-dev's conditionals)."), [
        event("Saints suffer major injury", "suffer", NOS, "suffer", "major injury"),
        event("The Saints have placed", "placed", NOS, "place", PT),
        event("Thomas rushed for 63 yards", "rushed", PT, "rush", "for 63 yards", kind=B, date="2010-12-27"),
        event("Thomas rushed for 63 yards", "scored", PT, "score", "on a 2-yard touchdown", kind=B,
              date="2010-12-27"),
        event("He joins the team", "joins", PT, "join", "Chris Ivory"),
        event("They also recently signed", "signed", NOS, "sign", "Joique Bell"),
        event("They also signed veteran", "signed", NOS, "sign", "DeShawn Wynn", date="2011-01-04"),
    ]),
    "ecb_31_9.txt": (doc(
        "yardbarker.com, Friday 2013-03-08: Doug McDermott becomes Creighton's leading scorer as Creighton beats "
        "Drake in the Missouri Valley Conference Tournament (college basketball)",
        "'Found March 08, 2013' is furniture. 'on Friday afternoon' = 2013-03-08 dates the win and the main clause "
        "whose time it gives ('became the leading scorer'); 'had five points' and every stat line ('led all players "
        "with 23 points', 'made 3-of-4', 'generated a double-double', 'scoring a career-high 14 points', 'shot 46.8 "
        "percent', 'owned the glass', 'dominated the glass 22-13', 'outscoring DU 12-3', 'was paced by', 'had 12 "
        "points') are figures (not listed), as are a game's running scores ('to make it 19-12', 'the lead returned "
        "to 54-46', 'made it 60-46', 'to move ahead by eight', 'The Jays led 33-26 at the half'); a team's record "
        "changed is listed ('improved to 25-7', 'fell to 15-17', 'The win improved Creighton to 41-20', as "
        "'coverage had risen to 55 percent'); 'advances to play Saturday' lists the advance and the game to come "
        "(modality will, 2013-03-09); 'just 18 hours earlier' dates Drake's win over Bradley 2013-03-07; result "
        "infinitives are listed ('to key a 7-0 run' by Will Artino, whose play the sentence names; 'to start', 'to "
        "tie', 'to pull away', as blind48's 'to become'); 'would follow', 'would take', 'would keep' are narration "
        "(no modality, as events-dev21's 'University would score'). 'The Jays', 'CU' are written 'Creighton', 'The "
        "sophomore center from Iowa' and 'Artino' 'Will Artino', 'McDermott' and 'he' 'Doug McDermott'; 'It gave "
        "him 2,117 career points' is a figure, its 'passing Rodney Buford's career mark' McDermott's record (the "
        "point's; written 'Doug McDermott'), 'that had stood since 1999' a state and 'moving him into 10th' a "
        "ranking; 'the point came at the foul line' relates; 'Drake ... missed a tying trey by Richard Carter' is "
        "written as the text gives it ('Drake'). 'The Jays are 19-12 all-time' is a state."), [
        event("McDermott sets CU scoring record", "sets", DM, "set", "CU scoring record"),
        event("Doug McDermott became the leading scorer", "became", DM, "become",
              "the leading scorer in Creighton history", date="2013-03-08"),
        event("Doug McDermott became the leading scorer", "defeated", CR, "defeat", "Drake", date="2013-03-08"),
        event("Creighton improved to 25-7", "improved", CR, "improve", "to 25-7 on the season"),
        event("Creighton improved to 25-7", "advances", CR, "advance", None),
        event("Creighton improved to 25-7", "play", CR, "play",
              "in a 1:35 pm semifinal against the winner of the Evansville-Indiana State semifinal", mod="will",
              date="2013-03-09"),
        event("Drake, which defeated Bradley", "defeated", "Drake", "defeat", "Bradley", kind=B, date="2013-03-07"),
        event("Drake, which defeated Bradley", "fell", "Drake", "fall", "to 15-17"),
        event("Creighton broke open a 12-all game", "broke", CR, "break open", "a 12-all game"),
        event("Creighton broke open a 12-all game", "key", WA, "key", "a 7-0 run"),
        event("The sophomore center from Iowa came off", "came", WA, "come off", "the bench"),
        event("The sophomore center from Iowa came off", "dunked", WA, "dunk", None),
        event("The sophomore center from Iowa came off", "start", WA, "start", "a traditional three-point play"),
        event("McDermott would follow with a jumper", "follow", DM, "follow", "with a jumper"),
        event("McDermott would follow with a jumper", "tie", DM, "tie", "the scoring record"),
        event("McDermott would follow with a jumper", "answered", WA, "answer", "with another bucket"),
        event("when he sank a free throw", "sank", DM, "sink", "a free throw"),
        event("It gave him 2,117 career points", "passing", DM, "pass", "Rodney Buford's career mark"),
        event("Creighton would take its first double-digit lead", "take", CR, "take",
              "its first double-digit lead of the day"),
        event("Drake countered with a 9-2 run", "countered", "Drake", "counter", "with a 9-2 run"),
        event("Drake countered with a 9-2 run", "missed", "Drake", "miss", "a tying trey by Richard Carter"),
        event("The Jays answered, as Echenique", "answered", CR, "answer", None),
        event("The Jays answered, as Echenique", "threw", "Echenique", "throw down", "a powerful alley-oop"),
        event("After a timeout, McDermott hit", "hit", DM, "hit", "his third trifecta of the day"),
        event("Gibbs ended the run", "ended", "Gibbs", "end", "the run"),
        event("Gibbs ended the run", "keep", CR, "keep", "Drake off the scoreboard"),
        event("Gibbs ended the run", "pull", CR, "pull away", None),
        event("The win improved Creighton to 41-20", "improved", "The win", "improve",
              "Creighton to 41-20 all-time in MVC Tournament play"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "dev"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
