"""Round iaa51-pud: a second, independent event annotation of the held-out half of the UD English PUD news excerpts
(the news documents at the even positions, 2nd, 4th, …, 108th, of
``tests/data/gold/uner-pud-news-dev/en_pud-ud-test-news-dev.iob2``: ``pud_corpus.documents()[1::2]``), written to
``tests/data/gold/pud-events-test-second``.

The second annotator read the conventions (``tests/data/gold/README.md``'s event sections, ``bench/audit/blind48/
README.md``, ``bench/audit/pud49/README-pud49dev.md`` and the ``about`` strings of ``make_gold_pud49dev.py``, the
``about`` fields and events of ``ewt-events-dev``, ``wikinews-events-dev37`` and ``wh-events-dev``) and the 54 texts,
and wrote the events below without opening anything of the first annotation of these texts (its json files and
texts folder, its script, README, first-sight figures or test) and without running the toolkit on them. The calls
are in each document's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``. The texts are built
from the iob2 file by ``pud_corpus.write_corpus`` into a temporary folder, so this runs from a clean checkout:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/iaa51/make_second_pud.py

The excerpts are CC BY-SA 3.0 (Universal NER on UD English PUD); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "pud49"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "pud-events-test-second"
SCRIPT = "bench/audit/iaa51/make_second_pud.py"

# As the dev half's script: an excerpt has no date, title or outlet; an event is dated only where its clause names a
# full date or a year by itself; a bare said that introduces a quotation, and everything inside quotation marks, is
# not listed; a said-like verb whose clause holds only a state is not listed, while "warn"-like verbs are.
COMMON = ("No date, title or outlet comes with the excerpt (published null); an event is dated only where its clause "
          "names a full date or a year by itself. Second, independent annotation (round iaa51-pud).")


def doc(summary: str, calls: str = "") -> str:
    return f"UD English PUD news excerpt, {summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"

DOCS = {
    "pud_n01003.txt": (doc("position 2, n01003: the transition team's venue for meetings (US politics, four "
        "sentences)",
        "'$5,000 per person, the maximum allowed' is a fragment; 'used the same venue to meet with technology "
        "lobbyists' lists the use ('to meet' a purpose, not listed) and 'inviting representatives' a participle that "
        "tells an act ('In early October' names no year: undated); 'The gathering was originally slated for' is an "
        "agentless passive of a plan (listed, as events-dev15's 'was planned to begin' and 'Sentencing was "
        "scheduled'); 'Maybe the dress code was too stuffy' a guess with a copula."), [
        event("the transition team used the same venue", "used", "the transition team", "use", "the same venue"),
        event("the transition team used the same venue", "inviting", "the transition team", "invite",
              "representatives from Uber, the Motion Picture Association of America, the Consumer Technology "
              "Association and other groups"),
        event("The gathering was originally slated", "slated", None, "slate", "The gathering"),
    ]),
    "pud_n01007.txt": (doc("position 4, n01007: games and everyday life (one sentence)",
        "An existential. No event."), []),
    "pud_n01011.txt": (doc("position 6, n01011: a mother kills her son (crime, three sentences)",
        "The woman is never named: 'She' is written 'she' (the brief's rule for a pronoun with no antecedent). 'has "
        "also been charged with trying to kill' lists the agentless charge, not what it alleges (as blind48's 'pled "
        "guilty to conspiring to hack'); 'She killed Andre Price III by pressing his face ... before trying to do the "
        "same to her daughter, Angel, police said' gives three acts reported by the police: the killing, its means "
        "(a 'by' gerund, as ewt-events-dev's 'by closing their newspaper') and the attempt after 'before' (as "
        "blind48's 'before becoming'); the last sentence is a quotation."), [
        event("She has also been charged", "charged", None, "charge", "she"),
        event("She killed Andre Price III", "killed", "she", "kill", "Andre Price III", rep="police"),
        event("She killed Andre Price III", "pressing", "she", "press", "his face into an air mattress in her sitting room",
              rep="police"),
        event("She killed Andre Price III", "trying", "she", "try", "to do the same to her daughter, Angel",
              rep="police"),
    ]),
    "pud_n01015.txt": (doc("position 8, n01015: the name Keira (two sentences)",
        "A generality ('It's most obvious when') and a copula with a figure ('by 2007 ... it was a top 50 name, "
        "with three times more babies named Keira'). No event."), []),
    "pud_n01019.txt": (doc("position 10, n01019: a cyber-security course certified by GCHQ (two sentences)",
        "'has been \"certified\" by UK spy agency GCHQ' is turned back (the scare quotes around one word are no "
        "quotation; 'GCHQ' without its description, as blind48's 'Carrie Lam'); 'raised questions about the need "
        "for the course' is a speech act."), [
        event("has been \"certified\" by", "certified", "GCHQ", "certify", "The 10-week course"),
        event("some security experts raised questions", "raised", "some security experts", "raise",
              "questions about the need for the course and the intent behind it", kind=S),
    ]),
    "pud_n01023.txt": (doc("position 12, n01023: drilling into the dinosaur-killing crater (science, three "
        "sentences)",
        "'It was conducted just off the Mexican coast from April to June' is agentless with the object 'it' (its "
        "antecedent is outside the excerpt; months without a year: undated); 'This will put new limits on' is a "
        "prediction (will, subject 'this'), its relative 'that overtook the Earth and sent so many species ... into "
        "oblivion' tells two acts of the distant past (background); 'A telltale ... will likely be high levels of "
        "iridium' is a copula."), [
        event("It was conducted just off", "conducted", None, "conduct", "it"),
        event("This will put new limits", "put", "this", "put",
              "new limits on the nature of the environmental changes", mod="will"),
        event("This will put new limits", "overtook", "the environmental changes", "overtake", "the Earth", kind=B),
        event("This will put new limits", "sent", "the environmental changes", "send",
              "so many species - not just the dinosaurs - into oblivion", kind=B),
    ]),
    "pud_n01027.txt": (doc("position 14, n01027: voters and Trump (four sentences)",
        "'Who are they?' is a question, 'has been about white male identity' a copula, 'Not everyone can rise above "
        "it' a generality; 'I asked her afterwards if she understood ...' is the writer's speech act (subject 'I', as "
        "pud49dev's 'I tried my hand'; what the question asks is not listed)."), [
        event("I asked her afterwards", "asked", "I", "ask",
              "her if she understood why people might vote for Trump", kind=S),
    ]),
    "pud_n01031.txt": (doc("position 16, n01031: male hormonal contraception (two sentences)",
        "'Researchers have been investigating potential for male hormonal contraceptives for around 20 years' is "
        "research work over years, listed (as events-dev35's 'researched ways' and pud49dev's 'attended to the "
        "rights of textile workers'; 'for around 20 years' is no date); 'He added: \"...\"' only introduces a "
        "quotation."), [
        event("Researchers have been investigating", "investigating", "Researchers", "investigate",
              "potential for male hormonal contraceptives"),
    ]),
    "pud_n01035.txt": (doc("position 18, n01035: a teen girl stabbed at an Abbotsford high school (crime, four "
        "sentences)",
        "'police in B.C. say they have more questions than answers' is a said with a state (not listed), and its "
        "participle 'an apparently homeless man charged in the fatal stabbing' tells an agentless act, reported by "
        "the police (a speaker's relative inside a said, as pud49dev's 'timelines that have been floated'); 'this "
        "morning' dates the photo's release, a noun; 'said earlier Klein did not appear to have a criminal history' "
        "is a said with a state (not listed), 'released vague details about his recent whereabouts' a speech act; "
        "the quotation and 'He also said Klein was uncommunicative, uncooperative and unwilling' (a said with a "
        "copula) are not listed."), [
        event("police in B.C. say they have", "charged", None, "charge", "an apparently homeless man",
              rep="police in B.C."),
        event("Police in B.C. said earlier", "released", "Police in B.C.", "release",
              "vague details about his recent whereabouts", kind=S),
    ]),
    "pud_n01039.txt": (doc("position 20, n01039: the Clinton and Trump campaigns (three sentences)",
        "'are seeking to keep the spotlight on Trump' is an attempt (listed, as wh-events-dev's 'tried to block'), "
        "'charging that his disparaging comments ... make him unfit for office' a participle that tells a speech act "
        "(its content a state, not listed); 'That's not what we need in our country, folks' is a speaker's copula; "
        "'Melania Trump made her first appearance on the trail' is listed ('since the Republican convention in July' "
        "is no date)."), [
        event("Clinton and allies, meanwhile", "seeking", "Clinton and allies", "seek",
              "to keep the spotlight on Trump"),
        event("Clinton and allies, meanwhile", "charging", "Clinton and allies", "charge",
              "that his disparaging comments about women and minorities, and his temperament make him unfit for "
              "office", kind=S),
        event("made her first appearance", "made", "Melania Trump", "make", "her first appearance on the trail"),
    ]),
    "pud_n01043.txt": (doc("position 22, n01043: performance pay for a department's executives (Canadian public "
        "service, four sentences)",
        "'The executives also received so-called \"performance pay\"' is listed; 'for succeeding or surpassing "
        "expectations' names the pay's criterion and 'sharing a pot of $1.5 million among them' restates the "
        "receipt as a figure (neither listed); 'Its annual budget is', 'it employs more than 6,000 people' are "
        "standing facts, 'proactively reports on aggregate performance pay' a habit, the rest copulas and "
        "figures."), [
        event("The executives also received", "received", "The executives", "receive",
              "so-called \"performance pay\""),
    ]),
    "pud_n01047.txt": (doc("position 24, n01047: one sentence", "A generality ('That's what keeps us coming back'). "
        "No event."), []),
    "pud_n01051.txt": (doc("position 26, n01051: an unborn child with a sacrococcygeal teratoma (health, three "
        "sentences)",
        "'What started as a routine ultrasound became complicated' is a change of state (listed, as a state that "
        "begins); 'when ... Margaret Boemer ... was told her unborn child had a rare condition and needed surgery' is "
        "a said-like verb whose clause holds only states (not listed, as pud49dev's 'The company told the BBC it "
        "would be'); the last two sentences are definitions and standing facts."), [
        event("What started as a routine ultrasound", "became", "What started as a routine ultrasound", "become",
              "complicated"),
    ]),
    "pud_n01055.txt": (doc("position 28, n01055: the CRTC hearings and the internet (three sentences)",
        "A copula ('The purpose of these CRTC hearings is to field responses'), a conditional and an opinion. No "
        "event."), []),
    "pud_n01060.txt": (doc("position 30, n01060: one sentence", "'she granted, \"...\"' only introduces a quotation, "
        "and what is inside the marks is not listed. No event."), []),
    "pud_n01064.txt": (doc("position 32, n01064: a column on voting and its critics (three sentences)",
        "'It would be much safer, Plato thought, to entrust power ...' is an opinion with a conditional copula (not "
        "listed, as ewt-events-dev's 'I suppose'); 'I've spent recent months staying up late, reading polls in "
        "terror' is the writer's habit over months (not listed); 'Caplan dismisses retrospective voting' is a "
        "speech act told in the present of a book, 'quoting a pair of scholars' a participle that tells one, and "
        "'who call it \"...\"' a speech act whose verb stands before the marks (as events-dev34's 'was described as "
        "\"knife-obsessed\"'; the object written as the text gives it)."), [
        event("Caplan dismisses retrospective voting", "dismisses", "Caplan", "dismiss", "retrospective voting",
              kind=S),
        event("Caplan dismisses retrospective voting", "quoting", "Caplan", "quote", "a pair of scholars", kind=S),
        event("Caplan dismisses retrospective voting", "call", "a pair of scholars", "call", "it", kind=S),
    ]),
    "pud_n01068.txt": (doc("position 34, n01068: a by-election in North Kesteven (two sentences)",
        "'The constituency is in the council area' is a copula, its relative 'where 62% of voters backed leaving the "
        "EU' tells the referendum vote (background, undated: no year in the clause); 'His skill ... will be sorely "
        "missed' is a predicted state."), [
        event("where 62% of voters backed", "backed", "62% of voters", "back", "leaving the EU", kind=B),
    ]),
    "pud_n01072.txt": (doc("position 36, n01072: an obituary of a BBC World Service journalist (three sentences)",
        "'spent four years with BBC World Service radio' and 'worked for the BBC for a decade' are tenures (not "
        "listed, as blind48's 'He served in the US Army'); 'has a line which would have delighted Chris' is a state "
        "and a counterfactual, the line a quotation. No event."), []),
    "pud_n01076.txt": (doc("position 38, n01076: the world after the US election (a column, three sentences)",
        "'A Donald Trump victory would immediately make the world more worrying' is a conditional (not listed); "
        "'Mrs Clinton has a reputation' a state, 'this will be tempered by war-weary public opinion in the US' a "
        "prediction turned back (will, as pud49dev's 'will lead to chaos'); 'He's spoken in favour of torture' is a "
        "speech act whose 'He' is Donald Trump (the excerpt names him, set against Mrs Clinton)."), [
        event("this will be tempered", "tempered", "war-weary public opinion in the US", "temper", "this",
              mod="will"),
        event("spoken in favour of torture", "spoken", "Donald Trump", "speak", "in favour of torture", kind=S),
    ]),
    "pud_n01080.txt": (doc("position 40, n01080: a speaker's family watching something without her (two sentences, "
        "words without quotation marks)",
        "'I can just do that with my life' is an ability; 'I wanted to watch it with them' a past wish (a state, not "
        "listed), 'but they decided they'd rather watch it without me' lists the decision ('they' as written: no "
        "antecedent in the excerpt)."), [
        event("but they decided", "decided", "they", "decide", "they’d rather watch it without me in the end"),
    ]),
    "pud_n01084.txt": (doc("position 42, n01084: savings rates of UK banks (four sentences)",
        "Hypotheticals ('a couple could open four Tesco accounts'), standing terms ('customers earn 3% ... when they "
        "add', 'you are able to access', 'That 3% rate also applies to'). No event."), []),
    "pud_n01088.txt": (doc("position 44, n01088: an interview with a designer (one sentence)",
        "The interviewer's narration in the present: 'I suggest that she get Frank to model for her' is a speech "
        "act (subject 'I') whose clause is a requested act (should, reported by 'I', as blind48's demand 'that the "
        "government cease'), 'she laughs' an act ('she' as written: no antecedent in the excerpt)."), [
        event("when I suggest that", "suggest", "I", "suggest", "that she get Frank to model for her", kind=S),
        event("when I suggest that", "get", "she", "get", "Frank to model for her", mod="should", rep="I"),
        event("when I suggest that", "laughs", "she", "laugh", None),
    ]),
    "pud_n01092.txt": (doc("position 46, n01092: the climate talks in Morocco (four sentences)",
        "'Let's just say he's wrong' is an opinion and 'what about Australia's position?' a question; 'one diary "
        "point in Morocco will be the middle Saturday, when developed countries get to publicly question each other "
        "about their plans' is a copula whose relative tells a scheduled act (listed at 'question', modality will, "
        "a speech act; 'get to' is an opportunity); the last sentence is a quotation with 'he was quoted as saying' "
        "(only introduces it)."), [
        event("when developed countries get to", "question", "developed countries", "question",
              "each other about their plans and ambitions", mod="will", kind=S),
    ]),
    "pud_n01096.txt": (doc("position 48, n01096: cyber defence (three sentences)",
        "A state ('is facing a shortage'), generic possibilities ('Companies may try to set up a firewall', 'it does "
        "not always work', 'they can at least lay booby-traps'). No event."), []),
    "pud_n01101.txt": (doc("position 50, n01101: Beijing's intervention over Hong Kong lawmakers' oath (five "
        "sentences)",
        "'The intervention is potentially the most far-reaching' is a copula ('the 1997 handover' a noun), 'The oath "
        "involves lawmakers swearing allegiance' a standing fact; 'have argued that the pair should not take office' "
        "lists the arguing (as events-dev35's 'arguing that') and its requested content (negated, should, reported by "
        "the government), 'which is led by pro-Beijing lawmakers' a state; the fourth sentence is a quotation; 'appears "
        "to be bracing for a wave of protests' is a hedged state (not listed, as ewt-events-dev's 'seems to have "
        "ebbed')."), [
        event("have argued that the pair", "argued", "The Hong Kong government", "argue",
              "that the pair should not take office", kind=S),
        event("have argued that the pair", "take", "the pair", "take", "office", neg=True, mod="should",
              rep="The Hong Kong government"),
    ]),
    "pud_n01105.txt": (doc("position 52, n01105: Andy Murray's form (tennis, three sentences)",
        "'That was definitely the case for Andy' is a copula, its time clause 'when he played Benoît Paire in Monte "
        "Carlo in April' tells a match (background; a month without a year: undated; 'Andy' is the only name the "
        "excerpt gives); 'he seems to be seeking answers all the time' is a hedged habit, 'I also wonder whether the "
        "Davis Cup played a part' the writer's question (what 'whether' asks is not listed)."), [
        event("when he played", "played", "Andy", "play", "Benoît Paire", kind=B),
    ]),
    "pud_n01109.txt": (doc("position 54, n01109: energy tariffs (three sentences)",
        "'The cost will change monthly and the price is expected to rise in winter as usage increases' describes "
        "how a variable tariff behaves (a generality, not listed); prices and a question. No event."), []),
    "pud_n01113.txt": (doc("position 56, n01113: a recovery after surgery (one sentence, a speaker's words without "
        "quotation marks)",
        "'I have made a full recovery' is listed (subject 'I', a change of state; 'After some genius surgery' a "
        "noun)."), [
        event("I have made a full recovery", "made", "I", "make", "a full recovery"),
    ]),
    "pud_n01117.txt": (doc("position 58, n01117: a broadcaster's career (two sentences)",
        "'He worked on the news and current affairs side of radio and TV for decades' is a tenure (not listed); 'In "
        "theory, if done right, it's un-detectable' a copula. No event."), []),
    "pud_n01121.txt": (doc("position 60, n01121: the television series 'Humans' (two sentences)",
        "'When Millican died' is a time clause that tells an act (background); 'we assumed that was the last we'd "
        "see of ... Odi' is the reviewer's guess (not listed, as ewt-events-dev's 'I suppose'); the second sentence "
        "is a question."), [
        event("When Millican died", "died", "Millican", "die", None, kind=B),
    ]),
    "pud_n01127.txt": (doc("position 62, n01127: Rurik Jutting's murder trial in Hong Kong (three sentences)",
        "'Jutting, now 31, is on trial' is a copula, its participle 'charged with two counts of murder and one of "
        "preventing lawful burial' tells the agentless charge (not what it alleges); 'I don't know why I chose her' "
        "(his words without quotation marks) lists the choosing the question presupposes (subject 'I', no reporter, "
        "as pud49dev's 'why Mexico have decided'); 'Jutting appeared largely composed' is a copula ('appear' as "
        "'seem')."), [
        event("Jutting, now 31", "charged", None, "charge", "Jutting"),
        event("why I chose her", "chose", "I", "choose", "her", kind=B),
    ]),
    "pud_n01131.txt": (doc("position 64, n01131: early voting in Florida (two sentences)",
        "'More than 5.7 million Floridians have already hit the polls' is listed (voting, not a figure of a state); "
        "'The GOP lead was carried by strong numbers in absentee voting' explains a figure (a relation, not "
        "listed), 'their overall edge stood at about 16,500 earlier this week' a figure."), [
        event("have already hit the polls", "hit", "More than 5.7 million Floridians", "hit", "the polls"),
    ]),
    "pud_n01135.txt": (doc("position 66, n01135: KFC in China (one sentence)",
        "'used to be a big reason why investors loved' is a past state. No event."), []),
    "pud_n01139.txt": (doc("position 68, n01139: Google Fiber's slowdown (three sentences)",
        "Barratt's quotation and 'said' are not listed; 'was said to be the main driver' is an agentless said with a "
        "copula; 'analysts are hesitant to write off the service' a state. No event."), []),
    "pud_n01143.txt": (doc("position 70, n01143: two Australians at a North Korean golf tournament (two sentences)",
        "The headline quoted with 'read Brisbane's Nine News' is a quotation (not listed); 'bluffed their way into a "
        "premier golf tournament' is listed, 'who by their own admission are terrible golfers' a copula."), [
        event("bluffed their way", "bluffed", "Two Australians", "bluff",
              "their way into a premier golf tournament in North Korea"),
    ]),
    "pud_n01147.txt": (doc("position 72, n01147: the Abu Dhabi Grand Prix concerts (three sentences)",
        "Standing terms and facts ('An F1 ticket grants access', 'The Yas Marina Circuit website has exact timings', "
        "'November's a great time to go'). No event."), []),
    "pud_n02002.txt": (doc("position 74, n02002: officers subdue a 53-year-old (one sentence)",
        "'were able to subdue' tells an act done (no modality, as events-dev18's 'was able to send back' and "
        "events-dev19's 'were able to extract'); 'on Sunday morning' names no date (undated)."), [
        event("The officers were able to subdue", "subdue", "The officers", "subdue", "the 53 year old"),
    ]),
    "pud_n02011.txt": (doc("position 76, n02011: bystanders who watched a retiree die in a bank in Essen (two "
        "sentences)",
        "'the Essen police are investigating four people' is listed, and its relative 'who stood by and watched while "
        "a retiree died in a bank' tells three acts (the standing by, the watching and, in the time clause, the "
        "death); 'The spokesman did not rule out the possibility that others would also be investigated' is a negated "
        "speech act (the possibility is its object, not listed)."), [
        event("the Essen police are investigating", "investigating", "the Essen police", "investigate",
              "four people who stood by and watched while a retiree died in a bank"),
        event("the Essen police are investigating", "stood", "four people", "stand by", None),
        event("the Essen police are investigating", "watched", "four people", "watch", None),
        event("the Essen police are investigating", "died", "a retiree", "die", None),
        event("The spokesman did not rule out", "rule", "The spokesman", "rule out",
              "the possibility that others would also be investigated", neg=True, kind=S),
    ]),
    "pud_n02024.txt": (doc("position 78, n02024: a Swedish study of animals after the breeding period (one "
        "sentence)",
        "'A Swedish study has shown that animals seldom, if at all, land after the 2 month breeding period': a "
        "finding told by a clause (pud49dev's 'a scan has shown the tumour ... is growing' lists only the content), "
        "and the content is a generality (not listed). No event."), []),
    "pud_n02032.txt": (doc("position 80, n02032: the state of the USA (one sentence)", "An opinion with a copula. "
        "No event."), []),
    "pud_n02038.txt": (doc("position 82, n02038: a presenter in a barrack (one sentence)",
        "'Simon Krätschmer gropes around alone through the ... barrack' is an act told in the present (listed, "
        "the phrasal verb whole)."), [
        event("Simon Krätschmer gropes around", "gropes", "Simon Krätschmer", "grope around",
              "through the dilapidated, sinister barrack"),
    ]),
    "pud_n02043.txt": (doc("position 84, n02043: one sentence", "'And now he is also world champion' is a copula "
        "(a state, not a 'become'). No event."), []),
    "pud_n02050.txt": (doc("position 86, n02050: contraception (one sentence)", "An opinion ('It's clear: Men could "
        "have more responsibility'). No event."), []),
    "pud_n02066.txt": (doc("position 88, n02066: the missing Malaysia Airlines plane (two sentences)",
        "'Larry Vance told SPIEGEL that he is convinced that ...' is a said-like verb whose clause is a state (the "
        "telling and the conviction not listed), and the clause inside it, 'one of the pilots had intended to land "
        "the machine on the ocean surface', is a past intention (a stance, reported by Larry Vance; the landing it "
        "aims at not listed, as events-dev29's 'plan'); 'so that it would sink' is a purpose; 'drew new conclusions "
        "from the investigation of a landing flap' is a finding (a speech act), and 'that had washed up in "
        "Tanzania' a relative that tells an act (background)."), [
        event("one of the pilots had intended", "intended", "one of the pilots", "intend",
              "to land the machine on the ocean surface", rep="Larry Vance", kind=ST),
        event("The Australian experts drew", "drew", "The Australian experts", "draw",
              "new conclusions from the investigation of a landing flap from Boeing", kind=S),
        event("The Australian experts drew", "washed", "a landing flap from Boeing", "wash up", None, kind=B),
    ]),
    "pud_n02074.txt": (doc("position 90, n02074: Bill Clinton's last-day pardons (one sentence)",
        "'pardoned a number of people, also including Rich, on the last day of his presidency, January 20, 2001' is "
        "background dated 2001-01-20; the excerpt does not name him, so the subject is written as the text gives it, "
        "'The husband of the current candidate for the White House, Hillary Clinton'."), [
        event("pardoned a number of people", "pardoned",
              "The husband of the current candidate for the White House, Hillary Clinton", "pardon",
              "a number of people, also including Rich", kind=B, date="2001-01-20"),
    ]),
    "pud_n02079.txt": (doc("position 92, n02079: an exhibition of Cranach paintings (one sentence)", "A copula. No "
        "event."), []),
    "pud_n03001.txt": (doc("position 94, n03001: the last days of the US campaign (four sentences)",
        "'Mr. Comey's letter has hardly been commented upon' is an agentless speech act marked negated ('hardly', a "
        "near negation: a judgement; 'that of the 28th of October' a noun's day); 'he assured that she would be "
        "'under investigation for years'' is listed as a speech act (as 'warn', a threat's telling; 'he' and 'she' as "
        "written: the excerpt names neither, and the conditional binds the content, not the assuring); 'Obama "
        "mocked' only introduces a quotation; 'According to the programme, she will speak at 23.45' is a scheduled "
        "speech act (will, reported by the programme)."), [
        event("has hardly been commented upon", "commented", None, "comment", "Mr. Comey's letter", neg=True, kind=S),
        event("he assured that", "assured", "he", "assure", "that she would be 'under investigation for years'",
              kind=S),
        event("she will speak at", "speak", "she", "speak", None, mod="will", rep="the programme", kind=S),
    ]),
    "pud_n03005.txt": (doc("position 96, n03005: Rachida Dati's message against Brice Hortefeux (French politics, two "
        "sentences)",
        "'The latter is overseeing the Republican primaries' is a role and 'in which Rachida Dati supports Nicolas "
        "Sarkozy's candidacy' a standing position (states, not listed, as blind48's 'He favored European "
        "integration'); 'the former Minister for Justice accused Brice Hortefeux of being a 'fascist', ...' is a "
        "speech act whose subject is written 'Rachida Dati' (the excerpt's epithet for her: she is the only person "
        "of the first sentence who can be that former minister; a judgement), its single-quoted words inside the "
        "object."), [
        event("the former Minister for Justice accused", "accused", "Rachida Dati", "accuse",
              "Brice Hortefeux of being a 'fascist', 'Minister (moron) of the Interior' and a 'thug'", kind=S),
    ]),
    "pud_n03009.txt": (doc("position 98, n03009: a French government file and the Digital Council (two sentences)",
        "'He also remarked that \"...\"' only introduces a quotation (the clause is inside the marks); 'could also "
        "scrutinise it' is a possible act (could), 'which advises on bills' a standing role."), [
        event("could also scrutinise it", "scrutinise", "The French Digital Council", "scrutinise", "it",
              mod="could"),
    ]),
    "pud_n04003.txt": (doc("position 100, n04003: a hit song (one sentence)", "A copula. No event."), []),
    "pud_n04008.txt": (doc("position 102, n04008: Pope Francis meets Mark Zuckerberg (two sentences)",
        "'Students at LUISS University were told during the course of a meeting' is an agentless speech act (what "
        "they were told is outside the excerpt), 'which took place in Rome' a relative that tells the meeting's "
        "occurrence (as pud49dev's 'occur'); 'This morning, Pope Francis met Mark Zuckerberg and his wife' is listed "
        "('This morning' names no date: undated)."), [
        event("Students at LUISS University were told", "told", None, "tell", "Students at LUISS University", kind=S),
        event("which took place in Rome", "took", "a meeting", "take place", None),
        event("Pope Francis met Mark Zuckerberg", "met", "Pope Francis", "meet", "Mark Zuckerberg and his wife"),
    ]),
    "pud_n05002.txt": (doc("position 104, n05002: unemployment and the unions in Spain (five sentences)",
        "'the rate of unemployment has dropped below 20%' is a move of a figure (listed, as ewt-events-dev's 'Crude-"
        "oil prices rose'), 'there are already 600,000 more people employed' an existential; 'hasn't been devoid of "
        "criticism' and 'have been very combative' are copulas, 'on several occasions have called for the repeal' a "
        "series of speech acts (listed once, as blind48's 'has repeatedly voted against'), 'that Fátima Báñez is "
        "proudest of' a state; 'This department now faces new challenges' a state, 'the Government will have to deal "
        "with another \"hot potato\"' a coming obligation told by a metaphor (a state, as 'faces new challenges': not "
        "listed)."), [
        event("the rate of unemployment has dropped", "dropped", "the rate of unemployment", "drop", "below 20%"),
        event("have called for the repeal", "called", "The unions", "call for",
              "the repeal of the legislation that Fátima Báñez is proudest of", kind=S),
    ]),
    "pud_n05006.txt": (doc("position 106, n05006: parliamentary oratory and slapstick (two sentences)",
        "A copula about films and a generality about oratory. No event."), []),
    "pud_n05010.txt": (doc("position 108, n05010: Theresa May criticised after the Brexit ruling (one sentence)",
        "'May has received great criticism' is listed ('May' is the only name the excerpt gives), and the gerunds "
        "'for avoiding and not responding openly to the media' tell her two acts (the second negated; as pud49dev's "
        "'after offering to set up'); 'the judicial ruling on Brexit' is a noun."), [
        event("May has received great criticism", "received", "May", "receive", "great criticism"),
        event("May has received great criticism", "avoiding", "May", "avoid", "the media"),
        event("May has received great criticism", "responding", "May", "respond", "openly to the media", neg=True),
    ]),
}


def main() -> int:
    import pud_corpus
    from gold_writer import write_event_gold

    expected = [f"pud_{doc_id}.txt" for doc_id, _ in pud_corpus.documents()[1::2]]
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    with tempfile.TemporaryDirectory() as tmp:
        pud_corpus.write_corpus(Path(tmp))
        total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet=None)
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
