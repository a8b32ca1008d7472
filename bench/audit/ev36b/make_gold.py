"""Write the event gold tests/data/gold/wikinews-events-dev12 from hand annotations (round ev36b).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev36b/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev12"


DOCS = {}

CRUZ_ABOUT = (
    "Wikinews, Sunday 2019-01-06: Senator Ted Cruz proposes an amendment setting Congressional term limits. "
    "'Thursday' = 2019-01-03, 'in 1947' = 1947. 'proposed to set' is one speech act of both sponsors (one subject "
    "written with 'and', as earlier golds do), its infinitive not listed; 'It was co-sponsored by' turns the passive "
    "back (the agents the subject, 'It' the proposal); the standing rules ('the president is limited', 'may serve', "
    "'Under this proposal, senators would be limited', 'would have to pass it ... would have to be ratified', 'The "
    "U.S. Constitution originally did not limit') are rules, not acts, and are not listed (as 'The constitution "
    "requires' in events-dev11); 'this would limit Cruz himself' is the consequence of a condition (modality would, "
    "'this' the proposal); 'Cruz ... said, \"...\"' introduces a quotation; 'have expressed favorable interest' is a "
    "stance; 'sought no third term' is negated background; 'who led the country' describes Roosevelt and is not "
    "listed; 'establishing' describes the amendment; 'was passed in 1947' is an agentless passive.")
CRUZ = [
    ev("On Thursday, former United States presidential", "proposed", "Ted Cruz and Francis Rooney", "propose",
       "to set lifetime limits for service in the Senate and House", kind="speech act", date="2019-01-03"),
    ev("It was co-sponsored by Senators", "sponsored", "Marco Rubio, Mike Lee, and David Perdue", "co-sponsor",
       "the proposal"),
    ev("If passed without measures", "limit", "the proposal", "limit", "Ted Cruz", mod="would"),
    ev("Both President Trump and some Democrats", "expressed", "Donald Trump and some Democrats", "express",
       "favorable interest in Congressional term limits", kind="stance"),
    ev("The U.S. Constitution originally did not", "sought", "George Washington", "seek", "third term", neg=True,
       kind="background"),
    ev("Only President Franklin Delano Roosevelt", "served", "Franklin Delano Roosevelt", "serve", "more than two",
       kind="background"),
    ev("The 22nd amendment establishing", "passed", None, "pass", "The 22nd amendment", kind="background",
       date="1947"),
]

DOR_ABOUT = (
    "Wikinews, Sunday 2019-09-01: Hurricane Dorian strengthens to Category 5 and makes landfall in the Bahamas. "
    "'today' = 2019-09-01, 'yesterday' = 2019-08-31, 'Last week' = the week of Monday 2019-08-26. 'reported' with a "
    "clause is a neutral report and gives reported_by to its content; 'an advisory issued at' and 'used by the NHC' "
    "describe; 'It was accompanied by ... storm surge' turns the passive back (the surge the subject, 'It' "
    "Dorian); 'making landfall' is a second act of Dorian; 'urged residents to evacuate' is listed, its requested "
    "infinitive not; 'Dorian was forecast to reach' is a forecast in the passive, not listed (as events-dev11's "
    "'are only predicted to reach'); 'with South Carolina Governor Henry McMaster following suit yesterday' is an "
    "act of its own, dated; the quoted '\"catastrophic damage will occur\"', the copulas and 'indicated' with a "
    "copula are not listed.")
DOR = [
    ev("In an advisory issued at 11:00", "strengthened", "Hurricane Dorian", "strengthen",
       "into a Category 5 hurricane", rep="the National Hurricane Center", date="2019-09-01"),
    ev("Dorian reached the Bahamas earlier today", "reached", "Hurricane Dorian", "reach", "the Bahamas",
       date="2019-09-01"),
    ev("Dorian reached the Bahamas earlier today", "making", "Hurricane Dorian", "make", "landfall in Elbow Cay",
       date="2019-09-01"),
    ev("It was accompanied by a", "accompanied", "a storm surge", "accompany", "Hurricane Dorian",
       date="2019-09-01"),
    ev("The NHC also warned of potential", "warned", "the National Hurricane Center", "warn",
       "of potential flash floods", kind="speech act"),
    ev("Prime Minister Hubert Minnis urged", "urged", "Hubert Minnis", "urge", "residents", kind="speech act"),
    ev("The NHC issued a hurricane warning", "issued", "the National Hurricane Center", "issue",
       "a hurricane warning in the northwestern Bahamas and hurricane watch for Andros Island"),
    ev("Last week, Florida Governor Ron DeSantis", "declared", "Ron DeSantis", "declare", "a state of emergency",
       date="2019-08-26"),
    ev("Last week, Florida Governor Ron DeSantis", "following", "Henry McMaster", "follow", "suit",
       date="2019-08-31"),
    ev("Palm Beach County in Florida issued", "issued", "Palm Beach County", "issue", "an evacuation order"),
    ev("Palm Beach County in Florida issued", "placed", "the National Hurricane Center", "place",
       "Palm Beach County"),
]

PA_ABOUT = (
    "Wikinews, Tuesday 2019-07-23: four teenagers shot at a graduation party in Clairton, Pennsylvania. 'Early "
    "Saturday morning' = 2019-07-20, 'As of Sunday evening' = 2019-07-21. 'Police said' with a clause gives "
    "reported_by to 'attended' and to the relative clause 'four of whom were injured' (an agentless passive, news of "
    "the story); 'were hospitalized' and 'have not been identified' (negated) are agentless passives; 'no "
    "fatalities have emerged' is negated; 'all four are in stable condition', 'the area is usually quiet', 'do not "
    "have a suspect' and 'remains unknown' are states; 'told ... that' with a copula is not listed; 'according to "
    "county police' gives reported_by to 'fled' and to its time clause 'when police arrived'.")
PA = [
    ev("Early Saturday morning, somewhat after midnight", "responded", "police in Clairton", "respond",
       "to multiple reports of a shooting at a graduation party", date="2019-07-20"),
    ev("Police said over a hundred people", "attended", "over a hundred people", "attend", "the party",
       rep="Police", date="2019-07-20"),
    ev("Police said over a hundred people", "injured", None, "injure", "four of whom", rep="Police",
       date="2019-07-20"),
    ev("The injured teenagers, three girls", "hospitalized", None, "hospitalize", "The injured teenagers",
       date="2019-07-20"),
    ev("As of Sunday evening, all four", "emerged", "fatalities", "emerge", "from the shooting", neg=True,
       date="2019-07-21"),
    ev("The victims have not been identified", "identified", None, "identify", "The victims", neg=True),
    ev("The backyard party took place", "took", "The backyard party", "take place", "at 619 Waddell Avenue",
       date="2019-07-20"),
    ev("Party-goers still at the scene", "fled", "Party-goers still at the scene after the shooting", "flee",
       rep="county police", date="2019-07-20"),
    ev("Party-goers still at the scene", "arrived", "police", "arrive", rep="county police", date="2019-07-20"),
]

PH_ABOUT = (
    "Wikinews, Monday 2019-07-15: an earthquake injures 25 people in southern Philippines. 'Saturday' = "
    "2019-07-13, 'Earlier this year' = 2019. 'according to Philippine officials' gives reported_by to the strike and "
    "its two participles ('injuring', 'damaging'); 'told CNN Philippines the towns damaged were' reports a copula; "
    "'the epicenter was located' is a state; 'Phivolcs reported the earthquake's magnitude was 5.5' and 'USGS "
    "reported 5.8' report a measure, not listed; 'CNN Philippines reported the governor said' gives the hospital's "
    "acts reported_by the governor (the claimant, Alexander Pimentel); the relative 'which sustained cracks' is "
    "damage done by the quake and listed, 'who evacuated to the hospital' describes the wounded and is not; "
    "'causing eleven deaths' describes the earlier earthquake.")
PH = [
    ev("an earthquake struck Surigao del Sur", "struck", "an earthquake", "strike", "Surigao del Sur, Philippines",
       rep="Philippine officials", date="2019-07-13"),
    ev("an earthquake struck Surigao del Sur", "injuring", "an earthquake", "injure", "at least 25 people",
       rep="Philippine officials", date="2019-07-13"),
    ev("an earthquake struck Surigao del Sur", "damaging", "an earthquake", "damage",
       "churches, houses, and other infrastructure", rep="Philippine officials", date="2019-07-13"),
    ev("Madrid District Hospital in the town", "sustained", "Madrid District Hospital", "sustain",
       "cracks on concrete walls", rep="Alexander Pimentel", date="2019-07-13"),
    ev("Madrid District Hospital in the town", "treated", "Madrid District Hospital", "treat",
       "25 wounded people", rep="Alexander Pimentel", date="2019-07-13"),
    ev("Earlier this year, northern Philippines", "suffered", "northern Philippines", "suffer",
       "a 6.3 magnitude earthquake", kind="background", date="2019"),
]

LION_ABOUT = (
    "Wikinews, Thursday 2019-08-22: Leon van Biljon, 'The Lion Man', killed by his lions. 'Tuesday' = 2019-08-20. "
    "'was killed by his lions' turns the passive back; 'had been in the lions' area' is a state, 'attempting to mend "
    "a fence' his act, reported by local news media, its infinitive not listed; 'reportedly often referred to' "
    "describes; 'formerly billed itself as home to three lions' is background; 'which collectively house and breed' "
    "and 'scientists report' are states and a report of them; 'told CNN, neighbors ... attempted, but were unable, to "
    "save van Biljon' gives reported_by to the attempt and to the negated saving (they did not save him); "
    "'Connie Moganedi said, the lions were killed' an agentless passive she reports.")
LION = [
    ev("Leon van Biljon, owner of Mahala", "killed", "his lions", "kill", "Leon van Biljon", date="2019-08-20"),
    ev("Van Biljon, reportedly often referred", "attempting", "Leon van Biljon", "attempt", "to mend a fence",
       rep="local news media", date="2019-08-20"),
    ev("Mahala View Lion Lodge formerly billed", "billed", "Mahala View Lion Lodge", "bill", "itself",
       kind="background"),
    ev("Connie Moganedi, a spokeswoman", "attempted", "neighbors from other lodges nearby", "attempt",
       "to save van Biljon", rep="Connie Moganedi", date="2019-08-20"),
    ev("Connie Moganedi, a spokeswoman", "save", "neighbors from other lodges nearby", "save", "Leon van Biljon",
       neg=True, rep="Connie Moganedi", date="2019-08-20"),
    ev("In the wake of van Biljon's death", "killed", None, "kill", "the lions", rep="Connie Moganedi"),
]

GT_ABOUT = (
    "Wikinews, Saturday 2019-12-14: Greta Thunberg named Time's 2019 Person of the Year. 'On Wednesday' = "
    "2019-12-11, 'August 20, 2018' and 'the first day' = 2018-08-20, 'That September' = 2018-09, 'January of this "
    "year' = 2019-01, 'September 20 of this year' = 2019-09-20. 'announced' is listed; 'with which Time credits' and "
    "'drawing attention' describe the award and the work; 'instead of attending school' is not done and not listed; "
    "the acts of 2018 are background; 'until Sweden joined the Paris Agreement' is the condition of a promise and "
    "not listed; 'with 35 thousand students protesting' is an act of its own; 'according to Time' gives reported_by "
    "to 'led'; 'ever held to date' describes; 'This included' is a state; 'Time reported some were using' gives "
    "reported_by; the gerunds after 'including' are her acts; 'advocating' (whose is unclear) is not listed; "
    "'According to NBC' gives reported_by to 'considered', and 'who revealed' describes the whistleblower and is "
    "not listed.")
GT = [
    ev("On Wednesday, Time magazine announced", "announced", "Time magazine", "announce",
       "its selection of climate change activist Greta Thunberg", kind="speech act", date="2019-12-11"),
    ev("Thunberg received the award", "received", "Greta Thunberg", "receive", "the award"),
    ev("Thunberg began her climate protest", "began", "Greta Thunberg", "begin", "her climate protest",
       kind="background", date="2018-08-20"),
    ev("She protested alone on the first day", "protested", "Greta Thunberg", "protest", kind="background",
       date="2018-08-20"),
    ev("She protested alone on the first day", "joined", "thousands of Swedes", "join", "the protest",
       kind="background"),
    ev("That September, the Fridays", "launched", "the Fridays for Future movement", "launch", kind="background",
       date="2018-09"),
    ev("That September, the Fridays", "promised", "Greta Thunberg", "promise", "protests every week",
       kind="speech act", date="2018-09"),
    ev("Other countries had similar protests", "protesting", "35 thousand students", "protest", "in Belgium",
       date="2019-01"),
    ev("Thunberg then led, according to Time", "led", "Greta Thunberg", "lead",
       "the largest climate change demonstration ever held to date", rep="Time", date="2019-09-20"),
    ev("An estimated four million people", "took", "An estimated four million people", "take part",
       "in the protests", date="2019-09-20"),
    ev("Time reported some were using", "using", "some", "use", "the slogan", rep="Time"),
    ev("In her campaign, Thunberg has met", "met", "Greta Thunberg", "meet", "with multiple world leaders"),
    ev("In her campaign, Thunberg has met", "giving", "Greta Thunberg", "give", "an address at the United Nations"),
    ev("In her campaign, Thunberg has met", "meeting", "Greta Thunberg", "meet", "with Roman Catholic Pope Francis"),
    ev("In her campaign, Thunberg has met", "speaking", "Greta Thunberg", "speak", "to the United States Congress"),
    ev("Her influence also resulted", "resulted", "Her influence", "result", "in a Nobel Peace Prize nomination"),
    ev("According to NBC, Time also considered", "considered", "Time magazine", "consider",
       "Nancy Pelosi, Donald Trump, protesters in Hong Kong and a United States whistleblower", rep="NBC"),
]

DOCS = {
    "wn_2019-01-06_Senator-Ted-Cruz-proposes-amendment-to-U-S-Constitution-setting-Congressional-te.txt": (CRUZ_ABOUT, CRUZ),
    "wn_2019-09-01_Hurricane-Dorian-strengthens-to-Category-5-makes-landfall-in-the-Bahamas.txt": (DOR_ABOUT, DOR),
    "wn_2019-07-23_Four-teenagers-shot-at-Pennsylvania-graduation-party.txt": (PA_ABOUT, PA),
    "wn_2019-07-15_Earthquake-injures-25-people-in-southern-Philippines.txt": (PH_ABOUT, PH),
    "wn_2019-08-22_South-African-Lion-Man-killed-by-his-lions.txt": (LION_ABOUT, LION),
    "wn_2019-12-14_Greta-Thunberg-named-2019-Time-Person-of-the-Year.txt": (GT_ABOUT, GT),
}
if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev36b/make_gold.py"))
