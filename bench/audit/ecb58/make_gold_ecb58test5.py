"""Round ecb58test5: a blind, HELD-OUT event gold on real news of other publishers (the ``test5`` half of the ECB+
articles in ``bench/audit/ecb58/corpus``, ten articles of ten outlets of 2005-2013), written to
``tests/data/gold/ecb-events-test5``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md`` and the ``about`` fields of the earlier ECB+ golds, ecb-events-dev to -dev9
and -test to -test4, whose articles on the same stories are the nearest precedents); the calls are in each article's
``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb58/make_gold_ecb58test5.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``. This gold is held
out: no rule is made on it and its error rows are not read.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test5"
SCRIPT = "bench/audit/ecb58/make_gold_ecb58test5.py"
CORPUS = ROOT / "bench" / "audit" / "ecb58" / "corpus"

# Said once here, as rounds ecb53 to ecb57: an article's date is its manifest row's (the date it prints, else none:
# published null). An event is dated where its own clause names a date expression, resolved from the publication
# date (a past weekday to the one before or on it, a scheduled one to the one after, a week by its Monday); a
# participle after a dated clause shares its date; with no publication date, only a full date, a month with its year
# or a year by itself dates. A headline is a sentence of its own, listed when it tells an act; datelines, time lines
# and 'Posted' lines are furniture. Everything inside quotation marks (not a title or a term), and the verb that only
# introduces it, is not listed; a said-like verb is not listed itself, its clause's act is, reported by the speaker;
# a said-like verb whose clause holds only a state is not listed (pud49dev); states, figures, opinions, guesses,
# generalities, conditionals, purposes and abilities are no events; an act told again in a main clause is listed
# again, in a subordinate clause not. People are written by the fullest name the article gives. Speech acts keep kind
# 'speech act' in an article's back story (ecb56test3); other past acts of the back story are background.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
OA, BA, IC = "the Obama administration", "the Bush administration", "the Interior and Commerce departments"
KS, EV = "Ken Salazar", "Environmentalists"
CKS, KF = "Christopher Kenyon Simpson", "Ka'loni Flynn"
JLO, JO = "Jose Luis Orozco", "Jerry Ortiz"
ED, ZM = "Ellen DeGeneres", "Craig Zadan and Neil Meron"
KG, MM, JC = "Kimani Gray", "Mourad Mourad", "Jovaniel Cordova"
SK, RB = "Salva Kiir", "Ryan Boyette"
WK, TT = "Wladimir Klitschko", "Tony Thompson"
ZH = "Zurana Horton"
JW, SF, GL, SRS = "Jamal Williams", "Steve Foley", "Gary Lawrence", "Safe Ride Solutions"
HA, FH = "Heydar Alishbandi", "Frances Harrison"

DOCS = {
    "ecb_9_6.txt": (doc(
        "huffingtonpost.com (no date in the manifest, though the article prints '04 / 28 / 09'): the Obama "
        "administration overturns a Bush rule that made consultation with government wildlife experts optional "
        "under the Endangered Species Act (US politics, environment)",
        "The story is ecb52dev2's ecb_9_13 and ecb53dev4's ecb_9_10; their calls are followed. published is null, so "
        "nothing is dated ('Tuesday', 'last December', 'In March', 'last year' name no year; '04 / 28 / 09 07:35 PM ET' "
        "is furniture). The headline's 'Flips' is listed. The lead's 'will have to consult' is what the rule requires (a "
        "rule's provision, a standing obligation: not listed, as ecb52dev2's 'The rule gave ...' and ecb53dev4's "
        "'allowing agencies to avoid'). 'said Tuesday it was overturning' and 'said they have reimposed' list their "
        "clauses' acts, reported by the speakers; 'a rule change made in the final weeks' and 'rules issued last "
        "December' describe which rules are meant (not listed, as ecb52dev2's 'rulings enacted in the 11th hour'), "
        "'that assured ... will have a say' is the requirement's content. 'had been required for more than two "
        "decades' is a state; 'until the Bush administration made it optional' tells the change first (listed, "
        "background, verb 'make optional' as ecb53dev4), and 'made the independent consultation optional' tells it "
        "again in a main clause (listed again). Each 'argued' is a speech act (ecb53dev4's 'have argued that'); the "
        "environmentalists' content 'the change severely reduced the protection' is listed (as ecb53dev4's 'the "
        "regulations overhauled'), the developers' 'the consultation caused unneeded delays and increased the cost of "
        "projects' is a standing effect of a requirement (a generality, not listed), and 'arguing that it was a minor "
        "shift' is listed though its content is a state (argue a speech act, as blind48's 'argued the government's "
        "lawyer'). The two quotations, Salazar's unquoted 'and that top science will be the foundation' (a state to "
        "come) and Locke's 'added:' are not listed. 'share responsibility' and 'employ' are states. 'issued an "
        "executive order putting the Bush rule change on hold' lists the issuing and the order's act (ecb53dev4's "
        "'putting on hold', subject the order); 'Congress followed by giving specific authorization' lists the giving "
        "('to revoke the action' its content), 'avoiding a long and complicated regulatory process' a process not had "
        "(not listed); 'authorized that rule to be revoked as well' is a second authorization (listed). 'praised "
        "Tuesday's action' and 'expressed dismay' are speech acts; 'that Salazar didn't also rescind a rule' is a "
        "negated act the dismay presupposes (listed, no reporter); 'which last year was declared as \"threatened\"' an "
        "agentless relative that tells a declaration (a speech act of the back story), told again with its agent in a "
        "main clause ('The Interior Department earlier had declared', listed again); 'a change attributed to global "
        "warming' describes. 'said no decision had yet been made' lists the negated agentless act (as the earlier "
        "golds' 'no official statement'), reported by the Interior Department. 'produced a firestorm' is listed "
        "(background); 'dating back to 1986', 'have had to consult' (a standing obligation over years), 'One impetus "
        "... was concern' (a copula) and 'has jurisdiction', 'deals with' are states. 'the two departments will jointly "
        "decide' is an act to come (will), reported by Ken Salazar and Gary Locke (the text's 'Lock')"), [
        event("Obama Administration Flips Bush", "Flips", OA, "flip", "Bush Endangered Species Ruling"),
        event("The Obama administration said Tuesday", "overturning", OA, "overturn",
              "a rule change made in the final weeks of the Bush presidency", rep=OA),
        event("Officials at the Interior and Commerce departments said", "reimposed",
              "Officials at the Interior and Commerce departments", "reimpose", "the consultation requirement",
              rep="Officials at the Interior and Commerce departments"),
        event("Such consultation had been required", "made", BA, "make optional", "Such consultation", kind=B),
        event("Environmentalists argued that the change", "argued", EV, "argue",
              "that the change severely reduced the protection afforded under the federal Endangered Species Act",
              kind=S),
        event("Environmentalists argued that the change", "reduced", "the change", "reduce",
              "the protection afforded under the federal Endangered Species Act", rep=EV, kind=B),
        event("In March, President Barack Obama issued", "issued", "Barack Obama", "issue",
              "an executive order putting the Bush rule change on hold", kind=B),
        event("In March, President Barack Obama issued", "putting", "an executive order", "put on hold",
              "the Bush rule change", kind=B),
        event("Congress followed by giving", "giving", "Congress", "give",
              "specific authorization for the Interior and Commerce departments to revoke the action", kind=B),
        event("Environmentalists widely praised", "praised", EV, "praise", "Tuesday's action", kind=S),
        event("Environmentalists widely praised", "expressed", "some", "express",
              "dismay that Salazar didn't also rescind a rule that limits the protection to the polar bear", kind=S),
        event("Environmentalists widely praised", "rescind", KS, "rescind",
              "a rule that limits the protection to the polar bear", neg=True),
        event("Environmentalists widely praised", "declared", None, "declare", "the polar bear", kind=S),
        event("The Bush administration issued a rule", "issued", BA, "issue",
              "a rule that prohibits an agency from taking into account indirect adverse impacts on the polar bear "
              "from activities outside of the Arctic region", kind=B),
        event("Congress authorized that rule", "authorized", "Congress", "authorize", "that rule to be revoked",
              kind=B),
        event("Congress authorized that rule", "made", None, "make", "no decision on the matter", neg=True,
              rep="the Interior Department"),
        event("The end of the long-standing requirement", "produced",
              "The end of the long-standing requirement of interagency consultation", "produce",
              "a firestorm in both Congress and within the environmental and conservation communities", kind=B),
        event("Developers and business groups argued", "argued", "Developers and business groups", "argue",
              "that the consultation caused unneeded delays and increased the cost of projects", kind=S),
        event("The Bush administration made the independent", "made", BA, "make optional",
              "the independent consultation", kind=B),
        event("The Bush administration made the independent", "arguing", BA, "argue",
              "that it was a minor shift in policy", kind=S),
        event("The Interior Department earlier had declared", "declared", "the Interior Department", "declare",
              "the polar bear a threatened species", kind=S),
        event("Salazar and Lock said", "decide", IC, "decide",
              "if any changes are needed to improve the interagency consultation procedures", mod="will",
              rep="Ken Salazar and Gary Locke"),
    ]),
    "ecb_45_11.txt": (doc(
        "kctv5.com, Friday 2013-09-27: a jury in eastern Oklahoma convicts Christopher Kenyon Simpson of murdering his "
        "pregnant girlfriend Ka'loni Flynn (US courts, crime)",
        "The story is ecb52dev's ecb_45_7, ecb53dev4's ecb_45_12, ecb54dev6's ecb_45_2 and ecb56dev9's ecb_45_4; their "
        "calls are followed (its lines 7-11 tell what ecb_45_7's lines 5-9 tell, in nearly the same words). 'Posted:' and 'Updated:' lines are "
        "furniture. The headline's 'Convicts' is listed (subject 'Jury', as ecb53dev3's headline 'Jury finds'); 'Spiro "
        "Man', 'a Spiro man' and 'Simpson' are written 'Christopher Kenyon Simpson', 'Flynn' 'Ka'loni Flynn' (this "
        "article's spelling). What a conviction is for ('In Shooting Death Of ...', 'of two counts of first-degree "
        "murder in the 2012 shooting death') is not listed, and 'has convicted' is undated (the year belongs to the "
        "noun). 'Thursday' = 2013-09-26 dates the deliberation; 'before convicting ...' tells the conviction again in a "
        "subordinate clause (not listed again). 'The Southwest Times Record reports that the jury recommended' lists "
        "the recommendation (a speech act), reported by the newspaper. 'Formal sentencing is set for 11 a.m. on Nov. 8' "
        "has no verb of an act (the sentencing a noun, a state of a schedule, as ecb57test4's 'is due before ... court "
        "today'; ecb_45_7's 'is scheduled to be sentenced' had one). 'Prosecutors allege that Simpson shot Flynn' lists "
        "the allegation and the shooting reported by them (ecb54dev6); 'because he did not want another child to "
        "support' is a state (a reason). 'A DNA expert testified that Simpson fathered the fetus' lists the fathering "
        "(an act verb, background), reported by the expert, the 'testified' only introducing it (contrast ecb53dev4's "
        "'denied that Simpson was the father', a copula). 'Warren Gotcher, argued that ...' is a speech act (argue), "
        "its content an ability and a state (not listed)"), [
        event("Jury Convicts Spiro Man", "Convicts", "Jury", "convict", CKS),
        event("A jury in eastern Oklahoma has convicted", "convicted", "A jury in eastern Oklahoma", "convict", CKS),
        event("The jury deliberated almost", "deliberated", "The jury", "deliberate", None, date="2013-09-26"),
        event("The Southwest Times Record reports", "recommended", "the jury", "recommend",
              "the maximum sentence of life in prison without parole", rep="The Southwest Times Record", kind=S),
        event("Prosecutors allege that Simpson", "allege", "Prosecutors", "allege",
              "that Simpson shot Flynn twice in the head", kind=S),
        event("Prosecutors allege that Simpson", "shot", CKS, "shoot", KF, rep="Prosecutors"),
        event("A DNA expert testified", "fathered", CKS, "father", "the fetus", rep="A DNA expert", kind=B),
        event("Simpson's attorney, Warren Gotcher, argued", "argued", "Warren Gotcher", "argue",
              "that no witnesses could place Simpson at the shooting scene and that his client was innocent", kind=S),
    ]),
    "ecb_16_2.txt": (doc(
        "lbreport.com, Tuesday 2007-03-20: a jury in Norwalk convicts the gang member Jose Luis Orozco of murdering "
        "Los Angeles County Sheriff's Deputy Jerry Ortiz, and the prosecution will seek the death penalty (US courts, "
        "crime)",
        "The killing ecb52dev's ecb_16_11, ecb53dev4's ecb_16_3, ecb55dev8's ecb_16_6 and ecb56test3's ecb_16_1 tell; "
        "their calls are followed. This article names the deputy only 'Jerry Ortiz' (written so; ecb55dev8 and "
        "ecb56test3 had his full name 'Luis Gerardo Ortiz'), the gang member 'Jose Luis Orozco' ('Hawaiian Gardens "
        "Gangmember', 'a Hawaiian Gardens gang member'). The headline's 'Convicted Of Murdering ...' is an agentless "
        "passive (listed, what it is for not listed, as ecb56test3's 'Charged with Murdering'); 'Multiple Special "
        "Circumstances' has no verb; 'D.A. Will Now Seek Death Penalty' is an act to come (will; 'D.A.' written 'the "
        "District Attorney's office', the body the article names), 'Add'l Horrific Charges' a noun. '(March 20, 2007) "
        "--' is the dateline. 'today' = 2007-03-20 dates the conviction (its subject written as the text spells it, "
        "'jurty'); 'in June, 2005' belongs to what it is for. 'The District Attorney's office says in a release that the "
        "jury found ... guilty' tells the verdict again in a main clause under a new reporter (listed again, undated), "
        "and 'It also found true special circumstances ..., the D.A.'s release says' is the jury's further finding "
        "(listed, reported by the release); what the findings are for ('intentionally killed while performing his "
        "duties', 'that Orozco personally used a handgun') is not listed (as ecb56test3's 'It was alleged the "
        "defendant personally used a handgun'). 'was killed June 24, 2005' is agentless (background, 2005-06-24) and "
        "its participle 'while investigating a June 20 shooting' shares the date (June 20 names the shooting); 'in "
        "which Orozco was a suspect' is a state. Line 17 opens a quotation of the D.A.'s release that runs over four "
        "paragraphs and closes after 'was recovered.' (lines 17-25): it and its 'says' are not listed (as ecb52dev2's "
        "quotation over four paragraphs). 'Orozco was also convicted of the June 20, 2005 attempted murder of a man shot "
        "in the back while doing yard work' lists the agentless conviction, undated, what it is for not listed; 'a "
        "shooting that the jury also determined to be a street crime' is a court's finding (listed, as blind48's "
        "court's 'found'). 'Next week' = the week of 2007-03-26 (its Monday) dates 'will begin hearing evidence' "
        "(listed as the aspect verb with its complement), and 'in which Deputy D.A. Lowell Anger ... will seek the "
        "death penalty' is listed (will, undated: its own clause names no date). 'was a Lakewood Award of Valor winner "
        "in 2004' is a copula; 'for having faced down an armed carjacker who drew a gun on him and his partner' tells "
        "two acts (background, undated, as ecb55dev8's 'for fatally shooting a suspected carjacker who had pulled a gun "
        "on him'), 'ending with the death ... and the arrest ...' names outcomes by nouns (not listed). 'The murder of "
        "Deputy Ortiz prompted an outpouring of emotion' is listed (background); 'where he was respected and admired', "
        "the caption 'This was the scene ...', 'is the fifth ... Deputy slain while on duty' and 'his name is now "
        "inscribed' are states"), [
        event("Hawaiian Gardens Gangmember Convicted", "Convicted", None, "convict", JLO),
        event("D.A. Will Now Seek Death Penalty", "Seek", "the District Attorney's office", "seek", "Death Penalty",
              mod="will"),
        event("A Superior Court jurty in Norwalk", "convicted", "A Superior Court jurty in Norwalk", "convict", JLO,
              date="2007-03-20"),
        event("The District Attorney's office says", "found", "the jury", "find", JLO,
              rep="The District Attorney's office"),
        event("It also found true special circumstances", "found", "the jury", "find",
              "true special circumstances of murder of a police officer intentionally killed while performing his "
              "duties, murder to avoid arrest, street gang murder, lying in wait", rep="the D.A.'s release"),
        event("Sheriff Deputy Ortiz, 35", "killed", None, "kill", JO, kind=B, date="2005-06-24"),
        event("Sheriff Deputy Ortiz, 35", "investigating", JO, "investigate",
              "a June 20 shooting in which Orozco was a suspect", kind=B, date="2005-06-24"),
        event("Orozco was also convicted", "convicted", None, "convict", JLO),
        event("Orozco was also convicted", "determined", "the jury", "determine", "a shooting to be a street crime"),
        event("Next week, the same jury", "begin", "the same jury", "begin",
              "hearing evidence in the trial's penalty phase", mod="will", date="2007-03-26"),
        event("Next week, the same jury", "seek", "Lowell Anger", "seek", "the death penalty", mod="will"),
        event("Deputy Ortiz was a Lakewood Award", "faced", JO, "face down", "an armed carjacker", kind=B),
        event("Deputy Ortiz was a Lakewood Award", "drew", "an armed carjacker", "draw",
              "a gun on him and his partner", kind=B),
        event("The murder of Deputy Ortiz prompted", "prompted", "The murder of Jerry Ortiz", "prompt",
              "an outpouring of emotion from the community", kind=B),
    ]),
    "ecb_2_1.txt": (doc(
        "deadline.com, Friday 2013-08-02: Ellen DeGeneres will host the Oscars a second time, as she tweets and the "
        "Academy's producers announce (film, television)",
        "The story is ecb52dev's ecb_2_10, ecb53dev4's ecb_2_7 (whose text is the Academy's release quoted here from "
        "line 27), ecb54dev5's ecb_2_8 and ecb57test4's ecb_2_5; their calls are followed. 'Friday August 2, 2013 @ 8: "
        "13am PDT' is furniture. The headline 'To Host' is an act to come (will, as ecb52dev). 'just tweeted she will "
        "be hosting the Oscars this year' lists the hosting (will, reported by her; 'this year' = 2013, the clause's "
        "expression resolved as written), the 'tweeted' only introducing it. 'It will be her second stint' is a "
        "copula; its 'after hosting the 2007 ceremony' tells the earlier hosting (background, 2007: the ceremony's "
        "own year, as ecb57test4's 'during the 2007 ceremony') and 'earning an Emmy nomination for it' an act of its "
        "own, undated (ecb52dev). Lines 9-11 are a tweet quoted (its closing mark printed as an opening one) and its "
        "'said'. 'The announcement ... comes just a couple of days after the election of Cheryl Boone Isaacs' relates "
        "two events named by nouns (not listed, as ecb54dev5); 'to head the Academy' a role. 'When she first hosted in "
        "2007' tells the hosting again in a subordinate clause (not listed again) and dates its main clause; 'it was "
        "noted that DeGeneres also became the first openly gay or lesbian host' is an agentless said whose content is "
        "listed with no reporter (as ecb52test's 'It was said ... that'), a change of state (background, 2007, as "
        "ecb54dev5's 'becoming only the second woman'). 'was also nominated for an Emmy' tells the nomination again in "
        "a main clause (listed again, agentless, undated). 'hosted the Emmys in November 2001' (2001-11) and 'after the "
        "show was canceled twice' (agentless, undated, one row for two, as ecb54dev5's 'which was twice delayed') are "
        "background; 'She returned to host the Emmys in 2005' lists the hosting ('return to' lists its complement, as "
        "ecb53dev4), 2005; 'hosted the Grammys in 1996 and 1997' is one row, undated (two years, as ecb52dev's 'fronted "
        "the Emmys in 2001 and 2005'). 'Here's the Academy's official release:' introduces. The release's lead is "
        "ecb53dev4's: the hosting to come reported by Craig Zadan and Neil Meron and their 'announced today' (= "
        "2013-08-02, a speech act); 'The Academy Awards® will be broadcast live on Oscar Sunday, March 2, 2014' is an "
        "agentless act to come (will, 2014-03-02; 'on the ABC Television Network' is where, not a by-agent). The "
        "quotations of lines 31-39 and their 'said' are not listed. 'DeGeneres hosted the 79th Academy Awards in 2007' "
        "tells the 2007 hosting in a main clause (listed again, 2007), and 'for which she received a Primetime Emmy® "
        "nomination' tells the nomination again in a relative (not listed again; ecb53dev4 listed it where it was "
        "told first); the category in quotation marks is a title"), [
        event("Ellen DeGeneres To Host 86th Oscars", "Host", ED, "host", "86th Oscars", mod="will"),
        event("Ellen DeGeneres just tweeted", "hosting", ED, "host", "the Oscars", mod="will", rep=ED,
              date="2013"),
        event("It will be her second stint", "hosting", ED, "host", "the 2007 ceremony", kind=B, date="2007"),
        event("It will be her second stint", "earning", ED, "earn", "an Emmy nomination", kind=B),
        event("When she first hosted in 2007", "became", ED, "become", "the first openly gay or lesbian host",
              kind=B, date="2007"),
        event("Of course DeGeneres, a double-digit", "nominated", None, "nominate", ED, kind=B),
        event("She also famously hosted the Emmys", "hosted", ED, "host", "the Emmys", kind=B, date="2001-11"),
        event("She also famously hosted the Emmys", "canceled", None, "cancel", "the Emmys", kind=B),
        event("She returned to host the Emmys", "host", ED, "host", "the Emmys", kind=B, date="2005"),
        event("She also hosted the Grammys", "hosted", ED, "host", "the Grammys", kind=B),
        event("Television icon Ellen DeGeneres will return", "host", ED, "host",
              "the Oscars® for a second time", mod="will", rep=ZM),
        event("Television icon Ellen DeGeneres will return", "announced", ZM, "announce",
              "Television icon Ellen DeGeneres will return to host the Oscars® for a second time", kind=S,
              date="2013-08-02"),
        event("The Academy Awards® will be broadcast", "broadcast", None, "broadcast", "The Academy Awards®",
              mod="will", date="2014-03-02"),
        event("DeGeneres hosted the 79th Academy Awards", "hosted", ED, "host", "the 79th Academy Awards", kind=B,
              date="2007"),
    ]),
    "ecb_19_2.txt": (doc(
        "essence.com, Sunday 2013-03-17: protests and riots erupt in Brooklyn in the week after police shot the "
        "16-year-old Kimani Gray, and the two officers are found to have been named in civil rights lawsuits (US "
        "crime, protest)",
        "The story is ecb52test's ecb_19_3 and ecb56dev9's ecb_19_6; their calls are followed. 'Sunday, March 17, 2013 "
        "| 5:00 PM' is furniture (the manifest's title line). The headline's 'Erupt' is listed, its 'Brooklyn Teen "
        "Killed By Police' a participle that tells the killing (turned back, background, as ecb52test's 'killed by "
        "police on Saturday night'). 'In the week following the fatal shooting' and 'Since the shooting' name no "
        "calendar time (undated); 'as the cops involved have come under scrutiny' is listed (as ecb54dev5's 'coming "
        "under fire'), 'the cops involved' written by their names, Mourad Mourad and Jovaniel Cordova (line 7). 'Gray "
        "was killed on March 9 by police' is turned back (2013-03-09), told first in a main clause; 'who claim he "
        "pointed a gun' lists the claim (a speech act, as ecb-events-test3's 'claimed') and its act reported by the "
        "police (ecb52test), its 'before they opened fire' telling the shooting again in a subordinate clause (not "
        "listed, ecb52test's 'when they opened fire'); the officers are written as the text writes them in the "
        "object. 'An autopsy shows that Gray was hit' is a finding (a speech act, as pud49dev's 'The analysis shows', "
        "ecb52test's 'an autopsy report revealed') with its act reported by the autopsy; 'fired by the officers' "
        "describes the bullets. 'was found at the scene' is agentless (ecb52test's 'was recovered'). 'over 50 arrests "
        "have been made' is agentless (the earlier golds' 'make' with 'arrests'), its relative 'where community members "
        "are expressing outrage and demanding justice' two speech acts under way. 'wrote a heartfelt letter describing "
        "the teen as ...' lists the writing and the letter's describing (as ecb52dev2's 'a Jan. 21 memo giving'); the "
        "letter's quotations and 'read', 'continued' are not listed. 'it's been revealed that both Mourad and Cordova "
        "have reportedly been named in five federal lawsuits' lists the agentless revealing (ecb52test) and the naming "
        "(agentless, background, an unattributed 'reportedly'), 'with plaintiffs alleging civil rights violations' a "
        "'with' absolute that tells a speech act (as ecb56test3's 'The complaint alleged'). 'have reportedly cost the "
        "city about $215,000' is a figure. 'Mourad was sued three times' is one agentless row (background, undated: two "
        "years); the allegations' content 'in which Mourad and fellow cops pulled down a suspect's underwear' is listed "
        "with no reporter (the content of a noun, as ecb52test's 'police allegations that Gray pointed a gun'; no "
        "alleger named), 'the plaintiff says he was slammed into a car' lists the agentless slamming reported by the "
        "plaintiff; 'Cordova was sued in 2011 and 2012' likewise undated, 'with one plaintiff claiming the cop punched "
        "him' the claim and its act reported by the plaintiff"), [
        event("Riots Erupt Following Death", "Erupt", "Riots", "erupt", None),
        event("Riots Erupt Following Death", "Killed", "police", "kill", KG, kind=B),
        event("In the week following the fatal shooting", "erupted", "several protests and riots", "erupt", None),
        event("In the week following the fatal shooting", "come", "Mourad Mourad and Jovaniel Cordova", "come under",
              "scrutiny for previous reported civil rights violations"),
        event("Gray was killed on March 9", "killed", "police", "kill", KG, date="2013-03-09"),
        event("Gray was killed on March 9", "claim", "police", "claim",
              "he pointed a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova before they opened fire", kind=S),
        event("Gray was killed on March 9", "pointed", KG, "point",
              "a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova", rep="police"),
        event("An autopsy shows that Gray", "shows", "An autopsy", "show",
              "that Gray was hit in the back by three of the seven bullets fired by the officers", kind=S),
        event("An autopsy shows that Gray", "hit", "three of the seven bullets fired by the officers", "hit", KG,
              rep="An autopsy"),
        event("revolver was found at the scene", "found", None, "find", "A loaded. 38-caliber revolver"),
        event("Since the shooting, over 50 arrests", "made", None, "make", "over 50 arrests"),
        event("Since the shooting, over 50 arrests", "expressing", "community members", "express", "outrage",
              kind=S),
        event("Since the shooting, over 50 arrests", "demanding", "community members", "demand", "justice", kind=S),
        event("Gray's school principal, Matthew Willoughby", "wrote", "Matthew Willoughby", "write",
              "a heartfelt letter describing the teen as a hard-working student who was committed to his academics",
              kind=S),
        event("Gray's school principal, Matthew Willoughby", "describing", "a heartfelt letter", "describe",
              "the teen as a hard-working student who was committed to his academics", kind=S),
        event("In the days following Gray's death", "revealed", None, "reveal",
              "that both Mourad and Cordova have reportedly been named in five federal lawsuits", kind=S),
        event("In the days following Gray's death", "named", None, "name", "Mourad Mourad and Jovaniel Cordova",
              kind=B),
        event("In the days following Gray's death", "alleging", "plaintiffs", "allege", "civil rights violations",
              kind=S),
        event("In 2009 and 2010, Mourad was sued", "sued", None, "sue", MM, kind=B),
        event("In 2009 and 2010, Mourad was sued", "pulled", "Mourad Mourad and fellow cops", "pull down",
              "a suspect's underwear", kind=B),
        event("In 2009 and 2010, Mourad was sued", "slammed", None, "slam", "the plaintiff into a car",
              rep="the plaintiff", kind=B),
        event("Cordova was sued in 2011 and 2012", "sued", None, "sue", JC, kind=B),
        event("Cordova was sued in 2011 and 2012", "claiming", "one plaintiff", "claim",
              "the cop punched him in the eye", kind=S),
        event("Cordova was sued in 2011 and 2012", "punched", JC, "punch", "one plaintiff in the eye",
              rep="one plaintiff", kind=B),
    ]),
    "ecb_41_10.txt": (doc(
        "usatoday30.usatoday.com (no date in the manifest): Sudanese aircraft bomb the Yida refugee camp in South "
        "Sudan and South Sudan's President Salva Kiir warns of an invasion (conflict)",
        "The story is ecb52test2's ecb_41_1, ecb54dev6's ecb_41_11 and ecb55dev7's ecb_41_2; their calls are followed. "
        "published is null, so nothing is dated ('Thursday', 'four months ago', 'in July' name no year; 'from "
        "1983-2005' is a span of years, not a year by itself). The headline gives 'warns' (a speech act, as "
        "pud49dev's 'warn') and 'after Sudan bombs refugee camp' (a time clause that tells the bombing first, listed, "
        "as ecb52test2's headline 'Sudan Bombs'). 'Military aircraft from Sudan crossed ... and dropped bombs' is "
        "reported by the officials ('officials said'); 'filled with refugees' a state. 'A government official initially "
        "reported deaths' is a speech act with a noun object (listed, as the earlier golds' 'report ... injuries'); "
        "'an American activist who spoke to aid workers at the camp' lists the speaking (the activist is not named in "
        "the article; not written as Ryan Boyette), and 'later said there were no casualties' is a said with an "
        "existential (not listed). 'came one day after' relates (not listed, as ecb52test2's 'comes shortly after "
        "reports'); 'after bombings were reported in another region' is an agentless speech act (listed), 'an attack "
        "that provoked strong condemnation' a relative that tells an act (background); 'located 10 miles south' a "
        "state. 'which became the world's newest country' is a change of state (background, undated); 'said he fears "
        "the Khartoum-based government intends to invade' lists the fear (a stance, as ecb52test2's 'Observers "
        "believe'), reported by Salva Kiir ('The president of South Sudan'), the intention it fears a guess (not "
        "listed). Kiir's quotation, 'said', 'added:' and 'There was no immediate comment' (an existential) are not "
        "listed. 'is especially troubling' is an opinion; 'battled two civil wars over more than five decades' and "
        "'some 2 million died in the latest war' are background (undated); 'A peace deal ended the war' and 'South "
        "Sudan became its own country in July' background; 'there have been lingering disputes' an existential. 'who "
        "lives in Sudan' and 'who is now leading a team' are states; 'said he talked to five aid workers' lists the "
        "talking reported by Ryan Boyette, and 'all of whom said that four bombs were dropped but that they caused no "
        "casualties' the agentless dropping and the negated causing (negated by its object, as ecb52test2's 'no one "
        "was killed'), reported by the aid workers"), [
        event("South Sudan warns of war", "warns", "South Sudan", "warn", "of war", kind=S),
        event("South Sudan warns of war", "bombs", "Sudan", "bomb", "refugee camp"),
        event("Military aircraft from Sudan crossed", "crossed", "Military aircraft from Sudan", "cross",
              "the new international border with South Sudan", rep="officials"),
        event("Military aircraft from Sudan crossed", "dropped", "Military aircraft from Sudan", "drop", "bombs",
              rep="officials"),
        event("A government official initially reported", "reported", "A government official", "report", "deaths",
              kind=S),
        event("A government official initially reported", "spoke", "an American activist", "speak",
              "to aid workers at the camp"),
        event("The violence in and near the Yida", "reported", None, "report",
              "bombings in another region of South Sudan", kind=S),
        event("The violence in and near the Yida", "provoked", "an attack", "provoke",
              "strong condemnation from the U.S. State Department", kind=B),
        event("The president of South Sudan, which became", "became", "South Sudan", "become",
              "the world's newest country", kind=B),
        event("The president of South Sudan, which became", "fears", SK, "fear",
              "the Khartoum-based government intends to invade the south soon", rep=SK, kind=ST),
        event("The violence is especially troubling", "battled",
              "The black African tribes of South Sudan and the mainly Arab north", "battle", "two civil wars",
              kind=B),
        event("The violence is especially troubling", "died", "some 2 million", "die", None, kind=B),
        event("A peace deal ended the war", "ended", "A peace deal", "end", "the war", kind=B),
        event("A peace deal ended the war", "became", "South Sudan", "become", "its own country", kind=B),
        event("Ryan Boyette, a former aid worker", "talked", RB, "talk", "to five aid workers in the Yida camp",
              rep=RB),
        event("Ryan Boyette, a former aid worker", "dropped", None, "drop", "four bombs",
              rep="five aid workers in the Yida camp"),
        event("Ryan Boyette, a former aid worker", "caused", "four bombs", "cause", "no casualties", neg=True,
              rep="five aid workers in the Yida camp"),
    ]),
    "ecb_7_6.txt": (doc(
        "espn.co.uk, Saturday 2012-07-07: Wladimir Klitschko stops Tony Thompson in the sixth round in Bern to keep his "
        "heavyweight titles (boxing)",
        "The fight ecb52dev's ecb_7_10, ecb53dev3's ecb_7_5, ecb55dev8's ecb_7_2 and ecb56test3's ecb_7_11 tell; their "
        "calls are followed. 'July 7, 2012' is furniture. The headline's 'stops' is listed ('in regulation win' a "
        "noun). 'Klitschko', 'the Ukrainian' are written 'Wladimir Klitschko', 'Thompson', 'the 40-year-old Thompson' "
        "'Tony Thompson', 'the British-Irish fighter' 'Tyson Fury'. 'retained ... on Saturday' = 2012-07-07 (a "
        "'victory' noun with it); 'stopped the 40-year-old Thompson ... in Switzerland' is listed, undated (no date "
        "expression in its own sentence), and its 'to retain his collection of titles' tells the retaining again in a "
        "subordinate clause (not listed again; ecb52dev's and ecb55dev8's 'to retain' were the first tellings in their "
        "sentences' bodies). 'In 2008, last time the pair met' frames the earlier fight: 'the bout went 11 rounds' is a "
        "figure, 'before the Ukrainian emerged triumphant' tells the win (background, 2008, the sentence's frame, as "
        "ecb52dev's 'In 2008, Klitschko stopped Thompson'). 'dumped Thompson onto the canvas' is listed (as ecb52dev's "
        "'floored', ecb55dev8's 'put Thompson on the canvas'); 'it was simply a matter of time' is the writer's "
        "comment, its 'before referee Sam Williams stopped matters' the referee's stopping (listed, as the earlier "
        "golds' 'before stopping the fight'; object as written). 'The decisive moment came' relates a moment to a time "
        "(not listed); 'the same punch again bringing Thompson to his knees' is an absolute that tells an act (listed) "
        "and 'despite beating the count' Thompson's act (listed, as ecb53dev3's 'That Thompson got up'); 'was clearly "
        "too unsteady to continue' is a state. 'who could face Tyson Fury in the near future' is a possibility (not "
        "listed), its 'after being called out by the British-Irish fighter' a past act (turned back, background); "
        "'improves to a career record of 58 wins and three defeats' is a record's change told as an act (as "
        "ecb55dev8's 'improved to 58-3')"), [
        event("Klitschko stops Thompson in regulation win", "stops", WK, "stop", TT),
        event("Wladimir Klitschko retained his IBF", "retained", WK, "retain",
              "his IBF, WBO, WBA & IBO heavyweight world titles", date="2012-07-07"),
        event("Klitschko, 36, stopped the 40-year-old", "stopped", WK, "stop", TT),
        event("In 2008, last time the pair met", "emerged", WK, "emerge", "triumphant", kind=B, date="2008"),
        event("Klitschko dumped Thompson onto the canvas", "dumped", WK, "dump", "Tony Thompson onto the canvas"),
        event("Klitschko dumped Thompson onto the canvas", "stopped", "Sam Williams", "stop", "matters"),
        event("The decisive moment came", "bringing", "the same punch", "bring", "Tony Thompson to his knees"),
        event("The decisive moment came", "beating", TT, "beat", "the count"),
        event("Klitschko, who could face Tyson Fury", "called", "Tyson Fury", "call out", WK, kind=B),
        event("Klitschko, who could face Tyson Fury", "improves", WK, "improve",
              "to a career record of 58 wins and three defeats"),
    ]),
    "ecb_33_8.txt": (doc(
        "brooklyn.news12.com, Tuesday 2013-04-16: prosecutors release new video at the trial of the two men accused of "
        "killing Zurana Horton, a Brownsville mother of 12 (US courts, crime)",
        "The trial ecb52test's ecb_33_6, ecb53dev3's ecb_33_9 and ecb55dev8's ecb_33_2 tell; their calls are "
        "followed. 'Published: April 16, 2013 9:09 AM' is furniture. The headline's and the lead's 'release' are each "
        "listed (undated: no clause names a date; 'in Oct. 2011' belongs to the participle modifier 'two men accused "
        "of killing ...', which describes the men and is not listed, as ecb53dev3). 'The video shows Zurana Horton "
        "falling ... in the moments after gunfire erupted' is what a recording shows (not listed, as ecb52test's and "
        "ecb55dev8's 'The video shows'), its time clause inside it. 'Witnesses say Horton died trying to shield several "
        "students' lists the death and the trying (background), reported by the witnesses. 'Authorities have charged "
        "Andrew Lopez and Jonathan Carrasquillo with her murder' is listed (as ecb53dev4's 'Prosecutors have "
        "charged'), what it is for not"), [
        event("Prosecutors release new video", "release", "Prosecutors", "release", "new video"),
        event("Prosecutors have released new video", "released", "Prosecutors", "release", "new video"),
        event("Witnesses say Horton died", "died", ZH, "die", None, rep="Witnesses", kind=B),
        event("Witnesses say Horton died", "trying", ZH, "try", "to shield several students", rep="Witnesses",
              kind=B),
        event("Authorities have charged", "charged", "Authorities", "charge", "Andrew Lopez and Jonathan Carrasquillo"),
    ]),
    "ecb_35_3.txt": (doc(
        "utsandiego.com, Wednesday 2009-02-04: the San Diego Chargers' nose tackle Jamal Williams is arrested on "
        "suspicion of drunken driving, the team's second such arrest in four weeks, and the Chargers' Safe Ride "
        "program (sport, crime)",
        "No earlier ECB gold annotated an article of this topic. The headline ('Williams' DUI arrest just the latest') "
        "and the subheadline ('Team has program to address problem') have no verb of an act (a noun, a state and a "
        "purpose); '2 A.M. FEB. 4, 2009' is the dateline. 'Two years ago' = 2007 dates 'won an NFL special award', and "
        "'for helping start a San Diego program' tells the act the award was for (listed, background, undated, as "
        "ecb55dev8's 'won a department medal of honor for fatally shooting'; the governing verb with its complement, "
        "as ecb52dev2's 'reached back ... to reverse'); 'by which players ... can call' is an ability. 'was among the "
        "co-founders' is a copula, 'that since has been expanded to other NFL cities' an agentless relative that "
        "tells an act (background). 'the drinking and driving problem hasn't been eradicated' is the writer's "
        "judgement of a standing problem (a state, not listed). 'Sunday' = 2009-02-01 dates the agentless 'pulled "
        "over' and 'arrested' ('a Chargers player' written 'Jamal Williams', named next), and 'was stopped for speeding "
        "... Sunday' tells the stop again in a main clause (listed again, 2009-02-01; 'for speeding' is what the stop "
        "is for). A.J. Smith's, Pat Hodgkin's and Gary Lawrence's quotations and their 'said', 'noting that' (a habit "
        "and a figure) are not listed; 'a news release issued by the team yesterday' describes the release (not "
        "listed, as ecb54dev5's 'a security advisory issued Tuesday'). 'served as the only comment' is a state. 'A "
        "request ... was declined by a spokesman' is turned back (a speech act). 'are still awaiting the disposition' "
        "is a state; 'Vincent Jackson, arrested Jan. 6 in Clairemont' a participle that tells an agentless act "
        "(background, 2009-01-06, as ecb53dev4's 'The rule, finalized in December'); 'also facing charges' and 'has an "
        "arraignment set for Feb. 17' are states (a prospect and a schedule, as ecb54dev6's 'faces life in prison' and "
        "ecb57test4's 'is due in court'). 'Arrested by the CHP' tells the arrest again in a participle (not listed "
        "again); 'was booked into county jail and later released on bond' two agentless acts, undated; 'Results ... "
        "have not been released' a negated agentless act. 'were involved in one of the most publicized ... instances' "
        "is a state; 'Linebacker Steve Foley was shot three times by an off-duty Coronado police officer who followed "
        "Foley' is turned back, with its relative (background, undated: '2006' is in the sentence before); 'his career "
        "ended by the bullet wounds' is an absolute that tells an act (turned back), 'later pleaded guilty to "
        "misdemeanor DUI' the plea (blind48's 'pled guilty'). 'It was that case that prompted Gary Lawrence ... to ally "
        "with the Chargers' lists the prompting and the allying (as ecb54dev5's 'forcing many office workers to "
        "evacuate'), the program's 'would call ... and be driven home' a habit. 'Citing his company's confidentiality "
        "agreement' and 'declined to discuss' are speech acts. 'the business has grown to include clients ... and put "
        "to work by other NFL franchises' lists the growth and the franchises' use ('the business' written 'Safe Ride "
        "Solutions', Lawrence's company, as the article names it). 'the league gave the Chargers its Winston-Shell "
        "Award in 2007' tells the award again in a main clause (listed again, 2007; 'the league' written 'the NFL'); "
        "its 'for \u201cdemonstrating ...\u201d' is a quotation"), [
        event("Two years ago, the Chargers won", "won", "the Chargers", "win", "an NFL special award", kind=B,
              date="2007"),
        event("Two years ago, the Chargers won", "helping", "the Chargers", "help",
              "start a San Diego program by which players who've been imbibing can call a private number for a ride "
              "home", kind=B),
        event("A former Chargers fullback, Lorenzo Neal", "expanded", None, "expand",
              "the \u201cSafe Ride Solutions\u201d program", kind=B),
        event("Sunday, for the second time", "pulled", None, "pull over", JW, date="2009-02-01"),
        event("Sunday, for the second time", "arrested", None, "arrest", JW, date="2009-02-01"),
        event("A request to interview club President", "declined", "a spokesman", "decline",
              "A request to interview club President Dean Spanos", kind=S),
        event("As it is, the Chargers are still awaiting", "arrested", None, "arrest", "Vincent Jackson", kind=B,
              date="2009-01-06"),
        event("Williams, a three-time Pro Bowl nose tackle", "stopped", None, "stop", JW, date="2009-02-01"),
        event("Arrested by the CHP on suspicion", "booked", None, "book", JW),
        event("Arrested by the CHP on suspicion", "released", None, "release", JW),
        event("Results of Williams' blood-alcohol test", "released", None, "release",
              "Results of Williams' blood-alcohol test", neg=True),
        event("Linebacker Steve Foley was shot", "shot", "an off-duty Coronado police officer", "shoot", SF, kind=B),
        event("Linebacker Steve Foley was shot", "followed", "an off-duty Coronado police officer", "follow",
              "Steve Foley from downtown to the player's home in Poway", kind=B),
        event("Foley, his career ended", "ended", "the bullet wounds", "end", "Steve Foley's career", kind=B),
        event("Foley, his career ended", "pleaded", SF, "plead", "guilty to misdemeanor DUI", kind=B),
        event("It was that case that prompted", "prompted", "that case", "prompt",
              "Gary Lawrence to ally with the Chargers", kind=B),
        event("It was that case that prompted", "ally", GL, "ally", "with the Chargers", kind=B),
        event("Citing his company's confidentiality", "Citing", GL, "cite",
              "his company's confidentiality agreement with clients", kind=S),
        event("Citing his company's confidentiality", "declined", GL, "decline",
              "to discuss anything specific pertaining to the Chargers and their players", kind=S),
        event("From its start with the team", "grown", SRS, "grow",
              "to include clients from other high-profile realms", kind=B),
        event("From its start with the team", "put", "other NFL franchises", "put to work", SRS, kind=B),
        event("In recognition of the program, the league gave", "gave", "the NFL", "give",
              "the Chargers its Winston-Shell Award", kind=B, date="2007"),
    ]),
    "ecb_20_1.txt": (doc(
        "news.bbc.co.uk, Monday 2005-11-28: an earthquake in southern Iran kills at least ten people and damages "
        "villages on Qeshm island (a disaster)",
        "The quake ecb52dev2's ecb_20_5, ecb53dev4's ecb_20_10, ecb54dev5's ecb_20_8 and ecb55dev8's ecb_20_7 tell; "
        "their calls are followed. 'Last Updated: Monday, 28 November 2005, 02:24 GMT' is furniture; the headline "
        "'Ten dead in southern Iran quake' has no verb. The lead's 'has hit' and its participles 'killing', "
        "'injuring', 'damaging' are reported by the officials ('officials say'), undated (no date expression in the "
        "lead; 'Sunday's quake' is a noun's day). 'The 6.1-magnitude quake struck Qeshm island ... and the city of "
        "Bandar Abbas' tells the hit again in a main clause with its places (listed again, reported by state media); "
        "'home to 120,000 people' is a state. 'had been damaged' is agentless, reported by the officials. 'which "
        "struck at 1353' tells the strike again in a relative (not listed again); 'was felt in the neighbouring Gulf "
        "states' is agentless (as ecb55dev8's 'was felt in nearby countries'). 'sits in a volatile earthquake region "
        "and is regularly struck' is a state and a habit. 'A 6.7-strength quake killed ... in December 2003' is "
        "background (2003-12); the cross-head 'We panicked' is a quotation. 'The US Geological Survey put the "
        "epicentre of Sunday's quake at about 58km ... south-west of Bandar Abbas' is the survey's estimate (a speech "
        "act, as pud49dev's 'The feasibility study estimates'; undated, the day a noun's). 'Heydar Alishbandi ... said "
        "five villages had been badly hit' lists the agentless hit reported by him, 'appeared to be in the "
        "less-populated west' an appearance (a state). 'Helicopters ferried the injured to hospital' is listed; 'the "
        "authorities say the rescue effort is now winding down' lists the winding down (a process under way) reported "
        "by them. 'Mr Alishbandi told the AFP news agency he was not expecting the death toll to rise' is a telling "
        "whose content is a stance (listed as the telling, as ecb56dev9's 'told NY1 she doubted'). 'The BBC's Frances "
        "Harrison in Tehran says' brings 'suffered broken legs' and the time clause 'as they rushed to evacuate their "
        "school' (an act of its own), reported by her; 'The initial tremor lasted just over 10 seconds' is a figure and "
        "'there have been at least four aftershocks' an existential. Lines 31-33 and 'still has power' are states; "
        "'officials say they are sending relief goods ... to those who have lost their homes' lists the sending and "
        "the losing in its relative (a speaker's relative inside a said carries the reporter, pud49dev). The woman's "
        "quotation and 'told AFP' are not listed; 'There were reports of people fleeing buildings' is an existential "
        "(not listed, as ecb55dev7's 'There are also reports this week of bombing'); 'has not been hit by a quake in "
        "more than 25 years' a state over years. 'A 6.4-magnitude quake hit the town of Zarand ... in February' is "
        "background (2005-02, the February before the publication, as ecb54dev5), its 'killing hundreds of people' "
        "sharing the date"), [
        event("A powerful earthquake has hit", "hit", "A powerful earthquake", "hit", "southern Iran",
              rep="officials"),
        event("A powerful earthquake has hit", "killing", "A powerful earthquake", "kill", "at least 10 people",
              rep="officials"),
        event("A powerful earthquake has hit", "injuring", "A powerful earthquake", "injure", "dozens more",
              rep="officials"),
        event("A powerful earthquake has hit", "damaging", "A powerful earthquake", "damage", "several villages",
              rep="officials"),
        event("The 6.1-magnitude quake struck", "struck", "The 6.1-magnitude quake", "strike",
              "Qeshm island and the city of Bandar Abbas", rep="state media"),
        event("On Qeshm island, between half", "damaged", None, "damage",
              "between half and two-thirds of homes in five villages", rep="officials"),
        event("The quake, which struck at 1353", "felt", None, "feel", "The quake"),
        event("A 6.7-strength quake killed", "killed", "A 6.7-strength quake", "kill",
              "more than 26,000 people in the ancient city of Bam", kind=B, date="2003-12"),
        event("The US Geological Survey put", "put", "The US Geological Survey", "put",
              "the epicentre of Sunday's quake at about 58km (36 miles) south-west of Bandar Abbas", kind=S),
        event("Heydar Alishbandi, Governor of Qeshm island", "hit", None, "hit", "five villages", rep=HA),
        event("Helicopters ferried the injured", "ferried", "Helicopters", "ferry", "the injured to hospital"),
        event("Helicopters ferried the injured", "winding", "the rescue effort", "wind down", None,
              rep="the authorities"),
        event("Mr Alishbandi told the AFP", "told", HA, "tell",
              "the AFP news agency he was not expecting the death toll to rise", kind=S),
        event("The BBC's Frances Harrison", "suffered", "a number of children", "suffer", "broken legs", rep=FH),
        event("The BBC's Frances Harrison", "rushed", "a number of children", "rush", "to evacuate their school",
              rep=FH),
        event("The main town on Qeshm", "sending", "officials", "send",
              "relief goods such as tents to those who have lost their homes", rep="officials"),
        event("The main town on Qeshm", "lost", "those", "lose", "their homes", rep="officials"),
        event("A 6.4-magnitude quake hit the town", "hit", "A 6.4-magnitude quake", "hit",
              "the town of Zarand in Iran's Kerman province", kind=B, date="2005-02"),
        event("A 6.4-magnitude quake hit the town", "killing", "A 6.4-magnitude quake", "kill",
              "hundreds of people", kind=B, date="2005-02"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "test5"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
