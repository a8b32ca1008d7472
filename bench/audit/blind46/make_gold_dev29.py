"""Write the event gold tests/data/gold/wikinews-events-dev29 from hand annotations (round blind46, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind46/make_gold_dev29.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev29"

NP_ABOUT = (
    "Wikinews, Friday 2019-01-04: Nancy Pelosi is elected Speaker again as the 116th US Congress is sworn in (US "
    "politics). 'yesterday' = 2019-01-03 dates the resumption, the votes, McCarthy's count, the defections and "
    "Trump's congratulation (the narration of the lead's day); the budget dispute, the proposal, the calls and the "
    "agreement are not dated (a day the text does not give is not inferred); 'in 2007' dates her first term as "
    "background. 'being voted into the position by' is turned back (the Congress votes Pelosi); 'which include' "
    "and 'who held the post' are states; the quotation, its 'told the public' and Trump's 'saying, \"...\"' are "
    "not listed; 'congratulated' is a speech act; 'Pelosi has said her plans ... will begin with' tells a plan's "
    "terms (not listed, as 'would be led by' in events-dev25), 'Democrats also plan to address' is listed (a "
    "plan, as 'planned to implement'); 'is not in operation' is a copula and 'could not reach an agreement' is "
    "negated (modality could); 'has said he will not approve' gives a negated stance reported_by Trump ('that does "
    "not allocate' describes the budget); 'has proposed legislation' is a speech act ('would fund' its terms); "
    "'must also be approved by the Senate' and 'must be signed by President Trump' are turned back, modality must "
    "('For the budget to pass' a condition, 'which has a Republican majority' a state); 'Some called for' is a "
    "speech act whose subject the text leaves as 'Some'; 'defected' is listed; 'had agreed to support' is listed "
    "(its infinitive not); 'has the greatest number' is a state; 'became the first woman to serve as Speaker' is "
    "listed (as events-dev15's 'became the first person to run'), 'held the post until 2011' is a tenure (a "
    "state); the Speaker's succession and the House's terms are standing facts. 'Pelosi' and 'she' are written "
    "'Nancy Pelosi', 'President Trump' 'Donald Trump'.")
NP = "Nancy Pelosi"
DT = "Donald Trump"
PE = [
    ev("Nancy Pelosi yesterday resumed", "resumed", NP, "resume", "the office of Speaker of the House",
       date="2019-01-03"),
    ev("Nancy Pelosi yesterday resumed", "voted", "the incoming 116th United States Congress", "vote", NP,
       date="2019-01-03"),
    ev("The new members of the House of Representatives", "voted", "The new members of the House of Representatives",
       "vote", "for Pelosi to serve as Speaker", date="2019-01-03"),
    ev("Republican Kevin McCarthy", "received", "Kevin McCarthy", "receive", "192", date="2019-01-03"),
    ev("President Donald Trump congratulated", "congratulated", DT, "congratulate", NP, kind="speech act",
       date="2019-01-03"),
    ev("Pelosi has said her plans", "plan", "Democrats", "plan",
       "to address the current government shutdown promptly", kind="stance"),
    ev("About a quarter of the U.S. federal government", "reach", "Donald Trump and the previous Congress", "reach",
       "an agreement about the national budget", neg=True, mod="could", kind="background"),
    ev("President Trump has said he will not approve", "approve", DT, "approve",
       "a budget that does not allocate funding for a wall along the country's border with Mexico", neg=True,
       mod="will", rep=DT, kind="stance"),
    ev("Pelosi has proposed legislation", "proposed", NP, "propose",
       "legislation that would fund the government through September", kind="speech act"),
    ev("For the budget to pass", "approved", "the Senate", "approve", "the budget", mod="must"),
    ev("For the budget to pass", "signed", DT, "sign", "the budget", mod="must"),
    ev("Some called for younger leadership", "called", "Some", "call for", "younger leadership",
       kind="speech act"),
    ev("Altogether, fifteen Democrats defected", "defected", "fifteen Democrats", "defect", None,
       date="2019-01-03"),
    ev("Pelosi had agreed to support", "agreed", NP, "agree", "to support some of her opponents' plans",
       kind="background"),
    ev("Nancy Pelosi became the first woman", "became", NP, "become",
       "the first woman to serve as Speaker of the House", kind="background", date="2007"),
]

SH_ABOUT = (
    "Wikinews, Saturday 2019-02-16: a study finds that sevengill sharks moved into False Bay when great white "
    "sharks disappeared (science and nature). 'On Wednesday' = 2019-02-13 dates the publication; the study's "
    "findings, the sharks' history ('until 2015, at which point' dates the decline) and the other researchers' acts "
    "are not dated. 'documenting the disappearance' describes the study (a participle of a noun, not listed); 'The "
    "study found that' is listed (a speech act, as 'researchers found' in events-dev23) and its content's acts "
    "('when the whites disappeared', 'moved in') are reported_by the study; 'was a collaborative project', 'that "
    "conducts cage diving', 'covered more than 8000 hours', 'remained relatively stable', 'reaching zero', 'is "
    "sometimes called', 'closely resembles' and the sharks' habits ('usually lives', 'seek', 'can also prey', "
    "'known to eat', 'has seven gills') are states, figures and standing facts; 'went into sharp decline' and 'began "
    "to appear' are listed; Fallows's quotation and its 'remarked' are not listed; 'The study itself outlined the "
    "tight correlation' is listed (a speech act with a noun object before its quotation); 'only noted various "
    "hypotheses' and 'has reported a correlation' are speech acts (a noun object); 'possibly because human activity "
    "has rendered prey hard to find' is Kock's hedged reason (modality may, reported_by her); 'she suggested' is a "
    "parenthetical report of a habit ('specialize in', not listed); 'The researchers noted the sevengill sharks "
    "might not have the same effect' reports a hypothetical state (not listed), 'citing the ecological disruption' "
    "is a speech act, and the Alaska chain it names ('disrupting', 'whose population then exploded', 'plowing "
    "through') is background ('apparently caused off Alaska' and 'had a knock-on effect' describe it). 'the "
    "whites' are written 'great white sharks', 'their numbers' 'the great white sharks' numbers', 'Kock' 'Alison "
    "Kock'.")
SH = [
    ev("On Wednesday, scientists from the University of Miami", "published",
       "scientists from the University of Miami and Apex Shark Expeditions", "publish", "a study",
       date="2019-02-13"),
    ev("The study found that when the whites", "found", "The study", "find",
       "when the whites disappeared, a Jurassic-era predator called the sevengill shark moved in",
       kind="speech act"),
    ev("The study found that when the whites", "disappeared", "great white sharks", "disappear", None,
       rep="The study", kind="background"),
    ev("The study found that when the whites", "moved", "a Jurassic-era predator called the sevengill shark",
       "move in", None, rep="The study", kind="background"),
    ev("The great white shark population remained", "went", "the great white sharks' numbers", "go",
       "into sharp decline", kind="background", date="2015"),
    ev("At those times, another predator", "began", "the sevengill shark", "begin", "to appear",
       kind="background"),
    ev("The study itself outlined", "outlined", "The study", "outline",
       "the tight correlation between the absence of white sharks and the presence of sevengills",
       kind="speech act"),
    ev("The scientists behind the present study", "noted", "The scientists behind the present study", "note",
       "various hypotheses about the cause of the disappearance of great white sharks from this area",
       kind="speech act"),
    ev("The scientists behind the present study", "reported", "Alison Kock", "report",
       "a correlation with the entry of orcas into False Bay", kind="speech act"),
    ev("The scientists behind the present study", "rendered", "human activity", "render",
       "prey hard to find elsewhere", mod="may", rep="Alison Kock", kind="background"),
    ev("The researchers noted the sevengill", "citing", "The researchers", "cite",
       "the ecological disruption apparently caused off Alaska", kind="speech act"),
    ev("The researchers noted the sevengill", "disrupting", "a change in orca behavior", "disrupt",
       "sea otters' predation of sea urchins", kind="background"),
    ev("The researchers noted the sevengill", "exploded", "the sea urchins' population", "explode", None,
       kind="background"),
    ev("The researchers noted the sevengill", "plowing", "the sea urchins' population", "plow",
       "through the area's kelp forests", kind="background"),
]

MF_ABOUT = (
    "Wikinews, Tuesday 2019-04-30: Wikinews attends the sixth annual Mini Maker Faire in Tyler, Texas (local news, "
    "science and technology). 'on Saturday' = 2019-04-27 dates the attendance and the one-day fair's displays (the "
    "narration of the lead's day); the caption's '(April 2019)' dates the volunteer's act by its month. 'the event "
    "featured', 'were on hand including' and 'were on hand' are states; 'stated her company's products place a "
    "strong emphasis' reports a state (not listed); 'was also on hand displaying', 'displaying a broad swathe' and "
    "'diplayed' (the text's spelling) are listed; 'hooked up to launch' describes. Captions: 'A volunteer hangs "
    "signage' is listed (a caption's present tells an act, as events-dev17's 'Violinist Brigit O'Regan "
    "performs'); the other captions have no finite verb ('showing', 'installed', 'featuring', 'built by students' "
    "describe).")
MF = [
    ev("Wikinews attended the sixth annual", "attended", "Wikinews", "attend",
       "the sixth annual Mini Maker Faire in Tyler, Texas, United States", date="2019-04-27"),
    ev("A traditional blacksmith was also", "displaying", "A traditional blacksmith", "display",
       "metal working techniques", date="2019-04-27"),
    ev("Numerous Maker Clubs", "displaying", "Numerous Maker Clubs from an array of local schools", "display",
       "a broad swathe of tech projects", date="2019-04-27"),
    ev("A group of amateur hobbyists", "diplayed", "A group of amateur hobbyists", "display",
       "a model of the deck of the aircraft carrier, the USS Ronald Reagan", date="2019-04-27"),
    ev("A volunteer hangs signage", "hangs", "A volunteer", "hang", "signage", date="2019-04"),
]

TO_ABOUT = (
    "Wikinews, Thursday 2019-09-12: Tonga's Prime Minister Akilisi Pohiva dies aged 78 (Pacific politics and an "
    "obituary). 'today' = 2019-09-12 dates the death (the local time of the article; '2100 UTC, yesterday' restates "
    "it) and the parliament's suspension 'In the wake of' it; 'Wednesday afternoon' = 2019-09-11 the evacuation; "
    "'this year' = 2019 the treatment; his career is background, dated by its years (2014, 1987, 1996, 2013); the "
    "sedition charge and the teaching are not dated ('in the aftermath of the 2006 ... riots' gives no day of the "
    "charge). 'who had been Tonga's prime minister' is a copula; 'was evacuated' and 'was suspended' are agentless "
    "('according to local media' gives reported_by); 'ABC reported that' is a neutral report; 'was a long-time "
    "advocate ..., The Guardian reported' a copula; 'When elected prime minister by the parliament in 2014' is "
    "turned back and 'it was the first time they had elected a commoner' tells the same act again (listed once, at "
    "its by-agent); 'historically, prime ministers were appointed by the King or Queen' is a standing practice of "
    "the past (not listed); 'making him the longest serving member' is a state; 'was once jailed' and 'was also "
    "changed with sedition' (the text's slip for 'charged') are agentless; 'Prior to joining parliament' restates "
    "the joining; 'became the first Pacific Islander to be awarded' is listed (as 'became the first woman'). "
    "'Pohiva' and 'he' are written 'Akilisi Pohiva'.")
AP = "Akilisi Pohiva"
TO = [
    ev("Akilisi Pohiva, the prime minister of Tonga, died", "died", AP, "die", None, date="2019-09-12"),
    ev("Pohiva, who had been Tonga's prime minister", "evacuated", None, "evacuate", AP, date="2019-09-11"),
    ev("ABC reported that Pohiva received", "received", AP, "receive", "medical treatment", rep="ABC",
       kind="background", date="2019"),
    ev("In the wake of Pohiva's death", "suspended", None, "suspend", "Tonga's parliament, the Legislative Assembly",
       rep="local media", date="2019-09-12"),
    ev("When elected prime minister by the parliament", "elected", "the parliament", "elect", AP,
       kind="background", date="2014"),
    ev("He first joined parliament in 1987", "joined", AP, "join", "parliament", kind="background", date="1987"),
    ev("During that service, he was once jailed", "jailed", None, "jail", AP, kind="background", date="1996"),
    ev("During that service, he was once jailed", "changed", None, "charge", AP, kind="background"),
    ev("Prior to joining parliament, Pohiva taught", "taught", AP, "teach", "classes in sociology and history",
       kind="background"),
    ev("In 2013, he became the first Pacific Islander", "became", AP, "become",
       "the first Pacific Islander to be awarded the Parliamentarians for Global Action's Defender of Democracy "
       "Award", kind="background", date="2013"),
]

SS_ABOUT = (
    "Wikinews, Thursday 2020-01-09 (no dateline): a stampede at the funeral procession of Qasem Soleimani in "
    "Kerman kills at least 56 and delays his burial (Middle East and a disaster). 'on Tuesday' = 2020-01-07 dates "
    "the stampede, its occurrence and its results; 'on Monday' = 2020-01-06 the Tehran procession and its "
    "attendance; 'last week' is dated by its week's Monday, 2019-12-30 (the killing). 'according to state media' "
    "and 'according to state television' give reported_by ('resulting in a several-hours postponement' is a "
    "participle that tells the stampede's act; 'which occurred in Kerman' a relative that tells it again, listed as "
    "'took place' is); 'was by varying reports tens or hundreds of thousands' and 'was to have been the last' are "
    "copulas; 'which took place in Tehran on Monday' is listed; 'was head of' is a copula; 'was killed last week by "
    "a United States military airstrike' is turned back. 'He' is written 'Qasem Soleimani'.")
QS = "Qasem Soleimani"
SS = [
    ev("During the funeral of Iranian commander", "erupted", "a stampede", "erupt", None, rep="state media",
       date="2020-01-07"),
    ev("During the funeral of Iranian commander", "resulting", "a stampede", "result in",
       "a several-hours postponement of Soleimani's burial", rep="state media", date="2020-01-07"),
    ev("The stampede, which occurred in Kerman", "occurred", "The stampede", "occur", None,
       rep="state television", date="2020-01-07"),
    ev("The stampede, which occurred in Kerman", "resulted", "The stampede", "result in",
       "at least 56 deaths and over 200 people injured", rep="state television", date="2020-01-07"),
    ev("More than a million people attended", "attended", "More than a million people", "attend",
       "an earlier funeral procession", date="2020-01-06"),
    ev("More than a million people attended", "took", "an earlier funeral procession", "take place", None,
       date="2020-01-06"),
    ev("He was killed last week", "killed", "a United States military airstrike in Iraq", "kill", QS,
       kind="background", date="2019-12-30"),
]

HC_ABOUT = (
    "Wikinews, Thursday 2020-06-04 (no dateline): a helicopter working for PG&E strikes power lines and crashes "
    "near Fairfield, California (local news and a disaster). 'on Tuesday' = 2020-06-02 dates the crash and the "
    "day's acts (the deaths, the injuries, the fire, the requests, the restoring of power; the narration of the "
    "lead's day) and the company's not confirming 'as of reports on Tuesday'; 'yesterday' = 2020-06-03 the NTSB's "
    "confirmation; 'as of today' = 2020-06-04 the press office's not responding; the launch of the investigations, "
    "Wikinews's approach, the upgrading and Vesey's statements are not dated ('published on Monday' describes the "
    "letter). 'under contract to' describes the helicopter; 'when their appliance rolled responding to an ensuing "
    "wildfire' tells two acts ('rolled', the firefighters' 'responding'); 'came down' is listed (as events-dev27's "
    "'came down' after 'crashed'); 'during works to high-voltage power cables' is a noun's act (not listed); "
    "'CalFire said' gives reported_by to 'burned' and 'were extinguished' (agentless); 'requested' is listed, "
    "'which cut electric supply' tells the de-energisation's act; 'CalFire indicated the injuries were minor' reports "
    "a copula; 'were reportedly ... employees' is a copula; 'The company said power was restored' is agentless "
    "('delays caused by warm weather' describes); 'have been launched by' is turned back; 'with the latter "
    "yesterday confirming on Twitter' is a speech act whose content is inside quotation marks (not listed); "
    "'approached' is listed and 'did not respond' is negated; 'currently operating under' is a state, 'is currently "
    "upgrading' is listed ('to reduce' a purpose), 'had not confirmed what work' is negated (a speech act); 'Vesey "
    "said the firm was working to install \"...\"' gives the work reported_by him (the infinitive's words are "
    "quoted) and 'Vesey also indicated equipment is being added' an agentless act reported_by him ('to aid' a "
    "purpose). 'CalFire' is written 'California Department of Forestry and Fire Protection', 'PG&E', 'the company' "
    "and 'the firm' 'Pacific Gas and Electric', 'the NTSB', 'the latter' 'National Transportation Safety Board', "
    "'Vesey' 'Andy Vesey'.")
HEL = "A helicopter under contract to Pacific Gas and Electric"
CF = "California Department of Forestry and Fire Protection"
PGE = "Pacific Gas and Electric"
NTSB = "National Transportation Safety Board"
AV = "Andy Vesey"
HC = [
    ev("A helicopter under contract to Pacific Gas", "struck", HEL, "strike", "power lines", date="2020-06-02"),
    ev("A helicopter under contract to Pacific Gas", "crashed", HEL, "crash", None, date="2020-06-02"),
    ev("Three occupants of the helicopter died", "died", "Three occupants of the helicopter", "die", None,
       date="2020-06-02"),
    ev("Three occupants of the helicopter died", "injured", None, "injure", "three firefighters",
       date="2020-06-02"),
    ev("Three occupants of the helicopter died", "rolled", "the three firefighters' appliance", "roll", None,
       date="2020-06-02"),
    ev("Three occupants of the helicopter died", "responding", "three firefighters", "respond",
       "to an ensuing wildfire", date="2020-06-02"),
    ev("The Bell 206 came down", "came", "The Bell 206", "come down", None, date="2020-06-02"),
    ev("CalFire) said several acres", "burned", "several acres of land", "burn", None, rep=CF, date="2020-06-02"),
    ev("CalFire) said several acres", "extinguished", None, "extinguish", "the flames", rep=CF, date="2020-06-02"),
    ev("CalFire requested power line", "requested", CF, "request", "power line de-energisation",
       date="2020-06-02"),
    ev("CalFire requested power line", "cut", "power line de-energisation", "cut",
       "electric supply to around 38,000 people", date="2020-06-02"),
    ev("The company said power was restored", "restored", None, "restore", "power", rep=PGE, date="2020-06-02"),
    ev("Investigations have been launched", "launched",
       "the Federal Aviation Administration and the National Transportation Safety Board", "launch",
       "Investigations"),
    ev("Investigations have been launched", "confirming", NTSB, "confirm",
       "they were \"not traveling to the crash scene at this time.\"", kind="speech act", date="2020-06-03"),
    ev("Wikinews approached the NTSB", "approached", "Wikinews", "approach", NTSB),
    ev("Wikinews approached the NTSB", "respond", "the National Transportation Safety Board's press office",
       "respond", None, neg=True, date="2020-06-04"),
    ev("PG&E, currently operating under Chapter 11", "upgrading", PGE, "upgrade", "its infrastructure"),
    ev("PG&E, currently operating under Chapter 11", "confirmed", PGE, "confirm",
       "what work the helicopter was undertaking", neg=True, kind="speech act", date="2020-06-02"),
    ev("In a letter to The Mercury News", "working", PGE, "work", "to install \"100 miles of stronger poles and "
       "covered power lines [and manage] vegetation along 890 miles of our system to reduce wildfire risk.\"",
       rep=AV),
    ev("Vesey also indicated equipment", "added", None, "add", "equipment", rep=AV),
]

DOCS = {
    "wn_2019-01-04_Nancy-Pelosi-again-elected-Speaker-as-116th-U-S-Congress-sworn-in.txt": (NP_ABOUT, PE),
    "wn_2019-02-16_Study-indicates-as-great-white-shark-disappears-living-fossil-moves-in.txt": (SH_ABOUT, SH),
    "wn_2019-04-30_Wikinews-attends-Maker-Faire-in-Tyler-Texas.txt": (MF_ABOUT, MF),
    "wn_2019-09-12_Sitting-Tongan-Prime-Minister-Akilisi-Pohiva-dies-aged-78.txt": (TO_ABOUT, TO),
    "wn_2020-01-09_Stampede-during-funeral-procession-of-Qasem-Soleimani-causes-deaths-delays-buria.txt":
        (SS_ABOUT, SS),
    "wn_2020-06-04_Power-firm-helicopter-strikes-cables-crashes-near-Fairfield-California.txt": (HC_ABOUT, HC),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind46/make_gold_dev29.py"))
