"""Write the event gold tests/data/gold/wikinews-events-dev36 from hand annotations (round blind48, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind48/make_gold_dev36.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev36"

BJ_ABOUT = (
    "Wikinews, Wednesday 2019-07-24: Conservative Party members elect Boris Johnson their leader, and so the next "
    "Prime Minister (UK politics). 'on Tuesday' = 2019-07-23 dates the vote, his win and his victory speech (the "
    "narration of the lead's day); 'today' = 2019-07-24 Theresa May's stepping down and Johnson's succeeding her, "
    "both scheduled ('is to step down', 'with Johnson succeeding her': modality will, as events-dev30's 'were to "
    "investigate'); 'in 2001' his entry into politics and his election, 'until 2018' his resignation as Foreign "
    "Secretary (background). 'voted ... to elect Boris Johnson ... as the new Conservative leader' is one act, the "
    "vote (as events-dev34's 'voted to lift it'); 'competed for the role against' is listed (undated: the text gives "
    "the contest no day), 'who succeeded him as Foreign Secretary' a relative that tells an act (background); 'that "
    "were eligible to vote' describes; 'stressed his support' is a speech act with a noun object, 'reiterated that "
    "he plans on leaving' a speech act whose content is a stance (a plan, as events-dev29's 'plan') reported by him; "
    "'even if no agreement has been reached' is a condition (not listed); 'has repeatedly voted against' is listed "
    "(a series of votes, not a habit of the institution; undated); 'served eight years as the mayor of London' and "
    "'which he served as until 2018' are tenures (not listed), 'before rejoining Parliament' a gerund that tells an "
    "act, 'resigning in protest' a participle that tells one; the last paragraph ('do not elect ... directly', 'is "
    "appointed Prime Minister by the King or Queen', 'is elected indirectly, as the people vote') tells how the "
    "system works: standing facts, not listed. 'Johnson' and 'He' are written 'Boris Johnson', 'May' 'Theresa May'.")
BJ = "Boris Johnson"
TU = "2019-07-23"
BO = [
    ev("Conservative Party members voted on Tuesday", "voted", "Conservative Party members", "vote",
       "to elect Boris Johnson", date=TU),
    ev("Current Prime Minister Theresa May is to step down", "step", "Theresa May", "step down", None, mod="will",
       date="2019-07-24"),
    ev("Current Prime Minister Theresa May is to step down", "succeeding", BJ, "succeed", "Theresa May",
       mod="will", date="2019-07-24"),
    ev("Johnson competed for the role", "competed", BJ, "compete", "for the role against Jeremy Hunt"),
    ev("Johnson competed for the role", "succeeded", "Jeremy Hunt", "succeed", BJ, kind="background"),
    ev("He won with 92,153 votes", "won", BJ, "win", None, date=TU),
    ev("In his victory speech, Johnson stressed", "stressed", BJ, "stress", "his support for the Brexit movement",
       kind="speech act", date=TU),
    ev("In his victory speech, Johnson stressed", "reiterated", BJ, "reiterate",
       "he plans on leaving the European Union", kind="speech act", date=TU),
    ev("In his victory speech, Johnson stressed", "plans", BJ, "plan", "on leaving the European Union",
       kind="stance", rep=BJ),
    ev("Parliament, however, has repeatedly voted", "voted", "Parliament", "vote", "against a \"no deal\" Brexit"),
    ev("Johnson first entered politics", "entered", BJ, "enter", "politics", kind="background", date="2001"),
    ev("Johnson first entered politics", "elected", None, "elect", BJ, kind="background", date="2001"),
    ev("He then served eight years as the mayor", "rejoining", BJ, "rejoin", "Parliament", kind="background"),
    ev("Following the UK's Brexit vote, Theresa May appointed", "appointed", "Theresa May", "appoint", BJ,
       kind="background"),
    ev("Following the UK's Brexit vote, Theresa May appointed", "resigning", BJ, "resign", None,
       kind="background", date="2018"),
]

HK_ABOUT = (
    "Wikinews, Sunday 2019-06-23: thousands of protesters surround Hong Kong's police headquarters over the "
    "extradition bill (Asian politics and a protest). 'On Friday' = 2019-06-21 dates the gathering, the blocking, "
    "the chanting and the throwing, and the protest's beginning, its move and some protesters' heading for Revenue "
    "Tower (the narration of the lead's day); 'last week's protests, one of which drew two million people' dates "
    "the drawing by the week's Monday (2019-06-10, a week by its Monday); the suspension 'after last week's "
    "protests', the students' deadline and its not being met ('until Thursday' dates the deadline, not an act), the "
    "demands, the arrests and the calls are not dated; 'in 1997' the handover (background). 'wearing black clothes' "
    "describes; 'This comes after weeks of protests' relates two things (not listed); 'a proposed change ... that "
    "would allow', 'The bill in question would allow' and 'who had been accused of crimes' are a bill's terms (not "
    "listed); 'which the BBC describes as \"...\"' is a speech act (as events-dev34's 'was described as "
    "\"knife-obsessed\" by the police'); 'was suspended' and 'was not met' are agentless; 'had given the government "
    "until Thursday to throw it out' is a demand (a speech act; its infinitive not listed, as a requested "
    "infinitive); 'Protesters' demands include' is a state, but the clause it names, 'that the government cease "
    "referring to the protests as \"riots,\"', is a requested clause (modality should, reported by the protesters, "
    "as events-dev34's 'recommended residents avoid'), and 'protesters who were arrested' an agentless relative that "
    "tells an act; 'had asked ... Carrie Lam ... to resign' lists the asking only, 'who is supported by' is a state, "
    "'this has been dropped from the list of demands' agentless; 'have also called for the bill to be dropped' is one "
    "speech act (as events-dev33's corrected 'calling for the killers ... to be brought to justice'); 'has been "
    "governed under', 'has allowed Hong Kong citizens more freedom', 'has its own legislature' and 'remains under' "
    "are standing facts (not listed). 'They' is written 'Hong Kong protesters' (the protesters of the demands).")
HP = "thousands of Hong Kong protesters"
FR = "2019-06-21"
HK = [
    ev("On Friday, thousands of Hong Kong protesters", "gathered", HP, "gather",
       "around Hong Kong's principal police complex", date=FR),
    ev("On Friday, thousands of Hong Kong protesters", "blocking", HP, "block", "the exits", date=FR),
    ev("On Friday, thousands of Hong Kong protesters", "chanted", HP, "chant", "slogans", date=FR),
    ev("On Friday, thousands of Hong Kong protesters", "threw", HP, "throw", "eggs", date=FR),
    ev("The protest began outside", "began", "The protest", "begin", "outside the Legislative Council Complex",
       date=FR),
    ev("The protest began outside", "moved", "The protest", "move",
       "a few blocks to the Hong Kong Police Headquarters", date=FR),
    ev("The protest began outside", "heading", "some protesters", "head", "for Revenue Tower", date=FR),
    ev("The bill in question would allow", "describes", "the BBC", "describe", "its legal system",
       kind="speech act"),
    ev("The bill was suspended after", "suspended", None, "suspend", "The bill"),
    ev("The bill was suspended after", "drew", "one of last week's protests", "draw", "two million people",
       date="2019-06-10"),
    ev("Hong Kong student groups had given", "given", "Hong Kong student groups", "give",
       "the government until Thursday", kind="speech act"),
    ev("Hong Kong student groups had given", "met", None, "meet", "this deadline", neg=True),
    ev("Protesters' demands include", "arrested", None, "arrest", "protesters"),
    ev("Protesters' demands include", "cease", "the government", "cease",
       "referring to the protests as \"riots,\"", mod="should", rep="Hong Kong protesters"),
    ev("They had asked Hong Kong Chief Executive", "asked", "Hong Kong protesters", "ask",
       "Hong Kong Chief Executive Carrie Lam", kind="speech act"),
    ev("They had asked Hong Kong Chief Executive", "dropped", None, "drop", "this"),
    ev("Legal and religious groups have also called", "called", "Legal and religious groups", "call for",
       "the bill to be dropped", kind="speech act"),
    ev("The British relinquished control", "relinquished", "The British", "relinquish",
       "control of Hong Kong to China", kind="background", date="1997"),
]

WM_ABOUT = (
    "Wikinews, Monday 2019-02-11: the oceanographer Walter Munk dies aged 101 (science and an obituary). 'on "
    "Friday' = 2019-02-08 dates the announcement of his death, which is turned back ('was announced ... by the "
    "University of California, San Diego'); the death itself is told again in the next sentence ('died of "
    "pneumonia', listed, as events-dev33's death told twice) but the text gives it no day (not dated); his life is "
    "background, dated by the years the text gives ('in 1939' the move to California, 'last year' = 2018 the Legion "
    "of Honour received); his birth, emigration, job, recall, work, research, observation of a test, PhD and the "
    "naming of a ray are not dated ('a 1950s atomic bomb test' dates a noun by a decade). 'to pursue his education' "
    "and 'to predict likely wave conditions' are purposes; 'this romance failed' is listed (background), 'he "
    "remained there' a state, 'taking a job' a participle that tells an act; 'served in the US Army' is a tenure (not "
    "listed), 'before being recalled to Scripps' an agentless passive gerund (as events-dev33's 'after being "
    "hospitalized'), 'assisted in work' and 'researched ways' acts of his career (listed, as events-dev35's "
    "'studied Hollywood makeup'); 'was later used' is agentless; 'was involved in nuclear weapons research', "
    "'Other research interests included', 'was an early scientific adopter', 'was also interested in' are states; "
    "'observing a 1950s atomic bomb test' and 'receiving fallout from it' participles that tell acts; 'Earning a "
    "post-war PhD' a participle that tells an act; 'known to leap out the water' describes, 'was named after Munk' "
    "agentless; the quotations and their 'said' are not listed; 'Khosla talked of Munk's \"countless discoveries "
    "...\"' is a speech act with a noun object (its quoted words inside it, as events-dev34's 'thanked \"the police, "
    "...\"'), 'She described him as \"...\"' a speech act (as events-dev34's 'was described as \"knife-obsessed\"'); "
    "'Awards included' is a state, 'received last year during a visit to Paris' a participle that tells a dated "
    "act (as events-dev33's 'established in 2015'), agentless (the text does not name the receiver in that clause), "
    "'to receive the US National Medal of Science' a purpose. 'Munk' and 'He' are written 'Walter Munk', 'Khosla' "
    "'Pradeep Khosla', 'She' 'Margaret Leinen'.")
WM = "Walter Munk"
WA = [
    ev("The death of pioneering oceanographer Walter Munk", "announced", "University of California, San Diego",
       "announce", "The death of pioneering oceanographer Walter Munk", kind="speech act", date="2019-02-08"),
    ev("He was 101 and died of pneumonia", "died", WM, "die", None),
    ev("Munk was born in Austria", "born", None, "bear", WM, kind="background"),
    ev("Munk was born in Austria", "emigrated", WM, "emigrate", "to the United States", kind="background"),
    ev("Munk was born in Austria", "moving", WM, "move", "to California", kind="background", date="1939"),
    ev("Although this romance failed", "failed", "this romance", "fail", None, kind="background"),
    ev("Although this romance failed", "taking", WM, "take", "a job at the Scripps Institution of Oceanography",
       kind="background"),
    ev("He served in the US Army in World War Two", "recalled", None, "recall", WM, kind="background"),
    ev("He served in the US Army in World War Two", "assisted", WM, "assist",
       "in work to predict likely wave conditions during Allied landings", kind="background"),
    ev("He also researched ways", "researched", WM, "research", "ways to counter military submarines",
       kind="background"),
    ev("Munk's work was later used", "used", None, "use", "Munk's work", kind="background"),
    ev("Post-war, he was involved in nuclear weapons research", "observing", WM, "observe",
       "a 1950s atomic bomb test", kind="background"),
    ev("Post-war, he was involved in nuclear weapons research", "receiving", WM, "receive", "fallout from it",
       kind="background"),
    ev("Earning a post-war PhD", "Earning", WM, "earn", "a post-war PhD in oceanography", kind="background"),
    ev("A species of devil ray known", "named", None, "name", "A species of devil ray", kind="background"),
    ev("Khosla talked of Munk's", "talked", "Pradeep Khosla", "talk", "of Munk's \"countless discoveries\"",
       kind="speech act"),
    ev("She described him as", "described", "Margaret Leinen", "describe", WM, kind="speech act"),
    ev("Awards included a trip to the White House", "received", None, "receive", "the French Legion of Honour",
       kind="background", date="2018"),
]

SC_ABOUT = (
    "Wikinews, Tuesday 2019-09-24: the UK Supreme Court rules the prorogation of Parliament unlawful (courts and UK "
    "politics). 'Today' = 2019-09-24 dates the ruling, the court's findings and its ruling on the appeal (the "
    "narration of the lead's day); 'on September 10' = 2019-09-10 the Queen's suspension of Parliament, 'on "
    "September 11' = 2019-09-11 the Court of Session's ruling and 'on the same day as the Scottish court' the High "
    "Court's; 'For three days last week' dates the hearing by the week's Monday (2019-09-16); 'in a 2016 referendum' "
    "the vote to leave (background); Major's accusation and argument, the government's lawyer's argument and "
    "Johnson's statements are not dated ('On September 13' dates a 'said' whose content is a copula: nothing "
    "listed). 'issued a ruling on' is a speech act (as events-dev35's 'issued a ruling against'); 'The court found "
    "that it could rule' and 'found the prorogation to be unlawful' are the court's two findings (speech acts, as "
    "events-dev33's 'The hospital also found him to be positive'; the first one's content an ability, not listed); "
    "'is the final court of appeal', 'is lead by' are standing facts; 'The summary of the decision read in part:' "
    "only introduces a quotation; 'suspended parliament at the behest of Boris Johnson' is the Queen's act "
    "(background); 'is widely suspected of asking for prorogation to prevent ...' is an agentless stance whose "
    "object is Johnson, and 'asking for prorogation' a gerund that tells his act (a speech act, not in doubt: the "
    "sentence before says the suspension was 'at the behest of' him); 'ruled ... the prorogation was unlawful' a "
    "speech act whose content is a copula; 'ruled on the appeal of that decision' is listed; 'finding that the "
    "prorogation of Parliament was not a matter for the courts' describes the ruling and its content is a copula "
    "(not listed), its quotation not listed; 'heard arguments' is listed; 'has accused Johnson of misleading the "
    "Queen' gives the accusation and the misleading (reported by Major, as a blame's content), 'argued that the true "
    "intent ... was to shut down debate' a speech act whose content is a copula, 'as the Court of Session found' "
    "tells the Court of Session's ruling again in a subordinate clause (not listed again); 'The government's "
    "counter-argument was that' is a copula ('given by the legislature' describes), 'If Parliament does not like "
    "..., it has the power' a condition and a state; 'It is not for the Court to opine ..., argued the government's "
    "lawyer' is an inverted speech act (as 'arguing that' in events-dev35); 'voted in a 2016 referendum to leave' is "
    "the vote (background); 'the deadline currently stands at' is a state; 'has repeatedly stated that Britain must "
    "leave' is a neutral report of a required act (modality must, reported by Johnson); 'he said he remained "
    "\"cautiously optimistic\" a deal would be reached' reports a state and a hypothetical (not listed). 'The court' "
    "and 'The Supreme Court' are written 'the Supreme Court of the United Kingdom', 'Johnson' and 'He' 'Boris "
    "Johnson'.")
SC = "the Supreme Court of the United Kingdom"
BJ = "Boris Johnson"
T24 = "2019-09-24"
SU = [
    ev("Today at 10:30 BST", "issued", SC, "issue", "a ruling on the prorogation", kind="speech act", date=T24),
    ev("The court found that it could rule", "found", SC, "find", "it could rule on the prorogation",
       kind="speech act", date=T24),
    ev("The court found that it could rule", "found", SC, "find", "the prorogation to be unlawful", nth=2,
       kind="speech act", date=T24),
    ev("Queen Elizabeth II suspended parliament", "suspended", "Queen Elizabeth II", "suspend", "parliament",
       kind="background", date="2019-09-10"),
    ev("He is widely suspected of asking", "suspected", None, "suspect", BJ, kind="stance"),
    ev("He is widely suspected of asking", "asking", BJ, "ask for", "prorogation", kind="speech act"),
    ev("Following that reasoning, the Court of Session", "ruled", "the Court of Session in Scotland", "rule",
       "the prorogation was unlawful", kind="speech act", date="2019-09-11"),
    ev("The Supreme Court ruled on the appeal", "ruled", SC, "rule", "on the appeal of that decision",
       kind="speech act", date=T24),
    ev("The High Court of England and Wales also ruled", "ruled", "The High Court of England and Wales", "rule",
       None, kind="speech act", date="2019-09-11"),
    ev("For three days last week, the court heard", "heard", SC, "hear", "arguments from the two sides",
       date="2019-09-16"),
    ev("Former prime minister John Major has accused", "accused", "John Major", "accuse", BJ, kind="speech act"),
    ev("Former prime minister John Major has accused", "misleading", BJ, "mislead", "the Queen", rep="John Major"),
    ev("Former prime minister John Major has accused", "argued", "John Major", "argue",
       "the true intent of seeking prorogation was to shut down debate in parliament", kind="speech act"),
    ev("It is not for the Court to opine", "argued", "Richard Keen", "argue",
       "It is not for the Court to opine about the motivations", kind="speech act"),
    ev("Britons voted in a 2016 referendum", "voted", "Britons", "vote", "to leave the EU", kind="background",
       date="2016"),
    ev("Johnson has repeatedly stated", "leave", "Britain", "leave", None, mod="must", rep=BJ),
]

EW_ABOUT = (
    "Wikinews, Thursday 2020-04-16 (no dateline): Elizabeth Warren endorses Joe Biden for president (US politics and "
    "a campaign). 'yesterday' = 2020-04-15 dates the announcement and the endorsing it reports, and the acts of the "
    "video message and of Biden's answer on Twitter (the narration of the lead's day); 'in early March' = 2020-03 "
    "dates her dropping out and 'at the time' her not endorsing anyone then, 'March 3' = 2020-03-03 the failure to "
    "win Super Tuesday's contests (background); Sanders's and Obama's announcements ('shortly after') and her policy "
    "plans are not dated. 'announced yesterday she was endorsing Joe Biden' is a speech act whose content, the "
    "endorsing, is reported by her; 'The move came shortly after' relates two acts (not listed); 'posted to "
    "Twitter' describes the message; 'commended Biden for his empathy' and 'praised Warren's endorsement' are "
    "speech acts; 'said she was \"proud ...\"' and 'stating he was \"proud ...\"' report copulas in quotation marks "
    "(not listed); 'expressed a desire to work with Warren' is a speech act with a noun object; 'was known for her "
    "anti-corruption stance' is a state, 'had released over 70 policy plans' listed (background); 'dropped out of the "
    "race ... after failing to win' gives two acts (as events-dev30's 'failed to stop'); 'did not immediately endorse "
    "another candidate at the time' a negated speech act. 'Warren' and 'she' are written 'Elizabeth Warren', 'Biden' "
    "and 'He' 'Joe Biden'.")
EW = "Elizabeth Warren"
JB = "Joe Biden"
Y = "2020-04-15"
EN = [
    ev("Former US presidential candidate Elizabeth Warren announced", "announced", EW, "announce",
       "she was endorsing Joe Biden for this year's presidential election", kind="speech act", date=Y),
    ev("Former US presidential candidate Elizabeth Warren announced", "endorsing", EW, "endorse", JB,
       kind="speech act", rep=EW, date=Y),
    ev("The move came shortly after", "announced", "Bernie Sanders and Barack Obama", "announce",
       "their own support for Biden", kind="speech act"),
    ev("In a video message posted to Twitter", "commended", EW, "commend", JB, kind="speech act", date=Y),
    ev("Biden praised Warren's endorsement", "praised", JB, "praise", "Warren's endorsement", kind="speech act",
       date=Y),
    ev("He also expressed a desire", "expressed", JB, "express", "a desire to work with Warren", kind="speech act",
       date=Y),
    ev("In Warren's campaign for the Democratic Party nomination", "released", EW, "release",
       "over 70 policy plans", kind="background"),
    ev("However, she dropped out of the race", "dropped", EW, "drop out", "of the race", kind="background",
       date="2020-03"),
    ev("However, she dropped out of the race", "failing", EW, "fail",
       "to win any of the fourteen state nominating contests", kind="background", date="2020-03-03"),
    ev("She did not immediately endorse", "endorse", EW, "endorse", "another candidate", neg=True,
       kind="speech act", date="2020-03"),
]

HM_ABOUT = (
    "Wikinews, Thursday 2020-02-27 (no dateline): the former President of Egypt Hosni Mubarak dies aged 91 (Middle "
    "East politics and an obituary). 'On Tuesday' = 2020-02-25 dates the death and the state news's announcement "
    "of it on television, and the criticism made 'In the announcement on television' (the narration of the lead's "
    "day); 'on Wednesday' = 2020-02-26 the funeral; al-Sisi's announcement is not dated ('Wednesday through Friday' "
    "dates the mourning, a noun), nor the cause of death not announced. 'Cause of death was not announced' is a "
    "negated agentless speech act (as events-dev30's 'No cause of death was announced'); 'Reportedly, his family "
    "said he was in intensive care' reports a state (not listed; 'a stomach tumour removal last month' is a noun); "
    "'the government allegedly criticized Hosni's creation of new cities', with 'ABC of Australia reported' after "
    "it, is a speech act reported by ABC ('allegedly' gives no reporter, as 'reportedly'), 'which were not "
    "economically feasible' a state; 'announced three days of national mourning' is a speech act; 'A military "
    "funeral was held' is agentless; 'was the President of Egypt from 1981 until 2011' is a tenure (not listed). "
    "'The country's state news' is written 'Egypt's state news', 'the government' 'the government of Egypt'.")
HM = [
    ev("On Tuesday, Hosni Mubarak", "died", "Hosni Mubarak", "die", None, date="2020-02-25"),
    ev("The country's state news announced", "announced", "Egypt's state news", "announce", "the death",
       kind="speech act", date="2020-02-25"),
    ev("Cause of death was not announced", "announced", None, "announce", "Cause of death", neg=True,
       kind="speech act"),
    ev("In the announcement on television, the government", "criticized", "the government of Egypt", "criticize",
       "Hosni's creation of new cities in the desert", kind="speech act", rep="ABC of Australia",
       date="2020-02-25"),
    ev("Egypt's current President Abdel Fattah al-Sisi announced", "announced", "Abdel Fattah al-Sisi",
       "announce", "three days of national mourning", kind="speech act"),
    ev("A military funeral was held", "held", None, "hold", "A military funeral", date="2020-02-26"),
]

DOCS = {
    "wn_2019-07-24_Boris-Johnson-elected-Conservative-leader-slated-to-be-Britain-s-next-Prime-Mini.txt": (BJ_ABOUT, BO),
    "wn_2019-06-23_Hong-Kong-protesters-surround-downtown-police-complex.txt": (HK_ABOUT, HK),
    "wn_2019-02-11_Pioneering-oceanographer-Walter-Munk-dies-of-pneumonia-in-California.txt": (WM_ABOUT, WA),
    "wn_2019-09-24_UK-Supreme-Court-rules-prorogation-of-parliament-unlawful.txt": (SC_ABOUT, SU),
    "wn_2020-04-16_Elizabeth-Warren-endorses-Joe-Biden-in-2020-US-presidential-election.txt": (EW_ABOUT, EN),
    "wn_2020-02-27_Former-Egyptian-President-Hosni-Mubarak-dies.txt": (HM_ABOUT, HM),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind48/make_gold_dev36.py"))
