"""Round ecb52-test: a blind event gold on real news of other publishers (ten articles of the ECB+ corpus, the ``test``
half of ``bench/audit/ecb52/corpus/MANIFEST.tsv``), written to ``tests/data/gold/ecb-events-test``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run on
them, in the conventions of the event golds (``tests/data/gold/README.md``, its "States and acts" section;
``bench/audit/blind48/README.md`` and ``bench/audit/pud49/README-pud49dev.md``, Method; the ``about`` fields of
events-dev3 … dev37, ``pud-events-dev`` and ``ewt-events-dev``); the calls are in each article's ``about``. Offsets
and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb52/make_gold_ecb52test.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen, LREC 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test"
SCRIPT = "bench/audit/ecb52/make_gold_ecb52test.py"
ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"

# Said once here rather than in every file (as pud49dev's COMMON): a bare "said"/"says"/"wrote"/"told" that introduces
# a quotation, and everything inside quotation marks, is not listed; a said-like verb ("told", "noted", "has said")
# whose clause holds only a state is not listed (events-dev34's Flynn "said there was", pud49dev's "The company told
# the BBC it would be"), while "confirm", "reveal", "claim", "insist", "argue" are; headlines are sentences of their
# own, listed when they tell an act (ewt-events-dev's 'Key Delhi blast suspect arrested'); datelines, bylines and
# time stamps are furniture.
UNDATED = ("The manifest gives no publication date (published null), so an event is dated only where its clause names a "
           "full date or a year by itself.")
DATED = "Dates resolved from the publication date {day} ({weekday}); an event with no date expression in its own clause is undated."


def doc(outlet: str, summary: str, calls: str, day: str | None = None, weekday: str = "") -> str:
    when = DATED.format(day=day, weekday=weekday) if day else UNDATED
    return f"ECB+ news article, {outlet}: {summary}. {when} {calls}"


A, S, ST, B = "action", "speech act", "stance", "background"

DOCS = {
    "ecb_6_5.txt": (doc("The Hollywood Reporter (hollywoodreporter.com), 2012", "the director Gary Ross in a tough "
        "negotiation with Lionsgate over a Hunger Games sequel (film business)",
        "The dateline '4 / 4 / 2012' is not read by the corpus's date rule (the manifest's date is empty), so nothing "
        "is dated ('a November 2013 release' is a noun's date, not the booking's). 'the director isn't locked up' and "
        "'Ross is not signed for a sequel' are stative passives (contract states, not listed); 'Lionsgate could pull "
        "a ... switcheroo' is a possible act (could); 'the question is whether ... Gary Ross will return' an open "
        "question (not asserted, not listed). 'He ended up taking ... $3 million' lists 'end up' with its complement "
        "as object (the golds' aspect verbs, 'began to stab people'; pud49dev's kind 19), background (the first "
        "film's deal). 'would like a significant raise' is a stance reported by the sources (as ewt-events-dev's "
        "'would like to see'); 'Lionsgate didn't kick off negotiations ... until about three weeks before' is listed "
        "as written, negated (as pud49dev's 'did not occur due to some sort of compulsion'), reported by the sources; "
        "'has yet to revise' is a negated act (events-dev35's 'has yet to concede'); 'is in a rush to start' a "
        "state; 'Fox might upset Lionsgate's plan by exercising its option' gives both acts (might; a gerund after "
        "'by' tells the means); 'Fox's option would trump Lionsgate's hold' a relation of priority (not listed, as "
        "pud49dev's ranking); 'directors have been seen as fungible' a standing judgement; Warner Bros.'s and "
        "Summit's earlier choices are background ('did not invite Catherine Hardwicke back' negated); 'now run "
        "Lionsgate's film division' a tenure; 'will argue' and 'will contend' are future speech acts whose contents "
        "are comparisons, predictions and a conditional ability (not listed); 'bi-gender story line appeals to a "
        "wider audience' and 'It's always striking when' are generalities; 'sources ... are betting that Ross will "
        "return' is a stance with its content as object (as events-dev17's 'believe the theft involved'); the last "
        "two paragraphs are a source's quotation."), [
        event("Lionsgate could pull", "pull", "Lionsgate", "pull", 'a "Twilight" - style switcheroo over money',
              mod="could"),
        event("He ended up taking", "ended", "Gary Ross", "end up",
              "taking a relatively low $3 million to write (with Billy Ray and novelist Suzanne Collins) and direct",
              kind=B),
        event("he will collect", "collect", "Gary Ross", "collect", "a very remunerative 5 percent of backend",
              mod="will"),
        event("would like a significant raise", "like", "Gary Ross", "like",
              "a significant raise for a second Hunger Games", rep="Sources", kind=ST),
        event("Lionsgate didn't kick off negotiations", "kick", "Lionsgate", "kick off", "negotiations with him",
              neg=True, rep="Sources"),
        event("that Ross has yet to revise", "revise", "Gary Ross", "revise", "a script from Simon Beaufoy", neg=True),
        event("Fox might upset", "upset", "Fox", "upset", "Lionsgate's plan", mod="might"),
        event("by exercising its option", "exercising", "Fox", "exercise", "its option on Lawrence", mod="might"),
        event("Lionsgate already has booked", "booked", "Lionsgate", "book",
              "a November 2013 release for Hunger Games: Catching Fire"),
        event("Warner Bros. entrusted", "entrusted", "Warner Bros.", "entrust",
              "the first two Harry Potter films to Chris Columbus", kind=B),
        event("before employing a host", "employing", "Warner Bros.", "employ", "a host of other filmmakers", kind=B),
        event("Summit memorably did not invite", "invite", "Summit", "invite back", "Catherine Hardwicke", neg=True,
              kind=B),
        event("But Ross will argue", "argue", "Gary Ross", "argue",
              "that his film was much better received than any in the Twilight series", mod="will", kind=S),
        event("He'll contend", "contend", "Gary Ross", "contend",
              "that the movie will play longer and stronger in theaters and that he could direct his pick of other "
              "movies should Lionsgate refuse to pony up", mod="will", kind=S),
        event("are betting that Ross will return", "betting", "sources involved with the franchise", "bet",
              "that Ross will return", kind=ST),
    ]),
    "ecb_39_6.txt": (doc("E! Online UK (uk.eonline.com)", "Peter Capaldi is revealed as the twelfth Doctor Who (television)",
        "'Doctor Who Revealed:' is a rubric and 'Meet your new Time Lord!' speaks to the reader (neither listed); the "
        "headline's 'Peter Capaldi Cast as the 12th Time Lord' is an agentless act. 'Doctor Who has finally selected "
        "its 12th doctor' is the writer's; 'is officially set to replace' gives the replacing with modality will "
        "(events-dev6's 'is set to be replaced'), reported by Steven Moffat, whose announcement is dated by its "
        "'Sunday' (the publication day). 'isn't a stranger' and 'Well known for' are states; his roles are "
        "background, a career's roles listed as blind48's 'acted in television soap operas' ('appeared ... in 2008', "
        "'had a major role on Torchwood', 'was recently seen in Brad Pitt's World War Z', an agentless passive whose "
        "sense is an appearance). The quotations of Capaldi, Smith and BBCOne and the verbs that only introduce them "
        "('said in a videotaped message', 'promoted on Twitter', 'wrote on BBC's Doctor Who website') are not "
        "listed. 'with BBC even promoting the announcement' is a 'with' absolute that tells a speech act (as "
        "ewt-events-dev's 'with John Roberts abstaining'); its noun's clause 'that an announcement would be made' "
        "tells the reveal again (not listed again, blind47's rule). 'Smith had played the iconic role since 2010' is "
        "a tenure (not listed); 'shocked fans when he announced his ... departure ... in June' gives both acts, dated "
        "2013-06 by the time clause's 'in June'. 'which all air in November' tells a scheduled act (modality will, as "
        "a plan; 2013-11); 'is set to be Smith's last official outing' a copula; 'it's been revealed' is an agentless "
        "speech act and its content 'he will also make an appearance' is listed with the light verb's lemma "
        "('make', as wikinews-events-val's 'made an arrangement').", "2013-08-04", "Sunday"), [
        event("Peter Capaldi Cast as", "Cast", None, "cast", "Peter Capaldi as the 12th Time Lord"),
        event("Doctor Who has finally selected", "selected", "Doctor Who", "select", "its 12th doctor"),
        event("is officially set to replace", "replace", "Peter Capaldi", "replace",
              "exiting star Matt Smith as the TARDIS leader", mod="will", rep="Steven Moffat"),
        event("producer Steven Moffat announced", "announced", "Steven Moffat", "announce",
              "Peter Capaldi is officially set to replace exiting star Matt Smith as the TARDIS leader", kind=S,
              date="2013-08-04"),
        event("He appeared opposite David Tennant", "appeared", "Peter Capaldi", "appear",
              "opposite David Tennant in The Fires of Pompeii as Caecilius", kind=B, date="2008"),
        event("had a major role on Torchwood", "had", "Peter Capaldi", "have",
              "a major role on Torchwood: Children of Earth", kind=B),
        event("Capaldi was recently seen", "seen", None, "see", "Peter Capaldi in Brad Pitt's World War Z", kind=B),
        event("with BBC even promoting", "promoting", "BBC", "promote",
              "the announcement that an announcement would be made", kind=S),
        event("shocked fans when", "shocked", "Matt Smith", "shock", "fans", kind=B, date="2013-06"),
        event("when he announced his his departure", "announced", "Matt Smith", "announce",
              "his departure from the series", kind=S, date="2013-06"),
        event("which all air in November", "air", "The series' 50th anniversary special", "air", None, mod="will",
              date="2013-11"),
        event("it's been revealed that", "revealed", None, "reveal",
              "that he will also make an appearance in the Christmas special", kind=S),
        event("he will also make an appearance", "make", "Matt Smith", "make", "an appearance in the Christmas special",
              mod="will"),
    ]),
    "ecb_1_19.txt": (doc("Us Weekly (usmagazine.com), 2013", "Lindsay Lohan checks into the Betty Ford Center and "
        "rehires her attorney (celebrity news)",
        "The dateline 'MAY 3, 2013 AT 1: 10PM' is in capitals, which the corpus's date rule does not read (the "
        "manifest's date is empty), so 'on Thursday, May 2' (no year) is undated and only 'in 2010' dates an act. "
        "The headline tells two acts; 'The 26-year troubled starlet' is Lindsay Lohan (the fullest name the article "
        "gives). 'avoided jail time by checking into a second rehab center' gives both acts (a gerund after 'by'); "
        "'following her quick exit' is a noun. 'confirmed to the The Associated Press that Lohan has checked into' is "
        "a speech act and its content is listed, reported by Terry White (as events-dev14's 'announced that she would be launching'); 'A "
        "source tells The Associated Press that ... is now receiving treatment' lists the telling (a speech act with "
        "an act as its content, as ewt-events-dev's 'Abbas told supporters of the ruling Fatah party') and the treatment reported by "
        "the source; 'where she has spent time before' is a past stay (a term, as blind48's tenures: not listed). "
        "'caused a stir ... after she checked out of Morningside Recovery' gives both acts, and 'risking jail time' "
        "a participle that tells a consequence (as events-dev37's 'leading to encephalitis'). 'Now that Lohan is back' "
        "is a copula; 'has also decided to rehire' is one act, the decision (as events-dev34's 'voted to lift it'); "
        "'who had been at her side' a state. 'was accused of attacking a female staffer' lists the agentless "
        "accusation and its content with no reporter (events-dev3's 'is accused of crossing state lines and "
        "shooting'), dated 2010 by the 'During ... in 2010' of its clause; 'but she was not charged' is a negated "
        "agentless act (no date of its own)."), [
        event("Lindsay Lohan Checks Into", "Checks", "Lindsay Lohan", "check into", "Betty Ford Clinic"),
        event("Rehires Attorney", "Rehires", "Lindsay Lohan", "rehire", "Attorney Shawn Holley"),
        event("narrowly avoided jail time", "avoided", "Lindsay Lohan", "avoid", "jail time"),
        event("by checking into a second rehab center", "checking", "Lindsay Lohan", "check into",
              "a second rehab center"),
        event("Terry White confirmed", "confirmed", "Terry White", "confirm",
              "that Lohan has checked into an approved rehab facility", kind=S),
        event("Lohan has checked into an approved", "checked", "Lindsay Lohan", "check into",
              "an approved rehab facility", rep="Terry White"),
        event("A source tells The Associated Press", "tells", "A source", "tell", "The Associated Press", kind=S),
        event("is now receiving treatment", "receiving", "Lindsay Lohan", "receive",
              "treatment at the Betty Ford Center in Rancho Mirage", rep="A source"),
        event("Lohan caused a stir", "caused", "Lindsay Lohan", "cause", "a stir"),
        event("she checked out of Morningside", "checked", "Lindsay Lohan", "check out", "of Morningside Recovery"),
        event("risking jail time with", "risking", "Lindsay Lohan", "risk", "jail time with a probation violation"),
        event("she has also decided to rehire", "decided", "Lindsay Lohan", "decide",
              "to rehire her former attorney Shawn Holley"),
        event("Lohan was accused of attacking", "accused", None, "accuse", "Lindsay Lohan", kind=S, date="2010"),
        event("Lohan was accused of attacking", "attacking", "Lindsay Lohan", "attack", "a female staffer",
              kind=B, date="2010"),
        event("but she was not charged", "charged", None, "charge", "Lindsay Lohan", neg=True, kind=B),
    ]),
    "ecb_19_3.txt": (doc("New York Daily News (nydailynews.com), 2013", "protesters battle police in East Flatbush, "
        "Brooklyn, on the third night after police shot the 16-year-old Kimani Gray (crime and protest)",
        "The 'PUBLISHED: WEDNESDAY, MARCH 13, 2013' line is in capitals, which the corpus's date rule does not read "
        "(the manifest's date is empty): 'Wednesday', 'Tuesday', 'Saturday night' and 'last year' are undated, and "
        "the PUBLISHED and UPDATED lines are furniture. The headline and the two sentences of the deck are sentences "
        "of their own; the lead's acts told again in the article's main clauses ('were arrested', 'Police struggled "
        "to control a ... crowd that broke away') are listed again (events-dev29's 'erupted'). The headline's 'it's "
        "revealed that ... Kimani Gray was shot' gives an agentless speech act and its agentless content; 'killed by "
        "police on Saturday night' is a participle that tells the killing (background); later 'when he was shot' and "
        "'when they opened fire' tell it again in subordinate clauses (not listed again, blind47's rule), as does 'in "
        "what order the shots struck the teen'. "
        "'Gray's sister Mahnefeh was among those arrested' lists her agentless arrest (as blind48's 'protesters who "
        "were arrested'). 'NYPD spokesman Paul Browne said' reports the officer's gash, the brick's hit and, after it, "
        "the smashed window (a judgement: the clause continues his account). 'as police on motorcycles tracked "
        "alongside him' is a time clause with an act of its own. 'contest police allegations that Gray pointed a gun' "
        "gives the contest (a speech act) and the allegations' content reported by the police (as blind48's kind 26, "
        "a clause of a noun). 'A witness told the Daily News ... that the youth did not have a gun' and 'the witness "
        "told detectives she couldn't see the incident clearly' hold only states (not listed); the cousin's telling "
        "is listed for 'was trying to alert cops' ('was carrying a gun for a friend' is possession, a state, as 'did "
        "not have a gun'), and 'who identified herself as Gray's cousin' is a speech act. 'things quickly got out of "
        "hand' is a change of state (the gold README's 'a state is an event when it begins'); 'Dozens chanted \"...\"' is a speech act "
        "(a chant is the protest's act, not a said); 'were waiting' and 'who owns the Deli' are states; 'Williams "
        "fumed on Twitter' only introduces a quotation; 'outsiders who he said escalated tensions' carries his "
        "report."), [
        event("Enraged protesters battle cops", "battle", "Enraged protesters", "battle", "cops in Brooklyn streets"),
        event("after it's revealed that", "revealed", None, "reveal",
              "that 16-year-old Kimani Gray was shot in the back", kind=S),
        event("Kimani Gray was shot in the back", "shot", None, "shoot", "Kimani Gray"),
        event("angry teens erupted in East Flatbush", "erupted", "fights between cops and angry teens", "erupt", None),
        event("46 were arrested Wednesday night", "arrested", None, "arrest", "46"),
        event("Police struggled to control a furious crowd", "struggled", "Police", "struggle",
              "to control a furious crowd"),
        event("a furious crowd that broke away", "broke", "a furious crowd", "break away",
              "from a planned peaceful vigil"),
        event("poured into Brooklyn streets", "poured", "Protesters", "pour",
              "into Brooklyn streets for a third straight night"),
        event("pitching bricks, bottles and garbage", "pitching", "Protesters", "pitch",
              "bricks, bottles and garbage"),
        event("At least 46 demonstrators were arrested", "arrested", None, "arrest", "At least 46 demonstrators"),
        event("Police struggled to control a hostile crowd", "struggled", "Police", "struggle",
              "to control a hostile crowd"),
        event("a hostile crowd that broke away", "broke", "a hostile crowd", "break away",
              "from a planned peaceful vigil for Kimani (Kiki) Gray"),
        event("killed by police on Saturday night", "killed", "police", "kill", "Kimani Gray", kind=B),
        event("was among those arrested", "arrested", None, "arrest", "Gray’s sister Mahnefeh"),
        event("A police officer suffered a gash", "suffered", "A police officer", "suffer", "a gash in the face",
              rep="Paul Browne"),
        event("when a tossed brick hit him", "hit", "a tossed brick", "hit", "A police officer", rep="Paul Browne"),
        event("a window was smashed", "smashed", None, "smash", "a window in an inspector’s car", rep="Paul Browne"),
        event("police on motorcycles tracked", "tracked", "police on motorcycles", "track", "alongside Makaeo Williams"),
        event("Many in the community contest", "contest", "Many in the community", "contest",
              "police allegations that Gray pointed a gun at cops", kind=S),
        event("Gray pointed a gun at cops", "pointed", "Kimani Gray", "point", "a gun at cops", rep="police"),
        event("Those suspicions on the street intensified", "intensified", "Those suspicions on the street",
              "intensify", None),
        event("an autopsy report revealed", "revealed", "an autopsy report", "reveal",
              "Gray was hit by seven bullets", kind=S),
        event("Gray was hit by seven bullets", "hit", "seven bullets", "hit", "Kimani Gray", rep="an autopsy report"),
        event("who identified herself as", "identified", "A woman who identified herself as Gray’s cousin", "identify",
              "herself as Gray’s cousin", kind=S),
        event("told news outlets Wednesday", "told", "A woman who identified herself as Gray’s cousin", "tell",
              "news outlets", kind=S),
        event("was trying to alert cops", "trying", "Kimani Gray", "try", "to alert cops that he had a weapon",
              rep="A woman who identified herself as Gray’s cousin"),
        event("revolver was recovered at the scene", "recovered", None, "recover", "A loaded. 38-caliber revolver"),
        event("The trouble Wednesday night began", "began", "The trouble", "begin", None),
        event("more than 200 people set off", "set", "more than 200 people", "set off",
              "from the vigil site at Church Ave. and E. 55th St."),
        event("Dozens chanted", "chanted", "Dozens", "chant", "“NYPD, KKK, how many kids did you kill today”", kind=S),
        event("as they marched west", "marched", "Dozens", "march",
              "west on Church Ave. toward the 67th Precinct stationhouse"),
        event("things quickly got out of hand", "got", "things", "get", "out of hand"),
        event("some protesters tried to climb", "tried", "some protesters", "try", "to climb on police motorcycles"),
        event("Men and women were pepper-sprayed", "pepper-sprayed", None, "pepper-spray", "Men and women"),
        event("and thrown to the ground", "thrown", None, "throw", "Men and women to the ground"),
        event("and handcuffed.", "handcuffed", None, "handcuff", "Men and women"),
        event("The protesters eventually backtracked", "backtracked", "The protesters", "backtrack",
              "to the vigil site"),
        event("fatally shot by police in the Bronx", "shot", "police", "shoot", "Ramarley Graham", kind=B),
        event("blasted outsiders", "blasted", "Jumaane Williams", "blast", "outsiders who he said escalated tensions",
              kind=S),
        event("escalated tensions", "escalated", "outsiders", "escalate", "tensions", rep="Jumaane Williams"),
    ]),
    "ecb_43_5.txt": (doc("PCWorld (pcworld.com)", "AMD buys the server maker SeaMicro and enters the server hardware "
        "business (technology business)",
        "'Wednesday' is the publication day; 'this year' 2012 ('By the end of this year' dates the release). AMD is "
        "written 'Advanced Micro Devices', the fullest name the article gives; 'Lu' (four times, after 'said Lisa "
        "Su') is the article's slip for Lisa Su (as events-dev37's 'Chriac' read as Chirac). 'announced Wednesday it "
        "is buying' gives the announcement and the buying reported by AMD (as events-dev14's 'announced that she would be "
        "launching'); the relatives of 'a surprise move that puts AMD in the systems business and disrupts Intel' "
        "tell the move's effects (a state that begins and an effect, listed as events-dev37's 'leading to "
        "encephalitis'; 'by acquiring one of its close partners' tells the buying again and is not listed again), and "
        "so does 'The move puts AMD in the difficult position of competing'. 'has gained attention for building ... "
        "servers' is a reputation and a habit (not listed). 'AMD plans to sell', 'which it hopes to license', 'one it "
        "hopes will allow it to expand', 'AMD thinks ... will outweigh' and 'It expects to close the deal in March' "
        "are stances with their contents as objects (pud49dev's 'an event Mexico hopes will eventually rival', "
        "events-dev17's 'believe'), undated: 'later this year' and 'in March' date the planned release and closing, "
        "not the planning (as blind48's kind 15, a date that is not the row's). 'it bought the company primarily for "
        "its technology' tells the buying again in a main clause (listed again). 'will be seen as a setback' is a "
        "judgement; 'which had built a tight partnership' and the joint press conference 'just a few weeks ago' "
        "(undated) are background, 'where Intel sang SeaMicro's praises' a speech act. 'before it was officially "
        "announced' tells the announcement again (not listed). 'will continue to sell' is an aspect verb with its "
        "complement (will). 'Feldman wouldn't say when SeaMicro and AMD began talks' is a negated speech act with "
        "modality would (events-dev6's 'would not answer questions') and the talks' beginning it presupposes (listed "
        "with no reporter, as pud49dev's 'explained to CNN why Mexico have decided'); so is 'which AMD processor "
        "SeaMicro will use'. 'there were other suitors' is an existential; 'That allowed it to develop servers' lists "
        "the developing, not the enabling verb (pud49dev's 'has seen it take'); 'that it claims consume' is a claim "
        "(listed; its content a standing property). Products 'geared towards', 'Mozilla uses', 'SeaMicro has said its "
        "technology can also benefit', 'would be efficient', 'could also be used to build' are standing facts, habits "
        "and abilities; 'Spending ... is expected to grow 33 percent a year' is a forecast trend of a figure (not "
        "listed); 'could use a lift, noted Dean McCarron' a need; 'Lu insisted that will not be a problem' is listed "
        "(ewt-events-dev's 'has insisted that he wants'), its content a copula.", "2012-02-29", "Wednesday"), [
        event("AMD Buys SeaMicro", "Buys", "Advanced Micro Devices", "buy", "SeaMicro"),
        event("Enters Server Hardware Business", "Enters", "Advanced Micro Devices", "enter",
              "Server Hardware Business"),
        event("Advanced Micro Devices announced Wednesday", "announced", "Advanced Micro Devices", "announce",
              "it is buying low-power server vendor SeaMicro", kind=S, date="2012-02-29"),
        event("it is buying low-power server vendor", "buying", "Advanced Micro Devices", "buy",
              "low-power server vendor SeaMicro", rep="Advanced Micro Devices"),
        event("a surprise move that puts AMD", "puts", "a surprise move", "put", "AMD in the systems business"),
        event("and disrupts Intel", "disrupts", "a surprise move", "disrupt", "Intel"),
        event("AMD will pay US$334 million", "pay", "Advanced Micro Devices", "pay",
              "US$334 million in cash and stock for SeaMicro", mod="will"),
        event("will become general manager", "become", "Andrew Feldman", "become",
              "general manager of a new division at AMD", mod="will"),
        event("AMD plans to sell", "plans", "Advanced Micro Devices", "plan",
              "to sell SeaMicro-branded servers directly to customers", rep="AMD officials", kind=ST),
        event("but it bought the company", "bought", "Advanced Micro Devices", "buy", "SeaMicro",
              rep="AMD officials"),
        event("which it hopes to license", "hopes", "Advanced Micro Devices", "hope",
              "to license its technology to other server vendors", rep="AMD officials", kind=ST),
        event("which had built a tight partnership", "built", "Intel", "build", "a tight partnership with SeaMicro",
              kind=B),
        event("the companies held a joint press conference", "held", "Intel and SeaMicro", "hold",
              "a joint press conference", kind=B),
        event("where Intel sang", "sang", "Intel", "sing", "SeaMicro's praises", kind=S),
        event("An Intel spokesman declined", "declined", "An Intel spokesman", "decline",
              "to comment on the acquisition", kind=S, date="2012-02-29"),
        event("AMD will continue to sell", "continue", "Advanced Micro Devices", "continue",
              "to sell SeaMicro servers based on Intel processors", mod="will", rep="Lisa Su"),
        event("it will release the first SeaMicro servers", "release", "Advanced Micro Devices", "release",
              "the first SeaMicro servers based on AMD Opteron processors", mod="will", rep="Lisa Su", date="2012"),
        event("Feldman wouldn't say", "say", "Andrew Feldman", "say", "when SeaMicro and AMD began talks", neg=True,
              mod="would", kind=S),
        event("when SeaMicro and AMD began talks", "began", "SeaMicro and Advanced Micro Devices", "begin", "talks"),
        event("the deal came about", "came", "the deal", "come about", None, rep="Andrew Feldman"),
        event("SeaMicro developed an interconnect technology", "developed", "SeaMicro", "develop",
              "an interconnect technology", kind=B),
        event("That allowed it to develop servers", "develop", "SeaMicro", "develop", "servers", kind=B),
        event("that it claims consume", "claims", "SeaMicro", "claim",
              "servers consume one quarter the power and one sixth the space of standard x86 servers", kind=S),
        event("which AMD processor SeaMicro will use", "use", "SeaMicro", "use",
              "an AMD processor as an alternative to Intel's Atom chip", mod="will"),
        event("and plans to release a new", "plans", "Advanced Micro Devices", "plan",
              "to release a new, low-power chip for tablets, code named Hondo, later this year", kind=ST),
        event("one it hopes will allow it", "hopes", "Advanced Micro Devices", "hope",
              "will allow it to expand its server business and capitalize on the fast-growing cloud computing market",
              kind=ST),
        event("The move puts AMD in the difficult position", "puts", "The move", "put",
              "AMD in the difficult position of competing with some of its customers"),
        event("though Lu insisted", "insisted", "Lisa Su", "insist", "that will not be a problem", kind=S),
        event("AMD thinks the value", "thinks", "Advanced Micro Devices", "think",
              "the value of SeaMicro's technology to server vendors will outweigh their competitive concerns",
              rep="Lisa Su", kind=ST),
        event("AMD is paying $281 million", "paying", "Advanced Micro Devices", "pay",
              "$281 million in cash for SeaMicro and the remainder in stock", rep="Lisa Su"),
        event("It expects to close the deal", "expects", "Advanced Micro Devices", "expect",
              "to close the deal in March", kind=ST),
    ]),
    "ecb_3_7.txt": (doc("WIBW (wibw.com), Topeka", "a Texas prisoner serving life escapes from a prison van near "
        "Houston (crime)",
        "The 'Monday' of 'a Texas prison statement Monday' dates the statement, and there is no publication date "
        "anyway: nothing is dated. The headline's 'Texas Lifer' is Arcade Joseph Comeaux Jr. (the fullest name the "
        "article gives). Every later act is reported by the prison statement, written as the text names it in each "
        "sentence ('a Texas prison statement'; 'the statement from the Texas Department of Criminal Justice' and the "
        "'it said' that refer to it), as events-dev37's 'a statement released by her family'. 'after pulling a gun' is "
        "a gerund that tells an act; 'two guards who were transporting him' a relative that tells one; 'wearing one "
        "of their gray correctional officer uniforms' describes (a state, as blind48's 'wearing black clothes'); "
        "'was serving a life sentence' is a term (blind48's prison terms, not listed); 'The escape happened near "
        "Baytown' is listed (events-dev16's 'a suicide bombing that happened on June 27')."), [
        event("Texas Lifer Escapes", "Escapes", "Arcade Joseph Comeaux Jr.", "escape", "Prison Van Near Houston"),
        event("A Texas inmate escaped", "escaped", "Arcade Joseph Comeaux Jr.", "escape",
              "from a prison van near Houston", rep="a Texas prison statement"),
        event("after pulling a gun", "pulling", "Arcade Joseph Comeaux Jr.", "pull", "a gun on two guards",
              rep="a Texas prison statement"),
        event("who were transporting him", "transporting", "two guards", "transport",
              "Arcade Joseph Comeaux Jr. between prisons", rep="a Texas prison statement"),
        event("ran away on foot", "ran", "Arcade Joseph Comeaux Jr.", "run away", "on foot with the guards' guns",
              rep="the statement from the Texas Department of Criminal Justice"),
        event("The escape happened", "happened", "The escape", "happen", None,
              rep="the statement from the Texas Department of Criminal Justice"),
    ]),
    "ecb_21_3.txt": (doc("New York Daily News (nydailynews.com), 2013", "a Queens grandmother killed by a drunk "
        "hit-and-run driver (crime)",
        "The dateline 'SATURDAY, SEPTEMBER 14, 2013' is in capitals, which the corpus's date rule does not read (the "
        "manifest's date is empty): 'Friday' and 'about 7 p.m.' are undated. The headline's 'Queens grandmother' is "
        "Raj Chohan; the driver is written as the text calls him ('a drunk hit-and-run driver'): the article names "
        "Vishwanand Subryan only as the man charged, not in its own voice as the driver (a judgement). 'A grandmother "
        "crossing a Queens street' is a participle that describes (not listed), 'was mowed down ..., cops and family "
        "said' the killing told again in a main clause (listed, as events-dev29's 'erupted'); 'had just parked her "
        "car and was walking' are listed, reported by the police, while 'when she was struck by a gray 2013 Toyota "
        "Camry' tells the impact again in a time clause (not listed again, blind47's rule) and 'heading north' "
        "describes the car. 'who lived half a mile away' and 'lived with her husband' are states; 'where she later "
        "died' is a relative that tells an act. 'A cop patrolling on foot happened to see the fleeing vehicle' lists "
        "the seeing ('happened to' adds only chance); 'who pulled the heartless driver over' a relative that tells "
        "an act. 'was charged with vehicular manslaughter, ..., driving drunk and leaving the scene of a fatal "
        "accident' is an agentless act; the gerunds name the offences charged (not listed). The nephew's and the "
        "family friend's quotations are not listed."), [
        event("Queens grandmother killed", "killed", "a drunk hit-and-run driver", "kill", "Raj Chohan"),
        event("was killed by a drunk hit-and-run driver as", "killed", "a drunk hit-and-run driver", "kill",
              "Raj Chohan"),
        event("was mowed down", "mowed", "a drunken hit-and-run driver", "mow down",
              "Raj Chohan", rep="cops and family"),
        event("had just parked her car", "parked", "Raj Chohan", "park", "her car", rep="police"),
        event("was walking alongside", "walking", "Raj Chohan", "walk",
              "alongside other parked vehicles toward a Sikh temple", rep="police"),
        event("was rushed to Jamaica Hospital", "rushed", None, "rush", "Raj Chohan to Jamaica Hospital"),
        event("where she later died", "died", "Raj Chohan", "die", None),
        event("happened to see the fleeing vehicle", "see", "A cop patrolling on foot", "see", "the fleeing vehicle"),
        event("and alerted other officers", "alerted", "A cop patrolling on foot", "alert", "other officers"),
        event("who pulled the heartless driver over", "pulled", "other officers", "pull over",
              "the heartless driver at 115th St. and 101st Ave."),
        event("was charged with vehicular manslaughter", "charged", None, "charge", "Vishwanand Subryan"),
    ]),
    "ecb_33_6.txt": (doc("Brooklyn Daily Eagle (brooklyneagle.com), 2013", "a jury finds Andrew Lopez guilty of "
        "murdering Zurana Horton, a Brooklyn mother of twelve (crime and courts)",
        "The article prints its date, 'April 24, 2013', only in its last line, which the corpus's date rule does not "
        "read (the manifest's date is empty): only 'In October 2011' dates an act (2011-10); the last line is a time "
        "stamp (furniture) and the headline has no verb. 'has returned a guilty verdict' is listed; 'Convicted of "
        "second-degree murder and assault' tells the verdict again in a participle (not listed again, blind47's "
        "rule); 'faces a potential sentence of life in prison' is listed (events-dev23's 'would then face trial'), and "
        "'when he is sentenced by Justice Vincent Del Giudice' tells a future act (modality will: a time clause's "
        "present tense for the future). 'provided as evidence to the jurors' is an agentless participle that tells an "
        "act; 'captures the horrific event', 'The video shows' and 'It shows her attempting to shield herself' are "
        "what a recording shows (not listed, as events-dev22's 'video footage ... shows'). The prosecutor's quotation "
        "and 'said during the murder trial' are not listed. 'It was said throughout the investigation and trial that "
        "Lopez and Carrasquillo were targeting ...' is an agentless said: its content is listed with no reporter; its "
        "'when Horton and the two other victims killed and injured in the crossfire' (a verb left out) tells the "
        "murder and the injuries again. 'Carrasquillo allegedly ordered Lopez to shoot' is listed with no reporter (an "
        "unattributed 'allegedly', as events-dev28's 'allegedly released'); 'The jury is still deliberating' is an "
        "act under way; 'Lopez's sentence date is May 7' a copula."), [
        event("A Brooklyn jury has returned", "returned", "A Brooklyn jury", "return",
              "a guilty verdict for Andrew Lopez"),
        event("faces a potential sentence", "faces", "Andrew Lopez", "face", "a potential sentence of life in prison"),
        event("when he is sentenced by", "sentenced", "Vincent Del Giudice", "sentence", "Andrew Lopez", mod="will"),
        event("were arrested in connection with", "arrested", None, "arrest",
              "Lopez and his co-defendant and half-brother Jonathan Carrasquillo", kind=B, date="2011-10"),
        event("provided as evidence to the jurors", "provided", None, "provide", "Surveillance footage"),
        event("were targeting members of a rival gang", "targeting", "Andrew Lopez and Jonathan Carrasquillo",
              "target", "members of a rival gang", kind=B),
        event("Carrasquillo allegedly ordered", "ordered", "Jonathan Carrasquillo", "order", "Lopez to shoot",
              kind=S),
        event("The jury is still deliberating", "deliberating", "The jury", "deliberate",
              "on Carrasquillo's verdict"),
    ]),
    "ecb_38_8.txt": (doc("Los Angeles Times, L.A. Now blog (latimesblogs.latimes.com)", "a magnitude 4.6 earthquake "
        "in the Geysers area of Northern California (a natural disaster)",
        "'on Thursday morning' is the publication day. The headline tells the act; 'The temblor struck about 26 miles "
        "north of Santa Rosa' tells it again in a main clause (listed again, as events-dev29's 'erupted'; undated, no "
        "expression of its own). 'There were no reports ... there were some apparent aftershocks' are existentials "
        "(not listed). 'It was felt over a wide area' is an agentless act reported by the U.S. Geological Survey; 'The "
        "\"Do You Feel It?\" survey by the USGS showed' is a finding (a speech act, as pud49dev's 'The analysis shows "
        "a direct link'), its content 'people ... felt shaking' listed as the survey's report (the text's 'as far "
        "south a San Francisco' kept as written).", "2013-03-14", "Thursday"), [
        event("earthquake shakes Northern California", "shakes", "4.6 earthquake", "shake", "Northern California"),
        event("A magnitude 4.6 earthquake struck", "struck", "A magnitude 4.6 earthquake", "strike",
              "Northern California", date="2013-03-14"),
        event("The temblor struck", "struck", "The temblor", "strike",
              "about 26 miles north of Santa Rosa in the Geysers area"),
        event("It was felt over a wide area", "felt", None, "feel", "the earthquake",
              rep="the U.S. Geological Survey"),
        event("survey by the USGS showed", "showed", 'The "Do You Feel It?" survey by the USGS', "show",
              "people as far south a San Francisco felt shaking", kind=S),
        event("San Francisco felt shaking", "felt", "people as far south a San Francisco", "feel", "shaking",
              rep='The "Do You Feel It?" survey by the USGS'),
    ]),
    "ecb_8_2.txt": (doc("Philippine Daily Inquirer (newsinfo.inquirer.net), wire copy, 2010", "three people die in a "
        "fire-bombed bank during riots against budget cuts in Athens (European politics and protest)",
        "The dateline 'First Posted 23:37:00 05 / 05 / 2010' is not read by the corpus's date rule (the manifest's "
        "date is empty): 'Wednesday', 'Thursday', 'Tuesday' and 'at the weekend' are undated. 'furious at brutal "
        "budget cuts designed to avert national bankruptcy' describes; 'Police said' reports the deaths, the fire and "
        "the rioters' acts in its clause and relatives. 'had to be ushered to safety' is an agentless act with "
        "modality must (pud49dev's 'has had to leave the trial'). 'told parliament' only introduces Papandreou's "
        "quotation, but 'as he condemned \"a raw murderous act\"' is a speech act (events-dev34's 'thanked \"the "
        "police, ...\"'). 'one used by tax officials' is a habit; 'the international airport deserted' a state. "
        "'since agreeing a? 110-billion ... bailout at the weekend' is a gerund that tells the Socialist government's "
        "agreement (background; the government written by the fullest name the article gives it), told again in a "
        "main clause in 'the government agreed at the weekend to slash spending' (listed again). 'failed to dissuade "
        "unions from paralyzing public services' gives the failure and the paralysis it lets through. 'After rallying "
        "in two separate demonstrations' tells the rallies again (not listed again); 'where a vote on the measures "
        "will be held Thursday' a future agentless act. 'prompting officers to respond with tear gas' lists the "
        "officers' response, not the relating verb (as pud49dev's 'has seen it take'). 'with riot police trying' and "
        "'with several dozen youths hurling ..., smashing' are 'with' absolutes that tell acts. 'went on the "
        "rampage' is listed with the lemma 'go'. 'banners reading \"...\"' describes. 'saying that \"...\"' only "
        "introduces a quotation; 'Greek stocks closed down 3.9 percent' is a market move (as ewt-events-dev's 'rose "
        "60 cents to close'). 'Pushed to the brink of default' describes; 'the government is to cut ...; require ...; "
        "and raise ...' gives three acts with modality will (events-dev30's 'were to investigate'). 'concerns the "
        "Athens crisis could trigger a knock-on effect' is a noun's possibility; 'Fighting accusations of holding up "
        "the bailout' describes Angela Merkel's standing position, and 'said the crisis underlined the need' holds a "
        "relation (not listed, as pud49dev's 'The move highlighted'); 'she told a debate' only introduces her "
        "quotation."), [
        event("Deadly fire-bomb hits bank", "hits", "Deadly fire-bomb", "hit", "bank"),
        event("killed at least three people", "killed", "A fire-bomb attack on a bank in Greece", "kill",
              "at least three people"),
        event("as police fought pitched battles", "fought", "police", "fight",
              "pitched battles with striking protestors"),
        event("Hooded youths hurled petrol bombs", "hurled", "Hooded youths", "hurl",
              "petrol bombs at stores and businesses in the center of the capital Athens"),
        event("demonstrators tried to storm parliament", "tried", "demonstrators", "try", "to storm parliament"),
        event("as the rioting spread", "spread", "the rioting", "spread", "to the northern city of Thessaloniki"),
        event("two women and one man died", "died", "two women and one man", "die",
              "at a branch of the Marfin bank", rep="Police"),
        event("which caught fire after rioters", "caught", "a branch of the Marfin bank", "catch", "fire",
              rep="Police"),
        event("rioters broke a window", "broke", "rioters", "break", "a window", rep="Police"),
        event("threw Molotov cocktails inside", "threw", "rioters", "throw", "Molotov cocktails inside", rep="Police"),
        event("had to be ushered to safety", "ushered", None, "usher", "Around 20 more people to safety", mod="must"),
        event("as he condemned", "condemned", "George Papandreou", "condemn", '"a raw murderous act"', kind=S),
        event("At least two other buildings", "caught", "At least two other buildings", "catch", "fire"),
        event("Athens underground stations were shuttered", "shuttered", None, "shutter",
              "Athens underground stations"),
        event("union members rallied", "rallied", "tens of thousands of union members", "rally", None),
        event("since agreeing a?", "agreeing", "the Socialist government", "agree",
              "a? 110-billion ($143-billion) EU and IMF debt bailout", kind=B),
        event("failed to dissuade unions", "failed", "Papandreou's insistence", "fail",
              "to dissuade unions from paralyzing public services"),
        event("from paralyzing public services", "paralyzing", "unions", "paralyze", "public services"),
        event("unionists marched on parliament", "marched", "unionists", "march", "on parliament"),
        event("a vote on the measures will be held", "held", None, "hold", "a vote on the measures", mod="will"),
        event("As the protestors tried to break through", "tried", "the protestors", "try",
              "to break through a police line in front of parliament"),
        event("they first hurled stones", "hurled", "the protestors", "hurl", "stones and bottles of water"),
        event("officers to respond with tear gas", "respond", "officers", "respond", "with tear gas"),
        event("Full-scale clashes then erupted", "erupted", "Full-scale clashes", "erupt", None),
        event("with riot police trying to disperse", "trying", "riot police", "try",
              "to disperse the crowds with baton-charges"),
        event("one protestor threw a petrol bomb", "threw", "one protestor", "throw", "a petrol bomb"),
        event("Youths also went on the rampage", "went", "Youths", "go",
              "on the rampage in other parts of the capital"),
        event("several dozen youths hurling petrol bombs", "hurling", "several dozen youths", "hurl",
              "petrol bombs at stores"),
        event("smashing shop windows", "smashing", "several dozen youths", "smash",
              "shop windows and bus shelters with iron bars"),
        event("Athens police chiefs mobilized", "mobilized", "Athens police chiefs", "mobilize",
              "all their forces, including those not on active duty"),
        event("by declaring a general state of alert", "declaring", "Athens police chiefs", "declare",
              "a general state of alert", kind=S),
        event("The protestors in Thessaloniki targeted", "targeted", "The protestors in Thessaloniki", "target",
              "stores and banks in the city center"),
        event("before they were dispersed", "dispersed", "the anti-riot police", "disperse",
              "The protestors in Thessaloniki"),
        event("had stormed the Athens Acropolis", "stormed", "A group of about 200 communists", "storm",
              "the Athens Acropolis", kind=B),
        event("unfurling banners", "unfurling", "A group of about 200 communists", "unfurl",
              'banners reading "Peoples of Europe, Rise Up."', kind=B),
        event("A government official downplayed", "downplayed", "A government official", "downplay", "the unrest",
              kind=S),
        event("markets reacted with alarm", "reacted", "markets", "react", "with alarm"),
        event("Greek stocks closed down", "closed", "Greek stocks", "close", "down 3.9 percent"),
        event("the government agreed at the weekend", "agreed", "the Socialist government", "agree",
              "to slash spending and jack up taxes in return for 110 billion euros in loans over three years from "
              "eurozone countries and the International Monetary Fund", kind=B),
        event("the government is to cut", "cut", "the Socialist government", "cut",
              "13th and 14th month bonus pay for civil servants and retirees", mod="will"),
        event("require three years more", "require", "the Socialist government", "require",
              "three years more for pension contributions", mod="will"),
        event("and raise the retirement age", "raise", "the Socialist government", "raise",
              "the retirement age for women to 65", mod="will"),
        event("eurozone countries and the IMF agreed", "agreed", "eurozone countries and the IMF", "agree",
              "to lend Greece billions at below market rates", kind=B),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    rows = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()[1:]
    expected = {row.split("\t")[0] for row in rows if row.split("\t")[-1] == "test"}
    assert set(DOCS) == expected, sorted(set(DOCS) ^ expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
