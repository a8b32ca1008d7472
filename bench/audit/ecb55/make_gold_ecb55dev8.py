"""Round ecb55dev8: a blind event gold on real news of other publishers (the ``dev8`` half of the ECB+ articles in
``bench/audit/ecb55/corpus``, ten articles of ten outlets of 2005-2013), written to ``tests/data/gold/ecb-events-dev8``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``, ``bench/audit/ecb54/README-ecb54dev6.md`` and the ``about`` fields of the
ecb-events golds of rounds ecb52 to ecb54, which hold other articles of six of these ten topics); the calls are in
each article's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb55/make_gold_ecb55dev8.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev8"
SCRIPT = "bench/audit/ecb55/make_gold_ecb55dev8.py"
CORPUS = ROOT / "bench" / "audit" / "ecb55" / "corpus"

# Said once here rather than in every file, as rounds ecb53 and ecb54: an article's date is its manifest row's (the
# date it prints, else none: published null). An event is dated where its own clause names a date expression,
# resolved from the publication date (a past weekday to the one before or on it, a scheduled one to the one after; a
# week by its Monday); a participle after a dated clause shares its date; with no publication date, only a full date,
# a month with its year or a year by itself dates. A headline is a sentence of its own, listed when it tells an act;
# datelines, time lines and 'Published' lines are furniture. Everything inside quotation marks (not a title) or inside
# an unmarked block quotation, and the verb that only introduces it, is not listed; states, figures, opinions,
# guesses, generalities, conditionals, abilities and what a recording shows are no events; an act told again in a
# main clause is listed again, in a subordinate clause not. People are written by the fullest name the article gives
# (a nickname in quotation marks left out, as ecb52dev2's 'Vincent Gigante').
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
WK, TT = "Wladimir Klitschko", "Tony Thompson"
YH = "Yvonne Hiller"
VG = "Vincent Gigante"
AL, MK, JL = "Anthony LaCalamita III", "Madeline Kafoury", "Jean Larson"
SUK = "Indian Naval Ship Sukanya"
JO, LO, NJ = "Jose Luis Orozco", "Luis Gerardo Ortiz", "A Norwalk jury"
RB, PR = "Regina Benjamin", "The President"
ZH, UA, AP, JC, VD = "Zurana Horton", "Unique Armstead", "Andrew Lopez", "Jonathan Carrasquillo", "Vincent Del Giudice"
SIX = "the Philly Sixers"
SHOT = ("Deputy Luis Gerardo", "with another shooting.")  # (a sentence the writer's splitter cuts after '"Jerry"')

DOCS = {
    "ecb_7_2.txt": (doc(
        "dailymail.co.uk, Saturday 2012-07-07: Wladimir Klitschko stops Tony Thompson in the sixth round in Bern to "
        "keep his heavyweight titles (boxing)",
        "The article tells the fight ecb52dev's ecb_7_10 and ecb53dev3's ecb_7_5 tell; their calls are followed. The "
        "'PUBLISHED:' and 'UPDATED:' lines are furniture. The headline gives 'retains' and 'stopping' (undated: a "
        "headline's clause names no date). 'on Saturday' = 2012-07-07 dates the stopping and its result infinitive "
        "'to retain' (listed, as ecb52dev's 'to retain', blind48's 'to become the first female Democratic US "
        "Senator'). 'Klitschko', 'The Ukrainian champion', 'The 36-year-old champion Klitschko' are written 'Wladimir "
        "Klitschko'; 'Thompson', 'the 40-year-old American', 'the challenger' 'Tony Thompson'. 'put Thompson on the "
        "canvas' is listed as written ('put', ecb52dev wrote its 'floored' so); 'never recovered' is a negated act; "
        "'before stopping the fight' lists the referee's stopping (a gerund after 'before', as ecb52dev). 'finished "
        "the fight five rounds sooner than when knocking out Thompson ... in 2008' lists the finishing (undated) and "
        "the knocking out (background, 2008, as ecb53dev3's 'knocking \"The Tiger\" out'). 'improved to 58-3' and "
        "'fell to 36-3' are a record's change told as an act (as ecb52dev's 'dropped to 36-3'); 'who was the "
        "mandatory challenger' is a copula and its 'nominated by the IBF' turned back (background, as ecb52dev)."), [
        event("Wladimir Klitschko retains titles", "retains", WK, "retain", "titles"),
        event("Wladimir Klitschko retains titles", "stopping", WK, "stop", TT),
        event("Wladimir Klitschko stopped Tony Thompson", "stopped", WK, "stop", TT, date="2012-07-07"),
        event("Wladimir Klitschko stopped Tony Thompson", "retain", WK, "retain",
              "his WBA, IBF and WBO heavyweight title belts", date="2012-07-07"),
        event("Klitschko put Thompson on the canvas", "put", WK, "put", "Tony Thompson on the canvas"),
        event("Klitschko put Thompson on the canvas", "recovered", TT, "recover", None, neg=True),
        event("The Ukrainian champion dropped Thompson", "dropped", WK, "drop", TT),
        event("The Ukrainian champion dropped Thompson", "gave", "Sam Williams", "give", "Tony Thompson a standing count"),
        event("The Ukrainian champion dropped Thompson", "stopping", "Sam Williams", "stop", "the fight"),
        event("Klitschko finished the fight", "finished", WK, "finish", "the fight"),
        event("Klitschko finished the fight", "knocking", WK, "knock out", TT, kind=B, date="2008"),
        event("The 36-year-old champion Klitschko improved", "improved", WK, "improve", "to 58-3 (51 KO)"),
        event("Thompson, who was the mandatory challenger", "nominated", "the IBF", "nominate", TT, kind=B),
        event("Thompson, who was the mandatory challenger", "fell", TT, "fall", "to 36-3 (24 KO)"),
    ]),
    "ecb_22_11.txt": (doc(
        "forbes.com (a blog), Friday 2010-09-10: Yvonne Hiller, a suspended Kraft employee, shoots four co-workers in "
        "Philadelphia, killing two (US crime, with the writer's comment)",
        "The first line ('9 / 10 / 2010 @ 1: 19PM') is furniture. The headline's 'Kills' is listed (undated). 'a "
        "disgruntled woman', 'the employee', 'she' and 'Hiller' are written 'Yvonne Hiller'. 'last night' = "
        "2010-09-09 dates the opening of fire and its participles 'killing' and 'wounding'. 'The shooting happened "
        "moments after the employee ... was suspended' lists the happening and the agentless suspension, reported by "
        "the Daily News (as ecb52dev2's 'Police say that the shootings happened minutes after Hiller was "
        "suspended'); 'where she'd worked for 15 years' is a tenure. 'After being escorted from the snack plant' is "
        "an agentless passive gerund (listed, as blind48's 'after being diagnosed'); 'when she began shooting' tells "
        "the shooting again in a time clause (not listed again); 'About 100 people were in the building' a state. "
        "'was taken into custody' is agentless ('take', as events-dev22's). 'A Kraft representative confirmed Hiller "
        "is now in police custody and that one of the wounded employees is in the hospital' is a said-like verb "
        "whose clause holds only states (not listed, pud49dev's rule); the statement's quotations and 'a statement "
        "reads' are not listed; the writer's 'the most surprising aspect' and 'Women shooters are rare but may be on "
        "the rise' are an opinion and a generality. Background: 'In February' = 2010-02 dates the opening of fire at "
        "the University of Alabama and its participles; 'Reportedly, she was a professor whose tenure had been "
        "denied' is a copula with a relative that tells an agentless act (background, undated; an unattributed "
        "'reportedly' gives no reporter); 'Two years ago' = 2008 (by its year, as ecb52dev2's 'two years ago')."), [
        event("Female Employee Yvonne Hiller Kills Two", "Kills", YH, "kill", "Two"),
        event("a disgruntled woman opened fire", "opened", YH, "open", "fire", date="2010-09-09"),
        event("a disgruntled woman opened fire", "killing", YH, "kill", "two workers", date="2010-09-09"),
        event("a disgruntled woman opened fire", "wounding", YH, "wound", "two others", date="2010-09-09"),
        event("The shooting happened moments after", "happened", "The shooting", "happen", None,
              rep="the Daily News"),
        event("The shooting happened moments after", "suspended", None, "suspend", YH, rep="the Daily News"),
        event("After being escorted from the snack plant", "escorted", None, "escort", YH),
        event("After being escorted from the snack plant", "re-entered", YH, "re-enter", None),
        event("Hiller was taken into custody", "taken", None, "take", YH),
        event("In February, a woman opened fire", "opened", "a woman", "open", "fire", kind=B, date="2010-02"),
        event("In February, a woman opened fire", "killing", "a woman", "kill", "three", kind=B, date="2010-02"),
        event("In February, a woman opened fire", "injuring", "a woman", "injure", "several others", kind=B,
              date="2010-02"),
        event("Reportedly, she was a professor", "denied", None, "deny", "the woman's tenure", kind=B),
        event("Two years ago, a female college student", "committed", "a female college student", "commit",
              "a shooting at a Louisiana college", kind=B, date="2008"),
    ]),
    "ecb_26_7.txt": (doc(
        "redorbit.com, Monday 2005-12-19: the convicted mob boss Vincent 'Chin' Gigante dies in federal prison at 77 "
        "(crime and an obituary)",
        "The article tells the death ecb52dev2's ecb_26_11 tells; its calls are followed ('Vincent Gigante' for every "
        "form of his name). The headline's 'dies' is listed (undated); 'December 19, 2005' is furniture. 'died on "
        "Monday' = 2005-12-19, reported by the officials; 'famed for wandering the streets ... in a show of insanity' "
        "is a habit, 'Considered one of the last ...' a standing judgement, 'was serving a 12-year sentence' a term, "
        "'He was 77' a copula, 'was also nicknamed' a naming (none listed). 'His attorneys argued that ...; "
        "prosecutors argued ...' gives the two arguments (speech acts, as blind48's 'argued'); their contents are "
        "states ('was mentally ill and incapable') and a pretence held for years ('he was feigning illness', as "
        "ecb52dev2's 'feigning mental illness', not listed). 'a jury found Gigante guilty in 1997' is background, "
        "1997, what the finding is for not listed (events-dev37). 'The case relied heavily on the testimony' relates "
        "(not listed); 'who became government informants' is a change of state in a relative (background); 'whose "
        "testimony was critical' a copula. 'prosecutors said he continued to run the crime family from prison' holds "
        "a tenure (not listed). 'In 2003, he pleaded guilty to obstructing justice' lists the plea only (blind48's "
        "'pled guilty to conspiring to hack'; background, 2003). 'The cause of death was unknown, but Gigante had been "
        "suffering from heart disease' holds states."), [
        event("NY mob don Vincent", "dies", VG, "die", None),
        event("died on Monday in federal prison", "died", VG, "die", None, rep="officials", date="2005-12-19",
              sent=("Convicted mobster Vincent", "officials said.")),
        event("His attorneys argued", "argued", "His attorneys", "argue",
              "that Gigante was mentally ill and incapable of running a crime family", kind=S),
        event("His attorneys argued", "argued", "prosecutors", "argue", "he was feigning illness to avoid prosecution",
              kind=S, nth=2),
        event("Eventually, a jury found Gigante guilty", "found", "a jury", "find", VG, kind=B, date="1997"),
        event("The case relied heavily", "became", "six former mobsters", "become", "government informants", kind=B,
              sent=("The case relied heavily", "late mobster John Gotti.")),
        event("In 2003, he pleaded guilty", "pleaded", VG, "plead", "guilty to obstructing justice", kind=B,
              date="2003"),
    ]),
    "ecb_18_5.txt": (doc(
        "nbcnews.com (no date in the manifest): Anthony LaCalamita III, fired last week by Gordon Advisors, shoots "
        "three people at its office in Troy, Michigan, killing one, and is caught after a chase (US crime)",
        "published is null, so nothing is dated ('last week', 'Monday', 'Tuesday', 'last year' name no year). The "
        "article tells the shooting ecb-events-test2's ecb_18_11, ecb53dev4's ecb_18_1 and ecb54dev6's ecb_18_9 tell; "
        "their calls are followed. 'Gunman', 'Suspect', 'An accounting firm employee', 'LaCalamita' and 'he' are "
        "written 'Anthony LaCalamita III'; 'Troy, Mich., company' 'Gordon Advisors'. The headline gives 'kills' and "
        "'wounds'; the sub-headline 'Suspect had been fired last week' is listed (a headline's main clause), and "
        "'who was fired last week' in the lead tells it again in a relative (not listed again), 'LaCalamita was fired "
        "last week, Craft said' again in a main clause (listed again). 'shot and killed a woman' gives two rows (two "
        "verbs); 'where he worked' is a tenure. Each act told in a said's clause carries its speaker ('police', "
        "'officials', Robert J. Pickell, Jean Larson, Wolfe, Charles Craft); 'described on radio reports' describes "
        "(not listed), the relative 'that passed through a construction zone and reached speeds of 120 mph' tells "
        "the pursuit's acts (listed). 'said nothing' is a speech act negated by its object (as ecb-events-test2). "
        "Line 11 is broken in the text ('but LaCalamita as \"subdued.'): the finding before it is listed, reported by "
        "the sheriff; the rest has no verb. 'belied a frantic mid-morning' relates and 'had been busy preparing tax "
        "returns' is a state. 'smelled gunpowder and heard co-workers yelling' stand outside the quotation marks: "
        "the smelling and the hearing are listed (subject 'Jean Larson and her co-workers', the quotation's 'We'), "
        "and the yelling that was heard (as ecb52dev's 'approaching'), all reported by Jean Larson; the quotations "
        "are not listed. 'After briefly assembling' (a gerund after 'after'), 'opted to hole up' ('opt' with its "
        "complement, as 'decide'), 'joined' with its participles 'barricading', 'turning off', 'silencing' (Larson's "
        "acts) and 'curled up' ('the three' written 'Jean Larson and two female co-workers') are listed; 'kept quiet' "
        "is a state held. 'the person killed was a 63-year-old woman' is a copula, 'would not name her' a refusal "
        "(negated speech act, as ecb54dev6's 'would not say'). 'A message posted ... said the office would be closed "
        "Tuesday' gives the closing to come (agentless, would), reported by the message; 'posted' describes. The "
        "sub-headline 'Retiree had returned part-time' is listed, and 'Kafoury retired last year ..., but returned "
        "part-time this year after her successor quit' gives three background acts reported by Jean Larson; 'was "
        "well-known and well-liked' is a state. 'identified the other victims as' is a speech act (ecb54dev6); "
        "Wolfe's 'said' gives the families' request and the hospital's refusal (would, negated, speech act, as "
        "ecb-events-test2's identical clause; the article names neither Wolfe's first name nor the hospital). 'was "
        "being held on charges of fleeing and eluding police' is a detention (a state, ecb53dev4), 'was expected to be "
        "charged Tuesday' an agentless act to come (will, as ecb53dev4's 'is expected to be handed over'); 'still was "
        "listed on the Web site' and 'a recording said the offices were closed' are states; 'Calls made to Gordon were "
        "not answered' is a negated agentless act (as ecb-events-test2)."), [
        event("Gunman kills 1, wounds 2", "kills", AL, "kill", "1"),
        event("Gunman kills 1, wounds 2", "wounds", AL, "wound", "2"),
        event("Suspect had been fired last week", "fired", "Gordon Advisors", "fire", AL),
        event("An accounting firm employee who was fired", "shot", AL, "shoot", "a woman", rep="police"),
        event("An accounting firm employee who was fired", "killed", AL, "kill", "a woman", rep="police"),
        event("An accounting firm employee who was fired", "wounded", AL, "wound", "two men", rep="police"),
        event("An accounting firm employee who was fired", "led", AL, "lead", "officers on a high-speed chase",
              rep="police"),
        event("Hours after the shooting, a motorist", "spotted", "a motorist", "spot",
              "a vehicle described on radio reports", rep="officials"),
        event("Hours after the shooting, a motorist", "notified", "a motorist", "notify", "authorities", kind=S,
              rep="officials"),
        event("Hours after the shooting, a motorist", "touching", "a motorist", "touch off", "a 30-mile pursuit",
              rep="officials"),
        event("Hours after the shooting, a motorist", "passed", "a 30-mile pursuit", "pass",
              "through a construction zone", rep="officials"),
        event("Hours after the shooting, a motorist", "reached", "a 30-mile pursuit", "reach", "speeds of 120 mph",
              rep="officials"),
        event("Anthony LaCalamita III, 38, said nothing", "said", AL, "say", "nothing", neg=True, kind=S,
              rep="Robert J. Pickell"),
        event("Anthony LaCalamita III, 38, said nothing", "surrounded", "officers", "surround", AL,
              rep="Robert J. Pickell"),
        event("Officers found a 12-gauge", "found", "Officers", "find",
              "a 12-gauge pump-action shotgun and three live shells", rep="Robert J. Pickell"),
        event("smelled gunpowder", "smelled", "Jean Larson and her co-workers", "smell", "gunpowder", rep=JL),
        event("smelled gunpowder", "heard", "Jean Larson and her co-workers", "hear", "co-workers yelling", rep=JL,
              nth=2),
        event("smelled gunpowder", "yelling", "co-workers", "yell", None, rep=JL),
        event("After briefly assembling", "assembling", "some employees", "assemble", "in the employee lunchroom"),
        event("After briefly assembling", "opted", "some employees", "opt", "to hole up inside individual offices"),
        event("Larson joined two female co-workers", "joined", JL, "join", "two female co-workers"),
        event("Larson joined two female co-workers", "barricading", JL, "barricade", "the locked door with chairs"),
        event("Larson joined two female co-workers", "turning", JL, "turn off", "the lights"),
        event("Larson joined two female co-workers", "silencing", JL, "silence", "their cell phones"),
        event("Beneath a desk, the three curled up", "curled", "Jean Larson and two female co-workers", "curl up",
              None),
        event("Police said the person killed", "name", "Police", "name", MK, neg=True, kind=S),
        event("A message posted Monday afternoon", "closed", None, "close", "the office", mod="would",
              rep="A message posted on the accounting firm's Web site"),
        event("Retiree had returned part-time", "returned", MK, "return", "part-time", kind=B),
        event("She said Kafoury retired last year", "retired", MK, "retire", None, kind=B, rep=JL),
        event("She said Kafoury retired last year", "returned", MK, "return", "part-time", kind=B, rep=JL),
        event("She said Kafoury retired last year", "quit", "Madeline Kafoury's successor", "quit", None, kind=B,
              rep=JL),
        event("Troy Police Lt. Gerry Scherlinck identified", "identified", "Gerry Scherlinck", "identify",
              "the other victims", kind=S, sent=("Troy Police Lt.", "48-year-old man.")),
        event("Wolfe said the families", "requested", "the families of the wounded men", "request", "privacy",
              kind=S, rep="Wolfe"),
        event("Wolfe said the families", "release", "the hospital", "release", "any details about their conditions",
              neg=True, mod="would", kind=S, rep="Wolfe"),
        event("LaCalamita was being held", "charged", None, "charge", AL, mod="will"),
        event("LaCalamita was fired last week, Craft said", "fired", None, "fire", AL, rep="Charles Craft"),
        event("Calls made to Gordon were not answered", "answered", None, "answer", "Calls made to Gordon", neg=True),
    ]),
    "ecb_12_9.txt": (doc(
        "brutegorilla.blogspot.nl (a blog repost), Friday 2011-11-11: the Indian Navy's Sukanya thwarts a pirate "
        "attack in the Gulf of Aden and intercepts three pirate boats (defence, crime at sea)",
        "The text is the Indian Navy's release that ecb54dev5's ecb_12_6 reposts, all but word for word (its "
        "headline 'Anti Piracy Ops by INS Sukanya' has no verb); ecb54dev5's calls (and ecb52dev's ecb_12_4's) are "
        "followed row for row. 'Friday, November 11, 2011' is furniture. 'Indian Naval Ship Sukanya' is the fullest "
        "name ('The ship', 'the warship', 'she', 'the Sukanya', 'Sukanya'). 'presently deployed' and 'found herself "
        "once again in the thick of things' are not listed; 'thwarting ... on 10 Nov 11' is 2011-11-10; 'at about "
        "9:25 in the morning of 10th Nov' dates the when-clause's detecting, the escort it interrupts and the "
        "approaching that was detected; the later narration is undated. 'On seeing the resolve' and 'probably mindful' "
        "are states of mind; 'managed to get away' is 'manage' with its complement ('two of them' written 'two of the "
        "pirate skiffs'). 'were found and confiscated' are agentless; 'all of which confirmed their piratical intent' "
        "relates; 'resulted ... in foiling' tells the thwarting again in a main clause (listed); 'The three boats had "
        "a total of 26 Somali crew onboard' and 'This is the fifth successful anti-piracy operation' are states, "
        "'which commenced in September' is background (2011-09), 'has, thus far, confiscated a total of' a series "
        "of seizures (listed) and 'thereby ensuring that the Indian Navy retains its standing' a consequence that "
        "holds states (not listed)."), [
        event("Indian Naval Ship Sukanya, presently deployed", "thwarting", SUK, "thwart",
              "a multiple-boat piracy attack", date="2011-11-10"),
        event("The ship was escorting", "escorting", SUK, "escort", "a group of five merchant vessels",
              date="2011-11-10"),
        event("The ship was escorting", "detected", SUK, "detect", "a group of five suspicious boats",
              date="2011-11-10"),
        event("The ship was escorting", "approaching", "a group of five suspicious boats", "approach",
              "the merchant vessels of her group", date="2011-11-10"),
        event("The warship immediately altered", "altered", SUK, "alter", "towards the suspicious vessels"),
        event("The warship immediately altered", "challenged", SUK, "challenge", "the suspicious vessels"),
        event("the pirate skiffs reversed course", "reversed", "the pirate skiffs", "reverse", "course"),
        event("the pirate skiffs reversed course", "tried", "the pirate skiffs", "try", "to flee the area"),
        event("While two of them managed", "managed", "two of the pirate skiffs", "manage", "to get away"),
        event("While two of them managed", "intercepted", SUK, "intercept", "the remaining three"),
        event("While two of them managed", "carried", SUK, "carry out",
              "well practiced and professionally executed boarding-and-search action"),
        event("During the operation, six AK 47 rifles", "found", None, "find",
              "six AK 47 rifles, 12 Magazines and about 300 rounds of ammunition"),
        event("During the operation, six AK 47 rifles", "confiscated", None, "confiscate",
              "six AK 47 rifles, 12 Magazines and about 300 rounds of ammunition"),
        event("the boarding party also found", "found", "the boarding party", "find",
              "a host of other equipment such as grapnels, ladders and rope-handling gloves"),
        event("The timely operation by Sukanya resulted", "resulted", "The timely operation by Sukanya", "result in",
              "foiling the pirates' intention of attacking merchant vessels"),
        event("This is the fifth successful", "commenced", "Indian Naval Ship Sukanya's ongoing patrol mission in "
              "the Gulf of Aden", "commence", None, kind=B, date="2011-09"),
        event("The ship has, thus far, confiscated", "confiscated", SUK, "confiscate",
              "a total of 14 AK 47 Rifles, 31 Magazines and 923 rounds of ammunition"),
    ]),
    "ecb_16_6.txt": (doc(
        "articles.latimes.com, Wednesday 2007-04-04: a Norwalk jury sentences Jose Luis Orozco to death for "
        "murdering Los Angeles County Sheriff's deputy Jerry Ortiz (US courts, crime)",
        "The headline's 'gets death sentence' is listed ('get', the killer written 'Jose Luis Orozco'); the "
        "sub-headline 'The gang member shot Jerry Ortiz ... in 2005' is listed (background, 2005); 'April 04, 2007' "
        "is furniture. The deputy is written 'Luis Gerardo Ortiz' (the nickname in quotation marks left out, as "
        "ecb52dev2's 'Vincent Gigante'). 'on Tuesday' = 2007-04-03 dates the jury's order; 'a gang member convicted "
        "of murdering a ... deputy in June 2005' describes him (a participle modifier, as ecb53dev3's 'the two men "
        "accused of murdering', not listed). 'was shot outside ...' tells the shooting again in a main clause "
        "(agentless, listed again, background) and 'while investigating Jose Luis Orozco' lists the investigating "
        "(a progressive act, as ecb52dev's 'was knocking on doors'). 'was found guilty by the same jury last month' is "
        "turned back (2007-03), what it is for not listed. The district attorney's, Timothy Brennan's and Stanley "
        "Perlo's quotations and their 'said'/'explained' are not listed; 'who had been Ortiz's partner for a year' is "
        "a tenure; 'called the verdict bittersweet' is a speech act (as events-dev34's 'She described him as'). 'is "
        "to be formally sentenced May 3 by Judge Philip H. Hickock' is turned back (will, as events-dev30's 'were to "
        "investigate'; 2007-05-03). 'said his client grew up \"in a gang-infested area' holds a course over years "
        "and 'was consumed by gang life' a state (not listed); 'had hoped to become a detective' is a hope held (a "
        "state). 'had married two weeks before the shooting' and 'had won a department medal of honor for fatally "
        "shooting a suspected carjacker who had pulled a gun on him' are background (undated: 'two weeks before the "
        "shooting' names no calendar date). 'reached its verdict' is listed (undated). 'Jurors on Monday asked to "
        "review a video recording' = 2007-04-02 lists the asking only (the requested act not listed, as "
        "ecb-events-test2's 'told workers to stay'); 'of Orozco boasting about the shooting' and 'showed Orozco "
        "talking about his appearance' are what a recording shows (not listed, as ecb-events-test's 'The video "
        "shows'); 'which was presented during the trial' is an agentless relative that tells an act (listed)."), [
        event("Deputy's killer gets death sentence", "gets", JO, "get", "death sentence"),
        event("The gang member shot Jerry Ortiz", "shot", JO, "shoot", LO, kind=B, date="2005"),
        event("A Norwalk jury on Tuesday ordered", "ordered", NJ, "order", "execution for Jose Luis Orozco",
              date="2007-04-03"),
        event("was shot outside a Hawaiian Gardens apartment", "shot", None, "shoot", LO, kind=B, sent=SHOT),
        event("was shot outside a Hawaiian Gardens apartment", "investigating", LO, "investigate", JO, kind=B,
              sent=SHOT),
        event("Orozco, 29, was found guilty", "found", NJ, "find", JO, date="2007-03"),
        event("Sheriff's Deputy Timothy Brennan", "called", "Timothy Brennan", "call", "the verdict bittersweet",
              kind=S),
        event("Orozco is to be formally sentenced", "sentenced", "Philip H. Hickock", "sentence", JO, mod="will",
              date="2007-05-03"),
        event("He had married two weeks", "married", LO, "marry", None, kind=B),
        event("He had married two weeks", "won", LO, "win", "a department medal of honor", kind=B),
        event("He had married two weeks", "shooting", LO, "shoot", "a suspected carjacker", kind=B, nth=2),
        event("He had married two weeks", "pulled", "a suspected carjacker", "pull", "a gun on him and his partner",
              kind=B),
        event("The jury reached its verdict", "reached", NJ, "reach", "its verdict"),
        event("Jurors on Monday asked", "asked", "Jurors", "ask",
              "to review a video recording of Orozco boasting about the shooting to other jail inmates", kind=S,
              date="2007-04-02"),
        event("The recording, which was presented", "presented", None, "present", "The recording"),
    ]),
    "ecb_20_7.txt": (doc(
        "cbc.ca, Sunday 2005-11-27: a 5.9-magnitude earthquake hits southern Iran near Qeshm Island, killing at "
        "least 10 people, and is felt in Oman and the UAE (a disaster)",
        "The article tells the quake ecb52dev2's ecb_20_5 and ecb54dev5's ecb_20_8 tell; their calls are followed. "
        "The 'Posted: ... Last Updated: ...' line is furniture. 'on Sunday' = 2005-11-27 dates the hit and its "
        "participles 'killing' and 'injuring'; the later narration is undated. 'The quake was centred near Qeshm "
        "Island' is a state under a said (not listed); 'Buildings were toppled' is agentless; 'The main hospital "
        "... was having trouble keeping up' is a state under IRNA's said, and the agency's quotation with "
        "'reported' is not listed. 'shook the major port city' and the agentless 'was felt in nearby countries' are "
        "listed; 'buildings were evacuated' is agentless, 'people fled into the streets' listed. 'said the tremor "
        "lasted 30 seconds and was strong enough to shake buildings' holds a duration and a degree (a figure and a "
        "state, not listed). Background: 'On Saturday' = 2005-11-26 dates the killing in eastern China (turned back, "
        "subject 'a quake in eastern China'); 'It destroyed ... and left nearly half a million homeless' has no date "
        "expression of its own (undated)."), [
        event("An earthquake with a magnitude", "hit", "An earthquake with a magnitude of at least 5.9", "hit",
              "southern Iran", date="2005-11-27"),
        event("An earthquake with a magnitude", "killing", "An earthquake with a magnitude of at least 5.9", "kill",
              "at least 10 people", date="2005-11-27"),
        event("An earthquake with a magnitude", "injuring", "An earthquake with a magnitude of at least 5.9",
              "injure", "many others", date="2005-11-27"),
        event("Buildings were toppled", "toppled", None, "topple", "Buildings"),
        event("The quake also shook", "shook", "The quake", "shake", "the major port city of Bandar Abbas"),
        event("The quake also shook", "felt", None, "feel", "The quake"),
        event("buildings were evacuated", "evacuated", None, "evacuate", "buildings"),
        event("buildings were evacuated", "fled", "people", "flee", "into the streets"),
        event("On Saturday, more than a dozen people", "killed", "a quake in eastern China", "kill",
              "more than a dozen people", kind=B, date="2005-11-26"),
        event("It destroyed thousands of buildings", "destroyed", "a quake in eastern China", "destroy",
              "thousands of buildings", kind=B),
        event("It destroyed thousands of buildings", "left", "a quake in eastern China", "leave",
              "nearly half a million homeless", kind=B),
    ]),
    "ecb_34_2.txt": (doc(
        "whitehouse.gov (the White House blog), Monday 2009-07-13: the President announces Dr. Regina Benjamin as "
        "his nominee for Surgeon General (US politics, health)",
        "The article tells the nomination ecb54dev6's ecb_34_10 tells; its calls are followed. The headline 'Dr. "
        "Regina Benjamin: Nominee for Surgeon General' has no verb; 'July 13, 2009 12:49 PM EDT' is furniture. The "
        "post never names the President: 'The President' is the fullest name it gives. 'announced ... today' = "
        "2009-07-13. 'has an extensive and distinguished career', 'She is the Founder and CEO', 'which aims to "
        "provide' and 'previously served as Chair ... and as the Associate Dean' are states and tenures. 'she was "
        "chosen as President of the Medical Association of Alabama in 2002' is agentless (background, 2002), "
        "'becoming the first African-American woman to be president' a characterization (not listed, as ecb54dev6's "
        "'making her both the first black woman on the board'); 'She was also the first ... to be elected' is a "
        "copula. 'She received the Nelson Mandela Award ... in 1998' is background (1998). 'The President emphasized "
        "this experience in his remarks' is a speech act with its own object (undated), 'chronicling her dedication "
        "...:' introduces the block quotation of his remarks (lines 21 to 51, the President's words set off without "
        "marks: 'our health care system'), of which nothing is listed, as the golds' rule for an unmarked block "
        "quotation; so Dr. Benjamin's block quotation (lines 59 and 61) after 'explained how she sees her role:' "
        "(a verb that only introduces it). 'As the President explained, ... Dr. Benjamin understands' holds a state; "
        "'she will be the people's health advocate, and will play a key role' a copula and a role (states)."), [
        event("The President announced his nominee", "announced", PR, "announce",
              "his nominee for the U.S. Surgeon General, Dr. Regina Benjamin", kind=S, date="2009-07-13"),
        event("Additionally, she was chosen", "chosen", None, "choose", RB, kind=B, date="2002"),
        event("She received the Nelson Mandela Award", "received", RB, "receive",
              "the Nelson Mandela Award for Health and Human Rights", kind=B, date="1998"),
        event("The President emphasized this experience", "emphasized", PR, "emphasize", "this experience", kind=S),
    ]),
    "ecb_33_2.txt": (doc(
        "nypost.com, Friday 2013-04-12: at the trial of Andrew Lopez and Jonathan Carrasquillo, jurors watch video of "
        "Zurana Horton's fatal shooting and a wounded woman testifies (US courts, crime)",
        "The article tells the trial ecb52test's ecb_33_6 and ecb53dev3's ecb_33_9 tell; their calls are followed. "
        "The headline's agentless 'is played' is listed, 'two men charged in rooftop gunplay' describes them (a "
        "participle modifier, not listed); 'April 12, 2013 | 4: 00am' is furniture. 'yesterday' = 2013-04-11 dates "
        "the watching and Armstead's telling; the video's content ('the chilling moment that a Brooklyn mom was "
        "fatally struck ... and slowly fell over') is what a recording shows (not listed, as ecb-events-test's 'The "
        "video shows'), and so is 'who can be seen in the video stumbling'. 'was made public' is agentless ('make "
        "public'), 'the two men accused of killing Zurana Horton' a participle modifier. 'Horton ... was walking ... "
        "when Andrew Lopez ... fired ..., prosecutors charge' lists the charge (a speech act, as ecb54dev6's "
        "'Prosecutors allege') and its two acts reported by the prosecutors (background: the 2011 shooting; 'on the "
        "orders of' a noun). 'Also shot were ...' is agentless (background); 'who was walking near Horton' and 'who was "
        "passing by' describe where they were (not listed). 'about the moment she was struck in the shooting' tells "
        "the shooting again (not listed), 'which was allegedly sparked by a gangland territorial beef' tells its "
        "cause (listed, background; an unattributed 'allegedly' gives no reporter). The quotations and the "
        "'testified'/'answered' that introduce them are not listed; 'asked whether she shielded her son' is a "
        "speech act whose content is a question (the shielding not listed). 'testified that she heard a group of "
        "young men arguing' only introduces: the hearing and the arguing heard are listed, reported by Unique "
        "Armstead; 'which matches up with' relates; 'prosecutors' claim that Carrasquillo ordered Lopez to the roof' "
        "gives the order (a speech act, as ecb52test's 'ordered Lopez to shoot'), reported by the prosecutors. 'The "
        "talk of guns had made Armstead nervous' is a state. 'Armstead said she sought safety ..., but ... she walked "
        "back outside-where a bullet went straight through her arm and she saw Horton killed' gives four acts and the "
        "killing seen (agentless), reported by her; 'seemed to have settled' is an appearance. The judge's sealing, "
        "'their next witness had been threatened with death by the alleged shooter's brother' (turned back, the "
        "brother written 'Jonathan Carrasquillo'), the witness's entering (reported by the judge), the agentless "
        "'when the courtroom was reopened' and 'before postponing the man's testimony until Monday' (a gerund after "
        "'before'; 'until Monday' is the testimony's new day, not the postponing's) are listed."), [
        event("Video of Brooklyn woman's fatal shooting", "played", None, "play",
              "Video of Brooklyn woman's fatal shooting"),
        event("Rapt jurors yesterday watched", "watched", "Rapt jurors", "watch",
              "surveillance video of the chilling moment", date="2013-04-11"),
        event("The disturbing evidence was made public", "made", None, "make public", "The disturbing evidence"),
        event("Horton, 34, was walking", "walking", ZH, "walk", "with one of her 12 children", kind=B,
              rep="prosecutors"),
        event("Horton, 34, was walking", "fired", AP, "fire", "from the rooftop", kind=B, rep="prosecutors"),
        event("Horton, 34, was walking", "charge", "prosecutors", "charge",
              "Andrew Lopez fired from the rooftop on the orders of his brother Jonathan Carrasquillo", kind=S),
        event("Also shot were a woman", "shot", None, "shoot", "a woman named Unique Armstead and an 11-year-old girl",
              kind=B),
        event("Yesterday, Armstead told jurors", "told", UA, "tell", "jurors", kind=S, date="2013-04-11"),
        event("Yesterday, Armstead told jurors", "sparked", "a gangland territorial beef", "spark", "the shooting",
              kind=B),
        event("When prosecutor Seth Goldman asked", "asked", "Seth Goldman", "ask",
              "whether she shielded her son with her body", kind=S),
        event("Armstead also testified that she heard", "heard", UA, "hear",
              "a group of young men arguing about a gun", kind=B, rep=UA),
        event("Armstead also testified that she heard", "arguing", "a group of young men", "argue", "about a gun",
              kind=B, rep=UA),
        event("Armstead also testified that she heard", "ordered", JC, "order", "Lopez to the roof with the gun",
              kind=S, rep="prosecutors"),
        event("Armstead said she sought safety", "sought", UA, "seek",
              "safety for herself and her son in a store", kind=B, rep=UA),
        event("Armstead said she sought safety", "walked", UA, "walk", "back outside", kind=B, rep=UA),
        event("Armstead said she sought safety", "went", "a bullet", "go", "straight through her arm", kind=B,
              rep=UA),
        event("Armstead said she sought safety", "saw", UA, "see", "Horton killed", kind=B, rep=UA),
        event("Armstead said she sought safety", "killed", None, "kill", ZH, kind=B, rep=UA),
        event("Brooklyn Supreme Court Judge Vincent Del Giudice", "sealed", VD, "seal", "the courtroom"),
        event("Brooklyn Supreme Court Judge Vincent Del Giudice", "threatened", JC, "threaten",
              "their next witness with death", kind=B),
        event("The fearful witness had entered", "entered", "The fearful witness", "enter",
              "the courtroom with hood over his head", rep=VD),
        event("The fearful witness had entered", "reopened", None, "reopen", "the courtroom"),
        event("the judge said before postponing", "postponing", VD, "postpone", "the man's testimony"),
    ]),
    "ecb_5_5.txt": (doc(
        "sportzassassin2.blogspot.nl (a sports blog), Tuesday 2005-05-24: the Philadelphia 76ers fire Jim O'Brien and "
        "hire Maurice Cheeks as head coach (basketball, with the writer's comment)",
        "'Tuesday, May 24, 2005' is the post's heading (furniture). 'the Philly Sixers canned Jim O'Brien ... and "
        "quickly hired Mo Cheeks' gives two rows (undated: the clause names no date), 'The Sixers' and 'Philly' "
        "written 'the Philly Sixers', 'Mo' and 'him' 'Mo Cheeks'; the bracketed 'who had been under fire all season' "
        "is a state. 'Mo ran the Sixers in the 1980s as their point guard' is a tenure (blind48's tenures); 'He looks "
        "to be a perfect coach' an opinion, 'this move has been in the making for quite some time' a state. 'The "
        "Sixers have bugged Portland about talking to him ... over the past 3 years' is a series of requests (listed, "
        "as blind48's 'has repeatedly voted against'; a speech act, undated). 'After the Blazers fired Cheeks' is a "
        "time clause that tells an act not told before (background, 'the Blazers' as written); 'it was only a matter "
        "of time before Philly and Cheeks hooked up again' is a copula whose clause tells the hiring again (not "
        "listed again)."), [
        event("the Philly Sixers canned", "canned", SIX, "can", "Jim O'Brien"),
        event("the Philly Sixers canned", "hired", SIX, "hire", "Mo Cheeks"),
        event("The Sixers have bugged Portland", "bugged", SIX, "bug",
              "Portland about talking to him about their head coaching job", kind=S),
        event("After the Blazers fired Cheeks", "fired", "the Blazers", "fire", "Mo Cheeks", kind=B),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "dev8"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
