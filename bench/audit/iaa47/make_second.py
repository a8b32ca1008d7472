"""Write a second, independent event annotation of the twelve texts of events-dev29 and -dev30 (round iaa47).

The second annotator read the conventions (tests/data/gold/README.md, events-dev16's, -dev25's and -dev26's READMEs,
the ``about`` fields in bench/audit/ev45a, ev45b, ev46a and ev46b's scripts) and the twelve texts, and wrote the
events below **before** opening anything of the first gold of these texts (its json files, its README, its script or
any toolkit output on them). Each event names its sentence by a unique snippet (or by ``sent``'s two snippets where
the shared splitter would join two sentences) and its verb by the word as written; the offsets are computed and
checked by bench/audit/gold_writer.py's ``event_rows``. The folder is written to bench/audit/iaa47/second/ (not under
tests/data/gold: it is a measurement, not a gold of the suite) in the same layout, so ``toolkit evaluate`` reads it.

Run: python bench/audit/iaa47/make_second.py (from the project root).
"""
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import CORPUS, NOTICE, event as ev, event_rows  # noqa: E402

OUT = Path(__file__).resolve().parent / "second"
SCRIPT = "bench/audit/iaa47/make_second.py"

NP = "Nancy Pelosi"
DT = "Donald Trump"
PE_ABOUT = (
    "Wikinews, Friday 2019-01-04: Nancy Pelosi elected Speaker by the 116th Congress (US politics). 'yesterday' = "
    "2019-01-03: the vote, McCarthy's votes, the defections and Trump's congratulation are the narration of that "
    "day. 'Pelosi told the public' only introduces a quotation; 'Guests ... included' and 'has the greatest number' "
    "are states; 'who held the post of Speaker' and 'held the post until 2011' are holding a post (states); 'her "
    "plans ... will begin with' a plan's terms; 'Democrats also plan to address' is listed at 'address' (modality "
    "will); 'could not reach an agreement' is listed as a negated act; 'will not approve a budget' a stated "
    "intention listed (will, negated, reported by Trump); 'must also be approved by the Senate' and 'must be signed' "
    "required acts (must); the Speaker's succession and House terms are standing facts.")
PE_EVENTS = [
    ev("Nancy Pelosi yesterday resumed", "resumed", NP, "resume", "the office of Speaker of the House",
       date="2019-01-03"),
    ev("Nancy Pelosi yesterday resumed", "voted", "incoming 116th United States Congress", "vote", NP,
       date="2019-01-03"),
    ev("The new members of the House of Representatives, which", "voted",
       "The new members of the House of Representatives", "vote for", NP, date="2019-01-03"),
    ev("Republican Kevin McCarthy, who held", "received", "Kevin McCarthy", "receive", "192", date="2019-01-03"),
    ev("President Donald Trump congratulated Pelosi", "congratulated", DT, "congratulate", NP,
       kind="speech act", date="2019-01-03"),
    ev("but Democrats also plan to address", "address", "Democrats", "address", "the current government shutdown",
       mod="will"),
    ev("is not in operation because President Trump", "reach", "President Trump and the previous Congress", "reach",
       "an agreement about the national budget", neg=True),
    ev("President Trump has said he will not approve", "approve", DT, "approve",
       "a budget that does not allocate funding for a wall", neg=True, mod="will", rep=DT),
    ev("Pelosi has proposed legislation", "proposed", NP, "propose", "legislation that would fund the government"),
    ev("For the budget to pass, it must also", "approved", "Senate", "approve", "the budget", mod="must"),
    ev("For the budget to pass, it must also", "signed", DT, "sign", "the budget", mod="must"),
    ev("Some called for younger leadership.", "called", "Some", "call for", "younger leadership",
       kind="speech act"),
    ev("Altogether, fifteen Democrats defected.", "defected", "fifteen Democrats", "defect", date="2019-01-03"),
    ev("Pelosi had agreed to support", "agreed", NP, "agree", "to support some of her opponents' plans",
       kind="speech act"),
    ev("Nancy Pelosi became the first woman", "became", NP, "become",
       "the first woman to serve as Speaker of the House", kind="background", date="2007"),
]

