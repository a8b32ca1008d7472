"""Write the event gold tests/data/gold/pud-events-test from hand annotations (round pud49test: the held-out half).

The texts are the news excerpts of UD English PUD kept in tests/data/gold/uner-pud-news-dev (two to five sentences
of an article of another outlet than Wikinews each, no date, no title); this half holds the documents at the even
positions of the file's document order (2nd, 4th, ..., 108th: 54 documents). ``pud_corpus.write_corpus`` writes
them into a temporary folder, one sentence a paragraph, with a MANIFEST.tsv and a NOTICE (CC BY-SA 3.0), and
``gold_writer.write_event_gold`` copies them into the gold with their rows and computes and checks every offset.

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th occurrence inside the
sentence). The annotations were written by reading every sentence, before any toolkit extraction ran on these texts.
Run: python bench/audit/pud49/make_gold_pud49test.py (from the project root).
"""
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/audit: the shared writer
sys.path.insert(0, str(HERE))  # bench/audit/pud49: the PUD corpus
from gold_writer import event as ev, write_event_gold  # noqa: E402
import pud_corpus  # noqa: E402

NAME = "pud-events-test"
SCRIPT = "bench/audit/pud49/make_gold_pud49test.py"

# The documents of this half: the 2nd, 4th, ... of the file's order (position 1 is the first).
EVEN = [doc_id for doc_id, _ in pud_corpus.documents()[1::2]]

COMMON = ("An excerpt of a longer article, with no date, title or outlet: dates only where a clause names a full date "
          "or a year by itself, else null; a pronoun whose antecedent is outside the excerpt is written as the "
          "pronoun; generic statements, habits, tenures, states, figures, copulas and words inside quotation marks "
          "are not events (tests/data/gold/README.md; bench/audit/blind48/README.md).")


def about(pos: int, doc_id: str, text: str) -> str:
    return f"UD English PUD news excerpt {doc_id} (position {pos} of the news file's documents): {text} {COMMON}"


D = {}

D["n01003"] = (2, (
    "US politics: the presidential transition team's meetings at a venue. 'used the same venue to meet with "
    "technology lobbyists' lists the use ('to meet with' is its purpose, not listed, as events-dev37's 'to address "
    "concerns'), 'inviting representatives from Uber, ...' a participle that tells an act (as events-dev37's "
    "'surpassing'); 'In early October' names no year (undated); 'The gathering was originally slated for' is a plan "
    "that was changed (not listed, as events-dev10's 'an address he was to have given', a cancelled plan); '$5,000 "
    "per person, the maximum allowed.' has no verb but a describing participle; 'Maybe the dress code was too "
    "stuffy' is a copula."), [
    ev("the transition team used the same venue", "used", "the transition team", "use", "the same venue"),
    ev("the transition team used the same venue", "inviting", "the transition team", "invite",
       "representatives from Uber, the Motion Picture Association of America, the Consumer Technology Association "
       "and other groups"),
])

D["n01007"] = (4, (
    "an opinion piece on games: 'There are parallels to draw' is an existential (nothing listed)."), [])

D["n01011"] = (6, (
    "crime: a mother who killed a boy. The agent is only 'She' (the excerpt does not name her: written 'she'). 'has "
    "also been charged with trying to kill' is an agentless passive (the charge listed, not what it is for, as "
    "events-dev37's 'pled guilty to conspiring to hack'); 'She killed Andre Price III by pressing his face ... "
    "before trying to do the same to her daughter, Angel, police said' gives the killing and the trying (a gerund "
    "after 'before', as events-dev36's 'before moving to California'), each reported by the police ('police said' "
    "is a neutral report, not listed); 'by pressing his face into an air mattress' is the killing's manner (not "
    "listed, as events-dev15's 'by holding'); the last sentence is a quotation."), [
    ev("She has also been charged", "charged", None, "charge", "she"),
    ev("She killed Andre Price III", "killed", "she", "kill", "Andre Price III", rep="police"),
    ev("She killed Andre Price III", "trying", "she", "try", "to do the same to her daughter, Angel", rep="police"),
])

D["n01015"] = (8, (
    "names and celebrity: copulas and a figure ('it was a top 50 name, with three times more babies named Keira "
    "than Kiera': the naming of babies is a figure); nothing listed."), [])

