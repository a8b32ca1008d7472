"""Write the event gold tests/data/gold/wikinews-events-dev25 from hand annotations (round blind45, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind45/make_gold_dev25.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev25"

CU_ABOUT = (
    "Wikinews, Saturday 2019-01-12: a state-run Viazul bus crashes in eastern Cuba on its way to Havana, killing "
    "seven (disaster and transport). 'on Thursday' = 2019-01-10 and the crash's acts (the carrying, the killing, the "
    "overturning, the loss of control, the damage, the hospitalizations) are of that day; the photograph ('was "
    "pictured') and the press's claim are not dated. 'operated by Viazul' describes the subject and 'which is run "
    "by' is a state; 'reportedly' gives no reported_by (as in the earlier golds); 'told reporters he lost control' "
    "is a neutral report; 'with some local press claiming he was attempting to pass' is a speech act (a 'with' "
    "absolute) whose content is reported_by the press; 'was heavily damaged in the rollover' and 'were reported "
    "hopitalised' are agentless ('hopitalised' the text's spelling), 'with five seriously injured' an absolute that "
    "tells an agentless act; 'lying beside the wreck' describes; the passengers' and the deceased's origins are "
    "copulas; 'took place' is listed; 'Cuban roads suffer' and '2018 saw ... accidents leading to' are standing "
    "facts and statistics (not listed); 'Sky News said ... was the fourth' is a neutral report of a copula. 'It' "
    "and 'The bus' are written 'A bus operated by Viazul' where the bus is the subject, 'he' 'the bus driver'.")
BUS = "A bus operated by Viazul"
DRV = "the bus driver"
CU = [
    ev("A bus operated by Viazul", "crashed", BUS, "crash", None, date="2019-01-10"),
    ev("It was carrying a mix", "carrying", BUS, "carry", "a mix of locals and foreigners", date="2019-01-10"),
    ev("The crash reportedly killed seven", "killed", "The crash", "kill", "seven", date="2019-01-10"),
    ev("The bus overturned in wet conditions", "overturned", "The bus", "overturn", None, date="2019-01-10"),
    ev("The bus overturned in wet conditions", "lost", DRV, "lose", "control", rep=DRV, date="2019-01-10"),
    ev("The bus overturned in wet conditions", "claiming", "some local press", "claim",
       "he was attempting to pass another vehicle", kind="speech act"),
    ev("The bus overturned in wet conditions", "attempting", DRV, "attempt", "to pass another vehicle",
       rep="some local press", date="2019-01-10"),
    ev("The front-left section of the vehicle", "damaged", None, "damage", "The front-left section of the vehicle",
       date="2019-01-10"),
    ev("At least one seat was pictured", "pictured", None, "picture", "At least one seat"),
    ev("The crash took place on a bendy road", "took", "The crash", "take place", None, date="2019-01-10"),
    ev("In addition to the deaths, 33 were", "hopitalised", None, "hospitalize", "33", date="2019-01-10"),
    ev("In addition to the deaths, 33 were", "injured", None, "injure", "five", date="2019-01-10"),
]

NH_ABOUT = (
    "Wikinews, Friday 2019-06-28: the driver in a crash that killed seven motorcyclists in New Hampshire pleads not "
    "guilty (courts). 'on Tuesday' = 2019-06-25 dates the plea, the waiver of arraignment and the absence from "
    "court; 'Monday' = 2019-06-24 the arrest and the waiver of extradition; 'on the night of June 21' = 2019-06-21 "
    "the crash's acts (and the witnessing); 'on June 3' = 2019-06-03 the earlier collision and what Zhukovskyy said "
    "of it; the citation, the stop, the court's determination, the bail and the scheduling are not dated (a day the "
    "text does not give is not inferred). 'pleaded not guilty' is a speech act ('Acting via his lawyers' its manner, "
    "not listed); 'did not physically appear' is negated; 'According to police and county officials' gives "
    "reported_by to the driving and the striking and their participles 'killing' and 'injuring'; 'who witnessed the "
    "collision' is a relative that tells Hood's act, his quotation and its 'said' are not listed; 'has been involved "
    "in traffic collisions' is a state; the June 3 acts are background ('Reportedly' gives no reported_by, 'he had "
    "been driving' describes the truck); 'Zhukovskyy said he had over-corrected after being cut off' gives his act "
    "and the gerund's agentless-turned-back act, reported_by him; 'he was not cited' is agentless and negated, "
    "reported_by the investigators; 'The Associated Press reports ... has also been stopped' is agentless, "
    "'for suspicion of driving while inebriated' a noun's content (not listed); 'The court determined' is listed, "
    "its content ('rendered him a danger') a state; 'he was not granted bail' is agentless and negated; 'has been "
    "scheduled' is agentless. 'Zhukovskyy' and 'he' are written 'Volodoymyr Zhukovskyy' (the text's spelling).")
VZ = "Volodoymyr Zhukovskyy"
PCO = "police and county officials"
NH = [
    ev("Acting via his lawyers", "pleaded", VZ, "plead", "not guilty to seven counts of negligent homicide",
       kind="speech act", date="2019-06-25"),
    ev("Zhukovskyy waived arraignment", "waived", VZ, "waive", "arraignment", date="2019-06-25"),
    ev("Zhukovskyy waived arraignment", "appear", VZ, "appear", "in court", neg=True, date="2019-06-25"),
    ev("According to police and county officials", "driving", VZ, "drive", "a pickup truck", rep=PCO,
       date="2019-06-21"),
    ev("According to police and county officials", "struck", VZ, "strike", "a group of motorcycles", rep=PCO,
       date="2019-06-21"),
    ev("According to police and county officials", "killing", VZ, "kill", "seven riders", rep=PCO,
       date="2019-06-21"),
    ev("According to police and county officials", "injuring", VZ, "injure", "three more", rep=PCO,
       date="2019-06-21"),
    ev("Travis Hood, who witnessed", "witnessed", "Travis Hood", "witness", "the collision", date="2019-06-21",
       sent=("Travis Hood, who witnessed", "besides one of them.\"")),
    ev("Zhukovskyy was arrested Monday", "arrested", None, "arrest", VZ, date="2019-06-24"),
    ev("Zhukovskyy was arrested Monday", "waived", VZ, "waive", "extradition to New Hampshire", date="2019-06-24"),
    ev("Reportedly, he struck a guard rail", "struck", VZ, "strike", "a guard rail", kind="background",
       date="2019-06-03"),
    ev("Reportedly, he struck a guard rail", "flipped", VZ, "flip", "the Mack truck he had been driving",
       kind="background", date="2019-06-03"),
    ev("According to investigators, Zhukovskyy said", "corrected", VZ, "over-correct", None, rep=VZ,
       kind="background", date="2019-06-03"),
    ev("According to investigators, Zhukovskyy said", "cut", "another driver", "cut off", VZ, rep=VZ,
       kind="background", date="2019-06-03"),
    ev("According to investigators, Zhukovskyy said", "cited", None, "cite", VZ, neg=True, rep="investigators",
       kind="background"),
    ev("The Associated Press reports", "stopped", None, "stop", VZ, rep="The Associated Press", kind="background"),
    ev("The court determined", "determined", "The court", "determine",
       "Zhukovskyy's driving history rendered him a danger to himself or to the public"),
    ev("For this reason, he was not granted bail", "granted", None, "grant", VZ, neg=True),
    ev("His trial has been scheduled", "scheduled", None, "schedule", "His trial"),
]

TH_ABOUT = (
    "Wikinews, Monday 2019-08-05: Wikinews attends the Texas Haunters Convention in Mesquite, Texas (culture and "
    "business: a trade show of haunted attractions). 'the last weekend of July — July 27–28' is dated by its first "
    "day, 2019-07-27 (the attendance and the holding of the event); 'on Saturday' = 2019-07-27 dates the troupe's "
    "performance; the classes, the reading and the daily contest are not dated (a day the text does not give is not "
    "inferred); Winch's career is background: '20 years ago' = 1999, 'in 2004' = 2004. 'spanned', 'was focused on', "
    "'were on offer', 'included', 'were present', 'was onsite' are states; 'one of which allowed attendees to make' "
    "and 'allowed playthroughs' tell what a class or a room offers (states, not listed); 'with an array of "
    "characters ... featured' and 'as might be displayed' describe; 'did a reading' is listed; 'was on hand offering "
    "DVD's' lists the offering (a participle that tells an act); 'Winch told Wikinews' and 'Winch said' are neutral "
    "reports and give reported_by to his career's acts; 'writers would present to him' describes the projects; "
    "'grew tired of reading reviews' is a state; 'approached a director' is listed and its 'said, \"...\"' only "
    "introduces a quotation; 'has been screened' and 'was named Best Actor' are agentless; 'coming from various "
    "parts' is an origin (not listed, as 'came from' in events-dev16). 'Winch' and 'he' are written 'Joshua Winch'.")
JW = "Joshua Winch"
TH = [
    ev("Wikinews attended the Texas Haunters Convention", "attended", "Wikinews", "attend",
       "the Texas Haunters Convention", date="2019-07-27"),
    ev("The event was held at the Mesquite", "held", None, "hold", "The event", date="2019-07-27"),
    ev("A children's costume contest was held", "held", None, "hold", "A children's costume contest"),
    ev("In a separate class, instructors taught", "taught", "instructors", "teach",
       "attendees how to build a 'bubbler' prop"),
    ev("YouTube personality Mr. CreepyPasta", "did", "Mr. CreepyPasta", "do", "a reading of scary stories"),
    ev("Belly dancing troupe Tribal Evolution", "performed", "Tribal Evolution", "perform", None,
       date="2019-07-27"),
    ev("Local actor and producer Joshua Winch", "offering", JW, "offer",
       "DVD's of his films and promo photos and posters"),
    ev("Winch told Wikinews he began", "began", JW, "begin", "acting in theater", rep=JW, kind="background",
       date="1999"),
    ev("Winch told Wikinews he began", "worked", JW, "work", "on several film projects", rep=JW,
       kind="background"),
    ev("Ultimately, he began producing", "began", JW, "begin", "producing film projects", kind="background",
       date="2004"),
    ev("Winch said he has produced", "produced", JW, "produce", "a great deal of horror-comedy films", rep=JW,
       kind="background"),
    ev("He then approached a director", "approached", JW, "approach", "a director", kind="background"),
    ev("Winch said the film has been screened", "screened", None, "screen", "Fall of Grace", rep=JW,
       kind="background"),
    ev("Winch said the film has been screened", "named", None, "name", JW, rep=JW, kind="background"),
]

IR_ABOUT = (
    "Wikinews, Monday 2019-09-23: Iran's President Hassan Rouhani tells foreign powers to leave the Persian Gulf "
    "(international politics). 'Yesterday' = 2019-09-22 dates his speech, its announcement and its delivery; 'later "
    "this week' (the unveiling) is dated by its week's Monday, 2019-09-23; 'tomorrow' = 2019-09-24 the opening of "
    "the General Assembly; the attack on Saudi oil, its claim, the allegations, the United States' acts ('Recently') "
    "are not dated (a day the text does not give is not inferred). 'should \"get out of the region\"' is a requested "
    "infinitive inside quotation marks (not listed); 'as their presence could cause an arms race' is his reason, "
    "listed (modality could, reported_by him); 'a new security initiative ... to be unveiled' gives an agentless "
    "scheduled act (modality will, reported_by him); 'was speaking at the opening' is listed as a speech act, "
    "'which features military parades' is habitual; the quotations and their 'said', 'continued' are not listed, "
    "'which was delivered in Tehran' is agentless; 'would be led by Iran and feature support' tells the plan's terms "
    "(not listed, as 'would apply' in events-dev22); 'According to the Associated Press' gives reported_by to 'has "
    "increased cooperation'; 'The speech came ... after' is a time (not listed); 'which halved Saudi oil output' is "
    "a relative that tells the attack's act (background); 'was claimed by' is turned back (a speech act), 'have "
    "alleged' a speech act; 'were of drone attacks' is a copula, 'the attack included cruise missles which could not "
    "have originated' states; 'was more forceful in blaming Iran' lists the blame (a speech act) and 'committing to "
    "send more troops' the commitment (a speech act; its infinitive not listed, as 'plans to'); 'to patrol' is a "
    "purpose and 'which was joined by' is turned back; 'is set to open' is scheduled (modality will). 'Rouhani' and "
    "'He' are written 'Hassan Rouhani'.")
HR = "Hassan Rouhani"
US = "United States"
IR = [
    ev("Yesterday, President Hassan Rouhani", "cause", "foreign powers' presence", "cause", "an arms race",
       mod="could", rep=HR),
    ev("He also announced a new security", "announced", HR, "announce", "a new security initiative",
       kind="speech act", date="2019-09-22"),
    ev("He also announced a new security", "unveiled", None, "unveil", "a new security initiative", mod="will",
       rep=HR, date="2019-09-23"),
    ev("Rouhani was speaking at the opening", "speaking", HR, "speak", "at the opening of Sacred Defence Week",
       kind="speech act", date="2019-09-22"),
    ev("Your presence has always been a calamity", "delivered", None, "deliver", "the speech", date="2019-09-22"),
    ev("According to the Associated Press, Iran", "increased", "Iran", "increase", "cooperation",
       rep="the Associated Press", kind="background"),
    ev("The speech came approximately", "halved", "an attack on oil infrastructure in Saudi Arabia", "halve",
       "Saudi oil output", kind="background"),
    ev("The attack was claimed by the Houthi", "claimed", "the Houthi movement in Yemen", "claim", "The attack",
       kind="speech act"),
    ev("The attack was claimed by the Houthi", "alleged", "Saudi Arabia and the United States", "allege",
       "Iranian involvement", kind="speech act"),
    ev("The United States was more forceful", "blaming", US, "blame", "Iran", kind="speech act"),
    ev("The United States was more forceful", "committing", US, "commit", "to send more troops to Saudi Arabia",
       kind="speech act"),
    ev("Recently, the United States announced", "announced", US, "announce",
       "a naval coalition to patrol the Persian Gulf", kind="speech act"),
    ev("Recently, the United States announced", "joined",
       "Australia, Bahrain, Saudi Arabia, the United Kingdom and the United Arab Emirates", "join",
       "a naval coalition"),
    ev("The annual meeting of the United Nations General Assembly", "open",
       "The annual meeting of the United Nations General Assembly", "open", None, mod="will", date="2019-09-24"),
]

CV_ABOUT = (
    "Wikinews, Sunday 2020-04-05 (no dateline): SARS-CoV-2 infections pass one million worldwide (health). 'On "
    "Thursday' = 2020-04-02 dates the milestone, the deaths linked to it, Malawi's and Zambia's firsts ('the same "
    "day') and Moscow's extension; 'By yesterday' = 2020-04-04 dates the WHO's report; the other acts of the last "
    "paragraph, North Korea's claim and the US figures are not dated (a day the text does not give is not inferred: "
    "'as of Thursday' is the time of the claim's content). 'Johns Hopkins University data indicated' is a neutral "
    "report of the milestone; 'were linked to', 'were recorded' are agentless; 'the disease caused by' describes; "
    "'The milestone came' is a time (not listed); 'had its first coronavirus-related death' is listed (as a "
    "country's count); 'claimed' is a speech act, its content a state; 'reported 1,051,635 confirmed cases' is a "
    "speech act (as 'reported more cases' in an earlier gold); 'linking to at least 5,900 deaths' is a state; 'CBS "
    "News reported, citing ..., there were' reports an existential ('citing' its source, not listed); 'announced "
    "stricter measures' is a speech act ('to inhibit' a purpose); 'declared Russians would continue to be paid' a "
    "speech act whose content lists 'continue' (as an aspect verb in earlier golds; modality would, reported_by "
    "Putin); 'voted to extend' lists the vote and 'the vote passed' its passing; 'to last the entire day' is a "
    "purpose, 'was only in effect' a state; 'planned to implement' lists the plan; 'announced the state had "
    "extended' gives the speech act and its content, reported_by DeWine.")
CV = [
    ev("the total number of cases of the SARS-CoV-2", "surpassed",
       "the total number of cases of the SARS-CoV-2 coronavirus infections", "surpass", "one million",
       rep="Johns Hopkins University data", date="2020-04-02"),
    ev("At least 52 thousand deaths were linked", "linked", None, "link", "At least 52 thousand deaths",
       date="2020-04-02"),
    ev("The milestone came the same day", "confirmed", "Malawi", "confirm", "its first coronavirus infections",
       kind="speech act", date="2020-04-02"),
    ev("The milestone came the same day", "had", "Zambia", "have", "its first coronavirus-related death",
       date="2020-04-02"),
    ev("North Korea claimed", "claimed", "North Korea", "claim",
       "it was one of the few countries remaining free of coronavirus infections", kind="speech act"),
    ev("By yesterday, the World Health Organization reported", "reported", "World Health Organization", "report",
       "1,051,635 confirmed cases", kind="speech act", date="2020-04-04"),
    ev("over 244 thousand coronavirus cases were recorded", "recorded", None, "record",
       "over 244 thousand coronavirus cases"),
    ev("Around the world, countries announced", "announced", "countries", "announce", "stricter measures",
       kind="speech act"),
    ev("On Thursday, Sergei Sobyanin", "extended", "Sergei Sobyanin", "extend", "the city lockdown",
       date="2020-04-02"),
    ev("Nationally, President Vladimir Putin declared", "declared", "Vladimir Putin", "declare",
       "Russians would continue to be paid without going to work until April 30", kind="speech act"),
    ev("Nationally, President Vladimir Putin declared", "continue", "Russians", "continue",
       "to be paid without going to work until April 30", mod="would", rep="Vladimir Putin"),
    ev("The parliament of Portugal voted", "voted", "The parliament of Portugal", "vote",
       "to extend the national state of emergency by 15 days"),
    ev("The parliament of Portugal voted", "passed", "the vote", "pass", None),
    ev("Saudi Arabia extended curfews", "extended", "Saudi Arabia", "extend",
       "curfews in the holy cities of Mecca and Medina", sent=("Saudi Arabia extended curfews", "and 6 a.m.")),
    ev("Thailand planned to implement", "planned", "Thailand", "plan", "to implement a curfew",
       sent=("Thailand planned to implement", "and 4 a.m.")),
    ev("The governor of Ohio, Mike DeWine, announced", "announced", "Mike DeWine", "announce",
       "the state had extended its stay-at-home order until May 1", kind="speech act",
       sent=("The governor of Ohio", "until May 1.")),
    ev("The governor of Ohio, Mike DeWine, announced", "extended", "Ohio", "extend", "its stay-at-home order",
       rep="Mike DeWine", sent=("The governor of Ohio", "until May 1.")),
]

BH_ABOUT = (
    "Wikinews, Saturday 2020-06-06 (no dateline): a fire at Bontddu Hall, a historic former hotel in Gwynedd, "
    "Wales, kills one (local news). 'yesterday' = 2020-06-05 and the fire's acts (the outbreak, the death, the call "
    "of the fire service, the attendance) are of that day; the hall's history is background: 'around fifteen years "
    "ago' = 2005 dates the closing, 'in 2001' the purchase; the building work, the stay and the filming ('his 1949 "
    "movie debut' names the film, it does not date the filming), the application, the reactions are not dated. 'is a "
    "former hotel' and 'dates to 1873' are states; 'A rescued woman' describes (the rescue is not listed, as 'the "
    "injured' in earlier golds); 'were called to the building' is agentless ('located off ...' describes); "
    "'Resources sent included ...' describes and states; 'also attended' is listed; 'showed thick smoke' depicts; "
    "'The fire service indicated an investigation ... was underway' reports a copula; 'was still erected' is a "
    "state; 'was a country retreat ... before becoming a hotel' is a copula; 'Guests include' is a state and 'who "
    "stayed ... while filming' tells two background acts; 'with local press reporting in 2004 ... applied' is a "
    "neutral report that gives reported_by to the application and to its relative 'who had purchased'; 'The move was "
    "met with ... \"fury\" from local tourism chiefs' is turned back (their reaction) and 'what WalesOnline called' "
    "a speech act (as 'what has widely been called' in events-dev21); 'called it \"a retrograde step\"' is a speech "
    "act and its 'said \"...\"' is not listed; 'The Tongs indicated issues staffing the hotel' is a speech act with "
    "a noun object, 'something Clay recognised' a speech act; 'had said they intended to \"restore ...\"' gives a "
    "stance reported_by Mr Tong (its infinitive inside quotation marks); 'has remained a private home' is a state. "
    "'Mr Tong' is written 'Tong Yung-soo', 'The Tongs' and 'they' 'Tong Yung-soo and his wife', 'Clay' 'David "
    "Clay'.")
TY = "Tong Yung-soo"
TYW = "Tong Yung-soo and his wife"
BH = [
    ev("A fire broke out yesterday", "broke", "A fire", "break out", None, date="2020-06-05"),
    ev("A rescued woman died", "died", "A rescued woman", "die", None, date="2020-06-05"),
    ev("North Wales Fire and Rescue Service were called", "called", None, "call",
       "North Wales Fire and Rescue Service", date="2020-06-05"),
    ev("Police, the ambulance service, and an air ambulance also attended", "attended",
       "Police, the ambulance service, and an air ambulance", "attend", None, date="2020-06-05"),
    ev("Bontddu Hall recently underwent", "underwent", "Bontddu Hall", "undergo", "building work",
       kind="background"),
    ev("Guests include regular visitor", "stayed", "Richard Burton", "stay", "at Bontddu Hall", kind="background"),
    ev("Guests include regular visitor", "filming", "Richard Burton", "film",
       "his 1949 movie debut The Last Days of Dolwyn", kind="background"),
    ev("The hotel closed around fifteen years ago", "closed", "The hotel", "close", None, kind="background",
       date="2005"),
    ev("The hotel closed around fifteen years ago", "purchased", TY, "purchase", "Bontddu Hall",
       rep="local press", kind="background", date="2001"),
    ev("The hotel closed around fifteen years ago", "applied", TYW, "apply", "to make it a residence once more",
       rep="local press", kind="background"),
    ev("The move was met with", "met", "local tourism chiefs", "meet", "The move", kind="background"),
    ev("The move was met with", "called", "WalesOnline", "call", "what", kind="speech act"),
    ev("The then-manager of Barmouth Publicity", "called", "David Clay", "call", "it", kind="speech act"),
    ev("The Tongs indicated issues", "indicated", TYW, "indicate", "issues staffing the hotel", kind="speech act"),
    ev("The Tongs indicated issues", "recognised", "David Clay", "recognise", "something", kind="speech act"),
    ev("The Tongs indicated issues", "intended", TYW, "intend", "to \"restore the hall to its former glory.\"",
       rep=TY, kind="stance"),
]

DOCS = {
    "wn_2019-01-12_State-run-bus-crashes-in-Cuba-en-route-to-Havana-killing-seven.txt": (CU_ABOUT, CU),
    "wn_2019-06-28_Driver-in-New-Hampshire-multi-motorcycle-crash-pleads-not-guilty.txt": (NH_ABOUT, NH),
    "wn_2019-08-05_Wikinews-attends-Texas-Haunters-Convention.txt": (TH_ABOUT, TH),
    "wn_2019-09-23_Iran-s-President-Rouhani-tells-foreign-powers-to-leave-Persian-Gulf.txt": (IR_ABOUT, IR),
    "wn_2020-04-05_SARS-CoV-2-surpasses-one-million-infections-worldwide.txt": (CV_ABOUT, CV),
    "wn_2020-06-06_Fire-at-historic-Welsh-ex-hotel-Bontddu-Hall-kills-one.txt": (BH_ABOUT, BH),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind45/make_gold_dev25.py"))
