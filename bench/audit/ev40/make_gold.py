"""Write the event gold tests/data/gold/wikinews-events-dev14 from hand annotations (round ev40).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev40/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev14"


DOCS = {}

NV_ABOUT = (
    "Wikinews, Thursday 2019-02-07: Nevada becomes the first state in the US with a majority-female legislature. "
    "'On Monday' = 2019-02-04, 'in 2012' = 2012. 'became the first state ... to begin a ... session' is listed (as "
    "'become the presumptive nominee' in events-dev4), the relative 'in which more than half ... were women' is a "
    "state; 'remarked, \"...\"', 'further remarking, \"...\"', 'said, \"...\"', 'According to ..., \"...\"', 'went on "
    "to add, \"...\"' and 'commented on party disparity ...: \"...\"' introduce quotations and everything inside them "
    "is not listed; 'was first elected to the state senate in 2012' is an agentless passive (background); 'belong "
    "to', 'has a female majority', 'once had', 'does not have', 'hold about 28 percent' are states; 'which make laws' "
    "is a standing description of the legislatures, not listed.")
NV = [
    ev("On Monday, Nevada became the first state", "became", "Nevada", "become",
       "the first state in the United States to begin a state legislative session", date="2019-02-04"),
    ev("Democrat Spearman, a minister", "elected", None, "elect", "Patricia Ann Spearman", kind="background",
       date="2012"),
]

HC_ABOUT = (
    "Wikinews, Saturday 2019-07-20: the US House of Representatives holds two Cabinet officers in criminal contempt "
    "of Congress. The day of the House's vote is not given in the text (no date). 'In April' = 2019-04, 'On June 12' "
    "= 2019-06-12, 'In late June' = 2019-06, 'on July 2' = 2019-07-02 and 'the next day' = 2019-07-03, 'on July 11' "
    "= 2019-07-11, 'in 2012' = 2012, 'in 1950' = 1950, '1965' names an act. 'voted to hold' lists 'vote' (the "
    "House's act; the infinitive is what it voted for); 'citing their refusal' introduces a reason, as does the "
    "purpose participle 'attempting to discern', not listed; 'The vote passed' is listed; 'has not pursued criminal "
    "charges' is a negated habitual fact (background, no date); 'refused to hand over' is listed undated (after the "
    "April subpoenas, no day); 'minutes before the Oversight Committee voted to refer' lists the committee's vote, "
    "dated June 12 like Trump's claim; 'claimed the documents were subject to' is a speech act whose content is a "
    "copula; 'has been trying to add the question' is listed ('try', as in events-dev2), 'with the stated rationale' "
    "not; 'ruled against its initial attempt' is a speech act, 'saying ... was \"contrived\"' a copula; 'announced he "
    "would drop his bid' lists the announcement and the drop (reported_by Trump, would, undated), 'before reversing "
    "course the next day and pressing forward' lists both acts dated 2019-07-03; 'the administration said he would "
    "use an executive order' gives 'use' (would, reported_by the Trump administration), 'disregarding the Supreme "
    "Court's ruling' describes it; 'finally gave up on July 11, arranging instead to provide' lists both; 'has "
    "Congress voted to hold a Cabinet officer' is the 2012 vote told as background (undated here, the date is given "
    "with the passive that follows); 'Eric Holder was held in contempt in 2012' is agentless, 'for refusing to turn "
    "over documents' his act; 'are referred to the Department of Justice' is a standing rule and 'Barr leads' a "
    "state; 'which Ross has referred to as \"gamesmanship\"' tells Ross's speech act (as 'called the notion a \"waste "
    "of time\"' in events-dev2); 'was last included ... in 1950' is agentless.")
HC = [
    ev("The United States House of Representatives voted", "voted", "The United States House of Representatives",
       "vote", "to hold two current Cabinet officers, Commerce Secretary Wilbur Ross and Attorney General William "
       "Barr, in contempt of Congress"),
    ev("The vote passed primarily", "passed", "The vote", "pass"),
    ev("Historically, the Department of Justice", "pursued", "the Department of Justice", "pursue",
       "criminal charges against those held in contempt of Congress", neg=True, kind="background"),
    ev("In April, the House Oversight", "authorized", "the House Oversight and Reform Committee", "authorize",
       "subpoenas for documents relating to the administration's decision to try to add a question about citizenship "
       "to the census", date="2019-04"),
    ev("Barr and Ross, however, refused", "refused", "William Barr and Wilbur Ross", "refuse",
       "to hand over the documents"),
    ev("On June 12, minutes before", "voted", "the House Oversight and Reform Committee", "vote",
       "to refer them to the full House", date="2019-06-12"),
    ev("On June 12, minutes before", "claimed", "Donald Trump", "claim",
       "the documents were subject to executive privilege", kind="speech act", date="2019-06-12"),
    ev("For weeks, the Trump administration", "trying", "the Trump administration", "try",
       "to add the question, \"Is this person a citizen of the United States?\", to the upcoming 2020 census"),
    ev("In late June, the United States Supreme Court", "ruled", "the United States Supreme Court", "rule",
       "against its initial attempt", kind="speech act", date="2019-06"),
    ev("A few days later, on July 2", "announced", "Donald Trump", "announce",
       "he would drop his bid to add the question", kind="speech act", date="2019-07-02"),
    ev("A few days later, on July 2", "drop", "Donald Trump", "drop", "his bid to add the question", mod="would",
       rep="Donald Trump"),
    ev("A few days later, on July 2", "reversing", "Donald Trump", "reverse", "course", date="2019-07-03"),
    ev("A few days later, on July 2", "pressing", "Donald Trump", "press forward", date="2019-07-03"),
    ev("A few days later the administration said", "use", "Donald Trump", "use", "an executive order", mod="would",
       rep="the Trump administration"),
    ev("The administration finally gave up", "gave", "the Trump administration", "give up", date="2019-07-11"),
    ev("The administration finally gave up", "arranging", "the Trump administration", "arrange",
       "to provide citizenship information to the Census Bureau from other government agencies",
       date="2019-07-11"),
    ev("Only once before has Congress", "voted", "Congress", "vote", "to hold a Cabinet officer in contempt",
       kind="background"),
    ev("Only once before has Congress", "held", None, "hold", "Eric Holder", kind="background", date="2012"),
    ev("Only once before has Congress", "refusing", "Eric Holder", "refuse",
       "to turn over documents related to Operation Fast and Furious", kind="background"),
    ev("Kerri Kupec, spokeswoman", "criticized", "Kerri Kupec", "criticize", "the House's decision",
       kind="speech act"),
    ev("Kerri Kupec, spokeswoman", "referred", "Wilbur Ross", "refer", "the House's decision", kind="speech act"),
    ev("The citizenship question was last included", "included", None, "include", "The citizenship question",
       kind="background", date="1950"),
]

PE_ABOUT = (
    "Wikinews, Wednesday 2019-09-25: US Speaker Pelosi announces a Trump impeachment investigation. 'Yesterday "
    "afternoon' = 2019-09-24, 'in late July' = 2019-07, 'In 1998' = 1998; 'from 2008 until 2016', 'of 1867' and "
    "'the 2020 presidential election' date no event told. 'announced that she would be launching' lists the "
    "announcement and the launch (would, reported_by Pelosi, undated); 'had previously opposed' is a stance; 'called "
    "Trump's conduct a \"...\", according to NBC' is a speech act reported by NBC and, like 'was directing six of the "
    "House's committees', dated the lead's day; the requested infinitive in quotation marks is not listed; "
    "'\"...,\" she announced' and 'said on Twitter, \"...\"' introduce quotations; 'do not all agree on how ...' is a "
    "state; 'has repeatedly maintained' with a clause is a speech act (its content a copula); 'The New York Times "
    "reported that ... Trump might have encouraged' gives 'encourage' (a speech act, might, reported_by the NYT, "
    "dated late July), 'who served as Vice President' describes Joe Biden; 'characterized the call ... as' and "
    "'attacked the impeachment investigation as' are speech acts (undated), 'responding to Pelosi's announcement' "
    "is the manner of the attack, not listed; 'Impeachment is the process by which ... can be removed', 'specifies "
    "that officials are removed' and 'is needed to impeach' are standing rules; 'have been impeached', 'Johnson was "
    "impeached', 'Clinton was impeached' are agentless (background), 'for lying ... and obstructing' the charges, "
    "not listed; 'which the Supreme Court later ruled to be unconstitutional' tells the court's act; the two "
    "failed votes are listed; 'would have faced impeachment' is listed with modality would (as the hypothetical "
    "'would limit' in events-dev12), and 'resigned' is Nixon's act.")
PE = [
    ev("Yesterday afternoon, Nancy Pelosi", "announced", "Nancy Pelosi", "announce",
       "she would be launching an impeachment inquiry into the conduct of United States President Donald Trump",
       kind="speech act", date="2019-09-24"),
    ev("Yesterday afternoon, Nancy Pelosi", "launching", "Nancy Pelosi", "launch",
       "an impeachment inquiry into the conduct of United States President Donald Trump", mod="would",
       rep="Nancy Pelosi"),
    ev("Pelosi had previously opposed", "opposed", "Nancy Pelosi", "oppose", "impeachment proceedings",
       kind="stance"),
    ev("Pelosi called Trump's conduct", "called", "Nancy Pelosi", "call", "Trump's conduct", rep="NBC",
       kind="speech act", date="2019-09-24"),
    ev("Specifically, she was directing", "directing", "Nancy Pelosi", "direct", "six of the House's committees",
       kind="speech act", date="2019-09-24"),
    ev("Democratic committee chairman Jerrold Nadler", "maintained", "Jerrold Nadler", "maintain",
       "an impeachment inquiry is what the committee is already doing", kind="speech act"),
    ev("The New York Times reported that", "encouraged", "Donald Trump", "encourage", "Volodymyr Zelensky",
       mod="might", rep="The New York Times", kind="speech act", date="2019-07"),
    ev("Trump characterized the call", "characterized", "Donald Trump", "characterize", "the call with Zelensky",
       kind="speech act"),
    ev("Trump, responding to Pelosi", "attacked", "Donald Trump", "attack", "the impeachment investigation",
       kind="speech act"),
    ev("In the history of the United States, only two", "impeached", None, "impeach", "only two presidents",
       kind="background"),
    ev("Johnson was impeached over", "impeached", None, "impeach", "Andrew Johnson", kind="background"),
    ev("Johnson was impeached over", "ruled", "the Supreme Court", "rule", "the Tenure of Office Act of 1867",
       kind="background"),
    ev("The vote to remove him from office failed", "failed", "The vote to remove him from office", "fail",
       kind="background"),
    ev("In 1998, Clinton was impeached", "impeached", None, "impeach", "Bill Clinton", kind="background",
       date="1998"),
    ev("In 1998, Clinton was impeached", "failed", "the vote to remove him", "fail", kind="background",
       date="1998"),
    ev("A third president, Richard Nixon", "faced", "Richard Nixon", "face", "impeachment over the Watergate scandal",
       mod="would", kind="background"),
    ev("A third president, Richard Nixon", "resigned", "Richard Nixon", "resign", kind="background"),
]

WH_ABOUT = (
    "Wikinews, Saturday 2020-03-14: the World Health Organization declares COVID-19 a pandemic. 'On Wednesday' = "
    "2020-03-11, 'in February' and 'in January' date no listed event ('published by CNN in February' describes "
    "remarks; 'the WHO's decision in January to declare' is a noun), 'As of Thursday' dates a count. 'declared the "
    "ongoing outbreak ... to be a pandemic' is a speech act, 'the disease caused by' describes; 'the word "
    "\"pandemic\" only refers to' is a standing fact; 'the WHO noted the need ...: \"...\"' introduces a quotation "
    "with a neutral reporting verb (not listed), as do 'said Tedros', 'He said, ..., \"...\"', 'He continued, "
    "\"...\"' and 'said of the outbreak, \"...\"'; everything inside quotation marks is not listed; 'According to "
    "Dr. Tom Frieden, the pandemic is \"unprecedented\"' is a copula; 'expressed a similar view' is a stance "
    "(undated), 'saying \"...\"' introduces a quotation; 'The new status ... follows' is a relation in the present; "
    "'Associated Press reported there were' reports an existential, 'resulting in' a count.")
WH = [
    ev("On Wednesday, the World Health Organization", "declared", "the World Health Organization", "declare",
       "the ongoing outbreak of COVID-19", kind="speech act", date="2020-03-11"),
    ev("Ghebreyesus expressed a similar view", "expressed", "Tedros Adhanom Ghebreyesus", "express",
       "a similar view", kind="stance"),
]

RU_ABOUT = (
    "Wikinews, Tuesday 2020-08-25: Caloundra defeat Wynnum in round four of the Sunshine Coast Rugby Union season. "
    "'on Saturday' = 2020-08-22, and the match and the round's other results are told of that day. Every quotation "
    "and its 'said' are not listed; 'opened the game' and 'hit back' (Wynnum's) are the match's acts; 'enjoyed the "
    "win' is a stance; 'The visitors would run away with the result' is narration (the future in the past, no "
    "modality), the visitors being Caloundra (the match was at Wynnum's ground); 'Fitness was a big factor ... "
    "according to Kidston' is a copula; 'knocked of Noosa' (sic) is 'knock off'.")
RU = [
    ev("Caloundra defeated Wynnum 45", "defeated", "Caloundra", "defeat", "Wynnum", date="2020-08-22"),
    ev("Caloundra opened the game", "opened", "Caloundra", "open", "the game", date="2020-08-22"),
    ev("Caloundra opened the game", "hit", "Wynnum", "hit back", date="2020-08-22"),
    ev("Caloundra half back Jarrod Kidston enjoyed", "enjoyed", "Jarrod Kidston", "enjoy", "the win", kind="stance",
       date="2020-08-22"),
    ev("The visitors would run away", "run", "Caloundra", "run away", "with the result", date="2020-08-22"),
    ev("In other results, Maroochydore", "defeated", "Maroochydore", "defeat", "Caboolture", date="2020-08-22"),
    ev("In other results, Maroochydore", "knocked", "University", "knock off", "Noosa", date="2020-08-22"),
]

JH_ABOUT = (
    "Wikinews, Monday 2020-12-28: US professional wrestler Jon Huber dies aged 41. 'on Saturday' = 2020-12-26, "
    "'since October' = 2020-10, 'from 2012 to 2019' a span (no date given to the alignment), 'around the beginning "
    "of this year' = 2020, 'In March' = 2020-03, 'This past August' = 2020-08. 'who performed for WWE ... under the "
    "ring name' describes Huber's career, not listed; 'According to his wife, Amanda, Huber succumbed to' is the "
    "death told again (dated the Saturday, reported_by Amanda), and the relative 'for which he received treatment' "
    "his act (reported_by Amanda, background); 'was signed to AEW', 'had been absent' are states; 'reacted to the "
    "news' is listed (undated); '\"...,\" writes ... Rowan' and '\"...\", reads an AEW press release' introduce "
    "quotations; 'standing six feet five inches tall' describes; 'aligned with Rowan', 'won ... once and ...', "
    "'After asking for his release', 'signed with AEW', 'debuted', 'won the promotion's TNT Championship' are his "
    "career (background); 'expressed sadness' is a stance and 'extended condolences' a speech act (undated); 'They "
    "currently feature a video' is a state in the present.")
JH = [
    ev("US professional wrestler Jon Huber, who performed", "died", "Jon Huber", "die", date="2020-12-26"),
    ev("According to his wife, Amanda, Huber", "succumbed", "Jon Huber", "succumb",
       "to an unspecified lung disorder", rep="Amanda", date="2020-12-26"),
    ev("According to his wife, Amanda, Huber", "received", "Jon Huber", "receive", "treatment", rep="Amanda",
       kind="background"),
    ev("The professional wrestling community reacted", "reacted", "The professional wrestling community", "react",
       "to the news"),
    ev("In his WWE run from 2012 to 2019", "aligned", "Jon Huber", "align", "with Erick Rowan", kind="background"),
    ev("He won the promotion's Intercontinental", "won", "Jon Huber", "win",
       "the promotion's Intercontinental Championship", kind="background"),
    ev("After asking for his release from WWE", "asking", "Jon Huber", "ask", "for his release from WWE",
       kind="background"),
    ev("After asking for his release from WWE", "signed", "Jon Huber", "sign", "with AEW", kind="background",
       date="2020"),
    ev("In March, he debuted as the heel", "debuted", "Jon Huber", "debut", kind="background", date="2020-03"),
    ev("This past August, he won", "won", "Jon Huber", "win", "the promotion's TNT Championship", kind="background",
       date="2020-08"),
    ev("WWE expressed sadness", "expressed", "World Wrestling Entertainment", "express", "sadness", kind="stance"),
    ev("WWE expressed sadness", "extended", "World Wrestling Entertainment", "extend", "condolences to the family, friends, and fans of Huber",
       kind="speech act"),
]

DOCS = {
    "wn_2019-02-07_Nevada-becomes-first-state-in-U-S-with-majority-female-legislature.txt": (NV_ABOUT, NV),
    "wn_2019-07-20_US-House-of-Representatives-holds-two-Cabinet-officers-in-criminal-contempt-of-C.txt":
        (HC_ABOUT, HC),
    "wn_2019-09-25_US-Speaker-Pelosi-announces-Trump-impeachment-investigation.txt": (PE_ABOUT, PE),
    "wn_2020-03-14_World-Health-Organization-declares-COVID-19-pandemic.txt": (WH_ABOUT, WH),
    "wn_2020-08-25_Caloundra-defeat-Wynnum-in-fourth-round-of-2020-Sunshine-Coast-Rugby-Union-seaso.txt":
        (RU_ABOUT, RU),
    "wn_2020-12-28_US-professional-wrestler-Jon-Huber-dies-aged-41.txt": (JH_ABOUT, JH),
}
if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev40/make_gold.py"))
