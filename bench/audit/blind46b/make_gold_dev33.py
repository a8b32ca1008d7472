"""Write the event gold tests/data/gold/wikinews-events-dev33 from hand annotations (round blind46b, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind46b/make_gold_dev33.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev33"

EI_ABOUT = (
    "Wikinews, Saturday 2019-01-12: a study finds that the platforms of the Easter Island statues stand near "
    "sources of drinkable water (science and archaeology). 'on Thursday' = 2019-01-10 dates the release of the "
    "findings; the study's method, its examination and comparison, the statues' building and the island's change "
    "are not dated (a day the text does not give is not inferred). 'that dot the island' is a state; 'The study, "
    "published on Thursday in PLOS One' tells the release again (listed once, at 'released findings'); 'employed "
    "quantitative spatial analysis' is listed ('to establish that' a purpose, 'built to support' and 'are usually "
    "located' describe and state); 'This feeds into the scholarly discussion' is a state; 'all of which were built "
    "before contact with Europeans' is a relative that tells an act (background, agentless); 'They compared' is "
    "listed ('They' the team of scientists; 'the statues are made of', 'used for tools' describe); 'The archaeologists "
    "say that this study is the first attempt' reports a copula ('the people who built them' identifies the "
    "people, as in 'Scholars have long wondered about the role they played for the people who built them': the "
    "building is listed once); the aquifer's and the sites' states are not listed; Lipo's quotations and their "
    "'said', 'went on to add' and 'referring to caves' (a gloss of his words) are not listed, and 'that some "
    "historical evidence suggests there may have been wells dug near the ahu' gives the digging (agentless, "
    "modality may) reported_by the evidence; 'The researchers plan to gather' is a plan (stance; 'so they can "
    "evaluate' a purpose); 'disagreed with these findings' is a speech act before its quotation; the moai's dates "
    "and sizes, the island's standing facts, 'Scholars have long wondered' and 'Scientists debate whether' (a "
    "field's standing states; the alternatives debated, 'was caused by' and 'that stowed away on the colonists' "
    "boats', are not asserted) are not listed; 'there is consensus that the island's environment changed "
    "considerably over time' is listed (a change, background, no reporter). 'They' is written 'A "
    "United-States-based team of scientists'.")
TEAM = "A United-States-based team of scientists"
EI = [
    ev("A United-States-based team of scientists released", "released", TEAM, "release",
       "findings about the large statues that dot the island of Rapa Nui", date="2019-01-10"),
    ev("The study, published on Thursday in PLOS One", "employed", "The study", "employ",
       "quantitative spatial analysis"),
    ev("The study examined 93 statues", "examined", "The study", "examine",
       "93 statues on the western side of the island"),
    ev("The study examined 93 statues", "built", None, "build", "93 statues on the western side of the island",
       kind="background"),
    ev("They compared the sites of the statues", "compared", TEAM, "compare",
       "the sites of the statues to sites associated with the specific resources"),
    ev("He went on to add", "dug", None, "dig", "wells", mod="may", rep="some historical evidence",
       kind="background"),
    ev("The researchers plan to gather information", "plan", "The researchers", "plan",
       "to gather information on more freshwater resources", kind="stance"),
    ev("Jo Anne Val Tilburg of the University", "disagreed", "Jo Anne Val Tilburg", "disagree",
       "with these findings", kind="speech act"),
    ev("Scientists debate whether its environmental", "changed", "the island's environment", "change", None,
       kind="background"),
]

G7_ABOUT = (
    "Wikinews, Saturday 2019-08-24: Emmanuel Macron calls for the G7 to address the fires in the Amazon rainforest "
    "(environment and international politics). 'On Thursday' = 2019-08-22 dates Macron's call; 'on Monday' = "
    "2019-08-19 São Paulo's darkening; the seconding, the opposition, the report and the blame are not dated "
    "('quickly' gives no day; a day the text does not give is not inferred), nor is the summit ('this weekend' "
    "names no one day, as in events-dev28). 'called for G7 action to correct what he named the international "
    "crisis' is a speech act ('what he named' and 'wildfires currently destroying Amazon rainforest' are inside "
    "its object: a naming and a participle that describes the wildfires, not listed); 'was already scheduled to "
    "meet' is a scheduled act (modality will); 'was quickly seconded by' is turned back (a speech act) and "
    "'Merkel seconded Macron's recommendation' tells Merkel's part of it in a main clause (listed too, as "
    "'occurred' after 'erupted' in events-dev29), its 'the fires be added to the agenda' a requested act (modality "
    "should, reported_by Macron); Macron's and Johnson's quotations and their 'told', 'tweeted' are not listed; "
    "'opposed Macron's statement' is a speech act before its quotation; the G7's and G20's definitions and habits "
    "are states; 'It grew out of the Group of Six' is an origin (background) and 'which started in the 1970s' "
    "tells the Group of Six's start (background; a decade is not a date of the golds'); 'which requires Brazilian "
    "compliance' is a state; 'has reported there have been 85% more wildfires' reports a count (not listed); "
    "'Bolsonaro has said publicly the Amazon rainforest should be opened up' gives a stance (modality should, "
    "reported_by him); 'his critics ... blame him for encouraging' gives the blame (a speech act) and the "
    "encouraging it alleges (reported_by the critics; 'to set fires' its infinitive, 'which include' a state); "
    "'smoke in the atmosphere turned the city ... dark' is listed ('to require', 'burning the Amazon rainforest' "
    "describe); 'The phenomenon lasted about an hour' is a duration (not listed); 'Experts attribute this to human "
    "activity' is a stance; Alencar's quotation and its 'said' are not listed; 'live in the Amazon' is a state. "
    "'The call' is written 'Emmanuel Macron's call', 'It' 'G7', 'his critics' 'Jair Bolsonaro's critics'.")
EM = "Emmanuel Macron"
JB = "Jair Bolsonaro"
G7 = [
    ev("On Thursday, French President Emmanuel Macron called", "called", EM, "call for",
       "G7 action to correct what he named the international crisis of wildfires currently destroying Amazon "
       "rainforest in and around Brazil", kind="speech act", date="2019-08-22"),
    ev("G7 was already scheduled to meet", "meet", "G7", "meet", None, mod="will"),
    ev("The call was quickly seconded", "seconded", "Angela Merkel and Boris Johnson", "second",
       "Emmanuel Macron's call", kind="speech act"),
    ev("Merkel seconded Macron's recommendation", "seconded", "Angela Merkel", "second",
       "Macron's recommendation the fires be added to the agenda", kind="speech act"),
    ev("Merkel seconded Macron's recommendation", "added", None, "add", "the fires", mod="should", rep=EM),
    ev("Brazilian President Jair Bolsonaro opposed", "opposed", JB, "oppose", "Macron's statement",
       kind="speech act"),
    ev("It grew out of the Group of Six", "grew", "G7", "grow out of", "the Group of Six", kind="background"),
    ev("It grew out of the Group of Six", "started", "the Group of Six", "start", None, kind="background"),
    ev("Bolsonaro has said publicly", "opened", None, "open up", "the Amazon rainforest", mod="should", rep=JB,
       kind="stance"),
    ev("Bolsonaro has said publicly", "blame", "Jair Bolsonaro's critics", "blame", JB, kind="speech act"),
    ev("Bolsonaro has said publicly", "encouraging", JB, "encourage", "farmers and agrobusiness to set fires",
       rep="Jair Bolsonaro's critics"),
    ev("Around 3:00 p.m. local time on Monday", "turned", "smoke in the atmosphere", "turn",
       "the city of São Paulo, Brazil dark enough to require artificial lighting", date="2019-08-19"),
    ev("Experts attribute this to human activity", "attribute", "Experts", "attribute", "this to human activity",
       kind="stance"),
]

KH_ABOUT = (
    "Wikinews, Sunday 2019-09-29: Hatice Cengiz, the fiancée of the murdered journalist Jamal Khashoggi, demands "
    "justice in New York during the UN General Assembly (human rights and diplomacy). 'On Thursday' = 2019-09-26 "
    "dates the address and the call; 'this week' = 2019-09-23 (its Monday) the General Assembly; 'last October' = "
    "2018-10 the murder; 'The previous day' = 2019-09-25 PBS's revelation and 'in December' = 2018-12 the crown "
    "prince's acceptance and his not saying; 'on October 2 2018' = 2018-10-02 Khashoggi's entering the consulate and "
    "his seeking documents; the travel, Cengiz's later words, Callamard's acts, the charges, the denial and the "
    "report are not dated (a day the text does not give is not inferred; 'He never came out' neither). 'calling for "
    "the killers of Khashoggi to be brought to justice' is one event (call for, a speech act; its requested "
    "infinitive is not listed, as events-dev4's 'called for his death to be investigated'); 'which took place this "
    "week' is listed; 'was murdered' is agentless; 'is a Turkish national now living in London' is a state; 'PBS "
    "revealed that' is a speech act whose content is reported_by PBS ('accepted responsibility' a speech act, 'did "
    "not say he'd ordered it' a negated speech act whose content is not asserted); the crown prince's quotation and "
    "'Speaking to' are not listed; 'The official position remained that rogue operatives ... committed the murder' "
    "gives the act reported_by the position; 'According to Reuters and NBC, ... is the de facto Saudi ruler' is a "
    "copula; 'called Mohammad's admission a \"political maneuver\"' is a speech act (as 'called it \"a retrograde "
    "step\"' in events-dev25); 'She explained, \"...\"' and the other quotations with their 'said' are not listed; "
    "'credited news media with keeping the story alive' is a speech act and its gerund an act reported_by her; 'who "
    "had investigated the case' is a relative that tells an act (background); 'cautioned justice does not come "
    "swiftly' is a speech act (as events-dev17's 'Scientists caution against'; its content a generic state, not "
    "listed); 'asking Cengiz to be \"patient and resilient\"' is a speech act (its requested copula not listed); "
    "'reportedly believe the crown prince ordered' gives the stance and the ordering reported_by the agencies "
    "('reportedly' gives no reported_by); 'encouraged the CIA to release the files' is a speech act (its requested "
    "infinitive not listed, as events-dev12's 'urged residents to evacuate'); 'A closed-door trial is underway' is a "
    "copula, 'in which eleven individuals have been charged' is agentless and 'did not give it any credence' a "
    "negated stance; 'was a columnist' and 'lived in self-imposed exile' are a copula and a state; 'seeking "
    "documents' tells an act ('allowing him to marry' describes the documents); 'denied all claims that Khashoggi "
    "was slain' is a speech act (the claims' content not asserted); 'a UN report eventually concluded evidence "
    "supported his murder' is a speech act whose content is a state (not listed); 'his remains had not been "
    "recovered' is negated and agentless. 'Cengiz', 'She' and 'she' are written 'Hatice Cengiz', 'Khashoggi' and "
    "'He' 'Jamal Khashoggi', 'he' and 'the crown prince' 'Mohammad bin Salman', 'Callamard' 'Agnès Callamard'.")
HC = "Hatice Cengiz"
JK = "Jamal Khashoggi"
MBS = "Mohammad bin Salman"
AC = "Agnès Callamard"
KH = [
    ev("On Thursday, Hatice Cengiz, fiancée", "addressed", HC, "address", "reporters in New York, New York",
       kind="speech act", date="2019-09-26"),
    ev("On Thursday, Hatice Cengiz, fiancée", "calling", HC, "call for",
       "the killers of Khashoggi to be brought to justice", kind="speech act", date="2019-09-26"),
    ev("Cengiz traveled to New York", "traveled", HC, "travel", "to New York"),
    ev("Cengiz traveled to New York", "took", "the United Nations (UN) General Assembly", "take place", None,
       date="2019-09-23"),
    ev("Khashoggi was murdered last October", "murdered", None, "murder", JK, kind="background", date="2018-10"),
    ev("The previous day, television broadcaster PBS", "revealed", "PBS", "reveal",
       "that in December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility for the murder "
       "of journalist Jamal Khashoggi but did not say he'd ordered it", kind="speech act", date="2019-09-25"),
    ev("The previous day, television broadcaster PBS", "accepted", MBS, "accept",
       "responsibility for the murder of journalist Jamal Khashoggi", rep="PBS", kind="speech act",
       date="2018-12"),
    ev("The previous day, television broadcaster PBS", "say", MBS, "say", "he'd ordered it", neg=True, rep="PBS",
       kind="speech act", date="2018-12"),
    ev("The official position remained", "committed", "rogue operatives within the Saudi government", "commit",
       "the murder", rep="The official position"),
    ev("Cengiz called Mohammad's admission", "called", HC, "call", "Mohammad bin Salman's admission",
       kind="speech act"),
    ev("She credited news media", "credited", HC, "credit", "news media", kind="speech act"),
    ev("She credited news media", "keeping", "news media", "keep", "the story alive", rep=HC),
    ev("Agnès Callamard, a UN rapporteur", "investigated", AC, "investigate", "the case", kind="background"),
    ev("Agnès Callamard, a UN rapporteur", "cautioned", AC, "caution", "justice does not come swiftly",
       kind="speech act"),
    ev("True justice takes time", "asking", AC, "ask", "Cengiz to be \"patient and resilient.\"",
       kind="speech act"),
    ev("The CIA and other intelligence agencies reportedly", "believe", "The CIA and other intelligence agencies",
       "believe", "the crown prince ordered Khashoggi's killing", kind="stance"),
    ev("The CIA and other intelligence agencies reportedly", "ordered", MBS, "order", "Jamal Khashoggi's killing",
       rep="The CIA and other intelligence agencies"),
    ev("Callamard encouraged the CIA", "encouraged", AC, "encourage", "the CIA", kind="speech act"),
    ev("A closed-door trial is underway", "charged", None, "charge", "eleven individuals"),
    ev("A closed-door trial is underway", "give", AC, "give", "it any credence", neg=True, kind="stance"),
    ev("He entered the consulate in Istanbul", "entered", JK, "enter", "the consulate in Istanbul",
       kind="background", date="2018-10-02"),
    ev("He entered the consulate in Istanbul", "seeking", JK, "seek",
       "documents allowing him to marry Turkish national Hatice Cengiz", kind="background", date="2018-10-02"),
    ev("He never came out.", "came", JK, "come out", None, neg=True, kind="background"),
    ev("Saudi Arabia initially denied", "denied", "Saudi Arabia", "deny", "all claims that Khashoggi was slain",
       kind="speech act"),
    ev("Saudi Arabia initially denied", "concluded", "a UN report", "conclude",
       "evidence supported his murder and dismemberment inside the consulate by Saudi agents", kind="speech act"),
    ev("To date, his remains had not been recovered", "recovered", None, "recover", "Jamal Khashoggi's remains",
       neg=True),
]

IM_ABOUT = (
    "Wikinews, Monday 2019-12-30: the radio host Don Imus dies aged 79 (media and an obituary). 'on Friday' = "
    "2019-12-27 dates the death; 'since Christmas Eve' = 2019-12-24 the hospitalization; 'As of today' = "
    "2019-12-30 Stern's not commenting; his career is background ('in 2007' dates the dropping; the naming, the "
    "induction, the remark and the apology are not dated: a day the text does not give is not inferred); the "
    "family's plan and request are not dated. 'his family reported' gives reported_by to the death and to 'after "
    "being hospitalized' (a gerund in a time clause that tells an act, as 'after being cut off' in events-dev25); "
    "'known to fans as' describes; 'Associated Press reported his cause of death as' is a speech act (a noun "
    "object, as 'has reported a correlation' in events-dev29); 'He was 79' is a copula; 'aired on various networks "
    "from 1968 until his retirement in 2018' and 'was simulcast on MSNBC television from 1996 until' are runs (a "
    "show's tenure, a state, as 'held the post until 2011' in events-dev29); 'was once named one of' and 'was "
    "inducted into' are agentless; 'Known as a shock jock who made controversial comments' describes (a habit); "
    "'was dropped in 2007 by MSNBC and CBS Radio' is turned back; 'referred to ... as \"nappy headed hos\"' is a "
    "speech act (the verb outside the quotation marks); 'apologized for the comment' is a speech act; 'is survived "
    "by' is a state; the family's statement, Bartlett's and the show's tweets and their 'read', 'tweeted' only "
    "introduce quotations; 'which replaced Imus in the Morning' is a relative that tells an act (background), "
    "'hosted by' describes and 'who both worked for Imus' is a tenure; 'has not commented on the death' is a "
    "negated speech act and 'with whom Imus feuded' a long relation (a state, as 'worked for'); 'Stern said ... he "
    "was open to having Imus as a guest' reports a copula; 'The family said they planned to have a private funeral "
    "service' gives the plan (stance, reported_by the family) and 'and asked for donations' the family's request "
    "(a speech act coordinated with 'said'); 'which provides support' is a standing fact. 'Imus', 'He' and 'he' "
    "are written 'Don Imus', 'his family' and 'The family' 'Don Imus's family', 'Stern' 'Howard Stern'.")
DI = "Don Imus"
FAM = "Don Imus's family"
IM = [
    ev("United States radio personality, television host", "died", DI, "die", None, rep=FAM, date="2019-12-27"),
    ev("United States radio personality, television host", "hospitalized", None, "hospitalize", DI, rep=FAM,
       date="2019-12-24"),
    ev("Associated Press reported his cause", "reported", "Associated Press", "report",
       "his cause of death as complications from lung disease", kind="speech act"),
    ev("He was once named one of Time", "named", None, "name", DI, kind="background"),
    ev("He was once named one of Time", "inducted", None, "induct", DI, kind="background"),
    ev("Known as a shock jock", "dropped", "MSNBC and CBS Radio", "drop", DI, kind="background", date="2007"),
    ev("Known as a shock jock", "referred", DI, "refer", "to the Rutgers University women's basketball team",
       kind="speech act"),
    ev("He later apologized for the comment", "apologized", DI, "apologize", "for the comment", kind="speech act"),
    ev("The account for The Bernie and Sid Show", "replaced", "The Bernie and Sid Show", "replace",
       "Imus in the Morning", kind="background"),
    ev("As of today, former coworker", "commented", "Howard Stern", "comment", "on the death", neg=True,
       kind="speech act", date="2019-12-30"),
    ev("The family said they planned", "planned", FAM, "plan",
       "to have a private funeral service for Imus", rep=FAM, kind="stance"),
    ev("The family said they planned", "asked", FAM, "ask for", "donations to the Imus Ranch Foundation",
       kind="speech act"),
]

WH_ABOUT = (
    "Wikinews, Friday 2020-02-14 (no dateline): the World Health Organization names the disease of the new "
    "coronavirus COVID-19 (health). 'On Tuesday' = 2020-02-11 dates the announcement; 'about two months ago' = "
    "2019-12 the disease's first recognition; 'in 2015' the guidelines' establishment; 'That year' (2009, named "
    "in the sentence before) dates Egypt's order, as the narration of that year; the ICTV's naming, the guidelines' "
    "listing, the reports' acts ('As of Tuesday there had been reports' gives no day to acts spread over weeks) and "
    "the virus's toll are not dated. 'announced the official name' is a speech act and its colon's '\"COVID-19\" "
    "is to replace the WHO's temporary designation' a scheduled act (modality will, reported_by the WHO; the verb "
    "is outside the quotation marks); 'first recognized about two months ago in Wuhan' is a participle that tells "
    "an act (agentless, background); '\"COVID-19\" is the name' and '\"COVI\" represents' are copulas and states; "
    "'named the virus that causes it' is a speech act ('that causes it' a standing fact); 'Tedros ... said the name "
    "had to be easy to say' reports a copula and 'it must not cite any specific person' a negated requirement "
    "(modality must, reported_by him; 'to prevent stigma' a purpose), 'per WHO guidelines established in 2015' a "
    "participle that tells an act (agentless, background); 'The guidelines cite' and 'The guidelines also list' are "
    "speech acts of a document; 'was commonly called \"swine flu\"' is a habit of naming (not listed); 'it was "
    "completely unnecessary' is a copula; Parmet's 'naming the virus after Wuhan would place ...' is a hypothetical "
    "consequence (not listed, as 'might not have the same effect' in events-dev29), and her and Schoch-Spana's "
    "quotations with their 'went on to say', 'told the press' are not listed; 'there had been reports of people "
    "avoiding or harassing Chinese ... individuals' gives the two acts reported_by the reports; 'has already killed "
    "more than 1,000 people and infected tens of thousands' gives two acts. 'it' (the name) is written 'the name'.")
WHO = "World Health Organization"
WH = [
    ev("On Tuesday, the World Health Organization", "announced", WHO, "announce",
       "the official name of the coronavirus-induced disease first recognized about two months ago in Wuhan, "
       "China", kind="speech act", date="2020-02-11"),
    ev("On Tuesday, the World Health Organization", "recognized", None, "recognize",
       "the coronavirus-induced disease", kind="background", date="2019-12"),
    ev("On Tuesday, the World Health Organization", "replace", "COVID-19", "replace",
       "the WHO's temporary designation \"2019-nCoV.\"", mod="will", rep=WHO),
    ev("The International Committee on Taxonomy", "named", "The International Committee on Taxonomy of Viruses",
       "name", "the virus that causes it", kind="speech act"),
    ev("WHO director-general Tedros", "cite", "the name", "cite",
       "any specific person, animal, profession or place", neg=True, mod="must",
       rep="Tedros Adhanom Ghebreyesus"),
    ev("WHO director-general Tedros", "established", None, "establish", "WHO guidelines", kind="background",
       date="2015"),
    ev("The guidelines cite the 2009 H1N1", "cite", "WHO guidelines", "cite",
       "the 2009 H1N1 outbreak as an example of what not to do", kind="speech act"),
    ev("The government of Egypt ordered", "ordered", "The government of Egypt", "order",
       "the killing of over 300,000 pigs", kind="background", date="2009"),
    ev("The guidelines also list", "list", "WHO guidelines", "list", "Middle East Respiratory Syndrome",
       kind="speech act"),
    ev("As of Tuesday there had been reports", "avoiding", "people", "avoid",
       "Chinese and perceived-to-be Chinese individuals", rep="reports"),
    ev("As of Tuesday there had been reports", "harassing", "people", "harass",
       "Chinese and perceived-to-be Chinese individuals", rep="reports"),
    ev("SARS-CoV-2 has already killed", "killed", "SARS-CoV-2", "kill", "more than 1,000 people"),
    ev("SARS-CoV-2 has already killed", "infected", "SARS-CoV-2", "infect", "tens of thousands"),
]

PM_ABOUT = (
    "Wikinews, Thursday 2020-09-03 (no dateline): the former President of India Pranab Mukherjee dies aged 84 "
    "(Indian politics and an obituary). 'On Monday' = 2020-08-31 dates the death and its announcement (the "
    "narration of the lead's day) and 'He died at the Army's Research and Referral Hospital' (the death told "
    "again in a main clause, listed, as 'occurred' after 'erupted' in events-dev29); 'on Tuesday' = 2020-09-01 "
    "the cremation and the mourning begun 'as' it took place; 'on August 10' = 2020-08-10 the hospitalization; "
    "'on December 11, 1935' the birth; his career is background, dated by its years ('in 1982' becoming finance "
    "minister, 'in 2012' the election as President; the other elections, the posts and the not seeking reelection "
    "are not dated); the diagnosis, the surgery, the test and the illnesses are not dated ('subsequently', 'While "
    "hospitalized' give no day). 'who served as President of India for five years', 'He served ... as the leader "
    "of both legislative bodies' and 'served his full five-year term' are tenures (states); 'He was aged 84 years' "
    "and 'It was reported he was in a coma' are copulas; 'was announced by his son' and 'was brought into national "
    "politics ... by Indira Gandhi', 'was soon given ministerial posts by Gandhi' are turned back; 'Born on' is "
    "listed (background, as events-dev10's and -dev20's births); 'began his political career' and 'began "
    "observing a seven day mourning period' are listed (an aspect verb with its complement as object, as 'began to "
    "appear' in events-dev29); 'became finance minister' is listed (as 'became the first woman'); 'was elected' is "
    "agentless; 'did not seek reelection' is negated and 'citing age and health concerns' a speech act; 'was "
    "subsequently determined to have a blood clot' and 'The hospital also found him to be positive' are findings "
    "(speech acts, the first agentless); 'for which he received brain surgery', 'developed kidney problems' and "
    "'which induced septic shock' are listed; Modi's, Goel's and Sharmistha Mukherjee's quotations and their "
    "'wrote', 'said' are not listed. 'He', 'Mukherjee' and 'him' are written 'Pranab Mukherjee', 'Gandhi' 'Indira "
    "Gandhi'.")
PMK = "Pranab Mukherjee"
IG = "Indira Gandhi"
PM = [
    ev("On Monday, Pranab Mukherjee, a career politician", "died", PMK, "die", None, date="2020-08-31"),
    ev("His death was announced by his son", "announced", "Abhijit Mukherjee", "announce",
       "Pranab Mukherjee's death", kind="speech act", date="2020-08-31"),
    ev("He died at the Army", "died", PMK, "die", None, date="2020-08-31"),
    ev("Mukherjee was cremated on Tuesday", "cremated", None, "cremate", PMK, date="2020-09-01"),
    ev("Mukherjee was cremated on Tuesday", "began", "the nation", "begin",
       "observing a seven day mourning period", date="2020-09-01"),
    ev("Born on December 11, 1935", "Born", None, "bear", PMK, kind="background", date="1935-12-11"),
    ev("Born on December 11, 1935", "began", PMK, "begin", "his political career", kind="background"),
    ev("He was brought into national politics", "brought", IG, "bring", PMK, kind="background"),
    ev("Mukherjee was elected to the Rajya Sabha", "elected", None, "elect", PMK, kind="background"),
    ev("Mukherjee was elected to the Rajya Sabha", "given", IG, "give", PMK, kind="background"),
    ev("He became finance minister in 1982", "became", PMK, "become", "finance minister", kind="background",
       date="1982"),
    ev("Mukherjee was also elected to the Lok Sabha", "elected", None, "elect", PMK, kind="background"),
    ev("Mukherjee was elected President in 2012", "elected", None, "elect", PMK, kind="background", date="2012"),
    ev("Mukherjee was elected President in 2012", "seek", PMK, "seek", "reelection", neg=True,
       kind="background"),
    ev("Mukherjee was elected President in 2012", "citing", PMK, "cite", "age and health concerns",
       kind="speech act"),
    ev("Mukherjee was hospitalized on August 10", "hospitalized", None, "hospitalize", PMK, date="2020-08-10"),
    ev("He was subsequently determined", "determined", None, "determine", PMK, kind="speech act"),
    ev("He was subsequently determined", "received", PMK, "receive", "brain surgery"),
    ev("The hospital also found him", "found", "The hospital", "find", PMK, kind="speech act"),
    ev("While hospitalized, Mukherjee developed", "developed", PMK, "develop",
       "kidney problems as well as a lung infection"),
    ev("While hospitalized, Mukherjee developed", "induced", "a lung infection", "induce", "septic shock"),
]

DOCS = {
    "wn_2019-01-12_Scientists-report-correlation-between-locations-of-Easter-Island-statues-and-wat.txt":
        (EI_ABOUT, EI),
    "wn_2019-08-24_World-leaders-call-to-address-Amazon-rainforest-fires-at-G7.txt": (G7_ABOUT, G7),
    "wn_2019-09-29_Fianc-e-of-murdered-Saudi-journalist-demands-justice-at-UN-General-Assembly.txt": (KH_ABOUT, KH),
    "wn_2019-12-30_Radio-host-Don-Imus-dies-aged-79.txt": (IM_ABOUT, IM),
    "wn_2020-02-14_World-Health-Organization-names-new-coronavirus-COVID-19.txt": (WH_ABOUT, WH),
    "wn_2020-09-03_Former-President-of-India-Pranab-Mukherjee-dies-aged-84.txt": (PM_ABOUT, PM),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind46b/make_gold_dev33.py"))