WS = "great white shark"
SG = "sevengill shark"
SC = "scientists from the University of Miami and Apex Shark Expeditions"
SH_ABOUT = (
    "Wikinews, Saturday 2019-02-16: a study finds sevengill sharks moved into False Bay as great whites left "
    "(marine biology). 'On Wednesday' = 2019-02-13 (the publication). 'documenting the disappearance' describes the "
    "study's content (not listed); 'The study found that' gives its content, reported by the study; 'began to "
    "appear' is listed at 'appear'; 'remained relatively stable' is a state, 'went into sharp decline' a change "
    "(listed, 2015); 'covered more than 8000 hours' is the study's scope; 'Fallows remarked, \"...\"' only "
    "introduces a quotation, 'outlined the tight correlation ...:' has its own object (a speech act); the sharks' "
    "habits and anatomy are standing facts; 'noted various hypotheses', 'has reported a correlation' and 'citing "
    "the ecological disruption' are speech acts; 'noted the sevengill sharks might not have the same effect' is a "
    "neutral report of a possibility (not listed); 'she suggested, specialize in hunting sharks' is a habit; the "
    "Alaska chain ('disrupting', 'exploded', 'plowing') is listed as background.")
SH_EVENTS = [
    ev("On Wednesday, scientists from the University of Miami", "published", SC, "publish", "a study",
       date="2019-02-13"),
    ev("The study found that when the whites", "found", "The study", "find", kind="speech act"),
    ev("The study found that when the whites", "disappeared", "the whites", "disappear", rep="The study"),
    ev("The study found that when the whites", "moved", "a Jurassic-era predator called the sevengill shark",
       "move in", rep="The study"),
    ev("The great white shark population remained", "went", "their numbers", "go into", "sharp decline",
       date="2015"),
    ev("At those times, another predator", "appear", "another predator, the sevengill shark", "appear"),
    ev("The study itself outlined", "outlined", "The study", "outline",
       "the tight correlation between the absence of white sharks and the presence of sevengills",
       kind="speech act"),
    ev("The scientists behind the present study only noted", "noted", "The scientists behind the present study",
       "note", "various hypotheses about the cause of the disappearance", kind="speech act"),
    ev("The scientists behind the present study only noted", "reported", "Alison Kock", "report",
       "a correlation with the entry of orcas into False Bay", kind="speech act"),
    ev("The researchers noted the sevengill", "citing", "The researchers", "cite",
       "the ecological disruption apparently caused off Alaska", kind="speech act"),
    ev("The researchers noted the sevengill", "disrupting", "a change in orca behavior", "disrupt",
       "sea otters' predation of sea urchins", kind="background"),
    ev("The researchers noted the sevengill", "exploded", "sea urchins' population", "explode",
       kind="background"),
    ev("The researchers noted the sevengill", "plowing", "sea urchins' population", "plow through",
       "the area's kelp forests", kind="background"),
]

MF_ABOUT = (
    "Wikinews, Tuesday 2019-04-30: Wikinews at the Mini Maker Faire in Tyler, Texas (a reporter's visit to a fair). "
    "'on Saturday' = 2019-04-27, the fair's day: the exhibitors' displays are that day's. 'the event featured', "
    "'were on hand' are states of the event; 'stated her company's products place a strong emphasis' reports a "
    "standing fact; 'hooked up to launch' describes the model; the image captions ('A volunteer hangs signage', "
    "'installed in', 'built by students') tell what pictures show and are not listed.")
MF_EVENTS = [
    ev("Wikinews attended the sixth annual", "attended", "Wikinews", "attend",
       "the sixth annual Mini Maker Faire in Tyler, Texas", date="2019-04-27"),
    ev("A traditional blacksmith was also on hand", "displaying", "A traditional blacksmith", "display",
       "metal working techniques", date="2019-04-27"),
    ev("Numerous Maker Clubs from an array", "displaying", "Numerous Maker Clubs from an array of local schools",
       "display", "a broad swathe of tech projects", date="2019-04-27"),
    ev("A group of amateur hobbyists diplayed", "diplayed", "A group of amateur hobbyists", "display",
       "a model of the deck of the aircraft carrier", date="2019-04-27"),
]

