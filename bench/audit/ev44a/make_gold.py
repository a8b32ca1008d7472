"""Write the event gold tests/data/gold/wikinews-events-dev23 from hand annotations (round ev44a).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev44a/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev23"

NHC = "the National Hurricane Center"
HU_ABOUT = (
    "Wikinews, Thursday 2019-09-19: Hurricane Humberto strengthens to category 3 while approaching Bermuda "
    "(weather). 'yesterday evening' = 2019-09-18, 'late Wednesday night' = 2019-09-18, 'on Thursday' = 2019-09-19, "
    "'in 2014' = 2014. 'confirmed' with a clause is a neutral report (events-dev8's convention; its content a copula, 'was in effect': nothing listed); 'was expected to "
    "pass' gives the pass with modality will (no source named); 'issued', 'released', 'used by', 'classified as' "
    "describe; what the advisory 'placed' and 'noted' and the 'warning of' it gives are the document's terms (not "
    "listed), but the buoy's recording it reports is an act (reported by the NHC, undated); 'had maximum sustained "
    "winds' and 'was moving' tell the storm's state at the time; 'predicted' is a speech act (undated: the text does "
    "not say when) and its content two acts with would; 'was rarely hit' is a habit; 'only 21 hurricanes reached' "
    "is a count of past acts (background, reported by CNN); 'made landfall there in 2014' background; the last "
    "paragraph (what hurricanes are, what a category must sustain, what is considered major) is generic and not "
    "listed.")
HU = [
    ev("Humberto was expected to pass", "pass", "Hurricane Humberto", "pass by", "Bermuda", mod="will",
       date="2019-09-18"),
    ev("The NHC predicted that Humberto", "predicted", NHC, "predict",
       "that Humberto would pass by Bermuda Wednesday night", kind="speech act"),
    ev("The NHC predicted that Humberto", "pass", "Hurricane Humberto", "pass by", "Bermuda", mod="would",
       rep=NHC, date="2019-09-18"),
    ev("The NHC predicted that Humberto", "beginning", "Hurricane Humberto", "begin", "to weaken", mod="would",
       rep=NHC, date="2019-09-19"),
    ev("The advisory also noted dangerous surf", "recorded", "a National Oceanic and Atmospheric Administration "
       "(NOAA) buoy", "record", "waves over 30 feet high", rep=NHC),
    ev("Bermuda was rarely hit by hurricanes", "reached", "only 21 hurricanes", "reach",
       "within 100 miles of the islands", rep="CNN", kind="background"),
    ev("The most recent hurricane to reach Bermuda", "made", "Hurricane Gonzalo", "make", "landfall",
       kind="background", date="2014"),
]

HOUSE = "the United States House of Representatives"
HO_ABOUT = (
    "Wikinews, Friday 2019-11-01: the U.S. House formalizes rules for the Trump impeachment proceedings "
    "(legislature). 'Yesterday' = 2019-10-31 and the vote's acts and the reactions told with them are of that day; "
    "'earlier this week' = the week of 2019-10-28. 'to establish' is a purpose; 'announced the upcoming vote' a "
    "speech act; the relative 'whose rarity, CBS noted, highlighted the significance' is a state; 'is to be in "
    "charge of presiding' a copula; 'The resolution passed' is listed (as 'The vote passed' in an earlier gold) and "
    "the 'with' absolutes of people counted are their acts, as are 'two Democrats opposed, and one independent "
    "supported'; 'attacked the impeachment inquiry' and the 'calling' absolutes are speech acts; Trump's 'called' "
    "and 'referred to' are speech acts left undated ('repeatedly'); the conditional 'If the House votes to impeach' "
    "is a condition (not listed) and 'would then face trial' has would; 'committed to proceeding' is background; "
    "'hold a majority', 'is needed' are states; 'has only impeached' and 'were acquitted' are background.")
HO = [
    ev("Yesterday, the United States House", "passed", HOUSE, "pass", "a resolution", date="2019-10-31"),
    ev("Nancy Pelosi, the Democratic Speaker", "announced", "Nancy Pelosi", "announce", "the upcoming vote",
       kind="speech act", date="2019-10-28"),
    ev("Pelosi herself presided", "presided", "Nancy Pelosi", "preside", "over the vote", date="2019-10-31"),
    ev("The resolution passed primarily", "passed", "The resolution", "pass", None, date="2019-10-31"),
    ev("The resolution passed primarily", "supporting", "231 Democrats", "support", "the resolution",
       date="2019-10-31"),
    ev("The resolution passed primarily", "opposing", "194 Republicans", "oppose", "the resolution",
       date="2019-10-31"),
    ev("The resolution passed primarily", "opposed", "two Democrats", "oppose", None, date="2019-10-31"),
    ev("The resolution passed primarily", "supported", "one independent", "support", None, date="2019-10-31"),
    ev("Republican Representatives attacked", "attacked", "Republican Representatives", "attack",
       "the impeachment inquiry", kind="speech act", date="2019-10-31"),
    ev("Republican Representatives attacked", "calling", "Steve Scalise", "call", "the investigation into Trump",
       kind="speech act", date="2019-10-31"),
    ev("Republican Representatives attacked", "calling", "Ross Spano", "call", "the process", kind="speech act",
       date="2019-10-31", nth=2),
    ev("Trump repeatedly called", "called", "Donald Trump", "call", "the Democrats' investigation",
       kind="speech act"),
    ev("Trump repeatedly called", "referred", "Donald Trump", "refer", "to the vote", kind="speech act"),
    ev("If the House of Representatives votes", "face", "Donald Trump", "face", "trial in the Senate",
       mod="would"),
    ev("Mitch McConnell, the Republican Senate", "committed", "Mitch McConnell", "commit",
       "to proceeding with such a trial", kind="background"),
    ev("The House has only impeached", "impeached", HOUSE, "impeach", "two Presidents", kind="background"),
    ev("Both were acquitted in the Senate", "acquitted", None, "acquit", "Bill Clinton and Andrew Johnson",
       kind="background"),
]

PLAINTIFFS = "the American Civil Liberties Union of Montana and Native American Rights Fund"
MT_ABOUT = (
    "Wikinews, Sunday 2020-03-15: Native American groups sue the state of Montana over a ballot law (law and "
    "voting rights). 'On Thursday' = 2020-03-12 ('The suit was filed' is that filing). 'saying it would prevent' "
    "gives a law's effect as its makers' opponents read it: the law as subject of what it does is its terms (not "
    "listed), as are 'was limited to', 'that number drops to six', 'was set at US$500', 'ignores'; 'vote through "
    "the mail', 'does not cover', 'fill out ... and give', 'do not have access' are habits and states; 'notes', "
    "'pointed out' and 'said' only report; the quotations are not listed; 'argued' is a speech act (its content a "
    "copula with a purpose); 'supporting the law' describes; 'had seven ... reservations' a state; 'estimated' a "
    "speech act (an estimate, undated); 'were listed as' and 'raised by' tell the complaint's terms.")
MT = [
    ev("On Thursday, the American Civil Liberties Union", "filed", PLAINTIFFS, "file",
       "a lawsuit against the state of Montana", date="2020-03-12"),
    ev("State legislators supporting the law argued", "argued", "State legislators supporting the law", "argue",
       "it was to prevent voter fraud", kind="speech act"),
    ev("The World Population Review estimated", "estimated", "The World Population Review", "estimate",
       "the total 2020 population of the state", kind="speech act"),
    ev("The suit was filed in Yellowstone County", "filed", None, "file", "The suit", date="2020-03-12"),
]

AN_ABOUT = (
    "Wikinews, Saturday 2019-10-12: scientists describe how upside-down rivers of warm water break Antarctica's "
    "ice (glaciology). 'Wednesday' = 2019-10-09. 'reported a new mechanism' is the researchers' speech act (dated "
    "by the findings' publication; 'published' describes); 'by which warm ocean currents erode', 'contributing' "
    "tell the mechanism in the generic present (not listed); quotations and their 'said', 'added' are not listed; "
    "'used satellite imagery' is the study's method (listed, undated; 'to identify' a purpose; 'where coastal ice "
    "sheets had melted', 'creating', 'which occurred ... every year' describe a recurring process); 'concluded' is "
    "a speech act whose content is a habit ('was reaching ... every year'); the rest (what warm water does, what "
    "ice shelves tend to do, 'can be prevented', 'can prevent', 'says the study', 'what the scientists describe "
    "as') is generic and not listed.")
AN = [
    ev("In findings published Wednesday in Science Advances", "reported",
       "researchers from the University of Colorado at Boulder (CU Boulder) in Colorado and the College of Wooster "
       "in Ohio", "report", "a new mechanism", kind="speech act", date="2019-10-09"),
    ev("The researchers used satellite imagery", "used", "The researchers", "use", "satellite imagery"),
    ev("From this, they concluded", "concluded", "The researchers", "conclude",
       "that warm water was reaching the ice sheets in the same places every year", kind="speech act"),
]

FR_ABOUT = (
    "Wikinews, Thursday 2020-03-26: a survey of frog skulls shows spikes evolved many times (herpetology). 'on "
    "Monday' = 2020-03-23, 'Since 1973' = 1973. 'released by ... on Monday' describes the study; 'scientists "
    "report' only reports (present) and gives reported_by to 'spiky skulls evolved' (a past act, undated); 'was "
    "reportedly to be published' has modality will (an unattributed 'reportedly' gives no source); the quotation "
    "and its 'said' are not listed; 'had previously suggested' and 'speculated' with a clause are neutral reports (events-dev8's "
    "convention) whose content is generic (nothing listed); 'evaluated' and 'found' are the researchers' acts ('found' a speech act, as in an earlier gold), the "
    "content generic; 'often accompanied', 'would allow', 'coincided with', 'included', 'have true lower teeth', "
    "'use for catching prey', 'exploit' are generic states and habits; 'told Discover Magazine' only reports ('suggested some deep pattern' is a state); 'when frogs "
    "skulls were last comprehensively surveyed' is an agentless act of 1973 (background), 'have documented' "
    "background; 'of which Paluh and his team made liberal use' a relative telling an act; 'funded by', 'meant to' "
    "describe.")
FR = [
    ev("In a new study released by the Florida Museum", "evolved", "spiky skulls", "evolve",
       "at least 25 separate times in different kinds of frogs", rep="scientists"),
    ev("The survey was reportedly to be published", "published", None, "publish", "The survey", mod="will"),
    ev("Here, researchers evaluated CT scans", "evaluated", "researchers", "evaluate",
       "CT scans on 158 different species"),
    ev("They found frogs that had similar", "found", "researchers", "find",
       "frogs that had similar ecological niches tended to develop skulls with similar grooves", kind="speech act"),
    ev("Since 1973, when frogs skulls were last", "surveyed", None, "survey", "frogs skulls", kind="background",
       date="1973"),
    ev("Since 1973, when frogs skulls were last", "documented", "scientists", "document",
       "enough new species", kind="background"),
    ev("Also, modern techniques exploit CT scans", "made", "Daniel Paluh and his team", "make",
       "liberal use of CT scans"),
]

GU = "Richard Kenneth Guy"
GU_ABOUT = (
    "Wikinews, Thursday 2020-03-12: the British mathematician Richard K. Guy dies at 103 (mathematics, an "
    "obituary). 'on Monday' = 2020-03-09, 'in 1982' = 1982, 'In October 2016' = 2016-10. The relative 'who has "
    "published over 300 papers' identifies (a career on an apposition, not listed); copulas ('was a mathematics "
    "professor', 'was the endings editor ... and involved in', 'was a co-inventor', 'was also an original "
    "director') are not listed; 'retired in 1982' and 'celebrated Guy's 100th birthday' are background acts; "
    "'continued to regularly work' is a habit, 'has been associated with' a state, 'devised by' and 'consisting "
    "of' describe, 'had three children' a state and 'practiced mountaineering' a habit.")
GUY = [
    ev("Richard Kenneth Guy, a British mathematician", "died", GU, "die", None, date="2020-03-09"),
    ev("He retired in 1982", "retired", GU, "retire", None, kind="background", date="1982"),
    ev("In October 2016, the university celebrated", "celebrated", "the University of Calgary", "celebrate",
       "Guy's 100th birthday", kind="background", date="2016-10"),
]

DOCS = {
    "wn_2019-09-19_Hurricane-Humberto-strengthens-to-Category-3-while-approaching-Bermuda.txt": (HU_ABOUT, HU),
    "wn_2019-10-12_Scientists-describe-how-upside-down-rivers-of-warm-water-break-Antarctica-s-ice.txt":
        (AN_ABOUT, AN),
    "wn_2019-11-01_U-S-House-formalizes-rules-for-Trump-impeachment-proceedings.txt": (HO_ABOUT, HO),
    "wn_2020-03-12_British-mathematician-Richard-K-Guy-dies-at-103.txt": (GU_ABOUT, GUY),
    "wn_2020-03-15_Native-American-groups-sue-US-state-of-Montana-over-ballot-law.txt": (MT_ABOUT, MT),
    "wn_2020-03-26_Florida-frog-skull-survey-shows-spikes-say-scientists.txt": (FR_ABOUT, FR),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev44a/make_gold.py"))
