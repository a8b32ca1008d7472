"""Round ecb56dev9: a blind event gold on real news of other publishers (the ``dev9`` half of the ECB+ articles in
``bench/audit/ecb56/corpus``, ten articles of ten outlets of 2007-2013), written to ``tests/data/gold/ecb-events-dev9``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md`` and the ``about`` fields of the ecb-events golds of rounds ecb52 to ecb55,
which hold other articles of several of these topics); the calls are in each article's ``about``. Offsets and checks
come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb56/make_gold_ecb56dev9.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev9"
SCRIPT = "bench/audit/ecb56/make_gold_ecb56dev9.py"
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
AMD = "Advanced Micro Devices"
LL = "Lindsay Lohan"
CS = "Christopher Kenyon Simpson"
WJ = "Warren Jeffs"
RB = "Regina Benjamin"
AL, MK, BW, GS = "Anthony LaCalamita III", "Madeline Kafoury", "Troy police Sgt. Barry Whiteside", \
    "Troy police Lt. Gerry Scherlinck"
JJ = "John Jenkin"
KG = "Kimani Gray"
JW = "New York City Councilman Jumaane D. Williams"
OFF = "the officers involved in the shooting"

DOCS = {
    "ecb_43_14.txt": (doc(
        "news.cnet.com, Wednesday 2012-02-29: AMD agrees to buy the microserver maker SeaMicro for $334 million "
        "(business, technology)",
        "The headline and the sub-headline 'Advanced Micro Devices to acquire ...' each tell the coming acquisition "
        "('to acquire' in a headline is 'will', as ecb55dev8's 'is to be sentenced'); 'AMD' is written 'Advanced Micro "
        "Devices'. 'To date, SeaMicro has used chips from Intel' and 'have been using' are habits (not listed); the "
        "time line is furniture. 'AMD said it has signed a definitive agreement' lists the signing, reported by AMD "
        "(the agreement's 'to acquire' is its content, not a second row). 'Future plans call for SeaMicro to build' is "
        "a plan; 'SeaMicro's innovations include', 'supports' are states; the quotations are not listed, and "
        "Feldman's relative 'who will become general manager' is a change of state to come (will, as ecb55dev8's "
        "'who became government informants')."), [
        event("AMD to acquire microserver", "acquire", AMD, "acquire", "microserver vendor SeaMicro", mod="will"),
        event("Advanced Micro Devices to acquire", "acquire", AMD, "acquire",
              "microserver vendor SeaMicro for $334 million", mod="will"),
        event("Advanced Micro Devices will acquire", "acquire", AMD, "acquire", "server vendor SeaMicro", mod="will"),
        event("AMD said it has signed", "signed", AMD, "sign", "a definitive agreement to acquire SeaMicro",
              rep=AMD),
        event("who will become general manager", "become", "Andrew Feldman", "become",
              "general manager of AMD's newly created Data Center Server Solutions business", mod="will"),
    ]),
    "ecb_1_10.txt": (doc(
        "articles.latimes.com, Friday 2013-05-03: Lindsay Lohan checks into the Betty Ford Center for a court-ordered "
        "stay (celebrity, courts)",
        "The 'May 03, 2013' line is furniture. The headline and the lead each give the checking in; 'After skipping "
        "out on entering a Newport Beach rehabilitation facility' tells an act (a gerund after 'after', as ecb55dev8's "
        "'After briefly assembling'); 'facing the prospect of arrest' is a state, 'to begin a 90-day ... stay' a "
        "purpose. 'was previously at Betty Ford from September 2010 to January 2011' is a stay (a state). 'rear-ended "
        "a truck ... on June 8' is background, dated 2012-06-08 (the June 8 before the publication date); 'and then "
        "lied to police' is a second verb (undated), its participle 'telling them she was not driving' a speech act."), [
        event("Lindsay Lohan checks into", "checks", LL, "check into", "Betty Ford Center"),
        event("After skipping out", "skipping", LL, "skip out", "on entering a Newport Beach rehabilitation facility"),
        event("After skipping out", "checked", LL, "check into", "the Betty Ford Center"),
        event("Her latest stay at Betty Ford", "rear-ended", LL, "rear-end", "a truck", kind=B, date="2012-06-08"),
        event("Her latest stay at Betty Ford", "lied", LL, "lie", "to police", kind=B),
        event("Her latest stay at Betty Ford", "telling", LL, "tell", "them she was not driving", kind=S),
    ]),
    "ecb_40_2.txt": (doc(
        "theverge.com (no date in the manifest): Apple unveils new MacBook Air models with Ivy Bridge processors at "
        "WWDC 2012 (technology)",
        "published is null and no clause names a full date, so nothing is dated ('WWDC 2012' names an event, not the "
        "clause's date). The headline's 'unveiled' is agentless; 'have just been officially announced by Apple' is "
        "turned back (a speech act, as ecb55dev8's 'The President announced his nominee'). 'is keeping pace', the "
        "prices, the specifications ('will start at', 'start at', 'include', 'will get you') are states and figures; "
        "'has also opted to include' is listed ('opt' with its complement, as ecb55dev8's 'opted to hole up'); "
        "'Apple says ... are available now' holds a state."), [
        event("New MacBook Air models officially unveiled", "unveiled", None, "unveil", "New MacBook Air models"),
        event("As rumored, new 11-inch", "announced", "Apple", "announce",
              "new 11-inch and 13-inch MacBook Air models", kind=S),
        event("Apple has also opted", "opted", "Apple", "opt", "to include a pair of USB 3.0 ports in its new Air lineup"),
    ]),
    "ecb_45_4.txt": (doc(
        "metronewsday.com (no date in the manifest): Christopher Kenyon Simpson is found guilty of murdering his "
        "pregnant girlfriend Ka'Loni Marie Flynn (US crime, courts)",
        "published is null: 'Thursday', 'April 9', 'November 8' name no year, so nothing is dated. The headline "
        "'guilty of killing pregnant girlfriend' has no verb but 'killing', the verdict's content (not listed: the "
        "finding is the act, told in the lead). 'was found guilty ... according to ... Jacob Howell' is agentless, "
        "reported by the prosecutor; 'is accused of fatally shooting' an agentless speech act (ecb52test2's "
        "'accused'); 'Prosecutors allege' a speech act with its content listed, reported by them (ecb52dev2's "
        "'alleged'), including 'after she told him she was pregnant'. 'faces life in prison' is a state; 'will be "
        "sentenced' an agentless act to come. 'An Oklahoma man', 'Simpson', 'He' are written 'Christopher Kenyon "
        "Simpson'."), [
        event("An Oklahoma man was found guilty", "found", None, "find", CS,
              rep="Crawford County Deputy Prosecuting Attorney Jacob Howell"),
        event("is accused of fatally shooting", "accused", None, "accuse", CS, kind=S),
        event("Prosecutors allege", "allege", "Prosecutors", "allege",
              "Simpson shot Flynn after she told him she was pregnant", kind=S),
        event("Prosecutors allege", "shot", CS, "shoot", "Ka'Loni Marie Flynn", rep="Prosecutors"),
        event("Prosecutors allege", "told", "Ka'Loni Marie Flynn", "tell", "him she was pregnant", kind=S,
              rep="Prosecutors"),
        event("Flynn's body was found", "found", None, "find", "Flynn's body"),
        event("He will be sentenced", "sentenced", None, "sentence", CS, mod="will"),
    ]),
    "ecb_36_10.txt": (doc(
        "blogs.vancouversun.com (no date in the manifest; the headline carries 'July 23, 2008.4:49 pm', a time "
        "stamp, furniture): Warren Jeffs and five other FLDS leaders are indicted in Texas (US crime, religion)",
        "published is null; no clause names a full date or a year by itself ('since 2004' belongs to a state), so "
        "nothing is dated. The headline's 'charged again' is agentless; 'now face trial', 'is now awaiting trial', "
        "'has followers', 'has been the object of scrutiny', 'is a first-degree felony count', 'face charges' are "
        "states; 'who has already been convicted in Utah' is an agentless act in a relative (background). 'was "
        "appointed in June to determine' lists the appointment (the purpose not). 'heard evidence' and 'heard "
        "testimony' are the grand jury's acts; 'collected during the April raid' describes the evidence, 'that "
        "resulted in more than 400 women and children being taken into protective custody' tells an agentless "
        "taking (background). 'were later allowed to return' is agentless (background), 'after a Texas appeal court "
        "ruled that' a ruling (speech act, as ecb52dev2). 'who her father placed into a religious marriage' tells "
        "Jeffs's act (background). 'none of whom have yet been named' is a negated agentless act; 'will not be "
        "tried' likewise (will). Matt Smith's 'said ... that he had heard about the charges' lists the hearing "
        "reported by him; the quotation is not listed. 'have taken a very different approach', 'the main thrust ... "
        "has been' and 'has focused his attention' are stances and tenures."), [
        event("Warren Jeffs charged again", "charged", None, "charge", WJ),
        event("Among them is FLDS prophet", "convicted", None, "convict", WJ, kind=B),
        event("A special prosecutor, Terry Robertson", "appointed", None, "appoint", "Terry Robertson"),
        event("The Texas grand jury heard evidence", "heard", "The Texas grand jury", "hear",
              "evidence collected during the April raid on the Eldorado compound"),
        event("The Texas grand jury heard evidence", "taken", None, "take", "more than 400 women and children",
              kind=B),
        event("They were later allowed", "allowed", None, "allow", "more than 400 women and children", kind=B),
        event("They were later allowed", "ruled", "a Texas appeal court", "rule",
              "that the child protection officials had overstepped their legal boundaries", kind=S),
        event("The grand jury also heard testimony", "heard", "The Texas grand jury", "hear",
              "testimony from at least four FLDS women"),
        event("The grand jury also heard testimony", "placed", WJ, "place",
              "his 16-year-old daughter into a religious marriage to an older man", kind=B),
        event("The other men-none of whom", "named", None, "name", "The other men", neg=True),
        event("Jeffs will not be tried", "tried", None, "try", WJ, neg=True, mod="will"),
        event("Matt Smith, the county attorney", "heard", "Matt Smith", "hear", "about the charges", rep="Matt Smith"),
    ]),
    "ecb_34_8.txt": (doc(
        "womenmakingmoves.org (a blog), Wednesday 2009-07-29: a blogger defends Surgeon General nominee Dr. Regina "
        "Benjamin against criticism of her weight (US politics, opinion)",
        "'WEDNESDAY, JULY 29, 2009' is furniture and 'Surgeon General Nominee Dr. Regina Benjamin' a heading with no "
        "verb. The article tells the nomination ecb55dev8's ecb_34_2 tells: 'Dr. Regina Benjamin', 'Dr. Benjamin', "
        "'She' are written 'Regina Benjamin' as there. 'I was immediately impressed' is the blogger's state; 'when "
        "President Obama nominated her' tells the act (undated: the clause names no date). 'She's led an impressive "
        "career' is a tenure, its 'deciding to practice' an act (background); the clinic's 'has been a staple', "
        "'doesn't charge', 'focuses' are habits; 'She lost her father ..., her mother ... and her brother' one act "
        "(background); 'has longed fought' a tenure. 'After researching her background' is the blogger's act "
        "(subject 'I', as the golds keep a first person); 'it was confirmed ... when the sorority's national president "
        "announced' lists the announcement (a speech act), not the agentless confirming it restates. 'who questioned "
        "her ability' is a speech act; 'was published shortly after' agentless; 'penned' and 'defended' are "
        "Caplan's. 'I applaud him', 'I don't condone', 'I struggle', the generalities and the closing imperative are "
        "opinions; 'I'm calling on women to speak up' is the blogger's appeal (a speech act, as events-dev's 'calls "
        "for')."), [
        event("when President Obama nominated", "nominated", "President Obama", "nominate",
              "Regina Benjamin for U.S. Surgeon General"),
        event("She's led an impressive career", "deciding", RB, "decide",
              "to practice in a low-income community in the Gulf Coast of Alabama", kind=B),
        event("She lost her father", "lost", RB, "lose", "her father", kind=B),
        event("After researching her background", "researching", "I", "research", "her background"),
        event("And it was confirmed several days later", "announced", "the sorority's national president",
              "announce", "Dr. Benjamin became a member while completing her undergraduate degree", kind=S),
        event("some who questioned her ability", "questioned", "some", "question",
              "her ability to perform the duties of Surgeon General", kind=S),
        event("was published shortly after", "published", None, "publish", "An article"),
        event("Dr. Arthur Caplan penned", "penned", "Dr. Arthur Caplan", "pen", "the article"),
        event("Dr. Arthur Caplan penned", "defended", "Dr. Arthur Caplan", "defend", RB, kind=S),
        event("I'm calling on women", "calling", "I", "call on", "women to speak up for Dr. Benjamin", kind=S),
    ]),
    "ecb_24_5.txt": (doc(
        "thelocal.fr, Monday 2013-09-09: ram-raiders rob a jewellery store near Place Vendôme in Paris of €2 million "
        "(crime, France)",
        "'Published:' and 'Updated:' lines are furniture. The headline gives 'hit' (undated); 'on Monday' = "
        "2013-09-09 dates the ploughing and the ramming, and their participles ('making off', 'smashing'). The "
        "second lead's acts and the police source's account ('drove', 'grabbed') are reported by 'a police source' / "
        "'The police source' ('who wished to remain anonymous' a state); 'in the early hours of the morning' names no "
        "day, so they are undated. 'They then set fire to the vehicle and escaped' stands outside the said (no "
        "reporter). 'is the latest to hit France' is a characterization; 'are currently going through the site' an "
        "act under way (undated). 'Paris also witnessed another dramatic robbery' is a figure of speech (not listed), "
        "its 'when thieves ... stormed' tells the act (background, 'Sunday night' = 2013-09-08); 'According to "
        "reports, the robbers escaped' is reported by 'reports' (undated). 'At the end of July' = 2013-07, 'In "
        "December 2008' = 2008-12 (background). 'In 2009, police said they had recovered' gives the recovery reported "
        "by police, undated (the year belongs to the said)."), [
        event("Ram-raiders hit Paris", "hit", "Ram-raiders", "hit", "Paris jewellery store"),
        event("Ram-raiders ploughed", "ploughed", "Ram-raiders", "plough",
              "their vehicle into an upmarket jewellery boutique near Place Vendôme in central Paris", date="2013-09-09"),
        event("Ram-raiders ploughed", "making", "Ram-raiders", "make off", "with €2 million worth of loot",
              date="2013-09-09"),
        event("Four men rammed", "rammed", "Four men", "ram", "their car into an upmarket jewellery store in central "
              "Paris", rep="a police source", date="2013-09-09"),
        event("Four men rammed", "smashing", "Four men", "smash", "the shop window", rep="a police source",
              date="2013-09-09"),
        event("Four men rammed", "making", "Four men", "make off", "with a €2 million ($2. 6-million) booty",
              rep="a police source", date="2013-09-09"),
        event("the men drove a large", "drove", "the men", "drive", "a large four-by-four car into the store",
              rep="The police source"),
        event("the men drove a large", "grabbed", "the men", "grab", "jewellery and luxury watches", rep="The police source"),
        event("They then set fire", "set", "the men", "set", "fire to the vehicle"),
        event("They then set fire", "escaped", "the men", "escape", "in another car"),
        event("Forensic policemen are currently", "going", "Forensic policemen", "go through",
              "the site of the robbery at the Casty store on Rue de Castiglione"),
        event("when thieves armed with Kalashnikovs", "stormed", "thieves armed with Kalashnikovs", "storm",
              "a subsidiary of the France's rail operator SNCF", kind=B, date="2013-09-08"),
        event("According to reports, the robbers", "escaped", "the robbers", "escape", "with around €60,000",
              rep="reports", kind=B),
        event("At the end of July, an armed man", "carried", "an armed man", "carry out", "a brazen robbery",
              kind=B, date="2013-07"),
        event("At the end of July, an armed man", "making", "an armed man", "make off",
              "with jewellery worth €103 million", kind=B, date="2013-07"),
        event("In December 2008, three men", "emptied", "three men", "empty",
              "almost all of the stock of gems from the Harry Winston jewellery store", kind=B, date="2008-12"),
        event("In 2009, police said", "recovered", "police", "recover", "80 percent of the haul", rep="police", kind=B),
    ]),
    "ecb_18_7.txt": (doc(
        "usatoday30.usatoday.com, Wednesday 2007-04-11: Anthony LaCalamita III is arraigned on murder charges for the "
        "shooting at Gordon Advisors in Troy, Michigan (US crime, courts)",
        "The article tells the shooting ecb55dev8's ecb_18_5 and earlier rounds' ecb_18 articles tell; their calls "
        "are followed ('A fired accountant', 'LaCalamita', 'the gunman', 'he', 'him' are written 'Anthony "
        "LaCalamita III'). 'Updated ...' is furniture. The headline's 'charged' is agentless; in the lead 'accused of "
        "wounding ... and killing' is an agentless speech act (ecb52test2), its content and its relative 'who tried to "
        "stop him' not listed, 'was arraigned Wednesday' = 2007-04-11. 'had been arrested ... after the Monday morning "
        "shootings' = 2007-04-09. 'authorities described' is a speech act with its object (Wednesday). Whiteside's "
        "'testified' and 'said', Steinberg's 'told police' and Scherlinck's 'said' only bring their content: each act "
        "in it carries the speaker; 'was hiding the gun' is a state held. 'had yet to regain consciousness' is a "
        "negated act (as ecb55dev8's 'never recovered'), reported by police, Wednesday; 'was on a ventilator' a state. "
        "'As Whiteside talked in court' introduces nothing (contentless), the daughter's sobbing is listed. 'Not "
        "guilty pleas were entered' and the judge's asking (a speech act; the quoted 'Yes.' not listed) and ordering "
        "are listed; 'appeared to have been the targets' is a state. 'last Thursday' = 2007-04-05, 'on Friday' = "
        "2007-04-06, 'Monday evening' = 2007-04-09; 'When LaCalamita was arrested' tells the arrest again in a "
        "subordinate clause (not listed again). 'had not been told' is a negated agentless speech act reported by "
        "Roth; 'is married' and 'had been separated' are states, 'released a statement' a speech act; 'actively bought "
        "and sold suburban homes' two acts of the past year (background), reported by the records; 'Records list' a "
        "state. 'were being treated' is agentless; Wolff's 'said' brings the families' asking (a speech act). 'issued "
        "a statement Tuesday' = 2007-04-10 with its participle 'expressing condolences'; the quotations are not "
        "listed."), [
        event("Mich. accountant charged", "charged", None, "charge", AL),
        event("A fired accountant accused", "accused", None, "accuse", AL, kind=S),
        event("A fired accountant accused", "arraigned", None, "arraign", AL, date="2007-04-11"),
        event("had been arrested following", "arrested", None, "arrest", AL, date="2007-04-09"),
        event("authorities described", "described", "authorities", "describe",
              "what witnesses saw inside the offices that morning", kind=S, date="2007-04-11"),
        event("LaCalamita was hiding the gun", "walked", AL, "walk", "into accounting firm offices", rep=BW),
        event("LaCalamita was hiding the gun", "stopped", AL, "stop", None, rep=BW),
        event("LaCalamita was hiding the gun", "entered", AL, "enter", "Alan Steinberg's office", rep=BW),
        event("Steinberg, a partner in the firm", "loaded", AL, "load", "a shell into the shotgun's chamber",
              rep="Alan Steinberg"),
        event("Steinberg, a partner in the firm", "shot", AL, "shoot", "Alan Steinberg", rep="Alan Steinberg"),
        event("Steinberg, a partner in the firm", "walked", AL, "walk", "toward the office of Paul Riva",
              rep="Alan Steinberg"),
        event("When receptionist Madeline Kafoury", "tried", MK, "try", "to stop him", rep=BW),
        event("When receptionist Madeline Kafoury", "shot", AL, "shoot", MK, rep=BW),
        event("LaCalamita then fired at Riva", "fired", AL, "fire", "at Riva", rep=BW),
        event("LaCalamita then fired at Riva", "hitting", AL, "hit", "Paul Riva", rep=BW),
        event("LaCalamita then fired at Riva", "left", AL, "leave", "the building", rep=BW),
        event("Riva had yet to regain", "regain", "Paul Riva", "regain", "consciousness", neg=True, rep="police",
              date="2007-04-11"),
        event("As Whiteside talked in court", "sobbed", "Kafoury's adult daughter", "sob", None),
        event("Not guilty pleas were entered", "entered", None, "enter", "Not guilty pleas"),
        event("Asked by the judge", "Asked", "the judge", "ask",
              "if he understood the charges against him", kind=S),
        event("The judge ordered him held", "ordered", "the judge", "order", "him held without bail", kind=S),
        event("LaCalamita had been fired last Thursday", "fired", None, "fire", AL, rep=GS, date="2007-04-05"),
        event("LaCalamita had been fired last Thursday", "bought", AL, "buy", "a shotgun and shells", rep=GS,
              date="2007-04-06"),
        event("He said police found a box", "found", "police", "find",
              "a box consistent with one that would hold a shotgun, as well as empty shell boxes", rep=GS,
              date="2007-04-09"),
        event("When LaCalamita was arrested, police said", "found", "police", "find",
              "a 12-gauge pump-action shotgun and three shells", rep="police"),
        event("Matthew Roth, executive staff attorney", "told", None, "tell", "his office", neg=True, kind=S,
              rep="Matthew Roth"),
        event("LaCalamita is married, but his wife", "released", "Michele LaCalamita", "release", "a statement",
              kind=S),
        event("According to real estate records", "bought", "the couple", "buy", "suburban homes",
              rep="real estate records", kind=B),
        event("According to real estate records", "sold", "the couple", "sell", "suburban homes",
              rep="real estate records", kind=B),
        event("Riva, 47, of Sterling Heights", "treated", None, "treat", "Paul Riva and Alan Steinberg"),
        event("Riva, 47, of Sterling Heights", "asked", "the families of the wounded men", "ask",
              "that their conditions and other information not be released", kind=S, rep="Ilene Wolff"),
        event("Gordon Advisors issued a statement", "issued", "Gordon Advisors", "issue", "a statement", kind=S,
              date="2007-04-10"),
        event("Gordon Advisors issued a statement", "expressing", "Gordon Advisors", "express",
              "condolences to the families of the victims", kind=S, date="2007-04-10"),
    ]),
    "ecb_32_5.txt": (doc(
        "nwemail.co.uk, Tuesday 2013-06-18: a provisional trial date is set for John Jenkin, accused of killing his "
        "mother and sister in Millom (crime, Cumbria)",
        "The article tells the case ecb52test2's ecb_32_9 tells; its calls are followed: the headline's 'SET' and "
        "'ACCUSED' and the lead's 'has been set' and 'accused of killing' are agentless (the accusations speech acts, "
        "their content not listed), 'was due to appear ... but did not do so' is one negated appearance, 'was "
        "considered a risk' and 'was deemed too much of a risk' agentless stances with a copula (not listed), 'faces "
        "one charge' a standing state, 'was also found beaten to death' the agentless finding and beating. 'Last "
        "updated' is furniture. 'charged with the murders' is an agentless act in a participle (listed, as the "
        "accusation). 'this morning' = 2013-06-18 (the text's date, though line 23 calls the hearing yesterday's: "
        "each clause is resolved as written), 'yesterday's hearing' = 2013-06-17, 'on Saturday' = 2013-06-15, 'on "
        "September 6' = 2013-09-06 (to come, will), 'on Monday' = 2013-06-17; 'for October 28' is the trial's date, "
        "not the setting's. 'heard they had \"severe head injuries\"' holds a state in quotation marks. 'The court "
        "heard police were called' lists the calling reported by the court, dated by its 'on Saturday'. Miss Bates's "
        "quotation is not listed. 'had been living' is a state; 'had moved back ... around six weeks ago' an "
        "approximate time (undated, background)."), [
        event("PROVISIONAL TRIAL DATE SET", "SET", None, "set", "PROVISIONAL TRIAL DATE"),
        event("PROVISIONAL TRIAL DATE SET", "ACCUSED", None, "accuse", "MILLOM DOUBLE MURDER", kind=S),
        event("A PROVISIONAL trial date", "set", None, "set", "A PROVISIONAL trial date"),
        event("A PROVISIONAL trial date", "accused", None, "accuse", "a son", kind=S),
        event("A preliminary hearing for John Jenkin", "charged", None, "charge", JJ),
        event("A preliminary hearing for John Jenkin", "heard", None, "hear", "A preliminary hearing for John Jenkin",
              date="2013-06-18"),
        event("Jenkin was due to appear", "appear", JJ, "appear", "via videolink from HMP Preston", neg=True,
              rep="crown prosecutor Susan Carter"),
        event("The case was heard in his absence", "heard", None, "hear", "The case"),
        event("The case was heard in his absence", "set", None, "set", "a provisional trial date"),
        event("The bodies of Ms McMeekin", "found", None, "find", "The bodies of Ms McMeekin and Miss Jenkin",
              date="2013-06-15"),
        event("The family's border collie", "found", None, "find", "The family's border collie"),
        event("The family's border collie", "beaten", None, "beat", "The family's border collie"),
        event("Jenkin was arrested at Millom Pier", "arrested", None, "arrest", JJ),
        event("No application for bail", "made", None, "make", "application for bail", neg=True, date="2013-06-17"),
        event("No application for bail", "entered", None, "enter", "plea", neg=True, date="2013-06-17"),
        event("A plea and case management hearing", "held", None, "hold", "A plea and case management hearing",
              mod="will", date="2013-09-06"),
        event("Judge Anthony Russell QC asked", "asked", "Judge Anthony Russell QC", "ask",
              "for psychiatric reports to be completed on Jenkin before the next hearing", kind=S),
        event("Jenkin was brought to the magistrates", "brought", None, "bring", JJ, date="2013-06-17"),
        event("Jenkin was brought to the magistrates", "appear", JJ, "appear", "in the dock", neg=True),
        event("Jenkin was brought to the magistrates", "entered", None, "enter", "pleas", neg=True),
        event("The court heard police were called", "called", None, "call", "police", rep="The court",
              date="2013-06-15"),
        event("Seven of Jenkin's friends", "attended", "Seven of Jenkin's friends", "attend", "court"),
        event("Jenkin had been living in South Wales", "moved", "John Jenkin and his mum", "move back",
              "to Millom", kind=B),
    ]),
    "ecb_19_6.txt": (doc(
        "rt.com, Tuesday 2013-03-12: a vigil for Kimani Gray, shot by New York police, turns into a riot in East "
        "Flatbush, Brooklyn (US crime, protest)",
        "'Published time:' and 'Edited time:' are furniture; the headline has no verb. 'on Saturday' = 2013-03-09 "
        "dates the shooting in the lead's relative ('where ... was shot ... by police', turned back, background) and "
        "in line 27 (agentless there, reported by police, with 'killed'). 'Brooklynites on Twitter reported that' "
        "brings the police's following, searching and looking for (reported by them); 'who had been seen throwing "
        "bottles' and 'were seen along the block' are perceptions (not listed). 'March participants chanted, \"...\"' "
        "introduces a quotation (not listed). Line 15's 'the crowd fell the 67th Precinct station' is broken "
        "(no listed act), its relative 'threw garbage and empty bottles' is reported by police. Williams's quotations "
        "and 'wrote' are not listed; his said brings the smashing, overturning and the agentless attack. 'is believed "
        "to have been arrested' is an agentless arrest held likely (listed), 'no injuries were reported' a negated "
        "agentless speech act. The officers' account ('According to the officers involved') gives 'adjusted', "
        "'exited', 'pointed'; 'to investigate' is a purpose. Mahnefah Gray's 'told NY1 she doubted' is a stance "
        "told (listed as the telling, a speech act); the cousin's 'told NY1 that Kimani was in fact holding the gun' "
        "holds a state (not listed) and 'She also believed' a stance whose content is an attempt (listed as a stance); "
        "'Witnesses said ... did not have a gun' a state; lines 35, 39 and 41 are quotations ('quoted ... as saying' "
        "introduces one). 'was rushed' and 'was declared dead' are agentless; 'were also treated' agentless; 'though "
        "they were put on administrative leave' is reported by police, as 'had previously been arrested four times' "
        "(background; 'The also said' is the text's typo for 'They also said')."), [
        event("Police intervened after", "intervened", "Police", "intervene", None),
        event("Police intervened after", "joined", "more than 100 people", "join together",
              "for a candlelit vigil in the East Flatbush neighborhood"),
        event("Police intervened after", "shot", "police", "shoot", KG, kind=B, date="2013-03-09"),
        event("Brooklynites on Twitter reported", "followed", "police", "follow", "the march",
              rep="Brooklynites on Twitter"),
        event("Brooklynites on Twitter reported", "searched", "police", "search",
              "apartment buildings in the neighborhood", rep="Brooklynites on Twitter"),
        event("Brooklynites on Twitter reported", "looking", "police", "look for",
              "children who had been seen throwing bottles at police from neighborhood rooftops",
              rep="Brooklynites on Twitter"),
        event("Officers clad in riot gear", "placed", None, "place", "barricades"),
        event("Police said the crowd fell", "threw", "teenagers who were not apparently a part of any organized group",
              "throw", "garbage and empty bottles at the windows", rep="Police"),
        event("Williams said people smashed", "smashed", "people", "smash out", "windows", rep=JW),
        event("Williams said people smashed", "overturned", "people", "overturn", "garbage cans", rep=JW),
        event("Williams said people smashed", "attacked", None, "attack", "one person", rep=JW),
        event("One person is believed", "arrested", None, "arrest", "One person"),
        event("One person is believed", "reported", None, "report", "injuries", neg=True, kind=S),
        event("Sixteen-year-old Kimani Gray was shot", "shot", None, "shoot", KG, rep="police", date="2013-03-09"),
        event("Sixteen-year-old Kimani Gray was shot", "killed", None, "kill", KG, rep="police", date="2013-03-09"),
        event("Sixteen-year-old Kimani Gray was shot", "pointing", KG, "point",
              "a gun at two plainclothes officers", rep="police"),
        event("Sixteen-year-old Kimani Gray was shot", "approached", "two plainclothes officers", "approach", KG,
              rep="police"),
        event("According to the officers involved", "adjusted", KG, "adjust", "his belt", rep=OFF),
        event("According to the officers involved", "exited", OFF, "exit", "their vehicle", rep=OFF),
        event("According to the officers involved", "pointed", KG, "point", "a. 357 caliber revolver at them",
              rep=OFF),
        event("Both officers fired", "fired", "Both officers", "fire", "a total of 11 shots at the suspect"),
        event("Both officers fired", "hitting", "Both officers", "hit", KG),
        event("His sister, Mahnefah Gray, told", "told", "Mahnefah Gray", "tell",
              "NY1 she doubted her brother was carrying a gun", kind=S),
        event("She also believed that Kimani", "believed", "one woman, who identified herself as the slain teen's "
              "cousin", "believe", "that Kimani was attempting to alert the police that he had the weapon",
              kind=ST),
        event("Gray was rushed to a hospital", "rushed", None, "rush", KG),
        event("Gray was rushed to a hospital", "declared", None, "declare", KG, kind=S),
        event("The officers involved in the shooting were also treated", "treated", None, "treat",
              "The officers involved in the shooting"),
        event("Police said there is no evidence", "put", None, "put", "the unidentified officers", rep="Police"),
        event("The also said that Gray", "arrested", None, "arrest", KG, rep="police", kind=B),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "dev9"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