AP = "Akilisi Pohiva"
TO_ABOUT = (
    "Wikinews, Thursday 2019-09-12: Tonga's Prime Minister Akilisi Pohiva dies (Pacific politics, an obituary). "
    "'today' = 2019-09-12, 'Wednesday afternoon' = 2019-09-11, 'this year' = 2019; 'in the aftermath of the 2006 "
    "riots' names no day (undated). 'who had been Tonga's prime minister since' and 'was a long-time advocate' are "
    "states; 'ABC reported that' and 'according to local media' are neutral reports; 'it was the first time they had "
    "elected a commoner' restates the election; 'prime ministers were appointed by the King or Queen' is a past "
    "practice (not listed); 'making him the longest serving member' a state; 'was also changed with sedition' is "
    "read as 'charged' (a typo of the text; the verb written as meant); 'became the first Pacific Islander to be "
    "awarded' is listed at 'awarded' (the act), agentless.")
TO_EVENTS = [
    ev("Akilisi Pohiva, the prime minister of Tonga, died", "died", AP, "die", date="2019-09-12"),
    ev("was evacuated Wednesday afternoon", "evacuated", None, "evacuate", AP, date="2019-09-11"),
    ev("ABC reported that Pohiva received", "received", AP, "receive", "medical treatment", rep="ABC",
       date="2019"),
    ev("In the wake of Pohiva's death, Tonga's parliament", "suspended", None, "suspend",
       "Tonga's parliament, the Legislative Assembly", rep="local media"),
    ev("When elected prime minister by the parliament", "elected", "parliament", "elect", AP, kind="background",
       date="2014"),
    ev("He first joined parliament in 1987", "joined", AP, "join", "parliament", kind="background", date="1987"),
    ev("he was once jailed for contempt", "jailed", None, "jail", AP, kind="background", date="1996"),
    ev("he was once jailed for contempt", "changed", None, "charge", AP, kind="background"),
    ev("Prior to joining parliament, Pohiva taught", "taught", AP, "teach", "classes in sociology and history",
       kind="background"),
    ev("In 2013, he became the first Pacific Islander", "awarded", None, "award", AP, kind="background",
       date="2013"),
]

QS = "Qasem Soleimani"
SO_ABOUT = (
    "Wikinews, Thursday 2020-01-09 (no dateline): a stampede at Qasem Soleimani's funeral procession in Kerman "
    "(Middle East, a disaster at a funeral). 'on Tuesday' = 2020-01-07, 'on Monday' = 2020-01-06, 'last week' is "
    "dated by its Monday (2019-12-30). 'according to state media' and 'according to state television' are neutral "
    "reports; 'resulting in a ... postponement' and 'resulted in at least 56 deaths' are listed (the stampede's "
    "effects are the news); 'which occurred in Kerman' and 'which took place in Tehran' restate the events (not "
    "listed); attendance figures and 'was to have been the last' are states; 'was head of' a state.")
SO_EVENTS = [
    ev("a stampede erupted, resulting", "erupted", "a stampede", "erupt", rep="state media", date="2020-01-07"),
    ev("a stampede erupted, resulting", "resulting", "a stampede", "result in",
       "a several-hours postponement of Soleimani's burial", rep="state media", date="2020-01-07"),
    ev("The stampede, which occurred in Kerman", "resulted", "The stampede", "result in",
       "at least 56 deaths and over 200 people injured", rep="state television", date="2020-01-07"),
    ev("More than a million people attended", "attended", "More than a million people", "attend",
       "an earlier funeral procession", date="2020-01-06"),
    ev("He was killed last week", "killed", "a United States military airstrike", "kill", QS, kind="background",
       date="2019-12-30"),
]

