"""Write the event gold tests/data/gold/wikinews-events-dev22 from hand annotations (round blind44, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind44/make_gold_dev22.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev22"

MB_ABOUT = (
    "Wikinews, Monday 2019-01-28: twin bombs kill at least 20 at the Jolo Cathedral in Mindanao, the Philippines "
    "(conflict and terrorism). 'yesterday' = 2019-01-27 and the bombing's acts (the strikes, the deaths, the "
    "wounded, the airlift, the blasts going off, the casualties' attending mass) are of that day; 'on Friday' = "
    "2019-01-25 dates the government's announcement and 'from 2022' the self-government it announces (modality "
    "will); 'This week' gives no day. 'the confirmed deaths are ...' is a copula and 'This revised downwards an "
    "earlier toll' compares counts (not listed); 'further claimed 90 civilians were wounded' is a speech act (as "
    "'claim' in earlier golds) whose agentless content is reported_by Mijares ('as were seventeen ...' has no verb "
    "of its own, not listed); the quotation and its 'said' are not listed; 'described the attacks as' and 'urged "
    "vigilant locals' are speech acts (the infinitives requested, not listed); 'said he had ordered ... and that the "
    "army protect places of worship' gives the order reported_by Lorenzana and its that-clause as a requested act "
    "(modality should); 'This week saw a referendum' is a time that 'sees' an event (not listed, as 'has since "
    "seen' in events-dev19), 'seeking to create' its aim and 'potentially ending' a possibility; 'who voted' tells "
    "the voters' act, '85% were in favour' is a copula; 'were among the areas to vote against' tells Jolo's and "
    "Sulu's act (as 'were among victims who leapt'); 'is nevertheless to include' is a plan (modality will); 'are "
    "the suspected perpetrators' a copula; 'The first bomb went off' is listed in each sentence that tells it; "
    "'video footage ... shows wooden pews broken and scattered' describes a state; 'agreed, saying ...' is a stance "
    "(its content a copula); 'claimed responsibility' is a speech act; 'The Coast Guard said their casualties were "
    "attending mass' gives their act reported_by the Coast Guard; 'was identified as ... by a Coast Guard "
    "spokesperson' is turned back (a speech act); 'announced an order ... directing Coast Guard units' gives the "
    "announcement and the order's direction (a participle that tells an act, as 'a decree banning' in "
    "events-dev16; its quoted infinitive not listed); 'Statements of condemnation have come from ...' is listed as "
    "a speech act of the statements. 'Mijares' is written 'Graciano Mijares', 'Lorenzana' and 'he' 'Delfin "
    "Lorenzana'.")
DL = "Delfin Lorenzana"
D0 = "2019-01-27"
MB = [
    ev("Twin bombings yesterday struck", "struck", "Twin bombings", "strike",
       "the Jolo Cathedral in Mindanao, Philippines", date=D0),
    ev("The second blast affected", "affected", "The second blast", "affect", "first responders following the first",
       date=D0),
    ev("The second blast affected", "killed", None, "kill", "at least 20", date=D0),
    ev("Mijares further claimed", "claimed", "Graciano Mijares", "claim", "90 civilians were wounded",
       kind="speech act"),
    ev("Mijares further claimed", "wounded", None, "wound", "90 civilians", rep="Graciano Mijares", date=D0),
    ev("Some victims were airlifted", "airlifted", None, "airlift", "Some victims", date=D0),
    ev("\"We will use the full force", "described", DL, "describe", "the attacks", kind="speech act"),
    ev("\"We will use the full force", "urged", DL, "urge", "vigilant locals", kind="speech act"),
    ev("The first bomb went off within", "went", "The first bomb", "go off", None, date=D0),
    ev("Lorenzana said he had ordered", "ordered", DL, "order", "'heightened alert' from troops", rep=DL,
       kind="speech act"),
    ev("Lorenzana said he had ordered", "protect", "the army", "protect", "places of worship", mod="should",
       rep=DL),
    ev("Of the 2.8 million who voted", "voted", "the 2.8 million", "vote", None),
    ev("Of the 2.8 million who voted", "announced", "the government", "announce",
       "the new region, to be called Bangsamoro, would be governing itself from 2022", kind="speech act",
       date="2019-01-25"),
    ev("Of the 2.8 million who voted", "governing", "Bangsamoro", "govern", "itself", mod="will",
       rep="the government", date="2022"),
    ev("Jolo, and the Sulu region it is within", "vote", "Jolo, and the Sulu region", "vote",
       "against the measure"),
    ev("Bangsamoro is nevertheless to include", "include", "Bangsamoro", "include", "them", mod="will"),
    ev("The first bomb went off during Mass", "went", "The first bomb", "go off", None, date=D0),
    ev("Regional Governor Mujiv Hataman agreed", "agreed", "Mujiv Hataman", "agree", None, kind="stance"),
    ev("which is linked to the Abu Sayyaf Group, subsequently claimed", "claimed",
       "The Islamic State of Iraq and the Levant", "claim", "responsibility", kind="speech act"),
    ev("The Coast Guard said their casualties", "attending", "the Coast Guard's casualties", "attend", "mass",
       rep="The Coast Guard", date=D0),
    ev("The deceased seaman was identified", "identified", "a Coast Guard spokesperson", "identify",
       "The deceased seaman", kind="speech act"),
    ev("The Coast Guard has announced an order", "announced", "The Coast Guard", "announce",
       "an order by Coast Guard Commandant Admiral Elson Hermogino", kind="speech act"),
    ev("The Coast Guard has announced an order", "directing",
       "an order by Coast Guard Commandant Admiral Elson Hermogino", "direct", "Coast Guard units nearby",
       kind="speech act"),
    ev("Statements of condemnation have come", "come", "Statements of condemnation", "come",
       "from Organisation of Islamic Cooperation (OIC) head Yousef Al-Othaimeen, Pope Francis, and a spokesperson "
       "for President Rodrigo Duterte", kind="speech act"),
]

AL_ABOUT = (
    "Wikinews, Saturday 2019-10-12: the cosmonaut Alexei Leonov dies at 85 (space and an obituary). 'Yesterday' = "
    "2019-10-11 dates Roscosmos's announcement; 'On March 18, 1965' the first spacewalk, 'Ten years later' = 1975 "
    "the Apollo–Soyuz mission, 'on Tuesday' = 2019-10-15 the burial (a scheduled act, modality will); the death's day "
    "is not given, nor NASA's acts. 'was famous for performing the first human spacewalk' is his reputation (the act "
    "is told with its date two sentences on), 'He was 85', 'was part of', 'was the last surviving member' are "
    "copulas; 'remaining alone outside the spacecraft' is a state and 'symbolizing that ...' describes; the career "
    "is background; 'to mourn Leonov's passing' is a purpose; 'credited Leonov with making the spacewalk possible' "
    "is a speech act and 'noting on Twitter \"...\"' only introduces a quotation; 'Sputnik News reported' gives "
    "reported_by to the relative 'who died in Moscow' (as to the relative under 'according to officials' in "
    "events-dev19) and to the burial. 'Leonov' and 'he' are written 'Alexei Leonov', 'It' 'NASA'.")
AL_ = "Alexei Leonov"
AL = [
    ev("Yesterday, Roscosmos, the Russian space agency", "announced", "Roscosmos", "announce",
       "the death of cosmonaut Alexei Leonov", kind="speech act", date="2019-10-11"),
    ev("On March 18, 1965, he performed", "performed", AL_, "perform",
       "the first manned extravehicular activity (EVA), or \"spacewalk\"", kind="background", date="1965-03-18"),
    ev("He received the \"Hero of the Soviet Union\"", "received", AL_, "receive",
       "the \"Hero of the Soviet Union\"", kind="background"),
    ev("Ten years later, he led", "led", AL_, "lead", "the Soviet part of the Apollo–Soyuz mission",
       kind="background", date="1975"),
    ev("NASA interrupted its live coverage", "interrupted", "NASA", "interrupt",
       "its live coverage of an International Space Station spacewalk"),
    ev("It also credited Leonov", "credited", "NASA", "credit", "Leonov", kind="speech act"),
    ev("Sputnik News reported Leonov", "died", AL_, "die", None, rep="Sputnik News"),
    ev("Sputnik News reported Leonov", "buried", None, "bury", AL_, mod="will", rep="Sputnik News",
       date="2019-10-15"),
]

FC_ABOUT = (
    "Wikinews, Friday 2020-06-05 (no dateline): face coverings to be mandatory on public transport in England from "
    "June 15 (health and transport). 'Yesterday' = 2020-06-04 dates the announcement, told twice; 'from June 15' = "
    "2020-06-15 dates the change it announces (a scheduled act, modality will, reported_by Shapps: 'wearing a face "
    "covering would become compulsory', as 'became its third hurricane' in an earlier gold). The measure's terms "
    "('would apply to', 'would except', 'could be subject to a fine') and 'England would be the only country' are "
    "states, 'addressing the spread' describes; 'He said it would be \"a condition of travel\"' is a copula, and 'so "
    "the general public should use \"...\"' a requested act reported_by Shapps (its verb outside the marks); "
    "Whelan's quotation and its 'commented' are not listed; 'said the measure was \"nowhere near enough\"' and the "
    "June 15 date's sentence are copulas; 'have made no recommendation' is a speech act negated by its object; "
    "'has suggested people \"think about\" it' is a neutral report whose verb is inside the marks (not listed); "
    "'said a compulsory introduction ... could be \"inevitable\"' is a copula and 'she was considering it' a stance "
    "reported_by her. 'Shapps' and 'He' are written 'Grant Shapps'.")
GS = "Grant Shapps"
FC = [
    ev("Yesterday, England's transport secretary", "announced", GS, "announce",
       "that from June 15, wearing a face covering would become compulsory while riding public transport in "
       "England", kind="speech act", date="2020-06-04"),
    ev("Yesterday, England's transport secretary", "become", "wearing a face covering", "become", "compulsory",
       mod="will", rep=GS, date="2020-06-15"),
    ev("Shapps announced the measure", "announced", GS, "announce", "the measure", kind="speech act",
       date="2020-06-04"),
    ev("He said it would be \"a condition of travel\"", "use", "the general public", "use",
       "\"the kind of face covering you can easily make at home.\"", mod="should", rep=GS),
    ev("Wales have made no recommendation", "made", "Wales", "make",
       "no recommendation regarding face covering", neg=True, kind="speech act"),
    ev("Scotland First Minister Nicola Sturgeon said", "considering", "Nicola Sturgeon", "consider", "it",
       rep="Nicola Sturgeon", kind="stance"),
]

JK_ABOUT = (
    "Wikinews, Thursday 2020-06-11 (no dateline): police in Tamil Nadu, India, arrest twelve after explosives kill a "
    "jackal (crime and wildlife). 'on Monday' = 2020-06-08 dates the arrest, told again ('The forestry department "
    "arrested them', 'were taken into the custody'); the jackal's death, the constable's acts and the killing are "
    "not dated (a day the text does not give is not inferred); 'from 2013 to 2019' and 'Last week' give no day. 'died "
    "trying to eat a bomb' gives the death and the attempt (a participle that tells an act) and 'that subsequently "
    "exploded' the bomb's act ('embedded in meat' describes); 'Jackals are protected in India', 'lists jackals as a "
    "protected species', 'face attention from poachers, who sell the parts', 'are crafted from skulls ... and are "
    "considered talismans' are standing facts; 'Officials said' gives reported_by to the constable's acts ('saw', "
    "'decided to question', 'learned', a stance) and to 'they aroused suspicion' ('reportedly one Vijayaragavan' "
    "does not name him surely: he is written 'a police constable'); 'According to local news sources' to 'found' "
    "and the gerund 'after inquiring'; 'range in age' is a state and 'were identified as Narikuravars' an agentless "
    "speech act; 'the killing occurred in Jeeyapuram forest' is listed (as 'took place' in earlier golds), "
    "reported_by the authorities ('in a bid to gain' a purpose); 'One study ... noted authorities seized ...' and "
    "'noted over 370 \"jackal horns\" seized' are neutral reports of background seizures; 'was arrested in "
    "connection with' is agentless ('suffering from' a state); 'Authorities said they believed a fruit ... had "
    "exploded' gives the stance and its content, with the result participles 'damaging her jaw' and 'leading to "
    "her death', reported_by the authorities. 'them' and 'They' are written 'twelve people' and 'The suspects'.")
PC = "a police constable"
STUDY = "One study in the Journal of Threatened Taxa"
FRUIT = "a fruit filled with firecrackers"
JK = [
    ev("Authorities on Monday arrested twelve people", "arrested", "Authorities", "arrest", "twelve people",
       date="2020-06-08"),
    ev("Authorities on Monday arrested twelve people", "died", "a jackal", "die", None),
    ev("Authorities on Monday arrested twelve people", "trying", "a jackal", "try",
       "to eat a bomb embedded in meat"),
    ev("Authorities on Monday arrested twelve people", "exploded", "a bomb embedded in meat", "explode", None),
    ev("Officials said a police constable", "saw", PC, "see", "the twelve with the dead jackal in Trichy",
       rep="Officials"),
    ev("Officials said a police constable", "decided", PC, "decide", "to question them", rep="Officials"),
    ev("Officials said a police constable", "aroused", "the twelve", "arouse", "suspicion", rep="Officials"),
    ev("Officials said a police constable", "learned", PC, "learn",
       "they were responsible for the jackal's death", rep="Officials", kind="stance"),
    ev("The forestry department arrested them", "arrested", "The forestry department", "arrest", "twelve people",
       date="2020-06-08"),
    ev("According to local news sources, the constable", "found", PC, "find", "the jackal's bagged carcass",
       rep="local news sources"),
    ev("According to local news sources, the constable", "inquiring", PC, "inquire", None,
       rep="local news sources"),
    ev("The suspects range in age", "identified", None, "identify", "The suspects", kind="speech act"),
    ev("They were taken into the custody", "taken", None, "take", "The suspects", date="2020-06-08"),
    ev("Authorities said the killing occurred", "occurred", "the killing", "occur", None, rep="Authorities"),
    ev("One study in the Journal of Threatened Taxa", "seized", "authorities", "seize",
       "126 skins, eight tails, 16 skulls and two live jackals", rep=STUDY, kind="background"),
    ev("The same study also noted", "seized", None, "seize", "over 370 \"jackal horns\"", rep=STUDY,
       kind="background"),
    ev("Last week, in the neighbouring state of Kerala", "arrested", None, "arrest", "one suspect"),
    ev("Authorities said they believed a fruit", "believed", "Authorities", "believe",
       "a fruit filled with firecrackers had exploded in the elephant's mouth", rep="Authorities", kind="stance"),
    ev("Authorities said they believed a fruit", "exploded", FRUIT, "explode", None, rep="Authorities"),
    ev("Authorities said they believed a fruit", "damaging", FRUIT, "damage", "her jaw", rep="Authorities"),
    ev("Authorities said they believed a fruit", "leading", FRUIT, "lead", "to her death", rep="Authorities"),
]

SB_ABOUT = (
    "Wikinews, Wednesday 2020-04-15 (no dateline): Bernie Sanders endorses Joe Biden for president (US politics). "
    "'On Monday' = 2020-04-13 dates the endorsement; 'last week' gives no day (Sanders's ending of his bid is "
    "undated); 'In the 2016 United States presidential election' = 2016 and 'until July' = 2016-07. 'endorsed' is a "
    "speech act; 'The move came after' is a relation of time naming the endorsement again (not listed); the "
    "statement's quotation and its 'said to Biden:' are not listed; 'continued his bid' lists the act (background); "
    "'didn't endorse her until July' tells that he endorsed her in July ('not ... until' limits the time, it does "
    "not deny the act: not negated); 'announced they were to form six working groups' gives the speech act and the "
    "plan (modality will, as 'was to join' in an earlier gold); 'The groups are to cover ...' states the groups' "
    "remit (as a bill's terms, not listed). 'Sanders' is written 'Bernie Sanders', 'Biden' 'Joe Biden'.")
BS = "Bernie Sanders"
SB = [
    ev("On Monday, United States Senator", "endorsed", BS, "endorse", "former Vice President Joe Biden",
       kind="speech act", date="2020-04-13"),
    ev("The move came after Sanders ended", "ended", BS, "end", "his own presidential bid"),
    ev("In the 2016 United States presidential election", "continued", BS, "continue",
       "his bid against then-presumptive nominee Hillary Clinton", kind="background", date="2016"),
    ev("In the 2016 United States presidential election", "endorse", BS, "endorse", "her", kind="background",
       date="2016-07"),
    ev("Biden and Sanders announced", "announced", "Joe Biden and Bernie Sanders", "announce",
       "they were to form six working groups relating to different policy fields", kind="speech act"),
    ev("Biden and Sanders announced", "form", "Joe Biden and Bernie Sanders", "form",
       "six working groups relating to different policy fields", mod="will", rep="Joe Biden and Bernie Sanders"),
]

TY_ABOUT = (
    "Wikinews, Saturday 2019-12-28: Typhoon Phanfone strikes the Philippines (weather and disaster). 'from Tuesday "
    "night through to Wednesday' = 2019-12-24 to 2019-12-25 (the landfall is dated the day it began, 2019-12-24); "
    "'on Thursday' = 2019-12-26 dates the officials' count (a 'according to') and the typhoon's continuing westward; "
    "'in 2013' dates Haiyan's toll. The participles 'killing at least 20' (reported_by Philippine officials) and "
    "'leaving reportedly at least 15,000 stranded' (an unattributed 'reportedly': no reported_by) tell the "
    "typhoon's acts, undated (the text gives the landfall's days, not theirs); 'impacted upon', 'blocked', 'forced "
    "... to evacuate' (the force listed, its infinitive not) and 'damaged' are its acts, undated; 'which killed over "
    "6,000 people in 2013' is background; the quotations and their 'said' are not listed; 'He also said many areas "
    "lost water and power, and might not get them back' gives the loss and the negated return (modality may), "
    "reported_by Richard Gordon; 'continued westward' is the storm's motion. 'It' and 'Phanfone' are written "
    "'Typhoon Phanfone'.")
TP = "Typhoon Phanfone"
TY = [
    ev("Typhoon Phanfone made landfall", "made", TP, "make landfall", "on the central Philippines",
       date="2019-12-24"),
    ev("Typhoon Phanfone made landfall", "killing", TP, "kill", "at least 20", rep="Philippine officials"),
    ev("Typhoon Phanfone made landfall", "leaving", TP, "leave", "at least 15,000 stranded at ports"),
    ev("Phanfone impacted upon", "impacted", TP, "impact",
       "upon popular tourist attractions, such as Boracay and Coron, as well as the Kalibo International Airport"),
    ev("It also blocked roads", "blocked", TP, "block", "roads"),
    ev("It also blocked roads", "forced", TP, "force", "over 58,000 civilians"),
    ev("Phanfone damaged similar regions", "damaged", TP, "damage", "similar regions to Typhoon Haiyan"),
    ev("Phanfone damaged similar regions", "killed", "Typhoon Haiyan", "kill", "over 6,000 people",
       kind="background", date="2013"),
    ev("He also said many areas lost", "lost", "many areas", "lose", "water and power", rep="Richard Gordon"),
    ev("He also said many areas lost", "get", "many areas", "get back", "them", neg=True, mod="may",
       rep="Richard Gordon"),
    ev("Typhoon Phanfone continued westward", "continued", TP, "continue", None, date="2019-12-26"),
]

DOCS = {
    "wn_2019-01-28_Bombs-kill-at-least-20-at-cathedral-in-Mindanao-Philippines.txt": (MB_ABOUT, MB),
    "wn_2019-10-12_Cosmonaut-Alexei-Leonov-dies-at-age-85.txt": (AL_ABOUT, AL),
    "wn_2019-12-28_Typhoon-Phanfone-strikes-Philippines.txt": (TY_ABOUT, TY),
    "wn_2020-04-15_Bernie-Sanders-endorses-Joe-Biden-in-2020-United-States-presidential-election.txt":
        (SB_ABOUT, SB),
    "wn_2020-06-05_Face-coverings-to-be-mandatory-on-public-transport-in-England-from-June-15-trans.txt":
        (FC_ABOUT, FC),
    "wn_2020-06-11_Police-arrest-twelve-after-explosives-kill-jackal-in-Tamil-Nadu-India.txt": (JK_ABOUT, JK),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind44/make_gold_dev22.py"))
