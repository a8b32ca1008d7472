"""Round iaa57: a second, independent event annotation of the ``test5`` half of the ECB+ articles in
``bench/audit/ecb58/corpus`` (ten articles of ten outlets), written to ``tests/data/gold/ecb-events-test5-second``
to measure how far two annotators agree under the same conventions (inter-annotator agreement).

The annotations below were made blind: by reading every sentence of the ten articles, without opening the first
annotation of these texts, its script or README, or any toolkit output on them, in the conventions of the event
golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``, ``bench/audit/ecb56/README-ecb56dev9.md``,
``bench/audit/ecb55/README-ecb55dev7.md`` and ``README-ecb55dev8.md``, the dev scripts of rounds ecb52 to ecb56);
the calls are in each article's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb58/make_second_ecb58test5.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test5-second"
SCRIPT = "bench/audit/ecb58/make_second_ecb58test5.py"
CORPUS = ROOT / "bench" / "audit" / "ecb58" / "corpus"

# The conventions of rounds ecb52 to ecb56 (said in make_gold_ecb56dev9.py's header), unchanged: an article's date
# is its manifest row's; an event is dated where its own clause names a date expression, resolved from the
# publication date (a past weekday to the one before or on it, a scheduled one to the one after, a week by its
# Monday); a participle after a dated clause shares its date; a date that modifies a noun ('the 2007 ceremony', 'the
# 2012 shooting death') dates no clause; with no publication date only a full date or a year dates. Headlines are
# sentences, listed when they tell an act; datelines are furniture. Quotations (a quotation running over several
# paragraphs included) and the verb that only introduces them are not listed; a said-like verb whose clause tells an
# act gives its content (with reported_by), one whose clause holds a state gives nothing; 'allege', 'argue',
# 'announce', 'claim' are speech acts listed with their content. States, figures, opinions, habits, plans, purposes,
# abilities and what a recording shows are no events; an act told again in a subordinate clause is not listed again,
# in a main clause it is.
COMMON = ("ECB+ news article (CC BY 3.0); second, independent annotation (inter-annotator agreement); dated where "
          "the event's own clause names a date expression, resolved from the publication date; quotations, states, "
          "figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
OA, BA = "the Obama administration", "the Bush administration"
ICO = "Officials at the Interior and Commerce departments"
ENV = "Environmentalists"
CKS, KF = "Christopher Kenyon Simpson", "Ka'loni Flynn"
JURY = "A jury in eastern Oklahoma"
JLO, JO = "Jose Luis Orozco", "Jerry Ortiz"
NJ, DAO = "A Superior Court jury in Norwalk", "the District Attorney's office"
ED, ZM = "Ellen DeGeneres", "Craig Zadan and Neil Meron"
KG, MC = "Kimani Gray", "Mourad Mourad and Jovaniel Cordova"
RB, SK, AW = "Ryan Boyette", "Salva Kiir", "five aid workers in the Yida camp"
WK, TT, SW = "Wladimir Klitschko", "Tony Thompson", "Sam Williams"
ZH = "Zurana Horton"
JW, VJ, SF, GL = "Jamal Williams", "Vincent Jackson", "Steve Foley", "Gary Lawrence"
CH = "the Chargers"
PQ = "A powerful earthquake"
HA, FH = "Heydar Alishbandi", "Frances Harrison"
# Two sentences the writer's splitter cuts (after 'Stn.' and 'Sgt.'), given whole with ``sent=``.
HEAD16 = ("Hawaiian Gardens Gangmember", "Deputy Jerry Ortiz")
KILLED = ("Gray was killed on March 9", "before they opened fire.")

DOCS = {
    "ecb_9_6.txt": (doc(
        "huffingtonpost.com (no date in the manifest): the Obama administration reverses the Bush rule that made "
        "consultation with wildlife experts optional under the Endangered Species Act (US politics, environment)",
        "published is null, so nothing is dated ('Tuesday', 'In March', 'last December', 'last year' name no year; "
        "'dating back to 1986' is a state). The time line is furniture. The headline's 'Flips' is listed. The lead's "
        "'Federal agencies again will have to consult' is the rule's content restored, a standing obligation (as "
        "ecb53dev4's 'the Bush rule allowed federal agencies to decide': a rule's provisions are states, not listed). "
        "'said Tuesday it was overturning' and 'said they have reimposed' give their contents reported by the "
        "speakers; 'a rule change made in the final weeks' and 'rules issued last December' describe which rules (not "
        "listed); 'the consultation requirement that assured ...' a provision. 'until the Bush administration made it "
        "optional' is the change's first telling as a clause (listed, background, as ecb53dev4's 'made optional the "
        "mandatory, independent consultations'), and line 41 tells it again in a main clause (listed again), with "
        "'arguing that it was a minor shift' (argue listed as a speech act, ecb52dev2). 'Environmentalists argued that "
        "the change severely reduced the protection' lists the argument and its content reported by them (ecb53dev4's "
        "'have argued that the regulations overhauled'); 'Developers and business groups argued that the consultation "
        "caused unneeded delays' lists the argument only, its content a standing effect of a requirement held for "
        "years (a habit). Ken Salazar's and Gary Locke's quotations are not listed ('and that top science will be the "
        "foundation' outside the marks is a copula). 'share responsibility', 'employ', 'have had to consult', 'has "
        "jurisdiction', 'deals with' are states and habits. 'issued an executive order putting the Bush rule change on "
        "hold' gives the issuing and the order's act (ecb52dev2's 'an executive order rescinding', ecb53dev4's "
        "'putting on hold'), background; 'Congress followed by giving specific authorization' lists the giving (the "
        "act 'followed' only places in sequence; 'avoiding a long ... process' a consequence, not an act). 'praised "
        "Tuesday's action' is a stance (ecb53dev4's 'applauded'); 'some expressed dismay that Salazar didn't also "
        "rescind a rule' lists the expression and the negated rescinding reported by them; 'which last year was "
        "declared as \"threatened\"' is an agentless relative that tells the declaring first (background; line 45's "
        "'had declared' tells it again in a main clause, listed again). 'no decision had yet been made' is a negated "
        "agentless act reported by the Interior Department (ecb55dev7's 'No arrests were made'). 'The end of the "
        "long-standing requirement ... produced a firestorm' is listed (a reaction told as an act). 'One impetus ... "
        "was concern' is a copula; 'a change attributed to global warming' an attribution (not listed). 'Salazar and "
        "Lock said the two departments will jointly decide' gives the deciding to come (will), reported by Ken Salazar "
        "and Gary Locke (the text's 'Lock')."), [
        event("Obama Administration Flips Bush", "Flips", OA, "flip", "Bush Endangered Species Ruling"),
        event("The Obama administration said Tuesday", "overturning", OA, "overturn",
              "a rule change made in the final weeks of the Bush presidency", rep=OA),
        event("Officials at the Interior and Commerce departments said", "reimposed", ICO, "reimpose",
              "the consultation requirement", rep=ICO),
        event("Such consultation had been required", "made", BA, "make optional", "Such consultation", kind=B),
        event("Environmentalists argued that the change", "argued", ENV, "argue",
              "that the change severely reduced the protection afforded under the federal Endangered Species Act",
              kind=S),
        event("Environmentalists argued that the change", "reduced", "the change", "reduce",
              "the protection afforded under the federal Endangered Species Act", rep=ENV, kind=B),
        event("In March, President Barack Obama issued", "issued", "Barack Obama", "issue",
              "an executive order putting the Bush rule change on hold", kind=B),
        event("In March, President Barack Obama issued", "putting", "an executive order", "put on hold",
              "the Bush rule change", kind=B),
        event("Congress followed by giving", "giving", "Congress", "give",
              "specific authorization for the Interior and Commerce departments to revoke the action", kind=B),
        event("Environmentalists widely praised", "praised", ENV, "praise", "Tuesday's action", kind=ST),
        event("Environmentalists widely praised", "expressed", "some", "express",
              "dismay that Salazar didn't also rescind a rule that limits the protection to the polar bear", kind=S),
        event("Environmentalists widely praised", "rescind", "Ken Salazar", "rescind",
              "a rule that limits the protection to the polar bear", neg=True, rep="some"),
        event("Environmentalists widely praised", "declared", None, "declare", "the polar bear", kind=B),
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
        event("The Interior Department earlier had declared", "declared", "The Interior Department", "declare",
              "the polar bear a threatened species", kind=B),
        event("Salazar and Lock said", "decide", "the Interior and Commerce departments", "decide",
              "if any changes are needed to improve the interagency consultation procedures", mod="will",
              rep="Ken Salazar and Gary Locke"),
    ]),
    "ecb_45_11.txt": (doc(
        "kctv5.com, Friday 2013-09-27: a jury in eastern Oklahoma convicts Christopher Kenyon Simpson of murdering "
        "his pregnant girlfriend Ka'loni Flynn (US courts, crime)",
        "The 'Posted:' and 'Updated:' lines are furniture. The headline's 'Convicts' is listed ('Jury' written by the "
        "lead's 'A jury in eastern Oklahoma', 'Spiro Man' 'Christopher Kenyon Simpson'); 'has convicted' is undated "
        "('the 2012 shooting death' dates a noun; what a conviction is for is not listed, events-dev37). 'deliberated "
        "almost seven hours Thursday' = 2013-09-26, its 'before convicting' the conviction told again in a "
        "subordinate clause (not listed again), as ecb52dev's ecb_45_7. 'The Southwest Times Record reports that the "
        "jury recommended' gives the recommendation (a speech act) reported by the paper. 'Formal sentencing is set "
        "for 11 a.m. on Nov. 8' is an agentless scheduling, undated (the date names the sentencing; events-dev6's "
        "'Sentencing is scheduled for February 4'). 'Prosecutors allege' lists the allegation and the shooting "
        "reported by them (ecb54dev6); 'because he did not want another child to support' a state. 'A DNA expert "
        "testified that Simpson fathered the fetus' gives the fathering reported by the expert (a call: an act told "
        "as the content of a said-like verb; 'testified' only introduces it). 'argued that no witnesses could place "
        "Simpson ... and that his client was innocent' lists the argument (its content an inability and a state)."), [
        event("Jury Convicts Spiro Man", "Convicts", JURY, "convict", CKS),
        event("A jury in eastern Oklahoma has convicted", "convicted", JURY, "convict", CKS),
        event("The jury deliberated almost seven hours", "deliberated", "The jury", "deliberate", None,
              date="2013-09-26"),
        event("The Southwest Times Record reports", "recommended", "the jury", "recommend",
              "the maximum sentence of life in prison without parole", kind=S, rep="The Southwest Times Record"),
        event("Formal sentencing is set", "set", None, "set", "Formal sentencing"),
        event("Prosecutors allege that Simpson", "allege", "Prosecutors", "allege",
              "that Simpson shot Flynn twice in the head because he did not want another child to support", kind=S),
        event("Prosecutors allege that Simpson", "shot", CKS, "shoot", KF, rep="Prosecutors"),
        event("A DNA expert testified", "fathered", CKS, "father", "the fetus", rep="A DNA expert", kind=B),
        event("Simpson's attorney, Warren Gotcher, argued", "argued", "Warren Gotcher", "argue",
              "that no witnesses could place Simpson at the shooting scene and that his client was innocent", kind=S),
    ]),
    "ecb_16_2.txt": (doc(
        "lbreport.com, Tuesday 2007-03-20: a Norwalk jury convicts Jose Luis Orozco of murdering Los Angeles County "
        "Sheriff's deputy Jerry Ortiz; the District Attorney will seek the death penalty (US courts, crime)",
        "The headline's agentless 'Convicted' is listed (its gang member written 'Jose Luis Orozco'); 'Multiple "
        "Special Circumstances' has no verb; the sub-headline's 'D.A. Will Now Seek Death Penalty' is listed (will; "
        "'D.A.' written 'the District Attorney's office', the fullest form the article gives); '(March 20, 2007) --' "
        "is the dateline. 'today convicted' = 2007-03-20 ('jurty' is the text's slip for jury; 'in June, 2005' dates "
        "the murder, what the conviction is for). 'says in a release that the jury found ... guilty' gives the "
        "finding reported by the District Attorney's office; 'It also found true special circumstances ... and that "
        "Orozco personally used a handgun' gives the finding (reported by the release) and its clause's act, the use "
        "of the handgun, reported by the jury (background); the special circumstances' names ('intentionally killed "
        "while performing his duties') are legal categories (not listed). 'was killed June 24, 2005' is agentless, "
        "background, 2005-06-24, its participle 'while investigating a June 20 shooting' sharing the date. Lines 17 "
        "to 25 are one quotation of the D.A.'s release, opened at '\"spotted' and closed after 'recovered.': "
        "nothing in it is listed (spotted, chased, hiding, fired, ran, arrested, recovered), nor the 'says' that "
        "introduces it (a call: the form check sees the marks only on lines 17 and 25, but the quotation runs over "
        "the paragraphs between them, as ecb52dev2's quotation of four paragraphs). 'Orozco was also convicted of the "
        "... attempted murder of a man shot in the back' lists the conviction (undated: the date is the attempted "
        "murder's) and the reduced relative 'shot in the back' that tells the shooting first (agentless, "
        "background, as ecb54dev5's 'set by three teenagers'); 'while doing yard work' a circumstance; 'a shooting "
        "that the jury also determined to be a street crime' lists the jury's finding (a speech act). 'Next week, "
        "the same jury will begin hearing evidence' = the week's Monday, 2007-03-26 (will; 'begin' with its "
        "complement, as ecb54dev5's 'began moving'); 'in which Deputy D.A. Lowell Anger ... will seek the death "
        "penalty' tells the headline's seeking again in a subordinate clause (not listed again). 'was a Lakewood "
        "Award of Valor winner in 2004' is a copula, 'for having faced down an armed carjacker who drew a gun' tells "
        "two acts (background, undated: '2004' is the copula's), 'ending with the death of the carjacker and the "
        "arrest' nouns. 'The murder of Deputy Ortiz prompted an outpouring of emotion' is listed (background); 'where "
        "he was respected', 'This was the scene', 'is the fifth ... Deputy slain', 'is now inscribed' are states and a "
        "caption's copula."), [
        event("Hawaiian Gardens Gangmember Convicted", "Convicted", None, "convict", JLO, sent=HEAD16),
        event("D.A. Will Now Seek Death Penalty", "Seek", DAO, "seek", "Death Penalty", mod="will"),
        event("A Superior Court jurty in Norwalk", "convicted", NJ, "convict", JLO, date="2007-03-20"),
        event("The District Attorney's office says", "found", NJ, "find", JLO, rep=DAO),
        event("It also found true special circumstances", "found", NJ, "find",
              "true special circumstances of murder of a police officer", rep="the D.A.'s release"),
        event("It also found true special circumstances", "used", JLO, "use", "a handgun", rep=NJ, kind=B),
        event("Sheriff Deputy Ortiz, 35", "killed", None, "kill", JO, kind=B, date="2005-06-24"),
        event("Sheriff Deputy Ortiz, 35", "investigating", JO, "investigate",
              "a June 20 shooting in which Orozco was a suspect", kind=B, date="2005-06-24"),
        event("Orozco was also convicted", "convicted", None, "convict", JLO),
        event("Orozco was also convicted", "shot", None, "shoot", "a man", kind=B),
        event("Orozco was also convicted", "determined", NJ, "determine", "a shooting to be a street crime",
              kind=S),
        event("Next week, the same jury", "begin", NJ, "begin", "hearing evidence in the trial's penalty phase",
              mod="will", date="2007-03-26"),
        event("Deputy Ortiz was a Lakewood Award", "faced", JO, "face down", "an armed carjacker", kind=B),
        event("Deputy Ortiz was a Lakewood Award", "drew", "an armed carjacker", "draw",
              "a gun on him and his partner", kind=B),
        event("The murder of Deputy Ortiz prompted", "prompted", "The murder of Deputy Ortiz", "prompt",
              "an outpouring of emotion from the community", kind=B),
    ]),
    "ecb_2_1.txt": (doc(
        "deadline.com, Friday 2013-08-02: Ellen DeGeneres will host the Oscars a second time, with her earlier "
        "hosting of the Oscars, the Emmys and the Grammys (film, television)",
        "The time line is furniture. The headline's 'To Host' is will (ecb52dev's 'Ellen DeGeneres To Host Oscars'). "
        "'just tweeted she will be hosting the Oscars this year' gives the hosting to come reported by her (the "
        "tweet only introduces it); 'this year' resolves to 2013 by the rule (the ceremony is in March 2014, line "
        "29; the expression is the article's). 'It will be her second stint' is a copula; 'after hosting the 2007 "
        "ceremony and earning an Emmy nomination for it' tell two acts first (background, undated: '2007' dates the "
        "noun 'ceremony', ecb54dev5's rule). The tweet's quotation and its 'said on her Twitter feed' are not listed. "
        "'The announcement ... comes just a couple of days after the election of Cheryl Boone Isaacs' relates two "
        "nouns (ecb54dev5's 'comes on the heels of', not listed). 'When she first hosted in 2007' tells the hosting "
        "again in a subordinate clause (not listed again); 'it was noted that DeGeneres also became the first openly "
        "gay or lesbian host' gives the becoming (a change of state, as ecb54dev5's 'becoming only the second woman'; "
        "2007, the when-clause's date; the agentless 'noted' names no reporter). 'was also nominated for an Emmy' "
        "tells the nomination again in a main clause (agentless, listed again). 'hosted the Emmys in November 2001' "
        "(2001-11) and 'after the show was canceled twice' (agentless, undated) are background; 'returned to host the "
        "Emmys in 2005' lists the hosting (ecb53dev4's 'Returns to Host': 'return to' lists its complement), 2005; "
        "'hosted the Grammys in 1996 and 1997' one row, undated (two years, as ecb52dev's 'fronted the Emmys in 2001 "
        "and 2005'). 'Here's the Academy's official release:' is furniture. The release as in ecb53dev4's ecb_2_7: the "
        "hosting to come reported by the producers and their announcement (2013-08-02); 'will be broadcast live on "
        "Oscar Sunday, March 2, 2014' an agentless act to come (will, 2014-03-02; 'on the ABC Television Network' is "
        "no agent). The quotations of Zadan and Meron, DeGeneres and Paul Lee are not listed. 'hosted the 79th Academy "
        "Awards in 2007' (2007) and 'for which she received a Primetime Emmy nomination' (undated) are background."), [
        event("Ellen DeGeneres To Host 86th Oscars", "Host", ED, "host", "86th Oscars", mod="will"),
        event("Ellen DeGeneres just tweeted", "hosting", ED, "host", "the Oscars", mod="will", rep=ED,
              date="2013"),
        event("It will be her second stint", "hosting", ED, "host", "the 2007 ceremony", kind=B),
        event("It will be her second stint", "earning", ED, "earn", "an Emmy nomination for it", kind=B),
        event("When she first hosted in 2007", "became", ED, "become", "the first openly gay or lesbian host",
              kind=B, date="2007"),
        event("Of course DeGeneres, a double-digit", "nominated", None, "nominate", ED, kind=B),
        event("She also famously hosted the Emmys", "hosted", ED, "host", "the Emmys", kind=B, date="2001-11"),
        event("She also famously hosted the Emmys", "canceled", None, "cancel", "the show", kind=B),
        event("She returned to host the Emmys", "host", ED, "host", "the Emmys", kind=B, date="2005"),
        event("She also hosted the Grammys", "hosted", ED, "host", "the Grammys", kind=B),
        event("Television icon Ellen DeGeneres will return", "host", ED, "host", "the Oscars® for a second time",
              mod="will", rep=ZM),
        event("Television icon Ellen DeGeneres will return", "announced", ZM, "announce",
              "Television icon Ellen DeGeneres will return to host the Oscars® for a second time", kind=S,
              date="2013-08-02"),
        event("The Academy Awards® will be broadcast", "broadcast", None, "broadcast", "The Academy Awards®",
              mod="will", date="2014-03-02"),
        event("DeGeneres hosted the 79th Academy Awards", "hosted", ED, "host", "the 79th Academy Awards", kind=B,
              date="2007"),
        event("DeGeneres hosted the 79th Academy Awards", "received", ED, "receive",
              "a Primetime Emmy® nomination", kind=B),
    ]),
    "ecb_19_2.txt": (doc(
        "essence.com, Sunday 2013-03-17: protests and riots in Brooklyn in the week after police shot dead Kimani "
        "Gray, 16; the two officers' earlier lawsuits (US crime, protest)",
        "The first line is the dateline. The headline gives the erupting and the participle 'Killed By Police' that "
        "tells the killing (background, as ecb54dev6's 'region hit by 2004 tsunami'; 'Brooklyn Teen' written 'Kimani "
        "Gray'). 'In the week following the fatal shooting' names no calendar date (undated); 'as the cops involved "
        "have come under scrutiny' is listed ('come under', ecb54dev5's 'after coming under fire'; the cops written "
        "by their names, Mourad Mourad and Jovaniel Cordova). 'Gray was killed on March 9 by police' tells the "
        "killing again in a main clause (listed again, 2013-03-09); 'who claim he pointed a gun ... before they "
        "opened fire' lists the claim (a speech act, as 'allege') and its two acts reported by police. 'An autopsy "
        "shows that Gray was hit' gives the hitting reported by the autopsy (a finding, not a recording; 'fired by "
        "the officers' describes the bullets). 'was found at the scene' is agentless; 'over 50 arrests have been "
        "made' agentless ('Since the shooting' a noun); 'where community members are expressing outrage and "
        "demanding justice' tells acts going on (listed). 'wrote a heartfelt letter describing the teen as ...' lists "
        "the writing and the letter's describing (ecb52dev2's 'a Jan. 21 memo giving'); the letter's quotations and "
        "'the letter read', 'continued' are not listed. 'it's been revealed that both ... have reportedly been named "
        "in five federal lawsuits' gives the agentless naming (no reporter: an unattributed 'reportedly', the "
        "agentless 'revealed'), 'with plaintiffs alleging civil rights violations' the allegation; 'have reportedly "
        "cost the city about $215,000' a figure (not listed). 'In 2009 and 2010' and 'in 2011 and 2012' name two "
        "years each (undated, ecb52dev's 'in 2001 and 2005'); the suits are agentless, 'a stop-and-frisk in which "
        "Mourad and fellow cops pulled down a suspect's underwear' an allegation's content (reported by the "
        "allegations, ecb52dev2's 'allegations that he received'), 'the plaintiff says he was slammed into a car' and "
        "'one plaintiff claiming the cop punched him' reported by the plaintiffs. The earlier acts (the killing, "
        "the suits) are background."), [
        event("Riots Erupt Following Death", "Erupt", "Riots", "erupt", None),
        event("Riots Erupt Following Death", "Killed", "Police", "kill", KG, kind=B),
        event("several protests and riots have erupted", "erupted", "several protests and riots", "erupt", None),
        event("several protests and riots have erupted", "come", MC, "come under", "scrutiny"),
        event("Gray was killed on March 9", "killed", "police", "kill", KG, kind=B, date="2013-03-09", sent=KILLED),
        event("Gray was killed on March 9", "claim", "police", "claim",
              "he pointed a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova before they opened fire", kind=S,
              sent=KILLED),
        event("Gray was killed on March 9", "pointed", KG, "point",
              "a gun at Sgt. Mourad Mourad and Officer Jovaniel Cordova", rep="police", kind=B, sent=KILLED),
        event("Gray was killed on March 9", "opened", MC, "open", "fire", rep="police", kind=B, sent=KILLED),
        event("An autopsy shows that Gray", "hit", "three of the seven bullets fired by the officers", "hit", KG,
              rep="An autopsy", kind=B),
        event("revolver was found at the scene", "found", None, "find", "A loaded .38-caliber revolver"),
        event("over 50 arrests have been made", "made", None, "make", "over 50 arrests"),
        event("over 50 arrests have been made", "expressing", "community members", "express", "outrage", kind=S),
        event("over 50 arrests have been made", "demanding", "community members", "demand", "justice", kind=S),
        event("wrote a heartfelt letter", "wrote", "Matthew Willoughby", "write", "a heartfelt letter"),
        event("wrote a heartfelt letter", "describing", "a heartfelt letter", "describe",
              "the teen as a hard-working student who was committed to his academics", kind=S),
        event("it's been revealed that both", "named", None, "name", MC, kind=B),
        event("it's been revealed that both", "alleging", "plaintiffs", "allege", "civil rights violations", kind=S),
        event("Mourad was sued three times", "sued", None, "sue", "Mourad Mourad", kind=B),
        event("Mourad was sued three times", "pulled", "Mourad Mourad and fellow cops", "pull down",
              "a suspect's underwear", rep="allegations", kind=B),
        event("Mourad was sued three times", "slammed", None, "slam", "the plaintiff into a car", rep="the plaintiff",
              kind=B),
        event("Cordova was sued in 2011", "sued", None, "sue", "Jovaniel Cordova", kind=B),
        event("Cordova was sued in 2011", "claiming", "one plaintiff", "claim", "the cop punched him in the eye",
              kind=S),
        event("Cordova was sued in 2011", "punched", "Jovaniel Cordova", "punch", "him in the eye",
              rep="one plaintiff", kind=B),
    ]),
    "ecb_41_10.txt": (doc(
        "usatoday30.usatoday.com (no date in the manifest): Sudanese aircraft bomb the Yida refugee camp in South "
        "Sudan, and South Sudan's president warns of an invasion (conflict)",
        "published is null, so nothing is dated ('Thursday', 'four months ago', 'in July' name no year; 'from "
        "1983-2005' dates the noun 'the latest war'). The headline's 'warns' (a speech act) and 'bombs' are listed "
        "(the bombing's first telling, in the after-clause). 'crossed ... and dropped bombs Thursday ..., officials "
        "said' gives two acts reported by the officials; 'a camp filled with refugees' a state. 'A government official "
        "initially reported deaths' is a speech act with a noun object (ecb54dev5's 'confirmed her death'); 'an "
        "American activist who spoke to aid workers at the camp' is Ryan Boyette of line 23 (the same account: he "
        "'talked to five aid workers in the Yida camp', who said there were no casualties), written by that name; his "
        "'said there were no casualties' holds a state. 'came one day after' relates (blind48); 'bombings were "
        "reported in another region' is an agentless speech act (ecb53dev3's 'Targeted attacks ... had already been "
        "reported'), 'an attack that provoked strong condemnation' a relative that tells an act (background). 'which "
        "became the world's newest country' is background (told again in line 19's main clause, listed again); 'said "
        "he fears the Khartoum-based government intends to invade' gives the fear (a stance, as ecb54dev5's 'said he "
        "believes'), its content an intention (a plan, not listed). Salva Kiir's quotations and 'He later added:' are "
        "not listed; 'There was no immediate comment' is an existential, 'there have been lingering disputes' too. "
        "'battled two civil wars over more than five decades' is listed (a series of acts, as ecb52dev2's 'a lengthy "
        "string of victories'), 'some 2 million died' and 'A peace deal ended the war' too (background). 'who lives in "
        "Sudan' and 'who is now leading a team' are states; 'said he talked to five aid workers' gives the talking "
        "(told again in a main clause of the said, listed again), 'all of whom said that four bombs were dropped but "
        "that they caused no casualties' the agentless dropping and the negated causing, reported by the aid "
        "workers."), [
        event("South Sudan warns of war", "warns", "South Sudan", "warn", "of war", kind=S),
        event("South Sudan warns of war", "bombs", "Sudan", "bomb", "refugee camp"),
        event("Military aircraft from Sudan crossed", "crossed", "Military aircraft from Sudan", "cross",
              "the new international border with South Sudan", rep="officials"),
        event("Military aircraft from Sudan crossed", "dropped", "Military aircraft from Sudan", "drop",
              "bombs in and around a camp filled with refugees", rep="officials"),
        event("A government official initially reported", "reported", "A government official", "report", "deaths",
              kind=S),
        event("A government official initially reported", "spoke", RB, "speak", "to aid workers at the camp",
              kind=S),
        event("The violence in and near the Yida", "reported", None, "report",
              "bombings in another region of South Sudan", kind=S),
        event("The violence in and near the Yida", "provoked", "an attack", "provoke",
              "strong condemnation from the U.S. State Department", kind=B),
        event("The president of South Sudan, which became", "became", "South Sudan", "become",
              "the world's newest country", kind=B),
        event("The president of South Sudan, which became", "fears", SK, "fear",
              "the Khartoum-based government intends to invade the south soon", kind=ST),
        event("The black African tribes of South Sudan", "battled",
              "The black African tribes of South Sudan and the mainly Arab north", "battle", "two civil wars", kind=B),
        event("The black African tribes of South Sudan", "died", "some 2 million", "die", None, kind=B),
        event("A peace deal ended the war", "ended", "A peace deal", "end", "the war", kind=B),
        event("A peace deal ended the war", "became", "South Sudan", "become", "its own country", kind=B),
        event("Ryan Boyette, a former aid worker", "talked", RB, "talk", "to five aid workers in the Yida camp",
              rep=RB, kind=S),
        event("Ryan Boyette, a former aid worker", "dropped", None, "drop", "four bombs", rep=AW),
        event("Ryan Boyette, a former aid worker", "caused", "four bombs", "cause", "casualties", neg=True, rep=AW),
    ]),
    "ecb_7_6.txt": (doc(
        "espn.co.uk, Saturday 2012-07-07: Wladimir Klitschko stops Tony Thompson in the sixth round in Bern to keep "
        "his heavyweight titles (boxing)",
        "The fight is the one ecb52dev's ecb_7_10, ecb53dev3's ecb_7_5 and ecb55dev8's ecb_7_2 tell; their calls are "
        "followed. 'July 7, 2012' is furniture. 'retained ... on Saturday' = 2012-07-07; 'stopped the 40-year-old "
        "Thompson' is undated (narration) and its 'to retain his collection of titles' a result infinitive (listed, "
        "as ecb52dev's 'to retain'). 'In 2008, last time the pair met' tells the first fight (a relative of the time, "
        "background, 2008), 'the bout went 11 rounds' a duration (a figure, not listed), 'before the Ukrainian emerged "
        "triumphant' the win (background, 2008). 'dumped Thompson onto the canvas' is listed; 'it was simply a matter "
        "of time' the writer's framing, its 'before referee Sam Williams stopped matters' the referee's stopping "
        "(ecb52dev's 'before stopping the fight'). 'The decisive moment came' characterises (not listed); 'the same "
        "punch again bringing Thompson to his knees' and 'despite beating the count' are acts (ecb53dev3's 'That "
        "Thompson got up'); 'was clearly too unsteady to continue' a state. 'who could face Tyson Fury' a possibility "
        "(not listed), 'after being called out by the British-Irish fighter' the challenge (a speech act, "
        "background); 'improves to a career record of 58 wins' a record's change (ecb55dev8's 'improved to 58-3')."), [
        event("Klitschko stops Thompson in regulation", "stops", WK, "stop", TT),
        event("Wladimir Klitschko retained his IBF", "retained", WK, "retain",
              "his IBF, WBO, WBA & IBO heavyweight world titles", date="2012-07-07"),
        event("Klitschko, 36, stopped", "stopped", WK, "stop", TT),
        event("Klitschko, 36, stopped", "retain", WK, "retain", "his collection of titles"),
        event("In 2008, last time the pair met", "met", "Wladimir Klitschko and Tony Thompson", "meet", None,
              kind=B, date="2008"),
        event("In 2008, last time the pair met", "emerged", WK, "emerge", "triumphant", kind=B, date="2008"),
        event("Klitschko dumped Thompson", "dumped", WK, "dump", "Tony Thompson onto the canvas"),
        event("Klitschko dumped Thompson", "stopped", SW, "stop", "matters"),
        event("The decisive moment came", "bringing", "the same punch", "bring", "Tony Thompson to his knees"),
        event("The decisive moment came", "beating", TT, "beat", "the count"),
        event("who could face Tyson Fury", "called", "Tyson Fury", "call out", WK, kind=S),
        event("who could face Tyson Fury", "improves", WK, "improve",
              "to a career record of 58 wins and three defeats"),
    ]),
    "ecb_33_8.txt": (doc(
        "brooklyn.news12.com, Tuesday 2013-04-16: prosecutors release new video in the trial of the two men accused "
        "of killing Zurana Horton (US courts, crime)",
        "The trial is the one ecb52test's ecb_33_6, ecb53dev3's ecb_33_9 and ecb55dev8's ecb_33_2 tell. 'Published: "
        "...' is furniture. The headline's and the lead's 'release' are listed (undated); 'two men accused of killing "
        "a Brownsville mother of 12 in Oct. 2011' describes the men (a participle modifier, ecb53dev3). 'The video "
        "shows Zurana Horton falling ... in the moments after gunfire erupted' is what a recording shows (not listed, "
        "ecb55dev8; the after-clause places the scene shown). 'Witnesses say Horton died trying to shield several "
        "students' gives the death and the attempt reported by the witnesses. 'Authorities have charged' is listed "
        "(what the charge is for not)."), [
        event("Prosecutors release new video", "release", "Prosecutors", "release",
              "new video in shooting trial of Brownsville mother of 12, Zurana Horton"),
        event("Prosecutors have released new video", "released", "Prosecutors", "release",
              "new video in the trial of two men accused of killing a Brownsville mother of 12"),
        event("Witnesses say Horton died", "died", ZH, "die", None, rep="Witnesses"),
        event("Witnesses say Horton died", "trying", ZH, "try", "to shield several students", rep="Witnesses"),
        event("Authorities have charged", "charged", "Authorities", "charge", "Andrew Lopez and Jonathan Carrasquillo"),
    ]),
    "ecb_35_3.txt": (doc(
        "utsandiego.com, Wednesday 2009-02-04: the Chargers' Jamal Williams arrested on suspicion of drunken driving, "
        "the team's second such arrest in four weeks, and the Safe Ride program it helped start (sport, crime)",
        "The headline and the sub-headline have no verb of an act ('has program' a state). '2 A.M. FEB. 4, 2009' is "
        "furniture. 'Two years ago, the Chargers won an NFL special award' = 2007 (background), 'for helping start a "
        "San Diego program' an act (background, ecb55dev8's 'for fatally shooting'); 'can call' an ability. 'was among "
        "the co-founders' a copula, 'that since has been expanded to other NFL cities' an agentless relative that "
        "tells an act. 'the drinking and driving problem hasn't been eradicated' is the writer's judgement of a "
        "lasting state (not listed). 'Sunday, ... a Chargers player was pulled over ... and arrested' = 2009-02-01 "
        "for both verbs (the fronted 'Sunday' governs the coordination; 'a Chargers player' written 'Jamal "
        "Williams'). A.J. Smith's quotations and 'said ... in a news release issued by the team yesterday' are not "
        "listed ('issued' describes the release); 'Smith's statement served as the only comment' is a copula. 'A "
        "request ... was declined by a spokesman' is a speech act. 'are still awaiting' a state; 'arrested Jan. 6' a "
        "participle that tells Vincent Jackson's arrest (background, 2009-01-06); 'also facing charges' and 'has an "
        "arraignment set for Feb. 17' states (a possession, not the passive 'is set for' of events-dev6). 'was stopped "
        "for speeding ... Sunday' = 2009-02-01 (what the stop is for not listed); 'Arrested by the CHP' tells the "
        "arrest again in a subordinate participle (not listed again), 'was booked' and 'later released on bond' are "
        "agentless (undated). 'Results ... have not been released' a negated agentless act. Pat Hodgkin's and Gary "
        "Lawrence's quotations are not listed, nor 'noting that roughly 13,000 DUI convictions are issued every year' "
        "(a figure and a habit). 'The Chargers were involved in one of the most publicized ... instances' is a "
        "relation (not listed); Steve Foley's shooting (turned back), 'who followed Foley', 'his career ended by the "
        "bullet wounds' and 'later pleaded guilty' are background, undated ('in 2006' is the sentence before's). "
        "'It was that case that prompted Gary Lawrence ... to ally with the Chargers' lists the prompting and the "
        "allying (ecb54dev5's 'forcing many office workers to evacuate'); 'would call' a habit of the program. "
        "'declined to discuss' is a speech act ('Citing his company's confidentiality agreement' gives its reason). "
        "'has grown to include clients' and '(has been) put to work by other NFL franchises' are listed; 'the league "
        "gave the Chargers its Winston-Shell Award in 2007' tells the award again in a main clause (listed again, "
        "2007; 'the league' written 'the NFL'), its quoted reason not listed."), [
        event("Two years ago, the Chargers won", "won", CH, "win", "an NFL special award", kind=B, date="2007"),
        event("Two years ago, the Chargers won", "helping", CH, "help",
              "start a San Diego program by which players who've been imbibing can call a private number for a ride "
              "home", kind=B),
        event("that since has been expanded", "expanded", None, "expand", "the “Safe Ride Solutions” program"),
        event("a Chargers player was pulled over", "pulled", None, "pull over", JW, date="2009-02-01"),
        event("a Chargers player was pulled over", "arrested", None, "arrest", JW, date="2009-02-01"),
        event("A request to interview club President", "declined", "a spokesman", "decline",
              "A request to interview club President Dean Spanos", kind=S),
        event("the Chargers are still awaiting", "arrested", None, "arrest", VJ, kind=B, date="2009-01-06"),
        event("Williams, a three-time Pro Bowl nose tackle", "stopped", None, "stop", JW, date="2009-02-01"),
        event("Arrested by the CHP", "booked", None, "book", "Jamal Williams into county jail"),
        event("Arrested by the CHP", "released", None, "release", "Jamal Williams on bond"),
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
        event("Lawrence declined to discuss", "declined", GL, "decline",
              "to discuss anything specific pertaining to the Chargers and their players", kind=S),
        event("the business has grown", "grown", "the business", "grow",
              "to include clients from other high-profile realms"),
        event("the business has grown", "put", "other NFL franchises", "put to work", "the business"),
        event("In recognition of the program", "gave", "the NFL", "give", "the Chargers its Winston-Shell Award",
              kind=B, date="2007"),
    ]),
    "ecb_20_1.txt": (doc(
        "news.bbc.co.uk, Monday 2005-11-28: an earthquake on Qeshm island in southern Iran kills at least ten people "
        "(a disaster)",
        "The quake is the one ecb52dev2's ecb_20_5, ecb54dev5's ecb_20_8 and ecb55dev8's ecb_20_7 tell; their calls "
        "are followed. 'Last Updated: ...' is furniture; the headline 'Ten dead in southern Iran quake' has no verb. "
        "'has hit southern Iran, killing ..., injuring ... and damaging ..., officials say' gives four rows reported "
        "by the officials (undated: no clause names a date; 'Sunday's quake' later is a noun). 'struck ..., state "
        "media said' and 'had been damaged, officials said' are reported; 'which struck at 1353' tells the strike "
        "again in a relative (not listed again), 'was felt' is agentless (ecb55dev8). 'Iran sits in a volatile "
        "earthquake region and is regularly struck' a standing fact and a habit. 'killed more than 26,000 people ... "
        "in December 2003' background (2003-12). \"'We panicked'\" is a quoted sub-heading. 'The US Geological "
        "Survey put the epicentre' is an estimate (a speech act, as ecb52dev's 'the USGS estimated'). The "
        "governor's 'said five villages had been badly hit' gives the agentless hitting ('appeared to be' a state); "
        "'Helicopters ferried the injured' is listed, 'the authorities say the rescue effort is now winding down' a "
        "change going on (listed, reported by them). 'told the AFP news agency he was not expecting the death toll to "
        "rise' is a stance told (listed as the telling, ecb56dev9's 'Mahnefah Gray told NY1 she doubted'). 'Frances "
        "Harrison ... says in one incident a number of children suffered broken legs as they rushed to evacuate' "
        "gives two acts reported by her; 'The initial tremor lasted just over 10 seconds' a duration, 'there have "
        "been at least four aftershocks' an existential. Qeshm's description is states. 'officials say they are "
        "sending relief goods' is reported by them ('who have lost their homes' picks out the recipients). The "
        "woman's quotation and 'told AFP' are not listed. 'There were reports of people fleeing buildings' gives the "
        "fleeing reported by the reports (a noun's content, ecb52dev2's 'a report of a report'). 'has not been hit "
        "by a quake in more than 25 years' is a state over years. 'hit the town of Zarand ... in February, killing "
        "hundreds' is background, 2005-02 (the February before the publication), its participle sharing it."), [
        event("A powerful earthquake has hit", "hit", PQ, "hit", "southern Iran", rep="officials"),
        event("A powerful earthquake has hit", "killing", PQ, "kill", "at least 10 people", rep="officials"),
        event("A powerful earthquake has hit", "injuring", PQ, "injure", "dozens more", rep="officials"),
        event("A powerful earthquake has hit", "damaging", PQ, "damage", "several villages", rep="officials"),
        event("The 6.1-magnitude quake struck", "struck", "The 6.1-magnitude quake", "strike",
              "Qeshm island and the city of Bandar Abbas", rep="state media"),
        event("On Qeshm island, between half", "damaged", None, "damage",
              "between half and two-thirds of homes in five villages", rep="officials"),
        event("The quake, which struck at 1353", "felt", None, "feel", "The quake"),
        event("A 6.7-strength quake killed", "killed", "A 6.7-strength quake", "kill",
              "more than 26,000 people in the ancient city of Bam", kind=B, date="2003-12"),
        event("The US Geological Survey put", "put", "The US Geological Survey", "put",
              "the epicentre of Sunday's quake at about 58km (36 miles) south-west of Bandar Abbas", kind=S),
        event("Heydar Alishbandi, Governor of Qeshm", "hit", None, "hit", "five villages", rep=HA),
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
        event("There were reports of people fleeing", "fleeing", "people", "flee",
              "buildings in the larger city of Bandar Abbas", rep="reports"),
        event("A 6.4-magnitude quake hit", "hit", "A 6.4-magnitude quake", "hit",
              "the town of Zarand in Iran's Kerman province", kind=B, date="2005-02"),
        event("A 6.4-magnitude quake hit", "killing", "A 6.4-magnitude quake", "kill", "hundreds of people", kind=B,
              date="2005-02"),
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
