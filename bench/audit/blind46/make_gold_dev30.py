"""Write the event gold tests/data/gold/wikinews-events-dev30 from hand annotations (round blind46, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind46/make_gold_dev30.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev30"

IJ_ABOUT = (
    "Wikinews, Monday 2020-01-13 (no dateline): Iran admits downing a Ukrainian passenger jet and cites human "
    "error (international politics and aviation). 'On Saturday morning' = 2020-01-11 dates the acknowledgement and "
    "the blame; 'on Wednesday' = 2020-01-08 the crash, the shooting down and the killing of those on board (the "
    "text gives the crash's day); the missile launch 'A few hours before' the crash, the airstrike on Soleimani and "
    "the denials are not dated (a day the text does not give is not inferred). 'acknowledged their government had "
    "\"unintentionally\" shot down' is a speech act whose content is reported_by the representatives (the verb is "
    "outside the quotation marks); 'blaming \"human error\"' is a speech act; 'were all killed' is agentless; "
    "Rouhani's and Zelenskyy's quotations and their 'said' are not listed; 'targeting US troops' describes the "
    "missiles; 'the US airstrike that killed' is a relative that tells the strike's act (background); 'Pompeo said "
    "the crash was \"likely\" Iran's doing' reports a copula; 'denied the accusation' is a speech act. 'their "
    "government' is written 'Iran's government'.")
IR = "representatives from Iran"
IJ = [
    ev("On Saturday morning, representatives from Iran", "acknowledged", IR, "acknowledge",
       "their government had \"unintentionally\" shot down a Ukrainian passenger jet near Tehran",
       kind="speech act", date="2020-01-11"),
    ev("On Saturday morning, representatives from Iran", "shot", "Iran's government", "shoot down",
       "a Ukrainian passenger jet", rep=IR, date="2020-01-08"),
    ev("On Saturday morning, representatives from Iran", "blaming", IR, "blame",
       "\"human error\" and the fear of aggression from the United States", kind="speech act", date="2020-01-11"),
    ev("The 176 people on board were all killed", "killed", None, "kill", "The 176 people on board",
       date="2020-01-08"),
    ev("A few hours before the Boeing", "crashed", "the Boeing 737-800 jet", "crash", None, date="2020-01-08"),
    ev("A few hours before the Boeing", "launched", "Iran", "launch", "missiles"),
    ev("A few hours before the Boeing", "killed", "the US airstrike", "kill", "Qasem Soleimani",
       kind="background"),
    ev("For several days Iran denied", "denied", "Iran", "deny", "the accusation", kind="speech act"),
]

KB_ABOUT = (
    "Wikinews, Wednesday 2020-01-29 (no dateline): the former basketball player Kobe Bryant dies in a helicopter "
    "crash aged 41 (sport). 'On Sunday morning' = 2020-01-26 dates the crash and the deaths; his career is "
    "background, dated by its years ('in 1996' the joining, 'in 2016' the retirement; the draft and the trade are "
    "not dated); the city's announcement is not dated. 'according to authorities' gives reported_by to the crash; "
    "'said Bryant and Gianna were on their way' and 'the passengers also included' report a copula and a state; "
    "'was chosen by the Charlotte Hornets' is turned back; 'Before the season began' is a time; 'stayed with the "
    "Lakers for 20 years' is a tenure (a state) and 'becoming an NBA champion five times, ...' lists his titles (as "
    "'became the first woman' in events-dev29's Pelosi text); 'announced on Twitter the Federal Aviation "
    "Administration and the National Transportation Safety Board were to investigate' gives the speech act and a "
    "scheduled act (modality will, reported_by the city). 'Bryant', 'He' and 'him' are written 'Kobe Bryant', 'the "
    "Hornets' 'the Charlotte Hornets'.")
KB = "Kobe Bryant"
KO = [
    ev("On Sunday morning, a helicopter with", "crashed",
       "a helicopter with United States basketball player Kobe Bryant and eight others on board", "crash", None,
       rep="authorities", date="2020-01-26"),
    ev("All people on board", "died", "All people on board", "die", None, date="2020-01-26"),
    ev("The former National Basketball Association", "joined", KB, "join", "the NBA", kind="background",
       date="1996"),
    ev("He was chosen by the Charlotte Hornets", "chosen", "the Charlotte Hornets", "choose", KB,
       kind="background"),
    ev("Before the season began, the Hornets traded", "traded", "the Charlotte Hornets", "trade", KB,
       kind="background"),
    ev("Bryant stayed with the Lakers", "becoming", KB, "become",
       "an NBA champion five times, an All-NBA first-team selection 11 times, a NBA Finals MVP (Most Valuable "
       "Player) twice, an NBA All-Star 18 times, including four times as All-Star MVP, and 2008 NBA MVP",
       kind="background"),
    ev("He retired in 2016", "retired", KB, "retire", None, kind="background", date="2016"),
    ev("The city of Calabasas announced", "announced", "The city of Calabasas", "announce",
       "the Federal Aviation Administration and the National Transportation Safety Board were to investigate the "
       "cause of the crash", kind="speech act"),
    ev("The city of Calabasas announced", "investigate",
       "the Federal Aviation Administration and the National Transportation Safety Board", "investigate",
       "the cause of the crash", mod="will", rep="The city of Calabasas"),
]

CV_ABOUT = (
    "Wikinews, Wednesday 2020-04-29 (no dateline): confirmed SARS-CoV-2 infections in the United States pass one "
    "million (health). 'Yesterday' = 2020-04-28 dates the milestone; 'on April 2' = 2020-04-02 the worldwide "
    "milestone (background). 'Johns Hopkins University (JHU) data indicated' is a neutral report of the milestone; "
    "'The coronavirus causes COVID-19' is a standing fact; 'The milestone came a few weeks after' is a time (not "
    "listed, as in events-dev25) and its clause 'the total number of infections worldwide surpassed one million' is "
    "listed; the countries' counts ('has the highest number', 'totaling to', 'deaths linked to COVID-19 ... as of "
    "yesterday' with no verb of its own, 'with the number rising by over one 1,000 deaths per day', 'had around "
    "27,000 as of yesterday') and 'the number of confirmed cases trails the true number' are figures and states "
    "(not listed).")
CV = [
    ev("Yesterday, the total number of confirmed cases", "surpassed",
       "the total number of confirmed cases of the SARS-CoV-2 coronavirus infections", "surpass", "one million",
       rep="Johns Hopkins University data", date="2020-04-28"),
    ev("The milestone came a few weeks after", "surpassed", "the total number of infections worldwide", "surpass",
       "one million", kind="background", date="2020-04-02"),
]

AI_ABOUT = (
    "Wikinews, Saturday 2020-08-08 (no dateline): an Air India Express flight crashes on landing at Calicut "
    "International Airport in Kerala (disaster and aviation). 'Yesterday' = 2020-08-07 dates the attempt, the "
    "overshoot and every act of the crash, the deaths and the injuries (the narration of the lead's day), and the "
    "hospitalizations; the recovery of the flight recorders is not dated (a day the text does not give is not "
    "inferred). 'slid off before breaking into at least two pieces' tells two acts; 'According to authorities', "
    "'According to the National Disaster Response Force', 'according to the Directorate General of Civil Aviation' "
    "and 'said' give reported_by to their clauses; 'was en-route from Dubai' is a copula and 'making its second "
    "attempt at a landing' is listed (a participle that tells an act); 'was part of', 'to return Indian nationals' "
    "(a purpose), 'was a Boeing 737', 'Calicut has a tabletop runway', 'There were 190 people on board' and 'Among "
    "the dead are' are copulas, states and purposes; 'failed to stop' and 'it fell into a ditch' are listed, 'did not "
    "catch fire' is negated; 'have been hospitalized' (a sentence that begins with a digit, cut apart from the one "
    "before) and 'have been recovered' are agentless; the health minister's and Modi's quotations and their 'said', "
    "'wrote' are not listed. 'Hardeep' is written 'Hardeep Singh Puri', 'it' 'the aircraft'.")
AC = "The aircraft"
HP = "Hardeep Singh Puri"
AI = [
    ev("Yesterday, an Air India Express passenger flight", "attempted", "an Air India Express passenger flight",
       "attempt", "a landing at Calicut International Airport", date="2020-08-07"),
    ev("The aircraft overshot the runway", "overshot", AC, "overshoot", "the runway", date="2020-08-07"),
    ev("The aircraft overshot the runway", "slid", AC, "slide off", None, date="2020-08-07"),
    ev("The aircraft overshot the runway", "breaking", AC, "break", "into at least two pieces", date="2020-08-07"),
    ev("According to authorities, at least a dozen", "lost", "at least a dozen people", "lose", "their lives",
       rep="authorities", date="2020-08-07"),
    ev("According to authorities, at least a dozen", "injured", None, "injure", "scores more", rep="authorities",
       date="2020-08-07"),
    ev("was en-route from Dubai", "making", "Air India Express flight 1344", "make",
       "its second attempt at a landing at Calicut", date="2020-08-07"),
    ev("Calicut has a tabletop runway", "failed", "the aircraft", "fail", "to stop on the runway",
       rep="the National Disaster Response Force", date="2020-08-07"),
    ev("Calicut has a tabletop runway", "fell", "the aircraft", "fall", "into a ditch or gorge",
       rep="the National Disaster Response Force", date="2020-08-07"),
    ev("The aircraft broke into two pieces", "broke", AC, "break", "into two pieces",
       rep="the Directorate General of Civil Aviation", date="2020-08-07"),
    ev("The aircraft broke into two pieces", "catch", AC, "catch", "fire", neg=True,
       rep="the Directorate General of Civil Aviation", date="2020-08-07"),
    ev("Civil Aviation Minister Hardeep Singh Puri said", "died", "18 people", "die", None, rep=HP,
       date="2020-08-07", sent=("Civil Aviation Minister Hardeep Singh Puri said", "18 people died.")),
    ev("149 of the survivors have been hospitalized", "hospitalized", None, "hospitalize", "149 of the survivors",
       date="2020-08-07", sent=("149 of the survivors", "have been hospitalized.")),
    ev("Hardeep also stated", "recovered", None, "recover", "both of the flight recorders", rep=HP),
]

JC_ABOUT = (
    "Wikinews, Tuesday 2020-04-14 (no dateline): the English mathematician John Horton Conway dies after "
    "contracting COVID-19 (science and an obituary). 'on Saturday' = 2020-04-11 dates the death; 'on Wednesday' = "
    "2020-04-08 the fever; his work and honours are background, dated by their years ('in 1981' the election, 'in "
    "1992' the admission); the mourning, the tributes and the podcast are not dated (a day the text does not give "
    "is not inferred). 'reportedly due to COVID-19 complications' gives no reported_by; 'Sam Wang stated that' is a "
    "neutral report; 'was 82 years old' is a copula; 'is known for devising', 'is also known for formulating' list "
    "the acts their gerunds tell ('his work involving surreal numbers' is a noun); 'Cellular automata are' is a "
    "definition; 'developed the chained arrow notation' is listed ('for expressing' a purpose); 'was elected' and "
    "'admitted' are agentless; 'His other accolades include' is a state; 'was mourned by' is turned back; 'called "
    "Conway \"...\"' is a speech act (as 'called it \"a retrograde step\"' in events-dev25); 'tweeted that Conway "
    "\"was a warm and gentle soul\"' reports a quoted copula (not listed); 'known for his educational YouTube "
    "channel' describes; 'posted a podcast' is listed ('dedicated to Conway' describes). 'Conway' and 'He' are "
    "written 'John Horton Conway', 'Sam Wang' as the text names him.")
JC = "John Horton Conway"
CO = [
    ev("English mathematician John Horton Conway died", "died", JC, "die", None, date="2020-04-11"),
    ev("Princeton University neuroscience professor", "developed", JC, "develop", "a fever", rep="Sam Wang",
       date="2020-04-08"),
    ev("Conway is known for devising", "devising", JC, "devise",
       "a cellular automaton known as Conway's Game of Life", kind="background"),
    ev("He also developed the chained arrow notation", "developed", JC, "develop", "the chained arrow notation",
       kind="background"),
    ev("Conway is also known for formulating", "formulating", JC, "formulate",
       "the angel problem of combinatorial game theory", kind="background"),
    ev("For his mathematical contributions", "elected", None, "elect", JC, kind="background", date="1981"),
    ev("For his mathematical contributions", "admitted", None, "admit", JC, kind="background", date="1992"),
    ev("Conway's death was mourned", "mourned", "various members of the academic community", "mourn",
       "John Horton Conway's death"),
    ev("Sam Wang called Conway", "called", "Sam Wang", "call", JC, kind="speech act"),
    ev("Independent filmmaker and journalist Brady Haran", "posted", "Brady Haran", "post",
       "a podcast dedicated to Conway"),
]

HK_ABOUT = (
    "Wikinews, Sunday 2020-05-24 (no dateline): the Japanese professional wrestler and reality television star "
    "Hana Kimura dies aged 22 (sport and entertainment). 'yesterday' = 2020-05-23 dates Stardom's announcement; the "
    "death's day is not given (a day the text does not give is not inferred), nor are the posts, the criticism, the "
    "delay and the tweet; her career is background, dated by its years ('in 2019' the joining, 'in 2016' the "
    "debut). 'has died, ... Stardom announced yesterday' gives the speech act and the death reported_by Stardom; "
    "'No cause of death was announced' is a negated agentless act; 'reportedly made several post' (the text's "
    "'post') gives no reported_by, 'suggesting she was a victim' describes the posts; 'was a photograph' is a "
    "copula and 'written as the caption' describes; 'was signed for Stardom at the time of her death' is a state "
    "and 'having joined them in 2019' tells the joining; 'statement ... read \"...\"' only introduces a quotation; "
    "'made her profesional wrestling debut' (the text's spelling) is listed; 'also wrestled for Senjo and JWP' and "
    "'where she won her first championship' are listed; 'was a two-time ... champion', 'Her mother is', 'was "
    "currently one of the stars' and 'is currently on hiatus' are copulas; 'sees three males and three females "
    "temporarily move in together' is the show's format (not listed, as a plot); 'According to Wrestling Inc' "
    "gives reported_by to 'received online criticism'; 'Sky News reported Netflix Japan ... have delayed releasing' "
    "is a neutral report ('releasing a new episode' the delay's object); 'tweeted after hearing the news' lists the "
    "tweet (a speech act) and the hearing (a gerund in a time clause that tells an act, as 'after being cut off' in "
    "events-dev25); his quotation and its 'said' are not listed. 'Kimura' and 'she' are written 'Hana Kimura', "
    "'Stardom' and 'them' 'World Wonder Ring Stardom', 'He' 'Dave Meltzer'.")
HK = "Hana Kimura"
WS = "World Wonder Ring Stardom"
DM = "Dave Meltzer"
KI = [
    ev("Japanese female professional wrestler", "died", HK, "die", None, rep=WS),
    ev("Japanese female professional wrestler", "announced", WS, "announce", "Hana Kimura has died",
       kind="speech act", date="2020-05-23"),
    ev("No cause of death was announced", "announced", None, "announce", "cause of death", neg=True,
       kind="speech act"),
    ev("Kimura reportedly made several post", "made", HK, "make", "several post on social media"),
    ev("Kimura was signed for Stardom", "joined", HK, "join", WS, kind="background", date="2019"),
    ev("Kimura made her profesional wrestling debut", "made", HK, "make",
       "her profesional wrestling debut", kind="background", date="2016"),
    ev("As well as Stardom she also wrestled", "wrestled", HK, "wrestle", "for Senjo and JWP", kind="background"),
    ev("As well as Stardom she also wrestled", "won", HK, "win",
       "her first championship, the JWP Junior Championship", kind="background"),
    ev("According to Wrestling Inc, she received", "received", HK, "receive", "online criticism",
       rep="Wrestling Inc", kind="background"),
    ev("Sky News reported Netflix Japan", "delayed", "Netflix Japan", "delay", "releasing a new episode",
       rep="Sky News"),
    ev("Wrestling sportswriter Dave Meltzer tweeted", "tweeted", DM, "tweet", None, kind="speech act"),
    ev("Wrestling sportswriter Dave Meltzer tweeted", "hearing", DM, "hear", "the news of her death"),
]

DOCS = {
    "wn_2020-01-13_Iran-admits-downing-Ukrainian-jet-cites-human-error.txt": (IJ_ABOUT, IJ),
    "wn_2020-01-29_Former-basketball-player-Kobe-Bryant-dies-in-helicopter-crash-aged-41.txt": (KB_ABOUT, KO),
    "wn_2020-04-14_English-mathematician-John-Horton-Conway-dies-after-contracting-COVID-19.txt": (JC_ABOUT, CO),
    "wn_2020-04-29_SARS-CoV-2-surpasses-one-million-confirmed-infections-in-the-United-States.txt": (CV_ABOUT, CV),
    "wn_2020-05-24_Japanese-professional-wrestler-and-Netflix-star-Hana-Kimura-dies-aged-22.txt": (HK_ABOUT, KI),
    "wn_2020-08-08_Passenger-flight-crashes-upon-landing-at-Calicut-airport-in-India.txt": (AI_ABOUT, AI),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind46/make_gold_dev30.py"))
