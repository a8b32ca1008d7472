"""Round pud49dev: an event gold on news excerpts of other outlets than Wikinews (UD English PUD, the news documents at
the odd positions, 1st, 3rd, …, 107th, of ``tests/data/gold/uner-pud-news-dev/en_pud-ud-test-news-dev.iob2``), written to
``tests/data/gold/pud-events-dev``.

The annotations below were made by reading every sentence of the 54 documents before any toolkit extraction was run on
them, in the conventions of the Wikinews event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``);
the calls are in each document's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``. The texts are
built from the iob2 file by ``pud_corpus.write_corpus`` into a temporary folder, so this runs from a clean checkout:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/pud49/make_gold_pud49dev.py

The excerpts are CC BY-SA 3.0 (Universal NER on UD English PUD); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "pud-events-dev"
SCRIPT = "bench/audit/pud49/make_gold_pud49dev.py"

# Said once here rather than in every file: a document's excerpt has no date, title or outlet; an event is dated only
# where its clause names a full date or a year by itself; a bare "said"/"says"/"wrote"/"reported" that introduces a
# quotation, and everything inside quotation marks, is not listed; a said-like verb ("stated", "told", "suggested",
# "explains") whose clause holds only a state is not listed (as events-dev34's Flynn "said there was a lack of
# transparency" and events-dev11's "suggested there were not enough votes"), while "estimate", "warn", "rule" and
# "claim" are (as events-dev19's "The hotel's website estimated 120 people were in the ... building").
COMMON = ("No date, title or outlet comes with the excerpt (published null); an event is dated only where its clause "
          "names a full date or a year by itself.")


def doc(summary: str, calls: str = "") -> str:
    return f"UD English PUD news excerpt, {summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"

DOCS = {
    "pud_n01001.txt": (doc("position 1, n01001: the Obama White House's social-media transition (two sentences)",
        "Kori Schulman's quotation and its 'wrote in a blog post Monday' (a verb that only introduces it) are not "
        "listed; 'this will be a little different' is a copula and 'those who follow social media transitions' a "
        "habit. No event."), []),
    "pud_n01005.txt": (doc("position 3, n01005: a gondola across the Potomac (transport, three sentences)",
        "'it cost $103.7 million to build the NoMa infill Metro station' is a figure (not listed, as blind48's "
        "'totaling 365 seats'), its relative 'which opened in 2004' tells an act (dated 2004); Joe Sternlieb's "
        "quotation is not listed; 'The feasibility study estimates that it would take passengers about four minutes' "
        "lists the estimate (a figure as its content, as events-dev19's 'The hotel's website estimated')."), [
        event("which opened in 2004", "opened", "the NoMa infill Metro station", "open", None, kind=B, date="2004"),
        event("The feasibility study estimates", "estimates", "The feasibility study", "estimate",
              "that it would take passengers about four minutes to cross the Potomac River on the gondola", kind=S),
    ]),
    "pud_n01009.txt": (doc("position 5, n01009: Khanzir, the pig of Kabul zoo (two sentences)",
        "'may be a lonely pig, but he isn't always alone' are copulas; Saqib's quotation and 'said' are not listed. "
        "No event."), []),
    "pud_n01013.txt": (doc("position 7, n01013: George Osborne joins a speakers agency (UK politics, one sentence)",
        "'Mr Osborne' is the fullest name the excerpt gives; 'after being sacked in July' is an agentless passive "
        "gerund (as events-dev33's 'after being hospitalized'; a month without a year, undated)."), [
        event("Mr Osborne signed up", "signed", "Mr Osborne", "sign up", "with a US speakers agency"),
        event("Mr Osborne signed up", "sacked", None, "sack", "Mr Osborne", kind=B),
    ]),
    "pud_n01017.txt": (doc("position 9, n01017: in-flight wi-fi on BA and IAG flights (business, four sentences)",
        "'one travel expert warned in-flight internet was often unreliable and was unlikely to influence ...' lists "
        "the warning (its content states, not listed, as events-dev34's 'warned the delayed transition process could "
        "... be a threat'); 'The company told the BBC it would be the responsibility of each airline brand to "
        "decide ...' is a said-like verb with a copula as its content (not listed, as events-dev28's 'have stated "
        "there is currently no evidence'); the two "
        "sentences in quotation marks are a speaker's words."), [
        event("one travel expert warned", "warned", "one travel expert", "warn",
              "in-flight internet was often unreliable and was unlikely to influence travellers' airline choices",
              kind=S),
    ]),
    "pud_n01021.txt": (doc("position 11, n01021: Hack Forums closes a section after the attacks of 21 October (cyber "
        "security, three sentences)",
        "LaBrocca's quotation and 'wrote' are not listed; 'a message explaining why the section was being closed' "
        "describes the message (the participle not listed) and its clause tells an act (agentless, presupposed by "
        "the question, so no reporter); 'The \"recent events\" are likely to be the attacks' is a copula, its "
        "relative 'that briefly took down popular websites' tells an act ('21 October' names no year: undated); "
        "'Analysis revealed that historic amounts of data had been used' lists the revealing (as events-dev17's 'he "
        "revealed that a Sliders reboot is being considered') and its agentless content, reported by the analysis; "
        "'to cause the disruption' is a purpose."), [
        event("why the section was being closed", "closed", None, "close", "the section"),
        event("that briefly took down", "took", "the attacks of 21 October", "take down",
              "popular websites such as Reddit, Twitter and Spotify as well as many others"),
        event("Analysis revealed that", "revealed", "Analysis", "reveal",
              "that historic amounts of data had been used to cause the disruption", kind=S),
        event("Analysis revealed that", "used", None, "use", "historic amounts of data", rep="Analysis"),
    ]),
    "pud_n01025.txt": (doc("position 13, n01025: the international market in human hair (a feature, three sentences)",
        "A quotation with 'she says' (not listed); 'In China the hair is typically put in a chemical bath ..., Tarlo "
        "explains' is a habit told by a said-like tail (not listed); 'the international hair market has always had a "
        "political dimension, says Tarlo' a standing state. No event."), []),
    "pud_n01029.txt": (doc("position 15, n01029: Steven Seagal and Russia (four sentences)",
        "'Seagal' is the only name the excerpt gives him and 'he' is written 'Seagal'; 'made headlines' is listed "
        "(as events-dev17's 'broke news'), 'described Russia's actions in Crimea ... as \"very reasonable\"' is a "
        "speech act (as events-dev34's 'She described him as'), 'which it annexed in 2014' a relative that tells "
        "Russia's act (dated 2014); 'he played a concert there the same year' is undated ('the same year' names no "
        "year by itself); 'has made frequent trips to Russia in recent years' is a series of acts (listed, as "
        "blind48's 'has repeatedly voted against'), 'whose grandmother was from Vladivostok' a copula; 'was given "
        "Serbian nationality' is agentless ('Earlier this year' undated), 'after offering to set up a martial arts "
        "school' a gerund that tells a speech act (what is offered not listed)."), [
        event("Seagal made headlines", "made", "Seagal", "make", "headlines"),
        event("Seagal made headlines", "described", "Seagal", "describe", "Russia's actions in Crimea", kind=S),
        event("Seagal made headlines", "annexed", "Russia", "annex", "Crimea", kind=B, date="2014"),
        event("he played a concert there", "played", "Seagal", "play", "a concert there", kind=B),
        event("has made frequent trips", "made", "Seagal", "make", "frequent trips to Russia"),
        event("has made frequent trips", "visited", "Seagal", "visit", "Kamchatka and Sakhalin"),
        event("Earlier this year Seagal", "given", None, "give", "Seagal"),
        event("Earlier this year Seagal", "offering", "Seagal", "offer",
              "to set up a martial arts school in the capital Belgrade", kind=S),
    ]),
    "pud_n01033.txt": (doc("position 17, n01033: smoking and mutations in tumour DNA; a patient leaves a trial "
        "(health, five sentences)",
        "'Researchers say analysing tumour DNA may help explain ...' gives the possibility (may), reported by the "
        "researchers, and not the 'say'; 'The analysis shows a direct link' lists a finding with a noun object (a "
        "speech act, as events-dev23's 'reported a new mechanism'), 'cigarettes smoked in a lifetime' describes; "
        "'they could not find this same pattern' is negated with 'could' (as events-dev15's 'could not use the "
        "toilet'), 'they' written 'Researchers', 'which are not directly exposed' a state; 'a scan has shown the "
        "tumour ... is growing' gives the growing, reported by the scan (as events-dev18's 'military records that "
        "showed a Japanese bomber had attacked'); 'she has had to leave the trial' is 'must' (as events-dev26's 'has "
        "to approve'), 'she' written 'Ms Pugh'."), [
        event("Researchers say analysing", "help", "analysing tumour DNA", "help",
              "explain the underlying causes of other cancers", mod="may", rep="Researchers"),
        event("The analysis shows a direct link", "shows", "The analysis", "show",
              "a direct link between the number of cigarettes smoked in a lifetime and the number of mutations in "
              "tumour DNA", kind=S),
        event("they could not find this same pattern", "find", "Researchers", "find",
              "this same pattern in tissues such as the bladder", neg=True, mod="could", kind=S),
        event("Ms Pugh has received treatment", "received", "Ms Pugh", "receive",
              "treatment at Papworth and Addenbrooke's Hospitals in Cambridgeshire"),
        event("But a scan has shown", "growing", "the tumour in Ms Pugh's right lung", "grow", None, rep="a scan"),
        event("But a scan has shown", "leave", "Ms Pugh", "leave", "the trial", mod="must"),
    ]),
    "pud_n01037.txt": (doc("position 19, n01037: China's middle class and smog (one sentence)",
        "'has been unusually vocal in its complaints' is a copula and 'which can see day after day of lung-choking "
        "smog' a standing fact. No event."), []),
    "pud_n01041.txt": (doc("position 21, n01041: a doctor on opioid rules in Canada (two sentences)",
        "Both sentences are Mailis's quotations with 'said' (not listed). No event."), []),
    "pud_n01045.txt": (doc("position 23, n01045: Canadian fund-raising guidelines and Mike Duffy's trial (two "
        "sentences)",
        "The guidelines' words and 'read' are not listed; 'ruled they were within the Senate's rules' lists the "
        "ruling (its content a state, as blind48's court 'found' and 'ruled'), and 'when he cleared Duffy of all "
        "charges' tells the judge's act; the judge is named only as 'The judge in Duffy's fraud and breach of trust "
        "trial'."), [
        event("ultimately ruled they were", "ruled", "The judge in Duffy's fraud and breach of trust trial", "rule",
              "they were within the Senate's rules", kind=S),
        event("ultimately ruled they were", "cleared", "The judge in Duffy's fraud and breach of trust trial",
              "clear", "Duffy of all charges"),
    ]),
    "pud_n01049.txt": (doc("position 25, n01049: the cannabis business in Colorado (two sentences)",
        "Dietrich's quotation and 'says' are not listed, 'where pot is sold legally' is a standing fact; 'companies "
        "are left guessing' is a state. No event."), []),
    "pud_n01053.txt": (doc("position 27, n01053: Glamour's women of the year (three sentences)",
        "Leive's two quotations with 'said' are not listed; 'she is a strong voice against bullying ... in helping "
        "girls' is a copula. No event."), []),
    "pud_n01058.txt": (doc("position 29, n01058: political tension in North Carolina before the 2016 election (three "
        "sentences)",
        "'someone firebombed the Republican Party headquarters' has an indefinite agent, written as the text gives "
        "it (as events-dev17's 'no one'; 'last month' undated); 'After North Carolina passed its restrictive "
        "voting-rights bill in 2013' is a time clause that tells an act (dated 2013), Campbell's going around is after "
        "it (undated) and 'teaching people how to deal with challenges' a participle that tells an act; 'He could "
        "detect the effects of the election' is a perception over time (a state, not listed)."), [
        event("someone firebombed", "firebombed", "someone", "firebomb", "the Republican Party headquarters"),
        event("After North Carolina passed", "passed", "North Carolina", "pass",
              "its restrictive voting-rights bill", kind=B, date="2013"),
        event("After North Carolina passed", "went", "Campbell", "go around", "to churches"),
        event("After North Carolina passed", "teaching", "Campbell", "teach",
              "people how to deal with challenges to their registration"),
    ]),
    "pud_n01062.txt": (doc("position 31, n01062: artists in a commercial (two sentences)",
        "'They're usually artists who want to do a bunch of stuff' is a copula with a habit; 'Then the commercial "
        "ends' is an act told in the present."), [
        event("Then the commercial ends", "ends", "the commercial", "end", None),
    ]),
    "pud_n01066.txt": (doc("position 33, n01066: Arno Schmidt's 'Zettel's Traum' and its translator (three "
        "sentences)",
        "'In 2010, the foundation released a typeset edition' is dated 2010 with its result participle 'removing the "
        "bar to entry' (as blind48's 'leading to encephalitis'); 'those who balked at the draft-like feel' describes "
        "a kind of reader (not listed); the writer's own 'I tried my hand at uncovering an etym' and the participle "
        "'Corresponding with Woods by e-mail' are listed with the subject 'I' (the excerpt's first person: no "
        "precedent, the brief's rule for a pronoun with no antecedent); Alice's quotation and 'reported' are not "
        "listed."), [
        event("the foundation released", "released", "the foundation", "release",
              "a typeset edition of “Zettel’s Traum,”", kind=B, date="2010"),
        event("the foundation released", "removing", "the foundation", "remove",
              "the bar to entry for those who balked at the draft-like feel of the photo-offset", kind=B, date="2010"),
        event("Corresponding with Woods", "Corresponding", "I", "correspond", "with Woods by e-mail", kind=S),
        event("Corresponding with Woods", "tried", "I", "try", "my hand at uncovering an etym"),
    ]),
    "pud_n01070.txt": (doc("position 35, n01070: a ship's crew and its history (three sentences)",
        "'More than 330 crew are onboard the ship' is a state; 'Vega suggested that ... many would be unaware of its "
        "history' is a said-like verb with a state (not listed, as events-dev11's 'suggested there were not enough "
        "votes'); 'People got killed there' is an agentless get-passive."), [
        event("People got killed there", "killed", None, "kill", "People", kind=B),
    ]),
    "pud_n01074.txt": (doc("position 37, n01074: a rugby player on the next match (five sentences, a player's words "
        "without quotation marks)",
        "Every sentence is a state, an opportunity, an obligation or a preference ('have one crack at redemption, "
        "beating England', 'we have to be able to match their desire', 'He has got that hard edge', 'We have a great "
        "squad', 'You have to stand up to that and I would rather someone ran at me'). No event."), []),
    "pud_n01078.txt": (doc("position 39, n01078: a German speaker on the Nazi past (one sentence)",
        "'I do understand that modern-day Germany must be separated from the Nazi regime' is the first person's "
        "stance (subject 'I') with its content listed as an agentless 'must', reported by the speaker (as "
        "events-dev26's 'agreeing the issue should be decided by Congress')."), [
        event("I do understand", "understand", "I", "understand",
              "that modern-day Germany must be separated from the Nazi regime", kind=ST),
        event("I do understand", "separated", None, "separate", "modern-day Germany", mod="must", rep="I"),
    ]),
    "pud_n01082.txt": (doc("position 41, n01082: household credit (one sentence, wholly a quotation)",
        "No event."), []),
    "pud_n01086.txt": (doc("position 43, n01086: a column on noise and protest (three sentences)",
        "'The world may be enraging ... yet at least someone has the self-respect to keep protesting' is a copula and "
        "a state; 'You end up listening more acutely' is a generic 'you'; 'That's just legitimately horrendous' a "
        "copula. No event."), []),
    "pud_n01090.txt": (doc("position 45, n01090: a fashion designer's muse from motocross (two sentences, her words "
        "without quotation marks)",
        "'I looked at motocross' is listed (subject 'I'), 'the more I looked' repeats it (not listed), 'this one "
        "woman's face kept coming up' is listed under its aspect verb (as events-dev34's 'began to stab people'), "
        "'photographs that looked as if they were from the 1970s' is a state; 'I love to play with that' is a "
        "standing preference (as blind48's 'He favored European integration', not listed) and 'I am always looking for "
        "muses' a habit."), [
        event("I looked at motocross", "looked", "I", "look", "at motocross"),
        event("I looked at motocross", "kept", "this one woman’s face", "keep", "coming up"),
    ]),
    "pud_n01094.txt": (doc("position 47, n01094: dark-web marketplaces (two sentences)",
        "'Only 50 were marketplaces' is a copula; Dr Lee's quotation and 'adds' are not listed. No event."), []),
    "pud_n01098.txt": (doc("position 49, n01098: a train journey (a travel piece, three sentences)",
        "The narration in the present is listed: 'we continue southwards' (subject 'we', the writer's party), 'A "
        "small town with two minarets glides by'; 'At each station, a red-capped guard presides over the platform' "
        "is a role (a state, not listed), while 'a wheel-tapper walks along the train ..., gently knocking the "
        "undercarriage' is a series of acts on this journey (listed with its participle, as blind48's 'has "
        "repeatedly voted')."), [
        event("we continue southwards", "continue", "we", "continue", "southwards"),
        event("glides by", "glides", "A small town with two minarets", "glide by", None),
        event("a wheel-tapper walks", "walks", "a wheel-tapper", "walk", "along the train with a hammer"),
        event("a wheel-tapper walks", "knocking", "a wheel-tapper", "knock", "the undercarriage"),
    ]),
    "pud_n01103.txt": (doc("position 51, n01103: a player's dream (one sentence)",
        "'It is his dream to end his career here' is a copula (a wish, not a plan). No event."), []),
    "pud_n01107.txt": (doc("position 53, n01107: Volkswagen's emissions scandal and the German probe (four "
        "sentences)",
        "'which had run for years' is a state over years (not listed); 'wiped' and 'cost chief executive Martin "
        "Winterkorn his job' are the news's acts, and 'It' of the next sentence is the news (written so); 'has seen it "
        "take more than €16bn of provisions' lists VW's taking ('see' only relates); 'The probe began in June' is "
        "undated (a month without a year), 'focusing on Mr Winterkorn and brand chief Herbert Diess' a participle that "
        "tells the probe's aim at them, 'who remains at the car maker' a state; 'He was promoted to chairman in "
        "October 2015' is agentless and dated 2015-10 (the text's 'He' is left as written: the excerpt's nearest "
        "antecedent, Diess, is not who was promoted), 'the month after the scandal was unearthed' an agentless act "
        "dated only by reference (undated)."), [
        event("wiped tens of billions", "wiped", "News of the company’s deceit", "wipe",
              "tens of billions of euros from VW's value"),
        event("wiped tens of billions", "cost", "News of the company’s deceit", "cost",
              "chief executive Martin Winterkorn his job"),
        event("It has also opened VW up", "opened", "News of the company’s deceit", "open up",
              "VW to huge compensation claims, legal action"),
        event("It has also opened VW up", "take", "VW", "take", "more than €16bn of provisions"),
        event("The probe began in June", "began", "The probe", "begin", None),
        event("The probe began in June", "focusing", "The probe", "focus",
              "on Mr Winterkorn and brand chief Herbert Diess"),
        event("He was promoted to chairman", "promoted", None, "promote", "he", date="2015-10"),
        event("He was promoted to chairman", "unearthed", None, "unearth", "the scandal"),
    ]),
    "pud_n01111.txt": (doc("position 55, n01111: investors and absolute-return funds (three sentences)",
        "'This has not stopped investors flocking to put their money in the funds' is a negated act with the "
        "subject 'this' (its antecedent is outside the excerpt) and a gerund that tells the investors' act; 'It was "
        "followed by the Aviva Investors ... funds' is a ranking (a state, not listed), its relative 'into which "
        "investors put £2bn and £1.4bn respectively' an act; 'This means that they have not benefited from the "
        "uplift' is a relation with a negated outcome ('they', the funds or their investors: the excerpt does not say, "
        "written 'they'), and 'the uplift that the fall in sterling has given to overseas assets' a relative that "
        "tells an act."), [
        event("This has not stopped investors", "stopped", "this", "stop",
              "investors flocking to put their money in the funds", neg=True),
        event("This has not stopped investors", "flocking", "investors", "flock", "to put their money in the funds"),
        event("into which investors put", "put", "investors", "put", "£2bn and £1.4bn"),
        event("This means that they", "benefited", "they", "benefit",
              "from the uplift that the fall in sterling has given to overseas assets", neg=True),
        event("This means that they", "given", "the fall in sterling", "give", "the uplift to overseas assets"),
    ]),
    "pud_n01115.txt": (doc("position 57, n01115: a band's concert date (two sentences)",
        "'They will play on Saturday, 10 June' is a scheduled act (will) with the subject 'they' (no antecedent in "
        "the excerpt) and undated (no year); 'Last year was an incredible year' is a copula, 'I'm ready for us to come "
        "back even better in 2017' a readiness (a state, not a plan)."), [
        event("They will play on Saturday", "play", "they", "play", None, mod="will"),
    ]),
    "pud_n01119.txt": (doc("position 59, n01119: a film review, 'A Street Cat Named Bob' (four sentences)",
        "Judgements and copulas only ('is a precarious balancing act', 'it works as an amiable ... heartwarmer that "
        "seems tailor-made', 'there's Bob', 'is hardly the cat's pyjamas'). No event."), []),
    "pud_n01123.txt": (doc("position 61, n01123: the Victorian poisoner Mary Ann Cotton (three sentences)",
        "'Cotton's dark deeds did not occur due to some sort of compulsion to kill' is listed as written, negated "
        "(what it denies is the cause); 'Cotton was born on October 31, 1832' is agentless and dated 1832-10-31; "
        "'Perhaps it won't matter as I won't be troubled long' (her words without quotation marks) is a modal state. "
        "'Cotton' is the only name the excerpt gives."), [
        event("did not occur due to", "occur", "Cotton’s dark deeds", "occur", None, neg=True, kind=B),
        event("Cotton was born on", "born", None, "bear", "Cotton", kind=B, date="1832-10-31"),
    ]),
    "pud_n01129.txt": (doc("position 63, n01129: a column on election security before polling day (four sentences)",
        "'Voting has ... become the new soft target' is a 'become' with a role noun (listed, as blind48's 'become the "
        "first female Democratic US Senator'); 'This is a homeland security issue' and 'Tuesday is all about getting "
        "out the vote, but it means nothing if ...' are copulas and relations; 'Enough of those ... will lead to chaos "
        "election day' is a prediction (will, as events-dev25's 'could cause an arms race')."), [
        event("Voting has, in the vernacular", "become", "Voting", "become", "the new soft target"),
        event("will lead to chaos", "lead", "Enough of those", "lead", "to chaos election day", mod="will"),
    ]),
    "pud_n01133.txt": (doc("position 65, n01133: Dutch students' electric motorcycle and Harley-Davidson (two "
        "sentences)",
        "'have yet to decide' is a negated decision; 'A Harley-Davidson spokeswoman said timelines ... aren't "
        "accurate' is a said with a state (not listed), and its relative 'timelines that have been floated in the "
        "media' is an agentless act reported by her (as events-dev22's 'Sputnik News reported Leonov, who died in "
        "Moscow')."), [
        event("have yet to decide", "decide", "The Dutch students", "decide",
              "if they will be commercializing their electric motorcycle", neg=True),
        event("that have been floated", "floated", None, "float", "timelines",
              rep="A Harley-Davidson spokeswoman", kind=S),
    ]),
    "pud_n01137.txt": (doc("position 67, n01137: 'Stranger Things' costumes (two sentences)",
        "'Celebrities, fans and even CNN reporters are dressing up' is listed ('this holiday' undated); 'I hadn't "
        "seen a lot of the episodes' is a state of experience (as blind48's 'had not made public appearances', not "
        "listed), 'my phone started lighting up' is listed under its aspect verb."), [
        event("are dressing up like", "dressing", "Celebrities, fans and even CNN reporters", "dress up",
              "like \"Stranger Things\" characters"),
        event("my phone started lighting up", "started", "my phone", "start", "lighting up"),
    ]),
    "pud_n01141.txt": (doc("position 69, n01141: Microsoft's workplace chat tool against Slack (four sentences)",
        "'Microsoft announced on Wednesday a new workplace chat tool' is a speech act (undated: a weekday), 'poised to "
        "take on' describes; 'There's also an option' is an existential; 'The move highlighted the company's desire' "
        "relates the move to a wish (not listed, as blind48's 'The move came shortly after'); 'is a part of a larger "
        "trend' is a copula."), [
        event("Microsoft announced on Wednesday", "announced", "Microsoft", "announce",
              "a new workplace chat tool poised to take on industry darling Slack", kind=S),
    ]),
    "pud_n01145.txt": (doc("position 71, n01145: Mexico City's Day of the Dead parade (five sentences)",
        "'There is no parade' is an existential; 'an event Mexico hopes will eventually rival the Carnival of Brazil' "
        "lists the hope (a stance, its content not listed, as events-dev35's 'He hopes the tech would reduce'); "
        "'explained to CNN why Mexico have decided now is the time' lists the explaining and the decision it "
        "presupposes (no reporter); González Anaya's quotation and 'says' are not listed; 'it's wonderful to be able "
        "to rescue that' is a copula (her words without marks)."), [
        event("Mexico hopes will eventually", "hopes", "Mexico", "hope",
              "will eventually rival the Carnival of Brazil", kind=ST),
        event("explained to CNN why", "explained", "Alejandra González Anaya", "explain",
              "why Mexico have decided now is the time to put on such a show", kind=S),
        event("explained to CNN why", "decided", "Mexico", "decide", "now is the time to put on such a show"),
    ]),
    "pud_n01149.txt": (doc("position 73, n01149: the Pyongyang Metro (three sentences)",
        "'Buried 100 meters underground, the Pyongyang Metro is one of the deepest' is a copula; 'She spoke to CNN "
        "Style' has the subject 'she' (no antecedent in the excerpt); 'In Pyongyang I did see some people on their "
        "smartphones' is her observation (subject 'I', her words without marks)."), [
        event("She spoke to CNN Style", "spoke", "she", "speak", "to CNN Style about the experience", kind=S),
        event("I did see some people", "see", "I", "see", "some people on their smartphones"),
    ]),
    "pud_n02006.txt": (doc("position 75, n02006: natural resources as investments (one sentence)",
        "A copula with a standing fact ('in which investors invest billions worldwide'). No event."), []),
    "pud_n02017.txt": (doc("position 77, n02017: a leaked photo of a new MacBook (one sentence)",
        "'The photo clearly shows the narrow touch display bar' is what a picture shows (a state, as events-dev22's "
        "'video footage from the scene shows wooden pews broken', not listed); 'that has been anticipated in rumors' "
        "is an agentless relative that tells a stance."), [
        event("anticipated in rumors", "anticipated", None, "anticipate",
              "the narrow touch display bar above the keyboard", kind=ST),
    ]),
    "pud_n02030.txt": (doc("position 79, n02030: someone stays away from a political process (one sentence)",
        "'I have decided not to be present' is the first person's decision (subject 'I': the speaker is not named in "
        "the excerpt), 'so it was said' an agentless said (no reporter, as a bare 'reportedly')."), [
        event("I have decided not to be present", "decided", "I", "decide", "not to be present"),
    ]),
    "pud_n02034.txt": (doc("position 81, n02034: Halloween music (one sentence)",
        "'The witching hour starts up at least by the time the scary organ is played' is generic. No event."), []),
    "pud_n02041.txt": (doc("position 83, n02041: a smartphone model discontinued (one sentence)",
        "An agentless passive."), [
        event("Production of the smartphone model", "discontinued", None, "discontinue",
              "Production of the smartphone model"),
    ]),
    "pud_n02046.txt": (doc("position 85, n02046: one sentence", "'It is now only unclear, in which one' is a "
        "copula. No event."), []),
    "pud_n02056.txt": (doc("position 87, n02056: an advertising video in Germany (one sentence)",
        "A copula. No event."), []),
    "pud_n02069.txt": (doc("position 89, n02069: Can Dündar on arrests in Turkey (one sentence)",
        "'The current arrests are \"a continuation ...\", said Dündar' is a copula with a quoted fragment and a bare "
        "'said'. No event."), []),
    "pud_n02076.txt": (doc("position 91, n02076: IRENA's director on offshore wind (one sentence)",
        "'Adnan Z. Amin ... is certain:' is a copula before a quotation. No event."), []),
    "pud_n02082.txt": (doc("position 93, n02082: air pollution and children's lungs (one sentence)",
        "'The contaminants not only attack the undeveloped lungs ...; they can also lead to long-term impairment' "
        "states standing facts of health (not listed). No event."), []),
    "pud_n03003.txt": (doc("position 95, n03003: Turkey's AKP and a constitutional referendum (two sentences)",
        "'have taken this refusal as justification for the questionings' is a stance; 'A third-party majority is "
        "needed ..., whereas 330 votes are required' states standing rules (not listed)."), [
        event("have taken this refusal", "taken", "The AKP's Islamic conservatives", "take",
              "this refusal as justification for the questionings", kind=ST),
    ]),
    "pud_n03007.txt": (doc("position 97, n03007: a French labour clause on travel time (four sentences)",
        "'This clause included the time taken to travel' is a state (what a clause contains); 'The two organisations "
        "launched an appeal which was thrown out by the Court of Cassation on the 12th of October' gives the launch "
        "and the dismissal turned back (undated: no year); 'It aims to take the journey time into account' is the aim "
        "of a rule (a state); 'is more or less equal to 45 minutes' a copula."), [
        event("The two organisations launched", "launched", "The two organisations", "launch", "an appeal"),
        event("The two organisations launched", "thrown", "the Court of Cassation", "throw out", "an appeal"),
    ]),
    "pud_n04001.txt": (doc("position 99, n04001: the Italian politician Tina Anselmi (two sentences)",
        "'was born on the 25th of March, 1927' is agentless, dated 1927-03-25; 'she grew up in an anti-fascist "
        "Catholic family' is a state over years (as blind48's tenures, not listed), 'which was marked by the "
        "persecution of her ... father' describes; 'Having always been close to the Catholic Union' is a state, "
        "'attended particularly to the rights of textile workers and teachers' a career's work (listed, as "
        "blind48's Boseman 'acted in television soap operas')."), [
        event("Tina Anselmi was born", "born", None, "bear", "Tina Anselmi", kind=B, date="1927-03-25"),
        event("Tina Anselmi attended particularly", "attended", "Tina Anselmi", "attend",
              "to the rights of textile workers and teachers", kind=B),
    ]),
    "pud_n04006.txt": (doc("position 101, n04006: fuel prices in Italy (five sentences)",
        "'there will be an increase in petrol and diesel' is an existential; 'The CGI Mestre have stated in a note, "
        "that there will be no rise in VAT' is a said-like verb with an existential (not listed, as events-dev28's "
        "'have stated there is currently no evidence'); 'The latest figures relate to ... and tell us that our "
        "diesel costs 1,335 euros' relates figures; the rest are fragments with states. No event."), []),
    "pud_n04010.txt": (doc("position 103, n04010: Uber, Didi and tech companies on Wall Street (four sentences)",
        "'Uber will receive a billion dollar investment' is a will; 'More and more tech companies are calling the "
        "shots' is a trend (a state, not listed); 'Amazon has become the fourth American company ...' a 'become' with "
        "a role noun, 'surpassing ExxonMobil' a participle that tells an act (as blind48's 'surpassing the 326 "
        "seats'); the leaders' attending is a will."), [
        event("Uber will receive", "receive", "Uber", "receive",
              "a billion dollar investment and a seat on the board of directors of the Chinese company", mod="will"),
        event("Amazon has become", "become", "Amazon", "become",
              "the fourth American company with the largest market capitalisation"),
        event("Amazon has become", "surpassing", "Amazon", "surpass", "ExxonMobil"),
        event("will attend a private event", "attend", "Leaders of companies such as Spotify, Tesla, Uber and Snapchat",
              "attend", "a private event in addition to the Mountain View Summit", mod="will"),
    ]),
    "pud_n05004.txt": (doc("position 105, n05004: Pedro Sánchez on Spain as a nation of nations (two sentences)",
        "'said in the programme Évole that Spain is a nation of nations' is a said with a copula (not listed, as "
        "events-dev34's Flynn 'said there was'); the question is a fragment. No event."), []),
    "pud_n05008.txt": (doc("position 107, n05008: Trump and the Latin American vote (two sentences)",
        "'Trump isn't very worried' is a state; 'The early voting suggests that this time the Latin Americans will "
        "come out to vote' gives the predicted act (will), reported by the early voting ('suggests' not listed, as "
        "events-dev3's 'Early reports suggested police ... used'), 'to vote' a purpose; 'it is unclear whether the "
        "increase will have an impact' a copula."), [
        event("the Latin Americans will come out", "come", "the Latin Americans", "come out",
              "to vote in greater numbers", mod="will", rep="The early voting"),
    ]),
}


def main() -> int:
    import pud_corpus
    from gold_writer import write_event_gold

    expected = [f"pud_{doc_id}.txt" for doc_id, _ in pud_corpus.documents()[0::2]]
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    with tempfile.TemporaryDirectory() as tmp:
        pud_corpus.write_corpus(Path(tmp))
        total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet=None)
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
