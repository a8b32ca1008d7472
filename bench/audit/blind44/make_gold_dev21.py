"""Write the event gold tests/data/gold/wikinews-events-dev21 from hand annotations (round blind44, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind44/make_gold_dev21.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev21"

FL_ABOUT = (
    "Wikinews, Saturday 2019-01-05: a pile-up and fire on Interstate 75 in Florida kills five children in a church "
    "bus and two truck drivers (disaster). 'on Thursday' = 2019-01-03 and the crash's acts (the breaking through, "
    "the collisions, the spill, the overturning, the hospitalizations, DeVita's escape, the damage) are of that day; "
    "'yesterday morning' = 2019-01-04 dates a 'said', 'last night' = 2019-01-04 the closing of lanes; the Patrol's "
    "inquiry and the examinations are not dated. 'followed by a fire' is part of the subject (a description, not "
    "listed); the parenthetical 'officials said' gives reported_by to 'spilled and ignited', 'Florida Highway Patrol "
    "described' to 'began' (a parenthetical verb of saying, neutral), 'Reports indicate' to 'may have struck' "
    "(modality may; 'this vehicle' is written 'a southbound fifth vehicle'), 'Authorities stated' to the damage "
    "(turned back: 'the fire's ferocity' damaged the road), Troy Roberts's 'said' to the two agentless examinations "
    "(modality will; 'to determine' a purpose); 'had been travelling' is the church's act (undated: the journey "
    "spans days); 'when the initial collision ... occurred' is a time clause (an event noun with a light verb, not "
    "listed); 'After crossing the center divider' and 'before colliding' are gerunds that tell acts of their own; "
    "'with occupants ejected' is an absolute that tells an agentless act; 'was unable to prevent itself running "
    "through the debris' gives the negated prevention and the running (which happened); 'lying on the roadway' "
    "describes; 'tweeted the response \"required ...\"' only introduces a quotation; 'have indicated a homicide "
    "probe is ongoing' is a copula under a neutral report; 'described extensive tire marks' is a speech act; 'had "
    "lanes closed' is the state's act (a causative 'have'), 'as it worked to repair' its work; 'Also investigating "
    "is the Florida Highway Patrol' is inverted, and 'which is attempting to ascertain' a relative that tells its "
    "act; 'was absent', 'is presently unable to operate' are states; 'its website notes that' is a neutral report "
    "and 'is still accepting accident notifications' its content ('without specifying ...' a manner, 'as it usually "
    "does' habitual, not listed). 'He' and 'Roberts' are written 'Troy Roberts', 'DeVita' 'Vinnie DeVita'.")
TR = "Troy Roberts"
FHP = "Florida Highway Patrol"
FL = [
    ev("A road accident followed by a fire", "killed", "A road accident followed by a fire", "kill",
       "five children in a church bus and two truck drivers", date="2019-01-03"),
    ev("One semi truck and a car broke", "broke", "One semi truck and a car", "break through",
       "the center guardrail", date="2019-01-03"),
    ev("One semi truck and a car broke", "colliding", "One semi truck and a car", "collide",
       "with other vehicles", date="2019-01-03"),
    ev("One semi truck and a car broke", "spilled", "around 50 gallons of diesel fuel", "spill", None,
       rep="officials", date="2019-01-03"),
    ev("One semi truck and a car broke", "ignited", "around 50 gallons of diesel fuel", "ignite", None,
       rep="officials", date="2019-01-03"),
    ev("The Avoyelles House of Mercy, a Pentecostal church, had been", "travelling",
       "The Avoyelles House of Mercy", "travel", None),
    ev("At least eight more people were hospitalized", "hospitalized", None, "hospitalize",
       "At least eight more people", date="2019-01-03"),
    ev("The accident sequence began", "began", "The accident sequence", "begin", None, rep=FHP,
       date="2019-01-03"),
    ev("After crossing the center divider", "crossing", "the out-of-control vehicles", "cross",
       "the center divider", date="2019-01-03"),
    ev("After crossing the center divider", "collided", "the out-of-control vehicles", "collide",
       "with the church bus and a second semi truck", date="2019-01-03"),
    ev("The bus overturned, with occupants", "overturned", "The bus", "overturn", None, date="2019-01-03"),
    ev("The bus overturned, with occupants", "ejected", None, "eject", "occupants", date="2019-01-03"),
    ev("The bus overturned, with occupants", "prevent", "a southbound fifth vehicle", "prevent",
       "itself running through the debris", neg=True, date="2019-01-03"),
    ev("The bus overturned, with occupants", "running", "a southbound fifth vehicle", "run",
       "through the debris", date="2019-01-03"),
    ev("Reports indicate this vehicle", "struck", "a southbound fifth vehicle", "strike",
       "victims lying on the roadway", mod="may", rep="Reports", date="2019-01-03"),
    ev("DeVita narrowly avoided", "avoided", "Vinnie DeVita", "avoid", "being caught up in the accident",
       date="2019-01-03"),
    ev("Authorities stated the road", "damaged", "the fire's ferocity", "damage", "the road", rep="Authorities",
       date="2019-01-03"),
    ev("Another eyewitness, Nicole Towarek, described", "described", "Nicole Towarek", "describe",
       "extensive tire marks and \"insane\" heat", kind="speech act"),
    ev("Florida Department of Transportation official Troy Roberts said", "examined", None, "examine",
       "the road itself", mod="will", rep=TR),
    ev("The guardrail would be examined", "examined", None, "examine", "The guardrail", mod="will", rep=TR),
    ev("The state had lanes closed", "closed", "The state", "close", "lanes", date="2019-01-04"),
    ev("The state had lanes closed", "worked", "The state", "work", "to repair the damaged surface",
       date="2019-01-04"),
    ev("Also investigating is the Florida Highway Patrol", "investigating", FHP, "investigate", None),
    ev("Also investigating is the Florida Highway Patrol", "attempting", FHP, "attempt",
       "to ascertain who, if anyone, is to blame"),
    ev("It is presently unable to operate", "accepting", "the National Transportation Safety Board's operations "
       "center", "accept", "accident notifications", rep="the National Transportation Safety Board's website"),
]

QB_ABOUT = (
    "Wikinews, Monday 2019-09-30: the brother of the Pakistani social media star Qandeel Baloch is sentenced to life "
    "for her murder (courts). 'On Friday' = 2019-09-27 dates the sentencing and the mother's weeping on hearing of "
    "it; 'in 2016' = 2016 dates the killing; 'In August' = 2019-08 the parents' attempt; the trial of the "
    "accomplices, their acquittal and the rest are not dated (a day the text does not give is not inferred). 'was "
    "sentenced ... by a court in Multan' is turned back; 'confessed to killing his sister by strangling her' is a "
    "speech act whose gerunds (the killing, its means) are reported_by Waseem (background); 'what has widely been "
    "called an honor killing' is an agentless speech act; 'upon hearing her son had been convicted' gives the "
    "agentless conviction (a fact learnt: no reported_by; 'hearing' not listed); 'said she believed he was "
    "innocent' is her stance; 'tried to have Waseem released' lists the attempt and 'by saying they forgave him' "
    "the forgiving, reported_by the parents; the law's terms ('allowed ... to go unpunished', 'can still avoid', "
    "'is now 25 years') are states; 'confessed to acting alone' is listed again as the speech act of its sentence; "
    "'were tried by the same court' is turned back; 'was later accused of inciting' is an agentless speech act (its "
    "content is the accusation's, not listed) and 'which he denied' a speech act; 'as he was leaving' a time clause; "
    "'expressed no regret' is negated by its object (as 'specified no cause'), 'mentioned family honor' a speech "
    "act; 'has since said his initial confession was forced' gives an agentless background act reported_by him; "
    "her quotations and 'wrote on social media' are not listed; 'depicting her dancing ...' describes the videos; "
    "'are considered controversial' is generic; 'When Baloch was born' tells the birth ('was born' listed as in "
    "earlier golds); 'had about 750,000 followers' is a state and 'wrote about feminism' her habitual act; 'she said "
    "... she was forced into an abusive marriage by her family' is turned back, reported_by her; 'could not support "
    "him' a state; 'have changed' is listed. 'Waseem' and 'He' are written 'Mohammed Waseem', 'Baloch' and 'she' "
    "'Qandeel Baloch', 'Qawi' 'Mufti Abdul Qawi', 'the same court' 'a court in Multan'.")
MW = "Mohammed Waseem"
QB_ = "Qandeel Baloch"
MQ = "Mufti Abdul Qawi"
COURT = "a court in Multan"
QB = [
    ev("On Friday in Pakistan, Mohammed Waseem", "sentenced", COURT, "sentence", MW, date="2019-09-27"),
    ev("Waseem confessed to killing", "confessed", MW, "confess", "to killing his sister by strangling her in 2016",
       kind="speech act"),
    ev("Waseem confessed to killing", "killing", MW, "kill", "his sister", rep=MW, kind="background",
       date="2016", nth=1),
    ev("Waseem confessed to killing", "strangling", MW, "strangle", "her", rep=MW, kind="background", date="2016"),
    ev("Waseem confessed to killing", "called", None, "call", "what", kind="speech act"),
    ev("Baloch and Waseem's mother, Anwar, wept", "wept", "Anwar", "weep", None, date="2019-09-27"),
    ev("Baloch and Waseem's mother, Anwar, wept", "convicted", None, "convict", "her son", date="2019-09-27"),
    ev("Baloch and Waseem's mother, Anwar, wept", "believed", "Anwar", "believe", "he was innocent", rep="Anwar",
       kind="stance"),
    ev("In August, the parents tried", "tried", "the parents", "try", "to have Waseem released", date="2019-08"),
    ev("In August, the parents tried", "forgave", "the parents", "forgive", "him", rep="the parents"),
    ev("Even though Waseem confessed to acting alone", "confessed", MW, "confess", "to acting alone",
       kind="speech act"),
    ev("Even though Waseem confessed to acting alone", "tried", COURT, "try",
       "several alleged accomplices, including Muslim cleric Mufti Abdul Qawi"),
    ev("All, including Qawi, were acquitted", "acquitted", None, "acquit", "All, including Qawi"),
    ev("Baloch was murdered a few weeks", "murdered", None, "murder", QB_, kind="background"),
    ev("Baloch was murdered a few weeks", "posting", QB_, "post",
       "pictures of herself with Qawi on the Internet", kind="background"),
    ev("Baloch was murdered a few weeks", "drew", MQ, "draw", "criticism", kind="background"),
    ev("Qawi was later accused", "accused", None, "accuse", MQ, kind="speech act"),
    ev("Qawi was later accused", "denied", MQ, "deny", "which", kind="speech act"),
    ev("Some of Qawi's supporters threw", "threw", "Some of Qawi's supporters", "throw", "flower petals"),
    ev("Waseem appeared in a news conference", "appeared", MW, "appear", "in a news conference",
       kind="background"),
    ev("Waseem appeared in a news conference", "expressed", MW, "express", "no regret for his sister's death",
       neg=True, kind="speech act"),
    ev("Waseem appeared in a news conference", "mentioned", MW, "mention", "family honor", kind="speech act"),
    ev("He has since said his initial confession", "forced", None, "force", "his initial confession", rep=MW,
       kind="background"),
    ev("Qandeel Baloch made videos", "made", QB_, "make", "videos and social media posts", kind="background"),
    ev("When Baloch was born", "born", None, "bear", QB_, kind="background"),
    ev("At the time of her murder, Qandeel Baloch", "wrote", QB_, "write", None, kind="background"),
    ev("In an interview with Dawn", "forced", "her family", "force", QB_, rep=QB_, kind="background"),
    ev("She also said that her much-older husband", "attempted", "her much-older husband", "attempt",
       "to disfigure her with acid", rep=QB_, kind="background"),
    ev("Baloch ran away from the marriage", "ran", QB_, "run away", None, kind="background"),
    ev("Baloch ran away from the marriage", "returned", QB_, "return", "the boy", kind="background"),
    ev("Since Baloch's death, Pakistan's laws", "changed", "Pakistan's laws about honor killings", "change", None),
]

SG_ABOUT = (
    "Wikinews, Thursday 2019-04-11: two studies bring glues made by the dusky Arion slug closer to use in medicine "
    "(science). 'on Monday' = 2019-04-08 dates the presentation of the studies ('studies presented', a description, "
    "not listed, as 'findings published' in an earlier gold); no act of the text has a day. 'have disclosed new "
    "steps' is a speech act; 'made by the dusky Arion slug' describes; the slug's secretion, the glue's properties "
    "and 'that the protein molecules form' are generic facts in the present (not listed); 'Previous studies have "
    "shown that ... is non-toxic' is a neutral report of a copula; 'who led one of the two studies' is a relative "
    "that tells Falconer's act; the quotations and their 'said' are not listed; 'observed', 'used', 'produced', "
    "'spliced', 'inserted' (a relative) and 'analyzed' are her research acts ('to produce usable amounts' a "
    "purpose); 'began to produce the proteins' lists the act (as an aspect verb in earlier golds), its subject the "
    "bacteria's machinery; 'by focusing on' is a gerund of means (listed, as 'by hiring'); 'found that slight "
    "changes ... could alter' is a finding (a speech act, as 'found ... to be relatively diverse' in events-dev19), "
    "its content a generic capability (not listed); 'performed their research' is listed. 'Falconer' and 'she' are "
    "written 'Rebecca Falconer', 'Gallego-Lazo' 'Christopher Gallego-Lazo'.")
RF = "Rebecca Falconer"
CG = "Christopher Gallego-Lazo"
SG = [
    ev("In two studies presented on Monday", "disclosed", "scientists", "disclose",
       "new steps toward using natural adhesives made by the dusky Arion slug (Arion subfuscus) in medical "
       "applications", kind="speech act"),
    ev("Scientist Rebecca Falconer, an Ithaca College", "led", RF, "lead", "one of the two studies",
       sent=("Scientist Rebecca Falconer, an Ithaca College", "strength and adhesiveness.\"")),
    ev("In her set of experiments", "observed", RF, "observe", "eleven proteins found only in slug glue"),
    ev("In her set of experiments", "used", RF, "use", "DNA recombination"),
    ev("Specifically, she produced", "produced", RF, "produce", "complementary DNA sequences (cDNA)"),
    ev("She then spliced these", "spliced", RF, "splice", "these"),
    ev("She then spliced these", "inserted", RF, "insert", "which"),
    ev("She then spliced these", "produce", "the bacteria's natural cellular machinery", "produce",
       "the proteins"),
    ev("She then analyzed", "analyzed", RF, "analyze", "the three-dimensional structures"),
    ev("Christopher Gallego-Lazo, also an Ithaca undergrad", "evaluated", CG, "evaluate",
       "glue from the dusky Arion slug"),
    ev("Christopher Gallego-Lazo, also an Ithaca undergrad", "focusing", CG, "focus",
       "on the chemical bonds within the glue and the way they affect the glue's deformability"),
    ev("Gallego-Lazo found that slight", "found", CG, "find",
       "that slight changes in these chemical bonds could alter the strength of the slug glue", kind="speech act"),
    ev("Falconer and Gallego-Lazo both performed", "performed", "Rebecca Falconer and Christopher Gallego-Lazo",
       "perform", "their research"),
]

RU_ABOUT = (
    "Wikinews, Tuesday 2020-09-01 (no dateline): University defeat Maroochydore in round five of the Sunshine Coast "
    "Rugby Union (sport). 'on Saturday' = 2020-08-29 and the match's acts are of that day. 'have maintained top "
    "spot' is listed; 'They went into the break' is Maroochydore's; 'University would score' is narration (the "
    "future in the past, no modality); 'were able to pull away' lists the act; the image credits have no verb; every "
    "quotation and its 'said' are not listed; 'The game was a hard, physical match according to ...' is a copula; "
    "'conceded that his side needed to work on some things' is a speech act (undated, as 'lament' in an earlier "
    "rugby gold), its content a state. 'Radmall' is written 'Ben Radmall'.")
RU = [
    ev("In Australian rugby, University have maintained", "maintained", "University", "maintain",
       "top spot on the Sunshine Coast Rugby Union A grade ladder", date="2020-08-29"),
    ev("Maroochydore played much of the first half", "played", "Maroochydore", "play", "much of the first half",
       date="2020-08-29"),
    ev("They went into the break", "went", "Maroochydore", "go", "into the break", date="2020-08-29"),
    ev("University would score", "score", "University", "score", "a couple of tries", date="2020-08-29"),
    ev("University were able to pull away", "pull", "University", "pull away", None, date="2020-08-29"),
    ev("Radmall conceded that his side", "conceded", "Ben Radmall", "concede",
       "that his side needed to work on some things", kind="speech act"),
]

VH_ABOUT = (
    "Wikinews, Thursday 2020-10-08 (no dateline): the guitarist Eddie Van Halen dies aged 65 (music, an obituary). "
    "'Tuesday' = 2020-10-06 dates the death; 'in 1972', 'In 2007', 'as early as 2000' date background acts; '1978' "
    "names the album (it dates neither the peak nor the certification). 'His death was confirmed by his son' is "
    "turned back (a speech act, undated); 'eventually relocating' is a participle that tells an act; 'paid tribute' "
    "is a speech act; 'was known for', 'has been widely regarded as', 'is perhaps best-known for' and 'was known for "
    "his reclusive personality' are standing reputation and states (not listed, as 'is often depicted' in an "
    "earlier gold); 'was certified Diamond by the RIAA' is turned back and 'having sold over 10 million copies' "
    "tells the album's act; 'rose to become' lists the rise; 'likened' is a speech act; 'commented, \"...\"' only "
    "introduces a quotation; 'had been ... diagnosed' is agentless. 'Van Halen', 'The guitarist', 'He' (the man) are "
    "written 'Eddie Van Halen'; 'The band' and 'they' 'Van Halen'; 'McCready' 'Mike McCready'.")
EVH = "Eddie Van Halen"
VH = [
    ev("Van Halen, lead guitarist of US rock band", "died", EVH, "die", None, date="2020-10-06",
       sent=("Edward Lodewijk", "battle with throat cancer.")),
    ev("His death was confirmed by his son", "confirmed", "Wolfgang Van Halen", "confirm", "His death",
       kind="speech act"),
    ev("Van Halen was a native of the Netherlands", "relocating", EVH, "relocate", "to Pasadena, California",
       kind="background"),
    ev("Numerous iconic rock musicians", "paid", "Numerous iconic rock musicians such as Billy Idol and "
       "Yusuf/Cat Stevens", "pay", "tribute to the guitarist", kind="speech act"),
    ev("The guitarist formed Van Halen", "formed", EVH, "form", "Van Halen", kind="background", date="1972"),
    ev("The band's 1978 self-titled debut album peaked", "peaked", "The band's 1978 self-titled debut album",
       "peak", None, kind="background"),
    ev("The band's 1978 self-titled debut album peaked", "certified",
       "Recording Industry Association of America", "certify", "The band's 1978 self-titled debut album",
       kind="background"),
    ev("The band's 1978 self-titled debut album peaked", "sold", "The band's 1978 self-titled debut album",
       "sell", "over 10 million copies", kind="background"),
    ev("The band eventually rose", "rose", "Van Halen", "rise", None, kind="background"),
    ev("In 2007 they were inducted", "inducted", None, "induct", "Van Halen", kind="background", date="2007"),
    ev("Mike McCready of Pearl Jam likened", "likened", "Mike McCready", "liken",
       "his first time hearing the solo", kind="speech act"),
    ev("Van Halen had been previously diagnosed", "diagnosed", None, "diagnose", EVH, kind="background",
       date="2000"),
]

NV_ABOUT = (
    "Wikinews, Saturday 2020-09-05 (no dateline): Germany says Alexei Navalny was poisoned with Novichok "
    "(international politics). 'On Wednesday' = 2020-09-02 dates the German government's statement, told twice "
    "('said', then 'announced ... and said'); 'Last month' and 'in August' = 2020-08; the reactions (the "
    "condemnation, Merkel's demand, Russia's dismissal) are not dated (a day the text does not give is not "
    "inferred), nor the poisoning. 'said ... was poisoned' gives an agentless act reported_by the government "
    "('developed by the Soviet Union' describes); 'because of falling ill' tells his falling ill (undated); "
    "'announced the tests ... found Novichok' is a speech act whose content is listed, reported_by the government "
    "('there was \"unequivocal\" proof he had been poisoned' is existential); 'condemned', 'demanded', 'dismissed "
    "... as groundless' are speech acts; 'was suffering' a state; 'is an outspoken critic' a copula; 'had alleged "
    "Navalny was poisoned' a speech act (as 'claim') whose content is reported_by the associates; 'reported no "
    "traces of poison were found' is a neutral report of an agentless finding negated by its subject; 'before he was "
    "airlifted by ... Cinema for Peace Foundation' is turned back and listed, since it names the airlift's agent "
    "that the earlier mentions leave out. 'Navalny' and 'he' are written 'Alexei Navalny', 'his associates' "
    "'Alexei Navalny's associates'.")
AN = "Alexei Navalny"
GG = "the German government"
NV = [
    ev("On Wednesday, the German government said", "poisoned", None, "poison", AN, rep=GG),
    ev("Last month, Alexei Navalny was airlifted", "airlifted", None, "airlift", AN, date="2020-08"),
    ev("Last month, Alexei Navalny was airlifted", "falling", AN, "fall ill", None),
    ev("Last month, Alexei Navalny was airlifted", "transferred", None, "transfer", AN, date="2020-08"),
    ev("The German government announced the tests", "announced", GG, "announce",
       "the tests by a military laboratory found Novichok in Navalny's blood", kind="speech act",
       date="2020-09-02"),
    ev("The German government announced the tests", "found", "the tests by a military laboratory", "find",
       "Novichok in Navalny's blood", rep=GG),
    ev("The spokesperson for the German government strongly", "condemned",
       "The spokesperson for the German government", "condemn", "the attack", kind="speech act"),
    ev("Angela Merkel, the Chancellor of Germany, demanded", "demanded", "Angela Merkel", "demand",
       "an explanation from Russia", kind="speech act"),
    ev("The Russian government dismissed", "dismissed", "The Russian government", "dismiss",
       "the claim from Berlin", kind="speech act"),
    ev("Navalny was airlifted from Omsk to Berlin in August", "airlifted", None, "airlift", AN, date="2020-08"),
    ev("his associates had alleged", "alleged", "Alexei Navalny's associates", "allege", "Navalny was poisoned",
       kind="speech act"),
    ev("his associates had alleged", "poisoned", None, "poison", AN, rep="Alexei Navalny's associates"),
    ev("Initial reports from Omsk hospital reported", "found", None, "find",
       "no traces of poison", neg=True, rep="Initial reports from Omsk hospital"),
    ev("Initial reports from Omsk hospital reported", "airlifted", "Cinema for Peace Foundation", "airlift", AN),
]

DOCS = {
    "wn_2019-01-05_Florida-highway-pileup-fire-kills-five-children-two-truck-drivers.txt": (FL_ABOUT, FL),
    "wn_2019-04-11_New-studies-may-bring-slug-made-glues-closer-to-use-in-medicine.txt": (SG_ABOUT, SG),
    "wn_2019-09-30_Brother-of-murdered-Pakistani-social-media-star-sentenced-to-life.txt": (QB_ABOUT, QB),
    "wn_2020-09-01_University-defeat-Maroochydore-in-round-five-of-2020-Sunshine-Coast-Rugby-Union.txt":
        (RU_ABOUT, RU),
    "wn_2020-09-05_Germany-says-Alexei-Navalny-poisoned-with-Novichok.txt": (NV_ABOUT, NV),
    "wn_2020-10-08_Guitarist-Eddie-Van-Halen-dies-aged-65.txt": (VH_ABOUT, VH),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind44/make_gold_dev21.py"))