D["n01019"] = (10, (
    "security: a course certified by GCHQ. 'has been \"certified\" by UK spy agency GCHQ' has its verb inside "
    "quotation marks (the writer's scare quotes): a word inside quotation marks is not listed (the golds' rule, and "
    "the form check's); 'some security experts raised questions about the need for the course' is a speech act."), [
    ev("But some security experts raised questions", "raised", "some security experts", "raise",
       "questions about the need for the course and the intent behind it", kind="speech act"),
])

D["n01023"] = (12, (
    "science: drilling into the crater of the dinosaurs' extinction. 'It was conducted just off the Mexican coast "
    "from April to June' is agentless ('It', the expedition, outside the excerpt; the months name no year, "
    "undated); 'This will put new limits on' is a forecast (modality will, as events-dev23's 'was expected to pass'); "
    "'the environmental changes that overtook the Earth and sent so many species ... into oblivion' is a relative "
    "that tells two acts (background); 'A telltale ... will likely be high levels of the element iridium' is a "
    "copula."), [
    ev("It was conducted just off the Mexican coast", "conducted", None, "conduct", "it"),
    ev("This will put new limits", "put", "this", "put",
       "new limits on the nature of the environmental changes", mod="will"),
    ev("This will put new limits", "overtook", "the environmental changes", "overtake", "the Earth",
       kind="background"),
    ev("This will put new limits", "sent", "the environmental changes", "send",
       "so many species - not just the dinosaurs - into oblivion", kind="background"),
])

D["n01027"] = (14, (
    "a US election column in the first person: 'Who are they?' is a question, 'has been about white male identity' "
    "a copula, 'Not everyone can rise above it' a generic ability; 'I asked her afterwards if she understood' is a "
    "speech act of the writer (written 'I'; the indirect question is its content, not listed, as events-dev34's "
    "'urged the crowd' with indirect questions)."), [
    ev("I asked her afterwards", "asked", "I", "ask", "her", kind="speech act"),
])

D["n01031"] = (16, (
    "science: male hormonal contraception. 'Researchers have been investigating potential ... for around 20 years' "
    "is a field's activity over twenty years (a habit, not listed, as events-dev17's 'has been cosplaying for two "
    "years'); 'He added:' only introduces a quotation."), [])

D["n01035"] = (18, (
    "Canadian crime: a teen girl stabbed at her Abbotsford high school. 'police in B.C. say they have more "
    "questions than answers' reports a state (not listed); 'an apparently homeless man charged in the fatal "
    "stabbing' is an agentless participle that tells an act (as events-dev37's 'first elected to Congress in "
    "2008'); 'said earlier Klein did not appear to have a criminal history' reports a state, 'released vague "
    "details about his recent whereabouts' is a speech act of the police; the third sentence is a quotation; 'He "
    "also said Klein was uncommunicative, uncooperative and unwilling to walk up' reports states (not listed). "
    "'this morning' names no day (undated)."), [
    ev("police in B.C. say they have more questions", "charged", None, "charge", "an apparently homeless man"),
    ev("Police in B.C. said earlier Klein", "released", "Police in B.C.", "release",
       "vague details about his recent whereabouts", kind="speech act"),
])

D["n01039"] = (20, (
    "the 2016 US presidential campaign. 'Clinton and allies ... are seeking to keep the spotlight on Trump' is "
    "listed ('seek', as events-dev34's 'sought to overturn'), 'charging that his disparaging comments ... make him "
    "unfit for office' a speech act whose content is a judgement (a state, not listed); 'That's not what we need' "
    "is a copula; 'Melania Trump, made her first appearance on the trail' is listed ('in July' names no year: "
    "undated)."), [
    ev("Clinton and allies, meanwhile", "seeking", "Clinton and allies", "seek",
       "to keep the spotlight on Trump"),
    ev("Clinton and allies, meanwhile", "charging", "Clinton and allies", "charge",
       "that his disparaging comments about women and minorities, and his temperament make him unfit for office",
       kind="speech act"),
    ev("Melania Trump, made her first appearance", "made", "Melania Trump", "make",
       "her first appearance on the trail since the Republican convention"),
])

