"""Write the event gold tests/data/gold/wikinews-events-dev20 from hand annotations (round blind43, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind43/make_gold_dev20.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev20"

TW_ABOUT = (
    "Wikinews, Sunday 2019-05-19: Taiwan's legislature is the first in Asia to legalize same-sex marriage "
    "(legislature and civil rights). 'On Friday' = 2019-05-17 and the legislature's debate and choice, told next, are "
    "narration of that day; 'in November 2018' = 2018-11, 'late last year' = 2018, 'In 2017' the year of a 'said'; "
    "'late this week' gives no day. 'voted 66 to 27 to legalize' lists the vote (the infinitive is what was voted, "
    "as 'voted to pass' in an earlier gold); 'the two-year deadline issued by the country's Constitutional Court' "
    "and 'posed by' describe; 'This would make Taiwan the first country ...' ranks (a consequence told as a state, as "
    "the participle 'making it the third hurricane'; not listed); 'The law is to take effect' is a plan (modality "
    "will, as 'are to join'); the relatives 'which used the word' describe the bills; 'does not offer', 'there are "
    "limits' are the bill's terms (states); quotations and 'commented on ...: \"...\"' are not listed; 'held a "
    "referendum' is listed, 'allowing the population to vote' describes it, and '67% came out against' is the "
    "referendum's result (an act of the voters); 'which claims sovereignty', 'rules on constitutional matters' are "
    "standing; 'is technically not illegal', 'is not recognized' states; 'was sentenced' agentless background; the "
    "2017 'said ... constituted' is a neutral report of a state; 'The decision prompted objections' is background "
    "(undated: the text gives no year for the objections).")
LY = "Legislative Yuan"
TW = [
    ev("On Friday the legislature of Taiwan", "voted", LY, "vote", "66 to 27 to legalize same-sex marriage",
       date="2019-05-17"),
    ev("The law is to take effect", "take", "The law", "take effect", None, mod="will"),
    ev("The Legislative Yuan debated three", "debated", LY, "debate", "three competing bills", date="2019-05-17"),
    ev("The Legislative Yuan debated three", "selected", LY, "select", "the one posed by the country's cabinet",
       date="2019-05-17"),
    ev("The Taiwanese government held a referendum", "held", "The Taiwanese government", "hold", "a referendum",
       kind="background", date="2018-11"),
    ev("The Taiwanese government held a referendum", "came", "67%", "come out", "against", kind="background",
       date="2018-11"),
    ev("In mainland China, which claims", "sentenced", None, "sentence", "a same-sex erotica author",
       kind="background", date="2018"),
    ev("The decision prompted objections", "prompted", "The decision", "prompt",
       "objections from conservatives opposing recognition of gay marriage", kind="background"),
]

SS_ABOUT = (
    "Wikinews, Tuesday 2019-09-03: Robert F. Kennedy's assassin Sirhan Sirhan is stabbed in a California prison "
    "(crime and prisons). 'on Saturday' = 2019-08-31 dates the report ('It was reported', agentless: no reported_by) "
    "and the stabbing is dated by the Department's statement, 'Friday, August 30' = 2019-08-30; 'in 1963' and 'in "
    "June 1968' = 1963, 1968-06; the other acts of the past are background and undated. 'is serving a life "
    "sentence', 'was serving his time', 'was reported to be in stable condition' are states; 'did not identify' is "
    "negated; 'confirmed his identity' a speech act; 'issued a statement that an inmate had been stabbed: \"...\"' "
    "gives the speech act and its agentless content reported_by the Department (the quotation is not listed); "
    "'said they believed they had identified the attacker' gives the stance, reported by the Department itself, and "
    "its content; 'was being held in isolation' and 'was held protectively separate' are states of custody; "
    "'opposed ... position' is a stance of the past; 'later claimed to have no memory' a speech act, 'the night "
    "Kennedy was shot' names the night (the shooting is told two sentences on); 'was eventually transferred', "
    "'had ... been assassinated in 1963', 'was killed in June 1968' are agentless background ('while seeking the "
    "Democratic nomination', 'while he was walking' are time clauses); 'Sirhan shot him' is listed; 'was commuted' is "
    "agentless and 'California outlawed the death penalty' listed; the image captions have no verb. 'The Department', "
    "'They' are written 'California Department of Corrections and Rehabilitation'.")
CDCR = "California Department of Corrections and Rehabilitation"
SIR = "Sirhan Sirhan"
SS = [
    ev("It was reported on Saturday Sirhan", "stabbed", None, "stab", SIR, date="2019-08-30"),
    ev("The California Department of Corrections and Rehabilitation (CDCR) did not", "identify", CDCR, "identify",
       SIR, neg=True),
    ev("Rather, government sources confirmed", "confirmed", "government sources", "confirm", "his identity",
       kind="speech act"),
    ev("The Department issued a statement", "issued", CDCR, "issue", "a statement", kind="speech act"),
    ev("The Department issued a statement", "stabbed", None, "stab", "an inmate", rep=CDCR, date="2019-08-30"),
    ev("They also said they believed", "believed", CDCR, "believe", "they had identified the attacker", rep=CDCR,
       kind="stance"),
    ev("They also said they believed", "identified", CDCR, "identify", "the attacker", rep=CDCR),
    ev("Sirhan, an ethnic Palestinian from Jordan, opposed", "opposed", SIR, "oppose",
       "Senator Kennedy's pro-Israel position", kind="background"),
    ev("Sirhan later claimed to have no memory", "claimed", SIR, "claim",
       "to have no memory of the night Kennedy was shot or of his own confession to the crime",
       kind="background"),
    ev("At his own request, Sirhan was eventually", "transferred", None, "transfer", SIR, kind="background"),
    ev("Robert F. Kennedy was the brother", "assassinated", None, "assassinate", "John F. Kennedy",
       kind="background", date="1963"),
    ev("Robert was killed in June 1968", "killed", None, "kill", "Robert F. Kennedy", kind="background",
       date="1968-06"),
    ev("Sirhan shot him in the head", "shot", SIR, "shoot", "Robert F. Kennedy", kind="background"),
    ev("Sirhan's initial death sentence was commuted", "commuted", None, "commute",
       "Sirhan's initial death sentence", kind="background"),
    ev("Sirhan's initial death sentence was commuted", "outlawed", "California", "outlaw", "the death penalty",
       kind="background"),
]

RH_ABOUT = (
    "Wikinews, Wednesday 2019-09-25: the singer-songwriter Robert Hunter dies aged 78 (music, an obituary). 'On "
    "Monday' = 2019-09-23 dates the death; 'on June 23, 1941' the birth (the participle 'Born' is listed, as 'was "
    "born in 1924' in an earlier gold); the career is background, undated ('the late 1960s', 'the 2010s', "
    "'sometime in his youth' give no date; '2009' dates the release, not the writing). 'His family's announcement "
    "... specified no cause' is a speech act negated by its object (as 'sought no third term'); 'had undergone "
    "surgery' is reported_by his agent; 'was 78' a copula; 'The duo' is written 'Robert Hunter and Jerry Garcia'; "
    "'a brief musical partnership that was interrupted by Garcia joining ... and Hunter having ...' gives the "
    "interruption (turned back, its subject the gerunds) and Garcia's joining ('having personal complications' is "
    "'have'); 'to test psychedelic drugs' a purpose; 'continued to write songs' lists the act (as 'went on to "
    "cite'), and 'songs he would mail to Garcia' the habitual mailing (no modality, as 'would run away' told as "
    "narration); 'invited him to collaborate' lists the invitation (its infinitive requested); 'providing lyrics', "
    "'releasing several albums', 'occasionally touring' and 'co-writing several songs' are participles and gerunds "
    "that tell acts of their own; 'continued as a solo performer' a state; 'is survived by wife Maureen' is the "
    "obituary's formula (a state). 'Hunter', 'He', 'he', 'him' are written 'Robert Hunter', 'Garcia' 'Jerry "
    "Garcia'.")
RH_ = "Robert Hunter"
JG = "Jerry Garcia"
RH = [
    ev("On Monday, US singer and lyricist Robert Hunter died", "died", RH_, "die", None, date="2019-09-23"),
    ev("His family's announcement of his death specified", "specified", "His family's announcement", "specify",
       "no cause", neg=True, kind="speech act"),
    ev("His family's announcement of his death specified", "undergone", RH_, "undergo", "surgery",
       rep="his agent"),
    ev("Hunter composed lyrics", "composed", RH_, "compose", "lyrics for several songs", kind="background"),
    ev("He also collaborated with Dead associates", "collaborated", RH_, "collaborate",
       "with Dead associates Mickey Hart and Bruce Hornsby and artists", kind="background"),
    ev("Born Robert Burns in Arroyo Grande", "Born", None, "bear", RH_, kind="background", date="1941-06-23"),
    ev("Born Robert Burns in Arroyo Grande", "took", RH_, "take", "his stepfather's name", kind="background"),
    ev("Born Robert Burns in Arroyo Grande", "met", RH_, "meet", "future Grateful Dead guitarist Jerry Garcia",
       kind="background"),
    ev("The duo formed a brief musical partnership", "formed", "Robert Hunter and Jerry Garcia", "form",
       "a brief musical partnership", kind="background"),
    ev("The duo formed a brief musical partnership", "interrupted",
       "Garcia joining a bluegrass band and Hunter having personal complications", "interrupt",
       "a brief musical partnership", kind="background"),
    ev("The duo formed a brief musical partnership", "joining", JG, "join", "a bluegrass band",
       kind="background"),
    ev("After Hunter retreated to New Mexico", "retreated", RH_, "retreat", "to New Mexico", kind="background"),
    ev("After Hunter retreated to New Mexico", "write", RH_, "write", "songs", kind="background"),
    ev("After Hunter retreated to New Mexico", "mail", RH_, "mail", "songs", kind="background"),
    ev("After Hunter retreated to New Mexico", "invited", JG, "invite", RH_, kind="background"),
    ev("Hunter joined the group as a songwriter", "joined", RH_, "join", "the group", kind="background"),
    ev("Hunter joined the group as a songwriter", "providing", RH_, "provide", "lyrics to songs",
       kind="background"),
    ev("He continued as a solo performer", "releasing", RH_, "release", "several albums", kind="background"),
    ev("He continued as a solo performer", "touring", RH_, "tour", None, kind="background"),
    ev("He also wrote for other artists", "wrote", RH_, "write", None, kind="background"),
    ev("He also wrote for other artists", "writing", RH_, "co-write", "several songs", kind="background"),
]

WB_ABOUT = (
    "Wikinews, Thursday 2020-09-10 (no dateline): three children seriously injured as a school bus hits a railway "
    "bridge in Winchester (local news). 'this morning' = 2020-09-10 and the crash's acts are of that day. 'were taken "
    "to hospital' is agentless; 'after a Stagecoach South bus crashed' is listed; the police spokesman's words and "
    "Robert's are quotations; 'when the incident occurred' is a time clause naming the crash again (not listed "
    "twice); 'said the roof fell in' gives 'fall in' reported_by Zoe ('everyone started screaming' is quoted); the "
    "spokesperson's 'their thoughts were with' is a copula and 'they were carrying out an internal investigation' "
    "is reported_by the spokesperson (its subject the company; undated).")
WB = [
    ev("Three children were taken to hospital", "taken", None, "take", "Three children", date="2020-09-10"),
    ev("Three children were taken to hospital", "crashed", "a Stagecoach South bus", "crash", "into a tunnel",
       date="2020-09-10"),
    ev("Fourteen-year-old Zoe", "fell", "the roof", "fall in", None, rep="Zoe", date="2020-09-10"),
    ev("A spokesperson for Stagecoach South said", "carrying", "Stagecoach South", "carry out",
       "an internal investigation", rep="A spokesperson for Stagecoach South"),
]

HU_ABOUT = (
    "Wikinews, Monday 2019-09-16: Tropical Storm Humberto is upgraded to hurricane status (weather). 'late Sunday "
    "night' and '11:00 p.m. EDT on Sunday' = 2019-09-15, 'On Saturday' = 2019-09-14 (the storm's acts and the "
    "Bahamian withdrawal told in that sentence), 'in July 2019' = 2019-07, 'in late August' = 2019-08. 'issued', "
    "'released', 'collected by' describe; 'making it the third hurricane' ranks (a participle of result, not "
    "listed); 'is a category 1 hurricane', 'had no associated hurricane watches', 'had maximum sustained winds', "
    "'had no outstanding hurricane warnings' are states; the advisory 'placed Humberto 785 miles ... west of "
    "Bermuda' is its statement (a speech act); 'was moving northeast' is the storm's motion, reported by the "
    "Hurricane Hunters' data; 'once it moved on' tells the storm's act in a time clause (listed, as 'after Bloomberg "
    "contacted Facebook' in an earlier gold); 'is not expected to make landfall' is a forecast, negated, with "
    "modality will, reported_by the Miami Herald (the agentless 'expected' is not listed); 'became its third "
    "hurricane' is listed (as 'became the first state'); 'Forming in July 2019' tells Barry's formation and 'it was "
    "followed by Hurricane Dorian' is turned back (as 'He was followed closely by' in an earlier gold); the "
    "Saffir-Simpson facts are standing ('is used by the NHC', 'must sustain').")
NHC = "National Hurricane Center"
HUM = "Hurricane Humberto"
HU = [
    ev("In an advisory issued late Sunday night", "upgraded", NHC, "upgrade", "Tropical Storm Humberto",
       date="2019-09-15"),
    ev("The NHC's Hurricane Humberto Advisory Number 14", "placed",
       "The NHC's Hurricane Humberto Advisory Number 14", "place", "Humberto 785 miles west of Bermuda",
       kind="speech act", date="2019-09-15"),
    ev("According to data collected by one", "moving", HUM, "move", None,
       rep="the National Oceanic and Atmospheric Administration's Hurricane Hunters"),
    ev("On Saturday, Humberto hovered", "hovered", HUM, "hover", None, date="2019-09-14"),
    ev("On Saturday, Humberto hovered", "moved", HUM, "move on", None, date="2019-09-14"),
    ev("On Saturday, Humberto hovered", "withdrew", "the Bahamian government", "withdraw",
       "its tropical storm warnings", date="2019-09-14"),
    ev("According to the Miami Herald, Humberto", "make", HUM, "make", "landfall in the United States or in the "
       "Bahamas", neg=True, mod="will", rep="the Miami Herald"),
    ev("Tropical Storm Humberto was the eighth", "became", "Tropical Storm Humberto", "become",
       "its third hurricane"),
    ev("Forming in July 2019, Hurricane Barry", "Forming", "Hurricane Barry", "form", None, kind="background",
       date="2019-07"),
    ev("Forming in July 2019, Hurricane Barry", "followed", "Hurricane Dorian", "follow", "Hurricane Barry",
       kind="background", date="2019-08"),
]

CV_ABOUT = (
    "Wikinews, Monday 2020-02-10 (no dateline): the first foreigners die from the coronavirus in Wuhan, China "
    "(epidemic and censorship). 'on Saturday' = 2020-02-08 dates the officials' report, 'As of yesterday' "
    "(2020-02-09) bounds a count (no date), 'in February 6' = 2020-02-06, 'on Friday' = 2020-02-07, 'in December' = "
    "2019-12. 'According to officials on Saturday' gives reported_by to 'may have killed' (modality may) and to the "
    "relatives on its object ('who tested positive', an act; 'who was suspected of dying', an agentless stance "
    "whose content is the death already told); an unattributed 'reportedly' gives no reported_by; 'referred to him "
    "as' is a speech act; 'said the Japanese man showed symptoms ... and was suspected to have it' gives the act and "
    "the agentless stance, and 'his death, they reported, was officially described as' an agentless speech act, all "
    "reported_by the Japanese officials; 'have criticized' a speech act; 'detained eight people for \"spreading "
    "rumors\"' lists the detention (the quoted reason is not listed), 'who tried to warn people' Li's attempt; the "
    "relative 'which quickly became the most frequently discussed subject' is listed with Li Wenliang's death as "
    "subject; 'before being deleted by censors' is turned back; 'have prevented ... from disembarking' lists the "
    "prevention (the act prevented is not listed) and 'because some of the people on board tested positive' the "
    "tests; 'the deaths recorded in China' describes. 'the virus' is written 'the coronavirus 2019-nCoV', 'Li' 'Li "
    "Wenliang'.")
VIRUS = "the coronavirus 2019-nCoV"
CV = [
    ev("According to officials on Saturday", "killed", VIRUS, "kill", "two male foreign visitors", mod="may",
       rep="officials"),
    ev("According to officials on Saturday", "tested", "a man from the United States", "test",
       "positive for the virus", rep="officials"),
    ev("According to officials on Saturday", "suspected", None, "suspect", "another man from Japan",
       rep="officials", kind="stance"),
    ev("As of yesterday, the virus had reportedly killed", "killed", VIRUS, "kill", "at least 813 in China"),
    ev("As of yesterday, the virus had reportedly killed", "infected", VIRUS, "infect",
       "around 35,000 worldwide"),
    ev("According to the U.S. embassy in Beijing", "died", "the infected 60-year-old western man", "die", None,
       rep="the U.S. embassy in Beijing", date="2020-02-06"),
    ev("According to the U.S. embassy in Beijing", "referred", "Chinese authorities", "refer", "him",
       kind="speech act"),
    ev("Japanese officials said the Japanese man showed", "showed", "the Japanese man", "show",
       "symptoms similar to the coronavirus infection", rep="Japanese officials"),
    ev("Japanese officials said the Japanese man showed", "suspected", None, "suspect", "the Japanese man",
       rep="Japanese officials", kind="stance"),
    ev("Japanese officials said the Japanese man showed", "described", None, "describe", "his death",
       rep="Japanese officials", kind="speech act"),
    ev("Chinese citizens have criticized", "criticized", "Chinese citizens", "criticize",
       "their government's initial response to the outbreak", kind="speech act"),
    ev("Police detained eight people", "detained", "Police", "detain", "eight people"),
    ev("Police detained eight people", "tried", "Li Wenliang", "try",
       "to warn people about the viral outbreak", kind="background", date="2019-12"),
    ev("Li died of the infection on Friday", "died", "Li Wenliang", "die", None, date="2020-02-07"),
    ev("Li died of the infection on Friday", "became", "Li Wenliang's death", "become",
       "the most frequently discussed subject on the Chinese social networking platform Weibo"),
    ev("The hashtag \"#we want freedom of speech#\" quickly reached", "reached", "The hashtag", "reach",
       "at least about two million views"),
    ev("The hashtag \"#we want freedom of speech#\" quickly reached", "deleted", "censors", "delete",
       "The hashtag"),
    ev("The government of China has quarantined", "quarantined", "The government of China", "quarantine",
       "a number of cities"),
    ev("Governments in east Asia have prevented", "prevented", "Governments in east Asia", "prevent",
       "at least two cruise ships"),
    ev("Governments in east Asia have prevented", "tested", "some of the people on board", "test",
       "positive for coronavirus"),
    ev("In addition to the deaths recorded in China", "died",
       "one person in the Philippines and one in Hong Kong", "die", None),
]

DOCS = {
    "wn_2019-05-19_Taiwan-s-legislature-first-in-Asia-to-legalize-same-sex-marriage.txt": (TW_ABOUT, TW),
    "wn_2019-09-03_Kennedy-assassin-Sirhan-Sirhan-stabbed-in-California-prison.txt": (SS_ABOUT, SS),
    "wn_2019-09-16_Tropical-Storm-Humberto-upgraded-to-hurricane-status.txt": (HU_ABOUT, HU),
    "wn_2019-09-25_Singer-songwriter-Robert-Hunter-dies-aged-78.txt": (RH_ABOUT, RH),
    "wn_2020-02-10_First-foreigners-die-from-coronavirus-in-Wuhan-China.txt": (CV_ABOUT, CV),
    "wn_2020-09-10_Three-children-seriously-injured-as-bus-hits-bridge-in-Winchester-England.txt": (WB_ABOUT, WB),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind43/make_gold_dev20.py"))