HE = "A helicopter under contract to Pacific Gas and Electric"
CF = "California Department of Forestry and Fire Protection"
NT = "National Transportation Safety Board"
PG = "Pacific Gas and Electric"
AV = "Andy Vesey"
FA_ABOUT = (
    "Wikinews, Thursday 2020-06-04 (no dateline): a PG&E contract helicopter strikes power lines and crashes near "
    "Fairfield (an accident). 'on Tuesday' = 2020-06-02 (the crash, the deaths, the fire and the response to it, "
    "the power cut and its restoration are that day's narration), 'yesterday' = 2020-06-03, 'today' = 2020-06-04, "
    "'on Monday' = 2020-06-01 (the letter's publication, a description: not listed). 'The Bell 206' is the helicopter, "
    "'CalFire' the California Department of Forestry and Fire Protection, 'The company', 'the firm' PG&E. 'CalFire "
    "said' and 'The company said' are neutral reports; 'indicated the injuries were minor' and 'were reportedly "
    "PG&E contract employees' are states; 'delays caused by warm weather' describes; 'confirming ... they were "
    "\"not traveling ...\"' is a speech act whose content is inside quotation marks (not listed); 'did not "
    "respond' is negated, dated today ('as of today'); 'currently operating under ... protections' a state; 'had "
    "not confirmed' a negated speech act; 'was working to install' is listed at 'install' (reported by Vesey); 'is "
    "being added' is reported by Vesey, agentless; 'to reduce', 'to aid in shutdowns' are purposes.")
FA_EVENTS = [
    ev("on Tuesday struck power lines", "struck", HE, "strike", "power lines", date="2020-06-02"),
    ev("on Tuesday struck power lines", "crashed", HE, "crash", "near Fairfield, California", date="2020-06-02"),
    ev("Three occupants of the helicopter died", "died", "Three occupants of the helicopter", "die",
       date="2020-06-02"),
    ev("Three occupants of the helicopter died", "injured", None, "injure", "three firefighters",
       date="2020-06-02"),
    ev("Three occupants of the helicopter died", "rolled", "their appliance", "roll", date="2020-06-02"),
    ev("Three occupants of the helicopter died", "responding", "three firefighters", "respond to",
       "an ensuing wildfire", date="2020-06-02"),
    ev("The Bell 206 came down", "came", "The Bell 206", "come down", "near Interstate 80", date="2020-06-02"),
    ev("said several acres of land burned", "burned", "several acres of land", "burn", rep=CF, date="2020-06-02"),
    ev("said several acres of land burned", "extinguished", None, "extinguish", "the flames", rep=CF,
       date="2020-06-02"),
    ev("CalFire requested power line", "requested", CF, "request", "power line de-energisation",
       kind="speech act", date="2020-06-02"),
    ev("CalFire requested power line", "cut", "power line de-energisation", "cut",
       "electric supply to around 38,000 people", date="2020-06-02"),
    ev("The company said power was restored", "restored", None, "restore", "power", rep=PG, date="2020-06-02"),
    ev("Investigations have been launched", "launched", "Federal Aviation Administration and the National "
       "Transportation Safety Board", "launch", "Investigations"),
    ev("Investigations have been launched", "confirming", NT, "confirm", kind="speech act", date="2020-06-03"),
    ev("Wikinews approached the NTSB", "approached", "Wikinews", "approach", NT),
    ev("Wikinews approached the NTSB", "respond", "the board's press office", "respond", neg=True,
       date="2020-06-04"),
    ev("is currently upgrading its infrastructure", "upgrading", PG, "upgrade", "its infrastructure"),
    ev("is currently upgrading its infrastructure", "confirmed", PG, "confirm",
       "what work the helicopter was undertaking", neg=True, kind="speech act", date="2020-06-02"),
    ev("In a letter to The Mercury News", "install", PG, "install",
       "100 miles of stronger poles and covered power lines", rep=AV),
    ev("Vesey also indicated equipment", "added", None, "add", "equipment", rep=AV),
]