D["n01043"] = (22, (
    "Canadian government pay: 'The executives also received so-called \"performance pay\"' is listed (the verb "
    "outside the quotation marks); 'for succeeding or surpassing expectations' is what the pay is for (not listed, "
    "as what a conviction is for in events-dev37), 'sharing a pot of $1.5 million among them' a figure (as "
    "events-dev37's 'totaling 365 seats'); the budget, 'it employs more than 6,000 people', 'proactively reports' "
    "(a habit) and the totals are states and figures."), [
    ev("The executives also received", "received", "The executives", "receive", "so-called \"performance pay\""),
])

D["n01047"] = (24, (
    "a generic sentence ('That's what keeps us coming back for more'): nothing listed."), [])

D["n01051"] = (26, (
    "health: an unborn child's tumour. 'What started as a routine ultrasound became complicated' is a change of "
    "state (not listed); 'was told her unborn child had a rare condition and needed surgery' is an agentless speech "
    "act (as events-dev19's 'Residents were told'; its content states, not listed); the definition of a "
    "sacrococcygeal teratoma ('develops', 'grows', 'occurring') is generic."), [
    ev("What started as a routine ultrasound", "told", None, "tell", "Margaret Boemer", kind="speech act"),
])

D["n01055"] = (28, (
    "Canadian internet policy (CRTC hearings): a copula of purpose, a hypothetical 'would not only apply' and 'the "
    "internet is not a luxury' are states; nothing listed."), [])

D["n01060"] = (30, (
    "US politics: 'she granted, \"...\"' only introduces a quotation (as events-dev29's 'told the public'), and "
    "everything else is inside it; nothing listed."), [])

D["n01064"] = (32, (
    "a column on democracy and voting. 'It would be much safer, Plato thought, to entrust power' is a parenthetical "
    "report of a hypothetical copula (not listed, as events-dev29's 'she suggested' with a habit); 'I've spent "
    "recent months staying up late, reading polls' is a habit over months (not listed); 'Caplan dismisses "
    "retrospective voting' is a speech act in the present of a book's argument, 'quoting a pair of scholars' a "
    "participle that tells a speech act, 'who call it \"...\"' a relative that tells one (as events-dev36's "
    "'which the BBC describes as \"...\"'). 'it' is written 'retrospective voting' in the object."), [
    ev("Caplan dismisses retrospective voting", "dismisses", "Caplan", "dismiss", "retrospective voting",
       kind="speech act"),
    ev("Caplan dismisses retrospective voting", "quoting", "Caplan", "quote", "a pair of scholars",
       kind="speech act"),
    ev("Caplan dismisses retrospective voting", "call", "a pair of scholars", "call", "retrospective voting",
       kind="speech act"),
])

D["n01068"] = (34, (
    "UK politics: a by-election constituency. 'where 62% of voters backed leaving the EU' is a relative that tells "
    "the referendum vote (background; the excerpt gives no year: undated); 'His skill in getting answers for "
    "taxpayers will be sorely missed' is a tribute's formula, a future state of feeling (not listed, as "
    "events-dev37's 'was widely considered a breakthrough', a standing judgement)."), [
    ev("where 62% of voters backed", "backed", "62% of voters", "back", "leaving the EU", kind="background"),
])

D["n01072"] = (36, (
    "an obituary of a BBC journalist: 'spent four years with BBC World Service radio' and 'worked for the BBC for a "
    "decade' are tenures (not listed, as events-dev37's 'following ten years working for NationsBank'); 'has a line "
    "which would have delighted Chris' is a state and a counterfactual, and the line is a quotation."), [])

D["n01076"] = (38, (
    "an opinion piece on the 2016 US election. 'A Donald Trump victory would immediately make the world more "
    "worrying' is the consequence of a condition (modality would, as events-dev12's 'this would limit Cruz "
    "himself'); 'Mrs Clinton has a reputation' is a state, 'this will be tempered by war-weary public opinion' a "
    "forecast turned back (modality will; 'this' her hawkish outlook); 'He's spoken in favour of torture' is a "
    "speech act whose 'He' is Donald Trump, the only man the excerpt names."), [
    ev("A Donald Trump victory would", "make", "A Donald Trump victory", "make",
       "the world more worrying and unsettled than it already is", mod="would"),
    ev("Mrs Clinton has a reputation", "tempered", "war-weary public opinion in the US", "temper",
       "Mrs Clinton's hawkish outlook", mod="will"),
    ev("spoken in favour of torture", "spoken", "Donald Trump", "speak", "in favour of torture",
       kind="speech act"),
])

