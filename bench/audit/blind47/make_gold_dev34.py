"""Write the event gold tests/data/gold/wikinews-events-dev34 from hand annotations (round blind47, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind47/make_gold_dev34.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev34"

PP_ABOUT = (
    "Wikinews, Saturday 2019-11-23: researchers break down premature deaths due to power plant pollution in the "
    "United States by fuel, race and state (science and environmental health). The findings were 'published "
    "Wednesday' (2019-11-20; 'published' describes the findings: not listed), but the study's acts are not dated (the "
    "text gives the study no day). 'researchers ... reported that' is a neutral report: its first content 'premature "
    "deaths ... were disproportionately caused by coal' is turned back and reported by the researchers, the other two "
    "('race was a significant factor', 'a substantial fraction of the deaths were from pollution') are copulas; 'The "
    "study focused on' is the study's scope, 'which can complete analyses faster' an ability, 'so the team's study "
    "could encompass' a result (states, not listed); 'can cause lung problems', 'lead to premature death', 'is "
    "indirectly responsible', 'were attributable to', 'comes from plants in nearby Indiana', 'were stratified by race', "
    "'They were followed by', 'Income did affect people's level of exposure' are standing facts, figures and generic "
    "relations (not listed); 'The researchers also found' is the study's act (as events-dev32's 'They found') and "
    "its content 'were affected by pollution generated in another state' is listed, reported by the researchers (a "
    "finding about the people who died, as events-dev32's 'were linked to'); 'adjusted their data' is listed; 'To "
    "track the movement' is a purpose; Thind's and Marshall's quotations and their 'said', 'noted' are not listed. "
    "'the research team' is written as the text names it; 'The researchers' 'The researchers'.")
RS = "researchers from the University of Washington and Stanford University"
PP = [
    ev("In findings published Wednesday", "caused", "coal", "cause",
       "premature deaths in the United States attributable to the pollution produced by power plants", rep=RS),
    ev("To track the movement of these particles", "established", "the research team", "establish",
       "a reduced-complexity model"),
    ev("The researchers also found in 36 states", "found", "The researchers", "find",
       "in 36 states most of the people who died were affected by pollution generated in another state"),
    ev("The researchers also found in 36 states", "affected", "pollution generated in another state", "affect",
       "most of the people who died", rep="The researchers"),
    ev("Even after the researchers adjusted", "adjusted", "the researchers", "adjust", "their data"),
]

GS_ABOUT = (
    "Wikinews, Thursday 2020-11-26 (no dateline): the US General Services Administration lets President-elect Joe "
    "Biden begin the presidential transition (US politics). 'On Monday' = 2020-11-23 dates the letter and the "
    "permission it gives, and Trump's response on Twitter, his call and what he did and did not do 'in his statement' "
    "(the narration of the lead's day: 'the president's tweets Monday'); 'on November 3' = 2020-11-03 the election "
    "that the outlets project Biden won; 'in 2017' Murphy's appointment (background); 'on November 7' = 2020-11-07 the "
    "projection; 'on January 20' = 2021-01-20 the swearing in (modality will). 'which multiple national news outlets "
    "have projected ... Joe Biden won' is a speech act whose content is reported by the outlets; 'claimed' is a speech "
    "act whose content is reported by Murphy (as in the recent golds); 'insisting she was \"never directly or "
    "indirectly pressured ...\"' only introduces a quotation (its verb is inside the marks); 'what she described as' "
    "names the resources (not listed); 'asserted he had won' is a speech act and 'several key swing states certifying "
    "their results' a gerund that tells an act; 'did not concede or admit defeat' gives two negated speech acts; "
    "'vowed to keep fighting' is a speech act; 'court cases challenging', 'a Trump lawsuit attempting to prevent' "
    "and 'an open letter urging' describe their nouns (not listed, as events-dev29's 'a study ... documenting'); "
    "'have not gained any momentum' is a state; 'have come under scrutiny' is listed (as events-dev30's 'received "
    "online criticism'); 'warned' and 'denounced' are speech acts, 'commented' with a clause a neutral report whose "
    "content is a copula; 'said the president should accept' gives a requested act (modality should), its '\"move "
    "on\"' is inside quotation marks; 'have urged him to move forward' lists the urging only (a requested "
    "infinitive is not listed); 'Traditionally, the General Services Administration has acted once ...' is a "
    "practice (not listed); 'is projected to win' and 'was projected ... to have won' are agentless speech acts, "
    "'winning by over six million votes' tells his win of the popular vote. 'Murphy' and 'she' are written 'Emily W. "
    "Murphy', 'President Trump', 'The president' and 'him' 'Donald Trump', 'Biden' 'Joe Biden'.")
EM = "Emily W. Murphy"
DT = "Donald Trump"
JB = "Joe Biden"
GS = [
    ev("On Monday, United States General Services", "sent", EM, "send",
       "a letter to President-elect Joe Biden and his team", date="2020-11-23"),
    ev("On Monday, United States General Services", "giving", EM, "give",
       "them permission to access what she described as post-election resources", date="2020-11-23"),
    ev("On Monday, United States General Services", "projected", "multiple national news outlets", "project",
       "former US Vice President Joe Biden won against incumbent US President Donald Trump", kind="speech act"),
    ev("On Monday, United States General Services", "won", JB, "win", "against incumbent US President Donald Trump",
       rep="multiple national news outlets", date="2020-11-03"),
    ev("Murphy claimed she made this decision", "claimed", EM, "claim",
       "she made this decision without influence from the White House", kind="speech act"),
    ev("Murphy claimed she made this decision", "made", EM, "make", "this decision", rep=EM),
    ev("However, she claimed she and her family", "claimed", EM, "claim",
       "she and her family had received violent threats", kind="speech act"),
    ev("However, she claimed she and her family", "received", "Emily W. Murphy and her family", "receive",
       "violent threats", rep=EM),
    ev("President Trump, who appointed Murphy", "appointed", DT, "appoint", EM, kind="background", date="2017"),
    ev("President Trump, who appointed Murphy", "responded", DT, "respond", "to her letter", date="2020-11-23"),
    ev("President Trump, who appointed Murphy", "calling", DT, "call for",
       "the beginning of a presidential transition process", kind="speech act", date="2020-11-23"),
    ev("The president's response is a drastic", "asserted", DT, "assert", "he had won the election",
       kind="speech act"),
    ev("The president's response is a drastic", "won", DT, "win", "the election", rep=DT),
    ev("The president's response is a drastic", "certifying", "several key swing states", "certify",
       "their results in favor of Biden"),
    ev("The president did not concede", "concede", DT, "concede", None, neg=True, kind="speech act",
       date="2020-11-23"),
    ev("The president did not concede", "admit", DT, "admit", "defeat in the election", neg=True,
       kind="speech act", date="2020-11-23"),
    ev("The president did not concede", "vowed", DT, "vow", "to keep fighting \"the good fight\"",
       kind="speech act", date="2020-11-23"),
    ev("Two days prior to Michigan's", "dismissed", "a federal judge", "dismiss", "a Trump lawsuit"),
    ev("Trump and his legal team have come", "come", "Donald Trump and his legal team", "come",
       "under scrutiny from both sides of the aisle"),
    ev("Biden and others in the Democratic Party warned", "warned", "Joe Biden and others in the Democratic Party",
       "warn", "the delayed transition process could potentially be a threat to national security",
       kind="speech act"),
    ev("Other Republicans have broken with Trump", "broken", "Other Republicans", "break with", DT),
    ev("Other Republicans have broken with Trump", "urged", "Other Republicans", "urge", DT, kind="speech act"),
    ev("Other Republicans have broken with Trump", "denounced", "Chris Christie", "denounce",
       "the Trump legal team's claims", kind="speech act"),
    ev("Additionally, businessman and Trump loyalist", "accept", DT, "accept", "the election outcome",
       mod="should", rep="Stephen Schwarzman"),
    ev("Over 100 Republican national security experts signed", "signed",
       "Over 100 Republican national security experts", "sign", "an open letter"),
    ev("Joe Biden is projected to win", "projected", None, "project", JB, kind="speech act"),
    ev("Joe Biden is projected to win", "winning", JB, "win", "the popular vote"),
    ev("He was projected on November 7", "projected", None, "project", JB, kind="speech act", date="2020-11-07"),
    ev("He was projected on November 7", "sworn", None, "swear in", JB, mod="will", date="2021-01-20"),
]

LO_ABOUT = (
    "Wikinews, Wednesday 2020-02-05 (no dateline): police shoot dead a man after a knife attack in Streatham, London, "
    "that they declare terrorist-related (crime and terrorism). 'On Sunday' = 2020-02-02 dates the attack, each of its "
    "acts, the chase, the shooting, the police's declaration and the injuries told again (the narration of the lead's "
    "day); 'in 2018' the imprisonment (background); 'a week ago' names no day (the release and the surveillance are "
    "not dated), nor do the acts told of his past, the recovery of the guidebook and the thanks of the mayor. "
    "'according to witness accounts and authorities' gives reported_by to the first sentence's acts, 'according to "
    "the reports' to the injuries told again; 'Reportedly' gives no reporter; 'wearing a fake suicide vest' and "
    "'already surveilling him' describe (not listed); 'began to stab people' is listed with its complement as "
    "object (as events-dev29's 'began to appear'); 'An eyewitness described ... how the attack unfolded, stating, "
    "\"...\"' only introduces a quotation (not listed); 'was briefly listed in critical condition', 'had minor "
    "injuries' and 'was in \"not life-threatening\" condition' are states; 'glass shattering' and 'after police "
    "discharged their firearms' tell acts; 'identified as Sudesh Amman' is an agentless speech act (as 'were "
    "identified as' in an earlier gold); 'served half his sentence' is a term (a state, not listed); 'who was "
    "described as \"knife-obsessed\" by the police' is a speech act turned back; 'advised her to kill' lists the "
    "advice only (a requested infinitive is not listed); 'He told her on one occasion:', Boon's 'said about Amman:', "
    "Khan's 'said' and Johnson's 'tweeted:' only introduce quotations, and the quotations are not listed; the line "
    "'—The mayor of London, Sadiq Khan' is a caption's credit (no verb); 'thanked \"...\"' is a speech act. 'a man "
    "wearing a fake suicide vest', 'he', 'him', 'The attacker' and 'Amman' are written 'Sudesh Amman', 'The officers' "
    "'Armed plainclothes officers'.")
SA = "Sudesh Amman"
WA = "witness accounts and authorities"
OF = "Armed plainclothes officers"
D = "2020-02-02"
LO = [
    ev("On Sunday in London, England", "entered", SA, "enter", "a store", rep=WA, date=D),
    ev("On Sunday in London, England", "grabbed", SA, "grab", "a large knife", rep=WA, date=D),
    ev("On Sunday in London, England", "ran", SA, "run", "outside with it", rep=WA, date=D),
    ev("On Sunday in London, England", "began", SA, "begin", "to stab people", rep=WA, date=D),
    ev("Reportedly he injured a man", "injured", SA, "injure", "a man and two women", date=D),
    ev("Armed plainclothes officers, already", "chased", OF, "chase", SA, date=D),
    ev("The officers eventually shot him dead", "shot", OF, "shoot", SA, date=D),
    ev("The officers eventually shot him dead", "declared", "the police", "declare",
       "a \"terrorist-related\" attack", kind="speech act", date=D),
    ev("Two women and a man were injured", "injured", None, "injure", "Two women and a man", rep="the reports",
       date=D),
    ev("A woman had minor injuries", "shattering", "glass", "shatter", None, date=D),
    ev("A woman had minor injuries", "discharged", "police", "discharge", "their firearms", date=D),
    ev("The attacker, identified as Sudesh Amman", "identified", None, "identify", "The attacker",
       kind="speech act"),
    ev("The attacker, identified as Sudesh Amman", "placed", None, "place", SA, kind="background"),
    ev("The attacker, identified as Sudesh Amman", "released", None, "release", SA, kind="background"),
    ev("He was imprisoned in 2018", "imprisoned", None, "imprison", SA, kind="background", date="2018"),
    ev("Amman, who was described as", "described", "the police", "describe", SA, kind="speech act"),
    ev("Amman, who was described as", "sent", SA, "send",
       "his girlfriend videos of beheadings and extremist text messages", kind="background"),
    ev("Amman, who was described as", "advised", SA, "advise", "his girlfriend", kind="background"),
    ev("Police also recovered a bomb-making guidebook", "recovered", "Police", "recover",
       "a bomb-making guidebook in his position and, on investigation in his family home in London, a black flag "
       "and an air gun"),
    ev("The mayor of London, Sadiq Khan, thanked", "thanked", "Sadiq Khan", "thank",
       "\"the police, security and emergency services staff for their swift and courageous response\"",
       kind="speech act"),
]

JS_ABOUT = (
    "Wikinews, Wednesday 2019-07-17: the retired US Supreme Court Justice John Paul Stevens dies aged 99 (courts and "
    "an obituary). 'yesterday' = 2019-07-16 dates his death, told twice ('Stevens died in the evening' is listed "
    "again, as events-dev29's 'erupted'); 'a stroke on Monday' dates a noun (no verb); his life is background, dated "
    "by its years ('in 1920' the birth, 'in 1975' the nomination, 'in 2010' the retirement, 'in the 2000 US "
    "Presidential election' the decision that cemented Bush's victory; his law studies are not dated). 'according to "
    "a statement released by the Supreme Court' gives reported_by to the death ('released' describes the statement); "
    "'The statement ascribed his death to' is a speech act; 'was born' is an agentless passive (as in earlier golds); "
    "'was nominated ... by President Gerald Ford' is turned back; 'Among the most famous opinions written by Stevens "
    "was his dissent' is a copula ('written by' describes), 'the decision that cemented' a relative that tells the "
    "decision's effect (background); Roberts's statement and its 'wrote' are not listed (inside quotation marks). "
    "'Stevens' and 'He' are written 'John Paul Stevens'.")
JP = "John Paul Stevens"
JS = [
    ev("John Paul Stevens, a former associate justice", "died", JP, "die", None,
       rep="a statement released by the Supreme Court", date="2019-07-16"),
    ev("Stevens died in the evening", "died", JP, "die", None, date="2019-07-16"),
    ev("The statement ascribed his death", "ascribed", "a statement released by the Supreme Court", "ascribe",
       "his death to complications from a stroke on Monday", kind="speech act"),
    ev("Stevens was born in 1920", "born", None, "bear", JP, kind="background", date="1920"),
    ev("Stevens was born in 1920", "studied", JP, "study", "law at Northwestern University", kind="background"),
    ev("He was nominated to the Supreme Court", "nominated", "Gerald Ford", "nominate", JP, kind="background",
       date="1975"),
    ev("Among the most famous opinions", "cemented", "the Court's decision to halt Florida recounts", "cement",
       "George W. Bush's victory over Al Gore", kind="background", date="2000"),
    ev("Stevens retired from the court in 2010", "retired", JP, "retire", "from the court", kind="background",
       date="2010"),
]

RA_ABOUT = (
    "Wikinews, Tuesday 2020-12-15 (no dateline): conservative groups rally in Washington, D.C. claiming the 2020 US "
    "presidential election was stolen (US politics and a protest). 'on Saturday' = 2020-12-12 dates the gathering, "
    "the turnout, Trump's flight over the rally and the supporters' cheering, Flynn's speech, Gorka's speech and "
    "encouragement, Flynn's urging and 'The rallies happened' (the narration of the lead's day); 'the day before the "
    "rally' = 2020-12-11 the Supreme Court's rejection of the Texas lawsuit; Trump's tweet, the claims, Flynn's pardon "
    "and the Parrys' drive are not dated. 'claiming the 2020 U.S. presidential election was stolen' is the groups' "
    "speech act (a participle that tells an act of theirs) and its content an agentless passive reported by them; "
    "'organized by Women for America First', 'filed by Texas', 'which tried to overturn' and 'a slogan commonly used "
    "by' describe their nouns; 'to protest', 'to choose the president-elect' are purposes; 'Trump tweeted he wasn't "
    "aware ... but would go to see it' is a neutral report (as 'tweeted that' in events-dev30) of a copula and a "
    "planned act (modality will); the tweet's and Flynn's and Lisa Parry's quotations are not listed; 'MAGA stands for' "
    "is a standing fact; 'with supporters cheering below' is an absolute that tells an act; 'was on stage while "
    "Trump flew over' is a copula (the flight is not listed again in a time clause); 'made a public speech' is a "
    "speech act and 'since he was pardoned by Trump' is turned back (background); 'claimed Joe Biden only won ... due "
    "to voter fraud' is a speech act whose content is reported by Trump and his supporters; 'Organizers of the rally "
    "said they were fighting' reports their act; 'Flynn said there was a lack' reports an existential (not listed) "
    "and 'urged the crowd' lists the urging only (the indirect questions are its request). 'Trump' is written "
    "'Donald Trump', 'Flynn' and 'He' 'Michael Flynn'.")
MF = "Michael Flynn"
CG = "Several conservative groups"
S = "2020-12-12"
RA = [
    ev("Several conservative groups claiming", "claiming", CG, "claim",
       "the 2020 U.S. presidential election was stolen from incumbent President Donald Trump", kind="speech act"),
    ev("Several conservative groups claiming", "stolen", None, "steal", "the 2020 U.S. presidential election",
       rep=CG),
    ev("Several conservative groups claiming", "gathered", CG, "gather", None, date=S),
    ev("Reportedly several thousand supporters", "turned", "several thousand supporters", "turn out", None, date=S),
    ev("Reportedly several thousand supporters", "rejected", "the Supreme Court of the United States", "reject",
       "a lawsuit filed by Texas", date="2020-12-11"),
    ev("Trump tweeted he wasn't aware", "go", DT, "go", "to see it", mod="will", rep=DT),
    ev("Trump flew above the rally", "flew", DT, "fly", "above the rally", date=S),
    ev("Trump flew above the rally", "cheering", "supporters", "cheer", None, date=S),
    ev("This was the first time Flynn made", "made", MF, "make", "a public speech", kind="speech act", date=S),
    ev("This was the first time Flynn made", "pardoned", DT, "pardon", MF, kind="background"),
    ev("Another former Trump adviser, Sebastian Gorka", "spoke", "Sebastian Gorka", "speak", "in the rally",
       kind="speech act", date=S),
    ev("Another former Trump adviser, Sebastian Gorka", "encouraged", "Sebastian Gorka", "encourage", "supporters",
       kind="speech act", date=S),
    ev("The rallies happened two days before", "happened", "The rallies", "happen", None, date=S),
    ev("Trump and his supporters claimed", "claimed", "Donald Trump and his supporters", "claim",
       "Joe Biden only won the elections due to voter fraud", kind="speech act"),
    ev("Trump and his supporters claimed", "won", JB, "win", "the elections", rep="Donald Trump and his supporters"),
    ev("Trump and his supporters claimed", "sought", "Donald Trump and his supporters", "seek",
       "to overturn the results"),
    ev("Organizers of the rally said", "fighting", "Organizers of the rally", "fight", "corruption and dishonesty",
       rep="Organizers of the rally"),
    ev("Flynn said there was a lack", "urged", MF, "urge", "the crowd", kind="speech act", date=S),
    ev("A couple from Florida, Richard and Lisa Parry", "made", "Richard and Lisa Parry", "make",
       "a 14-hour drive to D.C."),
]

SM_ABOUT = (
    "Wikinews, Wednesday 2020-01-01 (no dateline): Samoa's government ends its state of emergency over a measles "
    "outbreak (health and Pacific news). 'On Sunday' = 2019-12-29 dates the end of the state of emergency, the "
    "Disease Surveillance Team's count, the return to normal of Tupua Tamasese Meaole Hospital, the teams' "
    "beginning to disassemble the tents and the rate's reaching 95%; 'on Saturday afternoon' and 'that night' = "
    "2019-12-28 the vote and the announcement; 'on Friday' = 2019-12-27 the other hospitals' return; each other day "
    "named dates its act ('on November 15' the beginning of the state of emergency, 'on December 24' the NEOC's "
    "report, 'The December 6 ... Appeal' its finding, 'on December 14' the extension and the prime minister's call "
    "('At the time'), 'on November 20' the campaign's start, 'On December 5 and 6' the shutdown (its first day), 'on "
    "October 16' the confirmation, 'first on February 6' the first declaration of the Pacific outbreaks, "
    "background); 'by November 22' is a deadline, not a day (the delivery is not dated), and the hospitalizations, "
    "discharges and deaths counted are not dated. 'begun on November 15' is a participle that tells a dated act (as "
    "'established in 2015' in events-dev33); 'NEOC reported a 95% immunization rate ..., and the last measles-related "
    "death ...' is one speech act (one verb); 'were to be lifted, and schools to reopen' and 'were to take over' are "
    "scheduled acts (modality will), the gapped 'schools to reopen' listed with its own subject; 'were tasked to "
    "produce' lists the tasking only; 'had lost their lives', 'were hospitalized', 'had already been discharged' are "
    "counts told as acts (as events-dev30's 'have been hospitalized'); 'identified children under 5 ... as having the "
    "highest mortality' is the appeal's finding (a speech act), 'corresponding with' a state; 'joining Faleolo "
    "District Hospital and ...' a state; 'were made measles wards' and 'was designated' are agentless; 'is to remain "
    "on the islands until January 4' a stay (a state, not listed) and 'to help facilitate', 'in an effort to', 'to "
    "allow', 'to leave room', 'To curb' purposes; 'the tents erected to deal with' describes; 'was expected to end on "
    "December 15' is an expectation that did not come true (not listed); 'stated 92% had been reached' is a neutral "
    "report of an agentless act; 'according to NEOC data', 'The government said' and 'UNICEF reported they had "
    "delivered' give reported_by; 'Aid agencies say populations ... have enough herd immunity' and 'New Zealand "
    "serves as a travel hub' are standing facts; 'authorities recommended residents avoid' gives the speech act and "
    "the requested clause (modality should, as events-dev7's 'recommended the United States troops in Iraq "
    "withdraw'); 'outbreaks of measles were declared in parts of the Philippines first on February 6, Tonga on "
    "October 22, ...' is one gapped agentless act; 'which caused a New Zealand outbreak' is a relative that tells an "
    "act (background); 'there were approximately 10 million cases' is an existential. 'The island nation's cabinet' "
    "is written 'the cabinet of Samoa', 'the government' 'the government of Samoa', 'NEOC' 'National Emergency "
    "Operation Centre'.")
NE = "National Emergency Operation Centre"
GV = "the government of Samoa"
SU = "2019-12-29"
SM = [
    ev("On Sunday, the state of emergency begun", "begun", "the state of emergency", "begin",
       "over a measles outbreak", kind="background", date="2019-11-15"),
    ev("On Sunday, the state of emergency begun", "ended", "the state of emergency", "end", None, date=SU),
    ev("The island nation's cabinet unanimously voted", "voted", "the cabinet of Samoa", "vote", "to lift it",
       date="2019-12-28"),
    ev("The island nation's cabinet unanimously voted", "announced", NE, "announce", "the decision",
       kind="speech act", date="2019-12-28"),
    ev("NEOC reported a 95% immunization rate", "reported", NE, "report",
       "a 95% immunization rate on December 24, and the last measles-related death during the state of emergency "
       "on December 26", kind="speech act", date="2019-12-24"),
    ev("Restrictions on public gathering and travel", "lifted", None, "lift",
       "Restrictions on public gathering and travel", mod="will"),
    ev("Restrictions on public gathering and travel", "reopen", "schools", "reopen", None, mod="will"),
    ev("The Health Emergency Operation Center were to take over", "take", "The Health Emergency Operation Center",
       "take over", "the relief efforts centralized under the National Emergency Operation Centre", mod="will"),
    ev("The Ministry of Health and the Ministry of Foreign Affairs were tasked", "tasked", None, "task",
       "The Ministry of Health and the Ministry of Foreign Affairs"),
    ev("As of Sunday, the Disease Surveillance Team", "reported", "the Disease Surveillance Team", "report",
       "a total of 5667 cases during the outbreak", kind="speech act", date=SU),
    ev("Out these, 1846 persons were hospitalized", "hospitalized", None, "hospitalize", "1846 persons"),
    ev("Out these, 1846 persons were hospitalized", "discharged", None, "discharge", "1720"),
    ev("Out these, 1846 persons were hospitalized", "lost", "81", "lose", "their lives"),
    ev("The December 6 National Measles Response", "identified",
       "The December 6 National Measles Response and Recovery Appeal", "identify",
       "children under 5 years of age as having the highest mortality", kind="speech act", date="2019-12-06"),
    ev("Tupua Tamasese Meaole Hospital returned", "returned", "Tupua Tamasese Meaole Hospital", "return",
       "to normal operation", date=SU),
    ev("Tupua Tamasese Meaole Hospital returned", "returned", "Faleolo District Hospital and Leulumoega District "
       "Hospital", "return", "to normal", nth=2, date="2019-12-27"),
    ev("During the peak of the outbreak", "made", None, "make",
       "Tupua Tamasese Meaole's Acute Primary Care Clinic and Leulumoega District hospital"),
    ev("During the peak of the outbreak", "designated", None, "designate", "Leulumoega District Hospital"),
    ev("On Sunday teams had already begun", "begun", "teams", "begin", "to disassemble the tents", date=SU),
    ev("The state of emergency was expected to end", "extended", None, "extend", "the state of emergency",
       date="2019-12-14"),
    ev("At the time, the prime minister called", "called", "the prime minister", "call for",
       "a 100% immunization rate", kind="speech act", date="2019-12-14"),
    ev("At the time, the prime minister called", "reached", None, "reach", "92%", rep="the prime minister"),
    ev("As of Sunday, the rate had reached 95%", "reached", "the rate", "reach", "95%", rep="NEOC data", date=SU),
    ev("UNICEF reported they had delivered", "delivered", "UNICEF", "deliver",
       "over 105 thousand doses of vaccine to Samoa", rep="UNICEF"),
    ev("The national vaccination campaign started", "started", "The national vaccination campaign", "start", None,
       date="2019-11-20"),
    ev("A government order made vaccination mandatory", "made", "A government order", "make",
       "vaccination mandatory and free of charge"),
    ev("On December 5 and 6, the government of Samoa executed", "executed", GV, "execute",
       "a planned shutdown of public services and the private sector", date="2019-12-05"),
    ev("The government said 128 vaccination teams", "participated", "128 vaccination teams", "participate", None,
       rep=GV),
    ev("To curb the spread of disease", "prohibited", GV, "prohibit", "inter-island travel for those under 19"),
    ev("To curb the spread of disease", "closed", None, "close", "schools"),
    ev("To curb the spread of disease", "recommended", "authorities", "recommend",
       "residents avoid public gatherings and medical facilities", kind="speech act"),
    ev("To curb the spread of disease", "avoid", "residents", "avoid", "public gatherings and medical facilities",
       mod="should", rep="authorities"),
    ev("Unvaccinated pregnant women were prohibited", "prohibited", None, "prohibit", "Unvaccinated pregnant women"),
    ev("The outbreak was first confirmed by the government", "confirmed", GV, "confirm", "The outbreak",
       kind="speech act", date="2019-10-16"),
    ev("The outbreak was first confirmed by the government", "tested",
       "the Victorian Infectious Disease Reference Laboratory in Melbourne", "test",
       "7 out of 20 suspected cases positive for measles"),
    ev("In 2019 in the Pacific region, outbreaks", "declared", None, "declare", "outbreaks of measles",
       kind="background", date="2019-02-06"),
    ev("The D8 strain, which caused", "caused", "The D8 strain", "cause", "a New Zealand outbreak",
       kind="background"),
    ev("The D8 strain, which caused", "identified", None, "identify", "The D8 strain"),
]

DOCS = {
    "wn_2019-11-23_Researchers-break-down-deaths-due-to-power-plant-pollution-in-the-United-States.txt": (PP_ABOUT, PP),
    "wn_2020-11-26_US-federal-agency-announces-plans-to-begin-presidential-transition-process-follo.txt": (GS_ABOUT, GS),
    "wn_2020-02-05_Police-shoot-man-dead-after-terrorist-related-knife-attack-in-London.txt": (LO_ABOUT, LO),
    "wn_2019-07-17_Retired-US-Supreme-Court-Justice-John-Paul-Stevens-dies.txt": (JS_ABOUT, JS),
    "wn_2020-12-15_Conservative-groups-hold-rally-in-Washington-D-C-claiming-U-S-elections-were-sto.txt": (RA_ABOUT, RA),
    "wn_2020-01-01_Samoan-government-ends-state-of-emergency-over-measles-outbreak.txt": (SM_ABOUT, SM),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind47/make_gold_dev34.py"))
