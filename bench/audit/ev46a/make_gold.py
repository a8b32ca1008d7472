"""Write the event gold tests/data/gold/wikinews-events-dev31 from hand annotations (round ev46a).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev46a/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev31"

BF = "war-damaged five-storey block of flats"
AL_ABOUT = (
    "Wikinews, Tuesday 2019-02-05: a war-damaged block of flats collapses in Aleppo (disaster and reconstruction). "
    "'on Saturday' = 2019-02-02 is the day of the report; the collapse's own day is not given (not inferred). "
    "'The accident' is the collapse. 'Little reconstruction has taken place' and 'such reconstruction efforts as have "
    "occurred ... focused on infrastructure' are amounts and states; 'are similarly close to collapse', 'bear "
    "damage', 'suggests Aleppo contained 35,000 war-damaged structures' are states; 'has stated reconstruction will "
    "cost' gives a figure (not listed); 'has further indicated no support will come without political reform' is a "
    "condition, not an act (not listed); 'some using only their hands' is manner. 'which has retreated from a "
    "previous goal' tells the United States' act (a relative on a name).")
AL_EVENTS = [
    ev("State media on Saturday reported", "collapsed", BF, "collapse", "in a former rebel-held neighbourhood of Aleppo",
       rep="State media"),
    ev("The accident in Salaheddin district killed", "killed", "accident in Salaheddin district", "kill", "eleven"),
    ev("The district was recaptured by the state", "recaptured", "the state", "recapture", "Salaheddin district",
       kind="background", date="2016"),
    ev("The district was recaptured by the state", "supported", "Russia", "support", "an operation",
       kind="background", date="2016"),
    ev("Rescuers, some using only their hands", "dug", "Rescuers", "dig out", "the surviving child"),
    ev("The survivor was rescued from beneath", "rescued", None, "rescue", "The survivor"),
    ev("The United States, which has retreated", "retreated", "United States", "retreat from",
       "a previous goal of ousting Syrian President Bashar al-Assad"),
    ev("China, Iran, and Russia have pledged", "pledged", "China, Iran, and Russia", "pledge", "funds"),
    ev("China, Iran, and Russia have pledged", "taxing", "Syria", "tax", "certain goods"),
]

FD = "Francis D'Souza"
FD_ABOUT = (
    "Wikinews, Sunday 2019-02-17: Francis D'Souza, a former Deputy Chief Minister of Goa, dies (Indian state "
    "politics, an obituary). 'On Thursday' = 2019-02-14. 'had been suffering from cancer', 'was 64 years old', 'had "
    "advanced pancreatic cancer' are states; 'said D'Souza had been an \"iconic\" leader' and 'said he was a "
    "\"gentleman politician\"' report states (not listed); 'tweeted he was \"...\"' only introduces a quotation; "
    "'worked with Manohar's government, being the Deputy Chief Minister' is a standing relation of a career (not "
    "listed); 'called D'Souza \"humble and soft-spoken\"' is a speech act (as earlier golds list 'called ... \"null "
    "and void\"').")
FD_EVENTS = [
    ev("On Thursday, Francis D'Souza", "died", FD, "die", date="2019-02-14"),
    ev("D'Souza had relatively recently been dismissed", "dismissed", None, "dismiss", FD),
    ev("Goa's government announced three days", "announced", "Goa's government", "announce",
       "three days of mourning for D'Souza", kind="speech act"),
    ev("State Congress President Girish Chodankar called", "called", "Girish Chodankar", "call", FD,
       kind="speech act"),
]

PN = "Pierre Nkurunziza"
GB = "government of Burundi"
BU_ABOUT = (
    "Wikinews, Thursday 2020-06-11: Burundi's President Pierre Nkurunziza dies (African politics, an obituary). "
    "'on Monday' = 2020-06-08, 'on Tuesday' = 2020-06-09, 'on Saturday evening' = 2020-06-06, 'in 2005' the year; "
    "'in August' (a plan) is not dated. 'The government statement' is the government of Burundi's; 'government "
    "officials' and 'They' are listed as written. 'was taken ill' is a change of state (not listed); 'was currently "
    "serving his third term' is a state; 'His decision ... led to tensions' is a causal relation (not listed), but "
    "'in which hundreds died' tells deaths; 'allowing him to run' is a text's terms; 'His presidential term was to "
    "end' is a term's end, not an act; 'Burundi had twelve years of civil war' and 'the group that would eventually "
    "become the nation's ruling party' are states. 'was due to stand down' and 'he would stand down' are plans "
    "(modality will). 'noted local news reports said she was diagnosed' passes the diagnosis on from the reports.")
BU_EVENTS = [
    ev("Pierre Nkurunziza, the President of Burundi, died", "died", PN, "die", date="2020-06-08"),
    ev("The government of Burundi on Tuesday announced", "announced", GB, "announce", "his death",
       kind="speech act", date="2020-06-09"),
    ev("The government of Burundi on Tuesday announced", "announced", GB, "announce", "the cause of death",
       kind="speech act", date="2020-06-09", nth=2),
    ev("Nkurunziza became president of the African nation", "became", PN, "become",
       "president of the African nation", kind="background", date="2005"),
    ev("Nkurunziza became president of the African nation", "stand", PN, "stand down", mod="will"),
    ev("The government statement, which was posted", "posted", None, "post", "The government statement"),
    ev("The government statement, which was posted", "announced", "government statement", "announce",
       "the President's death", kind="speech act"),
    ev("Nkurunziza was taken ill on Saturday evening", "attending", PN, "attend", "a volleyball game",
       date="2020-06-06"),
    ev("Nkurunziza was taken ill on Saturday evening", "taken", None, "take", PN, nth=2, date="2020-06-06"),
    ev("Despite signs of recovery on Sunday", "suffered", PN, "suffer", "a cardiac arrest",
       rep="government officials", date="2020-06-08"),
    ev("Despite signs of recovery on Sunday", "died", PN, "die", rep="government officials", date="2020-06-08"),
    ev("They also declared seven days", "declared", "government officials", "declare",
       "seven days of national mourning", kind="speech act"),
    ev("As of Tuesday, his widow, Denise", "treated", None, "treat", "Denise"),
    ev("An Al Jazeera reporter in Kenya noted", "diagnosed", None, "diagnose", "Denise", rep="local news reports"),
    ev("Nkurunziza was currently serving", "elected", None, "elect", PN, kind="background", date="2005"),
    ev("His decision to run for a third term", "died", "hundreds", "die", kind="background"),
    ev("The constitution was changed again", "changed", None, "change", "The constitution", kind="background"),
    ev("The constitution was changed again", "announced", PN, "announce", kind="speech act"),
    ev("The constitution was changed again", "stand", PN, "stand down", rep=PN, mod="will"),
    ev("Around 300,000 people were killed", "killed", None, "kill", "Around 300,000 people", kind="background"),
    ev("Around 300,000 people were killed", "served", PN, "serve in", "the CNDD-FDD", kind="background"),
]

MO = "A mother"
RC = "Royal Canadian Mounted Police"
DD = "Daniel Dubé"
KP = "Kamloops Police"
KA_ABOUT = (
    "Wikinews, Wednesday 2020-07-08: a baby finds a bag of what appears to be fentanyl in a playground in Kamloops "
    "(drugs and policing in Canada). 'on Sunday morning' = 2020-07-05, 'on Monday' = 2020-07-06, 'Last year' = "
    "2019; 'in late June' (the statement) is not an act's date. 'She' is the mother. 'according to Kamloops Police' "
    "reports the discovery. 'appeared to be fentanyl' and 'had become a popular drug' are states; 'colors such as "
    "purple were used as a signature by traffickers' is a practice; 'had normally been laced' a habit; 'presented "
    "an additional factor' a causal relation; 'there were 170 suspected deaths', 'That showed a 93% increase', 'the "
    "cost ... was 75 cents' are figures; 'stating \"...\"' only introduces a quotation; 'stated to the CBC', 'told "
    "Kamloops This Week', 'explained that', 'said' are neutral reports; 'indicated they would use the strip kits "
    "again' is a stated intention (not listed); 'the opioid crisis claimed 15,393 lives' tells deaths (listed, as "
    "earlier golds list killings of a cause); 'disagreed with the correlation' is a speech act; 'the CERB payments "
    "started' is listed as the payments' start.")
KA_EVENTS = [
    ev("A mother called the police in Kamloops", "called", MO, "call", "the police", date="2020-07-05"),
    ev("A mother called the police in Kamloops", "discovered", "her 11-month daughter", "discover",
       "a bag full of a substance", rep=KP, date="2020-07-05"),
    ev("She managed to get a hold of the small bag", "get", MO, "get a hold of", "the small bag",
       date="2020-07-05"),
    ev("She managed to get a hold of the small bag", "kept", MO, "keep", "her child", date="2020-07-05"),
    ev("In a statement issued on Monday", "confirmed", RC, "confirm", kind="speech act", date="2020-07-06"),
    ev("In a statement issued on Monday", "seized", RC, "seize", "the substance", rep=RC),
    ev("Before the COVID-19 pandemic, the opioid crisis", "claimed", "the opioid crisis", "claim",
       "15,393 lives", rep="Canadian Public Health Infobase"),
    ev("In Ontario, provincial police Detective Constable", "drove", "the border closure between New York State and "
       "Quebec", "drive up", "the prices of illicit drugs", rep=DD),
    ev("In Ontario, provincial police Detective Constable", "stretching", "traffickers", "stretch", "their products",
       rep=DD),
    ev("He explained that heroin, which had normally", "mixed", None, "mix", "heroin", rep=DD),
    ev("According to the B.C. Coroners Service", "started", "the CERB payments", "start",
       rep="B.C. Coroners Service"),
    ev("Clinic and advocacy manager Michaela Jyrkkanen", "disagreed", "Michaela Jyrkkanen", "disagree with",
       "the correlation between the overdoses and the CERB payments", kind="speech act"),
    ev("Last year, Vancouver researchers distributed", "distributed", "Vancouver researchers", "distribute",
       "take-home test strip kits", date="2019"),
]

UH = "University of Hawaii at Mānoa"
WH = "Sam Wilson and Nick Hawco"
KL_ABOUT = (
    "Wikinews, Sunday 2019-09-08: a report in Science finds phytoplankton flourished after Kīlauea's eruption "
    "(oceanography). 'On Thursday' = 2019-09-05, 'July 13 to 17 of last year' = 2018-07. 'saying the eruption ... "
    "has been followed by' gives a finding of a sequence (not an act); 'remarked in a press release, \"...\"' and "
    "'said, \"...\"' only introduce quotations; 'According to the hypothesis of the report' reports the growth; "
    "'tend to live', 'also need sunlight', 'form the basis of the food chain', 'absorb carbon dioxide and produce "
    "oxygen', 'whose blooms can damage the ecosystem' are general facts; 'was low in nitrates', 'was large enough to "
    "detect from space', 'was found to be associated with' are states; 'when Kīlauea was still erupting' is a frame "
    "in time and 'where the lava entered the ocean' a place (not listed); 'so researchers could study' and 'to study "
    "the water' are purposes; 'could not get to them' an inability; 'had initially hypothesized' a stance and 'have "
    "speculated' a speech act (their contents hypotheses, not listed); 'found' a finding, whose content is listed.")
KL_EVENTS = [
    ev("On Thursday, the journal Science published", "published", "Science", "publish",
       "a report by a team from the University of Hawaii", date="2019-09-05"),
    ev("According to the hypothesis of the report", "grew", "the microbe population", "grow", rep="report"),
    ev("Although the lava itself was low in nitrates", "heated", "lava", "heat",
       "the deeper layers of nutrient-rich water"),
    ev("This upward current brought the nitrates", "brought", "This upward current", "bring", "the nitrates"),
    ev("UH Mānoa dispatched the research ship", "dispatched", UH, "dispatch",
       "the research ship Ka'imikai-O-Kanaloa", date="2018-07"),
    ev("UH Mānoa dispatched the research ship", "sailed", "research ship Ka'imikai-O-Kanaloa", "sail",
       date="2018-07"),
    ev("The research team used both satellite images", "used", "The research team", "use",
       "both satellite images and subsurface gliders"),
    ev("had initially hypothesized the lava itself", "hypothesized", WH, "hypothesize", kind="stance"),
    ev("They found there was so much iron", "found", WH, "find"),
    ev("They found there was so much iron", "coalesced", "the particles", "coalesce", "into clumps", rep=WH),
    ev("Other microbes, dependent on nitrates", "dominate", "Other microbes", "dominate", "the plume"),
    ev("The researchers have speculated", "speculated", "The researchers", "speculate", kind="speech act"),
]

CV_ABOUT = (
    "Wikinews, Friday 2020-05-29: confirmed COVID-19 deaths in the United States pass 100,000 (public health "
    "statistics). 'On Wednesday' = 2020-05-27, 'on April 28' = 2020-04-28. A total's passing a mark is listed as "
    "'surpass' (as the `wikinews` gold does for one million infections); 'The coronavirus causes COVID-19' is a "
    "general fact; 'The milestone came ...' restates the passing; 'had the highest number', 'accounting for', "
    "'reporting 37,542 deaths as of Wednesday' are figures and states; 'restrictions put in place' is a "
    "description; 'may cause roughly 32,000 more deaths' is a forecast of a particular (modality may).")
CV_EVENTS = [
    ev("On Wednesday, the total number of confirmed deaths", "surpassed",
       "the total number of confirmed deaths linked to SARS-CoV-2 coronavirus infections", "surpass", "100,000",
       rep="Johns Hopkins University data", date="2020-05-27"),
    ev("The milestone came just under a month", "surpassed",
       "the total number of confirmed infections in the United States", "surpass", "one million",
       date="2020-04-28"),
    ev("The milestone came as states began", "relax", "states", "relax", "restrictions"),
    ev("According to the University of Washington", "cause", "the coronavirus", "cause",
       "roughly 32,000 more deaths in the United States", mod="may",
       rep="University of Washington's Institute for Health Metrics and Evaluation"),
]

DOCS = {
    "wn_2019-02-05_Block-of-flats-collapses-in-Aleppo-killing-eleven.txt": (AL_ABOUT, AL_EVENTS),
    "wn_2019-02-17_Francis-D-Souza-former-Deputy-Chief-Minister-of-Goa-dies-aged-64.txt": (FD_ABOUT, FD_EVENTS),
    "wn_2020-06-11_Burundi-President-Pierre-Nkurunziza-dies-aged-55.txt": (BU_ABOUT, BU_EVENTS),
    "wn_2020-07-08_11-month-old-baby-finds-illegal-drugs-in-playground-in-British-Columbia-Canadian.txt":
        (KA_ABOUT, KA_EVENTS),
    "wn_2019-09-08_Scientists-report-skyrocketing-phytoplankton-population-in-aftermath-of-K-lauea.txt":
        (KL_ABOUT, KL_EVENTS),
    "wn_2020-05-29_SARS-CoV-2-surpasses-100-000-confirmed-deaths-in-the-United-States.txt": (CV_ABOUT, CV_EVENTS),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev46a/make_gold.py"))