IR = "representatives from Iran"
IJ_ABOUT = (
    "Wikinews, Monday 2020-01-13 (no dateline): Iran admits shooting down a Ukrainian passenger jet (international "
    "politics, aviation). 'On Saturday morning' = 2020-01-11 (the admission), 'on Wednesday' = 2020-01-08 (the crash "
    "and the missiles 'a few hours before'; the shooting down is the crash, so dated with it). 'their government' "
    "is Iran's government. 'acknowledged' and 'blaming' are speech acts; Rouhani's and Zelenskyy's words are "
    "inside quotation marks; 'missiles targeting US troops' describes the missiles; 'the US airstrike that killed "
    "... Qasem Soleimani' is listed (background, undated); 'said the crash was \"likely\" Iran's doing' is a state; "
    "'denied the accusation' is a speech act (undated: 'For several days').")
IJ_EVENTS = [
    ev("On Saturday morning, representatives from Iran", "acknowledged", IR, "acknowledge", kind="speech act",
       date="2020-01-11"),
    ev("On Saturday morning, representatives from Iran", "shot", "government of Iran", "shoot down",
       "a Ukrainian passenger jet", rep=IR, date="2020-01-08"),
    ev("On Saturday morning, representatives from Iran", "blaming", IR, "blame",
       "\"human error\" and the fear of aggression from the United States", kind="speech act", date="2020-01-11"),
    ev("The 176 people on board were all killed", "killed", None, "kill", "The 176 people on board",
       date="2020-01-08"),
    ev("A few hours before the Boeing 737-800", "crashed", "the Boeing 737-800 jet", "crash", date="2020-01-08"),
    ev("A few hours before the Boeing 737-800", "launched", "Iran", "launch", "missiles", date="2020-01-08"),
    ev("A few hours before the Boeing 737-800", "killed", "the US airstrike", "kill", QS, kind="background"),
    ev("For several days Iran denied", "denied", "Iran", "deny", "the accusation", kind="speech act"),
]

KB = "Kobe Bryant"
KO_ABOUT = (
    "Wikinews, Wednesday 2020-01-29 (no dateline): Kobe Bryant dies in a helicopter crash (sport, an accident and "
    "an obituary). 'On Sunday morning' = 2020-01-26 (the crash and the deaths); '1996' and '2016' years of his "
    "career (background). 'according to authorities' is a neutral report; Wojnarowski's 'said Bryant and Gianna "
    "were on their way' and 'the passengers also included' are states; 'Before the season began' is a frame; "
    "'becoming an NBA champion five times, ...' lists honours (states, not listed); 'announced on Twitter the FAA "
    "and the NTSB were to investigate' is a speech act and its content (modality will).")
KO_EVENTS = [
    ev("On Sunday morning, a helicopter with United States", "crashed",
       "a helicopter with United States basketball player Kobe Bryant and eight others on board", "crash",
       "in Calabasas, California", rep="authorities", date="2020-01-26"),
    ev("All people on board", "died", "All people on board", "die", date="2020-01-26"),
    ev("joined the NBA in 1996", "joined", KB, "join", "the NBA", kind="background", date="1996"),
    ev("He was chosen by the Charlotte Hornets", "chosen", "Charlotte Hornets", "choose", KB, kind="background"),
    ev("the Hornets traded him", "traded", "Charlotte Hornets", "trade", KB, kind="background"),
    ev("Bryant stayed with the Lakers", "stayed", KB, "stay with", "the Lakers", kind="background"),
    ev("He retired in 2016.", "retired", KB, "retire", kind="background", date="2016"),
    ev("The city of Calabasas announced", "announced", "city of Calabasas", "announce", kind="speech act"),
    ev("The city of Calabasas announced", "investigate",
       "the Federal Aviation Administration and the National Transportation Safety Board", "investigate",
       "the cause of the crash", mod="will", rep="city of Calabasas"),
]

