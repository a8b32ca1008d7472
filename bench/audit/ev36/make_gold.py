"""Write the event gold tests/data/gold/wikinews-events-dev11 from hand annotations (round ev36).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev36/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev11"


DOCS = {}

PR_ABOUT = (
    "Wikinews, Sunday 2019-08-04: Puerto Rico's governor Rosselló resigns, Pedro Pierluisi sworn in. 'Friday' = "
    "2019-08-02; 'Wednesday' (the Senate's first meeting day, Pierluisi's 'next Wednesday') = 2019-08-07, 'Monday' = "
    "2019-08-05. 'The Puerto Rican constitution stipulates the secretary of state succeeds' is a rule reported by the "
    "constitution (listed as background, as events-dev6 lists 'would normally succeed'); 'The constitution requires "
    "both houses ... to confirm nominees' is a standing rule with a requested infinitive, not listed; 'remained "
    "unfilled' is a state; agentless passives ('was sworn in', 'was appointed') have subject null; 'had not confirmed' "
    "is negated; 'was set to meet' is a plan (modality will); 'announced' is listed and gives reported_by to its "
    "clause; 'suggested' with a clause is neutral reporting and its content is existential ('there were not enough "
    "votes'), so nothing is listed; 'said he intended to sue' is Bhatia's stance 'intend' (as events-dev 'intended to "
    "appeal'); 'has expressed she is uninterested ... but would do so if' is a neutral report of a state and a "
    "conditional, not listed; the quotation and its Spanish original with their 'said' are not listed; the last "
    "paragraph is copulas and states. The exiting governor is written with his full name 'Ricardo Rosselló Nevares'.")
PR = [
    ev("On Friday, Ricardo Rosselló Nevares resigned", "resigned", "Ricardo Rosselló Nevares", "resign",
       date="2019-08-02"),
    ev("On Friday, Ricardo Rosselló Nevares resigned", "sworn", None, "swear in", "Pedro Pierluisi",
       date="2019-08-02"),
    ev("The Puerto Rican constitution stipulates", "succeeds", "the secretary of state", "succeed",
       "to the governorship", rep="The Puerto Rican constitution", kind="background"),
    ev("The Puerto Rican constitution stipulates", "appointed", None, "appoint", "Pierluisi"),
    ev("The exiting governor Rosselló appointed", "appointed", "Ricardo Rosselló Nevares", "appoint", "Pierluisi"),
    ev("Earlier on Friday, the commonwealth's House", "confirmed", "the commonwealth's House of Representatives",
       "confirm", "Pedro Pierluisi", date="2019-08-02"),
    ev("Earlier on Friday, the commonwealth's House", "confirmed", "the Senate", "confirm", "Pedro Pierluisi",
       neg=True, date="2019-08-02", nth=2),
    ev("The Senate was set to meet on Wednesday", "meet", "the Senate", "meet", mod="will", date="2019-08-07",
       sent=("Si el Senado no me ratifica", "would meet on Monday.")),
    ev("The Senate was set to meet on Wednesday", "announced", "the Senate", "announce", kind="speech act",
       date="2019-08-02", sent=("Si el Senado no me ratifica", "would meet on Monday.")),
    ev("The Senate was set to meet on Wednesday", "meet", "the Senate", "meet", mod="would", rep="the Senate",
       date="2019-08-05", nth=2, sent=("Si el Senado no me ratifica", "would meet on Monday.")),
    ev("Senate President Thomas Rivera Schatz expressed", "expressed", "Thomas Rivera Schatz", "express",
       "opposition to the swearing-in of Pierluisi", kind="stance"),
    ev("One senator, Eduardo Bhatia", "intended", "Eduardo Bhatia", "intend", "to sue over the controversy",
       rep="Eduardo Bhatia", kind="stance"),
    ev("Carmen Yulín Cruz, the mayor", "challenge", "Carmen Yulín Cruz", "challenge",
       "Pierluisi's oath of office", mod="would", rep="Carmen Yulín Cruz"),
]

LA_ABOUT = (
    "Wikinews, Friday 2019-07-12: Louisiana declares a state of emergency as Tropical Storm Barry approaches. "
    "'Thursday' = 2019-07-11, 'Friday' = 2019-07-12, 'earlier this week' = the week of Monday 2019-07-08. The "
    "governor of Louisiana is written with his name, John Bel Edwards (named in the next sentence); 'with Tropical "
    "Storm Barry approaching the coast' is a circumstance, not listed; 'addressed the public:' introduces a direct "
    "quotation and is not listed with it; 'He said he has arranged ... and has requested' gives reported_by to both "
    "acts, and the requested 'Donald Trump declare' (a clause with its own subject) has modality should; 'has search "
    "and rescue teams at the ready' is a state; 'advised residents ... to make plans' and 'have been instructed to "
    "evacuate' are listed, their requested infinitives are not; 'According to' gives reported_by; 'predict' with a "
    "noun object is a stance; 'its winds are only predicted to reach' is a forecast in the passive, not listed; 'the "
    "storm was ... south of the coast and moving' is a state; 'have said they are not concerned' is a report of a "
    "state and 'which have ... leeway' a description: neither is listed.")
LA = [
    ev("The governor of Louisiana, a U.S. state", "declared", "John Bel Edwards", "declare", "a state of emergency",
       date="2019-07-11"),
    ev("He said he has arranged for 3000", "arranged", "John Bel Edwards", "arrange",
       "for 3000 of the National Guard to be available", rep="John Bel Edwards"),
    ev("He said he has arranged for 3000", "requested", "John Bel Edwards", "request",
       "U.S. President Donald Trump declare a state of emergency", rep="John Bel Edwards", kind="speech act"),
    ev("He said he has arranged for 3000", "declare", "Donald Trump", "declare", "a state of emergency",
       mod="should", rep="John Bel Edwards"),
    ev("The mayor of New Orleans, LaToya Cantrell", "advised", "LaToya Cantrell", "advise",
       "residents of her city", kind="speech act"),
    ev("Residents of some other areas", "instructed", None, "instruct", "Residents of some other areas",
       kind="speech act"),
    ev("According to the United States National Hurricane Center", "develop", "Tropical Storm Barry", "develop",
       "into a hurricane", mod="could", rep="the United States National Hurricane Center", date="2019-07-12"),
    ev("Meteorologists predict landfall", "predict", "Meteorologists", "predict", "landfall Saturday morning",
       kind="stance"),
    ev("Although its winds are only predicted", "issued", "the National Weather Service", "issue",
       "a flash flood warning"),
    ev("Although its winds are only predicted", "predicted", "other forecasters", "predict",
       "a storm surge of three to six feet", kind="stance", nth=2),
    ev("The city of New Orleans already sustained", "sustained", "The city of New Orleans", "sustain",
       "heavy rains", date="2019-07-08"),
]

NAV_ABOUT = (
    "Wikinews, Saturday 2020-08-22: Russia's Navalny airlifted to Germany. 'Today' = 2020-08-22, 'Thursday' = "
    "2020-08-20. Agentless passives ('was airlifted', 'was transferred', 'was redirected', 'was poisoned', 'was "
    "found', 'would be consulted') have subject null; 'alleged' and 'said' with a clause are neutral reporting and "
    "give reported_by; 'no traces of poison was found' is negated; 'has been suffering from a serious medical "
    "condition since Thursday' is a state, 'was in a medically induced coma' and 'is an outspoken critic' copulas; "
    "'headed for Moscow' and 'laced with poison' are descriptions; 'so he could be hospitalized' a purpose; 'His "
    "family would be consulted' continues Charité's statement (modality would, reported by Charité), and the "
    "condition 'before any comment ... would be released' is not listed; 'The hospital' is Charité.")
NAV = [
    ev("Today, Russian opposition leader", "airlifted", None, "airlift", "Alexei Navalny", date="2020-08-22"),
    ev("His associates have alleged", "poisoned", None, "poison", "Alexei Navalny", rep="His associates"),
    ev("Navalny was transferred from the hospital", "transferred", None, "transfer", "Alexei Navalny",
       date="2020-08-22"),
    ev("Cinema for Peace Foundation, a Berlin-based", "provided", "Cinema for Peace Foundation", "provide",
       "for the medical evacuation"),
    ev("On Thursday, Navalny was flying", "flying", "Alexei Navalny", "fly", "from Tomsk in Siberia",
       date="2020-08-20"),
    ev("On Thursday, Navalny was flying", "fell", "Alexei Navalny", "fall", "ill", date="2020-08-20"),
    ev("The flight was redirected to Omsk", "redirected", None, "redirect", "The flight", date="2020-08-20"),
    ev("Associates of Navalny alleged", "drank", "Alexei Navalny", "drink", "tea laced with poison",
       rep="Associates of Navalny"),
    ev("Hospital officials in Omsk said", "found", None, "find", "traces of poison in his blood or urine", neg=True,
       rep="Hospital officials in Omsk"),
    ev("Charité said in a statement", "undergoing", "Alexei Navalny", "undergo",
       "extensive medical diagnostics", mod="would", rep="Charité"),
    ev("His family would be consulted", "consulted", None, "consult", "His family", mod="would", rep="Charité"),
    ev("The hospital also asked for patience", "asked", "Charité", "ask", "for patience", kind="speech act"),
]

CHI_ABOUT = (
    "Wikinews, Monday 2019-02-18: a fire in a Chittagong slum. 'yesterday (morning)' = 2019-02-17, 'on Sunday' = "
    "2019-02-17. 'Officials said it killed ... and injured' gives reported_by to both acts, and 'it' is the fire; "
    "'told the Associated Press four victims were from a single family' is a neutral report of a copula, not "
    "listed; 'it took around five hours to gain control of the blaze' lists the gaining of control (subject null) "
    "and 'as it consumed' the fire's act; 'reportedly' gives no reported_by (as in the earlier golds); 'an "
    "electrical fault triggering the accident' is the content of the inquiry; 'Millions dwell' is a state, 'there "
    "was no suggestion' existential; 'claimed' and 'told Agence France-Presse' with a clause are neutral reports "
    "and give reported_by to 'fires have ... been deliberately set' (subject null, background) and 'arson has been "
    "used ... by developers' (the agent named in the by-phrase; the quoted words are the object's tail, the verb "
    "stands outside the quotation); 'Yesterday morning also saw an earthquake' places an event in time, not an "
    "act; 'No injuries were recorded' is negated.")
CHI = [
    ev("A fire yesterday morning destroyed", "destroyed", "A fire", "destroy", "at least 200 makeshift homes",
       date="2019-02-17"),
    ev("Officials said it killed nine", "killed", "the fire", "kill", "nine people", rep="Officials",
       date="2019-02-17"),
    ev("Officials said it killed nine", "injured", "the fire", "injure", "at least 50 more", rep="Officials",
       date="2019-02-17"),
    ev("Following the fire's start it took", "gain", None, "gain", "control of the blaze", date="2019-02-17"),
    ev("Following the fire's start it took", "consumed", "the fire", "consume", "bamboo and tarpaulin housing",
       date="2019-02-17"),
    ev("The fire in Bhera Market broke out", "broke", "The fire in Bhera Market", "break out", date="2019-02-17"),
    ev("The fire service was reportedly investigating", "investigating", "The fire service", "investigate",
       "the possibility of an electrical fault triggering the accident"),
    ev("Millions dwell in the nation's slums", "set", None, "set", "fires", rep="local activists",
       kind="background"),
    ev("One activist, Nur Khan Liton", "used", "developers", "use", "arson", rep="Nur Khan Liton",
       kind="background"),
    ev("No injuries were recorded", "recorded", None, "record", "injuries", neg=True, date="2019-02-17"),
    ev("No injuries were recorded", "shaken", None, "shake", "buildings in the city", date="2019-02-17"),
]

CAT_ABOUT = (
    "Wikinews, Monday 2019-01-07: an apartment-block fire in Badalona. 'Saturday' = 2019-01-05, 'yesterday' = "
    "2019-01-06. 'indicated' with a clause is a neutral report (as 'suggest', 'indicated' in events-dev9) and gives "
    "reported_by to its content: 'the baby girl was critically ill' is a copula (not listed), 'two adults were "
    "seriously injured' an agentless passive; 'escaped alive by leaping from windows' lists both acts, 'to flee' "
    "is a purpose; 'no cause had yet been released ... by authorities' is negated with its by-agent; 'were "
    "subsequently pictured searching' lists the passive 'picture' (subject null) and the firefighters' search; "
    "'Windows were broken out' is an agentless passive, 'with soot coating' a state; 'according to firefighters' "
    "gives reported_by.")
CAT = [
    ev("An apartment block caught fire", "caught", "An apartment block", "catch", "fire", date="2019-01-05"),
    ev("The blaze killed three", "killed", "The blaze", "kill", "three", date="2019-01-05"),
    ev("The blaze killed three", "injured", "The blaze", "injure", "sixteen", date="2019-01-05"),
    ev("The fire service indicated on Twitter", "injured", None, "injure", "two adults", rep="The fire service",
       date="2019-01-05"),
    ev("Local authorities indicated the most", "escaped", "the most seriously injured adults", "escape",
       rep="Local authorities", date="2019-01-05"),
    ev("Local authorities indicated the most", "leaping", "the most seriously injured adults", "leap",
       "from windows", rep="Local authorities", date="2019-01-05"),
    ev("As of yesterday, no cause had yet been released", "released", "authorities in the Mediterranean coastal town",
       "release", "cause for the fire", neg=True, date="2019-01-06"),
    ev("Firefighters put the fire out on Saturday", "put", "Firefighters", "put out", "the fire",
       date="2019-01-05"),
    ev("Firefighters put the fire out on Saturday", "pictured", None, "picture", "Firefighters"),
    ev("Firefighters put the fire out on Saturday", "searching", "Firefighters", "search",
       "the charred apartments"),
    ev("Windows were broken out on multiple floors", "broken", None, "break out", "Windows"),
    ev("A second fire on Saturday", "killed", "A second fire", "kill", "another person", rep="firefighters",
       date="2019-01-05"),
]

IYA_ABOUT = (
    "Wikinews, Tuesday 2019-05-21: Nickey Iyambo, former vice-president of Namibia, dies aged 82. 'Sunday' = "
    "2019-05-19, 'Last year' = 2018, 'in 2014' = 2014. 'He was 82 years old' is a copula; 'expressed his sadness' "
    "is a stance; 'Geingob tweeted, \"...\"' introduces a direct quotation and is not listed with it; 'poor health was "
    "cited' is an agentless passive (subject null); the past acts of his life ('stepped down', 'was awarded') are "
    "background; 'a high national honor conferred by the president' describes the honour, not listed.")
IYA = [
    ev("Nickey Iyambo, former vice-president of Namibia, died", "died", "Nickey Iyambo", "die", date="2019-05-19"),
    ev("The current president of Namibia, Hage Geingob", "expressed", "Hage Geingob", "express",
       "his sadness at Iyambo's death", kind="stance"),
    ev("Last year, poor health was cited", "cited", None, "cite", "poor health", kind="speech act", date="2018"),
    ev("Last year, poor health was cited", "stepped", "Nickey Iyambo", "step down", "from his position",
       kind="background", date="2018"),
    ev("He was awarded the Most Brilliant Order", "awarded", None, "award", "Nickey Iyambo", kind="background",
       date="2014"),
]

DOCS = {
    "wn_2019-08-04_Puerto-Rico-s-governor-Rossell-resigns-new-governor-sworn-in.txt": (PR_ABOUT, PR),
    "wn_2019-07-12_Louisiana-declares-state-of-emergency-as-Tropical-Storm-Barry-approaches-U-S-coa.txt": (LA_ABOUT, LA),
    "wn_2020-08-22_Russia-s-Navalny-airlifted-to-Germany.txt": (NAV_ABOUT, NAV),
    "wn_2019-02-18_Fire-kills-nine-injures-dozens-in-Chittagong-Bangladesh-slum.txt": (CHI_ABOUT, CHI),
    "wn_2019-01-07_Catalonia-apartment-block-fire-kills-three-injures-sixteen.txt": (CAT_ABOUT, CAT),
    "wn_2019-05-21_Nickey-Iyambo-former-vice-president-of-Namibia-dies-aged-82.txt": (IYA_ABOUT, IYA),
}


if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev36/make_gold.py"))