D["n01080"] = (40, (
    "a first-person piece: 'I can just do that with my life' is an ability; 'I wanted to watch it with them' is the "
    "writer's stance (written 'I'; 'want' is a stance in the earlier golds), 'they decided they'd rather watch it "
    "without me' lists the decision ('they' has no antecedent in the excerpt; 'they'd rather' is its content, a "
    "preference, not listed, as events-dev19's 'decided to allow her name to be made public' lists the decision "
    "only)."), [
    ev("I wanted to watch it with them", "wanted", "I", "want", "to watch it with them", kind="stance"),
    ev("I wanted to watch it with them", "decided", "they", "decide", "they'd rather watch it without me"),
])

D["n01084"] = (42, (
    "personal finance (bank accounts at 3%): a hypothetical example ('a couple could open four Tesco accounts and "
    "earn'), standing terms of accounts ('customers earn 3% ... when they add', 'That 3% rate also applies') and an "
    "ability are generic; nothing listed."), [])

D["n01088"] = (44, (
    "an interview feature told in the present: 'when I suggest that she get Frank to model for her' is a time "
    "clause that tells the writer's speech act (written 'I') and its requested clause ('she get Frank to model': "
    "modality should, reported by the writer, as events-dev34's 'recommended residents avoid'), 'she laughs' an "
    "act; 'she' has no antecedent in the excerpt."), [
    ev("But, when I suggest that she get Frank", "suggest", "I", "suggest", "that she get Frank to model for her",
       kind="speech act"),
    ev("But, when I suggest that she get Frank", "get", "she", "get", "Frank to model for her", mod="should",
       rep="I"),
    ev("But, when I suggest that she get Frank", "laughs", "she", "laugh", None),
])

D["n01092"] = (46, (
    "climate talks in Morocco (COP22): 'Let's just say he's wrong' is a formula of speech with a copula, 'And what "
    "about Australia's position?' a question; 'when developed countries get to publicly question each other about "
    "their plans' is a scheduled act in a time clause (modality will, as events-dev37's 'are to find a new "
    "leader'), the verb 'question'; the last sentence is a quotation with 'he was quoted as saying'."), [
    ev("one diary point in Morocco", "question", "developed countries", "question",
       "each other about their plans and ambitions", mod="will", kind="speech act"),
])

D["n01096"] = (48, (
    "cyber security: 'is facing a shortage' is a state; 'Companies may try to set up a firewall', 'it does not "
    "always work' and 'they can at least lay booby-traps' are generic possibilities and habits (as events-dev23's "
    "'can be prevented'); nothing listed."), [])

D["n01101"] = (50, (
    "Hong Kong: Beijing's intervention over two lawmakers' oaths. 'The intervention is potentially the most "
    "far-reaching' and 'The oath involves lawmakers swearing allegiance' are a copula and a standing fact; 'which "
    "is led by pro-Beijing lawmakers' a standing fact; 'have argued that the pair should not take office' gives the "
    "speech act and its content (negated, modality should, reported by the government, as events-dev35's 'arguing "
    "that'); the fourth sentence is a quotation; 'Hong Kong ... appears to be bracing for a wave of protests' is a "
    "state of readiness, hedged (not listed)."), [
    ev("The Hong Kong government, which is led", "argued", "The Hong Kong government", "argue",
       "that the pair should not take office", kind="speech act"),
    ev("The Hong Kong government, which is led", "take", "the pair", "take", "office", neg=True, mod="should",
       rep="The Hong Kong government"),
])

D["n01105"] = (52, (
    "tennis: 'when he played Benoît Paire in Monte Carlo in April' is a time clause that tells a past match "
    "(background; 'he' is Andy, named in the clause; April names no year: undated); 'everything is out of kilter' "
    "and 'he seems to be seeking answers all the time' are a state and a habit; 'I also wonder whether the Davis "
    "Cup played a part' is a question of the writer (not listed)."), [
    ev("That was definitely the case for Andy", "played", "Andy", "play", "Benoît Paire", kind="background"),
])

D["n01109"] = (54, (
    "energy tariffs: 'The cost will change monthly' is a term (a habit); 'the price is expected to rise in winter' "
    "gives the rise with modality will (as events-dev23's 'was expected to pass', no source named; 'as usage "
    "increases' is generic); the tariffs' costs are figures ('would pay around £760' a figure), the last sentence a "
    "question."), [
    ev("the price is expected to rise", "rise", "the price", "rise", None, mod="will"),
])

