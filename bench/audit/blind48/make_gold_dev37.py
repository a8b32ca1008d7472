"""Write the event gold tests/data/gold/wikinews-events-dev37 from hand annotations (round blind48, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind48/make_gold_dev37.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev37"

JC_ABOUT = (
    "Wikinews, Thursday 2019-09-26: the former President of France Jacques Chirac dies aged 86 (European politics "
    "and an obituary). 'This morning' = 2019-09-26 dates the death, and 'today' the French Parliament's minute of "
    "silence and Ferrand's relaying of the news to it (the narration of the lead's day); his life is background, "
    "dated by the years the text gives ('in 1932' the birth, 'In 1995' the election, 'in 2011' the conviction); his "
    "becoming a politician, his acts as president, the charges held back and the sentence are not dated. 'who served "
    "as President of France for twelve years', 'was a member of the French Parliament during which he twice served "
    "as prime minister', 'was mayor of Paris' are tenures (not listed); 'surrounded by family' describes; 'The news "
    "came from his son-in-law ... and came after a long period of health problems' names the news's source and a "
    "time (not listed, as 'The move came shortly after' in events-dev36); 'had not made public appearances since "
    "2014' is a state over five years (not listed), 'which his wife Bernadette said was due to memory problems' a "
    "neutral report of a copula; 'before becoming a career politician' lists the becoming (as events-dev33's "
    "'became finance minister'); 'was elected to his first of two terms' is agentless (the text's slip 'Chriac' "
    "read as Chirac); 'ended mandatory military service' and 'cut two years off' are listed; 'He favored European "
    "integration' is a standing position (a state, not listed) but 'sought a more federal European Union' is listed "
    "(as events-dev34's 'sought to overturn the results'); 'was an outspoken opponent' is a copula; 'was convicted "
    "of corruption', 'were held back' and 'was given a two-year suspended sentence' are agentless, 'stemming from' "
    "describes; 'in relaying the news to parliament' is a gerund that tells a speech act, and Ferrand's and "
    "Sarkozy's quotations and their 'said' are not listed. 'Chirac', 'Chriac' and 'He' are written 'Jacques "
    "Chirac'.")
JC = "Jacques Chirac"
T = "2019-09-26"
JA = [
    ev("This morning Jacques Chirac", "died", JC, "die", None, date=T),
    ev("Jacques Chirac was born in 1932", "born", None, "bear", JC, kind="background", date="1932"),
    ev("He was a civil servant before becoming", "becoming", JC, "become", "a career politician",
       kind="background"),
    ev("In 1995, Chriac was elected", "elected", None, "elect", JC, kind="background", date="1995"),
    ev("During his presidency he ended", "ended", JC, "end", "mandatory military service", kind="background"),
    ev("During his presidency he ended", "cut", JC, "cut", "two years off the length of presidential terms",
       kind="background"),
    ev("He favored European integration", "sought", JC, "seek", "a more federal European Union",
       kind="background"),
    ev("Chirac was convicted of corruption", "convicted", None, "convict", JC, kind="background", date="2011"),
    ev("The charges were held back", "held", None, "hold back", "The charges", kind="background"),
    ev("He was given a two-year suspended sentence", "given", None, "give", JC, kind="background"),
    ev("Both houses of the French Parliament held", "held", "Both houses of the French Parliament", "hold",
       "a minute of silence in Chirac's honor", date=T),
    ev("Assembly president Richard Ferrand", "relaying", "Richard Ferrand", "relay", "the news to parliament",
       kind="speech act", date=T),
]

UK_ABOUT = (
    "Wikinews, Monday 2019-12-16: the Conservative Party wins a majority in the 2019 UK general election (UK "
    "politics and an election). 'On Thursday' = 2019-12-12 dates the election and its results told as acts: the "
    "Conservatives' netting and passing the majority, and the parties' gains and losses, Jo Swinson's defeat and "
    "Blyth Valley's electing a Conservative (the narration of the lead's day, 'in this election'); 'early on Friday' "
    "= 2019-12-13 the results and reaction coming in; Johnson's statements, Corbyn's announcement and the Liberal "
    "Democrats' search are not dated. The seat counts at the head are a chart's legend (no verb); 'totaling 365 "
    "seats' is a figure (not listed), 'surpassing the 326 seats needed for a majority' a participle that tells an "
    "act (as events-dev35's 'to have surpassed ... 270 electoral college delegate total'); 'was the largest party, "
    "but had just 318 seats, which is not a majority' are states; Johnson's 'said he was \"humbled\"' reports a "
    "state and a quotation (not listed); 'were described by Johnson as a \"historic mandate\"' is a speech act "
    "turned back, and 'saying he intends to leave the EU' a neutral report of a stance; 'gained 66 seats since "
    "Parliament was last in session' tells the Conservatives' gain again in a main clause (listed again, as "
    "events-dev29's 'erupted'); 'There were no Change UK candidates elected' is an existential (not listed), 'which "
    "lost all 5 of its seats' a relative that tells an act; 'failed to obtain any seats' is listed; 'announced he "
    "will not seek' gives the speech act and its negated, planned content (modality will, reported by Corbyn); 'are "
    "to find a new leader' is a scheduled act (modality will); 'was defeated ... by an SNP candidate' is turned "
    "back; 'has, since its creation in 1950, always elected a Labour Member' is a habit (not listed), 'but elected "
    "a conservative candidate in this election' an act; 'Voter turnout was down' a figure. 'The conservative party' "
    "and 'the United Kingdom's (UK) Conservative Party' are written 'the Conservative Party', 'Labour' 'the Labour "
    "Party', 'Johnson' 'Boris Johnson'.")
CP = "the Conservative Party"
TH = "2019-12-12"
UK = [
    ev("On Thursday, the United Kingdom's (UK) Conservative Party netted", "netted", CP, "net",
       "an additional 66 seats", date=TH),
    ev("On Thursday, the United Kingdom's (UK) Conservative Party netted", "surpassing", CP, "surpass",
       "the 326 seats needed for a majority in Parliament", date=TH),
    ev("Results and reaction came in early on Friday", "came", "Results and reaction", "come in", None,
       date="2019-12-13"),
    ev("Election implications regarding the UK's efforts", "described", "Boris Johnson", "describe",
       "Election implications regarding the UK's efforts on leaving the European Union", kind="speech act"),
    ev("Election implications regarding the UK's efforts", "intends", "Boris Johnson", "intend",
       "to leave the EU by the end of January", kind="stance", rep="Boris Johnson"),
    ev("The conservative party gained 66 seats", "gained", CP, "gain", "66 seats", date=TH),
    ev("The conservative party gained 66 seats", "lost", "the Labour Party", "lose", "42", date=TH),
    ev("The Scottish National Party (SNP) gained", "gained", "The Scottish National Party", "gain", "13 seats",
       date=TH),
    ev("The Scottish National Party (SNP) gained", "lost", "Liberal Democrats", "lose", "10", date=TH),
    ev("There were no Change UK candidates elected", "lost", "Change UK", "lose", "all 5 of its seats", date=TH),
    ev("The Brexit Party failed to obtain", "failed", "The Brexit Party", "fail", "to obtain any seats", date=TH),
    ev("The Labour Party's leader, Jeremy Corbyn announced", "announced", "Jeremy Corbyn", "announce",
       "he will not seek the party's leadership position in the next general election cycle", kind="speech act"),
    ev("The Labour Party's leader, Jeremy Corbyn announced", "seek", "Jeremy Corbyn", "seek",
       "the party's leadership position", neg=True, mod="will", rep="Jeremy Corbyn"),
    ev("Liberal Democrats are to find a new leader", "find", "Liberal Democrats", "find", "a new leader",
       mod="will"),
    ev("Liberal Democrats are to find a new leader", "defeated", "an SNP candidate", "defeat", "Jo Swinson",
       date=TH),
    ev("The Blyth Valley seat has, since its creation", "elected", "The Blyth Valley seat", "elect",
       "a conservative candidate", nth=2, date=TH),
]

CB_ABOUT = (
    "Wikinews, Wednesday 2020-09-02 (no dateline): tributes are paid to the US actor Chadwick Boseman, who died of "
    "colon cancer aged 43 (film and an obituary). 'on Friday' and 'on August 28' = 2020-08-28 date his death, told "
    "twice (the second 'according to a statement posted to his official Twitter account', listed again, as "
    "events-dev35's Mendez); 'On Sunday' and 'Sunday evening' = 2020-08-30 the MTV Video Music Awards' marking and "
    "dedicating, the replay shown, and the appearances and contributions during ABC's tribute; 'Over the weekend' "
    "names no one day (the tributes paid are not dated, as events-dev28's 'this weekend'); his life is background, "
    "dated by the years the text gives ('four years earlier' = 2016 the diagnosis, 'in 2000' the graduation, 'the "
    "2018 ceremony when Boseman gave' the award's giving); his rise to fame, studies, surgeries, roles and "
    "appearances, Washington's paying and Shaw's disarming are not dated. 'tributes were paid' is agentless ('by "
    "American Broadcasting Company' names the retrospective's maker); 'after being diagnosed' is an agentless "
    "passive gerund (as events-dev33's 'after being hospitalized'); 'who rose to international fame' a relative that "
    "tells an act; 'It also stated he was in stage IV' reports a state, and 'which had been diagnosed in 2016' tells "
    "the diagnosis again in a relative (not listed again); 'was not public information' is a state, 'had undergone "
    "surgeries and chemotherapy' is listed, 'to treat it' a purpose and 'continuing to work' a state; 'attended the "
    "British American Drama Academy' and 'graduated' are listed, as 'studied law'; 'acted in television soap "
    "operas', 'played starring roles ... portraying', 'portrayed Black Panther ... in four Marvel films' and "
    "'appeared in' are the roles of a career (listed, background, as events-dev35's 'with Ben Affleck directing and "
    "playing Mendez'); 'was widely considered a breakthrough' is a standing judgement (a state, not listed); 'The "
    "first was ... which preceded' relates two films (not listed); Coogler's 'wrote of Boseman, \"...\"' only "
    "introduces a quotation, 'recalling their first meeting' is a speech act with a noun object; 'who paid for "
    "Boseman to attend BADA' is a relative that tells an act, Washington's 'stated', Frederick's 'wrote' and "
    "Downey's 'said of Boseman' only introduce quotations; 'The audience was also shown a replay' is agentless; "
    "'who disarmed a shooter' a relative that tells an act; 'all contributed' is listed with the eleven named; 'The "
    "Walt Disney Company owns' is a standing fact. 'Boseman' and 'He' are written 'Chadwick Boseman'.")
CB = "Chadwick Boseman"
SN = "2020-08-30"
MTV = "the MTV Video Music Awards"
CH = [
    ev("Over the weekend, tributes were paid", "paid", None, "pay", "tributes"),
    ev("Boseman died on Friday after being diagnosed", "died", CB, "die", None, date="2020-08-28"),
    ev("Boseman died on Friday after being diagnosed", "diagnosed", None, "diagnose", CB, kind="background",
       date="2016"),
    ev("Boseman, who rose to international fame", "rose", CB, "rise", "to international fame", kind="background"),
    ev("Boseman died at home on August 28", "died", CB, "die", None,
       rep="a statement posted to his official Twitter account", date="2020-08-28"),
    ev("His illness was not public information", "undergone", CB, "undergo", "surgeries and chemotherapy",
       kind="background"),
    ev("Boseman was born in South Carolina", "born", None, "bear", CB, kind="background"),
    ev("He attended the British American Drama Academy", "attended", CB, "attend",
       "the British American Drama Academy", kind="background"),
    ev("He attended the British American Drama Academy", "graduated", CB, "graduate", "from Howard University",
       kind="background", date="2000"),
    ev("Early in his career, Boseman acted", "acted", CB, "act", "in television soap operas", kind="background"),
    ev("He later played starring roles", "played", CB, "play", "starring roles in other biographical films",
       kind="background"),
    ev("He later played starring roles", "portraying", CB, "portray",
       "James Brown in Get On Up and Thurgood Marshall in Marshall", kind="background"),
    ev("Boseman portrayed Black Panther", "portrayed", CB, "portray", "Black Panther", kind="background"),
    ev("Subsequently, he appeared in both", "appeared", CB, "appear",
       "in both Avengers: Infinity War and Avengers: Endgame", kind="background"),
    ev("Ryan Coogler, the director of Black Panther, wrote", "recalling", "Ryan Coogler", "recall",
       "their first meeting", kind="speech act"),
    ev("Actor Denzel Washington, who paid", "paid", "Denzel Washington", "pay", "for Boseman to attend BADA",
       kind="background"),
    ev("On Sunday, the MTV Video Music Awards also marked", "marked", MTV, "mark", "the passing of Boseman",
       date=SN),
    ev("On Sunday, the MTV Video Music Awards also marked", "dedicating", MTV, "dedicate", "the show to him",
       date=SN),
    ev("The audience was also shown a replay", "shown", None, "show", "The audience", date=SN),
    ev("The audience was also shown a replay", "gave", CB, "give",
       "his \"Best Hero\" award to James Shaw Jr.", kind="background", date="2018"),
    ev("The audience was also shown a replay", "disarmed", "James Shaw Jr.", "disarm",
       "a shooter at a restaurant in Tennessee", kind="background"),
    ev("During ABC's \"A Tribute For a King\", Sunday evening", "made", "a number of celebrities", "make",
       "appearances", date=SN),
    ev("Oprah Winfrey, Whoopi Goldberg", "contributed",
       "Oprah Winfrey, Whoopi Goldberg, Kevin Feige, Bob Iger, Robert Downey Jr., Scarlett Johansson, Don Cheadle, "
       "Jeremy Renner, Winston Duke, Mark Ruffalo, and Paul Rudd", "contribute", None, date=SN),
]

TC_ABOUT = (
    "Wikinews, Friday 2020-02-21 (no dateline): US President Donald Trump grants eleven people clemency (US justice "
    "and politics). 'On Tuesday' = 2020-02-18 dates the issuing of the pardons and commutations and each grant told "
    "in a main clause ('Trump granted X a full and unconditional pardon', 'Her sentence was commuted', 'She was "
    "granted clemency': the narration of the lead's day); the convicts' pasts are background, dated by the years the "
    "text gives ('in 2008', 'in 2006', 'in 2007', 'in 2014', 'In 1990', 'in 2010', 'in 1998'), the rest not dated. "
    "'All of the pardons issued were \"full and unconditional\"' is a copula ('issued' describes), 'The commutations "
    "included' and 'The charges included' are states; 'was jailed', 'was sentenced', 'was convicted', 'was charged', "
    "'was again found guilty' and 'after Obama was elected president' are agentless; 'after he tried to sell' tells "
    "an act; 'serving eight', 'served eight years of a thirty-five year sentence', 'after serving twelve years' are "
    "terms (states, not listed, as events-dev34's 'served half his sentence'); 'before being granted clemency' tells "
    "the lead's grant again in a subordinate clause (not listed again); 'According to CNN, multiple officials "
    "pressured Trump not to commute' lists the pressure, reported by CNN (its requested infinitive not listed); 'pled "
    "guilty to conspiring to hack' and 'pled guilty to charges' are listed (the plea; what it admits is the charge, "
    "not listed, as what a conviction is for); 'vacated his conviction and ordered a new trial' are the appeals "
    "court's acts; 'Pogue's cause was reportedly helped by Rick Santorum' is turned back ('reportedly' gives no "
    "reporter), 'who mentioned Pogue's conviction to Trump' a relative that tells a speech act; 'who used to own' is "
    "a past state. 'Trump' is written 'Donald Trump', each person by the full name the text first gives ('He', "
    "'Negron', 'Stanton', 'Friedler', 'Safavian', 'Milken', 'Pogue', 'Kerik', 'DeBartolo').")
DT = "Donald Trump"
TU = "2020-02-18"
RB = "Rod Blagojevich"
DS = "David Hossein Safavian"
PP = "a full and unconditional pardon"
TC = [
    ev("On Tuesday, United States President Donald Trump issued", "issued", DT, "issue",
       "a series of seven pardons and four commutations", date=TU),
    ev("Rod Blagojevich was jailed for corruption", "jailed", None, "jail", RB, kind="background"),
    ev("Rod Blagojevich was jailed for corruption", "tried", RB, "try",
       "to sell Barack Obama's former U.S. Senate seat", kind="background"),
    ev("Rod Blagojevich was jailed for corruption", "elected", None, "elect", "Barack Obama", kind="background"),
    ev("He was sentenced to fourteen years", "sentenced", None, "sentence", RB, kind="background"),
    ev("According to CNN, multiple officials pressured", "pressured", "multiple officials", "pressure", DT,
       rep="CNN"),
    ev("Judith Negron was convicted", "convicted", None, "convict", "Judith Negron", kind="background"),
    ev("Crystal Munoz was convicted", "convicted", None, "convict", "Crystal Munoz", kind="background",
       date="2008"),
    ev("Crystal Munoz was convicted", "sentenced", None, "sentence", "Crystal Munoz", kind="background"),
    ev("Her sentence was commuted", "commuted", None, "commute", "Crystal Munoz's sentence", date=TU),
    ev("Tynice Nichole Hall was convicted", "convicted", None, "convict", "Tynice Nichole Hall",
       kind="background", date="2006"),
    ev("She was granted clemency after serving almost", "granted", None, "grant", "Tynice Nichole Hall", date=TU),
    ev("Trump granted Angela Ronae Stanton", "granted", DT, "grant", "Angela Ronae Stanton " + PP, date=TU),
    ev("Stanton was convicted of conspiracy", "convicted", None, "convict", "Angela Ronae Stanton",
       kind="background", date="2007"),
    ev("Trump granted Ariel Manuel Friedler", "granted", DT, "grant", "Ariel Manuel Friedler " + PP, date=TU),
    ev("Friedler, formerly the president", "pled", "Ariel Manuel Friedler", "plead",
       "guilty to conspiring to hack into the computer systems of two competitors", kind="background"),
    ev("He was sentenced to two months in prison", "sentenced", None, "sentence", "Ariel Manuel Friedler",
       kind="background", date="2014"),
    ev("Trump granted David Hossein Safavian", "granted", DT, "grant", DS + ", " + PP, date=TU),
    ev("Safavian was charged with making false statements", "charged", None, "charge", DS, kind="background"),
    ev("He was convicted in 2006.", "convicted", None, "convict", DS, kind="background", date="2006"),
    ev("The Court of Appeals for the D.C. Circuit vacated", "vacated", "The Court of Appeals for the D.C. Circuit",
       "vacate", "his conviction", kind="background"),
    ev("The Court of Appeals for the D.C. Circuit vacated", "ordered", "The Court of Appeals for the D.C. Circuit",
       "order", "a new trial", kind="background"),
    ev("The Court of Appeals for the D.C. Circuit vacated", "found", None, "find", DS, kind="background",
       date="2008"),
    ev("In 1990, Michael Robert Milken pled guilty", "pled", "Michael Robert Milken", "plead",
       "guilty to charges related to his time as bond department head at Drexel Burnham Lambert",
       kind="background", date="1990"),
    ev("Trump granted Milken a full", "granted", DT, "grant", "Michael Robert Milken " + PP, date=TU),
    ev("Trump granted Paul Harvey Pogue", "granted", DT, "grant", "Paul Harvey Pogue " + PP, date=TU),
    ev("Pogue, the founder of Pogue Construction", "convicted", None, "convict", "Paul Harvey Pogue",
       kind="background", date="2010"),
    ev("Pogue's cause was reportedly helped", "helped", "Rick Santorum", "help", "Pogue's cause"),
    ev("Pogue's cause was reportedly helped", "mentioned", "Rick Santorum", "mention",
       "Pogue's conviction to Trump", kind="speech act"),
    ev("Trump granted Bernard Bailey Kerik", "granted", DT, "grant", "Bernard Bailey Kerik " + PP, date=TU),
    ev("Kerik, a former commissioner", "convicted", None, "convict", "Bernard Bailey Kerik", kind="background",
       date="2010"),
    ev("Trump granted Edward J. DeBartolo Jr.", "granted", DT, "grant", "Edward J. DeBartolo Jr. " + PP, date=TU),
    ev("DeBartolo, who used to own", "convicted", None, "convict", "Edward J. DeBartolo Jr.", kind="background",
       date="1998"),
]

CL_ABOUT = (
    "Wikinews, Wednesday 2019-10-16: Hong Kong's Chief Executive Carrie Lam gives her policy speech by video after "
    "protests in the legislature (Asian politics and a legislature). 'Today' = 2019-10-16 dates every act of the "
    "session and the speech (the narration of the lead's day: the delivery, the interruption, the adjournment told "
    "twice, the delivery by video told again in a main clause, the shouting and projecting, the removals, Lam's "
    "leaving, her speaking on the economy and introducing housing initiatives). 'delivered her annual policy "
    "speech' is a speech act; 'Speaking in the Legislative Council' tells the delivery again in a participle (not "
    "listed again); 'was interrupted by protesting legislators' is turned back; 'The council was adjourned' is "
    "agentless, and 'Council President Andrew Leung adjourned the session' tells it again in a main clause (listed "
    "again, as events-dev29's 'erupted'); 'This was reportedly the first such occurrence' is a copula; 'A number of "
    "legislators were removed' is agentless; 'as Lam left' a time clause that tells an act of its own; Lam's "
    "quotations and 'said', 'further stated' are not listed; 'spoke on the economy' is a speech act with its own "
    "object; 'noting it was the worst their economy had performed since 2009' reports a state (not listed); "
    "'introduced housing and property initiatives' is listed, 'to address concerns' a purpose; 'Tanya Chan spoke to "
    "the press after the speech:' and 'Regina Ip ... said in a press conference:' only introduce quotations (as "
    "events-dev29's 'told the public'). 'Lam' and 'She' are written 'Carrie Lam'.")
CL = "Carrie Lam"
TD = "2019-10-16"
LA = [
    ev("Today, Chief Executive of Hong Kong Carrie Lam delivered", "delivered", CL, "deliver",
       "her annual policy speech", kind="speech act", date=TD),
    ev("Speaking in the Legislative Council", "interrupted", "protesting legislators", "interrupt", CL, date=TD),
    ev("The council was adjourned", "adjourned", None, "adjourn", "The council", date=TD),
    ev("The council was adjourned", "delivered", CL, "deliver", "the speech via video", kind="speech act",
       date=TD),
    ev("Lawmakers from the pro-democracy camp shouted", "shouted", "Lawmakers from the pro-democracy camp",
       "shout", "at Lam", date=TD),
    ev("Lawmakers from the pro-democracy camp shouted", "projected", "Lawmakers from the pro-democracy camp",
       "project", "slogans onto the walls of the council chambers", date=TD),
    ev("A number of legislators were removed", "removed", None, "remove", "A number of legislators", date=TD),
    ev("Council President Andrew Leung adjourned", "adjourned", "Andrew Leung", "adjourn", "the session",
       date=TD),
    ev("Council President Andrew Leung adjourned", "left", CL, "leave", None, date=TD),
    ev("Lam also spoke on the economy", "spoke", CL, "speak", "on the economy", kind="speech act", date=TD),
    ev("Lam also introduced housing", "introduced", CL, "introduce", "housing and property initiatives",
       date=TD),
]

KH_ABOUT = (
    "Wikinews, Tuesday 2019-10-29: the former US Senator Kay Hagan dies aged 66 (US politics and an obituary). "
    "'Yesterday' = 2019-10-28 dates the death, told twice (the second 'According to Sadie Weiner', listed again, as "
    "events-dev35's Mendez); her life is background, dated by the years the text gives ('in 2008' her first "
    "election to Congress, her defeat of Elizabeth Dole and her becoming the first female Democratic Senator from "
    "North Carolina, 'on May 26, 1953' the birth, 'in 1975' the degree, 'in 1978' the graduation, 'In 1998' the run "
    "for the state Senate, 'in 2014' the lost reelection). 'according to a statement released by her family' gives "
    "reported_by to the death ('released' describes the statement); 'first elected to Congress in 2008' is an "
    "agentless participle that tells a dated act (as events-dev34's 'begun on November 15'); 'following ten years "
    "working for NationsBank' and 'She served for one term' are tenures (not listed); 'successfully ran for a seat' "
    "is listed; 'defeated ... to become the first female Democratic US Senator from North Carolina' gives the defeat "
    "and the becoming (a result, as events-dev29's 'became the first woman to serve'); 'before losing reelection to "
    "Thom Tillis' tells an act; 'leading to encephalitis' a participle that tells the virus's effect in her case "
    "(reported by Weiner, as events-dev29's 'resulting in'). 'Hagan' and 'She' are written 'Kay Hagan'.")
KH = "Kay Hagan"
KA = [
    ev("Yesterday, former United States Senator Kay Hagan died", "died", KH, "die", None,
       rep="a statement released by her family", date="2019-10-28"),
    ev("Hagan, first elected to Congress in 2008", "elected", None, "elect", KH, kind="background", date="2008"),
    ev("Hagan, first elected to Congress in 2008", "born", None, "bear", KH, kind="background",
       date="1953-05-26"),
    ev("She received her undergraduate degree", "received", KH, "receive", "her undergraduate degree",
       kind="background", date="1975"),
    ev("She received her undergraduate degree", "graduated", KH, "graduate", "from Wake Forest University",
       kind="background", date="1978"),
    ev("In 1998, following ten years", "ran", KH, "run", "for a seat in North Carolina's state Senate",
       kind="background", date="1998"),
    ev("A decade later, in 2008, Hagan defeated", "defeated", KH, "defeat", "Elizabeth Dole", kind="background",
       date="2008"),
    ev("A decade later, in 2008, Hagan defeated", "become", KH, "become",
       "the first female Democratic US Senator from North Carolina", kind="background", date="2008"),
    ev("She served for one term before losing", "losing", KH, "lose", "reelection to Thom Tillis",
       kind="background", date="2014"),
    ev("According to Sadie Weiner", "died", KH, "die", None, rep="Sadie Weiner", date="2019-10-28"),
    ev("According to Sadie Weiner", "leading", "Powassan virus", "lead", "to encephalitis", rep="Sadie Weiner"),
]

DOCS = {
    "wn_2019-09-26_Former-president-of-France-Jacques-Chirac-dies-aged-86.txt": (JC_ABOUT, JA),
    "wn_2019-12-16_Conservative-Party-wins-majority-in-2019-UK-general-election.txt": (UK_ABOUT, UK),
    "wn_2020-09-02_Tributes-paid-to-recently-deceased-US-actor-Chadwick-Boseman.txt": (CB_ABOUT, CH),
    "wn_2020-02-21_US-President-Trump-grants-eleven-people-clemency.txt": (TC_ABOUT, TC),
    "wn_2019-10-16_Hong-Kong-s-Carrie-Lam-delivers-speech-on-video-after-protests-in-legislature.txt": (CL_ABOUT, LA),
    "wn_2019-10-29_Former-US-Senator-Kay-Hagan-dies-at-age-66.txt": (KH_ABOUT, KA),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind48/make_gold_dev37.py"))
