"""Write the event gold tests/data/gold/wikinews-events-dev32 from hand annotations (round ev46b).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev46b/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev32"

HL = "Hurricane Lorenzo"
HL_ABOUT = (
    "Wikinews, Wednesday 2019-10-02: Hurricane Lorenzo hits the Azores and heads towards Ireland (weather: one "
    "occasion and the warnings issued for it). 'Today' and 'this morning' = 2019-10-02; the hurricane's hitting and "
    "approach, the alerts issued and received, the Azores' closures, the storm bearing down and the authorities' "
    "expectation are that day's (the narration of the lead's day); 'this past Saturday' = 2019-09-28. 'the storm', "
    "'Lorenzo' are Hurricane Lorenzo. 'The warnings apply from tomorrow night' and 'applied to ... and starts at' are "
    "the warnings' terms (states, not listed); 'issued by Met Éireann' describes the warning (not listed); 'was "
    "forecast to diminish', 'were forecast to reach' are forecasts (not listed); the warning's words in quotation "
    "marks are not listed ('read the warning' only introduces them); 'called for gale force winds' is the warnings' "
    "speech act; 'According to reports, Lorenzo is the largest ...' is a state (not listed).")
HL_EVENTS = [
    ev("Today, as Hurricane Lorenzo hit the Azores", "hit", HL, "hit", "the Azores", date="2019-10-02"),
    ev("Today, as Hurricane Lorenzo hit the Azores", "issued", "Met Éireann", "issue", "weather alerts",
       kind="speech act", date="2019-10-02"),
    ev("Today, as Hurricane Lorenzo hit the Azores", "approached", HL, "approach", "from the west",
       date="2019-10-02"),
    ev("Yellow warnings were issued nationwide", "issued", None, "issue", "Yellow warnings", kind="speech act",
       date="2019-10-02"),
    ev("Yellow warnings were issued nationwide", "received", "six counties on the coast", "receive",
       "orange warnings", date="2019-10-02"),
    ev("autonomous islands of Portugal in the Atlantic Ocean", "closed", "The Azores", "close",
       "schools and non-essential public services", date="2019-10-02"),
    ev("The situation will worsen in the next few hours", "bore", HL, "bear down", "on the Azores",
       date="2019-10-02"),
    ev("Authorities expected winds of 100 mph", "expected", "Authorities", "expect",
       "winds of 100 mph (about 160 km/h) and high waves", kind="stance", date="2019-10-02"),
    ev("The warnings called for gale force winds", "called", "The warnings", "call", "for gale force winds and "
       "heavy rain", kind="speech act", date="2019-10-02"),
    ev("Hurricane Lorenzo reached Category 5", "reached", HL, "reach", "Category 5 on the Saffir–Simpson scale",
       date="2019-09-28"),
    ev("Hurricane Lorenzo reached Category 5", "downgraded", None, "downgrade", HL, date="2019-10-02"),
]

PR = "Puerto Rico"
JQ = "the January 7 quake"
PR_ABOUT = (
    "Wikinews, Friday 2020-01-17: a magnitude 5.2 earthquake hits Puerto Rico after weeks of quakes (an earthquake: "
    "one occasion and the earlier quakes as background). 'On Wednesday morning' = 2020-01-15 (the 5.2 quake; the "
    "USGS placing its epicenter is that day's narration); 'on January 7' = 2020-01-07 (the 6.4 quake: its hitting, "
    "the blackout, and what 'That event' did, the governor's declaration told in the same paragraph); 'the previous "
    "day' = 2020-01-06 (the 5.8 quake); 'Last week' names no one day (the aftershocks' hampering is undated). "
    "'has experienced dozens of earthquakes' is listed (undated: a span since late December); 'told Paul Rivera "
    "...' and 'told the press last week' only introduce quotations; 'have buried sensors' is listed undated, 'in an "
    "attempt to find' is a purpose (not listed); 'This followed a 5.8 magnitude earthquake' is an order of events "
    "(not listed); 'said fixing ... may take a year' is an estimate (not listed) and the relative 'which was damaged "
    "by the quake' is turned back, reported by Ortiz; 'Costa Sur provided power' is a standing fact, 'would have to "
    "operate' a hypothesis (not listed); 'had still not fully recovered' is negated; Hurricane Maria's damage and "
    "lives are background of 2017; 'has said the earthquakes may continue' gives modality may, reported by the "
    "USGS.")
PR_EVENTS = [
    ev("On Wednesday morning, a magnitude 5.2", "hit", "a magnitude 5.2 earthquake", "hit", PR,
       date="2020-01-15"),
    ev("Puerto Rico has experienced dozens", "experienced", PR, "experience",
       "dozens of earthquakes over magnitude 4.5"),
    ev("Puerto Rico has experienced dozens", "hit", "a 6.4 quake", "hit", None, date="2020-01-07"),
    ev("Puerto Rico has experienced dozens", "caused", "a 6.4 quake", "cause", "an island-wide blackout",
       date="2020-01-07"),
    ev("placed the epicenter of the quake", "placed", "United States Geological Survey", "place",
       "the epicenter of the quake", date="2020-01-15"),
    ev("Seismologists have buried sensors", "buried", "Seismologists", "bury", "sensors in the ground"),
    ev("Last week, continuing aftershocks hampered", "hampered", "continuing aftershocks", "hamper",
       "repair efforts"),
    ev("That event destroyed at least 300 homes", "destroyed", "That event", "destroy", "at least 300 homes",
       date="2020-01-07"),
    ev("That event destroyed at least 300 homes", "ripped", "That event", "rip up", "roads", date="2020-01-07"),
    ev("That event destroyed at least 300 homes", "killed", "That event", "kill", "one", date="2020-01-07"),
    ev("That event destroyed at least 300 homes", "injured", "That event", "injure", "eight people",
       date="2020-01-07"),
    ev("That event destroyed at least 300 homes", "cracked", "That event", "crack",
       "the island's biggest power plant", date="2020-01-07"),
    ev("The governor of Puerto Rico, Wanda", "declared", "Wanda Vázquez Garced", "declare",
       "a state of emergency", date="2020-01-07"),
    ev("This followed a 5.8 magnitude earthquake", "collapsed", "a 5.8 magnitude earthquake", "collapse",
       "the famous Punta Ventana rock formation", date="2020-01-06"),
    ev("José Ortiz of the island's power authority", "damaged", JQ, "damage", "the island's largest power plant",
       rep="José Ortiz", date="2020-01-07"),
    ev("Puerto Rico had still not fully recovered", "recovered", PR, "recover", "from 2017's Hurricane Maria",
       neg=True),
    ev("Puerto Rico had still not fully recovered", "done", "Hurricane Maria", "do",
       "about $90 billion in property damage", kind="background", date="2017"),
    ev("Puerto Rico had still not fully recovered", "claimed", "Hurricane Maria", "claim", "about 3000 lives",
       kind="background", date="2017"),
    ev("In predictions since the January 7 quake", "continue", "the earthquakes", "continue",
       "into early February", mod="may", rep="U.S. Geological Survey"),
]

CV = "SARS-CoV-2"
CV_ABOUT = (
    "Wikinews, Saturday 2020-02-22: a study finds SARS-CoV-2 may spread like influenza (science: a study's findings "
    "and experts' readings of them). 'on Wednesday' = 2020-02-19 is the report's release ('released' describes the "
    "report: not listed); 'in December 2019' dates the outbreak's beginning (background), 'in 2003' the SARS "
    "outbreak (background). 'In a report released ..., scientists ... reported that' has its own reporting subject: "
    "the content ('may spread') has modality may, reported by the scientists; 'studying patients' describes them "
    "(not listed); 'suggesting, experts noted, that this outbreak ... may call for containment measures' and "
    "'containing COVID-19 may require a different approach' are needs (states, not listed); 'Researchers used' and "
    "'They found', 'the researchers found' are the study's acts (undated: the text gives the study no day); "
    "generic statements on viruses and R0 values are standing facts (not listed); 'has yet to be calculated' is a "
    "negated agentless passive; the immunologist's words are inside quotation marks.")
CV_EVENTS = [
    ev("In a report released in The New England", "spread", CV, "spread", None, mod="may", rep="scientists"),
    ev("In a report released in The New England", "began", "this outbreak", "begin",
       "in the city of Wuhan in Hubei Province", kind="background", date="2019-12"),
    ev("Researchers used polyester swab samples", "used", "Researchers", "use",
       "polyester swab samples from the noses and throats of eighteen infected volunteers"),
    ev("They found the virus's behavior resembled", "found", "Researchers", "find",
       "the virus's behavior resembled that of influenza"),
    ev("The COVID-19 virus, however, can live", "found", "the researchers", "find",
       "significant quantities of virus in samples taken from the volunteers' noses and throats"),
    ev("Efforts to contain the SARS outbreak", "took", "the SARS outbreak", "take place", None,
       kind="background", date="2003"),
    ev("has yet to be calculated", "calculated", None, "calculate", "The R0 number for SARS-CoV-2", neg=True),
]

PF = "Pope Francis"
DE = "the decree"
PF_ABOUT = (
    "Wikinews, Sunday 2019-05-12: Pope Francis issues a decree that makes clergy report sexual abuse to church "
    "authorities (religion and law: a decree's terms and reactions). 'On Thursday' = 2019-05-09 (the announcement); "
    "'In February' = 2019-02 (the summit); 'recently' names no day (the convictions are undated). 'Per the decree' "
    "and 'Per numbers reported by' are 'according to' frames; 'are expected to notify', 'are expected to report' "
    "and 'instructs archbishops to notify' give requested acts (modality should, reported by the decree); 'signed "
    "by', 'overseen by' describe the decree and the summit (not listed); 'said the victims ... had a right' is a "
    "state; 'The decree signed by the Pope read \"...\"' and the cardinals' and Iseley's words introduce quotations "
    "(not listed); 'also mentions establishing a system' is the decree's speech act; 'is to decide' is listed with "
    "modality will (as earlier golds' 'was to open') and 'has to be completed' with modality must; 'did not mandate' "
    "is negated; the Jehovah's Witnesses' practices told in the present are standing facts (not listed); 'According "
    "to a recent report by The Atlantic, ...; ...' reaches over the semicolon (the penalty and the cover-up are "
    "reported by The Atlantic).")
PF_EVENTS = [
    ev("On Thursday, Pope Francis announced", "announced", PF, "announce",
       "new church law to mandate reporting sexual abuses to the church authorities", kind="speech act",
       date="2019-05-09"),
    ev("Per the decree signed by the leader", "notify", "priests and nuns of the Catholic churches", "notify",
       "the higher church authorities", mod="should", rep=DE),
    ev("In February, Catholic bishops", "attended", "Catholic bishops from around the world", "attend",
       "a summit in Rome", date="2019-02"),
    ev("Amongst reported incidents of sexual abuse", "convicted", None, "convict",
       "George Pell and Theodore McCarrick"),
    ev("Amongst reported incidents of sexual abuse", "abusing", "George Pell and Theodore McCarrick", "abuse",
       "minors"),
    ev("The decree also mentions establishing", "mentions", "The decree", "mention",
       "establishing a system to keep the identity of the victims confidential", kind="speech act"),
    ev("The decree instructs archbishops", "instructs", "The decree", "instruct", "archbishops",
       kind="speech act"),
    ev("The decree instructs archbishops", "notify", "archbishops", "notify", "the Vatican City", mod="should",
       rep="The decree"),
    ev("The Vatican is to decide within a month", "decide", "The Vatican", "decide", None, mod="will"),
    ev("The Vatican is to decide within a month", "completed", None, "complete", "the investigation",
       mod="must"),
    ev("Though Catholic nuns and priests are expected", "report", "Catholic nuns and priests", "report",
       "the incident of sexual abuse", mod="should", rep=DE),
    ev("Though Catholic nuns and priests are expected", "mandate", DE, "mandate",
       "filing a report with police officials", neg=True),
    ev("According to a recent report by The Atlantic", "maintains", "the Watch Tower", "maintain",
       "a database of the accused molesters", rep="The Atlantic"),
    ev("According to a recent report by The Atlantic", "penalised", None, "penalise", "the Watch Tower",
       rep="The Atlantic"),
    ev("According to a recent report by The Atlantic", "covering", "the Watch Tower", "cover up",
       "alleged sexual abusers", rep="The Atlantic"),
    ev("According to a recent report by The Atlantic", "protecting", "the Watch Tower", "protect",
       "alleged sexual abusers", rep="The Atlantic"),
]

QS = "Qasem Soleimani"
US = "United States"
EM = "United States Embassy in Iraq"
QS_ABOUT = (
    "Wikinews, Sunday 2020-01-05 (no dateline): the US military kills Qasem Soleimani in an airstrike at Baghdad "
    "airport (a military strike and the reactions to it). 'Thursday' = 2020-01-02; the killing, the airstrike "
    "carried out, Soleimani's arrival and al-Muhandis meeting him and killed are that day's; 'its January 3 "
    "security alert' = 2020-01-03 (the embassy's advice, and the office's request in the next sentence); 'In "
    "2007', 'in 2011', 'Last April' (2019-04) date background sanctions. 'He', 'General Soleimani' are Qasem "
    "Soleimani; 'The office' is the embassy. Statements and reactions whose day the text does not give are "
    "undated ('called its actions defensive', 'justified the strike', 'blamed', 'ordered three days of public "
    "mourning after the strike', 'found ... justified', 'spoke out'). 'that Soleimani took part in' is background; "
    "'which was approved by President Donald Trump' is an act (undated); 'The Daily Telegraph, citing ..., "
    "reported that the attack consisted of three rockets launched from helicopters' is a state (not listed); the "
    "Department of Defense's words after the colon and Khamenei's are quotations (not listed); 'In a statement "
    "released after the attack, the ... Department of Defense justified' and 'In a statement following the attack, "
    "Ahmed al-Assadi ... blamed' have their own subjects (no reporting frame); 'The military strike follows rocket "
    "attacks' is an order of events (not listed); 'Business Insider reported that the rocket strikes were carried "
    "out by sympathizers' is turned back, reported by Business Insider; 'no evidence ... has been reported' is a "
    "report of a state (not listed); 'declared that Soleimani was \"martyred\"' quotes its verb (not listed); "
    "'advised U.S. citizens to leave', 'asked U.S. citizens not approach ... to use' give requested acts "
    "(modality should, reported by the embassy).")
QS_EVENTS = [
    ev("Thursday, United States military forces killed", "killed", "United States military forces", "kill", QS,
       date="2020-01-02"),
    ev("The United States called its actions", "called", US, "call", "its actions", kind="speech act"),
    ev("The United States called its actions", "pointing", US, "point",
       "to the December 31 attack on the United States Embassy in Baghdad", kind="speech act"),
    ev("The United States called its actions", "took", QS, "take part", "the attacks on U.S. citizens",
       kind="background"),
    ev("The United States carried out the airstrike", "carried", US, "carry out", "the airstrike",
       date="2020-01-02"),
    ev("The United States carried out the airstrike", "arriving", QS, "arrive", "by plane", date="2020-01-02"),
    ev("He was being met by Abu Mahdi", "met", "Abu Mahdi al-Muhandis", "meet", QS, date="2020-01-02"),
    ev("He was being met by Abu Mahdi", "killed", None, "kill", "Abu Mahdi al-Muhandis", date="2020-01-02"),
    ev("the United States Department of Defense justified", "justified", "United States Department of Defense",
       "justify", "the strike", kind="speech act"),
    ev("the United States Department of Defense justified", "approved", "Donald Trump", "approve", "the strike"),
    ev("The military strike follows rocket attacks", "carried", "sympathizers of the PMF", "carry out",
       "the rocket strikes", rep="Business Insider"),
    ev("In a statement following the attack, Ahmed", "blamed", "Ahmed al-Assadi", "blame",
       "both Israel and the United States", kind="speech act"),
    ev("Sayyid Ali Hosseini Khamenei, the Supreme Leader", "ordered", "Sayyid Ali Hosseini Khamenei", "order",
       "three days of public mourning"),
    ev("In his message, he appreciated", "appreciated", "Sayyid Ali Hosseini Khamenei", "appreciate",
       "Soleimani's lifepath", kind="speech act"),
    ev("In his statement, Israeli Prime Minister", "found", "Benjamin Netanyahu", "find", "the air strike justified",
       kind="stance"),
    ev("In his statement, Israeli Prime Minister", "called", "Benjamin Netanyahu", "call", "Trump's order",
       kind="speech act"),
    ev("The United States Embassy in Iraq had suspended", "suspended", EM, "suspend", "operations"),
    ev("The United States Embassy in Iraq had suspended", "advised", EM, "advise", "U.S. citizens",
       kind="speech act", date="2020-01-03"),
    ev("The United States Embassy in Iraq had suspended", "leave", "U.S. citizens", "leave", "the country",
       mod="should", rep=EM),
    ev("The office asked U.S. citizens", "asked", EM, "ask", "U.S. citizens", kind="speech act",
       date="2020-01-03"),
    ev("The office asked U.S. citizens", "approach", "U.S. citizens", "approach", "the Embassy", neg=True,
       mod="should", rep=EM),
    ev("The office asked U.S. citizens", "use", "U.S. citizens", "use", "the consulate in Erbil", mod="should",
       rep=EM),
    ev("Adil Abdul-Mahdi, the acting Prime Minister", "spoke", "Adil Abdul-Mahdi", "speak out",
       "against the attack", kind="speech act"),
    ev("Adil Abdul-Mahdi, the acting Prime Minister", "calling", "Adil Abdul-Mahdi", "call", "the attack",
       kind="speech act"),
    ev("In 2007, the United States government labeled", "labeled", "United States government", "label", QS,
       kind="background", date="2007"),
    ev("In 2007, the United States government labeled", "levied", "United States government", "levy",
       "sanctions against him", kind="background", date="2007"),
    ev("He was further sanctioned in 2011", "sanctioned", None, "sanction", QS, kind="background", date="2011"),
    ev("Last April, the United States Department of State", "designated", "United States Department of State",
       "designate", "the IRGC", kind="background", date="2019-04"),
    ev("The United States had also levied individual", "levied", US, "levy",
       "individual sanctions against al-Muhandis", kind="background"),
]

QB = "Qaboos bin Said"
HT = "Haitham bin Tariq Al Said"
QB_ABOUT = (
    "Wikinews, Sunday 2020-01-12 (no dateline): Sultan Qaboos of Oman dies and a successor is chosen (a monarch's "
    "death, his life as background, a succession). 'On Friday' = 2020-01-10 (the death). The tributes, the "
    "mourning announced, the funeral prayers, the council's meeting and choice are undated (the text gives them no "
    "day); 'in 1970', 'in 1964', 'born 1940', 'signed in 2015' and 'in the middle of December' (2019-12) date "
    "background. 'He', 'Qaboos' are Qaboos bin Said, 'Haitham' his successor. 'had recently had health problems', "
    "'was known for pursuing ...' and 'there had been growing concerns' are states (not listed); 'became Sultan' "
    "is a copula (not listed); 'helped negotiate' is listed at 'helped' (as earlier golds' 'helped manage'); 'Omani "
    "law allowed three days for a royal council to select a successor' is a rule (not listed); 'If they could not "
    "do so, ... would open' is a conditional (modality would); 'chose to open the letter' is listed at 'chose'; "
    "'said he would continue' gives modality would, reported by Haitham.")
QB_EVENTS = [
    ev("On Friday, Qaboos bin Said", "died", QB, "die", None, date="2020-01-10"),
    ev("Tributes were paid by world leaders", "paid", "world leaders", "pay", "Tributes", kind="speech act"),
    ev("The government of Oman announced", "announced", "The government of Oman", "announce",
       "three days of mourning", kind="speech act"),
    ev("Before Qaboos's burial at a family cemetery", "attended", HT, "attend",
       "funeral prayers at the Sultan Qaboos Grand Mosque in Muscat"),
    ev("Qaboos became Sultan in 1970", "overthrowing", QB, "overthrow", "his father, Sultan Said bin Taimur",
       kind="background", date="1970"),
    ev("Most notably, he helped negotiate", "helped", QB, "help", "negotiate the Iran nuclear deal",
       kind="background"),
    ev("Most notably, he helped negotiate", "signed", None, "sign", "the Iran nuclear deal", kind="background",
       date="2015"),
    ev("Following a week-long stay in a Belgian hospital", "returned", QB, "return", "to Oman", date="2019-12"),
    ev("Qaboos was born 1940", "born", None, "bear", QB, kind="background", date="1940"),
    ev("Qaboos was born 1940", "received", QB, "receive",
       "his education in India and the Royal Military Academy, Sandhurst in the United Kingdom",
       kind="background"),
    ev("Arriving back home in 1964", "Arriving", QB, "arrive", "back home", kind="background", date="1964"),
    ev("Arriving back home in 1964", "turned", QB, "turn", "to the study of Islamic law and Omani history",
       kind="background", date="1964"),
    ev("He began a programme of reform", "began", QB, "begin", "a programme of reform", kind="background"),
    ev("He began a programme of reform", "changed", "a programme of reform", "change",
       "his poorly-developed country", kind="background"),
    ev("If they could not do so", "open", "the council and other leaders", "open",
       "a sealed letter from Qaboos naming his preferred successor", mod="would"),
    ev("When the royal council met", "met", "the royal council", "meet", None),
    ev("When the royal council met", "chose", "the royal council", "choose", "to open the letter"),
    ev("When the royal council met", "acknowledged", "the royal council", "acknowledge", HT),
    ev("After the funeral, Haitham said", "continue", HT, "continue",
       "Qaboos's policies including a neutral approach to foreign affairs", mod="would", rep=HT),
]

DOCS = {
    "wn_2019-10-02_Hurricane-Lorenzo-hits-Azores-heads-towards-Ireland.txt": (HL_ABOUT, HL_EVENTS),
    "wn_2020-01-17_Seismic-activity-continues-to-shake-Puerto-Rico-with-5-2-quake.txt": (PR_ABOUT, PR_EVENTS),
    "wn_2020-02-22_COVID-19-may-spread-like-flu-say-scientists.txt": (CV_ABOUT, CV_EVENTS),
    "wn_2019-05-12_Pope-Francis-instructs-reporting-of-sexual-abuse-to-higher-church-authorities.txt":
        (PF_ABOUT, PF_EVENTS),
    "wn_2020-01-05_United-States-military-kills-Qasem-Soleimani.txt": (QS_ABOUT, QS_EVENTS),
    "wn_2020-01-12_Sultan-Qaboos-of-Oman-dies.txt": (QB_ABOUT, QB_EVENTS),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev46b/make_gold.py"))
