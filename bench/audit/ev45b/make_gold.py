"""Write the event gold tests/data/gold/wikinews-events-dev28 from hand annotations (round ev45b).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev45b/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev28"

JB = "Joachim Brudziński"
KO_ABOUT = (
    "Wikinews, Saturday 2019-01-05: a fire in an escape room in Koszalin kills five girls (a fire: one occasion). "
    "'yesterday afternoon' = 2019-01-04; the fire's acts (killing, injuring) and the group's visit are that day's. "
    "'Escape rooms see participants locked' and 'have grown in popularity' are standing facts (not listed); 'are "
    "performing checks' is the authorities' ongoing act (undated: the text gives no day); 'wrote he had ordered' is a "
    "neutral report of an act (undated); 'He tweeted, \"...\"' and 'wrote \"May God ...\"' only introduce "
    "quotations; 'characterised the deaths as' is a speech act; 'told ... the male victim is in intensive care' and "
    "'police believe him to be aged 25' are states and a stance; 'police have been unable to question him' is a "
    "negated act reported by Kosiec; 'were caused by carbon monoxide poisoning' is turned back (the agent is the "
    "poisoning), reported by PAP; 'has declared tomorrow a day of mourning' is the mayor's act (undated).")
KO_EVENTS = [
    ev("A fire yesterday afternoon killed", "killed", "A fire", "kill", "five girls, all aged fifteen",
       date="2019-01-04"),
    ev("A fire yesterday afternoon killed", "visiting", "the group", "visit", "an escape room", date="2019-01-04"),
    ev("Following the fire, which also seriously", "injured", "the fire", "injure", "a man", date="2019-01-04"),
    ev("Following the fire, which also seriously", "performing", "authorities", "perform",
       "checks on all the nation's escape rooms"),
    ev("President Andrzej Duda said the victims", "ordered", JB, "order",
       "fire safety checks on escape rooms across Poland by the State Fire Brigade", rep=JB),
    ev("Duda also characterised the deaths", "characterised", "Andrzej Duda", "characterise", "the deaths",
       kind="speech act"),
    ev("Kosiec revealed police have been unable", "question", "police", "question", "the male victim", neg=True,
       rep="Monika Kosiec"),
    ev("State press agency PAP has reported", "caused", "carbon monoxide poisoning", "cause", "all five deaths",
       rep="PAP"),
    ev("In addition to the inspections Brudzinski", "ordered", JB, "order",
       "the installation of safety improvements at the facilities"),
    ev("Mayor of Koszalin Piotr Jedlinski", "declared", "Piotr Jedlinski", "declare", "tomorrow a day of mourning"),
]

BT = "Brenton Tarrant"
CH_ABOUT = (
    "Wikinews, Sunday 2019-03-17: the suspect of the Christchurch mosque shootings appears in court (a trial's first "
    "hearing: one occasion, and the attacks told as its background). 'yesterday' = 2019-03-16 (the appearance, the "
    "charge, the judge's order and the bail not applied for are that day's: the narration of the lead's day), 'on "
    "Friday' = 2019-03-15 (the shooting; the two attacks, the arrest and the night in the police station are that "
    "day's: 'After his arrest on Friday'), 'on April 5' is a plan's time (not an act). 'the accused', 'Brenton', "
    "'he' are Brenton Tarrant. 'Police alleged' and 'police said' are neutral reports; 'may be laid' is modality "
    "may; 'had a valid gun licence allowing him to buy weapons' is a state; 'he allegedly used for the attack' is an "
    "act of its own (the attack's day), reported by Ardern; the professor's words are inside quotation marks; 'said "
    "... the gun laws should be changed' gives the content modality should (the saying's time is not the change's); "
    "'released an anti-Muslim document online' is undated ('prior to the murders' names no day); 'have been "
    "struggling to censor' is listed at 'censor' (reported by reports).")
CH_EVENTS = [
    ev("An Australian, Brenton Tarrant, aged 28", "appeared", BT, "appear", "in Christchurch District Court",
       date="2019-03-16"),
    ev("An Australian, Brenton Tarrant, aged 28", "charged", None, "charge", BT, date="2019-03-16"),
    ev("An Australian, Brenton Tarrant, aged 28", "caused", "a mass shooting in Christchurch", "cause",
       "the death of at least 50 people", date="2019-03-15"),
    ev("Judge Paul Kellar ordered", "ordered", "Paul Kellar", "order", "the accused remain in custody",
       date="2019-03-16"),
    ev("Police alleged the accused performed", "performed", BT, "perform", "two attacks", rep="Police",
       date="2019-03-15"),
    ev("The first attack reportedly was in Al Noor", "left", "The first attack", "leave",
       "at least 42 people dead", date="2019-03-15"),
    ev("The second attack reportedly was in Linwood", "killing", "The second attack", "kill",
       "at least eight people", date="2019-03-15"),
    ev("Brenton Tarrant did not apply for bail", "apply", BT, "apply", "for bail", neg=True, date="2019-03-16"),
    ev("Further charges may be laid", "laid", None, "lay", "Further charges", mod="may", rep="police"),
    ev("Police arrested the accused in the neighborhood", "arrested", "Police", "arrest", BT, date="2019-03-15"),
    ev("After his arrest on Friday, Brenton stayed", "stayed", BT, "stay",
       "in the Christchurch central police station", date="2019-03-15"),
    ev("After his arrest on Friday, Brenton stayed", "appearing", BT, "appear", "in court", date="2019-03-16"),
    ev("According to New Zealand Prime Minister Jacinda Ardern", "used", BT, "use", "the five firearms",
       rep="Jacinda Ardern", date="2019-03-15"),
    ev("The authorities seized these firearms", "seized", "The authorities", "seize", "these firearms"),
    ev("Prime Minister Ardern said at a press conference", "changed", None, "change", "the gun laws",
       mod="should", rep="Jacinda Ardern"),
    ev("Brenton also allegedly released", "released", BT, "release", "an anti-Muslim document"),
    ev("Social media have been struggling", "censor", "Social media", "censor",
       "the alleged gunman's videos of the murder", rep="reports"),
]

TD = "Tropical Depression Three"
TD_ABOUT = (
    "Wikinews, Tuesday 2019-07-23: Tropical Depression Three approaches Florida and dissipates (a storm: one "
    "occasion told over several paragraphs). 'On Tuesday', 'By Tuesday morning' = 2019-07-23, 'On Sunday' = "
    "2019-07-21, 'By Monday afternoon' = 2019-07-22; 'this weekend' names no one day (the forming is undated, and "
    "the heading towards Florida with it). 'it', 'the depression', 'the storm' are Tropical Depression Three, "
    "'they' the National Hurricane Center. 'reported the depression had sustained winds' is a state; 'If it "
    "strengthened, it would be named' is a conditional naming (modality would); 'If named, it would have become' is "
    "counterfactual (not listed); definitions of a tropical depression are standing facts; 'had the depression 120 "
    "miles southeast' and 'moving northwest' describe the update's position (a state); 'was forecast to reach' is a "
    "forecast (not listed); 'with an Air Force Reserve survey finding' is the survey's finding (an act, the "
    "dissipation's day).")
TD_EVENTS = [
    ev("Tropical Depression Three formed over", "formed", TD, "form", "over the Bahamas"),
    ev("Tropical Depression Three formed over", "heading", TD, "head", "towards Florida"),
    ev("If it strengthened, it would be named", "named", None, "name", TD, mod="would"),
    ev("On Tuesday, however, they reported", "dissipated", TD, "dissipate", "off the coast of Florida",
       rep="National Hurricane Center", date="2019-07-23"),
    ev("When it was first detected on Sunday", "detected", None, "detect", TD, date="2019-07-21"),
    ev("When it was first detected on Sunday", "given", None, "give", TD, date="2019-07-21"),
    ev("By Monday afternoon, this likelihood", "risen", "this likelihood", "rise", "to a three-in-five chance",
       date="2019-07-22"),
    ev("By Tuesday morning, the storm had dissipated", "dissipated", TD, "dissipate", None, date="2019-07-23"),
    ev("By Tuesday morning, the storm had dissipated", "finding", "an Air Force Reserve survey", "find",
       "the storm no longer qualified as a \"Tropical Depression\"", date="2019-07-23"),
]

CT_ABOUT = (
    "Wikinews, Thursday 2019-10-03: a World War II-era bomber crashes at Bradley International Airport (an "
    "accident: one occasion told over several paragraphs). 'yesterday' = 2019-10-02, 'this morning' (in the doctor's "
    "quotation) and 'later that day' the same day; the crash, the strike on the deicing facility, the pilot's "
    "attempt, the injuries, the transport of victims and the airport's closing and reopening are that day's (the "
    "narration of the lead's day). 'The plane', 'the aircraft' are the bomber (a thing without a name, written as "
    "each sentence writes it). 'according to officials' and 'according to Commissioner ...' are neutral reports; "
    "'there were ten passengers' and 'is registered' are states; quotations are not listed; 'was manufactured in "
    "1944' is background; 'was involved in an incident' and the 1987 injuries are told by the report as states (not "
    "listed); 'would begin an investigation' is a plan (modality would) reported by Blumenthal; 'led by Board Member "
    "Jennifer Homendy' describes the investigation (not listed).")
CT_EVENTS = [
    ev("At least seven people were killed", "killed", None, "kill", "At least seven people", date="2019-10-02"),
    ev("At least seven people were killed", "crashed", "a World War II-era bomber", "crash",
       "at Bradley International Airport", date="2019-10-02"),
    ev("The plane crashed near the end of a runway", "crashed", "The plane", "crash", "near the end of a runway",
       rep="officials", date="2019-10-02"),
    ev("The plane crashed near the end of a runway", "struck", "The plane", "strike",
       "a deicing facility at the airport", rep="officials", date="2019-10-02"),
    ev("The pilot was trying to land the plane", "trying", "The pilot", "try", "to land the plane",
       date="2019-10-02"),
    ev("Fourteen people were injured in the crash", "injured", None, "injure", "Fourteen people",
       rep="James Rovella", date="2019-10-02"),
    ev("Crash victims were transported by ambulance", "transported", None, "transport", "Crash victims",
       date="2019-10-02"),
    ev("Bradley Airport was shut down after", "shut", None, "shut down", "Bradley Airport", date="2019-10-02"),
    ev("Bradley Airport was shut down after", "reopened", "Bradley Airport", "reopen", None, date="2019-10-02"),
    ev("The aircraft, a Boeing B-17 Flying Fortress", "manufactured", None, "manufacture", "The aircraft",
       rep="Federal Aviation Administration", kind="background", date="1944"),
    ev("Blumenthal said the NTSB would begin", "begin", "National Transportation Safety Board", "begin",
       "an investigation at Bradley Airport", mod="would", rep="Richard Blumenthal"),
]

DT = "Donald Trump"
DC_ABOUT = (
    "Wikinews, Tuesday 2020-11-17 (no dateline): violence at a pro-Trump rally in Washington, DC (a protest: one "
    "occasion). 'on Saturday', 'Saturday's unrest' = 2020-11-14; the rally, the clashes, what the video captured, the "
    "fireworks used and the arrests and injuries 'As a result of Saturday's unrest' are that day's. 'to protest the "
    "results' is a purpose (not listed); 'has been projected to have defeated' gives Biden's defeat of the "
    "incumbent (Donald Trump), background; 'were initially peaceful' is a state; 'A report alleged' is a neutral "
    "report; 'lashed out ... on Twitter', 'accusing', 'has blamed', 'has claimed' are speech acts (undated: the text "
    "gives the tweet no day); 'has not yet conceded' is negated; 'have stated there is currently no evidence' is a "
    "report of a state (not listed).")
DC_EVENTS = [
    ev("Violence broke out on Saturday", "broke", "Violence", "break out", None, date="2020-11-14"),
    ev("Violence broke out on Saturday", "rallied", "several thousand people", "rally", "at Freedom Plaza",
       date="2020-11-14"),
    ev("Violence broke out on Saturday", "defeated", "Joe Biden", "defeat", DT, kind="background"),
    ev("The demonstrations were initially peaceful", "broke", "clashes with counter-protesters", "break out", None,
       date="2020-11-14"),
    ev("Video captured two factions", "captured", "Video", "capture", "two factions pushing, punching, and "
       "throwing projectiles", date="2020-11-14"),
    ev("Video captured two factions", "throwing", "two factions", "throw", "projectiles", date="2020-11-14"),
    ev("A report alleged fireworks", "used", None, "use", "fireworks and flash bangs", rep="A report",
       date="2020-11-14"),
    ev("As a result of Saturday's unrest", "arrested", None, "arrest", "twenty people",
       rep="a report citing the mayor's office", date="2020-11-14"),
    ev("As a result of Saturday's unrest", "injured", None, "injure", "two police officers",
       rep="a report citing the mayor's office", date="2020-11-14"),
    ev("President Trump lashed out", "lashed", DT, "lash out", "at the capital city's Democratic mayor Muriel "
       "Bowser", kind="speech act"),
    ev("President Trump lashed out", "accusing", DT, "accuse", "Muriel Bowser", kind="speech act"),
    ev("The president has blamed Democratic leadership", "blamed", DT, "blame", "Democratic leadership",
       kind="speech act"),
    ev("The president has not yet conceded", "conceded", DT, "concede", "the election", neg=True),
    ev("The president has not yet conceded", "claimed", DT, "claim", "widespread voter fraud with mail-in ballots",
       kind="speech act"),
    ev("The president has not yet conceded", "made", DT, "make", "various legal challenges"),
]

SO = "Stavanger Airport, Sola"
RF = "Rogaland Fire and Rescue"
SO_ABOUT = (
    "Wikinews, Friday 2020-01-10 (no dateline): a fire in a parking structure at Stavanger Airport, Sola (a fire: one "
    "occasion told over several paragraphs). 'on Tuesday', 'Through Tuesday evening' = 2020-01-07; the airport's "
    "closing, the fire's start and smoke, the requests, evacuations, warnings, the reduction of the fire, the "
    "cancelled order, the Prime Minister's stranding and post and the vehicles damaged (reported 'as of Wednesday', "
    "in the past perfect of that day's fire) are that day's (the narration of the lead's day); 'on Wednesday "
    "morning' = 2020-01-08 (a plan: modality will); 'in August last year' = 2019-08 (the Cork fire, background; the "
    "recall 'after' it is undated). 'The airport' is Stavanger Airport, Sola. 'It was initially reported' and "
    "'NRK later reported' give two reports of where the fire started; 'reports said more than half of those were "
    "filled', 'local officials said there was danger' are states; 'said late on Tuesday no personnel would be sent' "
    "gives a negated plan (undated: the saying's time is not the sending's); 'Police said they questioned' is a "
    "neutral report (undated); 'asking for places to eat' is the post's content (not listed); 'was built without "
    "sprinklers' is background found by an agentless 'It was also discovered' (only the building listed); 'planned to "
    "continue to monitor' is listed at 'monitor' (modality will); 'returning ... was expected to take longer' is a "
    "forecast (not listed).")
SO_EVENTS = [
    ev("At about 15:30 local time", "reported", None, "report", "a fire", date="2020-01-07"),
    ev("The airport was quickly closed", "closed", None, "close", SO, date="2020-01-07"),
    ev("It was initially reported the fire started", "started", "the fire", "start", "in an electric vehicle",
       date="2020-01-07"),
    ev("It was initially reported the fire started", "started", "the fire", "start",
       "in a recalled 2005 Opel Zafira", rep="NRK", nth=2, date="2020-01-07"),
    ev("The car was recalled after a similar fire", "recalled", None, "recall", "The car", kind="background"),
    ev("The car was recalled after a similar fire", "causing", "a similar fire in Cork, Ireland", "cause",
       "damage to about 60 cars", kind="background", date="2019-08"),
    ev("Police said they questioned", "questioned", "Police", "question", "the car's owner", rep="Police"),
    ev("The fire produced heavy smoke", "produced", "The fire", "produce", "heavy smoke", date="2020-01-07"),
    ev("Nils-Erik Haagenrud of Rogaland", "sent", None, "send", "no personnel", neg=True, mod="would",
       rep="Nils-Erik Haagenrud"),
    ev("Rogaland Fire and Rescue requested support", "requested", RF, "request",
       "support and equipment from other fire departments", date="2020-01-07"),
    ev("The airport and nearby hotel were both evacuated", "evacuated", None, "evacuate",
       "The airport and nearby hotel", date="2020-01-07"),
    ev("The airport and nearby hotel were both evacuated", "warned", "local police", "warn",
       "people in the general vicinity", kind="speech act", date="2020-01-07"),
    ev("Through Tuesday evening the fire was reduced", "reduced", None, "reduce", "the fire", date="2020-01-07"),
    ev("Through Tuesday evening the fire was reduced", "canceled", None, "cancel",
       "the order for a fire extinguisher robot from Oslo Fire and Rescue", date="2020-01-07"),
    ev("The airport closure also led to", "led", "The airport closure", "lead",
       "to Norwegian Prime Minister Erna Solberg being stranded", date="2020-01-07"),
    ev("Solberg posted on Twitter", "posted", "Erna Solberg", "post", "on Twitter", kind="speech act",
       date="2020-01-07"),
    ev("Reports as of Wednesday said", "damaged", None, "damage", "an estimated two to three hundred vehicles",
       rep="Reports", date="2020-01-07"),
    ev("Reports as of Wednesday said", "hurt", None, "hurt", "no humans", neg=True, rep="Reports",
       date="2020-01-07"),
    ev("Local firefighters planned to continue", "monitor", "Local firefighters", "monitor", "the situation",
       mod="will"),
    ev("It was also discovered the structure", "built", None, "build", "the structure", kind="background"),
    ev("Stavanger Airport, Sola was to open", "open", SO, "open", None, mod="will", date="2020-01-08"),
    ev("Affected travelers were advised", "advised", None, "advise", "Affected travelers", kind="speech act"),
]

DOCS = {
    "wn_2019-01-05_Escape-room-fire-kills-five-teen-girls-in-Koszalin-Poland.txt": (KO_ABOUT, KO_EVENTS),
    "wn_2019-03-17_New-Zealand-mosque-murder-suspect-appears-in-court-at-Christchurch.txt": (CH_ABOUT, CH_EVENTS),
    "wn_2019-07-23_Tropical-Depression-Three-of-2019-approaches-Florida-before-dissipating.txt": (TD_ABOUT, TD_EVENTS),
    "wn_2019-10-03_World-War-II-era-plane-crashes-in-Connecticut-US-killing-at-least-seven.txt": (CT_ABOUT, CT_EVENTS),
    "wn_2020-11-17_Violence-breaks-out-in-Washington-DC-at-pro-Trump-protest.txt": (DC_ABOUT, DC_EVENTS),
    "wn_2020-01-10_Fire-erupts-in-parking-structure-at-Sola-Airport-Norway.txt": (SO_ABOUT, SO_EVENTS),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev45b/make_gold.py"))
