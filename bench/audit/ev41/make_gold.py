"""Write the event gold tests/data/gold/wikinews-events-dev15 from hand annotations (round ev41).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev41/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev15"


DOCS = {}

HU_ABOUT = (
    "Wikinews, Thursday 2019-11-07: a Hungarian state-owned enterprise acquires Hirtenberger Defence Group (business). "
    "'On Monday' = 2019-11-04, 'on October 29' = 2019-10-29, 'The November 4 issue' and 'On the same day' = "
    "2019-11-04, 'on August 6, 2019' = 2019-08-06, 'in 2018', 'in 2017', 'by 2010, when' = the years. 'revealed a deal' "
    "is a speech act and the relative 'whereby ... acquired' tells the acquisition, an act of its own (dated October "
    "29); 'acknowledged the deal' is a speech act, undated (the text does not say it was the press release); 'are to "
    "be kept' and 'expected to cover' are terms of the deal, 'was kept secret' and 'is state-owned' states; 'The "
    "November 4 issue of Magyar Nemzet published' is written with the paper as subject; the relative 'in which the "
    "deal was announced' is an agentless speech act; 'While not naming' is manner; 'said the Hungarian bid won' gives "
    "'win' (reported_by Maróth), 'said he expects' a stance reported by himself; 'noted', 'pointed out' and 'stated' "
    "are neutral reporting verbs ('fits into', 'it would have been more costly' are states; 'the purchase was "
    "financed by a loan' is turned back); 'asked for the price to be kept secret' and 'called this dubious' are "
    "speech acts; 'won't leave idle capacity' and 'seems realistic' are states forecast, 'is needed by the Defence "
    "Forces' a state; 'to cover for', 'to modernize', 'to address' are purposes; 'remains unchanged', 'continue to "
    "operate' states, 'are to join' a plan listed with modality will; 'appeared to circumvent' is Népszava's claim "
    "(reported_by Népszava); 'was registered' agentless background; the 2018, 2017 and 2010 acts are background; "
    "'has called for' is a speech act; 'Hungary spent' is reported by the NATO press release; 'NATO guidelines call "
    "for 2%' a standing rule; 'had been \"effectively disarmed\"' is inside quotation marks; the Hungarian-language "
    "glosses are not English text.")
HU = [
    ev("On Monday, Hungarian daily newspaper", "revealed", "Magyar Nemzet", "reveal",
       "a deal whereby HDT Limited acquired Hirtenberger Defence Group", kind="speech act", date="2019-11-04",
       sent=("On Monday, Hungarian daily", "manufacturer Hirtenberger Defence Group.")),
    ev("On Monday, Hungarian daily newspaper", "acquired", "HDT Védelmi Ipari Kft.", "acquire",
       "Austrian mortar and shell manufacturer Hirtenberger Defence Group", date="2019-10-29",
       sent=("On Monday, Hungarian daily", "manufacturer Hirtenberger Defence Group.")),
    ev("Hirtenberger Defence Group also acknowledged", "acknowledged", "Hirtenberger Defence Group", "acknowledge",
       "the deal", kind="speech act"),
    ev("A government-guaranteed loan covered", "covered", "A government-guaranteed loan", "cover", "the costs"),
    ev("The November 4 issue of Magyar Nemzet", "published", "Magyar Nemzet", "publish",
       "an interview with Gáspár Maróth", date="2019-11-04"),
    ev("The November 4 issue of Magyar Nemzet", "announced", None, "announce", "the deal", kind="speech act",
       date="2019-11-04"),
    ev("On the same day, the Hirtenberger", "issued", "Hirtenberger Defence Group", "issue",
       "a corresponding press release", kind="speech act", date="2019-11-04"),
    ev("While not naming any other bidders", "won", "the Hungarian bid", "win", rep="Gáspár Maróth"),
    ev("He said he expects no political turmoil", "expects", "Gáspár Maróth", "expect",
       "no political turmoil between the neighboring Austria and Hungary over the sale", rep="Gáspár Maróth",
       kind="stance"),
    ev("The Austrian partner asked", "asked", "The Austrian partner", "ask", "for the price to be kept secret",
       kind="speech act"),
    ev("The Austrian partner asked", "financed", "a loan", "finance", "the purchase", rep="Gáspár Maróth"),
    ev("With government resolution", "issued", "the state", "issue", "an indemnity bond"),
    ev("With government resolution", "covered", "Népszava", "cover", "the story"),
    ev("Already-queued orders", "called", "unnamed industry experts", "call", "this", kind="speech act"),
    ev("The company structure remains", "join", "Hungarian engineers", "join", "the research and development team",
       mod="will"),
    ev("Népszava noted the purchase", "circumvent", "the purchase", "circumvent", "the Ministry of Defence",
       rep="Népszava"),
    ev("HDT Limited was registered", "registered", None, "register", "HDT Limited", kind="background",
       date="2019-08-06"),
    ev("To modernize its military", "licensed", "Hungary", "license", "Czech firearm technology",
       kind="background", date="2018"),
    ev("To modernize its military", "started", "Hungary", "start", "assembling firearms in Kiskunfélegyháza",
       kind="background", date="2018"),
    ev("To modernize its military", "agreed", "Hungary", "agree",
       "with Airbus to open a helicopter parts factory as a joint venture in Gyula", kind="background",
       date="2018"),
    ev("US President Trump has called", "called", "Donald Trump", "call",
       "for NATO members to increase military spending", kind="speech act"),
    ev("According to a March 14, 2019 NATO", "spent", "Hungary", "spend",
       "an estimated 1.15% of its GDP on military expenditures", rep="NATO", kind="background", date="2018"),
    ev("Viktor Orbán regained", "regained", "Viktor Orbán", "regain", "the prime ministry of Hungary",
       kind="background", date="2010", sent=("Maróth noted the military had been", "for his second term.")),
    ev("Hungary launched a military development", "launched", "Hungary", "launch",
       "a military development program dubbed \"Zrínyi 2026\"", kind="background", date="2017"),
]

DI_ABOUT = (
    "Wikinews, Sunday 2019-05-05: a study suggests dinosaurs flapped their wings as they ran (science). 'on "
    "Thursday' = 2019-05-02 dates the publication, told by a participle ('findings published on Thursday', a "
    "description, not listed); no listed event has a date. 'reported' is a neutral reporting verb: its content "
    "'bird flight may have evolved' is listed (might/may, reported_by the scientists); 'These findings support the "
    "hypothesis' is a relation in the present and the hypothesis's and the models' contents are not asserted; "
    "'proposed that ... induced' gives the speech act and its content (reported_by the authors); 'to test' is a "
    "purpose; 'It weighed' and 'it had a top speed' are states, 'the researchers estimate' is listed (a speech act "
    "of the study); 'Using' is manner; 'running at medium speed produced vibrations' is the experiment's result, "
    "'making the animal's wings flap' its description; 'They' are the researchers; 'found' with a clause is a speech "
    "act whose content (a comparative correlative) is not listed; 'questioned the findings' is a speech act and "
    "'saying ... might have dealt with' gives 'deal' (might, reported_by Hutchinson), 'by holding' is manner; "
    "everything inside quotation marks and its 'said', 'told' is not listed; 'it lived' is a state; 'consensus says "
    "birds ... evolved' gives 'evolve' reported by the consensus (background), 'there are' is existential; "
    "'believe' with a copula is a stance, 'some say flight grew up from the ground' gives 'grow up' reported by "
    "some.")
DI = [
    ev("In findings published on Thursday", "evolved", "bird flight", "evolve",
       "from wing-flapping by running dinosaurs", mod="may",
       rep="scientists from China's Tsinghua University and the Chinese Academy of Sciences"),
    ev("The authors proposed that", "proposed", "The authors", "propose",
       "in Caudipteryx two-legged running automatically induced wing flapping", kind="speech act"),
    ev("The authors proposed that", "induced", "two-legged running", "induce", "wing flapping", rep="The authors"),
    ev("The authors of the report used", "used", "The authors of the report", "use",
       "a mathematical model, a robot, and young ostriches"),
    ev("For the study, the researchers chose", "chose", "the researchers", "choose", "Caudipteryx zoui"),
    ev("It weighed about ten lbs", "estimate", "the researchers", "estimate",
       "it had a top speed of about 18 mph", kind="speech act"),
    ev("Using modal effective mass theory", "conceptualized", "the team", "conceptualize",
       "the dinosaur's body as a series of springs and other components"),
    ev("In both scenarios, running at medium", "produced", "running at medium speed", "produce", "vibrations"),
    ev("They also attached sets", "attached", "the researchers", "attach",
       "sets of artificial wings to juvenile ostriches"),
    ev("They found the faster", "found", "the researchers", "find",
       "the faster each ostrich ran, the more it tended to flap", kind="speech act"),
    ev("John Hutchinson, an evolutionary", "questioned", "John Hutchinson", "question", "the findings",
       kind="speech act"),
    ev("John Hutchinson, an evolutionary", "dealt", "Caudipteryx", "deal", "with the vibrations", mod="might",
       rep="John Hutchinson"),
    ev("While current consensus among scientists", "evolved", "birds", "evolve", "from theropod dinosaurs",
       rep="current consensus among scientists", kind="background"),
    ev("Some scientists believe", "believe", "Some scientists", "believe",
       "the first fliers were tree-dwelling dinosaurs who could parachute and glide", kind="stance"),
    ev("Some scientists believe", "grew", "flight", "grow up", "from the ground", rep="some"),
]

KO_ABOUT = (
    "Wikinews, Monday 2019-10-14: Brigid Kosgei sets a new world record at the Chicago Marathon (sport). "
    "'Yesterday' = 2019-10-13 and the race's acts are told of that day; 'Just the previous day' = 2019-10-12; 'the "
    "2003 London Marathon' dates no act told. 'won ... and broke' are two acts; 'was held in' is an agentless passive "
    "(listed); 'In setting the new record' repeats 'broke' (not listed again), 'completing the race' tells the "
    "finish's act; 'This was 81 seconds faster', 'remained intact', 'is the use of' are states, 'set at', 'held "
    "by' descriptions; quotations and their 'said' are not listed; 'Kosgei was joined by Paula Radcliffe' and 'He "
    "was followed closely by' are turned back; 'Second and third place went to' is listed with its subject as "
    "written; 'became the first person to run a marathon in under two hours' is listed (as 'became the first state' "
    "in events-dev14), 'setting the mark' is its act; 'was not considered an official world record' is a judgement "
    "(a state), 'sanctioned under IAAF rules' a description.")
KO = [
    ev("Yesterday, Brigid Kosgei of Kenya won", "won", "Brigid Kosgei", "win", "the 2019 Chicago Marathon",
       date="2019-10-13"),
    ev("Yesterday, Brigid Kosgei of Kenya won", "broke", "Brigid Kosgei", "break",
       "the long-standing marathon world record for women competing in mixed-sex marathons", date="2019-10-13"),
    ev("Countryman Lawrence Cherono won", "won", "Lawrence Cherono", "win", "the men's division",
       date="2019-10-13"),
    ev("The race was held in", "held", None, "hold", "The race", date="2019-10-13"),
    ev("In setting the new record, Kosgei finished", "finished", "Brigid Kosgei", "finish",
       "more than six minutes ahead of her competition", date="2019-10-13"),
    ev("In setting the new record, Kosgei finished", "completing", "Brigid Kosgei", "complete", "the race",
       date="2019-10-13"),
    ev("Kosgei was joined by Paula Radcliffe", "joined", "Paula Radcliffe", "join", "Brigid Kosgei",
       date="2019-10-13"),
    ev("Second and third place went to", "went", "Second and third place", "go",
       "to Ababel Yeshaneh and Gelete Burka", date="2019-10-13"),
    ev("Winner of the men's division, Cherono, posted", "posted", "Lawrence Cherono", "post",
       "a time of 2:05:45", date="2019-10-13"),
    ev("He was followed closely by Ethiopians", "followed", "Dejene Debela and Asefa Mengstu", "follow",
       "Lawrence Cherono", date="2019-10-13"),
    ev("Just the previous day, Kosgei's countryman", "became", "Eliud Kipchoge", "become",
       "the first person to run a marathon in under two hours", date="2019-10-12"),
    ev("Just the previous day, Kosgei's countryman", "setting", "Eliud Kipchoge", "set",
       "the mark in Vienna, Austria at a special event", date="2019-10-12"),
]

TU_ABOUT = (
    "Wikinews, Saturday 2019-04-20: a California court sentences the parents who kept their children captive "
    "(courts). 'Yesterday' = 2019-04-19, 'in January of last year' = 2018-01, 'in 25 years' dates no act. 'for "
    "torturing' tells the parents' act (as 'for refusing to turn over' in events-dev14, background); 'As revealed at "
    "trial' is a source, not listed; 'had kept ... and rarely allowed' are their acts (background); 'were banned' is "
    "agentless, 'could not use the toilet' a negated act with could; 'were severely malnourished' a state and 'were "
    "initially mistaken for children' agentless; 'weighed', 'was still chained to a bed' are states ('when found' "
    "elliptical, not listed); 'None of the twelve had ever received' is a negated fact; quotations and their 'said' "
    "are not listed; 'went on to say he was not giving them' gives 'give' (negated, reported_by Schwartz), 'by "
    "pleading guilty' their plea (a speech act, reported_by Schwartz), the quoted 'accepted responsibility' and "
    "'spared' not; 'faced twelve counts' is listed (background) and 'was also charged with' is agentless, the "
    "charges' gerunds not; 'also said that they still love ... and had partially forgiven them' gives a stance and "
    "an act reported by the child; 'went as far to say, \"...\"' introduces a quotation; 'were arrested ... after "
    "one of their daughters ... escaped and phoned 911' gives three acts of 2018-01; 'did not know' is a state, "
    "'said some of her siblings were chained' gives an agentless 'chain' reported by her; 'are scheduled to be "
    "eligible' is a state.")
TU = [
    ev("Yesterday in California's Riverside County", "sentenced", "Bernard Schwartz", "sentence",
       "David and Louise Turpin", date="2019-04-19"),
    ev("Yesterday in California's Riverside County", "torturing", "David and Louise Turpin", "torture",
       "all but the youngest of their thirteen children", kind="background"),
    ev("As revealed at trial, the Turpins", "kept", "David and Louise Turpin", "keep", "their children indoors",
       kind="background"),
    ev("As revealed at trial, the Turpins", "allowed", "David and Louise Turpin", "allow",
       "them outside the family home", kind="background"),
    ev("The children were banned", "banned", None, "ban", "The children", kind="background"),
    ev("The children were banned", "use", "The children", "use", "the toilet", neg=True, mod="could",
       kind="background"),
    ev("They were severely malnourished", "mistaken", None, "mistake", "some of those who are now adults",
       kind="background"),
    ev("None of the twelve had ever", "received", "None of the twelve", "receive", "any sort of dental care",
       neg=True, kind="background"),
    ev("Schwartz went on to say", "giving", "Bernard Schwartz", "give", "them the longest possible sentence",
       neg=True, rep="Bernard Schwartz", date="2019-04-19"),
    ev("Schwartz went on to say", "pleading", "David and Louise Turpin", "plead",
       "guilty to fourteen felony charges each", rep="Bernard Schwartz", kind="speech act"),
    ev("Specifically, both parents faced", "faced", "David and Louise Turpin", "face",
       "twelve counts of torture and false imprisonment, nine counts of child abuse, and seven counts of cruelty "
       "to a dependent adult", kind="background"),
    ev("David Turpin, alone, was also charged", "charged", None, "charge", "David Turpin", kind="background"),
    ev("However, this person also said", "love", "One of the children", "love", "their parents",
       rep="One of the children", kind="stance"),
    ev("However, this person also said", "forgiven", "One of the children", "forgive", "their parents",
       rep="One of the children"),
    ev("The two parents were arrested", "arrested", None, "arrest", "David and Louise Turpin", date="2018-01"),
    ev("The two parents were arrested", "escaped", "one of their daughters", "escape", date="2018-01"),
    ev("The two parents were arrested", "phoned", "one of their daughters", "phone", "911", date="2018-01"),
    ev("She did not know what address", "chained", None, "chain", "some of her siblings",
       rep="one of their daughters", kind="background"),
]

NS_ABOUT = (
    "Wikinews, Friday 2019-09-27: New South Wales decriminalizes abortion (state government). 'Yesterday' = "
    "2019-09-26 and the legislature's acts are told of that day; 'Since 1900' dates a standing rule. 'voted to pass' "
    "lists 'vote' (the infinitive is what it voted for, as 'voted to hold' in events-dev14); the relative 'which "
    "decriminalized abortion' tells the bill's effect (listed, dated the vote's day); 'NSW had' is a state; 'abolished "
    "... and legalized' are the legislature's acts; 'abortions were only allowed if a doctor determined' is a "
    "standing rule with a condition; 'The bill was drafted by Alex Greenwich' is turned back (background) and 'who "
    "said on the parliament floor, \"...\"' introduces a quotation; 'involved 102 amendments' and 'the longest they "
    "have ever debated' are states; 'said a law ... marked a \"sad day\"' is an evaluation (a copula in effect); "
    "quotations are not listed; the relative 'who co-sponsored the bill' tells Sharpe's act (background); 'was not "
    "present', 'is the most populated' are copulas and 'still limits abortions' is a standing law in the present.")
NS = [
    ev("Yesterday, the Parliament of New South Wales", "voted", "the Parliament of New South Wales", "vote",
       "to pass the \"Reproductive Health Care Reform Bill 2019\"", date="2019-09-26"),
    ev("Yesterday, the Parliament of New South Wales", "decriminalized", "Reproductive Health Care Reform Bill 2019",
       "decriminalize", "abortion", date="2019-09-26"),
    ev("The NSW legislature in Sydney abolished", "abolished", "The NSW legislature", "abolish",
       "any existing common law rules about abortion", date="2019-09-26"),
    ev("The NSW legislature in Sydney abolished", "legalized", "The NSW legislature", "legalize",
       "terminations up to week 22 of a pregnancy", date="2019-09-26"),
    ev("The bill was drafted by Alex Greenwich", "drafted", "Alex Greenwich", "draft", "The bill",
       kind="background"),
    ev("MP Penny Sharpe, who co-sponsored", "sponsored", "Penny Sharpe", "co-sponsor", "the bill",
       kind="background"),
]

PG_ABOUT = (
    "Wikinews, Wednesday 2019-10-09: scheduled power outages begin in Northern California (utilities and local "
    "services). 'At midnight local time' = 2019-10-09, 'late yesterday' and 'last night' = 2019-10-08, 'around 11:30 "
    "am' = 2019-10-09, 'by noon today' and 'midday tomorrow' date plans, 'since October 2017' is quoted. 'began "
    "turning off' lists 'begin' (as 'began deploying' in an earlier gold); 'stated it scheduled' gives 'schedule' "
    "(reported_by PG&E); 'The aim is' is a copula; the agentless passives of a plan ('were scheduled to be affected', "
    "'was planned to begin', 'Phase two was planned', 'A phase three was tentatively planned') are listed with no "
    "subject, as 'Sentencing was scheduled' in an earlier gold, 'could be affected' with could, reported by the "
    "schedule, and 'final decisions were not yet made' negated; 'which were expected to last' describes the "
    "shutoffs; 'were without power' is a state; 'announced the schedule ... and followed it up' are the company's "
    "acts of the day before; quotations and their 'said', 'added' are not listed; 'school districts ... announced "
    "school closings' is reported by local news (undated); 'announced via Twitter ..., phase one had been completed' "
    "gives the announcement and an agentless 'complete' reported by PG&E; 'apologized' is a speech act of the day.")
PG = [
    ev("At midnight local time (0700 UTC)", "began", "Pacific Gas and Electric Company", "begin",
       "turning off electricity for customers in the San Francisco area of California", date="2019-10-09"),
    ev("PG&E stated it scheduled", "scheduled", "Pacific Gas and Electric Company", "schedule", "the blackouts",
       rep="Pacific Gas and Electric Company"),
    ev("Nearly 800 thousand customers were scheduled", "scheduled", None, "schedule",
       "Nearly 800 thousand customers to be affected by the shutoffs"),
    ev("According to PG&E's schedule, by noon", "affected", None, "affect", "over half a million", mod="could",
       rep="PG&E's schedule"),
    ev("According to PG&E's schedule, by noon", "planned", None, "plan", "phase two to begin",
       rep="PG&E's schedule"),
    ev("Phase two was planned to affect", "planned", None, "plan",
       "Phase two to affect over two hundred thousand customers"),
    ev("A phase three was tentatively planned", "planned", None, "plan", "A phase three"),
    ev("A phase three was tentatively planned", "made", None, "make", "final decisions", neg=True),
    ev("PG&E announced the schedule in a press release", "announced", "Pacific Gas and Electric Company",
       "announce", "the schedule", kind="speech act", date="2019-10-08"),
    ev("PG&E announced the schedule in a press release", "followed", "Pacific Gas and Electric Company",
       "follow up", "it", date="2019-10-08"),
    ev("According to local news, school districts", "announced", "school districts across the area", "announce",
       "school closings", rep="local news", kind="speech act"),
    ev("PG&E announced via Twitter", "announced", "Pacific Gas and Electric Company", "announce",
       "phase one had been completed", kind="speech act", date="2019-10-09"),
    ev("PG&E announced via Twitter", "completed", None, "complete", "phase one",
       rep="Pacific Gas and Electric Company", date="2019-10-09"),
    ev("The company apologized", "apologized", "Pacific Gas and Electric Company", "apologize",
       "for its website being inaccessible due to high volume of traffic", kind="speech act", date="2019-10-09"),
]

DOCS = {
    "wn_2019-04-20_California-court-sentences-parents-who-kept-their-children-in-captivity.txt": (TU_ABOUT, TU),
    "wn_2019-05-05_Scientific-study-suggests-dinosaurs-flapped-their-wings-as-they-ran.txt": (DI_ABOUT, DI),
    "wn_2019-09-27_New-South-Wales-decriminalizes-abortion.txt": (NS_ABOUT, NS),
    "wn_2019-10-09_Scheduled-power-outages-in-Northern-California-begin.txt": (PG_ABOUT, PG),
    "wn_2019-10-14_Kenya-s-Brigid-Kosgei-sets-new-world-record-at-Chicago-Marathon.txt": (KO_ABOUT, KO),
    "wn_2019-11-07_Hungarian-state-owned-enterprise-acquires-Hirtenberger-Defence-Group.txt": (HU_ABOUT, HU),
}


if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev41/make_gold.py"))