JC = "John Horton Conway"
CO_ABOUT = (
    "Wikinews, Tuesday 2020-04-14 (no dateline): the mathematician John Horton Conway dies (science, an obituary). "
    "'on Saturday' = 2020-04-11, 'on Wednesday' = 2020-04-08; 1981 and 1992 the honours' years. 'reportedly due to "
    "COVID-19 complications' is a cause (not listed); 'stated that' is a neutral report; 'is known for devising', "
    "'is also known for formulating' give his acts by gerunds (background, undated); definitions of cellular "
    "automata and 'His other accolades include' are states; 'was mourned by' is turned back; 'called Conway "
    "\"...\"' is a speech act; 'tweeted that Conway \"was a warm and gentle soul\"' reports a state (not listed); "
    "'known for his educational YouTube channel' describes Haran.")
CO_EVENTS = [
    ev("John Horton Conway died on Saturday", "died", JC, "die", date="2020-04-11"),
    ev("Sam Wang stated that Conway developed", "developed", JC, "develop", "a fever", rep="Sam Wang",
       date="2020-04-08"),
    ev("Conway is known for devising", "devising", JC, "devise", "a cellular automaton", kind="background"),
    ev("He also developed the chained arrow", "developed", JC, "develop", "the chained arrow notation",
       kind="background"),
    ev("Conway is also known for formulating", "formulating", JC, "formulate",
       "the angel problem of combinatorial game theory", kind="background"),
    ev("Conway was elected as a Fellow", "elected", None, "elect", JC, kind="background", date="1981"),
    ev("Conway was elected as a Fellow", "admitted", None, "admit", JC, kind="background", date="1992"),
    ev("Conway's death was mourned", "mourned", "various members of the academic community", "mourn",
       "Conway's death"),
    ev("Sam Wang called Conway", "called", "Sam Wang", "call", JC, kind="speech act"),
    ev("posted a podcast dedicated to Conway", "posted", "Brady Haran", "post", "a podcast dedicated to Conway"),
]

US_ABOUT = (
    "Wikinews, Wednesday 2020-04-29 (no dateline): confirmed SARS-CoV-2 infections in the United States pass one "
    "million (public health statistics). 'Yesterday' = 2020-04-28, 'on April 2' = 2020-04-02. A total's passing a "
    "mark is listed as 'surpass'; 'data indicated' is a neutral report; 'The coronavirus causes COVID-19' is a "
    "general fact; 'The milestone came ...' restates the passing; the countries' totals, 'totaling', 'the number "
    "rising by over 1,000 deaths per day' and 'trails the true number' are figures and states.")
US_EVENTS = [
    ev("Yesterday, the total number of confirmed cases", "surpassed",
       "the total number of confirmed cases of the SARS-CoV-2 coronavirus infections", "surpass", "one million",
       rep="Johns Hopkins University data", date="2020-04-28"),
    ev("The milestone came a few weeks after", "surpassed", "the total number of infections worldwide", "surpass",
       "one million", date="2020-04-02"),
]

HK = "Hana Kimura"
ST = "World Wonder Ring Stardom"
HK_ABOUT = (
    "Wikinews, Sunday 2020-05-24 (no dateline): the wrestler Hana Kimura dies (sport and entertainment, an "
    "obituary). 'yesterday' = 2020-05-23 (the announcement; the death's own day is not given, not inferred); 2016 "
    "and 2019 years of her career. 'has died, ... Stardom announced yesterday' is a speech act and its content; 'No "
    "cause of death was announced' a negated agentless speech act; 'reportedly' unattributed gives no reported_by; "
    "'suggesting she was a victim' gives the posts' content (a state); 'was signed for Stardom at the time' a "
    "state; 'Stardom's official statement yesterday read \"...\"' and 'He said \"...\"' only introduce quotations; "
    "titles held are states; the show's format ('sees three males and three females ... move in') is not listed; "
    "'According to Wrestling Inc' and 'Sky News reported' are neutral reports; 'tweeted after hearing the news' is "
    "a speech act.")