D["n01113"] = (56, (
    "a first-person account: 'I have made a full recovery' is listed (written 'I')."), [
    ev("I have made a full recovery", "made", "I", "make", "a full recovery"),
])

D["n01117"] = (58, (
    "an obituary: 'He worked on the news and current affairs side of radio and TV for decades' is a tenure (not "
    "listed); 'it's un-detectable' a copula."), [])

D["n01121"] = (60, (
    "television review (the series Humans): 'When Millican died' is a time clause that tells an act (background: a "
    "character's death in the earlier series), 'we assumed that was the last we'd see' a stance with a copula for "
    "content (as events-dev15's 'believe' with a copula; 'we' the writer and viewers); the second sentence is a "
    "question."), [
    ev("When Millican died", "died", "Millican", "die", None, kind="background"),
    ev("When Millican died", "assumed", "we", "assume", "that was the last we'd see of glitchy, twitchy Odi",
       kind="stance"),
])

D["n01127"] = (62, (
    "Hong Kong courts: the murder trial of Jutting. 'is on trial' is a state; 'charged with two counts of murder' "
    "is an agentless participle that tells an act (the charge, as events-dev37's 'was convicted of'); 'I don't know "
    "why I chose her ...' is a line of a speaker set off without quotation marks and without a credit: a negated "
    "state with an indirect question (not listed); 'Jutting appeared largely composed' is a copula ('appear' + "
    "adjective)."), [
    ev("Two years later, Jutting, now 31", "charged", None, "charge", "Jutting"),
])

D["n01131"] = (64, (
    "the 2016 US election in Florida: 'More than 5.7 million Floridians have already hit the polls' is listed (an "
    "act told with a count, as events-dev34's 'had lost their lives'); 'The GOP lead was carried by strong numbers "
    "in absentee voting' relates a figure to its cause and 'their overall edge stood at about 16,500' is a figure "
    "(not listed)."), [
    ev("More than 5.7 million Floridians", "hit", "More than 5.7 million Floridians", "hit", "the polls"),
])

D["n01135"] = (66, (
    "business: 'used to be a big reason why investors loved KFC-parent Yum Brands' is a past state and a past "
    "stance over years (not listed, as events-dev37's 'who used to own')."), [])

D["n01139"] = (68, (
    "business (Google Fiber): the first sentence is a quotation; 'The Internet effort was said to be the main "
    "driver' reports a copula; 'analysts are hesitant to write off the service' is a state (nothing done); nothing "
    "listed."), [])

D["n01143"] = (70, (
    "sport and North Korea: the headline in quotation marks and its 'read Brisbane's Nine News' are not listed; "
    "'Two Australians, who by their own admission are terrible golfers, bluffed their way into a premier golf "
    "tournament' is listed (the relative is a copula)."), [
    ev("Two Australians, who by their own admission", "bluffed", "Two Australians", "bluff",
       "their way into a premier golf tournament in North Korea"),
])

D["n01147"] = (72, (
    "travel (Abu Dhabi, F1): standing terms ('An F1 ticket grants access'), a state ('has exact timings') and "
    "advice in a copula; nothing listed."), [])

D["n02002"] = (74, (
    "German police news: 'The officers were able to subdue the 53 year old' tells the act done (no modality: the "
    "past 'were able to' says it happened); 'on Sunday morning' names no day (undated)."), [
    ev("The officers were able to subdue", "subdue", "The officers", "subdue", "the 53 year old"),
])

D["n02011"] = (76, (
    "German police news (Essen): 'the Essen police are investigating four people' is listed; 'who stood by and "
    "watched' a relative that tells two acts, 'while a retiree died in a bank' a time clause that tells one; 'The "
    "spokesman did not rule out the possibility' is a negated speech act (as events-dev33's 'has not commented'), "
    "and its content, a possibility ('others would also be investigated'), is not listed."), [
    ev("the Essen police are investigating", "investigating", "the Essen police", "investigate",
       "four people who stood by and watched while a retiree died in a bank"),
    ev("the Essen police are investigating", "stood", "four people", "stand by", None),
    ev("the Essen police are investigating", "watched", "four people", "watch", None),
    ev("the Essen police are investigating", "died", "a retiree", "die", None),
    ev("The spokesman did not rule out", "rule", "The spokesman", "rule out",
       "the possibility that others would also be investigated", neg=True, kind="speech act"),
])

