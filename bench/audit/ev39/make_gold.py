"""Write the event gold tests/data/gold/wikinews-events-dev13 from hand annotations (round ev39).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev39/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev13"


DOCS = {}

UA_ABOUT = (
    "Wikinews, Saturday 2020-01-18: Ukraine's President Zelensky declines Prime Minister Honcharuk's offer to resign. "
    "'Yesterday' = 2020-01-17, 'Wednesday' = 2020-01-15. 'declined ... offer to resign' is listed, the offer's "
    "infinitive not; 'someone ... audibly says Zelensky \"has ...\"' introduces a quotation; 'filed his resignation' "
    "has no time of its own (its clause of 'after' is dated, not it); 'was uploaded Wednesday' is an agentless "
    "passive; 'He said Zelensky is \"...\"', '\"...\", he added' and 'Zelensky said ..., \"...\"' introduce "
    "quotations; 'instructed security agencies' is listed (He = Zelensky), its requested infinitive and the "
    "embedded question 'who leaked the recording' (an agent not known) are not.")
UA = [
    ev("Yesterday, Ukrainian President Volodymyr Zelensky", "declined", "Volodymyr Zelensky", "decline",
       "Prime Minister Oleksiy Honcharuk's offer to resign", kind="speech act", date="2020-01-17"),
    ev("Honcharuk filed his resignation", "filed", "Oleksiy Honcharuk", "file", "his resignation"),
    ev("Honcharuk filed his resignation", "uploaded", None, "upload", "the audio recording", date="2020-01-15"),
    ev("He also instructed security agencies", "instructed", "Volodymyr Zelensky", "instruct", "security agencies",
       kind="speech act"),
]

TX_ABOUT = (
    "Wikinews, Monday 2019-02-25: a Texas federal judge rules that drafting only men violates the US Constitution. "
    "'On Friday' = 2019-02-22, 'since 2015' = 2015, 'in 1973' = 1973. 'a federal judge in Texas' is Judge Gray "
    "Miller, named in the next sentence, and the subject is his name; 'ruled' with a clause is listed as a speech act "
    "(both sentences: the lead and its restatement, dated the same Friday), the clause it rules on ('is "
    "unconstitutional', 'violated the Due Process Clause') is a finding about a standing rule, not an act; 'a lawsuit "
    "by' is a noun; 'He said ... no longer applies' reports a standing state; 'who make up 16%' is a state; "
    "'according to nonprofit CNA' covers the figures, not the serving; 'reads Judge Miller's statement' and 'Part "
    "of the judge's statement reads' introduce quotations; 'must register', 'renders', 'identifies' are standing "
    "rules of the law, not listed; 'He went on to cite' lists 'cite' (the act; the aspect verb is not listed), dated "
    "the ruling's Friday, as is 'placing no injunction' (a negated act of the ruling, 'no' its negation); "
    "'There is ... a commission engaged to study' is a state; 'asked Judge Miller to delay' is listed, its requested "
    "infinitive and 'until after they made their recommendations' not; 'he declined' is his; 'USA Today noted' "
    "reports a standing state ('allows'); 'The last draft ... took place in 1973' is background.")
TX = [
    ev("On Friday, a federal judge in Texas ruled", "ruled", "Gray Miller", "rule",
       "the federal government's practice of registering men but not women for the draft is unconstitutional",
       kind="speech act", date="2019-02-22"),
    ev("In response to a lawsuit by the men's", "ruled", "Gray Miller", "rule",
       "the male-only draft violated the Due Process Clause", kind="speech act", date="2019-02-22"),
    ev("Women, who make up 16%", "serving", "Women", "serve", "official combat roles", kind="background",
       date="2015"),
    ev("He went on to cite the Supreme Court", "cite", "Gray Miller", "cite",
       "the Supreme Court ruling permitting same-sex marriage", kind="speech act", date="2019-02-22"),
    ev("The ruling was a declaration, placing", "placing", "The ruling", "place", "injunction on the government",
       neg=True, date="2019-02-22"),
    ev("There is currently a commission engaged", "asked", "the government", "ask", "Judge Miller",
       kind="speech act"),
    ev("There is currently a commission engaged", "declined", "Gray Miller", "decline", kind="speech act"),
    ev("The last draft in the United States took", "took", "The last draft in the United States", "take place",
       kind="background", date="1973"),
]

NV_ABOUT = (
    "Wikinews, Tuesday 2019-09-10: a prop plane crash near Las Vegas leaves two dead and three injured. 'On Saturday "
    "night' = 2019-09-07, 'in 1977' = 1977. 'according to investigators' gives reported_by to 'crashed', to 'was "
    "pronounced dead' and to its absolute 'with the other three being taken' (agentless passives); 'there were "
    "reportedly four people on board' is a state; 'Another later died', 'was also subsequently injured' and 'was "
    "later hospitalized' are told after the day with 'later'/'subsequently' and are not dated; 'Officials said' "
    "gives reported_by to 'was flying'; 'located near San Diego' and 'located about half a mile' describe; "
    "'intending to land' is an intention, not listed; 'It crashed ... and then caught fire' are the plane's (It = "
    "the plane), dated the Saturday the story runs on, as are 'turned back' and the bystander's attempt; 'which was "
    "built in 1977' describes the plane and is not listed; 'told Fox News' with a forecast of the investigation's "
    "length and a copula ('would likely be available') lists nothing.")
NV = [
    ev("On Saturday night, a propeller plane", "crashed", "a propeller plane", "crash", rep="investigators",
       date="2019-09-07"),
    ev("At the time, there were reportedly", "pronounced", None, "pronounce", "one", rep="investigators",
       date="2019-09-07"),
    ev("At the time, there were reportedly", "taken", None, "take", "the other three", rep="investigators",
       date="2019-09-07"),
    ev("Another later died.", "died", "Another", "die"),
    ev("A bystander was also subsequently injured.", "injured", None, "injure", "A bystander"),
    ev("Officials said the single-engine propeller", "flying", "the single-engine propeller plane", "fly",
       "to Gillespie Field airport", rep="Officials", date="2019-09-07"),
    ev("Following take off, the plane turned back", "turned", "the plane", "turn", date="2019-09-07"),
    ev("It crashed in a desert area", "crashed", "the plane", "crash", date="2019-09-07"),
    ev("It crashed in a desert area", "caught", "the plane", "catch fire", date="2019-09-07"),
    ev("A bystander attempted to aid", "attempted", "A bystander", "attempt", "to aid the passengers",
       date="2019-09-07"),
    ev("A bystander attempted to aid", "hospitalized", None, "hospitalize", "A bystander"),
    ev("The National Transportation Safety Board (NTSB)", "began",
       "The National Transportation Safety Board and Federal Aviation Administration", "begin",
       "investigations of the crash"),
]

MA_ABOUT = (
    "Wikinews, Wednesday 2019-01-23: Germany bans Mahan Air of Iran, citing security. 'on Monday' = 2019-01-21, "
    "'since 2011' = 2011, 'in 1992' = 1992, 'earlier in the month' = 2019-01, 'Last year' = 2018. 'from flying' is "
    "the act prevented, not listed; 'with officials saying this is' introduces a copula; 'has been the subject' and "
    "'is privately owned', 'was Iran's first', 'has Iran's largest fleet, and is still operating' are states; "
    "'according to a tweet' gives a quotation; 'has suspended Mahan's permit, German officials said' is listed with "
    "reported_by and no date (a perfect); 'Rudaw reports ... has alleged ties' is a state ('alleged' an adjective); "
    "'said it is possible \"...\"' is quoted, and 'the ban followed discussions' its second content (reported_by "
    "Steffen Seibert); 'alleged' and 'claims' with a clause are listed as speech acts (as 'claimed' in the earlier "
    "golds), their content ('by supporting ... al-Assad', 'flies fighters and cargo') reported by them, the quoted "
    "'contributed to' not listed; 'It was founded in 1992' is an agentless passive; 'The move comes after' is a "
    "relation in the present, not listed; 'With the US encouraging commercial entities' is an act of its own; the "
    "relatives 'which had been agreed under' and 'which has been taking a lead' describe the treaty and Germany and "
    "are not listed; 'Other signatories ... include' is a state; 'Reuters reported ... a ... source ... said the ban "
    "... is not part' reports a copula, and 'whom they did not name' describes the source.")
MA = [
    ev("Germany on Monday banned Iranian airline", "banned", "Germany", "ban", "Iranian airline Mahan Air",
       date="2019-01-21"),
    ev("The US has been encouraging allies", "encouraging", "the United States", "encourage", "allies such as Germany",
       kind="speech act"),
    ev("The Federal Aviation Office of Germany has", "suspended", "The Federal Aviation Office of Germany", "suspend",
       "Mahan's permit", rep="German officials"),
    ev("German Chancellor Angela Merkel's spokesperson", "followed", "the ban", "follow",
       "discussions within Europe and with the US", rep="Steffen Seibert"),
    ev("US Ambassador to Germany Richard Grenell alleged", "alleged", "Richard Grenell", "allege", kind="speech act"),
    ev("US Ambassador to Germany Richard Grenell alleged", "supporting", "Mahan Air", "support",
       "Syrian President Bashar al-Assad", rep="Richard Grenell"),
    ev("The United States government claims Mahan", "claims", "The United States government", "claim",
       kind="speech act"),
    ev("The United States government claims Mahan", "flies", "Mahan Air", "fly", "fighters and cargo to Syria",
       rep="The United States government"),
    ev("It was founded in 1992.", "founded", None, "found", "Mahan Air", kind="background", date="1992"),
    ev("The move comes after the European Union", "sanctioned", "the European Union", "sanction", "Iran",
       date="2019-01"),
    ev("With the US encouraging commercial entities", "encouraging", "the United States", "encourage", "commercial entities",
       kind="speech act"),
    ev("With the US encouraging commercial entities", "announced",
       "German firms including Deutsche Bahn, Deutsche Telekom, Daimler, and Siemens", "announce",
       "plans to pull out of the Middle Eastern nation", kind="speech act"),
    ev("Last year US President Donald Trump withdrew", "withdrew", "Donald Trump", "withdraw", "the US",
       kind="background", date="2018"),
]

EC_ABOUT = (
    "Wikinews, Friday 2019-10-25: wash your hands or else spread superbug E. coli, say scientists. 'Tuesday' = "
    "2019-10-22, 'in 2017' = 2017. 'established that poor hygiene ... is especially responsible' is listed (a finding "
    "told as the researchers' act), undated: 'published Tuesday' describes the findings (not listed) and dates their "
    "publication, not the research; the quotations and their 'said' are not listed; 'There are many strains', 'are "
    "either harmless ... or cause', 'can cause blood poisoning' are standing facts of biology, not listed; 'assessed "
    "... and looked for' are the scientists' acts; 'According to a survey ... 84% of surveyed Britons did not wash "
    "their hands well enough' is a negated finding, reported_by the Royal Pharmaceutical Society, and 'published in "
    "2017 by' describes the survey; 'told the public, \"...\"' introduces a quotation.")
EC = [
    ev("In findings published Tuesday in The Lancet", "established", "researchers in the United Kingdom", "establish",
       "that poor hygiene by humans is especially responsible for the spread of superbug strains of E. coli",
       kind="stance"),
    ev("In this work, scientists assessed", "assessed", "scientists", "assess",
       "the strains of E. coli from infected humans"),
    ev("In this work, scientists assessed", "looked", "scientists", "look", "for the same strains"),
    ev("According to a survey published in 2017", "wash", "84% of surveyed Britons", "wash", "their hands",
       neg=True, rep="the Royal Pharmaceutical Society", kind="background"),
]

KW_ABOUT = (
    "Wikinews, Tuesday 2019-10-01: Norway's Karsten Warholm wins gold in the 400 m hurdles at the World Championships "
    "in Doha. 'Yesterday' = 2019-09-30, 'Earlier this year' = 2019, 'his 2017 title' and 'since 1992' name no event of "
    "the story. 'This was a successful defense' and 'The World Athletics Championships are held every other year' "
    "(a standing rule) are not listed, nor 'title won in London' (a participle that describes); 'who is 23 years "
    "old' is a state; 'The silver medal was won by Rai Benjamin' turns the passive back, and 'who finished the race "
    "in 47.66 seconds' is his act in the race, listed; 'Third place and the bronze medal went to' is listed with "
    "its subject as written; 'Speaking to BBC Sport, Warholm said, \"...\"' and 'commented on the future, \"...\"' "
    "introduce quotations; 'the second-fastest time recorded' describes; 'stands at', 'belongs to' and 'has stood "
    "since 1992' are states.")
KW = [
    ev("Yesterday, Karsten Warholm of Norway won", "won", "Karsten Warholm", "win",
       "the 400 metres hurdles final", date="2019-09-30"),
    ev("Warholm, who is 23 years old, won", "won", "Karsten Warholm", "win", "the gold medal", date="2019-09-30"),
    ev("The silver medal was won by Rai", "won", "Rai Benjamin", "win", "The silver medal", date="2019-09-30"),
    ev("The silver medal was won by Rai", "finished", "Rai Benjamin", "finish", "the race", date="2019-09-30"),
    ev("Third place and the bronze medal went", "went", "Third place and the bronze medal", "go",
       "to Abderrahman Samba of Qatar", date="2019-09-30"),
    ev("Earlier this year, Warholm set", "set", "Karsten Warholm", "set", "a personal best time of 46.92 seconds",
       kind="background", date="2019"),
]

DOCS = {
    "wn_2020-01-18_Ukrainian-president-rejects-prime-minister-s-resignation-over-leaked-audio-recor.txt": (UA_ABOUT, UA),
    "wn_2019-02-25_Texas-federal-judge-says-drafting-only-men-violates-United-States-Constitution.txt": (TX_ABOUT, TX),
    "wn_2019-09-10_Nevada-prop-plane-crash-near-Las-Vegas-leaves-two-dead-three-injured.txt": (NV_ABOUT, NV),
    "wn_2019-01-23_Germany-bans-Mahan-Air-of-Iran-citing-security.txt": (MA_ABOUT, MA),
    "wn_2019-10-25_Wash-your-hands-or-else-spread-superbug-E-coli-say-scientists.txt": (EC_ABOUT, EC),
    "wn_2019-10-01_Norway-s-Warholm-wins-gold-in-400-m-hurdles-at-World-Championships-in-Doha.txt": (KW_ABOUT, KW),
}
if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev39/make_gold.py"))