HK_EVENTS = [
    ev("Hana Kimura, age 22, has died", "died", HK, "die", rep=ST),
    ev("Hana Kimura, age 22, has died", "announced", ST, "announce", kind="speech act", date="2020-05-23"),
    ev("No cause of death was announced.", "announced", None, "announce", "cause of death", neg=True,
       kind="speech act"),
    ev("Kimura reportedly made several post", "made", HK, "make", "several post on social media"),
    ev("Kimura was signed for Stardom", "joined", HK, "join", ST, kind="background", date="2019"),
    ev("Kimura made her profesional wrestling debut", "made", HK, "make", "her profesional wrestling debut",
       kind="background", date="2016"),
    ev("she also wrestled for Senjo and JWP", "wrestled", HK, "wrestle for", "Senjo and JWP", kind="background"),
    ev("she also wrestled for Senjo and JWP", "won", HK, "win", "her first championship", kind="background"),
    ev("According to Wrestling Inc, she received", "received", HK, "receive", "online criticism",
       rep="Wrestling Inc"),
    ev("Sky News reported Netflix Japan", "delayed", "Netflix Japan", "delay", "releasing a new episode",
       rep="Sky News"),
    ev("Dave Meltzer tweeted after hearing", "tweeted", "Dave Meltzer", "tweet", kind="speech act"),
]

AI = "an Air India Express passenger flight"
AC = "The aircraft"
HP = "Hardeep Singh Puri"
CA_ABOUT = (
    "Wikinews, Saturday 2020-08-08 (no dateline): an Air India Express flight crashes on landing at Calicut (an "
    "air accident). 'Yesterday' = 2020-08-07: the landing, the overshoot, the break-up, the deaths and injuries and "
    "the fall into the gorge are that day's narration. 'The aircraft', 'it', 'Air India Express flight 1344' are the "
    "flight, written as each sentence writes it. 'According to authorities', 'according to the National Disaster "
    "Response Force', 'according to the Directorate General of Civil Aviation', 'said', 'stated that' are neutral "
    "reports; 'was en-route ... making its second attempt' is listed at 'making'; 'was part of the Vande Bharat "
    "Mission to return' and 'has a tabletop runway' are states; 'failed to stop' is listed at 'failed'; 'did not "
    "catch fire' is negated; 'There were 190 people on board' and 'Among the dead are' are states; the ministers' "
    "and Modi's words are inside quotation marks. The sentence '149 of the survivors ...' begins with a digit (the "
    "shared splitter would join it to the one before): its span and the one before it are given by two snippets.")
CA_EVENTS = [
    ev("Yesterday, an Air India Express passenger flight attempted", "attempted", AI, "attempt", "a landing",
       date="2020-08-07"),
    ev("The aircraft overshot the runway", "overshot", AC, "overshoot", "the runway", date="2020-08-07"),
    ev("The aircraft overshot the runway", "slid", AC, "slide off", date="2020-08-07"),
    ev("The aircraft overshot the runway", "breaking", AC, "break into", "at least two pieces", date="2020-08-07"),
    ev("at least a dozen people lost their lives", "lost", "at least a dozen people", "lose", "their lives",
       rep="authorities", date="2020-08-07"),
    ev("at least a dozen people lost their lives", "injured", None, "injure", "scores more", rep="authorities",
       date="2020-08-07"),
    ev("was en-route from Dubai", "making", "Air India Express flight 1344", "make",
       "its second attempt at a landing at Calicut", date="2020-08-07"),
    ev("Calicut has a tabletop runway", "failed", "the aircraft", "fail", "to stop on the runway",
       rep="National Disaster Response Force", date="2020-08-07"),
    ev("Calicut has a tabletop runway", "fell", "the aircraft", "fall into", "a ditch or gorge",
       rep="National Disaster Response Force", date="2020-08-07"),
    ev("The aircraft broke into two pieces", "broke", AC, "break into", "two pieces",
       rep="Directorate General of Civil Aviation", date="2020-08-07"),
    ev("The aircraft broke into two pieces", "catch", AC, "catch", "fire", neg=True,
       rep="Directorate General of Civil Aviation", date="2020-08-07"),
    ev("Hardeep Singh Puri said 18 people died", "died", "18 people", "die", rep=HP, date="2020-08-07",
       sent=("Civil Aviation Minister Hardeep", "18 people died.")),
    ev("149 of the survivors have been hospitalized", "hospitalized", None, "hospitalize", "149 of the survivors",
       sent=("149 of the survivors", "have been hospitalized.")),
    ev("Hardeep also stated that both", "recovered", None, "recover", "both of the flight recorders", rep=HP),
]