D["n02024"] = (78, (
    "science: 'A Swedish study has shown that animals seldom, if at all, land' lists the study's finding as a "
    "speech act (as the researchers' 'found' in events-dev23 and earlier golds), its content generic (not "
    "listed)."), [
    ev("A Swedish study has shown", "shown", "A Swedish study", "show",
       "that animals seldom, if at all, land after the 2 month breeding period", kind="speech act"),
])

D["n02032"] = (80, (
    "an opinion on the United States: a copula ('are the reason why'); nothing listed."), [])

D["n02038"] = (82, (
    "a review of a horror video game: 'Simon Krätschmer gropes around alone through the dilapidated, sinister "
    "barrack' is narration in the present (listed, the phrasal 'grope around')."), [
    ev("Simon Krätschmer gropes around", "gropes", "Simon Krätschmer", "grope around", None),
])

D["n02043"] = (84, (
    "sport: 'And now he is also world champion' is a copula; nothing listed."), [])

D["n02050"] = (86, (
    "contraception: 'Men could have more responsibility' is a generic possibility in a copula-like 'have'; nothing "
    "listed."), [])

D["n02066"] = (88, (
    "the search for flight MH370: 'Larry Vance told SPIEGEL that ...' is a neutral report (not listed, as "
    "events-dev10's 'told the BBC that') and gives reported_by to its content; 'he is convinced that' is a copula "
    "with an adjective (Vance's belief; not listed as a verb), and its content 'one of the pilots had intended to "
    "land the machine on the ocean surface' is the pilot's stance reported by Vance ('so that it would sink' a "
    "purpose); 'The Australian experts drew new conclusions from the investigation' is a speech act (as "
    "events-dev23's 'concluded'), 'a landing flap from Boeing that had washed up in Tanzania' a relative that "
    "tells an act (background)."), [
    ev("The Canadian investigator of the plane crash", "intended", "one of the pilots", "intend",
       "to land the machine on the ocean surface", kind="stance", rep="Larry Vance"),
    ev("The Australian experts drew", "drew", "The Australian experts", "draw",
       "new conclusions from the investigation of a landing flap from Boeing", kind="speech act"),
    ev("The Australian experts drew", "washed", "a landing flap from Boeing", "wash up", "in Tanzania",
       kind="background"),
])

D["n02074"] = (90, (
    "US politics: 'The husband of the current candidate for the White House, Hillary Clinton, pardoned a number of "
    "people, also including Rich' is listed, dated by the full date its clause names ('January 20, 2001', "
    "background); the agent is written as the excerpt names him ('the husband of the current candidate for the "
    "White House': the excerpt never gives his name)."), [
    ev("The husband of the current candidate", "pardoned",
       "the husband of the current candidate for the White House", "pardon",
       "a number of people, also including Rich", kind="background", date="2001-01-20"),
])

D["n02079"] = (92, (
    "an exhibition: a copula ('are especially eye-catching'); 'on display' describes; nothing listed."), [])

D["n03001"] = (94, (
    "the 2016 US election: 'Mr. Comey's letter has hardly been commented upon' is an agentless, negated speech act "
    "over time (as events-dev33's 'has not commented on the death' and events-dev14's 'has not pursued criminal "
    "charges', a negated fact; 'hardly' read as the negation); 'If his Democrat opponent were to be elected' is a "
    "condition (not listed), 'he assured that she would be ...' a speech act (written 'he': the excerpt does not "
    "name him), its content a copula partly in quotation marks; the third sentence is a quotation with 'Obama "
    "mocked', which only introduces it; 'According to the programme, she will speak at 23.45' is a scheduled speech "
    "act (modality will, reported by the programme; 'she' has no antecedent in the excerpt)."), [
    ev("Mr. Comey's letter has hardly", "commented", None, "comment", "Mr. Comey's letter", neg=True,
       kind="speech act"),
    ev("he assured that she would be", "assured", "he", "assure",
       "that she would be 'under investigation for years'", kind="speech act"),
    ev("According to the programme, she will speak", "speak", "she", "speak", None, mod="will",
       rep="the programme", kind="speech act"),
])

