"""Round iaa52-test2: a second, independent event annotation of the ``test2`` half of the ECB+ articles in
``bench/audit/ecb52/corpus`` (ten articles of ten outlets), written to ``tests/data/gold/ecb-events-test2-second``
for inter-annotator agreement with the first gold of the same texts.

The annotations below were made by reading every sentence of the ten articles, without opening the first
annotation and without running the toolkit on them, in the conventions of the event golds
(``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``, ``bench/audit/ecb52/README-ecb52dev.md`` and
``README-ecb52dev2.md``); the calls are in each article's ``about``. Offsets and checks come from
``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb52/make_second_ecb52test2.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test2-second"
SCRIPT = "bench/audit/ecb52/make_second_ecb52test2.py"
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"

# The conventions of make_gold_ecb52dev.py's COMMON, said once: an article's date is its manifest row's (else
# published null, and only a full date or a year by itself dates); an event is dated where its own clause names a
# date expression, resolved from the publication date (a weekday to the one before or on it, "last week" to that
# week's Monday, a month to YYYY-MM); headlines are sentences of their own, listed when they tell an act, undated;
# datelines, bylines and 'Posted' lines are furniture; quotations and the verb that only introduces them, states,
# figures, opinions, guesses and conditionals are not listed; people by the fullest name the article gives.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
C36, C2 = "a 36-year-old Australian climber", "the second climber"
DG = "Dave Gaskin"
RP = "Robert Pitman"
AL, RJP, CC, IW, BA = "Anthony LaCalamita", "Robert J Pickell", "Charles Craft", "Ilene Wolfe", "Bill Adgate"
JJ = "John Jenkin"
FL, BW, CB = "Fred LaRue", "Bob Woodward", "Carl Bernstein"
BO, RB = "Barack Obama", "Regina M. Benjamin"
SAF, SK, RBo = "The Sudan Armed Forces", "Salva Kiir", "Ryan Boyette"
SRC = "Sources on the ground"
KC, IC = "the Kansas City Chiefs", "the Indianapolis Colts"
LU, JC, BQ = "Andrew Luck", "Jamaal Charles", "Brady Quinn"

DOCS = {
    "ecb_23_2.txt": (doc(
        "stuff.co.nz (no date in the manifest; the article prints 'Last updated 15:48 15 / 09 / 2013'): two climbers "
        "die in falls at Mount Cook National Park over a weekend (accidents, New Zealand)",
        "published is null, so no event is dated ('over the weekend', 'this morning', 'Yesterday' are relative to a "
        "date the manifest does not give). 'Last updated' is furniture. The headline's agentless 'killed' is listed. "
        "The two climbers are unnamed: the one of the lead is written 'the second climber' (his fall to his death, an "
        "infinitive telling an act, is listed, as dev's result infinitives), the one of 'Yesterday' 'a "
        "36-year-old Australian climber'. 'Inspector Gaskin said the man fell' and 'The body was recovered' tell "
        "again in main clauses (listed again, events-dev29's 'erupted'); 'had to stay' is modality must; 'would not "
        "specify' is a refusal (negated speech act, modality would); 'were pushed to their limits' and 'not related "
        "to weather conditions' are states; 'died after falling' lists the fall (a gerund after 'after', blind48's "
        "kind 1); 'When it got there' lists the helicopter's arrival; 'is thought to have fallen' is a guess that "
        "tells the fall again (not listed)."), [
        event("Two climbers killed", "killed", None, "kill", "Two climbers"),
        event("have recovered the body", "recovered", "The Aoraki Mt Cook Alpine Rescue Team", "recover",
              "the body of the second climber"),
        event("have recovered the body", "fall", C2, "fall", None),
        event("said the man fell around", "fell", C2, "fall", None, rep=DG),
        event("had to stay in position", "stay", "The friends of the deceased", "stay", None, mod="must"),
        event("The body was recovered in the afternoon", "recovered", None, "recover", "The body"),
        event("The body was recovered in the afternoon", "taken", None, "take", "The body"),
        event("Inspector Gaskin confirmed", "confirmed", DG, "confirm", "the climbing party are foreigners", kind=S),
        event("Inspector Gaskin confirmed", "specify", DG, "specify", "any other details", neg=True, mod="would",
              kind=S),
        event("Yesterday, a 36-year-old", "died", C36, "die", None),
        event("Yesterday, a 36-year-old", "falling", C36, "fall", None),
        event("The man, from Hampton East", "fell", C36, "fall", None),
        event("A Westpac Rescue Helicopter", "called", None, "call", "A Westpac Rescue Helicopter from Christchurch"),
        event("When it got there", "got", "A Westpac Rescue Helicopter from Christchurch", "get", None),
        event("When it got there", "transported", "a local helicopter service", "transport", C36),
        event("When it got there", "pronounced", "paramedics", "pronounce", C36),
    ]),
    "ecb_40_5.txt": (doc(
        "gizmag.com, Tuesday 2012-06-12: Apple announces the 2012 MacBook Air with Ivy Bridge processors (technology, "
        "products)",
        "No clause names a resolvable date ('WWDC week' is a name; undated). The headline's 'unveils' is listed. "
        "'has chosen WWDC week to announce' lists the choice and the announcement (a result infinitive, dev's "
        "'to retain'). Product description is state ('may lack', 'sees significant advances', 'What hasn't changed', "
        "'remains', 'is now configurable', 'allows'), as dev's press release's product description; 'Connectivity "
        "sees a significant boost' is a relating verb (not listed). Changes told as acts are listed: 'onboard memory "
        "has also received a boost', 'has doubled from 2 to 4 GB', 'has been upgraded' (twice, agentless) and 'the "
        "13-inch has dropped $100 to $1199' (a figure's change, events-dev19's 'coverage had risen to 55 percent'); "
        "'This should bring ... a noticeable performance boost' is a guess."), [
        event("Apple unveils cheaper", "unveils", "Apple", "unveil", "cheaper Ivy Bridge-powered MacBook Air"),
        event("Apple has chosen WWDC week", "chosen", "Apple", "choose", "WWDC week"),
        event("Apple has chosen WWDC week", "announce", "Apple", "announce", "an update to its MacBook Air line",
              kind=S),
        event("onboard memory has also received", "received", "onboard memory", "receive", "a boost"),
        event("allowance has doubled", "doubled", "The included random access memory allowance", "double", None),
        event("allowance has doubled", "upgraded", None, "upgrade", "The included random access memory allowance"),
        event("The power connection has been upgraded", "upgraded", None, "upgrade", "The power connection"),
        event("the 13-inch has dropped", "dropped", "the 13-inch", "drop", "$100 to $1199"),
    ]),
    "ecb_14_9.txt": (doc(
        "westerndailypress.co.uk, Monday 2013-07-22: Robert Pitman, 24, is charged with arson after a fire at the "
        "Waitrose supermarket in Wellington, Somerset (crime, fire)",
        "The headline's charge and the two sentences' charges are each listed (a main clause telling again, "
        "events-dev29's 'erupted'), agentless, 'A man'/'He' written 'Robert Pitman'; what the charge is for ('with "
        "arson', 'on suspicion of arson') is not listed (blind48, events-dev37). 'at the weekend' names the fire's "
        "time (a noun), not the charge's: undated. 'that devastated a Somerset supermarket' is a relative telling an "
        "act (listed, undated). 'has been denied bail' agentless (object 'Robert Pitman bail', the passive turned "
        "back with its two objects); 'will appear ... tomorrow morning' = 2013-07-23 (modality will); 'after the "
        "alarm was raised at about 6am on Sunday morning' = 2013-07-21 dates the raising and, as a temporal clause, "
        "its main clause's tackling (dev's 'as ... on Friday afternoon' rule)."), [
        event("Breaking: man charged", "charged", None, "charge", RP),
        event("A man has been charged", "charged", None, "charge", RP),
        event("A man has been charged", "devastated", "a fire", "devastate", "a Somerset supermarket"),
        event("Robert Pitman, aged 24", "charged", None, "charge", RP),
        event("He has been denied bail", "denied", None, "deny", "Robert Pitman bail"),
        event("He has been denied bail", "appear", RP, "appear", "at Taunton Deane Magistrates Court", mod="will",
              date="2013-07-23"),
        event("Dozens of firefighters tackled", "tackled", "Dozens of firefighters", "tackle",
              "the blaze at the supermarket", date="2013-07-21"),
        event("Dozens of firefighters tackled", "raised", None, "raise", "the alarm", date="2013-07-21"),
    ]),
    "ecb_18_11.txt": (doc(
        "theage.com.au, Tuesday 2007-04-10: Anthony LaCalamita, fired from a Detroit-area accounting firm, shoots three "
        "people there, one fatally, and is arrested after a chase (crime, US)",
        "The headline 'Sacked worker shoots ex-colleagues' is listed ('Sacked worker' written 'Anthony LaCalamita'). "
        "In the lead, 'suspected of shooting three people, killing one' is what a suspicion is for (not listed, as "
        "'what a conviction is for', blind48/events-dev37); 'from which he was fired last week' is a background "
        "relative (the firm the agent), dated to that week's Monday 2007-04-02 (the 'last week' rule of earlier "
        "golds); 'was arrested ... a few hours after the attack this morning' agentless, reported by 'authorities', "
        "dated 2007-04-10 (its clause's 'this morning', the same day). Nested reports keep the nearest reporter "
        "('Witnesses said the shooter used', reported_by 'Witnesses'). 'said nothing' is listed (a negated speech "
        "act, not an introducing 'said'); 'describing the suspect as \"subdued' introduces a quotation (not listed); "
        "'Some witnesses told police that when the shooter walked into the office ... at about 10am today' lists the "
        "walking in (2007-04-10), the telling only introducing it; 'he looked as if' is an appearance (state); "
        "'Police could not say' is an inability (not listed), 'the hospital would not release' a refusal (negated, "
        "modality would, 'the hospital' written 'Beaumont Hospital'); 'Calls ... were not answered this afternoon' "
        "(2007-04-10) is listed, agentless and negated; 'a recording said the offices were closed' a state; "
        "'where the shootings took place' tells again in a subordinate clause (blind47); 'with furniture pushed up "
        "against the door' a state."), [
        event("Sacked worker shoots", "shoots", AL, "shoot", "ex-colleagues"),
        event("A man suspected of shooting", "fired", "a suburban Detroit accounting firm", "fire", AL, kind=B,
              date="2007-04-02"),
        event("A man suspected of shooting", "arrested", None, "arrest", AL, rep="authorities", date="2007-04-10"),
        event("Police said they had located", "located", "Police", "locate", AL, rep="Police"),
        event("Sheriff's deputies and state police chased", "chased", "Sheriff's deputies and state police", "chase",
              AL, rep=RJP),
        event("Sheriff's deputies and state police chased", "pulled", AL, "pull over", None, rep=RJP),
        event("LaCalamita said nothing", "said", AL, "say", "nothing", neg=True, rep=RJP, kind=S),
        event("LaCalamita said nothing", "surrounded", "officers", "surround", AL, rep=RJP),
        event("Officers found a 12-gauge", "found", "Officers", "find",
              "a 12-gauge pump-action shotgun and three live shells", rep=RJP),
        event("Witnesses said the shooter used", "used", AL, "use", "a shotgun or a rifle", rep="Witnesses"),
        event("Some witnesses told police", "walked", AL, "walk into", "the office on the building's second floor",
              rep="Some witnesses", date="2007-04-10"),
        event("The families of the two wounded men requested", "requested", "The families of the two wounded men",
              "request", "total privacy", rep=IW, kind=S),
        event("The families of the two wounded men requested", "release", "Beaumont Hospital", "release",
              "any details about their conditions", neg=True, mod="would", rep=IW),
        event("She said the third victim died", "died", "the third victim", "die", None, rep=IW),
        event("Calls to Gordon Advisers were not answered", "answered", None, "answer", "Calls to Gordon Advisers",
              neg=True, date="2007-04-10"),
        event("Police at first told workers", "told", "Police", "tell", "workers to stay in their offices", kind=S),
        event("Police at first told workers", "evacuated", "Police", "evacuate", "the building"),
        event("Bill Adgate, who works", "hunkered", BA, "hunker down", None, rep=BA),
        event("He said police told the group", "told", "police", "tell", "the group to stay put", rep=BA, kind=S),
        event("He said police told the group", "allowed", "officers", "allow", "the group to leave", rep=BA),
    ]),
    "ecb_32_9.txt": (doc(
        "lakelandradio.co.uk, Wednesday 2013-06-12: a trial date is set for John Jenkin, accused of murdering his "
        "mother and sister in Millom (crime, courts)",
        "The headline's and the lead's agentless 'set' are both listed (a main clause telling again); what he is "
        "accused of is not listed (blind48's conviction rule). 'was due to appear ... today but didn't' is one "
        "negated appearance dated 2013-06-12; 'he's currently considered too much of a danger' a state. 'The case "
        "continued in his absence' is listed (undated: 'today' is the sentence before's); 'was penciled in for "
        "October' agentless, undated (October is the hearing's date, not the pencilling's); 'the 23-year old's due to "
        "enter his plea in September' modality will, dated 2013-09. 'on Saturday morning' = 2013-06-08 dates the "
        "finding of the bodies; 'They'd suffered severe head injuries' is listed (an injury is an act done to them). "
        "'also faces an animal cruelty charge' is a standing state (not listed); its after-clause's 'was also found "
        "beaten to death' lists the finding and the beating (both agentless, undated)."), [
        event("TRIAL DATE SET", "SET", None, "set", "TRIAL DATE"),
        event("A trial date's been set", "set", None, "set", "A trial date"),
        event("John Jenkin was due to appear", "appear", JJ, "appear", "via video link at Preston Crown Court",
              neg=True, date="2013-06-12"),
        event("The case continued", "continued", "The case", "continue", None),
        event("The case continued", "penciled", None, "pencil in", "a three day trial hearing"),
        event("The case continued", "enter", JJ, "enter", "his plea", mod="will", date="2013-09"),
        event("The bodies of Alice McMeekin", "found", None, "find", "The bodies of Alice McMeekin and Katie Jenkin",
              date="2013-06-08"),
        event("They'd suffered", "suffered", "Alice McMeekin and Katie Jenkin", "suffer", "severe head injuries"),
        event("John Jenkin also faces", "found", None, "find", "the family's dog"),
        event("John Jenkin also faces", "beaten", None, "beat", "the family's dog"),
    ]),
    "ecb_28_1.txt": (doc(
        "theguardian.com, Thursday 2004-07-29: Fred LaRue, the Watergate 'bagman' and a Deep Throat suspect, is found "
        "dead in a Biloxi hotel room (politics, obituary)",
        "The headline's agentless 'found' is listed ('Deep Throat suspect' written 'Fred LaRue'). 'may soon be "
        "resolved' is a guess; 'it was announced yesterday' = 2004-07-28 (an agentless speech act) and its content "
        "'had died' is listed, undated (its own clause names no date); 'many suspect of being' an opinion. 'was found "
        "dead in a hotel room' tells again in a main clause (listed again); 'because he delivered payments' a "
        "background act; 'known as', 'He was 75', 'was a special assistant', 'who headed Creep ... in 1972' (a "
        "tenure) and 'LaRue was at a meeting' are states; 'at which the scheme ... was first mooted' is a background "
        "act (agentless). 'have maintained that they would only reveal', 'insisted he was not Deep Throat' and 'have "
        "insisted Deep Throat was one person' are speech acts (their contents are claims, not listed); 'LaRue said "
        "last year that President Nixon had not been told' lists the content (negated, agentless, reported by Fred "
        "LaRue), the 'said' only introducing it; 'cited his close relationship' is a speech act. 'served four and a "
        "half months in prison' is listed as a bounded, completed punishment (background; not a standing state like "
        "'served as mayor'), with 'after being charged with obstructing justice' (background, agentless; what the "
        "charge is for not listed)."), [
        event("Deep Throat suspect found dead", "found", None, "find", FL),
        event("after it was announced yesterday", "announced", None, "announce", "that Fred LaRue had died", kind=S,
              date="2004-07-28"),
        event("after it was announced yesterday", "died", FL, "die", None),
        event("Fred LaRue, known as", "delivered", FL, "deliver",
              "payments to ensure the silence of participants in the Watergate break-in", kind=B),
        event("Fred LaRue, known as", "found", None, "find", FL),
        event("The two Washington Post reporters", "broke", "Carl Bernstein and Bob Woodward", "break",
              "the Watergate story", kind=B),
        event("The two Washington Post reporters", "maintained", "Carl Bernstein and Bob Woodward", "maintain",
              "that they would only reveal the identity of Deep Throat once he was dead", kind=S),
        event("LaRue was at a meeting", "mooted", None, "moot",
              "the scheme to break into the Democratic headquarters in the Watergate building in Washington", kind=B),
        event("Although LaRue insisted", "insisted", FL, "insist",
              "he was not Deep Throat, and that the source was a combination of several people", kind=S),
        event("Although LaRue insisted", "insisted", "Bob Woodward and Carl Bernstein", "insist",
              "Deep Throat was one person", kind=S, nth=2),
        event("LaRue said last year", "told", None, "tell", "President Nixon", neg=True, rep=FL),
        event("He cited his close relationship", "cited", FL, "cite", "his close relationship with John Mitchell",
              kind=S),
        event("LaRue served four and a half months", "served", FL, "serve", "four and a half months in prison",
              kind=B),
        event("LaRue served four and a half months", "charged", None, "charge", FL, kind=B),
    ]),
    "ecb_34_1.txt": (doc(
        "whitehouse.gov press release, Monday 2009-07-13: President Barack Obama announces his intent to nominate "
        "Regina M. Benjamin as Surgeon General (US politics, health)",
        "'THE WHITE HOUSE', 'Office of the Press Secretary', 'FOR IMMEDIATE RELEASE July 13, 2009' and the name line "
        "'Regina M. Benjamin, Nominee for Surgeon General, ...' are furniture. The headline's announcement is listed "
        "(undated); 'Today ... announced his intent to nominate' and '... the following individual today' are both "
        "listed (a main clause telling again), speech acts dated 2009-07-13; the intended nomination is inside the "
        "announcement's object (not listed apart, as a stated intent). The quotation and its 'said' are not listed. "
        "The biography's current posts ('is Founder and CEO', 'is the Immediate Past-Chair', 'holds a BS', 'is also a "
        "recent recipient') and 'previously served as Associate Dean' (a tenure) are states; its past acts are "
        "background: 'became President ... In 2002' (2002), 'received her MD degree ... as well as an MBA', "
        "'completed her residency', 'received the Nelson Mandela Award ... in 1998' (1998), 'was elected ... in 1995' "
        "(1995, agentless), 'was previously named by Time Magazine', 'was also featured' (one row, agentless: the "
        "'by CBS This Morning' names only the last of its three features) and 'received the 2000 National Caring "
        "Award' (undated: '2000' is in the award's name); 'making her the first ...' relates (not listed)."), [
        event("President Obama Announces Nominee", "Announces", BO, "announce", "Nominee for Surgeon General", kind=S),
        event("Today, President Barack Obama announced", "announced", BO, "announce",
              "his intent to nominate Regina M. Benjamin as Surgeon General, Department of Health and Human Services",
              kind=S, date="2009-07-13"),
        event("President Obama announced his intent to nominate the following", "announced", BO, "announce",
              "his intent to nominate the following individual", kind=S, date="2009-07-13"),
        event("In 2002, she became President", "became", RB, "become",
              "President of the Medical Association of the State of Alabama", kind=B, date="2002"),
        event("She was in the 2nd class", "received", RB, "receive",
              "her MD degree from the University of Alabama, Birmingham, as well as an MBA from Tulane University",
              kind=B),
        event("She completed her residency", "completed", RB, "complete",
              "her residency in family medicine at the Medical Center of Central Georgia", kind=B),
        event("Dr. Benjamin received the Nelson Mandela Award", "received", RB, "receive",
              "the Nelson Mandela Award for Health and Human Rights", kind=B, date="1998"),
        event("Dr. Benjamin received the Nelson Mandela Award", "elected", None, "elect", RB, kind=B, date="1995"),
        event("Dr. Benjamin was previously named", "named", "Time Magazine", "name", RB, kind=B),
        event("She was also featured", "featured", None, "feature", RB, kind=B),
        event("She received the 2000 National Caring Award", "received", RB, "receive",
              "the 2000 National Caring Award, as well as the papal honor Pro Ecclesia et Pontifice", kind=B),
    ]),
    "ecb_41_1.txt": (doc(
        "enoughproject.org blog, Thursday 2011-11-10: Sudan's armed forces bomb the Yida refugee camp in South Sudan "
        "(conflict, Sudan and South Sudan)",
        "The headline's 'Bombs' is listed (subject 'Sudan', as printed). 'today' = 2011-11-10 dates the attack, the "
        "U.N. aircraft's landing ('where two U.N. aircraft had landed today', its own clause) and President Kiir's "
        "press conference; 'In a November 9 press conference' dates his statement (2011-11-09); 'in July' dates the "
        "fighting's beginning (2011-07). Negated outcomes are listed as the sources give them ('no one was killed or "
        "injured', 'which did not explode', 'no children or staff were injured', 'The plane was not damaged'); "
        "'reportedly', 'allegedly' name no reporter (reported_by null). 'A SAF spokesman denied the attack occurred' "
        "lists the denial only; 'reported hearing a large explosion, then saw' lists the hearing and the seeing "
        "(perception, dev's 'noticed'), the quoted crater not taken as the correspondent's words beyond the object's "
        "head; 'Observers believe the attacks were carried out' is an opinion; 'when the raid began' and 'since the "
        "bomb did not explode' tell again in subordinate clauses (blind47); 'two landed and exploded on the outskirts' "
        "tells the 'Three other bombs allegedly exploded' in detail (listed: a main clause); 'to deliver food' is a "
        "purpose; 'The attack on Yida camp comes shortly after' relates; 'which he said killed seven' is listed "
        "(reported by Salva Kiir, undated: 'on Tuesday' is inside the noun 'the reported bombing'); 'It remains to be "
        "seen' and the Prendergast quotations are not listed."), [
        event("Sudan Bombs Yida", "Bombs", "Sudan", "bomb", "Yida Refugee Camp in South Sudan"),
        event("The Sudan Armed Forces, or SAF, attacked", "attacked", SAF, "attack", "a refugee camp in South Sudan",
              date="2011-11-10"),
        event("Enough Project sources indicated", "killed", None, "kill", None, neg=True,
              rep="Enough Project sources"),
        event("Enough Project sources indicated", "injured", None, "injure", None, neg=True,
              rep="Enough Project sources"),
        event("A SAF spokesman denied", "denied", "A SAF spokesman", "deny", "the attack occurred", kind=S),
        event("At least four bombs were reportedly dropped", "dropped", None, "drop", "At least four bombs"),
        event("Sources on the ground told Enough", "explode", "one bomb", "explode", None, neg=True, rep=SRC),
        event("Sources on the ground told Enough", "fell", "one bomb", "fall", None, rep=SRC),
        event("Sources on the ground told Enough", "falling", "several more", "fall", None, rep=SRC),
        event("A Reuters correspondent reported", "hearing", "A Reuters correspondent", "hear", "a large explosion",
              rep="A Reuters correspondent"),
        event("A Reuters correspondent reported", "saw", "A Reuters correspondent", "see", "a crater",
              rep="A Reuters correspondent"),
        event("One of the bombs landed", "landed", "One of the bombs", "land", None, rep=RBo),
        event("Boyette reported school was in session", "injured", None, "injure", "no children or staff", neg=True,
              rep=RBo),
        event("Three other bombs allegedly exploded", "exploded", "Three other bombs", "explode", None),
        event("Three other bombs allegedly exploded", "landed", "two", "land", None),
        event("Three other bombs allegedly exploded", "exploded", "two", "explode", None, nth=2),
        event("Three other bombs allegedly exploded", "landed", "two U.N. aircraft", "land", None, nth=2,
              date="2011-11-10"),
        event("The first aircraft departed", "departed", "The first aircraft", "depart", None),
        event("The first aircraft departed", "began", "the bombings", "begin", None),
        event("The first aircraft departed", "arrived", "the second aircraft", "arrive", None),
        event("The plane was not damaged", "damaged", None, "damage", "The plane", neg=True),
        event("Yida is home to", "walked", "many of the refugees", "walk", None, kind=B),
        event("Since fighting between the SAF", "began", "fighting between the SAF and the Sudanese Peoples' "
              "Liberation Army-North", "begin", None, date="2011-07"),
        event("Since fighting between the SAF", "fled", "hundreds of thousands of civilians", "flee",
              "South Kordofan"),
        event("In a November 9 press conference", "stated", SK, "state",
              "his country would not retaliate for the reported bombing of Guffa in Upper Nile state on Tuesday",
              kind=S, date="2011-11-09"),
        event("In a November 9 press conference", "killed", "the reported bombing of Guffa", "kill", "seven", rep=SK),
        event("It remains to be seen", "held", SK, "hold", "a press conference on relations with Sudan",
              date="2011-11-10"),
    ]),
    "ecb_11_2.txt": (doc(
        "timesca.com, Friday 2013-09-27: Turkmenistan will hold its first parliamentary elections on a two-party "
        "basis on 15 December 2013 (politics, Central Asia)",
        "The headline's 'to hold' is an act to come (modality will, dev's 'To Host'), undated (its '27 / 09 / 2013-' "
        "prefix is furniture). 'Published on' is furniture. 'will be held' is agentless, modality will, reported by "
        "the Central Elections Commission ('according to'), dated 2013-12-15 by its relative's 'scheduled for "
        "December 15 of this year' (the scheduling itself a state, not listed)."), [
        event("Turkmenistan to hold", "hold", "Turkmenistan", "hold",
              "first-ever parliamentary elections on a two-party basis", mod="will"),
        event("Parliamentary elections in Turkmenistan", "held", None, "hold",
              "Parliamentary elections in Turkmenistan", mod="will",
              rep="the Central Elections Commission of Turkmenistan", date="2013-12-15"),
    ]),
    "ecb_29_8.txt": (doc(
        "fox4kc.com, Sunday 2012-12-23: the Indianapolis Colts beat the Kansas City Chiefs 20-13 and clinch a playoff "
        "berth (sport, NFL)",
        "The headline's 'Clinch' is listed. 'on Sunday afternoon' = 2012-12-23 dates the loss and 'with Sunday's "
        "win' the clinching (a main clause telling the headline again); the game's narration is undated. Stat lines "
        "and running scores are figures (dev: 'Despite rushing for 352 yards', 'Indy led 13-3 at the half', "
        "'Charles' 226 yards rushing', 'rushed for 101 yards', 'racked up a total of 507 yards'); 'to trim the "
        "deficit to 13-10' is listed as a result infinitive (dev's 'to tie', 'to key a 7-0 run'; a hard call against "
        "dev's unlisted 'to make it 19-12'); 'capping the ... drive' is a participle telling an act (listed); 'owned "
        "the NFL's worst record', 'held the previous record', 'holds spots one and two', 'are currently in line' "
        "are states; 'almost got to play the role of the Grinch' and 'a Chiefs win would've likely cost them' are "
        "counterfactual; 'it stayed that way' a state. 'will play their season finale ... next Sunday afternoon' = "
        "2012-12-30 (modality will). Teams by their fullest names ('Indy', 'Indianapolis', 'The Colts' written 'the "
        "Indianapolis Colts'; 'Kansas City', 'The Chiefs' 'the Kansas City Chiefs'), players by name."), [
        event("Colts Clinch Playoff Berth", "Clinch", IC, "clinch", "Playoff Berth"),
        event("Despite rushing for 352 yards", "lost", KC, "lose", "their home finale", date="2012-12-23"),
        event("owned the NFL", "clinched", IC, "clinch", "a spot in the playoffs", date="2012-12-23"),
        event("rookie quarterback Andrew Luck found", "found", LU, "find", "Reggie Wayne"),
        event("rookie quarterback Andrew Luck found", "capping", LU, "cap", "the 73-yard game winning drive"),
        event("Luck also set a new record", "set", LU, "set",
              "a new record for most single-season passing yards by a rookie"),
        event("After holding Indianapolis", "holding", KC, "hold", IC),
        event("After holding Indianapolis", "threw", BQ, "throw", "a pick six"),
        event("After holding Indianapolis", "returned", "Darius Butler", "return", "the interception"),
        event("The Chiefs went on a 68-yard drive", "went", KC, "go on", "a 68-yard drive"),
        event("The Chiefs went on a 68-yard drive", "halted", None, "halt", "the drive"),
        event("The Chiefs went on a 68-yard drive", "lost", JC, "lose", "a fumble"),
        event("Indy led 13-3", "opened", KC, "open up", "the second half"),
        event("Charles broke off", "broke", JC, "break off", "an 86-yd TD run"),
        event("Charles broke off", "trim", JC, "trim", "the deficit"),
        event("The Chiefs went on a 67-yd drive", "went", KC, "go on", "a 67-yd drive"),
        event("The Chiefs went on a 67-yd drive", "intercepted", "Vontae Davis", "intercept", "Brady Quinn's pass"),
        event("Kicker Ryan Succop tied", "tied", "Ryan Succop", "tie", "the game"),
        event("The Chiefs will play", "play", KC, "play", "their season finale", mod="will", date="2012-12-30"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "test2"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
