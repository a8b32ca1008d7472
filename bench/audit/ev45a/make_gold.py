"""Write the event gold tests/data/gold/wikinews-events-dev27 from hand annotations (round ev45a).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev45a/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev27"

PL = "Boeing 707 cargo plane"
AH = "The Aviation Herald"
KJ_ABOUT = (
    "Wikinews, Tuesday 2019-01-15: an Iranian military cargo plane crashes into houses in Karaj (aviation accident). "
    "'yesterday' = 2019-01-14, 'In 2018' the year. 'The aircraft', 'the plane', 'the jet' are the Boeing 707 cargo "
    "plane; 'The industry publication' and 'It' are The Aviation Herald. The crash, the deaths, the plane's coming "
    "down and its attempt to land, its cargo flight ('was bringing meat') and its overrunning the runway are the "
    "narration of the lead's day. 'reported by local press as belonging to' and 'is owned by' are states; 'no deaths "
    "were reported' and 'local media reporting no-one was in the houses' report states (not listed); 'said the "
    "crash involved pilot error', 'the crash was followed by a fire' and 'was supposed to land' are not acts; "
    "'Photographs showed the aircraft ... buried ... strewn' tells what a picture depicts (not listed); what the "
    "databases list and state ('lists Saha as belonging', 'runs flights', 'uses', 'does not list') are standing "
    "facts; 'cited the Air Force as stating' and 'claimed a reported sixteenth death' are speech acts; 'telling "
    "Wikinews the company \"...\"' only introduces a quotation; 'referred to the 707 involved as' is a speech act "
    "(a naming); 'sanctions restricting the purchase' is a standing fact.")
KJ_EVENTS = [
    ev("A Boeing 707 cargo plane, reported by local press", "crashed", PL, "crash", "into houses in Karaj",
       date="2019-01-14"),
    ev("All but one of the sixteen on-board died", "died", "All but one of the sixteen on-board", "die",
       date="2019-01-14"),
    ev("The aircraft came down into a residential area", "came", PL, "come down", "into a residential area",
       date="2019-01-14"),
    ev("The aircraft came down into a residential area", "attempting", PL, "attempt", "to land",
       date="2019-01-14"),
    ev("State media reported the cockpit voice recorder", "recovered", None, "recover",
       "the cockpit voice recorder", rep="State media"),
    ev("The army said the plane was bringing meat", "bringing", PL, "bring", "meat from Bishkek, Kyrgyzstan",
       rep="The army", date="2019-01-14"),
    ev("The industry publication stated the aircraft overran", "overran", PL, "overrun", "the runway", rep=AH,
       date="2019-01-14"),
    ev("The industry publication stated the aircraft overran", "broke", PL, "break through",
       "a perimeter barrier", rep=AH, date="2019-01-14"),
    ev("It cited the Air Force as stating", "cited", AH, "cite", "the Air Force", kind="speech act"),
    ev("It cited the Air Force as stating", "claimed", AH, "claim", "a reported sixteenth death",
       kind="speech act"),
    ev("In 2018 another aircraft confused the two airports", "confused", "another aircraft", "confuse",
       "the two airports", rep=AH, kind="background", date="2018"),
    ev("In 2018 another aircraft confused the two airports", "performing", "another aircraft", "perform",
       "an emergency go around", rep=AH, kind="background", date="2018"),
    ev("Wikinews contacted Boeing in an effort", "contacted", "Wikinews", "contact", "Boeing"),
    ev("Boeing did not release any specific information", "release", "Boeing", "release",
       "any specific information about the initial build", neg=True),
    ev("Boeing referred to the 707 involved", "referred", "Boeing", "refer to", "the 707 involved",
       kind="speech act"),
]

CD = "SpaceX Crew Dragon capsule"
SX_ABOUT = (
    "Wikinews, Tuesday 2019-03-05: SpaceX's Crew Dragon docks with the International Space Station (spaceflight). "
    "'On Sunday' = 2019-03-03, 'on Saturday morning' = 2019-03-02, 'on Friday' = 2019-03-08 (a plan), 'in 2011' "
    "and 'Last year' (2018) years; 'this summer', 'this spring' are not dated. 'the Crew Dragon', 'Crew Dragon' "
    "are the capsule. The concessive 'was carrying only cargo' describes the capsule at the docking (the carrying "
    "is listed once, at 'carried only a mannequin', undated: 'on this occasion' names no day); 'has made it to the "
    "station' restates the docking inside a copula; 'were able to send' is an ability; 'have relied on' is a "
    "standing practice; 'nicknamed' a naming by participle; 'is scheduled to remain ... and return' are plans "
    "(modality will; 'is scheduled' not listed); 'spoke of the collaboration ...:' and 'told the press' only "
    "introduce quotations; 'has been unable to do' is an inability, but 'since retiring the space shuttles in 2011' "
    "tells NASA's act (background); 'pays for Russian spacecraft' is a standing practice; 'might take place' is "
    "reported by NASA (modality might); 'is valued at' are states.")
SX_EVENTS = [
    ev("On Sunday, the SpaceX Crew Dragon capsule", "docked", CD, "dock",
       "with the International Space Station", date="2019-03-03"),
    ev("At 2:49 a.m. local time", "launched", None, "launch", CD, date="2019-03-02"),
    ev("Crew Dragon has enough room for seven people", "carried", CD, "carry", "only a mannequin"),
    ev("The Crew Dragon is scheduled to remain", "remain", CD, "remain", "at the station", mod="will"),
    ev("The Crew Dragon is scheduled to remain", "return", CD, "return", "to Earth", mod="will",
       date="2019-03-08"),
    ev("The short-term goal of NASA's Commercial Crew Program", "retiring", "NASA", "retire",
       "the space shuttles", kind="background", date="2011"),
    ev("NASA has selected two astronauts", "selected", "NASA", "select",
       "two astronauts, Doug Hurley and Bob Behnken"),
    ev("NASA has selected two astronauts", "take", "Crew Dragon's first manned mission", "take place",
       mod="might", rep="NASA"),
    ev("The Boeing airframe company is also collaborating", "collaborating", "Boeing", "collaborate",
       "with NASA"),
    ev("The Boeing airframe company is also collaborating", "undergo", "Starliner", "undergo", "flight test",
       mod="will"),
    ev("Last year, SpaceX tested its Falcon Heavy rocket", "tested", "SpaceX", "test", "its Falcon Heavy rocket",
       kind="background", date="2018"),
    ev("Last year, SpaceX tested its Falcon Heavy rocket", "launching", "SpaceX", "launch",
       "company founder Elon Musk's personal Tesla convertible", kind="background", date="2018"),
]

SC = "Swami Chakrapani"
CU_ABOUT = (
    "Wikinews, Tuesday 2020-03-17 (no dateline): a cow-urine party in New Delhi against COVID-19 (religion and "
    "public health). 'On Saturday' = 2020-03-14 (the party's acts are that day's), 'In February' = 2020-02, "
    "'earlier this month' = 2020-03. 'Chakrapani' is Swami Chakrapani; 'a Minister of Legislative Assembly from "
    "Assam' is Suman Haripriya (named in the next sentence). 'to fight off', 'to prevent themselves' are purposes; "
    "'Reuters estimated around 200 people attended' restates the attendance (not listed again); every 'said', "
    "'told ThePrint', 'proposed:' and 'addressing the global leaders' only introduces a quotation, and everything "
    "inside quotation marks (and the Hindi rendering) is not listed; 'was previously announced to be a pandemic' "
    "is the WHO's speech act; 'the virus claimed 6606 lives' is reported by the WHO's report, undated (a total); "
    "'cases were reported' and 'there are ... cases' are counts; 'are considered sacred' is a standing belief; "
    "'had previously cited' and 'was shared by' are speech acts; 'are closed' is a state; 'are being screened' an "
    "act under way.")
CU_EVENTS = [
    ev("On Saturday, a few hundred people attended", "attended", "a few hundred people", "attend",
       "a gaumutra party (cow urine party)", date="2020-03-14"),
    ev("The party was organised by Akhil Bharat", "organised", SC, "organise", "The party", date="2020-03-14"),
    ev("The party was organised by Akhil Bharat", "consumed", "the attendees", "consume", "cow urine",
       date="2020-03-14"),
    ev("A yajña (literally means sacrifice", "conducted", None, "conduct", "A yajña", date="2020-03-14"),
    ev("A yajña (literally means sacrifice", "displayed", None, "display", "a poster of coronavirus",
       date="2020-03-14"),
    ev("COVID-19 was previously announced", "announced", "World Health Organization", "announce", "COVID-19",
       kind="speech act"),
    ev("According to the WHO's situation report dated March 16", "claimed", "COVID-19", "claim", "6606 lives",
       rep="World Health Organization"),
    ev("Cows are considered sacred by Hindus", "cited",
       "politicians of the Hindu-nationalist party Bharatiya Janta Party", "cite",
       "the medicinal benefits of cow urine", kind="speech act"),
    ev("Similar sentiment was shared by a Minister", "shared", "Suman Haripriya", "share", "Similar sentiment",
       kind="speech act", date="2020-03"),
    ev("According to the reports by Johns Hopkins", "died", "three patients", "die",
       rep="Johns Hopkins Center for Systems Science and Engineering"),
    ev("14 have recovered so far in the country", "recovered", "14", "recover"),
    ev("Passengers at airports are being screened", "screened", None, "screen", "Passengers at airports"),
]

RS = "researchers mostly from Pennsylvania State University"
TW = "Tak-Sing Wong and three of his co-authors"
TC_ABOUT = (
    "Wikinews, Thursday 2019-11-21: Penn State researchers invent a slippery coating for toilets (materials "
    "science). 'on Monday' = 2019-11-18. 'The researchers', 'they' are the researchers of the lead; 'He' is "
    "Tak-Sing Wong; 'They' in the last sentence are Wong and three of his co-authors (the company's founders). "
    "'reported the invention of' is 'report' with a noun object, a speech act dated by its findings' publication; "
    "'findings published on Monday' describes; 'could reduce', 'could have a profound impact' are capabilities; "
    "'are affected by', 'is upwards of', 'which they note is' are states; 'said in a press release \"...\"' and "
    "'recounted, \"...\"' only introduce quotations; 'reported inventing a coating' gives the invention as content; "
    "'reported the coating repels bacteria', 'involves', 'is made of', 'covers', 'is complete', 'lasts', 'have "
    "tended to take hours' are properties and habits (states); 'that Wang described as resembling' is a speech act; "
    "'which offered a contest ... some years ago' is the foundation's act (background, undated); 'noted the "
    "ingredients ... are found' and 'remarked that ... it was unlikely' report states (not listed); 'to transform' is "
    "a purpose.")
TC_EVENTS = [
    ev("In findings published on Monday in Nature Sustainability", "reported", RS, "report",
       "the invention of a new coating", kind="speech act", date="2019-11-18"),
    ev("The researchers reported inventing a coating", "inventing", RS, "invent",
       "a coating good at resisting substances", rep=RS),
    ev("The first spray is made of molecularly", "described", "Jing Wang", "describe",
       "molecularly grafted polymers", kind="speech act"),
    ev("Carl Hensman of the Bill and Melinda Gates Foundation", "offered", "Bill and Melinda Gates Foundation",
       "offer", "a contest for redesigning the toilet", kind="background"),
    ev("Wong and three of his co-authors have started", "started", TW, "start", "a company, spotLESS Materials"),
    ev("They have received support from the Rice", "received", TW, "receive", "support"),
]

IM = "Igor Matovič"
SK_ABOUT = (
    "Wikinews, Monday 2020-12-21 (no dateline): Slovakia's Prime Minister tests positive for COVID-19 (a head of "
    "government's illness; European politics). 'on Friday' = 2020-12-18, 'a week after' that = 2020-12-11, 'two "
    "days earlier' (before the Friday) = 2020-12-16, 'on Saturday' = 2020-12-19 (a plan agreed before it). 'he', "
    "'Matovič', 'the Prime Minister' are Igor Matovič. 'posted a message ... announcing' is one speech act (the "
    "post; 'announcing' gives its content): the positive test (undated: the text does not date it) and the "
    "intention to isolate (modality will); 'who was later diagnosed' is an agentless passive (undated); 'which led "
    "to contact tracing' is left out (its antecedent is unclear); 'European leaders self-isolating ... included' "
    "is a list (a state); 'Without mentioning' introduces; 'self-quarantine announcements quickly followed by "
    "government ministers' is elliptical and not listed; 'it was agreed' is listed (agentless) and the lockdown is "
    "its content (modality will); 'when asked whether ...' is not listed, 'told ... EURACTIV' is a neutral report "
    "(its content 'safety procedure had been followed' listed; 'were known to have tested positive' a state); "
    "'failed to procure' is a negated procurement; 'apologised' a speech act.")
SK_EVENTS = [
    ev("Prime Minister Igor Matovič of the Slovak Republic posted", "posted", IM, "post",
       "a message on Facebook", kind="speech act", date="2020-12-18"),
    ev("Prime Minister Igor Matovič of the Slovak Republic posted", "tested", IM, "test positive",
       "for COVID-19", rep=IM),
    ev("Prime Minister Igor Matovič of the Slovak Republic posted", "isolate", IM, "isolate", "for ten days",
       mod="will", rep=IM),
    ev("This comes a week after he attended a summit", "attended", IM, "attend",
       "a summit with President of France Emmanuel Macron", date="2020-12-11"),
    ev("This comes a week after he attended a summit", "diagnosed", None, "diagnose", "Emmanuel Macron"),
    ev("Without mentioning any symptoms", "cancelled", IM, "cancel", "all near upcoming events",
       rep="Matovič's government office"),
    ev("Without mentioning any symptoms", "attended", "government ministers", "attend",
       "an official meeting with the Prime Minister", date="2020-12-16"),
    ev("During that meeting, it was agreed", "agreed", None, "agree", date="2020-12-16"),
    ev("During that meeting, it was agreed", "instated", None, "instate", "a partial lockdown", mod="will",
       date="2020-12-19"),
    ev("Council spokesperson Barend Leyts", "followed", None, "follow", "safety procedure", rep="Barend Leyts"),
    ev("After Deputy Prime Minister for Finance", "procure", "Richard Sulík", "procure",
       "sufficient numbers of rapid testing kits", neg=True),
    ev("After Deputy Prime Minister for Finance", "apologised", IM, "apologise", "to the people of his country",
       kind="speech act"),
]

WI = "Wisconsin"
TE = "Tony Evers"
WI_ABOUT = (
    "Wikinews, Tuesday 2020-04-07: Wisconsin holds its election amid COVID-19 concerns (elections and the courts). "
    "'Today' = 2020-04-07, 'Yesterday' and 'as of yesterday morning' = 2020-04-06, 'April 13' = 2020-04-13; 'last "
    "week' is not dated (no day). 'the state' is Wisconsin, 'Evers' Tony Evers, 'The decision' Evers's order. "
    "'following a court battle' and 'came amidst' frame; 'included', 'represents', 'are needed' are states; 'use "
    "primary elections ... to select', 'awards delegates proportionally' and 'must receive' are standing practices "
    "and rules (not listed); 'either delayed ... or switched' are two acts (as reported, the reports unnamed); "
    "'has amassed', 'has earned' are reported by NPR; 'an executive order delaying the election' tells the order's "
    "act (the participle's subject is the order, undated as dev16's decree); 'citing' is a speech act; 'ordered ... "
    "that absentee ballots be accepted ... and votes not be counted' gives the order (undated) and its requested "
    "acts (modality should); 'ruled Evers lacked authority' is the court's ruling (its content a state); 'ruled "
    "against' a ruling; 'that was not overturned' and 'declared that ballots would not be counted' are the terms of "
    "an order (not listed); 'leading to' tells effects (the state's use of the National Guard listed); 'to vote by "
    "mail', 'to man polling booths' are purposes; the ballots 'not yet returned' and 'not yet sent out' are "
    "negated acts as of yesterday morning.")
WI_EVENTS = [
    ev("Today, the state of Wisconsin held elections", "held", WI, "hold", "elections", date="2020-04-07"),
    ev("According to reports, all other US states", "delayed",
       "all other US states with elections scheduled to occur in April", "delay", "their election"),
    ev("According to reports, all other US states", "switched",
       "all other US states with elections scheduled to occur in April", "switch",
       "to entirely mail-in voting"),
    ev("According to NPR, former Vice President", "amassed", "Joe Biden", "amass", "1,217 pledged delegates",
       rep="NPR"),
    ev("According to NPR, former Vice President", "earned", "Bernie Sanders", "earn", "914", rep="NPR"),
    ev("Yesterday, Tony Evers, the governor of Wisconsin", "signed", TE, "sign", "an executive order",
       date="2020-04-06"),
    ev("Yesterday, Tony Evers, the governor of Wisconsin", "delaying", "an executive order", "delay",
       "the election"),
    ev("Yesterday, Tony Evers, the governor of Wisconsin", "citing", TE, "cite",
       "the health risks posed by the COVID-19 pandemic", kind="speech act", date="2020-04-06"),
    ev("The move came after William Conley", "ordered", "William Conley", "order"),
    ev("The move came after William Conley", "accepted", None, "accept", "absentee ballots", mod="should"),
    ev("The move came after William Conley", "counted", None, "count", "votes", neg=True, mod="should"),
    ev("The decision was challenged in court", "challenged", None, "challenge", "The decision"),
    ev("The decision was challenged in court", "ruled", "Wisconsin Supreme Court", "rule"),
    ev("The United States Supreme Court later ruled", "ruled", "United States Supreme Court", "rule against",
       "Conley's extension of absentee voting"),
    ev("A number of poll workers quit", "quit", "A number of poll workers", "quit"),
    ev("A number of poll workers quit", "using", WI, "use", "the National Guard"),
    ev("The city of Milwaukee reduced", "reduced", "Milwaukee", "reduce", "the number of polling stations"),
    ev("Before the deadline last week", "requested", "over a million people", "request", "absentee ballots"),
    ev("According to the Wisconsin Elections Commission", "returned", None, "return", "over 500,000 ballots",
       neg=True, rep="Wisconsin Elections Commission", date="2020-04-06"),
    ev("According to the Wisconsin Elections Commission", "sent", None, "send out", "over 11,000", neg=True,
       rep="Wisconsin Elections Commission", date="2020-04-06"),
]

DOCS = {
    "wn_2019-01-15_Iranian-cargo-plane-crashes-into-Karaj-houses.txt": (KJ_ABOUT, KJ_EVENTS),
    "wn_2019-03-05_SpaceX-Crew-Dragon-capsule-docks-with-International-Space-Station.txt": (SX_ABOUT, SX_EVENTS),
    "wn_2020-03-17_200-in-New-Delhi-India-drink-cow-urine-to-fight-off-COVID-19.txt": (CU_ABOUT, CU_EVENTS),
    "wn_2019-11-21_Slippery-business-Materials-scientists-invent-new-coating-for-self-cleaning-wate.txt":
        (TC_ABOUT, TC_EVENTS),
    "wn_2020-12-21_Prime-Minister-of-Slovakia-Igor-Matovi-tests-positive-for-COVID-19.txt": (SK_ABOUT, SK_EVENTS),
    "wn_2020-04-07_US-state-of-Wisconsin-holds-2020-election-amidst-COVID-19-concerns.txt": (WI_ABOUT, WI_EVENTS),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev45a/make_gold.py"))