D["n03005"] = (96, (
    "French politics: 'The latter is overseeing the Republican primaries' is a role held over the primaries (a "
    "tenure, not listed; 'The latter' has no antecedent in the excerpt); 'in which Rachida Dati supports Nicolas "
    "Sarkozy's candidacy' is a stance in a campaign (listed, as an endorsement, unlike a standing position such as "
    "events-dev37's 'He favored European integration'); 'the former Minister for Justice accused Brice Hortefeux of "
    "being a \"fascist\"...' is a speech act, its agent written as the excerpt names her."), [
    ev("in which Rachida Dati supports", "supports", "Rachida Dati", "support", "Nicolas Sarkozy's candidacy",
       kind="stance"),
    ev("the former Minister for Justice accused", "accused", "the former Minister for Justice", "accuse",
       "Brice Hortefeux of being a 'fascist', 'Minister (moron) of the Interior' and a 'thug'",
       kind="speech act"),
])

D["n03009"] = (98, (
    "French digital policy: 'He also remarked that \"...\"' only introduces a quotation; 'which advises on bills' "
    "is a standing role; 'The French Digital Council ... could also scrutinise it' is a possible act (modality "
    "could, as events-dev24's possibility 'saying the state could switch')."), [
    ev("The French Digital Council, which advises", "scrutinise", "The French Digital Council", "scrutinise", "it",
       mod="could"),
])

D["n04003"] = (100, (
    "music: a copula ('The hit song is \"Geronimo\" by Sheppard'); nothing listed."), [])

D["n04008"] = (102, (
    "religion and technology: 'Students at LUISS University were told during the course of a meeting' is an "
    "agentless speech act, 'a meeting which took place in Rome' a relative that tells an act ('take place', listed "
    "as in events-dev16, -dev22 and -dev25); 'This morning, Pope Francis met Mark Zuckerberg and his wife' is "
    "listed ('This morning' names no day: undated)."), [
    ev("Students at LUISS University were told", "told", None, "tell", "Students at LUISS University",
       kind="speech act"),
    ev("Students at LUISS University were told", "took", "a meeting", "take place", None),
    ev("This morning, Pope Francis met", "met", "Pope Francis", "meet", "Mark Zuckerberg and his wife"),
])

D["n05002"] = (104, (
    "Spanish employment policy: 'the rate of unemployment has dropped below 20%' is a figure's change told as an "
    "act (listed, as events-dev19's 'coverage had risen to 55 percent'), 'there are already 600,000 more people "
    "employed' an existential; 'hasn't been devoid of criticism' and 'have been very combative' are copulas; 'on "
    "several occasions have called for the repeal' is listed (a series of calls, as events-dev36's 'has repeatedly "
    "voted against'), 'that Fátima Báñez is proudest of' a state; 'This department now faces new challenges' a "
    "state; 'the Government will have to deal with another \"hot potato\"' an obligation to come (modality must; "
    "the verb 'deal', as events-dev15's 'might have dealt with')."), [
    ev("the rate of unemployment has dropped", "dropped", "the rate of unemployment", "drop", "below 20%"),
    ev("The unions have been very combative", "called", "The unions", "call for",
       "the repeal of the legislation that Fátima Báñez is proudest of", kind="speech act"),
    ev("the Government will have to deal", "deal", "the Government", "deal", "with another \"hot potato\"",
       mod="must"),
])

D["n05006"] = (106, (
    "parliamentary manners: a copula about films and generic statements ('fit into parliamentary oratory'); nothing "
    "listed."), [])

D["n05010"] = (108, (
    "UK politics: 'May has received great criticism' is listed (as events-dev30's 'received online criticism'); "
    "'for avoiding and not responding openly to the media' is what the criticism is for (not listed, as what a "
    "conviction is for in events-dev37); 'May' is written as the excerpt names her."), [
    ev("May has received great criticism", "received", "May", "receive",
       "great criticism for avoiding and not responding openly to the media"),
])

assert list(D) == EVEN, "the documents of this half are the even positions of the file"
assert all(pos == 2 * (i + 1) for i, (pos, _, _) in enumerate(D.values()))

DOCS = {f"pud_{doc_id}.txt": (about(pos, doc_id, text), rows) for doc_id, (pos, text, rows) in D.items()}

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        pud_corpus.write_corpus(Path(tmp))
        print(write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet=None))
