"""Write tests/data/gold/wikinews-events-val-second: a second, independent event annotation of the four texts of the
validation event gold (round iaa51-wn, inter-annotator agreement).

Written blind: the first annotation (tests/data/gold/wikinews-events-val) was never opened, and no extraction was run
on these texts. Conventions: tests/data/gold/README.md (states since session 43 are events only when they begin or
end), bench/audit/blind48/README.md (Method) and the `about` strings of the later event golds.

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/iaa51/make_second_wn.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-val-second"
SCRIPT = "bench/audit/iaa51/make_second_wn.py"

CV_ABOUT = (
    "Wikinews, Monday 2019-07-01: a federal judge sentences James Alex Fields, the driver of the car attack at the "
    "Unite the Right rally in Charlottesville, to life in prison (US justice; a second, independent annotation). "
    "'On Friday' = 2019-06-28 dates the sentencing; 'Last March' = 2019-03 the plea arrangement; the car attack, the "
    "killing and the injuries, the lawyers' argument, Susan Bro's stance, the rally's drawing attention, Trump's "
    "claim and the criticism of it, the state verdict and the scheduling are not dated ('the August 2017 Unite the "
    "Right rally' dates a noun, as events-dev36's 'observing a 1950s atomic bomb test'; 'In that event' names no "
    "date; 'for July' dates the state sentencing, a noun, not the scheduling, as events-dev36's 'until Thursday'). "
    "'for driving his car into a crowd' is a gerund that tells an act (background); 'who were counter-protesting "
    "against white supremacists' a relative that tells the crowd's act and 'white supremacists attending the ... "
    "rally' a participle that tells theirs (both background, as blind48's 'other biographical films portraying "
    "James Brown'); 'killed' and 'injured' are the attack's acts (background); 'The hearings and motions ... "
    "included' is a state ('leading up to' describes; the apology, testimony and requests are nouns), 'Fields' "
    "lawyers, who argued his history of mental illness' a relative that tells a speech act; 'made an arrangement "
    "with prosecutors' is listed, its terms ('to plead guilty to 29 ...', 'on condition they would not seek the "
    "death penalty') are not (as events-dev36's bill's terms and 'had given the government until Thursday to throw "
    "it out', its infinitive not listed); 'told reporters she considered the deal acceptable' is a neutral report "
    "(as events-dev27's 'told ... EURACTIV') whose content, a stance on the deal, is listed (reported by her, as "
    "blind48's 'saying he intends to leave'), and 'saying executing Fields would not bring her daughter back' "
    "reports a hypothetical (not listed); 'drew national attention' is listed (background); 'claimed there were "
    "\"fine people on both sides,\"' is a speech act whose content is an existential (as events-dev14's 'claimed "
    "the documents were subject to'), 'meaning ...' the writer's gloss, 'for which he was criticized' an agentless "
    "speech act; 'This sentence applies to' is a standing fact ('those issued by' describes, as blind48's 'All of "
    "the pardons issued'); 'has already been found guilty' and 'has been scheduled' are agentless. 'Fields' and "
    "'He' are written 'James Alex Fields', 'Trump' 'Donald Trump', 'Fields' lawyers' as written.")
JF = "James Alex Fields"
CV = [
    ev("On Friday, United States Federal District Judge", "sentenced", "Michael Urbanski", "sentence", JF,
       date="2019-06-28"),
    ev("On Friday, United States Federal District Judge", "driving", JF, "drive",
       "his car into a crowd of people", kind="background"),
    ev("On Friday, United States Federal District Judge", "counter-protesting", "a crowd of people",
       "counter-protest", "against white supremacists", kind="background"),
    ev("On Friday, United States Federal District Judge", "attending", "white supremacists", "attend",
       "the August 2017 Unite the Right rally in Charlottesville, Virginia", kind="background"),
    ev("In that event, Fields, a self-described", "killed", JF, "kill", "Heather Heyer", kind="background"),
    ev("In that event, Fields, a self-described", "injured", JF, "injure", "at least nineteen others",
       kind="background"),
    ev("The hearings and motions leading up", "argued", "Fields' lawyers", "argue", "his history of mental illness",
       kind="speech act"),
    ev("Last March, Fields made an arrangement", "made", JF, "make",
       "an arrangement with prosecutors to plead guilty to 29 out of 30 federal hate crime charges",
       kind="background", date="2019-03"),
    ev("Susan Bro, Heather Heyer's mother", "considered", "Susan Bro", "consider", "the deal acceptable",
       kind="stance", rep="Susan Bro"),
    ev("The Unite the Right rally drew", "drew", "The Unite the Right rally", "draw",
       "national attention within the United States", kind="background"),
    ev("The Unite the Right rally drew", "claimed", "Donald Trump", "claim",
       "there were \"fine people on both sides,\"", kind="speech act"),
    ev("The Unite the Right rally drew", "criticized", None, "criticize", "Donald Trump", kind="speech act"),
    ev("He has already been found guilty", "found", None, "find", JF, kind="background"),
    ev("State sentencing has been scheduled", "scheduled", None, "schedule", "State sentencing"),
]

WS_ABOUT = (
    "Wikinews, Friday 2019-09-20: an engineer is killed while working on a travelator at London's Waterloo station "
    "(a workplace death; local news). 'Very early Wednesday morning' = 2019-09-18 dates the death and the work "
    "during which it came; the call received 'at about 2:20 a.m.', the man found dead, the work told again, BTP's "
    "arrival and TfL's telling 'morning rush-hour passengers' are the narration of the lead's day (dated "
    "2019-09-18, as blind48's 'the narration of the lead's day'); BTP's investigation and Sadiq Khan's condolences "
    "are not dated (the text gives them no day). 'was killed' is agentless; 'while working at Waterloo station' is "
    "a time clause that tells the man's act that night (as blind48's 'as Lam left'), and 'He was working on a "
    "travelator ... when the incident occurred' tells it again in a main clause (listed again, as events-dev29's "
    "'erupted'; a night's work, not a career's 'continuing to work'), 'when the incident occurred' tells the death "
    "again in a subordinate clause (not listed again, as blind47's rule); 'according to British Transport Police' "
    "gives reported_by to the call received, 'but the man was found dead at the scene' is agentless; 'is in central "
    "London', 'is part of', 'The travelator allows' are standing facts, 'were the first responders and already "
    "there' and 'The man was a 44-year-old contract worker' copulas; 'when BTP arrived, by BTP's report' a time "
    "clause that tells an act (reported by BTP); 'told morning rush-hour passengers to take a longer way around' "
    "lists the telling (a speech act; its requested infinitive not listed, as blind48's 'pressured Trump not to "
    "commute'); 'started an investigation' is listed and 'which they treated as not suspicious but unexplained' is "
    "the police's stance on the death (listed, a stance); Gough's and the TfL official's quotations and their "
    "'said' and 'stated:' are not listed; 'gave his condolences via Twitter' is a speech act with a noun object, "
    "'adding, \"...\"' only introduces a quotation. 'He' and 'The man' are written 'an engineer' where subject, "
    "'BTP' and 'they' 'British Transport Police', 'TfL' 'Transport for London'.")
EN = "an engineer"
BTP = "British Transport Police"
WE = "2019-09-18"
WS = [
    ev("Very early Wednesday morning, an engineer", "killed", None, "kill", EN, date=WE),
    ev("Very early Wednesday morning, an engineer", "working", EN, "work", "at Waterloo station", date=WE),
    ev("Emergency services received the call", "received", "Emergency services", "receive", "the call", rep=BTP,
       date=WE),
    ev("Emergency services received the call", "found", None, "find", "the man", date=WE),
    ev("He was working on a travelator", "working", EN, "work", "on a travelator", date=WE),
    ev("London Ambulance Service and London Fire Brigade were", "arrived", BTP, "arrive", None, rep=BTP, date=WE),
    ev("Transport for London (TfL) told", "told", "Transport for London", "tell",
       "morning rush-hour passengers", kind="speech act", date=WE),
    ev("BTP started an investigation", "started", BTP, "start", "an investigation of the death"),
    ev("BTP started an investigation", "treated", BTP, "treat", "the death", kind="stance"),
    ev("The mayor of London, Sadiq Khan, gave", "gave", "Sadiq Khan", "give", "his condolences",
       kind="speech act"),
]

HI_ABOUT = (
    "Wikinews, Saturday 2019-12-21: the US House of Representatives impeaches President Donald Trump (US Congress). "
    "'On Wednesday' = 2019-12-18 dates the impeachment and the House's passing the articles, the articles' passing, "
    "the members' votes for and against (the narration of the lead's day, as blind48); 'in January' = 2020-01 the "
    "trial's expected beginning; 'in 1998' and 'in 1868' the two earlier impeachments (background); the trial to "
    "be faced, the articles' charges, the alleged pressure, Van Drew's expected leaving, McConnell's commitment and "
    "his anticipation, and the acquittals are not dated ('In the immediate aftermath of the vote' dates CNN's "
    "report, which is not listed). 'over complaints arising from' describes; 'is to face trial in the Senate' is a "
    "scheduled act (modality will, as events-dev30's 'were to investigate'), 'the third President to be impeached' "
    "a noun's description; 'The first charged Trump ..., and the second accused him ...' are the two articles' "
    "charges (speech acts of the articles, listed; the articles are the subjects by their fullest names); 'stemmed "
    "from' relates (not listed, as blind48's 'stemming from'); 'allegations Trump tried to pressure the Ukrainian "
    "government' gives the trying, reported_by 'allegations' (as events-dev6's 'allegations they failed to react' "
    "and events-dev4's 'an allegation he assaulted'), 'to launch an investigation' its requested infinitive and 'in "
    "order to help' a purpose (not listed), 'in which Biden is also running' a state; 'The articles passed' is "
    "listed (as events-dev23's 'The resolution passed'); 'The impeachment occurred largely along partisan lines' "
    "describes the vote (not listed), its 'with' absolutes are the members' acts (as events-dev23's); 'voted for the "
    "first article but against the second' is one vote (one verb); 'CNN reported' is a neutral report and gives "
    "reported_by to 'Jeff Van Drew was expected to leave the Democratic party' (the leaving, modality will: an "
    "expectation of the future, like 'anticipated to begin in January' after 'an impeachment trial', begin with "
    "will); 'reportedly previously committed to proceeding' is listed (background, as events-dev23's; 'reportedly' "
    "gives no reporter); 'publicly stated the trial would not be impartial' is a neutral report of a copula (not "
    "listed, as blind48's 'said' of September 13), 'saying he anticipated having \"a largely partisan outcome\"' a "
    "neutral report of his stance (listed, reported by him, as blind48's 'saying he intends to leave the EU'); "
    "'Republicans hold a majority', 'a two-thirds majority is needed' are states and rules; 'If Trump were removed, "
    "the Senate constitutionally could disqualify him' is a condition and a power (not listed, as events-dev36's "
    "'If Parliament does not like ..., it has the power'); 'has only impeached two other Presidents' is listed "
    "(background, as events-dev23's), 'was impeached in 1998, and Andrew Johnson in 1868' two agentless acts (the "
    "second's verb gapped: its row points at 'impeached'), 'acquitted both of them' listed. 'The House' is written "
    "'the United States House of Representatives', 'Trump' and 'him' 'Donald Trump', 'He' 'Mitch McConnell', "
    "'Republican members' 'Republican members of the House'.")
USH = "the United States House of Representatives"
DT = "Donald Trump"
WD = "2019-12-18"
HI = [
    ev("On Wednesday, the United States House of Representatives impeached", "impeached", USH, "impeach", DT,
       date=WD),
    ev("Trump, the third President to be impeached", "face", DT, "face", "trial in the Senate", mod="will"),
    ev("The House passed two different articles", "passed", USH, "pass", "two different articles of impeachment",
       date=WD),
    ev("The first charged Trump", "charged", "the first article of impeachment", "charge", DT, kind="speech act"),
    ev("The first charged Trump", "accused", "the second article of impeachment", "accuse", DT,
       kind="speech act"),
    ev("The abuse of power charge stemmed", "tried", DT, "try",
       "to pressure the Ukrainian government to launch an investigation of Joe Biden's son", rep="allegations"),
    ev("The articles passed by votes", "passed", "The articles", "pass", None, date=WD),
    ev("The impeachment occurred largely", "voting", "Democratic members of the House", "vote",
       "in favor of the impeachment", date=WD),
    ev("The impeachment occurred largely", "opposing", "Republican members of the House", "oppose", None,
       date=WD),
    ev("Two Democratic Representatives, Collin Peterson", "opposed", "Collin Peterson and Jeff Van Drew",
       "oppose", "both articles of impeachment", date=WD),
    ev("Two Democratic Representatives, Collin Peterson", "voted", "Jared Golden", "vote",
       "for the first article but against the second", date=WD),
    ev("In the immediate aftermath of the vote", "leave", "Jeff Van Drew", "leave", "the Democratic party",
       mod="will", rep="CNN"),
    ev("Mitch McConnell, the Republican Senate Majority Leader", "committed", "Mitch McConnell", "commit",
       "to proceeding with an impeachment trial", kind="background"),
    ev("Mitch McConnell, the Republican Senate Majority Leader", "begin", "an impeachment trial", "begin", None,
       mod="will", date="2020-01"),
    ev("He publicly stated the trial", "anticipated", "Mitch McConnell", "anticipate",
       "having \"a largely partisan outcome\" in the Senate", kind="stance", rep="Mitch McConnell"),
    ev("The House has only impeached", "impeached", USH, "impeach", "two other Presidents", kind="background"),
    ev("Bill Clinton was impeached in 1998", "impeached", None, "impeach", "Bill Clinton", kind="background",
       date="1998"),
    ev("Bill Clinton was impeached in 1998", "impeached", None, "impeach", "Andrew Johnson", kind="background",
       date="1868"),
    ev("The Senate acquitted both", "acquitted", "The Senate", "acquit", "Bill Clinton and Andrew Johnson",
       kind="background"),
]

TC_ABOUT = (
    "Wikinews, Saturday 2020-10-03 (no dateline): US President Donald Trump and his wife test positive for COVID-19 "
    "and he is flown to Walter Reed (US politics and health). 'Very early yesterday morning' = 2020-10-02 dates "
    "Trump's report, 'Yesterday afternoon' the landing and the flight, 'on Thursday' = 2020-10-01 Hope Hicks's "
    "positive test, 'as of yesterday' the Pence family's negative tests; the Trumps' positive tests are not dated "
    "(the day is only in the tweet's quotation, as events-dev27's Matovič), nor Barron's, Kushner's and Ivanka "
    "Trump's tests, the officials' testing, Conley's statement and his giving the drug (the text gives them no "
    "day). 'reported he and his wife ... tested positive' is a speech act (the announcement; a president's own "
    "news, not a press attribution) whose content is reported by him; 'Officials said' a neutral report that gives "
    "reported_by to the negative tests, 'as did ... Jared Kushner and Ivanka Trump' the same act of two more "
    "people (its row points at 'did'); 'took to social media, posting ... on Twitter, \"...\"' only introduces a "
    "quotation (not listed, as blind48's 'spoke to the press after the speech:'), the tweet is a quotation; "
    "'flying Trump to ...' a participle that tells an act; 'Reports said both were showing \"mild symptoms\"' "
    "reports a state; 'were tested' and 'as people were informed of the positive test' are agentless (the second a "
    "time clause that tells a speech act); 'issued a statement saying Trump has been given zinc, ...' gives the "
    "statement and the agentless giving reported by Conley; 'Conley also gave a single dose' is listed; 'is to "
    "continue performing his duties as president' is a state that holds (neither begins nor ends; not listed, as "
    "the gold README's states convention), 'now operating from the WRNMMC' a state; 'In the event of Trump "
    "becoming incapacitated, ... Pence could take over the duties of president' is a condition and a power (not "
    "listed, as events-dev36's 'If Parliament does not like ..., it has the power'); 'there were no changes' an "
    "existential. 'test positive' and 'test negative' are the lemmas (as events-dev27's). 'Trump' and 'he' are "
    "written 'Donald Trump', 'Conley' 'Sean Conley', 'Barron' as the text names him.")
Y = "2020-10-02"
TC = [
    ev("Very early yesterday morning, the United States President", "reported", DT, "report",
       "he and his wife First Lady Melania Trump tested positive for COVID-19", kind="speech act", date=Y),
    ev("Very early yesterday morning, the United States President", "tested", "Donald Trump and Melania Trump",
       "test positive", "for COVID-19", rep=DT),
    ev("Officials said the Trumps' 14-year-old son", "tested", "Barron", "test negative", None, rep="Officials"),
    ev("Officials said the Trumps' 14-year-old son", "did", "Jared Kushner and Ivanka Trump", "test negative",
       None, rep="Officials"),
    ev("Yesterday afternoon Marine One landed", "landed", "Marine One", "land",
       "on the White House's South Lawn", date=Y),
    ev("Yesterday afternoon Marine One landed", "flying", "Marine One", "fly",
       "Donald Trump to Walter Reed National Military Medical Center", date=Y),
    ev("Senior administration officials were tested", "tested", None, "test", "Senior administration officials"),
    ev("Senior administration officials were tested", "informed", None, "inform", "people", kind="speech act"),
    ev("Senior advisor Hope Hicks had tested", "tested", "Hope Hicks", "test positive", None, date="2020-10-01"),
    ev("Presidential physician Sean Conley issued", "issued", "Sean Conley", "issue", "a statement",
       kind="speech act"),
    ev("Presidential physician Sean Conley issued", "given", None, "give", DT, rep="Sean Conley"),
    ev("Conley also gave a single dose", "gave", "Sean Conley", "give",
       "a single dose of the experimental polyclonal antibodies drug from Regeneron Pharmaceuticals"),
    ev("The Pence family all tested negative", "tested", "The Pence family", "test negative", None, date=Y),
]

DOCS = {
    "wn_2019-07-01_Charlottesville-Virginia-killer-sentenced-to-life-in-prison.txt": (CV_ABOUT, CV),
    "wn_2019-09-20_Engineer-killed-while-working-on-travelator-at-London-Waterloo-station.txt": (WS_ABOUT, WS),
    "wn_2019-12-21_US-House-of-Representatives-impeaches-President-Trump.txt": (HI_ABOUT, HI),
    "wn_2020-10-03_US-President-Donald-Trump-tests-positive-for-COVID-19.txt": (TC_ABOUT, TC),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script=SCRIPT))
