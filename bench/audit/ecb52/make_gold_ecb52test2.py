"""Round ecb52-test2: an event gold on real news articles of outlets no rule was made on (the ten articles of ECB+ whose
``half`` in ``bench/audit/ecb52/corpus/MANIFEST.tsv`` is ``test2``), written to ``tests/data/gold/ecb-events-test2``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``); the calls are in each article's ``about``. Offsets and checks come from
``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb52/make_gold_ecb52test2.py

The texts are ECB+'s tokens joined back into prose (CC BY 3.0; see the corpus's ``NOTICE``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-test2"
SCRIPT = "bench/audit/ecb52/make_gold_ecb52test2.py"
ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "bench" / "audit" / "ecb52" / "corpus"

# Said once here rather than in every file: the headline is a sentence of its own (listed when it tells an act, as
# ewt-events-dev's 'Key Delhi blast suspect arrested'); the dateline, bylines and page furniture are not; a bare
# "said" that introduces a quotation, and everything inside quotation marks, is not listed; a said-like verb
# ("stated", "told", "indicated", "reported", "insisted", "confirmed") is not listed itself: its clause's act is,
# with the speaker as reported_by, and a clause that holds only a state gives nothing (pud-events-dev's convention,
# after events-dev34's Flynn "said there was" and events-dev28's "have stated there is currently no evidence").
# An event is dated only by a date expression of its own clause (a noun's date, "Sunday's win", "the attack this
# morning", dates nothing, as ewt-events-dev's "last month's deadly bomb blasts"); weekdays are resolved back from the
# publication date, weeks to their Monday.
COMMON = ("An event is dated only by a date expression of its own clause; a said-like verb is not listed itself, its "
          "clause's act is, reported by the speaker.")


def doc(summary: str, calls: str = "") -> str:
    return f"ECB+ article, {summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"

DOCS = {
    "ecb_23_2.txt": (doc(
        "stuff.co.nz, no publication date in the manifest (the line 'Last updated 15:48 15 / 09 / 2013' is page "
        "furniture): two climbers die in falls at Mt Cook (accident, New Zealand)",
        "With no publication date, 'over the weekend', 'this morning', 'Yesterday' and 'about 3pm' date nothing. The "
        "headline 'Two climbers killed in Mt Cook falls' is an agentless act; 'the second climber to fall to his "
        "death' is an infinitival relative that tells an act (listed, as blind48's relatives), and 'Inspector Dave "
        "Gaskin said the man fell around 2000ft' tells it again in a said's clause (listed again, as events-dev29's "
        "'erupted': a main clause's content); the unnamed men are written as the text writes them ('the man', 'The "
        "man'), no name being given. 'had to stay in position overnight' is 'must' (as pud-events-dev's 'has had to "
        "leave'); 'until the weather was suitable to carry them out' is a condition (not listed); 'The body was "
        "recovered ..., and taken to' are agentless and listed again; 'Inspector Gaskin confirmed the climbing party "
        "are foreigners' is a said-like verb with a copula (not listed), 'would not specify any other details' a "
        "negated speech act (would) and 'until the family of the deceased had been informed' a condition (not "
        "listed); 'police and rescures were pushed to their limits' is a strain told by an idiom (not listed, as "
        "pud-events-dev's 'are calling the shots'); 'were not related to weather conditions' is a copula; the "
        "Australian climber's death, his fall by the gerund 'after falling' (as blind48's 'before moving') and 'The "
        "man, from Hampton East, fell' (told again in a main clause) are listed; 'When it got there' is a time "
        "clause that tells the helicopter's act (listed, as blind48's time clauses), 'had been transported ... by a "
        "local helicopter service and pronounced dead by paramedics' are turned back; 'The man is thought to have "
        "fallen much earlier' is an agentless stance with the fall listed (as blind48's 'is widely suspected of "
        "asking'). The quotations are not listed."), [
        event("Two climbers killed", "killed", None, "kill", "Two climbers"),
        event("The Aoraki Mt Cook Alpine Rescue Team", "recovered", "The Aoraki Mt Cook Alpine Rescue Team",
              "recover", "the body of the second climber to fall to his death at Mount Cook National Park"),
        event("The Aoraki Mt Cook Alpine Rescue Team", "fall", "the second climber", "fall", "to his death"),
        event("Inspector Dave Gaskin said the man fell", "fell", "the man", "fall", None,
              rep="Inspector Dave Gaskin"),
        event("The friends of the deceased had to stay", "stay", "The friends of the deceased", "stay",
              "in position overnight", mod="must"),
        event("The body was recovered in the afternoon", "recovered", None, "recover", "The body"),
        event("The body was recovered in the afternoon", "taken", None, "take", "The body"),
        event("but would not specify any other details", "specify", "Inspector Dave Gaskin", "specify",
              "any other details", neg=True, mod="would", kind=S),
        event("Yesterday, a 36-year-old Australian climber died", "died", "a 36-year-old Australian climber", "die"),
        event("Yesterday, a 36-year-old Australian climber died", "falling", "a 36-year-old Australian climber",
              "fall", None),
        event("The man, from Hampton East, fell", "fell", "The man", "fall", None),
        event("A Westpac Rescue Helicopter from Christchurch was called", "called", None, "call",
              "A Westpac Rescue Helicopter from Christchurch"),
        event("When it got there", "got", "A Westpac Rescue Helicopter from Christchurch", "get", "there"),
        event("When it got there", "transported", "a local helicopter service", "transport", "the man"),
        event("When it got there", "pronounced", "paramedics", "pronounce", "the man"),
        event("The man is thought to have fallen", "thought", None, "think", "The man", kind=ST),
        event("The man is thought to have fallen", "fallen", "The man", "fall", None),
    ]),
    "ecb_40_5.txt": (doc(
        "gizmag.com, Tuesday 2012-06-12: Apple unveils a cheaper MacBook Air with Ivy Bridge processors (technology, a "
        "product review)",
        "No clause names a date ('WWDC week' is a name, not a date). The headline's 'unveils' is listed; 'Apple has "
        "chosen WWDC week to announce an update' lists the choice and the announcement (a speech act). The review's "
        "description of the new model is not listed: 'may lack', 'sees significant advances', 'What hasn't changed "
        "is', 'remains', 'weighing in at', 'which brings with it a switch', 'This should bring with it a noticeable "
        "performance boost' (a relation, as pud-events-dev's 'The move highlighted'), 'though its doubtful that "
        "hardcore gamers will be rushing to buy' (a guess, nothing asserted), 'is now configurable', 'Connectivity "
        "sees a significant boost', 'allows data transfer', 'lets the power cable disconnected', 'still starts at "
        "US$999'; the changes of a figure, 'has doubled from 2 to 4 GB' and 'has dropped $100 to $1199', are figures "
        "(not listed, as pud-events-dev's 'it cost $103.7 million'), and 'onboard memory has also received a boost' "
        "a figure's change told by a light verb (not listed). The two agentless passives 'has been upgraded to lower "
        "voltage ... SDRAM' and 'The power connection has been upgraded to Apple's MagSafe 2' tell Apple's acts on "
        "the machine and are listed."), [
        event("Apple unveils cheaper", "unveils", "Apple", "unveil", "cheaper Ivy Bridge-powered MacBook Air"),
        event("Apple has chosen WWDC week", "chosen", "Apple", "choose", "WWDC week"),
        event("Apple has chosen WWDC week", "announce", "Apple", "announce", "an update to its MacBook Air line",
              kind=S),
        event("The included random access memory allowance", "upgraded", None, "upgrade",
              "The included random access memory allowance"),
        event("The power connection has been upgraded", "upgraded", None, "upgrade", "The power connection"),
    ]),
    "ecb_14_9.txt": (doc(
        "westerndailypress.co.uk, Monday 2013-07-22: a man is charged with arson after a fire at a Waitrose "
        "supermarket in Wellington (crime, Somerset)",
        "'tomorrow morning' = 2013-07-23 dates the court appearance (will), 'on Sunday morning' = 2013-07-21 the "
        "raising of the alarm; 'at the weekend' belongs to the fire (a noun), so the charge is undated, and so is "
        "'tackled the blaze' (its time clause's date is the alarm's). The headline 'man charged with arson' and the "
        "two charges of the body are agentless and each listed (a headline is a sentence of its own; an act told "
        "again in a main clause is listed again, as events-dev29's 'erupted'); 'a fire that devastated a Somerset "
        "supermarket' is a relative that tells an act; 'has been denied bail' is agentless; 'after the alarm was "
        "raised' a time clause that tells an agentless act. The line 'Breaking:' is part of the headline."), [
        event("man charged with arson after fire", "charged", None, "charge", "man"),
        event("A man has been charged", "charged", None, "charge", "A man"),
        event("A man has been charged", "devastated", "a fire", "devastate", "a Somerset supermarket"),
        event("Robert Pitman, aged 24", "charged", None, "charge", "Robert Pitman"),
        event("He has been denied bail", "denied", None, "deny", "Robert Pitman"),
        event("He has been denied bail", "appear", "Robert Pitman", "appear", "at Taunton Deane Magistrates Court",
              mod="will", date="2013-07-23"),
        event("Dozens of firefighters tackled", "tackled", "Dozens of firefighters", "tackle",
              "the blaze at the supermarket"),
        event("Dozens of firefighters tackled", "raised", None, "raise", "the alarm", date="2013-07-21"),
    ]),
    "ecb_18_11.txt": (doc(
        "theage.com.au, Tuesday 2007-04-10: a sacked worker shoots three former colleagues at an accounting firm near "
        "Detroit and is arrested after a chase (crime, United States)",
        "'last week' = the week of 2007-04-02 (its Monday) dates the firing, 'at about 10am today' = 2007-04-10 the "
        "shooter's walking in, 'this afternoon' = 2007-04-10 the calls not answered; 'the attack this morning' is a "
        "noun's date (the arrest undated). The headline 'Sacked worker shoots ex-colleagues' is listed as written "
        "(the article names the suspect but never says he shot: its subject is the headline's). 'A man suspected of "
        "shooting three people, killing one' is an agentless stance reported by the authorities, its content not "
        "listed (as events-dev20's 'who was suspected of dying' and events-dev21's 'was later accused of "
        "inciting'); 'from which he was fired last week' and 'was arrested' are agentless, reported by the "
        "authorities; 'where the shootings took place' tells the shooting again in a relative (not listed, "
        "blind47's rule). Each act told in a said's clause carries its speaker ('Police' for 'they had located', "
        "Robert J Pickell for the chase, 'before he finally pulled over' (a time clause), 'said nothing' (a speech "
        "act negated by its object, as events-dev21's 'expressed no regret'), 'after officers surrounded him' and "
        "'Officers found'; 'Witnesses' for 'the shooter used', the nearer speaker of two; 'Some witnesses' for 'when "
        "the shooter walked into the office', while 'he looked as if he was trying to hide something' is an "
        "appearance (not listed); Ilene Wolfe for the families' request, the hospital's refusal (would, negated) "
        "and the third victim's death). 'describing the suspect as \"subdued.' is a speech act (as events-dev34's "
        "'She described him as'); 'Police could not say how many shots were fired' a negated speech act (could), "
        "its indirect question presupposing an agentless act (as pud-events-dev's 'explaining why the section was "
        "being closed'); 'was listed among the professional staff', 'houses a number of businesses', 'who works at "
        "LPL Financial' and 'a recording said the offices were closed' are states; 'told workers to stay in their "
        "offices' and 'told the group to stay put' list the telling (the requested act not listed, as "
        "events-dev19's 'Residents were told to stay off'), and 'until officers allowed them to leave' is the "
        "instruction's term (not listed); 'with furniture pushed up against the door' describes (not listed). 'He' "
        "and 'LaCalamita' are written 'Anthony LaCalamita', 'Pickell' 'Robert J Pickell', 'the hospital' 'Beaumont "
        "Hospital'; 'the shooter' is kept as written. The quotations are not listed."), [
        event("Sacked worker shoots", "shoots", "Sacked worker", "shoot", "ex-colleagues"),
        event("A man suspected of shooting", "suspected", None, "suspect", "Anthony LaCalamita", rep="authorities",
              kind=ST),
        event("A man suspected of shooting", "fired", None, "fire", "Anthony LaCalamita", rep="authorities",
              kind=B, date="2007-04-02"),
        event("A man suspected of shooting", "arrested", None, "arrest", "Anthony LaCalamita", rep="authorities"),
        event("Police said they had located", "located", "Police", "locate", "Anthony LaCalamita", rep="Police"),
        event("Sheriff's deputies and state police chased", "chased", "Sheriff's deputies and state police", "chase",
              "Anthony LaCalamita", rep="Robert J Pickell"),
        event("Sheriff's deputies and state police chased", "pulled", "Anthony LaCalamita", "pull over", None,
              rep="Robert J Pickell"),
        event("LaCalamita said nothing after", "said", "Anthony LaCalamita", "say", "nothing", neg=True,
              rep="Robert J Pickell", kind=S),
        event("LaCalamita said nothing after", "surrounded", "officers", "surround", "Anthony LaCalamita",
              rep="Robert J Pickell"),
        event("LaCalamita said nothing after", "describing", "Robert J Pickell", "describe", "the suspect", kind=S),
        event("Officers found a 12-gauge", "found", "Officers", "find",
              "a 12-gauge pump-action shotgun and three live shells", rep="Robert J Pickell"),
        event("Witnesses said the shooter used", "used", "the shooter", "use", "a shotgun or a rifle",
              rep="Witnesses"),
        event("Some witnesses told police that", "walked", "the shooter", "walk",
              "into the office on the building's second floor", rep="Some witnesses", date="2007-04-10"),
        event("Police could not say how many", "say", "Police", "say", "how many shots were fired", neg=True,
              mod="could", kind=S),
        event("Police could not say how many", "fired", None, "fire", "shots"),
        event("The families of the two wounded men requested", "requested", "The families of the two wounded men",
              "request", "\"total privacy\"", rep="Ilene Wolfe", kind=S),
        event("The families of the two wounded men requested", "release", "Beaumont Hospital", "release",
              "any details about their conditions", neg=True, mod="would", rep="Ilene Wolfe", kind=S),
        event("She said the third victim died", "died", "the third victim", "die", None, rep="Ilene Wolfe"),
        event("Calls to Gordon Advisers were not answered", "answered", None, "answer", "Calls to Gordon Advisers",
              neg=True, date="2007-04-10"),
        event("Police at first told workers", "told", "Police", "tell", "workers", kind=S),
        event("Police at first told workers", "evacuated", "Police", "evacuate", "the building"),
        event("Bill Adgate, who works at LPL Financial", "hunkered", "Bill Adgate", "hunker down",
              "inside the office", rep="Bill Adgate"),
        event("He said police told the group", "told", "police", "tell", "the group", rep="Bill Adgate", kind=S),
    ]),
    "ecb_32_9.txt": (doc(
        "lakelandradio.co.uk, Wednesday 2013-06-12: a trial date is set for a Millom man accused of murdering his "
        "mother and sister (crime, Cumbria)",
        "'today' = 2013-06-12 dates the court appearance that did not happen, 'in September' = 2013-09 the plea (will), "
        "'on Saturday morning' = 2013-06-08 the finding of the bodies; 'for October' is the trial hearing's time "
        "(the pencilling undated). The headline lists the agentless setting and accusation (a headline is a "
        "sentence of its own), and the lead both again; 'accused of murdering his mother and sister' is an "
        "agentless speech act, its content not listed (as events-dev21's 'was later accused of inciting'). 'was due "
        "to appear ... but didn't' is one event, the appearance, negated (the plan, 'was due to', modality will as "
        "in events-dev's 'was due to retire', did not come about: the row gives what happened); 'he's currently "
        "considered too much of a danger' is an agentless stance whose content is a copula (a state, not listed); "
        "'The case continued in his absence' and 'was penciled in' are listed, '23-year old's due to enter his "
        "plea' is a plan (will). 'They'd suffered severe head injuries' is listed with the two women as subject; "
        "'also faces an animal cruelty charge' is a standing state (not listed), 'the family's dog was also found "
        "beaten to death' gives the agentless finding and the agentless beating. 'Posted:' and its date are page "
        "furniture. 'He', 'his' and 'the 23-year old' are written 'John Jenkin'."), [
        event("TRIAL DATE SET FOR", "SET", None, "set", "TRIAL DATE"),
        event("TRIAL DATE SET FOR", "ACCUSED", None, "accuse", "MAN", kind=S),
        event("A trial date's been set", "set", None, "set", "A trial date"),
        event("A trial date's been set", "accused", None, "accuse", "a Millom man", kind=S),
        event("John Jenkin was due to appear", "appear", "John Jenkin", "appear",
              "via video link at Preston Crown Court", neg=True, date="2013-06-12"),
        event("The case continued in his absence", "continued", "The case", "continue", None),
        event("The case continued in his absence", "penciled", None, "pencil in", "a three day trial hearing"),
        event("The case continued in his absence", "enter", "John Jenkin", "enter", "his plea", mod="will",
              date="2013-09"),
        event("The bodies of Alice McMeekin and Katie Jenkin were found", "found", None, "find",
              "The bodies of Alice McMeekin and Katie Jenkin", date="2013-06-08"),
        event("They'd suffered severe head injuries", "suffered", "Alice McMeekin and Katie Jenkin", "suffer",
              "severe head injuries"),
        event("John Jenkin also faces", "found", None, "find", "the family's dog"),
        event("John Jenkin also faces", "beaten", None, "beat", "the family's dog"),
    ]),
    "ecb_28_1.txt": (doc(
        "theguardian.com, Thursday 2004-07-29: Fred LaRue, a Watergate figure suspected of being Deep Throat, is "
        "found dead in a hotel (US politics, an obituary)",
        "'yesterday' = 2004-07-28 dates the announcement; 'last year' belongs to the said (not listed), so the "
        "reported telling is undated; 'in 1972' belongs to a tenure (not listed). The headline 'Deep Throat suspect "
        "found dead in hotel' and 'was found dead in a hotel room' are agentless findings (each listed); 'may soon "
        "be resolved' is an agentless possibility (may), 'it was announced yesterday' an agentless speech act whose "
        "content, the death, is listed with no reporter (the announcement is no one's); 'the man many suspect of "
        "being Deep Throat' is a standing suspicion with a copula as content (not listed); 'known as the "
        "\"bagman\"' describes, 'because he delivered payments' tells an act (background), 'to ensure the "
        "silence' is a purpose. 'who broke the Watergate story' is a relative that tells an act; 'have maintained "
        "that they would only reveal the identity of Deep Throat once he was dead' gives the reporters' conditional "
        "intention (would, reported by them; 'maintained' is said-like). 'There have been several names advanced' "
        "is an existential and 'is one of the more likely candidates', 'He was a special assistant', 'who headed "
        "Creep' and 'LaRue was at a meeting' are copulas and tenures; 'at which the scheme ... was first mooted' "
        "is an agentless act (background). 'LaRue insisted he was not Deep Throat' and 'have insisted Deep Throat "
        "was one person' are said-like verbs with copulas (not listed); 'President Nixon had not been told of the "
        "plan' is an agentless negated speech act reported by LaRue; 'cited his close relationship' is a speech act "
        "('to back up his claim' a purpose); 'served four and a half months in prison' is a term (not listed, as "
        "blind48's prison terms), 'after being charged with obstructing justice' a passive gerund that tells an act "
        "(as events-dev33's 'after being hospitalized'). 'LaRue', 'He' and 'the man many suspect' are written 'Fred "
        "LaRue'; 'Woodward and Bernstein' 'Carl Bernstein and Bob Woodward'."), [
        event("Deep Throat suspect found dead", "found", None, "find", "Deep Throat suspect"),
        event("One of the longest-running mysteries", "resolved", None, "resolve",
              "One of the longest-running mysteries of American politics", mod="may"),
        event("One of the longest-running mysteries", "announced", None, "announce",
              "that the man many suspect of being Deep Throat in the Watergate scandal had died", kind=S,
              date="2004-07-28"),
        event("One of the longest-running mysteries", "died", "Fred LaRue", "die", None),
        event("Fred LaRue, known as the", "delivered", "Fred LaRue", "deliver",
              "payments to ensure the silence of participants in the Watergate break-in", kind=B),
        event("Fred LaRue, known as the", "found", None, "find", "Fred LaRue"),
        event("The two Washington Post reporters who broke", "broke", "Carl Bernstein and Bob Woodward", "break",
              "the Watergate story", kind=B),
        event("The two Washington Post reporters who broke", "reveal", "Carl Bernstein and Bob Woodward", "reveal",
              "the identity of Deep Throat", mod="would", rep="Carl Bernstein and Bob Woodward", kind=S),
        event("LaRue was at a meeting", "mooted", None, "moot",
              "the scheme to break into the Democratic headquarters in the Watergate building in Washington",
              kind=B),
        event("LaRue said last year that", "told", None, "tell", "President Nixon", neg=True, rep="Fred LaRue",
              kind=S),
        event("He cited his close relationship", "cited", "Fred LaRue", "cite",
              "his close relationship with Mr Mitchell", kind=S),
        event("LaRue served four and a half months", "charged", None, "charge", "Fred LaRue", kind=B),
    ]),
    "ecb_34_1.txt": (doc(
        "whitehouse.gov (a press release), Monday 2009-07-13: President Obama announces his nominee for Surgeon "
        "General, Regina M. Benjamin (US politics, an appointment)",
        "'Today' and 'today' = 2009-07-13 date the two announcements; the nominee's career is background, dated by "
        "the years its clauses give ('In 2002' her becoming president of the state's medical association, 'in 1998' "
        "the Nelson Mandela Award, 'in 1995' her election to the AMA board); 'the 2000 National Caring Award' is an "
        "award's name (its receipt undated). The lines 'THE WHITE HOUSE', 'Office of the Press Secretary', 'FOR "
        "IMMEDIATE RELEASE July 13, 2009' and the heading 'Regina M. Benjamin, Nominee for Surgeon General, ...' "
        "are page furniture; the title 'President Obama Announces Nominee for Surgeon General' is the headline "
        "(listed). 'announced his intent to nominate' lists the announcement only (the nomination is the noun's "
        "content, as events-dev26's 'stated its intention to leave'), and the second announcement is listed again "
        "(told again in a main clause). Obama's quotation is not listed. 'is Founder and CEO', 'is the Immediate "
        "Past-Chair', 'previously served as Associate Dean' (a tenure), 'holds a BS', 'was in the 2nd class' and 'is "
        "also a recent recipient' are states; 'making her the first African American woman to be president' and "
        "'making her the first physician under age 40' relate (not listed); 'received her MD degree ... as well as "
        "an MBA', 'completed her residency', the awards received, 'was elected' (agentless) and 'was previously named "
        "by Time Magazine' (turned back) are listed; 'was also featured in a New York Times article, ..., on ABC's "
        "World News Tonight ..., and as \"Woman of the Year\" by CBS This Morning' is one verb with three media, "
        "listed once with no single agent (subject null); 'which was inspired by Mother Teresa' describes the award "
        "(not listed). 'She' and 'Dr. Benjamin' are written 'Regina M. Benjamin', 'President Obama' 'Barack "
        "Obama'."), [
        event("President Obama Announces Nominee", "Announces", "Barack Obama", "announce",
              "Nominee for Surgeon General", kind=S),
        event("Today, President Barack Obama announced", "announced", "Barack Obama", "announce",
              "his intent to nominate Regina M. Benjamin as Surgeon General", kind=S, date="2009-07-13"),
        event("President Obama announced his intent to nominate the following", "announced", "Barack Obama",
              "announce", "his intent to nominate the following individual", kind=S, date="2009-07-13"),
        event("In 2002, she became President", "became", "Regina M. Benjamin", "become",
              "President of the Medical Association of the State of Alabama", kind=B, date="2002"),
        event("She was in the 2nd class", "received", "Regina M. Benjamin", "receive",
              "her MD degree from the University of Alabama, Birmingham, as well as an MBA from Tulane University",
              kind=B),
        event("She completed her residency", "completed", "Regina M. Benjamin", "complete",
              "her residency in family medicine", kind=B),
        event("Dr. Benjamin received the Nelson Mandela Award", "received", "Regina M. Benjamin", "receive",
              "the Nelson Mandela Award for Health and Human Rights", kind=B, date="1998"),
        event("Dr. Benjamin received the Nelson Mandela Award", "elected", None, "elect", "Regina M. Benjamin",
              kind=B, date="1995"),
        event("Dr. Benjamin was previously named", "named", "Time Magazine", "name", "Regina M. Benjamin", kind=B),
        event("She was also featured", "featured", None, "feature", "Regina M. Benjamin", kind=B),
        event("She received the 2000 National Caring Award", "received", "Regina M. Benjamin", "receive",
              "the 2000 National Caring Award as well as the papal honor Pro Ecclesia et Pontifice", kind=B),
    ]),
    "ecb_41_1.txt": (doc(
        "enoughproject.org (a blog of the Enough Project), Thursday 2011-11-10: Sudan's armed forces bomb the Yida "
        "refugee camp in South Sudan (conflict)",
        "'today' = 2011-11-10 dates the attack, the U.N. aircraft's landing and Salva Kiir's press conference; 'in "
        "July' = 2011-07 the start of the fighting; 'on Tuesday' belongs to the bombing of Guffa (a noun), so 'which "
        "he said killed seven' is undated, and 'In a November 9 press conference' dates only the 'stated' (said-like, "
        "not listed). The headline 'Sudan Bombs Yida Refugee Camp' is listed ('Breaking News:' is part of it). 'no "
        "one was killed or injured' and 'no children or staff were injured' are agentless acts negated by their "
        "objects (as events-dev21's 'expressed no regret'), reported by the Enough Project's sources and by Ryan "
        "Boyette ('indicated', 'reported' are said-like); 'casualty figures remain unconfirmed' is a state; 'A SAF "
        "spokesman denied the attack occurred' is a speech act (the attack, told again in its content, not listed "
        "again); 'were reportedly dropped', 'reportedly began' and 'allegedly exploded' have no reporter (an "
        "unattributed 'reportedly'); 'which did not explode' is a relative that tells a negated act, 'with several "
        "more falling' a with-absolute that tells an act (as blind48's 'with some protesters heading'), both "
        "reported by the sources on the ground; 'reported hearing a large explosion' gives the hearing reported by "
        "the correspondent and 'then saw \"...' his act (the quotation's words not listed); 'Observers believe the "
        "attacks were carried out by ...' is a stance with the act turned back and reported by the observers; "
        "'according to citizen journalist Ryan Boyette' reports the landing, 'who was on the phone' is a state and "
        "'when the raid began' tells the attack again in a time clause (not listed, blind47's rule), as 'since the "
        "bomb did not explode' does; after the colon 'two landed and exploded' tells the explosions again in a main "
        "clause (listed again, 'two' written 'two of the three other bombs'); 'where two U.N. aircraft had landed "
        "today' is a relative that tells an act, 'to deliver food' a purpose; 'shortly after the second aircraft "
        "arrived' a time clause that tells an act; 'The plane was not damaged' an agentless negated act; 'Yida is "
        "home to' a copula, its relative 'many of whom walked at least seven days' an act (background, 'to flee' a "
        "purpose); 'Since fighting ... began in July' a time clause that tells an act; 'comes shortly after reports' "
        "relates (not listed, as blind48's 'The move came shortly after') and 'making it Sudan's second ... attack' "
        "relates; 'his country would not retaliate' is a negated intention (would) reported by Salva Kiir; 'It "
        "remains to be seen how the Government of South Sudan will respond' asks (not listed); 'President Kiir held "
        "a press conference today' is listed. Prendergast's quotations and 'quoted by the Associated Press' are not "
        "listed. 'SAF' is written 'The Sudan Armed Forces', 'his country' 'South Sudan', 'President Kiir' 'Salva "
        "Kiir'."), [
        event("Sudan Bombs Yida Refugee Camp", "Bombs", "Sudan", "bomb", "Yida Refugee Camp in South Sudan"),
        event("The Sudan Armed Forces, or SAF, attacked", "attacked", "The Sudan Armed Forces", "attack",
              "a refugee camp in South Sudan", date="2011-11-10"),
        event("Enough Project sources indicated", "killed", None, "kill", "no one", neg=True,
              rep="Enough Project sources"),
        event("Enough Project sources indicated", "injured", None, "injure", "no one", neg=True,
              rep="Enough Project sources"),
        event("A SAF spokesman denied", "denied", "A SAF spokesman", "deny", "the attack occurred", kind=S),
        event("At least four bombs were reportedly dropped", "dropped", None, "drop", "At least four bombs"),
        event("Sources on the ground told Enough", "explode", "one bomb", "explode", None, neg=True,
              rep="Sources on the ground"),
        event("Sources on the ground told Enough", "fell", "one bomb", "fall", "directly within the camp",
              rep="Sources on the ground"),
        event("Sources on the ground told Enough", "falling", "several more", "fall", "in the close vicinity",
              rep="Sources on the ground"),
        event("A Reuters correspondent reported hearing", "hearing", "A Reuters correspondent", "hear",
              "a large explosion", rep="A Reuters correspondent"),
        event("A Reuters correspondent reported hearing", "saw", "A Reuters correspondent", "see",
              "a crater, an unexploded bomb and a white aircraft flying north"),
        event("Observers believe the attacks", "believe", "Observers", "believe",
              "the attacks were carried out by the SAF's signature Antonov bombers", kind=ST),
        event("Observers believe the attacks", "carried", "the SAF's signature Antonov bombers", "carry out",
              "the attacks", rep="Observers"),
        event("One of the bombs landed inside", "landed", "One of the bombs", "land",
              "inside a primary school yard in the camp", rep="Ryan Boyette"),
        event("Boyette reported school was in session", "injured", None, "injure", "no children or staff",
              neg=True, rep="Ryan Boyette"),
        event("Three other bombs allegedly exploded", "exploded", "Three other bombs", "explode", None),
        event("Three other bombs allegedly exploded", "landed", "two of the three other bombs", "land", None),
        event("Three other bombs allegedly exploded", "exploded", "two of the three other bombs", "explode", None,
              nth=2),
        event("Three other bombs allegedly exploded", "landed", "two U.N. aircraft", "land", None, nth=2,
              date="2011-11-10"),
        event("The first aircraft departed", "departed", "The first aircraft", "depart", None),
        event("The first aircraft departed", "began", "the bombings", "begin", None),
        event("The first aircraft departed", "arrived", "the second aircraft", "arrive", None),
        event("The plane was not damaged", "damaged", None, "damage", "The plane", neg=True),
        event("Yida is home to more than", "walked", "many of the more than 22,000 refugees", "walk",
              "at least seven days across the border", kind=B),
        event("Since fighting between the SAF", "began", "fighting between the SAF and the Sudanese Peoples' "
              "Liberation Army-North", "begin", None, kind=B, date="2011-07"),
        event("Since fighting between the SAF", "fled", "hundreds of thousands of civilians", "flee",
              "South Kordofan", kind=B),
        event("In a November 9 press conference", "retaliate", "South Sudan", "retaliate",
              "for the reported bombing of Guffa in Upper Nile state", neg=True, mod="would", rep="Salva Kiir"),
        event("In a November 9 press conference", "killed", "the bombing of Guffa in Upper Nile state", "kill",
              "seven", rep="Salva Kiir"),
        event("President Kiir held a press conference today", "held", "Salva Kiir", "hold",
              "a press conference on relations with Sudan", kind=S, date="2011-11-10"),
    ]),
    "ecb_11_2.txt": (doc(
        "timesca.com (The Times of Central Asia), Friday 2013-09-27: Turkmenistan will hold its first parliamentary "
        "elections on a two-party basis (politics, Central Asia)",
        "'December 15 of this year' = 2013-12-15 dates the elections' holding (will); the headline's '27 / 09 / "
        "2013-' is the publication date printed with it, not the holding's (the headline's row undated). The "
        "headline's 'to hold' is a plan (will); 'that are scheduled for December 15' is a stative passive that "
        "dates the elections (not listed: the holding is the event); 'will be held' is agentless, reported by the "
        "Central Elections Commission ('according to'). 'Published on Friday, 27 September 2013' is page "
        "furniture."), [
        event("Turkmenistan to hold first-ever", "hold", "Turkmenistan", "hold",
              "first-ever parliamentary elections on a two-party basis", mod="will"),
        event("Parliamentary elections in Turkmenistan that are scheduled", "held", None, "hold",
              "Parliamentary elections in Turkmenistan", mod="will",
              rep="the Central Elections Commission of Turkmenistan", date="2013-12-15"),
    ]),
    "ecb_29_8.txt": (doc(
        "fox4kc.com, Sunday 2012-12-23: the Indianapolis Colts beat the Kansas City Chiefs 20-13 and clinch a "
        "playoff berth (sport, American football)",
        "'on Sunday afternoon' = 2012-12-23 (the publication day, a Sunday) dates the Chiefs' loss, 'next Sunday "
        "afternoon' = 2012-12-30 their season finale (will); 'with Sunday's win' is a noun's date (the clinching "
        "undated), and the game's plays are undated. The headline's 'Clinch' is listed; 'Despite rushing for 352 "
        "yards' is a concessive gerund that tells an act (listed, as 'RB Peyton Hillis rushed for 101 yards' is); "
        "'owned the NFL's worst record last year', 'held the previous record', 'are currently in line', 'owning the "
        "tiebreaker', 'Indy led 13-3 at the half', 'it stayed that way', 'was good for the third most' and 'holds "
        "spots one and two' are states and standings (not listed); 'almost got to play the role of the Grinch' and "
        "'a Chiefs win would've likely cost them the first overall pick' did not happen (not listed); 'capping the "
        "73-yard game winning drive' is a participle that tells Luck's act; 'After holding Indianapolis to three and "
        "out' is a gerund whose actor is the Chiefs' defence (written 'the Kansas City Chiefs'), 'to start the "
        "game' and 'to trim the deficit to 13-10' are purposes (not listed); 'who returned the interception' is a "
        "relative that tells an act; 'the drive was halted' is agentless and 'when running back Jamaal Charles lost "
        "a fumble' a time clause that tells an act; 'went on a 68-yard drive' is 'go' (the 'on' a preposition of "
        "the drive, not a particle). 'The Chiefs', 'Kansas City' are written 'the Kansas City Chiefs', 'The Colts', "
        "'Indy' 'the Indianapolis Colts', 'Luck' 'Andrew Luck', 'Charles' and 'He' 'Jamaal Charles', 'Quinn' 'Brady "
        "Quinn'."), [
        event("Colts Clinch Playoff Berth", "Clinch", "the Indianapolis Colts", "clinch", "Playoff Berth"),
        event("Despite rushing for 352 yards", "rushing", "the Kansas City Chiefs", "rush", "for 352 yards"),
        event("Despite rushing for 352 yards", "lost", "the Kansas City Chiefs", "lose",
              "their home finale to the Indianapolis Colts", date="2012-12-23"),
        event("and clinched a spot in the playoffs", "clinched", "the Indianapolis Colts", "clinch",
              "a spot in the playoffs"),
        event("rookie quarterback Andrew Luck found", "found", "Andrew Luck", "find", "wide receiver Reggie Wayne"),
        event("rookie quarterback Andrew Luck found", "capping", "Andrew Luck", "cap",
              "the 73-yard game winning drive"),
        event("Luck also set a new record", "set", "Andrew Luck", "set",
              "a new record for most single-season passing yards by a rookie"),
        event("After holding Indianapolis", "holding", "the Kansas City Chiefs", "hold", "the Indianapolis Colts"),
        event("After holding Indianapolis", "threw", "Brady Quinn", "throw", "a pick six"),
        event("After holding Indianapolis", "returned", "Darius Butler", "return", "the interception"),
        event("The Chiefs went on a 68-yard drive", "went", "the Kansas City Chiefs", "go", "on a 68-yard drive"),
        event("The Chiefs went on a 68-yard drive", "halted", None, "halt", "the drive"),
        event("The Chiefs went on a 68-yard drive", "lost", "Jamaal Charles", "lose", "a fumble"),
        event("but Kansas City opened up the second half", "opened", "the Kansas City Chiefs", "open up",
              "the second half"),
        event("Charles broke off an 86-yd TD run", "broke", "Jamaal Charles", "break off", "an 86-yd TD run"),
        event("The Chiefs went on a 67-yd drive", "went", "the Kansas City Chiefs", "go", "on a 67-yd drive"),
        event("The Chiefs went on a 67-yd drive", "intercepted", "Vontae Davis", "intercept", "Brady Quinn's pass"),
        event("Kicker Ryan Succop tied the game", "tied", "Ryan Succop", "tie", "the game"),
        event("RB Peyton Hillis rushed", "rushed", "Peyton Hillis", "rush", "for 101 yards"),
        event("The Chiefs racked up", "racked", "the Kansas City Chiefs", "rack up",
              "a total of 507 yards on offense"),
        event("The Chiefs will play their season finale", "play", "the Kansas City Chiefs", "play",
              "their season finale against the Denver Broncos", mod="will", date="2012-12-30"),
    ]),
}


if __name__ == "__main__":
    from gold_writer import write_event_gold

    n = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(f"{NAME}: {len(DOCS)} files, {n} events")