DOCS = {
    "wn_2019-01-04_Nancy-Pelosi-again-elected-Speaker-as-116th-U-S-Congress-sworn-in.txt": (PE_ABOUT, PE_EVENTS),
    "wn_2019-02-16_Study-indicates-as-great-white-shark-disappears-living-fossil-moves-in.txt": (SH_ABOUT, SH_EVENTS),
    "wn_2019-04-30_Wikinews-attends-Maker-Faire-in-Tyler-Texas.txt": (MF_ABOUT, MF_EVENTS),
    "wn_2019-09-12_Sitting-Tongan-Prime-Minister-Akilisi-Pohiva-dies-aged-78.txt": (TO_ABOUT, TO_EVENTS),
    "wn_2020-01-09_Stampede-during-funeral-procession-of-Qasem-Soleimani-causes-deaths-delays-buria.txt":
        (SO_ABOUT, SO_EVENTS),
    "wn_2020-06-04_Power-firm-helicopter-strikes-cables-crashes-near-Fairfield-California.txt": (FA_ABOUT, FA_EVENTS),
    "wn_2020-01-13_Iran-admits-downing-Ukrainian-jet-cites-human-error.txt": (IJ_ABOUT, IJ_EVENTS),
    "wn_2020-01-29_Former-basketball-player-Kobe-Bryant-dies-in-helicopter-crash-aged-41.txt": (KO_ABOUT, KO_EVENTS),
    "wn_2020-04-14_English-mathematician-John-Horton-Conway-dies-after-contracting-COVID-19.txt":
        (CO_ABOUT, CO_EVENTS),
    "wn_2020-04-29_SARS-CoV-2-surpasses-one-million-confirmed-infections-in-the-United-States.txt":
        (US_ABOUT, US_EVENTS),
    "wn_2020-05-24_Japanese-professional-wrestler-and-Netflix-star-Hana-Kimura-dies-aged-22.txt":
        (HK_ABOUT, HK_EVENTS),
    "wn_2020-08-08_Passenger-flight-crashes-upon-landing-at-Calicut-airport-in-India.txt": (CA_ABOUT, CA_EVENTS),
}


def write_second(out: Path = OUT) -> int:
    """Write the second annotation to ``out`` in a gold folder's layout (one json per text, ``texts/`` with the
    texts byte for byte, their MANIFEST rows and the NOTICE). Returns the number of events written."""
    (out / "texts").mkdir(parents=True, exist_ok=True)
    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    rows, total = [manifest[0]], 0
    rel = out.relative_to(Path(__file__).resolve().parents[3])
    for file, (about, events) in DOCS.items():
        text = (CORPUS / file).read_text(encoding="utf-8")
        row = [r for r in manifest if r.split("\t")[0] == file]
        assert len(row) == 1, file
        found = event_rows(text, events)
        shutil.copyfile(CORPUS / file, out / "texts" / file)
        rows.append(row[0])
        gold = {"source": f"{rel}/texts/{file}", "published": row[0].split("\t")[2], "outlet": "Wikinews",
                "about": about + " Events only: a second annotation for an agreement study, made by reading every "
                f"sentence before the first gold of the text or any toolkit output on it was opened; offsets by "
                f"script ({SCRIPT}).", "events": found}
        (out / file.replace(".txt", ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
        total += len(found)
    (out / "texts" / "MANIFEST.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (out / "texts" / "NOTICE").write_bytes(NOTICE.read_bytes())
    return total


if __name__ == "__main__":
    print(write_second())
