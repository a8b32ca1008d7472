"""Write the event gold tests/data/gold/wikinews-events-dev35 from hand annotations (round blind47, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind47/make_gold_dev35.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev35"

BP_ABOUT = (
    "Wikinews, Saturday 2020-11-07 (no dateline): Joe Biden is projected to be the US president-elect (US politics "
    "and an election). 'Today' = 2020-11-07 dates the projection and what it projects, the calls for Biden, the "
    "declaration of his win in Pennsylvania and Trump's statement (the narration of the lead's day: 'At around "
    "11:25am', 'Later in the day', 'Following the announcement'). 'was projected by multiple media outlets to have "
    "surpassed ... and therefore become' is a speech act turned back whose two infinitives are its content, reported "
    "by the outlets; 'would become the first female ... vice president' is a future act (modality will), undated; "
    "'called the election for Biden, as did NBC News' gives two speech acts (the second told by 'did'); 'was "
    "declared to have won' is an agentless speech act whose content is listed with no reporter (the text names "
    "none); 'giving him an additional six electoral college votes' is the call's tally (a figure, not listed); "
    "Biden's statement and its 'said in a statement', 'He added' are not listed; 'has yet to concede' is a negated "
    "speech act (undated: a state at publication); 'saying ... \"I WON THIS ELECTION, BY A LOT!\" on Twitter' and "
    "'saying, \"...\"' only introduce quotations; 'issued a statement' is a speech act; 'The lack of a concession ... "
    "has no legal standing' is a state. 'Biden' and 'him' are written 'Joe Biden', 'Trump' 'Donald Trump', 'the AP' "
    "'Associated Press'.")
JB = "Joe Biden"
MO = "multiple media outlets"
T = "2020-11-07"
BP = [
    ev("Today, former Vice President", "projected", MO, "project", JB, kind="speech act", date=T),
    ev("Today, former Vice President", "surpassed", JB, "surpass", "270 electoral college delegate total", rep=MO,
       date=T),
    ev("Today, former Vice President", "become", JB, "become", "the 46th President of the United States elect",
       rep=MO, date=T),
    ev("His running mate, Kamala Harris", "become", "Kamala Harris", "become",
       "the first female and first African- and Asian-American vice president", mod="will"),
    ev("At around 11:25am US east coast time", "called", "Associated Press", "call", "the election for Biden",
       kind="speech act", date=T),
    ev("At around 11:25am US east coast time", "did", "NBC News", "call", None, kind="speech act", date=T),
    ev("At around 11:25am US east coast time", "declared", None, "declare", JB, kind="speech act", date=T),
    ev("At around 11:25am US east coast time", "won", JB, "win", "Pennsylvania's 20 electoral college votes",
       date=T),
    ev("Later in the day, the AP and NBC News", "called", "Associated Press and NBC News", "call",
       "Nevada for Biden", kind="speech act", date=T),
    ev("President Trump has yet to concede", "concede", "Donald Trump", "concede", None, neg=True,
       kind="speech act"),
    ev("Following the announcement of Biden's win", "issued", "Donald Trump", "issue", "a statement",
       kind="speech act", date=T),
]

LJ_ABOUT = (
    "Wikinews, Wednesday 2020-06-03 (no dateline): the South Sudanese minister John Luk Jok dies (African politics "
    "and an obituary). 'yesterday' = 2020-06-02 dates the death; the tributes and the comment are not dated (the "
    "text gives them no day), nor is his illness or his part in drafting the constitution ('prior to independence in "
    "2011' names a time before a year, not a year). 'according to a family spokesperson' gives reported_by to 'had "
    "suffered a prolonged illness' (listed, as the illnesses of events-dev33's Mukherjee text); 'reportedly aged "
    "about 68' has no verb; 'is also credited with helping draft' lists the drafting help (a gerund that tells an "
    "act, background), the crediting a standing attribution (not listed); 'paid tribute to' and 'commented on Luk's "
    "death' are speech acts (the comment has a noun object, not a clause); the two quotations and their 'said' are "
    "not listed; 'Prior to holding the post', 'held positions as ... minster at different times' and 'served as a "
    "legal advisor' are tenures (states, not listed, as 'held the post' and 'served ... as the leader' in "
    "events-dev29 and -dev33). 'Luk' and 'He' are written 'John Luk Jok'.")
LJ = "John Luk Jok"
LK = [
    ev("John Luk Jok, the South Sudanese minister", "died", LJ, "die", None, date="2020-06-02"),
    ev("Luk, reportedly aged about 68", "suffered", LJ, "suffer", "a prolonged illness",
       rep="a family spokesperson"),
    ev("He is also credited with helping draft", "helping", LJ, "help",
       "draft South Sudan's Transitional Constitution", kind="background"),
    ev("Michael Makuei, the Information Minister paid tribute", "paid", "Michael Makuei", "pay tribute", "to Luk",
       kind="speech act"),
    ev("One of South Sudan's Vice Presidents", "commented", "Rebecca Nyandeng De Mabior", "comment",
       "on Luk's death", kind="speech act"),
]

TM_ABOUT = (
    "Wikinews, Tuesday 2019-01-22: the former CIA agent Tony Mendez, who organized the 'Argo' rescue, dies aged 78 "
    "(intelligence, film and an obituary). 'Saturday' = 2019-01-19 dates his death, told twice ('According to his "
    "publicist, Mendez died of Parkinson's disease' is listed again, as events-dev29's 'erupted'); his life is "
    "background, dated by the years the text gives ('in 1980' the return he organized and so the smuggling out that "
    "was that return, 'in 1965' the job application, 'In 1979' the revolutionaries' acts, 'in 2012' the film, its "
    "directing and the playing of Mendez); the diplomats' flight and hiding, his studies, the memoir, the award and "
    "the books are not dated. 'is known for organizing' lists the organizing (a gerund that tells an act, as "
    "events-dev29's 'is known for devising'), 'who had hidden in the Canadian embassy' a relative that tells an "
    "act; 'praised Mendez on Twitter:' is a speech act with its own object (its quotation not listed); 'once told The "
    "Washington Post he considered himself \"an artist first.\"' is a neutral report of a stance; 'worked as a "
    "draftsman', 'spent most of his 25-year career at posts outside the U.S.' and 'specialized in removing people' "
    "are tenures and a habit (not listed); 'before applying for a graphic artist job in 1965' tells an act, 'that "
    "turned out to be at the CIA' a state; 'later titling his memoir' tells an act; 'They would be held for 444 days' "
    "is a duration (a state, not listed); 'disguised as', 'working on a supposed movie' and 'called Argo' describe; "
    "'were nicknamed' and 'made into an Academy Award-winning film' are agentless, 'with Ben Affleck directing and "
    "playing Mendez' an absolute that tells two acts; 'was awarded ... by then-U.S.-president Jimmy Carter' is "
    "turned back, 'remained a secret until 1997' a state; Jonna Mendez's and Affleck's quotations and their 'said', "
    "'tweeted' are not listed; 'is survived by' is a state, 'has predeceased him' and 'has authored three books' "
    "are listed (background, as in events-dev25's obituary), 'is due out in May' a copula ('co-written with' "
    "describes). 'Mendez' and 'He' are written 'Tony Mendez', 'They' (the diplomats) 'Six other U.S. diplomats', "
    "'Affleck' 'Ben Affleck'.")
TO = "Tony Mendez"
TM = [
    ev("Former United States Central Intelligence Agency agent Tony Mendez died", "died", TO, "die", None,
       date="2019-01-19"),
    ev("Mendez is known for organizing", "organizing", TO, "organize",
       "the safe return in 1980 of several U.S. nationals", kind="background", date="1980"),
    ev("Mendez is known for organizing", "hidden", "several U.S. nationals", "hide", "in the Canadian embassy",
       kind="background"),
    ev("Former CIA deputy director Michael Morell praised", "praised", "Michael Morell", "praise", TO,
       kind="speech act"),
    ev("Mendez once told The Washington Post", "considered", TO, "consider", "himself \"an artist first.\"",
       rep=TO, kind="stance"),
    ev("He worked as a draftsman before applying", "applying", TO, "apply", "for a graphic artist job",
       kind="background", date="1965"),
    ev("He studied Hollywood makeup", "studied", TO, "study", "Hollywood makeup and special effects",
       kind="background"),
    ev("He studied Hollywood makeup", "titling", TO, "title", "his memoir The Master of Disguise",
       kind="background"),
    ev("In 1979, revolutionaries took control", "took", "revolutionaries", "take control", "of Iran",
       kind="background", date="1979"),
    ev("In 1979, revolutionaries took control", "captured", "revolutionaries", "capture", "the U.S. embassy",
       kind="background", date="1979"),
    ev("In 1979, revolutionaries took control", "taking", "revolutionaries", "take", "dozens of people there hostage",
       kind="background", date="1979"),
    ev("Six other U.S. diplomats fled", "fled", "Six other U.S. diplomats", "flee", "to the Canadian embassy",
       kind="background"),
    ev("Six other U.S. diplomats fled", "hid", "Six other U.S. diplomats", "hide", None, kind="background"),
    ev("Six other U.S. diplomats fled", "smuggled", "Tony Mendez and another agent", "smuggle",
       "Six other U.S. diplomats", kind="background", date="1980"),
    ev("The events were nicknamed", "nicknamed", None, "nickname", "The events", kind="background"),
    ev("The events were nicknamed", "made", None, "make", "The events", kind="background", date="2012"),
    ev("The events were nicknamed", "directing", "Ben Affleck", "direct", None, kind="background", date="2012"),
    ev("The events were nicknamed", "playing", "Ben Affleck", "play", TO, kind="background", date="2012"),
    ev("For his work, Mendez was awarded", "awarded", "Jimmy Carter", "award", TO, kind="background"),
    ev("According to his publicist, Mendez died", "died", TO, "die", None, rep="Tony Mendez's publicist",
       date="2019-01-19"),
    ev("Another son has predeceased him", "predeceased", "Another son", "predecease", TO, kind="background"),
    ev("He has authored three books", "authored", TO, "author", "three books, one with his wife",
       kind="background"),
]

FE_ABOUT = (
    "Wikinews, Monday 2019-03-25: Wikinews at the tenth Furnal Equinox, a furry fandom convention in Toronto (culture "
    "and local news). 'From March 15 to 17' names the convention's days but no one day, so the hosting, Wikinews's "
    "attendance, the fundraising and the acts seen at the convention are dated by its month (2019-03, as events-dev29 "
    "dates a caption's act by '(April 2019)'); 'on Saturday afternoon' = 2019-03-16 dates the O'Donnells' session "
    "and what they said and did in it; 'Last year' = 2018 the earlier fundraising (background), 'this year' = 2019 "
    "the hall's expansion; Cherie O'Donnell's childhood, the handpaws made and the maker's developments are not "
    "dated. 'played host to' is listed (Toronto's act); 'ranged from ... covering', 'were visual artists', 'is "
    "well-known for', 'are usually based on', 'are among the most prominent builders', 'was evident', 'Other "
    "programming included', 'the company uses', 'many offered ... versions', 'focused on' and 'The electronic "
    "displays projected an animation' are states, habits and descriptions (not listed); 'run by volunteers', 'the "
    "funds needed to finish', 'offering original artwork', 'known as', 'called FurScience' and 'that could be used' "
    "describe; 'This exceeded their goal' compares a figure (a state, not listed); 'the funds were raised through a "
    "charity auction' tells the fundraising again in a main clause (listed again, agentless); 'own a fursuit "
    "according to a 2011 study' is a state, 'event organizers reported ... brought' a neutral report; 'had made "
    "over a thousand pairs' is listed (background, as 'has authored three books' in an obituary); 'encouraged "
    "attendees to continue' lists the encouraging only, 'sharing that all professional fursuit makers had "
    "developed different techniques' reports a generic habit (not listed); 'They felt that they learned more' is a "
    "stance (its content a habit), 'citing the Chuck Jones quote' a speech act; 'recalled receiving' gives the "
    "speech act and the received toy (reported by her), 'hollowed the toy out, turning it into a costume' two acts; "
    "the quotation 'like sticking your hand in an oven' is not listed; 'Along with 3D printing ... when Wikinews "
    "visited, Grivik was demonstrating' gives three acts; 'has also developed' is listed, 'He hopes the tech would "
    "reduce' a stance (its content hypothetical, not listed), 'fursuit makers would have' hypothetical. Captions: "
    "'Don't Hug Cacti fursuit owner prepare for a photo' is listed (a caption's present tells an act, as "
    "events-dev29's 'A volunteer hangs signage', undated: the photos are not dated); the others have no finite verb "
    "('Fursuiter assembled for a 360° photo' describes what a picture shows, as 'strewn' in an earlier gold). "
    "'The event' is written 'the tenth Furnal Equinox', 'The couple' and 'They' 'Cherie and Sean O'Donnell', "
    "'Cherie' and 'She' 'Cherie O'Donnell', 'Sean' 'Sean O'Donnell', 'The maker' and 'He' 'Grivik'.")
FQ = "the tenth Furnal Equinox"
CS = "Cherie and Sean O'Donnell"
CO = "Cherie O'Donnell"
M = "2019-03"
SA = "2019-03-16"
FE = [
    ev("From March 15 to 17, the Canadian city", "played", "the Canadian city of Toronto", "play host",
       "to the tenth Furnal Equinox", date=M),
    ev("Wikinews attended.", "attended", "Wikinews", "attend", None, date=M),
    ev("The event raised nearly", "raised", FQ, "raise", "nearly CDN$11,000 for Pet Patrol", date=M),
    ev("Along with direct donations, the funds were raised", "raised", None, "raise", "the funds", date=M),
    ev("Last year, Furnal Equinox raised", "raised", "Furnal Equinox", "raise",
       "funds for a farm animal sanctuary", kind="background", date="2018"),
    ev("While only 10–15% of people", "brought", "908 of the 2240 attendees at Furnal Equinox", "bring",
       "at least one elaborate outfit", rep="event organizers", date=M),
    ev("Guests of Honour Cherie and Sean O'Donnell", "held", CS, "hold", "a session on fursuit construction",
       date=SA),
    ev("The scale of their business was evident", "made", "Sean O'Donnell", "make",
       "over a thousand pairs of \"handpaws\"", kind="background"),
    ev("The couple encouraged attendees", "encouraged", CS, "encourage", "attendees", kind="speech act", date=SA),
    ev("They felt that they learned more", "felt", CS, "feel",
       "they learned more from failed projects than successful ones", kind="stance", date=SA),
    ev("They felt that they learned more", "citing", CS, "cite", "the Chuck Jones quote", kind="speech act",
       date=SA),
    ev("Cherie, known as Lucky, recalled", "recalled", CO, "recall",
       "receiving a Sylvester the Cat plush toy from a Six Flags theme park at age 10", kind="speech act",
       date=SA),
    ev("Cherie, known as Lucky, recalled", "receiving", CO, "receive",
       "a Sylvester the Cat plush toy from a Six Flags theme park", rep=CO, kind="background"),
    ev("She promptly hollowed the toy out", "hollowed", CO, "hollow out", "the toy", kind="background"),
    ev("She promptly hollowed the toy out", "turning", CO, "turn", "it into a costume", kind="background"),
    ev("The \"Dealer's Den\" hall was expanded", "expanded", None, "expand", "The \"Dealer's Den\" hall",
       date="2019"),
    ev("Along with 3D printing a bone-shaped", "printing", "Grivik", "print", "a bone-shaped name tag", date=M),
    ev("Along with 3D printing a bone-shaped", "visited", "Wikinews", "visit", None, date=M),
    ev("Along with 3D printing a bone-shaped", "demonstrating", "Grivik", "demonstrate",
       "miniature computer screens", date=M),
    ev("The maker has also developed", "developed", "Grivik", "develop",
       "\"a way to install a camera inside suit heads, to improve fursuiter visibility.\""),
    ev("He hopes the tech would reduce", "hopes", "Grivik", "hope", "the tech would reduce suiting risks and "
       "accidents", kind="stance"),
    ev("Don't Hug Cacti fursuit owner prepare", "prepare", "Don't Hug Cacti fursuit owner", "prepare",
       "for a photo"),
]

TX_ABOUT = (
    "Wikinews, Thursday 2019-10-10: a US judge orders the release of President Trump's tax records and an appeals "
    "court stays the order (courts and US politics). 'On Monday' = 2019-10-07 dates the ruling, the dismissal of "
    "Trump's suit, the rejection of his argument, the appeal and the administrative stay 'about an hour and a half "
    "after the district court ruling' (told twice more, 'The appeals court ruling placed a stay' and 'Following "
    "Marrero's order, the appeals court issued a stay', each listed again in its main clause); 'the week of October "
    "21' names no one day (undated, as events-dev28's 'this weekend'); the suit, Trump's request and arguments, his "
    "response on Twitter, the probe and Cohen's conviction are not dated. 'issued a ruling against President "
    "Donald Trump' is a speech act (a ruling, as 'ruled' in events-dev26); 'finding that New York City prosecutors "
    "could view his tax records' describes the ruling, and its content, a permission, is listed (modality may, "
    "reported by the judge); 'a subpoena issued by a grand jury', 'paid to two women', 'connected to payments made "
    "to' describe; 'with whom he has been alleged to have had affairs' and 'Such payments could be considered "
    "bribery' are an allegation about a state and a possibility (not listed); 'is investigating' is listed (an act "
    "in progress); 'to block the release', 'to prevent Mazars from releasing', 'to remain silent' are purposes; "
    "'until it hears arguments' is a time; 'According to a court clerk, arguments ... would be scheduled' is an "
    "agentless planned act (modality will, reported by the clerk); 'had asked the United States District Court ... "
    "intervene' lists the asking only (a requested infinitive whose 'to' is left out: not listed); 'in which a "
    "subpoena had been issued' is a relative that tells an agentless act (background); 'arguing that ... he should "
    "be immune' is a speech act whose content is a copula; 'Marrero rejected this argument:' is a speech act with "
    "its own object; the indented passage after it, credited '– United States District Judge Victor Marrero, "
    "\"Decision and Order\"', is a block quotation of the ruling (a direct quotation set off without marks): nothing "
    "in it is listed; 'delaying Mazars' compliance' tells the stay's act (the appeals court's); 'responded to the "
    "ruling via Twitter, attacking the subpoena' gives the response and the attack (a speech act), the tweet's "
    "quotation not listed; 'Cohen is serving a three-year-long prison sentence' is a term (a state); 'Trump has "
    "admitted to ordering the payments, according to prosecutors' gives the admission (a speech act reported by the "
    "prosecutors) and the ordering (background, reported by Trump); 'maintains a policy of not charging' and 'it "
    "has been customary ... to release' are policies and practices; 'was the first president to refuse to do so "
    "since 1976' lists the refusal (as 'became the first woman to serve' in events-dev29); 'has cited an Internal "
    "Revenue Service audit' is a speech act; 'has a lawsuit to prevent' is a state. 'Judge Marrero' and 'Marrero' are "
    "written 'Victor Marrero', 'President Trump', 'Trump', 'He' and 'the president' 'Donald Trump', 'the appeals "
    "court' and 'which' 'Second Circuit Court of Appeals', 'Cohen' 'Michael Cohen'.")
VM = "Victor Marrero"
DT = "Donald Trump"
CA = "Second Circuit Court of Appeals"
DA = "The Manhattan district attorney's office"
MO7 = "2019-10-07"
TX = [
    ev("On Monday, United States District Court Judge", "issued", VM, "issue", "a ruling against President Donald "
       "Trump", kind="speech act", date=MO7),
    ev("On Monday, United States District Court Judge", "view", "New York City prosecutors", "view",
       "his tax records", mod="may", rep=VM),
    ev("The Manhattan district attorney's office is investigating", "investigating", DA, "investigate", DT),
    ev("President Trump sued Manhattan District Attorney", "sued", DT, "sue",
       "Manhattan District Attorney Cyrus R. Vance, Jr. and his own tax preparer Mazars USA"),
    ev("President Trump sued Manhattan District Attorney", "dismissed", VM, "dismiss", "the president's lawsuit",
       date=MO7),
    ev("The president's legal team appealed", "appealed", "Donald Trump's legal team", "appeal", "the decision",
       date=MO7),
    ev("The president's legal team appealed", "issued", CA, "issue", "an administrative stay to Marrero's order",
       date=MO7),
    ev("The appeals court ruling placed a stay", "placed", "The appeals court ruling", "place",
       "a stay on the district court's ruling", date=MO7),
    ev("According to a court clerk, arguments", "scheduled", None, "schedule", "arguments in the case", mod="will",
       rep="a court clerk"),
    ev("Trump had asked the United States District Court", "asked", DT, "ask",
       "the United States District Court for the Southern District of New York", kind="speech act"),
    ev("Trump had asked the United States District Court", "issued", None, "issue", "a subpoena",
       kind="background"),
    ev("He sought such intervention", "sought", DT, "seek", "such intervention"),
    ev("He sought such intervention", "arguing", DT, "argue",
       "as president, he should be immune from prosecution", kind="speech act"),
    ev("Marrero rejected this argument:", "rejected", VM, "reject", "this argument", kind="speech act", date=MO7),
    ev("Following Marrero's order, the appeals court issued", "issued", CA, "issue", "a stay", date=MO7),
    ev("Following Marrero's order, the appeals court issued", "delaying", CA, "delay",
       "Mazars' compliance with the subpoena", date=MO7),
    ev("Trump responded to the ruling via Twitter", "responded", DT, "respond", "to the ruling"),
    ev("Trump responded to the ruling via Twitter", "attacking", DT, "attack", "the subpoena",
       kind="speech act"),
    ev("The Manhattan district attorney's office began its probe", "began", DA, "begin",
       "its probe into Trump's financial affairs", kind="background"),
    ev("The Manhattan district attorney's office began its probe", "convicted", None, "convict", "Michael Cohen",
       kind="background"),
    ev("Trump has admitted to ordering", "admitted", DT, "admit", "to ordering the payments", kind="speech act",
       rep="prosecutors"),
    ev("Trump has admitted to ordering", "ordering", DT, "order", "the payments", rep=DT, kind="background"),
    ev("Trump was the first president to refuse", "refuse", DT, "refuse", "to do so"),
    ev("Trump has cited an Internal Revenue Service audit", "cited", DT, "cite",
       "an Internal Revenue Service audit", kind="speech act"),
]

DB_ABOUT = (
    "Wikinews, Saturday 2019-09-21: the mayor of New York City, Bill de Blasio, ends his campaign for president "
    "(US politics and a campaign). 'Yesterday' = 2019-09-20 dates the end of the campaign, the announcement and his "
    "appearance on Morning Joe (the narration of the lead's day); 'in May' = 2019-05 his entry into the race "
    "(background); Trump's parting shot is not dated (the text gives it no day). 'made the announcement' is a speech "
    "act (as events-dev26's 'made his announcement'); 'Various opinion polls showed national support for de Blasio "
    "at', 'Polling averages measured by RealClearPolitics showed support at' and 'a recent poll by Siena College "
    "rounded his number to zero percent' are figures (not listed); 'spoke on MSNBC's morning news talk show Morning "
    "Joe' is a speech act, 'when he made the announcement' a time that tells the announcement again (not listed "
    "again in a subordinate clause); his quotation is not listed; 'failed to resonate with voters' is listed (as "
    "'failed to stop' in events-dev30); 'did not qualify to participate' is negated (as events-dev26's 'was not "
    "qualifying'); 'took a parting shot on Twitter:' is a speech act with its own object; 'Fellow Democrats were "
    "more supportive' is a copula, Warren's and Sanders's 'wrote' only introduce their quotations; 'remain ... in "
    "the race' is a state. 'De Blasio', 'Mayor de Blasio' and 'He' are written 'Bill de Blasio'.")
BD = "Bill de Blasio"
Y = "2019-09-20"
DB = [
    ev("Yesterday, Bill de Blasio, the mayor", "ended", BD, "end", "his campaign for president of the United States",
       date=Y),
    ev("De Blasio made the announcement live", "made", BD, "make", "the announcement", kind="speech act", date=Y),
    ev("Mayor de Blasio, a member of the Democratic Party, spoke", "spoke", BD, "speak",
       "on MSNBC's morning news talk show Morning Joe", kind="speech act", date=Y),
    ev("De Blasio joined the presidential race", "joined", BD, "join", "the presidential race", kind="background",
       date="2019-05"),
    ev("His progressive campaign platform failed", "failed", "His progressive campaign platform", "fail",
       "to resonate with voters"),
    ev("He did not qualify to participate", "qualify", BD, "qualify", "to participate in further Democratic "
       "debates", neg=True),
    ev("Incumbent President Donald Trump quickly took", "took", DT, "take", "a parting shot", kind="speech act"),
]

DOCS = {
    "wn_2020-11-07_Joe-Biden-projected-US-president-elect.txt": (BP_ABOUT, BP),
    "wn_2020-06-03_South-Sudanese-politician-John-Luk-Jok-dies-aged-about-68.txt": (LJ_ABOUT, LK),
    "wn_2019-01-22_Former-U-S-intelligence-agent-Tony-Mendez-architect-of-Argo-rescue-dies-at-78.txt": (TM_ABOUT, TM),
    "wn_2019-03-25_Fur-fans-flock-to-Toronto-s-Furnal-Equinox-2019.txt": (FE_ABOUT, FE),
    "wn_2019-10-10_U-S-judge-orders-release-of-President-Trump-s-tax-records-appeals-court-issues-d.txt": (TX_ABOUT, TX),
    "wn_2019-09-21_NYC-Mayor-de-Blasio-ends-US-presidential-campaign.txt": (DB_ABOUT, DB),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind47/make_gold_dev35.py"))
