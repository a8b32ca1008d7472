"""Round ecb54dev6: a blind event gold on real news of other publishers (the ``dev6`` half of the ECB+ articles in
``bench/audit/ecb54/corpus``, ten articles of ten outlets of 2007-2013), written to ``tests/data/gold/ecb-events-dev6``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``, ``bench/audit/ecb53/README-ecb53dev3.md`` and the ``about`` fields of
ecb-events-dev2/-dev3, ecb-events-test2, pud-events-dev, ewt-events-dev and wikinews-events-dev37); the calls are in
each article's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb54/make_gold_ecb54dev6.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev6"
SCRIPT = "bench/audit/ecb54/make_gold_ecb54dev6.py"
CORPUS = ROOT / "bench" / "audit" / "ecb54" / "corpus"

# Said once here rather than in every file, as rounds ecb52dev and ecb53dev3: an article's date is its manifest row's
# (the date it prints, else none: published null). An event is dated where its own clause names a date expression,
# resolved from the publication date (a past weekday to the one before or on it, a scheduled one to the one after; a
# week by its Monday); a participle after a dated clause shares its date; with no publication date, only a full date,
# a month with its year or a year by itself dates. A headline is a sentence of its own, listed when it tells an act;
# datelines, time lines and 'Published' lines are furniture. Everything inside quotation marks (not a title), and the
# verb that only introduces it, is not listed; states, figures, opinions, guesses, generalities, conditionals and
# abilities are no events; an act told again in a main clause is listed again, in a subordinate clause not. People
# are written by the fullest name the article gives.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
AL = "Anthony LaCalamita"
RP = "Robert Pitman"
CS, KF = "Christopher Kenyon Simpson", "Ka'Loni Marie Flynn"
RB, BO = "Regina Benjamin", "Barack Obama"
CEC = "the Central Commission for Elections and Referenda"

DOCS = {
    "ecb_18_9.txt": (doc(
        "nytimes.com, Tuesday 2007-04-10: a man fired from an accounting firm near Detroit shoots three people there, "
        "killing one, and is caught after a chase (US crime)",
        "'Published: April 10, 2007' is furniture. The headline's 'Leaves Woman Dead and 2 Hurt' is listed (a result "
        "told as an act, as events-dev28's 'The first attack left at least 42 people dead'). 'on Monday' = 2007-04-09 "
        "dates the walking in and the shooting, and the participles after them share it ('killing', and the gerunds "
        "'before fleeing and leading', as ecb53dev3's 'stopping' with 'today'); 'last week' = 2007-04-02 (the week's "
        "Monday, blind48) dates the firing (in a relative, an agentless passive) and 'had been dismissed last week', "
        "which tells it again in a main clause (listed again). Every said-like 'said' of the police or the "
        "authorities only introduces: its clause's acts are listed, reported by them. 'identified as Anthony "
        "LaCalamita' (no agent) is a naming, not listed; 'identified by the police as Madeline Kafoury' and 'The "
        "Detroit Free Press identified them as' are listed (speech acts, as events-dev22's 'a Coast Guard spokesperson "
        "identified'). 'were shot' tells the shooting again in a main clause (agentless, listed again); 'were being "
        "treated' is listed (agentless, as events-dev31's treated). 'Both are partners', 'was still listed on the "
        "firm's Web site', 'houses other tenants' and 'appeared to have no formal security system' are states; 'would "
        "not say' is a refusal (negated say, as ecb-events-test2's 'would not say', without modality); the quoted "
        "'it doesn't appear it was random' is the chief's words. 'as though he were concealing something' is a manner "
        "(not listed). 'A few hours later' and 'About two hours after the shooting' are relative to the narration "
        "(undated)."), [
        event("Shooting at Accounting Firm Leaves", "Leaves", "Shooting at Accounting Firm", "leave",
              "Woman Dead and 2 Hurt"),
        event("A man who was fired last week", "fired", None, "fire", AL, rep="the authorities", kind=B,
              date="2007-04-02"),
        event("A man who was fired last week", "walked", AL, "walk", "into his former office with a shotgun",
              rep="the authorities", date="2007-04-09"),
        event("A man who was fired last week", "shot", AL, "shoot", "three people", rep="the authorities",
              date="2007-04-09"),
        event("A man who was fired last week", "killing", AL, "kill", "one", rep="the authorities",
              date="2007-04-09"),
        event("A man who was fired last week", "fleeing", AL, "flee", None, rep="the authorities", date="2007-04-09"),
        event("A man who was fired last week", "leading", AL, "lead", "police officers on a high-speed chase",
              rep="the authorities", date="2007-04-09"),
        event("The suspect, identified as", "entered", AL, "enter",
              "the second-floor office of the accounting firm, Gordon Advisors", rep="the police"),
        event("The suspect, identified as", "opened", AL, "open", "fire", rep="the police"),
        event("A 63-year-old woman and two men", "shot", None, "shoot", "A 63-year-old woman and two men",
              rep="the police"),
        event("The woman, identified by the police", "identified", "the police", "identify", "The woman", kind=S,
              rep="the authorities"),
        event("The woman, identified by the police", "died", "Madeline Kafoury", "die", None, rep="the authorities"),
        event("The two other victims were being treated", "treated", None, "treat", "The two other victims"),
        event("Ilene Wolff, a spokeswoman", "requested", "their families", "request", "privacy", kind=S,
              rep="Ilene Wolff"),
        event("Ilene Wolff, a spokeswoman", "releasing", "Beaumont Hospital", "release",
              "any information about their condition or the nature of their injuries", neg=True, rep="Ilene Wolff"),
        event("Though the police declined", "declined", "the police", "decline", "to release the names of the two men",
              kind=S),
        event("Though the police declined", "identified", "The Detroit Free Press", "identify", "the two men",
              kind=S),
        event("had been dismissed last week", "dismissed", None, "dismiss", AL, rep="the police",
              date="2007-04-02"),
        event("Though they would not say", "say", "the police", "say",
              "what his relationship was with any of the victims or what led to the shootings", neg=True, kind=S),
        event("Officers and witnesses described", "described", "Officers and witnesses", "describe",
              "a chaotic scene immediately after the shooting", kind=S),
        event("Officers and witnesses described", "barricaded", "workers", "barricade",
              "themselves in their cubicles and offices"),
        event("A few hours later, some employees", "gathered", "some employees", "gather", "outside the building"),
        event("A few hours later, some employees", "speak", "some employees", "speak", "to reporters", neg=True,
              kind=S),
        event("He said witnesses told the police", "told", "witnesses", "tell", "the police", kind=S,
              rep="Charles Craft"),
        event("He said witnesses told the police", "walked", AL, "walk",
              "into the building and into the firm’s unlocked suite", rep="witnesses"),
        event("Mr. LaCalamita fled in his car", "fled", AL, "flee", "in his car", rep="the authorities"),
        event("Mr. LaCalamita fled in his car", "arrived", "officers", "arrive", None, rep="the authorities"),
        event("Mr. LaCalamita fled in his car", "took", "witnesses", "take note", "of the license plate number",
              rep="the authorities"),
        event("officers received a tip", "received", "officers", "receive",
              "a tip from a motorist in Flint"),
        event("Police officers chased", "chased", "Police officers", "chase", AL),
        event("Police officers chased", "apprehending", "Police officers", "apprehend", AL),
    ]),
    "ecb_14_2.txt": (doc(
        "bbc.co.uk, Tuesday 2013-07-23: a man denies setting fire to the Waitrose store in Wellington, Somerset "
        "(UK courts, local news)",
        "The first line ('23 July 2013 Last updated at 13:42 GMT') is furniture. The headline's 'Man denies arson' is "
        "listed (a speech act), its man written by the fullest name the article gives, Robert Pitman; 'has denied "
        "arson following a fire ... early on Sunday' tells it again in a main clause (listed again; 'early on Sunday' "
        "dates the fire, a noun, so the denial is undated). 'is accused of setting fire' lists the agentless "
        "accusation and the setting, without a reporter (as ecb-events-dev2's 'accused of shooting three co-workers'). "
        "'collapsed during the blaze' is undated (its clause names no date expression). 'entered a not guilty plea' "
        "tells the denial again in a main clause (listed); 'was remanded in custody to appear before Taunton Crown "
        "Court on 19 August' lists the agentless remand and the appearance to come (will, 2013-08-19: a scheduled "
        "court date, as ecb-events-test2's 'enter his plea ... in September', not a purpose)."), [
        event("Man denies arson", "denies", RP, "deny", "arson", kind=S),
        event("A man has denied arson", "denied", RP, "deny", "arson", kind=S),
        event("is accused of setting fire", "accused", None, "accuse", RP, kind=S),
        event("is accused of setting fire", "setting", RP, "set", "fire to the Waitrose store in Wellington"),
        event("Half of the entrance roof", "collapsed", "Half of the entrance roof at the shop", "collapse", None),
        event("entered a not guilty plea", "entered", RP, "enter", "a not guilty plea"),
        event("entered a not guilty plea", "remanded", None, "remand", RP),
        event("entered a not guilty plea", "appear", RP, "appear", "before Taunton Crown Court", mod="will",
              date="2013-08-19"),
    ]),
    "ecb_45_2.txt": (doc(
        "4029tv.com, Thursday 2013-09-26: an Oklahoma man is found guilty of murdering his pregnant girlfriend in "
        "Arkansas (US courts)",
        "The headline 'Okla. man guilty of killing pregnant girlfriend' has no verb (an adjective; what a finding of "
        "guilt is for is not listed, events-dev37, as ecb53dev3's 'guilty of second-degree murder'); 'Published 9:46 PM "
        "CDT Sep 26, 2013' is furniture. 'was found guilty Thursday' = 2013-09-26, agentless, reported by Jacob Howell "
        "('according to'). 'is accused of fatally shooting' lists the agentless accusation and the shooting (as "
        "ecb-events-dev2's 'accused of shooting'); 'Prosecutors allege Simpson shot Flynn after she told him' lists "
        "the allegation and its two acts, reported by the prosecutors (the shooting told again under a new reporter, "
        "a main clause of the allegation). 'Flynn's body was found ... on April 9' = 2013-04-09 (agentless, "
        "background); 'Simpson faces life in prison' is a prospect (a state, not listed); 'will be sentenced November "
        "8' = 2013-11-08 (agentless, will)."), [
        event("An Oklahoma man was found guilty", "found", None, "find", CS, rep="Jacob Howell", date="2013-09-26"),
        event("is accused of fatally shooting", "accused", None, "accuse", CS, kind=S),
        event("is accused of fatally shooting", "shooting", CS, "shoot", KF),
        event("Prosecutors allege", "allege", "Prosecutors", "allege", "Simpson shot Flynn", kind=S),
        event("Prosecutors allege", "shot", CS, "shoot", KF, rep="Prosecutors"),
        event("Prosecutors allege", "told", KF, "tell", CS, kind=S, rep="Prosecutors"),
        event("Flynn's body was found", "found", None, "find", "Ka'Loni Marie Flynn's body", kind=B,
              date="2013-04-09"),
        event("He will be sentenced", "sentenced", None, "sentence", CS, mod="will", date="2013-11-08"),
    ]),
    "ecb_41_11.txt": (doc(
        "trust.org (Reuters AlertNet), Thursday 2011-11-10: a plane bombs the Yida refugee camp in South Sudan, a "
        "Reuters witness says (conflict)",
        "The headline 'Plane bombs South Sudan refugee camp-witness' is listed, reported by the witness (the dash "
        "names who says it, as ecb-events-dev2's headline colon); 'Thu, 10 Nov 2011 02:45 PM' is furniture. 'A "
        "refugee camp was the target of an air strike' is a copula (the strike a noun, not listed); 'There appeared "
        "to be no casualties' and 'there were three other explosions' are existentials (states, not listed). 'The "
        "Reuters correspondent heard ..., then saw ...' lists the hearing and the seeing (as ecb-events-test2's 'A "
        "Reuters correspondent heard a large explosion') and the perceived aircraft's flying (ecb53dev3's 'to find "
        "flames completely engulfing'); 'wedged in the side of a school building' is a state. Undated: the clauses "
        "after the lead name no date."), [
        event("Plane bombs South Sudan refugee camp", "bombs", "Plane", "bomb", "South Sudan refugee camp",
              rep="witness"),
        event("The Reuters correspondent heard", "heard", "The Reuters correspondent", "hear",
              "a large explosion"),
        event("The Reuters correspondent heard", "saw", "The Reuters correspondent", "see",
              "a crater about two metres (6.6 feet) wide, an unexploded bomb wedged in the side of a school building "
              "and a white aircraft flying north from the Yida refugee camp"),
        event("The Reuters correspondent heard", "flying", "a white aircraft", "fly", "north from the Yida refugee camp"),
    ]),
    "ecb_37_10.txt": (doc(
        "news.com.au, Wednesday 2013-07-03: a 6.1-magnitude earthquake strikes Aceh province, Indonesia, killing "
        "children in a collapsed mosque (a disaster)",
        "'July 03, 2013 6: 22AM' is furniture. The headline's 'strikes' is listed (undated) and its 'region hit by "
        "2004 tsunami' (a participle telling a past act with its own year, background, 2004, as ecb53dev3's 'A petrol "
        "bomb hurled at'); 'a region that was devastated by the quake-triggered tsunami of 2004' tells it again in a "
        "relative (not listed again, blind47's rule). 'bringing the confirmed death toll ... to 11' is a figure's "
        "change told as an act (listed, events-dev19's 'dropped six points'). 'were struggling to find' and "
        "'struggled to reach affected areas late Tuesday' (= 2013-07-02) list the effort only (as ecb52dev's 'tried "
        "to flee'). In the long paragraph every passage inside quotation marks (opened by a double mark, closed by "
        "two apostrophes) is the speaker's and not listed, with the 'said'/'added' that introduces it; 'explaining "
        "they were reading the Koran together when the quake struck' is not listed: 'explaining' only introduces, "
        "the progressive reading is a circumstance the lead already gave ('during a Koran reading session') and "
        "'the quake struck' is told again in a subordinate clause. "
        "'injured more than 200 people and damaged more than 300 houses' tells the damage again in a main clause "
        "(listed again), reported by Sutopo Purwo Nugroho; 'which hit at a shallow depth' is told again in a "
        "relative. 'there were two aftershocks' is an existential; 'adding that his wife and another woman were "
        "missing' a state; 'sustained in the quake' a participle modifier. 'a child who died when a wall collapsed' "
        "lists the death and the collapse (a relative telling an act not told before), reported by Ema Suryani. "
        "'Aceh ... is regularly hit by quakes' is a habit, 'Indonesia sits on the Pacific \"Ring of Fire\"' a "
        "standing fact. Background: 'In 2004' = 2004 dates the sparking and its relative's killing (the same "
        "tsunami); 'In April last year' = 2012-04 the strike and the participle 'prompting'; 'Five people died and "
        "seven were injured' has no date expression of its own (undated); 'In September 2009' = 2009-09."), [
        event("6.1-magnitude quake strikes", "strikes", "6.1-magnitude quake", "strike",
              "Indonesia's Aceh province"),
        event("6.1-magnitude quake strikes", "hit", "2004 tsunami", "hit", "region", kind=B, date="2004"),
        event("AN EARTHQUAKE killed six children", "killed", "AN EARTHQUAKE", "kill", "six children"),
        event("AN EARTHQUAKE killed six children", "left", "AN EARTHQUAKE", "leave", "14 others trapped"),
        event("AN EARTHQUAKE killed six children", "collapsed", "a mosque", "collapse", None),
        event("AN EARTHQUAKE killed six children", "bringing", "AN EARTHQUAKE", "bring",
              "the confirmed death toll from the disaster to 11"),
        event("The strong 6.1-magnitude quake left", "left", "The strong 6.1-magnitude quake", "leave",
              "hundreds more injured"),
        event("The strong 6.1-magnitude quake left", "rocked", "The strong 6.1-magnitude quake", "rock", "a region"),
        event("The earthquake reduced houses", "reduced", "The earthquake", "reduce",
              "houses in parts of Aceh to rubble"),
        event("The earthquake reduced houses", "set", "The earthquake", "set off", "several landslides"),
        event("The earthquake reduced houses", "damaged", "The earthquake", "damage", "roads"),
        event("Rescuers were struggling", "struggling", "Rescuers", "struggle",
              "to find the children still trapped after the mosque collapse"),
        event("The quake, which hit at a shallow depth", "injured", "The quake", "injure", "more than 200 people",
              rep="Sutopo Purwo Nugroho"),
        event("The quake, which hit at a shallow depth", "damaged", "The quake", "damage",
              "more than 300 houses in Aceh", rep="Sutopo Purwo Nugroho"),
        event("As police and military personnel struggled", "struggled", "police and military personnel", "struggle",
              "to reach affected areas", date="2013-07-02"),
        event("one man was killed when a landslide", "killed", None, "kill", "one man", rep="Fauzi"),
        event("one man was killed when a landslide", "engulfed", "a landslide", "engulf", "a coffee plantation",
              rep="Fauzi"),
        event("Another four people died in hospitals", "died", "Another four people", "die", None, rep="Fauzi"),
        event("One of the fatalities was a child", "died", "a child", "die", None, rep="Ema Suryani"),
        event("One of the fatalities was a child", "collapsed", "a wall", "collapse", None, rep="Ema Suryani"),
        event("Injured people had been transported", "transported", None, "transport", "Injured people",
              rep="Ema Suryani"),
        event("People ran outside in Banda Aceh", "ran", "People", "run", "outside"),
        event("People ran outside in Banda Aceh", "shook", "the quake", "shake", "houses"),
        event("In 2004 a massive tremor sparked", "sparked", "a massive tremor", "spark", "a tsunami", kind=B,
              date="2004"),
        event("In 2004 a massive tremor sparked", "killed", "a tsunami", "kill",
              "170,000 people in the province and tens of thousands more in countries around the Indian Ocean",
              kind=B, date="2004"),
        event("In April last year an 8.6-magnitude quake", "struck", "an 8.6-magnitude quake", "strike",
              "431 kilometres off Banda Aceh", kind=B, date="2012-04"),
        event("In April last year an 8.6-magnitude quake", "prompting", "an 8.6-magnitude quake", "prompt",
              "an Indian Ocean-wide tsunami alert", kind=B, date="2012-04"),
        event("Five people died and seven were injured", "died", "Five people", "die", None, kind=B),
        event("Five people died and seven were injured", "injured", None, "injure", "seven", kind=B),
        event("In September 2009 a major earthquake", "killed", "a major earthquake near Padang city on Sumatra",
              "kill", "more than 1000 people", kind=B, date="2009-09"),
    ]),
    "ecb_34_10.txt": (doc(
        "scientificamerican.com (a blog), Monday 2009-07-13: President Obama nominates Regina Benjamin as surgeon "
        "general (US politics, health)",
        "The headline's 'nominates' is listed; 'Jul 13, 2009 01:40 PM' is furniture; 'genius grant' in quotation "
        "marks is a prize's name. 'As ... have their sights set on ... today, President Barack Obama nominated' is "
        "dated 2009-07-13: the as-clause's 'today' sets the main clause's time (the nearest precedent is ecb53dev3's "
        "when-clause sharing its clause's date, here the other way round; said here as a call); the trailing 'Obama "
        "said' introduces the quoted fragment (not listed). 'was a 2008 MacArthur Foundation Fellow' is a copula; 'in "
        "1995 she was elected' is agentless (background, 1995), 'making her both the first black woman on the board' "
        "a characterization (not listed); 'In 1990 she founded' (background, 1990); 'which cares for' a habit; 'that "
        "was hit by both Hurricanes Katrina and George' a past act in a relative (background, undated, listed); 'In "
        "addition to providing for her ill patients' a habit inside Obama's sentence (not listed); 'who has had many "
        "relatives have die of preventable diseases' lists the relatives' deaths (background, as blind48's series of "
        "votes). 'thanked two of her mentors' is a speech act. 'If confirmed by the Senate, she will replace' is a "
        "conditional (not listed), 'who has been acting surgeon general since October 2007' a tenure, the surgeon "
        "general's 'communicates' inside quotation marks; 'had been the front-runner' a copula, 'until he pulled "
        "himself out of consideration' an act (undated: 'earlier this year' belongs to the front-running)."), [
        event("Obama nominates new surgeon general", "nominates", BO, "nominate", RB),
        event("President Barack Obama nominated", "nominated", BO, "nominate", RB, date="2009-07-13"),
        event("in 1995 she was elected", "elected", None, "elect", RB, kind=B, date="1995"),
        event("In 1990 she founded", "founded", RB, "found", "the Bayou La Batre Rural Health Clinic", kind=B,
              date="1990"),
        event("In 1990 she founded", "hit", "Hurricanes Katrina and George", "hit",
              "a largely uninsured working-class community", kind=B),
        event("who has had many relatives have die", "die", "many relatives", "die", None, kind=B),
        event("Benjamin thanked two of her mentors", "thanked", RB, "thank",
              "two of her mentors: former Surgeon General David Satcher and former Secretary of Health and Human "
              "Services, Louis Sullivan", kind=S),
        event("until he pulled himself out", "pulled", "Sanjay Gupta", "pull", "himself out of consideration"),
    ]),
    "ecb_8_10.txt": (doc(
        "keeptalkinggreece.com (a blog; no date in the manifest, its address says 2010/05/05): three people die when "
        "protesters torch the Marfin Egnatia bank in Athens during a general strike (Europe)",
        "published is null, so no clause is dated ('today', 'Sunday' name no year). The headline 'BREAKING NEWS-3 DEAD "
        "due to Molotov cocktail at Bank' has no verb; 'According to international media and Greek Sky TV' is a "
        "credit line for the whole post (furniture, no reporter). 'HAVE DIED IN A BLAZE that broke out' lists the "
        "deaths and the blaze's breaking out (a relative telling an act not told before); 'The fire started when "
        "demonstrators hurled' the start and the hurling; 'SKY-TV reports that the 3 bank employees were burnt to "
        "death' the agentless burning, reported by SKY-TV ('reports' only introduces; the deaths told again in a "
        "clause of a new reporter, listed). 'They were trapped in the stairwell' is a state, 'while trying to flee' "
        "lists the attempt (as ecb52dev's 'tried to flee'), 'the fire broken out two floors below' tells the "
        "breaking out again (a participle, not listed). 'are treated in nearby hospitals' is listed (agentless, as "
        "ecb_18_9's 'were being treated'). 'Reports have it that angry demonstrators threw stones' lists the "
        "throwing, reported by 'Reports'; 'coming in' is a participle modifier. 'There are reports about fire ...' "
        "is an existential with nouns; 'Clashes ... are continueing' and 'Information flow is hindered' are states "
        "(a process going on, as ecb53dev3's 'deliberations are still underway'); 'Greek Media are also taking part "
        "to the general strike' and 'Tens of thousands angry Greeks demonstrate ... protesting' are acts told in the "
        "present; 'The slogans are against' a state; 'People demand \"Give the Stolen Money Back\"' only introduces "
        "a quotation (not listed), 'People demand property confiscation ... and that those respomsible ... should "
        "go to jail' lists the demand and the requested act (should, reported by People, as blind48's 'recommended "
        "residents avoid'). 'announced Sunday drastic public spending cuts' (undated), its purpose 'in order to get "
        "bailout loans' not listed."), [
        event("THREE PEOPLE HAVE DIED", "DIED", "THREE PEOPLE", "die", None),
        event("THREE PEOPLE HAVE DIED", "broke", "A BLAZE", "break out", None),
        event("The fire started when", "started", "The fire", "start", None),
        event("The fire started when", "hurled", "demonstrators", "hurl",
              "Molotov cocktail fire bombs at the Bank"),
        event("SKY-TV reports that", "burnt", None, "burn", "the 3 bank employees", rep="SKY-TV"),
        event("They were trapped in the stairwell", "trying", "the 3 bank employees", "try",
              "to flee the fire broken out two floors below"),
        event("are treated in nearby hospitals", "treated", None, "treat", "Four people"),
        event("Reports have it that", "threw", "angry demonstrators", "throw",
              "stones to the fire brigade coming in", rep="Reports"),
        event("The van of turkish NTV", "set", None, "set", "The van of turkish NTV private channel"),
        event("Greek Media are also taking part", "taking", "Greek Media", "take part", "to the general strike"),
        event("Tens of thousands angry Greeks demonstrate", "demonstrate", "Tens of thousands angry Greeks",
              "demonstrate", "in Athens"),
        event("Tens of thousands angry Greeks demonstrate", "protesting", "Tens of thousands angry Greeks",
              "protest", "the harsh austerity measures and severe cuts on salaries and pensions as well price "
              "increases in electricity and extra taxes"),
        event("People demand property confiscation", "demand", "People", "demand",
              "property confiscation of corrupt politicians and that those respomsible for the economic crisis "
              "should go to jail", kind=S),
        event("People demand property confiscation", "go", "those respomsible for the economic crisis", "go",
              "to jail", mod="should", rep="People"),
        event("The Greek government announced Sunday", "announced", "The Greek government", "announce",
              "drastic public spending cuts", kind=S),
    ]),
    "ecb_11_5.txt": (doc(
        "en.trend.az, Wednesday 2013-10-02: Ashgabat hosts a UNDP-assisted seminar on Turkmenistan's electoral system "
        "before the December 2013 elections (politics)",
        "The headline 'UN consults Turkmenistan on electoral processes' is listed (a speech act); '2 October 2013, "
        "15:39 (GMT+05:00)' is furniture. 'On October 1-2 Ashgabat hosts a seminar' is listed, dated by the range's "
        "first day (2013-10-01) and reported by the organisers' statement, whose 'said on Wednesday' only introduces "
        "it; 'organised with the assistance of' is a participle modifier; the seminar's title in single quotation "
        "marks is a title. 'The project is a part of' is a copula; line 9 is a quotation in single marks (not listed, "
        "with 'the information said'). 'UN consultants will submit' is a plan (will, undated: 'After the seminar' is "
        "no date). 'Turkeminstan's CEC plans to hold elections on December 15 2013' lists the plan (a stance, as "
        "events-dev29's and ecb-events-dev2's 'plan') and the holding (will, 2013-12-15), the CEC by its full name. "
        "'It is expected that the elections will be observed by ...' is an expectation (a guess, as ecb53dev3's 'are "
        "expected to carry the load'; see its kind S7, where the lead was asked to choose one reading). 'The term of "
        "office ... is five years' is a state; 'was elected in December 2008' = 2008-12 (agentless, background)."), [
        event("UN consults Turkmenistan", "consults", "UN", "consult", "Turkmenistan", kind=S),
        event("On October 1-2 Ashgabat hosts", "hosts", "Ashgabat", "host", "a seminar",
              rep="a statement of the event organisers", date="2013-10-01"),
        event("UN consultants will submit", "submit", "UN consultants", "submit",
              "the country's CEC guidelines for the use of the international standard of election observation",
              mod="will"),
        event("CEC plans to hold elections", "plans", CEC, "plan", "to hold elections on December 15 2013", kind=ST),
        event("CEC plans to hold elections", "hold", CEC, "hold", "elections", mod="will", date="2013-12-15"),
        event("The current senior composition was elected", "elected", None, "elect",
              "The current senior composition", kind=B, date="2008-12"),
    ]),
    "ecb_42_10.txt": (doc(
        "engadget.com, Wednesday 2013-04-24: T-Mobile will carry the BlackBerry Q10, with business registration "
        "from April 29th (technology, business)",
        "The headline lists the carrying (will) and the registration's beginning (a scheduled start, will, "
        "2013-04-29, as ecb53dev3's 'begins its postseason Saturday'); 'posted Apr 24th, 2013 at 12:28 PM' is "
        "furniture. 'More details ... are starting to surface' is the writer's framing (not listed, as ecb53dev3's "
        "'that wait is getting shorter'). 'T-Mobile confirmed in an email that its business customers will have the "
        "opportunity to register for the device starting next week on April 29th' lists the confirmation (undated) "
        "and the registering as an opportunity (modality can, reported by T-Mobile, 2013-04-29: 'next week on April "
        "29th' dates it); ecb53dev3 left abilities unlisted ('can visit http'), but here the opportunity is the act "
        "the confirmation announces (the headline's 'registration begins'), so it is listed, a call said here; "
        "'with availability and pricing details to follow' is a with-absolute to come (will, reported by T-Mobile, as "
        "ecb53dev3's 'with pre-registration starting'). 'General consumers will likely have to wait ..., if' is a "
        "guess and a conditional; 'registration doesn't actually equate to pre-orders' a generality; 'all we've heard "
        "from official channels is that it'll be coming towards the end of May' lists the coming (will, reported by "
        "official channels, 2013-05, as ecb53dev3's 'rumored to be released sometime in May'); 'will at least be "
        "able to get their BB10 on' an ability (not listed)."), [
        event("T-Mobile will carry the BlackBerry Q10", "carry", "T-Mobile", "carry", "the BlackBerry Q10",
              mod="will"),
        event("T-Mobile will carry the BlackBerry Q10", "begins", "business registration", "begin", None,
              mod="will", date="2013-04-29"),
        event("T-Mobile confirmed in an email", "confirmed", "T-Mobile", "confirm",
              "that its business customers will have the opportunity to register for the device", kind=S),
        event("T-Mobile confirmed in an email", "register", "T-Mobile's business customers", "register",
              "for the device", mod="can", rep="T-Mobile", date="2013-04-29"),
        event("T-Mobile confirmed in an email", "follow", "availability and pricing details", "follow", None,
              mod="will", rep="T-Mobile"),
        event("all we've heard from official channels", "coming", "the BlackBerry Q10", "come",
              "towards the end of May", mod="will", rep="official channels", date="2013-05"),
    ]),
    "ecb_38_4.txt": (doc(
        "godlikeproductions.com (a forum post; no date in the manifest): a user reports feeling a 4.4 earthquake at "
        "The Geysers, California (a disaster, first person)",
        "published is null. The headline 'Good sized quake at the California Geysers' has no verb. 'I felt this one "
        "pretty good' is the poster's perception (listed, subject 'I', as pud-events-dev's first-person 'I saw some "
        "people'); 'I'm located 25 miles south', 'Slow easy rocking for about 6 seconds' (no verb), 'This one is "
        "pretty rare', 'The Geysers is one of the most active areas ... with small earthquakes hitting the area "
        "nearly every week' (a habit) and 'A 4.4 quake is on the large size' are states and generalities; 'The UGSG "
        "Website says the largest quake ever to be recorded there was 4.5' a copula under a said (not listed)."), [
        event("I felt this one pretty good", "felt", "I", "feel", "this one"),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "dev6"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
