"""Write the event gold tests/data/gold/wikinews-events-dev24 from hand annotations (round ev44b).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev44b/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev24"

AL = "Alabama Human Life Protection Act"
AL_ABOUT = (
    "Wikinews, Saturday 2019-05-18: Alabama's governor signs a near-total abortion ban (legislation and abortion). "
    "'On Wednesday' = 2019-05-15, 'on Tuesday' = 2019-05-14. 'This bill' and 'the bill' are written by the act's "
    "full name, 'The governor' by Kay Ivey's. ', officially outlawing' tells the signing's effect (the participle's "
    "subject is the clause's, dated with it); 'passed the Senate' is the bill's passage; 'who sponsored the bill' "
    "tells an act of its own (undated); 'remarked' and 'said' are neutral reports whose content is a state ('was not "
    "enforceable') or a prediction hung on a time clause ('would become enforceable after the Supreme Court revisits "
    "the case', not listed); 'established by' describes; 'the bill provides for' is a bill's terms (a state); 'have "
    "announced their plans to oppose' gives the announcement (a speech act, its plan the object); 'tweeted her "
    "reasoning' is a speech act (undated: the text does not date the tweet), 'saying, \"...\"' only introduces the "
    "quotation, and everything inside quotation marks is not listed.")
AL_EVENTS = [
    ev("On Wednesday in the US state of Alabama", "signed", "Kay Ivey", "sign", "the Alabama Human Life Protection "
       "Act", date="2019-05-15"),
    ev("On Wednesday in the US state of Alabama", "outlawing", "Kay Ivey", "outlaw",
       "nearly all circumstances of abortion in the state", date="2019-05-15"),
    ev("This bill passed the Senate of the state", "passed", AL, "pass", "the Senate of the state",
       date="2019-05-14"),
    ev("Republican state representative Terri Collins", "sponsored", "Terri Collins", "sponsor", "the bill"),
    ev("The bill has sparked controversy", "sparked", AL, "spark", "controversy and protests"),
    ev("Planned Parenthood, along with", "announced", "Planned Parenthood and the American Civil Liberties Union",
       "announce", "their plans to oppose the bill by lawsuit", kind="speech act"),
    ev("The governor tweeted her reasoning", "tweeted", "Kay Ivey", "tweet", "her reasoning", kind="speech act"),
]

NBA = "National Basketball Association"
NBA_ABOUT = (
    "Wikinews, Friday 2020-03-13 (no dateline): the NBA suspends its season over COVID-19 (sport). 'On Wednesday', "
    "'Wednesday' = 2020-03-11; the cancelled and held games are that day's (the narration of the lead's day, and "
    "'scheduled for Wednesday'). 'They' is the NBA. 'followed a Utah Jazz player testing positive' gives the "
    "player's test (a gerund that tells an act; the text does not date it); 'did not release' is negated; 'did say' "
    "is a neutral report whose content is a state; 'where the Utah Jazz were to play' is a plan told by 'be to' "
    "(modality will); the press release's quoted 'suspending game play ...' is inside quotation marks; 'as was "
    "another NBA game' is the elliptical second cancellation, listed at its auxiliary; 'which runs college "
    "basketball' is a standing fact; 'has cancelled its own tournament' is undated; counts of cases ('there were') "
    "are states.")
NBA_EVENTS = [
    ev("On Wednesday, the United States' National Basketball", "suspended", NBA, "suspend",
       "its professional basketball season", date="2020-03-11"),
    ev("The NBA's decision followed", "testing", "a Utah Jazz player", "test positive", "for the COVID-19 virus"),
    ev("The NBA did not release", "release", NBA, "release", "the identity of the player in question", neg=True),
    ev("They did say he was not present", "play", "Utah Jazz", "play", "against the Oklahoma City Thunder",
       mod="will", date="2020-03-11"),
    ev("The Jazz's game was cancelled", "cancelled", None, "cancel", "The Jazz's game", date="2020-03-11"),
    ev("The Jazz's game was cancelled", "was", None, "cancel",
       "another NBA game Wednesday between the Sacramento Kings and the New Orleans Pelicans", nth=2,
       date="2020-03-11"),
    ev("Other games scheduled for Wednesday were still held", "held", None, "hold",
       "Other games scheduled for Wednesday", rep="NBC News", date="2020-03-11"),
    ev("The United States' other major basketball organization", "cancelled",
       "National Collegiate Athletic Association", "cancel", "its own tournament, March Madness"),
]

BS = "Bernie Sanders"
BS_ABOUT = (
    "Wikinews, Sunday 2020-02-23: Bernie Sanders wins the Nevada caucuses (elections). 'Yesterday' = 2020-02-22 "
    "(and the votes he received and secured there are that day's, the narration of the lead's day), 'on February "
    "3' = 2020-02-03, 'on February 11' = 2020-02-11, 'on February 29' = 2020-02-29, 'March 3' = 2020-03-03. 'he' "
    "and 'Sanders' are Bernie Sanders, 'the state' Nevada. 'uses caucuses ... to select' is a standing practice; "
    "'was aided by the support of' is turned back (the support is the agent), reported by NBC News; the Iowa and "
    "New Hampshire results are background, undated where the sentence gives no day ('came in second in Iowa' is "
    "not dated by the caucuses' day of the sentence before: the text does not say the result came that day); "
    "'reported the possibility of' is 'report' with a noun object, a speech act, and 'saying the state could "
    "switch' its content (modality could); 'preferred a primary' is a stance of a poll, not listed; 'is scheduled "
    "to continue' and 'are to hold' are plans (modality will; 'is scheduled' itself not listed).")
BS_EVENTS = [
    ev("Yesterday, United States Senator from Vermont", "won", BS, "win",
       "the Democratic Party's Nevada caucuses", date="2020-02-22"),
    ev("NBC News reported Sanders was aided", "aided", "the support of younger voters, as well as Latino voters",
       "aid", BS, rep="NBC News", date="2020-02-22"),
    ev("Among voters between the ages of 17 and 29", "received", BS, "receive", "two-thirds of the votes",
       date="2020-02-22"),
    ev("Among voters between the ages of 17 and 29", "secured", BS, "secure",
       "approximately half of the votes of Latino voters", date="2020-02-22"),
    ev("In Iowa, caucuses where held on February 3", "held", None, "hold", "caucuses", kind="background",
       date="2020-02-03"),
    ev("In Iowa, caucuses where held on February 3", "held", None, "hold", "a primary election", nth=2,
       kind="background", date="2020-02-11"),
    ev("Sanders came in second in Iowa", "came", BS, "come in", "second", kind="background"),
    ev("Sanders came in second in Iowa", "securing", BS, "secure", "12 of the state's 41 pledged delegates",
       kind="background"),
    ev("Sanders came in second in Iowa", "came", "Pete Buttigieg", "come in", "first", nth=2, kind="background"),
    ev("In New Hampshire, Sanders secured a plurality", "secured", BS, "secure", "a plurality of the vote",
       kind="background"),
    ev("Both Sanders and Buttigieg earned 9 delegates", "earned", "Bernie Sanders and Pete Buttigieg", "earn",
       "9 delegates", kind="background"),
    ev("The Las Vegas Review-Journal reported the possibility", "reported", "Las Vegas Review-Journal", "report",
       "the possibility of the 2020 caucuses being Nevada's last", kind="speech act"),
    ev("The Las Vegas Review-Journal reported the possibility", "switch", "Nevada", "switch",
       "to holding a primary election instead", mod="could", rep="Las Vegas Review-Journal"),
    ev("The Democratic party is scheduled to continue", "continue", "Democratic Party", "continue",
       "its primary season", mod="will", date="2020-02-29"),
    ev("According to the National Conference of State Legislatures", "hold", "both parties", "hold",
       "more than a dozen primary elections", mod="will", rep="National Conference of State Legislatures",
       date="2020-03-03"),
]

WV = "Welcome To Video"
JS = "Jong Woo Son"
DW_ABOUT = (
    "Wikinews, Thursday 2019-10-17: 337 users of a dark web child abuse site arrested by an international task "
    "force (cybercrime and international policing). 'Yesterday' = 2019-10-16 (and 'yesterday's announcements'), "
    "'in 2018' the year, 'June 2015' = 2015-06, 'in March 2018' and 'in March, 2018' = 2018-03, 'in May, 2018' = "
    "2018-05. 'The website', 'the site' and 'the South Korean website' are written by the site's name, Welcome To "
    "Video; 'Jong', 'him' by Jong Woo Son's full name; 'They' in the last paragraph but one is 'US authorities'. "
    "The arrests announced are reported by the authorities and undated (made over the investigation); 'was based', "
    "'accepted cryptocurrency as payment', 'were part of', 'is already in prison', 'is worth' are states; 'hosted' "
    "(the site's content, by the authorities' account) is listed; 'was said to have begun' is agentless (no "
    "reporter); the quotations of Liu and Holland are not listed; the cleft 'It was the NCA's investigation ... "
    "which led to' gives 'lead'; 'when announcing the arrest in May, 2018 identified him' gives the announcement "
    "(the gerund's subject written out) and the identification, both that month ('as the investigation continued' "
    "a frame, not listed); 'Allegedly' gives no reporter; 'made use of' is listed; 'claimed' is a speech act, its "
    "content 'victims were rescued' reported by the authorities ('was the largest ... site' a state); 'stated' a "
    "neutral report; 'Listed US states as having members' and 'were involved' are states; 'neither ... delivered' "
    "is negated.")
DW_EVENTS = [
    ev("Yesterday, authorities in the United Kingdom", "announced",
       "authorities in the United Kingdom and the United States", "announce",
       "that 337 suspected users in 38 countries were arrested", kind="speech act", date="2019-10-16"),
    ev("Yesterday, authorities in the United Kingdom", "arrested", None, "arrest",
       "337 suspected users in 38 countries", rep="authorities in the United Kingdom and the United States"),
    ev("The current phase of investigation and arrests began", "began",
       "The current phase of investigation and arrests", "begin", None, kind="background", date="2018"),
    ev("According to authorities, the site hosted", "hosted", WV, "host",
       "a quarter million video clips containing sexual abuse of children, including toddlers and infants",
       rep="authorities"),
    ev("The site was said to have begun operations", "begun", WV, "begin", "operations", kind="background",
       date="2015-06"),
    ev("Authorities shuttered and seized the site", "shuttered", "Authorities", "shutter", "the site",
       kind="background", date="2018-03"),
    ev("Authorities shuttered and seized the site", "seized", "Authorities", "seize", "the site",
       kind="background", date="2018-03"),
    ev("Jong Woo Son is already in prison", "unsealed", "United States Department of Justice", "unseal",
       "further charges against him", date="2019-10-16"),
    ev("It was the NCA's investigation of Matthew Falder", "led", "the NCA's investigation of Matthew Falder",
       "lead", "to the discovery of the South Korean website", kind="background"),
    ev("Jong was arrested in March, 2018", "arrested", None, "arrest", JS, kind="background", date="2018-03"),
    ev("Jong was arrested in March, 2018", "announcing", "South Korea's National Police Agency", "announce",
       "the arrest", kind="speech act", date="2018-05"),
    ev("Jong was arrested in March, 2018", "identified", "South Korea's National Police Agency", "identify",
       "him only as \"Mr. A\"", kind="speech act", date="2018-05"),
    ev("Some of the site's users already pleaded guilty", "pleaded", "Some of the site's users", "plead",
       "guilty", kind="background"),
    ev("Some of the site's users already pleaded guilty", "convicted", None, "convict", "Some of the site's users",
       kind="background"),
    ev("Allegedly, Jong processed", "processed", JS, "process",
       "₿7300 in membership fees and video purchases"),
    ev("The site also allegedly made use of Tor", "made", WV, "make use", "of Tor"),
    ev("US authorities claimed the site was the largest", "claimed", "US authorities", "claim",
       "the site was the largest child pornography site in the world and that more than twenty active victims "
       "were rescued", kind="speech act"),
    ev("US authorities claimed the site was the largest", "rescued", None, "rescue",
       "more than twenty active victims", rep="US authorities"),
    ev("They also stated arrests were made", "made", None, "make", "arrests", rep="US authorities"),
    ev("Despite the lengthy lists provided", "delivered", "US nor British authorities", "deliver",
       "a complete list of the 38 countries they said were involved", neg=True),
]

MU = "Jean-Jacques Muyembe"
EB_ABOUT = (
    "Wikinews, Thursday 2019-08-15: a trial finds two treatments that save lives from Ebola (medicine and clinical "
    "trials). 'On Monday morning' = 2019-08-12 (the announcement's day; the trial's stop and the drugs' progress "
    "it reports are not dated by it), 'last November' = 2018-11. 'He' is Jean-Jacques Muyembe; 'it' in 'used it as a "
    "baseline' is ZMapp. 'announced' with a clause is a speech act (as in the earlier golds), its content reported "
    "by Fauci; 'is a hemorrhagic fever ... and spreads' is a generic fact; 'which has suffered an Ebola outbreak' a "
    "state; 'that monitored the trial' tells the institute's act; 'said, \"...\"' only introduces a quotation; "
    "'went on to say' is a neutral report, its content 'could be prevented' agentless (modality could); 'appears "
    "able to reduce', 'have been clearly demonstrated suitable', 'indicated it had less benefit', 'served as a "
    "control' are states or neutral reports of states; 'initially showed promise' is ZMapp's result (background); "
    "', meaning scientists used it ... and compared' tells the scientists' acts; the participles 'first isolated', "
    "'now produced by' and 'had been altered' describe the treatments; mortality rates are states; 'told the "
    "press' with a clause is neutral; 'do not seek treatment because they see ...' is a generic habit; the "
    "framework's 'are to be permitted' and 'are to be retired' are plans (modality will); 'is to involve' is a "
    "plan's content, a state; 'have died' is listed (undated).")
EB_EVENTS = [
    ev("On Monday morning, Director Anthony Fauci", "announced", "Anthony Fauci", "announce",
       "a trial of four possible Ebola drugs was stopped early", kind="speech act", date="2019-08-12"),
    ev("On Monday morning, Director Anthony Fauci", "stopped", None, "stop",
       "a trial of four possible Ebola drugs", rep="Anthony Fauci"),
    ev("On Monday morning, Director Anthony Fauci", "shown", "two of them", "show",
       "considerable progress in treating the disease and saving the lives of those infected",
       rep="Anthony Fauci"),
    ev("The PALM trial, for the Swahili phrase", "began", "The PALM trial", "begin", None, date="2018-11"),
    ev("The PALM trial, for the Swahili phrase", "collected", "The PALM trial", "collect",
       "data from 499 patients"),
    ev("Professor Jean-Jacques Muyembe, Director General", "monitored",
       "Institut National de Recherche Biomédicale", "monitor", "the trial"),
    ev("He went on to say thousands of deaths", "prevented", None, "prevent", "thousands of deaths", mod="could",
       rep=MU),
    ev("One antibody cocktail, ZMapp, initially showed promise", "showed", "ZMapp", "show", "promise",
       kind="background"),
    ev("In the PALM trial, ZMapp served as a control", "used", "scientists", "use", "it as a baseline"),
    ev("In the PALM trial, ZMapp served as a control", "compared", "scientists", "compare",
       "the three other treatments to it"),
    ev("Per the WHO's Monitored Emergency Use", "permitted", None, "permit", "all treatment centers in the DRC",
       mod="will"),
    ev("Per the WHO's Monitored Emergency Use", "retired", None, "retire", "ZMapp and remdesivir", mod="will"),
    ev("In the DRC's current Ebola outbreak, two thirds", "died",
       "two thirds of those known to be infected with Ebola", "die", None),
]

MR = "Matiu \"Matt\" Ratana"
LZ = "Louis De Zoysa"
MR_ABOUT = (
    "Wikinews, Wednesday 2020-09-30 (no dateline): a London police sergeant shot in a custody centre (policing). "
    "'on Friday' and 'earlier Friday' = 2020-09-25, 'on Sunday' = 2020-09-27, 'As of Monday' = 2020-09-28 (a "
    "state's day). 'Sergeant Ratana', 'he' and 'the sergeant' are Matiu \"Matt\" Ratana; 'him' after 'De Zoysa' and "
    "'The alleged shooter' are Louis De Zoysa. 'was shot ... by a prisoner, suspected to be ... De Zoysa' is turned "
    "back (the prisoner the agent); 'was reportedly still in critical condition' is a state; 'after a bullet hit "
    "him' is listed, undated (the text does not give its day); 'suspected to have supplied' describes the man; "
    "the surgery, the airlift and the pronouncement are the narration of the shooting's day (dated it); 'served in "
    "the ... police force for five years' is career background; 'was due to retire' is a plan (modality will); "
    "'he moved to the custody centre' is reported by the acquaintance (background); 'after being detained earlier "
    "Friday' is an agentless act of its own ('was at the centre' a state).")
MR_EVENTS = [
    ev("54-year-old Metropolitan Police sergeant", "shot", "a prisoner", "shoot", MR, date="2020-09-25",
       sent=("54-year-old Metropolitan", "Louis De Zoysa.")),
    ev("As of Monday, De Zoysa was reportedly", "hit", "a bullet", "hit", LZ),
    ev("A man suspected to have supplied the gun", "arrested", None, "arrest",
       "A man suspected to have supplied the gun to De Zoysa", date="2020-09-27"),
    ev("Sergeant Ratana underwent open heart surgery", "underwent", MR, "undergo", "open heart surgery",
       date="2020-09-25"),
    ev("Sergeant Ratana underwent open heart surgery", "airlifted", None, "airlift", MR, date="2020-09-25"),
    ev("Sergeant Ratana underwent open heart surgery", "pronounced", None, "pronounce", MR, date="2020-09-25"),
    ev("Sergeant Ratana, from Hawke's Bay", "served", MR, "serve",
       "in the Auckland, New Zealand police force for five years", kind="background"),
    ev("Reportedly the sergeant was due to retire", "retire", MR, "retire", None, mod="will"),
    ev("Reportedly the sergeant was due to retire", "moved", MR, "move", "to the custody centre",
       rep="an acquaintance", kind="background"),
    ev("The alleged shooter was at the centre", "detained", None, "detain", LZ, date="2020-09-25"),
]

DOCS = {
    "wn_2019-05-18_Governor-of-US-state-of-Alabama-signs-state-anti-abortion-measure.txt": (AL_ABOUT, AL_EVENTS),
    "wn_2020-03-13_National-Basketball-Association-suspends-season-due-to-COVID-19-concerns.txt":
        (NBA_ABOUT, NBA_EVENTS),
    "wn_2020-02-23_Bernie-Sanders-wins-2020-Nevada-caucuses.txt": (BS_ABOUT, BS_EVENTS),
    "wn_2019-10-17_Hundreds-arrested-for-dark-web-child-porn-by-international-task-force.txt": (DW_ABOUT, DW_EVENTS),
    "wn_2019-08-15_Scientists-report-two-life-saving-treatments-for-Ebola.txt": (EB_ABOUT, EB_EVENTS),
    "wn_2020-09-30_South-London-police-officer-Matt-Ratana-shot-in-custody-centre.txt": (MR_ABOUT, MR_EVENTS),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev44b/make_gold.py"))
