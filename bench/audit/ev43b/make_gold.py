"""Write the event gold tests/data/gold/wikinews-events-dev18 from hand annotations (round ev43b).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev43b/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev18"

AB = "ABS-CBN Corporation"
NTC = "National Telecommunications Commission"
AB_ABOUT = (
    "Wikinews, Wednesday 2020-05-06 (no dateline): the Philippine government shuts down the broadcaster ABS-CBN "
    "(media and press freedom). 'yesterday' and 'that night' = 2020-05-05, 'on Monday' = 2020-05-04, 'on March 13' = "
    "2020-03-13, 'July 2019' = 2019-07, 'on February 10' = 2020-02-10, 'on February 24' = 2020-02-24 (and 'during "
    "the hearing' is that day's), 'in 1972' the year. 'the network', 'the company' and 'their' are written by the "
    "company's full name, ABS-CBN Corporation, 'the commission' by the National Telecommunications Commission's. "
    "'issued a cease and desist order dated yesterday' is dated that day (the order of the second paragraph, issued "
    "'yesterday'); ', forcing the shut-down' tells the government's act (the participle's subject is the clause's); "
    "'signed off' and 'went off-air' are two acts; 'ordered the network to shut down' gives the order only (its "
    "infinitive is what was ordered); 'the martial law imposed by ... Ferdinand Marcos back in 1972' is listed as "
    "background (a dated act of its own, not a description); 'states \"...\"' only introduces a quotation of a law; "
    "'expired' (twice), 'reconvened' and 'which began on March 13' are happenings and listed; 'have been stuck', 'is "
    "allowed to provide', 'is still being decided upon', 'no longer had', 'has been broadcasting for over 65 years' "
    "are states; 'tried to renew' gives 'try' with its infinitive; 'condemned' and ', citing the move as' are speech "
    "acts of the Senators, 'threatened' and 'accused ... of' Duterte's (the gerunds under 'accuse' are the "
    "accusation's content, not listed); 'didn't carry' is negated; 'which they've said was due to' is a copula; "
    "'was conducted' is agentless; 'did not find the network had breached laws' gives the negated finding only (its "
    "content is asserted by nobody); 'refunds ... were offered' is agentless and 'were not accepted by his campaign' "
    "negated, both reported by Katigbak; 'which the President accepted' is reported by Harry Roque ('according to a "
    "statement by'); 'the network claims' is a speech act and 'did not cover' (the order's scope) a state.")
AB_EVENTS = [
    ev("Following the expiry of broadcast corporation", "issued", "Philippine government", "issue",
       "a cease and desist order", date="2020-05-05"),
    ev("Following the expiry of broadcast corporation", "forcing", "Philippine government", "force",
       "the shut-down of broadcasting operations by the company"),
    ev("Later in the evening, the network signed off", "signed", AB, "sign off", None, date="2020-05-05"),
    ev("Later in the evening, the network signed off", "went", AB, "go off-air", None, date="2020-05-05"),
    ev("The last time the Philippine government ordered", "ordered", "Philippine government", "order",
       "the network to shut down", kind="background", date="1972"),
    ev("The last time the Philippine government ordered", "imposed", "Ferdinand Marcos", "impose", "the martial law",
       kind="background", date="1972"),
    ev("Since ABS-CBN's legislative franchise, Republic Act", "expired", "ABS-CBN's legislative franchise", "expire",
       None, date="2020-05-04"),
    ev("The National Telecommunications Commission (NTC) issued", "issued", NTC, "issue",
       "a cease and desist order to the network", date="2020-05-05"),
    ev("The National Telecommunications Commission (NTC) issued", "signed", AB, "sign off", None,
       date="2020-05-05"),
    ev("The network tried to renew their franchise", "tried", AB, "try", "to renew their franchise",
       date="2019-07"),
    ev("The franchise of ABS-CBN expired on Monday", "expired", "The franchise of ABS-CBN", "expire", None,
       date="2020-05-04"),
    ev("The franchise of ABS-CBN expired on Monday", "reconvened", "Congress", "reconvene", None,
       date="2020-05-04"),
    ev("The franchise of ABS-CBN expired on Monday", "began", "their Lenten Break", "begin", None,
       kind="background", date="2020-03-13"),
    ev("Though the NTC is allowed to provide", "refused", NTC, "refuse",
       "to provide the network with said license"),
    ev("A number of Senators condemned", "condemned", "A number of Senators", "condemn", "the act of the NTC",
       kind="speech act"),
    ev("A number of Senators condemned", "citing", "A number of Senators", "cite",
       "the move as a \"grave abuse of governmental power\" and \"contrary to law\"", kind="speech act"),
    ev("Philippine President Rodrigo Duterte threatened", "threatened", "Rodrigo Duterte", "threaten",
       "the network's franchise renewal", kind="speech act"),
    ev("Philippine President Rodrigo Duterte threatened", "carry", AB, "carry",
       "some of his campaign commercials", neg=True),
    ev("Philippine President Rodrigo Duterte threatened", "accused", "Rodrigo Duterte", "accuse",
       "the network of \"swindling\"", kind="speech act"),
    ev("Solicitor General Jose Calida filed", "filed", "Jose Calida", "file", "a quo warranto petition",
       date="2020-02-10"),
    ev("Solicitor General Jose Calida filed", "accusing", "Jose Calida", "accuse",
       "the network of violating its franchise", kind="speech act", date="2020-02-10"),
    ev("After a Senate hearing was conducted", "conducted", None, "conduct", "a Senate hearing",
       date="2020-02-24"),
    ev("After a Senate hearing was conducted", "find", "the Senate", "find", "the network had breached laws",
       neg=True),
    ev("ABS-CBN CEO Carlo Katigbak said refunds", "offered", None, "offer",
       "refunds for Duterte's unaired political ads", rep="Carlo Katigbak"),
    ev("ABS-CBN CEO Carlo Katigbak said refunds", "accepted", "Duterte's campaign", "accept", "some", neg=True,
       rep="Carlo Katigbak"),
    ev("Katigbak apologized to Duterte during the hearing", "apologized", "Carlo Katigbak", "apologize",
       "to Duterte", kind="speech act", date="2020-02-24"),
    ev("Katigbak apologized to Duterte during the hearing", "accepted", "Rodrigo Duterte", "accept",
       "which", rep="Harry Roque", date="2020-02-24"),
    ev("The network's news channel, ABS-CBN News Channel", "claims", AB, "claim",
       "the cease and desist order did not cover their news channel's franchise", kind="speech act"),
]

L52 = "Lost 52 Project"
L52_ABOUT = (
    "Wikinews, Wednesday 2019-11-13: the Lost 52 Project identifies a submarine wreck near Okinawa as the U.S.S. "
    "Grayback (maritime history and exploration). 'on Sunday' = 2019-11-10, 'last June' = 2019-06, 'in late "
    "February' = 1944-02 (the sentence gives no year; the last paragraph says 1944, so an analyst dates it so), "
    "'February 26, 1944' the day. 'The team' and 'Lost 52' are written by the project's name. 'a ... wreck they "
    "found last June' is the project's act inside its announcement (reported_by it); 'was located ... south of "
    "Okinawa' is a position (a state) and 'where the Navy's records initially predicted it would be' a place, not "
    "listed; 'named after', 'sunk during', 'released by', 'provided concerning' and 'broken' describe; ', using data' "
    "and 'using sonar' are means, not acts of their own; 'contained', 'placing its probable location', 'differed', "
    "'was subject to', 'requiring a return', 'was short on' are states; 'came across' is listed; 'records that "
    "showed a Japanese bomber had attacked a U.S. vessel' gives the attack reported by the records ('showed', like "
    "'the coordinates it gave', is the documents' content, not an act); 'to search the ocean floor', 'to fix' are "
    "purposes; 'began to malfunction' gives 'begin' with its infinitive; 'was able to send back' is an act done "
    "(no modality); 'the data it had collected, which revealed a mass' describes data; ', providing footage' is the "
    "camera's result, not listed; 'told the Washington Post, \"...\"' only introduces a quotation; 'while returning' "
    "gives the submarine's own act (the implicit subject written out); 'identifies ... as the day it sank' is a "
    "speech act and the sinking reported by the project.")
L52_EVENTS = [
    ev("The Lost 52 Project announced on Sunday", "announced", L52, "announce",
       "that a sunken World War II-era submarine wreck they found last June was the remains of the U.S.S. Grayback",
       kind="speech act", date="2019-11-10"),
    ev("The Lost 52 Project announced on Sunday", "found", L52, "find",
       "a sunken World War II-era submarine wreck", rep=L52, date="2019-06"),
    ev("The United States Navy confirmed the discovery", "confirmed", "United States Navy", "confirm",
       "the discovery", kind="speech act"),
    ev("has previously located several of those vessels", "located", L52, "locate", "several of those vessels",
       kind="background"),
    ev("Amateur researcher and systems engineer Yutaka Iwasaki", "came", "Yutaka Iwasaki", "come across",
       "military records"),
    ev("Amateur researcher and systems engineer Yutaka Iwasaki", "attacked", "a Japanese bomber", "attack",
       "a U.S. vessel", rep="military records", kind="background", date="1944-02"),
    ev("Lost 52 sailed to the alternative", "sailed", L52, "sail", None),
    ev("Lost 52 sailed to the alternative", "deployed", L52, "deploy", "underwater drones"),
    ev("One of the drones began to malfunction", "began", "One of the drones", "begin", "to malfunction"),
    ev("One of the drones began to malfunction", "send", "One of the drones", "send back",
       "the data it had collected"),
    ev("The team subsequently deployed a camera", "deployed", L52, "deploy", "a camera"),
    ev("The Tambor-class submarine U.S.S. Grayback encountered", "encountered", "U.S.S. Grayback", "encounter",
       "a Japanese Nakajima b5N carrier bomber", kind="background", date="1944-02"),
    ev("The Tambor-class submarine U.S.S. Grayback encountered", "returning", "U.S.S. Grayback", "return",
       "from its tenth patrol", kind="background", date="1944-02"),
    ev("The Lost 52 Project identifies February 26", "identifies", L52, "identify",
       "February 26, 1944 as the day it sank", kind="speech act"),
    ev("The Lost 52 Project identifies February 26", "sank", "U.S.S. Grayback", "sink", None, rep=L52,
       kind="background", date="1944-02-26"),
]

TR = "Thai Raksa Chart Party"
UB = "Princess Ubolratana Mahidol"
TH_ABOUT = (
    "Wikinews, Monday 2019-02-11: a Thai party withdraws its nomination of Princess Ubolratana for prime minister "
    "(monarchy and elections). 'On Saturday' = 2019-02-09, 'This past Friday' = 2019-02-08, 'on Monday' = "
    "2019-02-11 (the publication day; a meeting scheduled, not yet held: modality will), 'by this coming Friday' = "
    "2019-02-15 (a deadline, modality must from 'are required to'), 'March 24' = 2019-03-24 dates no act, 'in "
    "2006', 'in 2014', 'in 1972', 'in 1932' the years. 'the party' and 'they' are written by the party's full name, "
    "'the princess' and 'she' by the princess's. 'withdrew from using' gives the withdrawal only; 'Shortly after she "
    "formally filed' is undated (the day is not given); 'a statement to the effect the king considered it "
    "inappropriate' gives the king's stance reported by the palace; 'The palace issued the following statement from "
    "the king: \"...\"' and 'the party informed the press' only introduce quotations; 'is scheduled' (the election) "
    "and 'forbids' (a law), 'no longer holds', 'is generally treated as royalty' are states; ', making her the first "
    "Thai royal to seek' is a result, not listed; 'and another his sister Yingluck Shinawatra in 2014' is elliptical "
    "(no second verb), and its relative 'which placed incumbent Prayuth Chan-o-cha in office' is the 2014 coup's "
    "act; 'did not immediately announce whom they would support' gives the negated announcement only; 'having lost "
    "it in 1972', 'whom she met', 'has since divorced and returned', 'her title was not restored' are background; "
    "'while studying' is a condition of her life, not an act; 'pointed out she had \"relinquished ...\"' is a speech "
    "act (its quoted words are not listed); 'used Instagram to thank supporters' gives 'use' only (a purpose, as "
    "earlier golds do); 'was limited by a constitution in 1932' is background.")
TH_EVENTS = [
    ev("On Saturday, Thailand's Thai Raksa Chart Party withdrew", "withdrew", TR, "withdraw",
       "from using Princess Ubolratana Mahidol as their candidate for prime minister", date="2019-02-09"),
    ev("Shortly after she formally filed for candidacy", "filed", UB, "file", "for candidacy"),
    ev("Shortly after she formally filed for candidacy", "issued", "the palace", "issue", "a statement",
       kind="speech act"),
    ev("Shortly after she formally filed for candidacy", "considered", "King Maha Vajiralongkorn", "consider",
       "it inappropriate for Thai royals to run for elected office", rep="the palace", kind="stance"),
    ev("The constitutionality of the Princess's candidacy", "challenged", "the opposing military political party",
       "challenge", "The constitutionality of the Princess's candidacy"),
    ev("This past Friday, the princess, 67, announced", "announced", UB, "announce",
       "her candidacy for the prime ministry under the Thai Raksa Chart Party", kind="speech act",
       date="2019-02-08"),
    ev("The Thai Raksa Chart party was founded", "founded", "supporters of the Shinawatra family", "found",
       "The Thai Raksa Chart party", kind="background"),
    ev("A military coup removed then-prime-minister", "removed", "A military coup", "remove",
       "then-prime-minister Thaksin Shinawatra", kind="background", date="2006"),
    ev("A military coup removed then-prime-minister", "placed", "another military coup", "place",
       "incumbent Prayuth Chan-o-cha in office", kind="background", date="2014"),
    ev("did not immediately announce whom", "announce", TR, "announce",
       "whom they would support to run against Chan-o-cha", neg=True, kind="speech act"),
    ev("Officially, Princess Ubolratana no longer holds", "lost", UB, "lose", "a royal title", kind="background",
       date="1972"),
    ev("Officially, Princess Ubolratana no longer holds", "met", UB, "meet", "a U.S. national",
       kind="background"),
    ev("Although she has since divorced", "divorced", UB, "divorce", None, kind="background"),
    ev("Although she has since divorced", "returned", UB, "return", "to Thailand", kind="background"),
    ev("Although she has since divorced", "restored", None, "restore", "her title", neg=True, kind="background"),
    ev("In support of her candidacy, Princess Ubolratana pointed", "pointed", UB, "point out",
       "she had \"relinquished my royal titles and lived as a commoner[.]\"", kind="speech act"),
    ev("Following the party's announcement, she used Instagram", "used", UB, "use", "Instagram"),
    ev("The country's election commission is scheduled to discuss", "discuss", "the country's election commission",
       "discuss", "the events of this past weekend", mod="will", date="2019-02-11"),
    ev("They are required to rule by this coming Friday", "rule", "the country's election commission", "rule",
       "on the acceptability of all candidates", mod="must", date="2019-02-15"),
    ev("The Thai monarchy was limited by a constitution", "limited", "a constitution", "limit", "The Thai monarchy",
       kind="background", date="1932"),
]

HM = "Houthi movement"
SA_ABOUT = (
    "Wikinews, Sunday 2019-09-15: drone strikes hit Saudi Aramco's oil facilities (energy and security). "
    "'Yesterday' = 2019-09-14, and the narration of that day's attacks ('triggered', 'claimed responsibility', "
    "'occurred', 'struck', 'had carried out') is dated that day; 'In 2015', 'In 2006' the years. 'were hit by "
    "multiple drone strikes' is turned back (the strikes hit the facilities); 'which state media said were under "
    "control' is a copula; 'claimed responsibility' is a speech act; 'According to the Saudi Press Agency' gives "
    "reported_by to both of its verbs; 'did not mention' is a negated speech act, 'said exports were continuing' a "
    "state; 'Reuters, citing anonymous sources, reported' is attribution ('citing' a source, as 'according to'), "
    "and the disruption its agentless content (undated: the sentence gives no day); 'Speaking on al-Masirah TV' only "
    "frames the report; 'it had carried out the attack' is the Houthi movement's act ('it' written by the name), "
    "', using ten drones' its means (not listed); 'was accomplished with the help of' is an agentless passive "
    "reported by Sarea; the quotations and their 'said' are not listed; 'posted a message on Twitter blaming Iran' "
    "gives the posting and the message's blame (Pompeo's speech act, as a participle on a noun that tells an act: "
    "'a decree banning' in an earlier gold); 'saying there was \"no evidence ...\"' is a neutral report of a "
    "copula; 'questions remain how much ... is received' is a state; 'started supporting' gives 'start' with its "
    "gerund, ', providing airstrikes' Saudi Arabia's own act of that time; 'The United Nations called ... the worst' "
    "is a speech act; 'was the target of' a copula.")
SA_EVENTS = [
    ev("Yesterday, oil facilities belonging", "hit", "multiple drone strikes", "hit",
       "oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco", date="2019-09-14"),
    ev("The attacks triggered major fires", "triggered", "The attacks", "trigger",
       "major fires at a processing plant and an oil field", date="2019-09-14"),
    ev("The Yemen-based Houthi movement claimed", "claimed", HM, "claim", "responsibility for the attacks",
       kind="speech act", date="2019-09-14"),
    ev("According to the Saudi Press Agency, the attacks occurred", "occurred", "the attacks", "occur", None,
       rep="Saudi Press Agency", date="2019-09-14"),
    ev("According to the Saudi Press Agency, the attacks occurred", "struck", "the attacks", "strike",
       "the largest processing plant at Abqaiq and the Khurais oil field", rep="Saudi Press Agency",
       date="2019-09-14"),
    ev("The agency did not mention if there were casualties", "mention", "Saudi Press Agency", "mention",
       "if there were casualties", neg=True, kind="speech act"),
    ev("Reuters, citing anonymous sources, reported", "disrupted", None, "disrupt",
       "both production and export of oil", rep="Reuters"),
    ev("Saudi officials subsequently said", "disrupted", None, "disrupt",
       "5.7 million barrels of per-day production", rep="Saudi officials"),
    ev("Speaking on al-Masirah TV in Yemen", "carried", HM, "carry out", "the attack", rep="Yahya Sarea",
       date="2019-09-14"),
    ev("According to him, it was among the largest Houthi operations", "accomplished", None, "accomplish",
       "the attack", rep="Yahya Sarea"),
    ev("US Secretary of State Mike Pompeo posted", "posted", "Mike Pompeo", "post", "a message on Twitter",
       kind="speech act"),
    ev("US Secretary of State Mike Pompeo posted", "blaming", "Mike Pompeo", "blame", "Iran for the attacks",
       kind="speech act"),
    ev("In 2015, Saudi Arabia started supporting", "started", "Saudi Arabia", "start",
       "supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion", kind="background",
       date="2015"),
    ev("In 2015, Saudi Arabia started supporting", "providing", "Saudi Arabia", "provide",
       "airstrikes with the Royal Saudi Air Force", kind="background", date="2015"),
    ev("The United Nations called the resulting", "called", "United Nations", "call",
       "the resulting humanitarian crisis the worst in the world", kind="speech act"),
]

RS = "Royal Swedish Academy of Sciences"
NB_ABOUT = (
    "Wikinews, Thursday 2019-10-10: the Royal Swedish Academy of Sciences announces the 2019 Nobel Prize in Physics "
    "(awards and science). 'On Tuesday' = 2019-10-08, and the prize's award told of that day ('was shared', 'won') "
    "is dated so; 'in 1995' the year. 'The prize was shared between' is an agentless passive (the 'between' phrase "
    "names the sharers, not an agent); 'They are to share' is a scheduled act (modality will), its subject the "
    "three laureates written out; 'his work in predicting ... and creating a theoretical framework' gives his two "
    "acts (background; the gerunds' subject written out) and 'from which other scientists have been able to "
    "calculate' theirs (an act done, no modality); 'including the calculation that ... is' is a noun; 'won their "
    "prize for discovering the first known exoplanet in 1995' gives both; 'The planet they found' is their act "
    "again (a relative that tells an act); 'over four thousand other exoplanets have been discovered' is agentless, "
    "reported by the academy ('according to the academy'); copulas ('is a professor', 'are professors') and the "
    "quotation with its 'said' are not listed.")
NB_EVENTS = [
    ev("On Tuesday, the Royal Swedish Academy of Sciences announced", "announced", RS, "announce",
       "the winners of the 2019 Nobel Prize in Physics", kind="speech act", date="2019-10-08"),
    ev("The prize was shared between", "shared", None, "share", "The prize", date="2019-10-08"),
    ev("They are to share a monetary award", "share", "James Peebles, Didier Queloz and Michel Mayor", "share",
       "a monetary award of SEK9 million", mod="will"),
    ev("Canadian-US scientist James Peebles won", "won", "James Peebles", "win", "his half of the prize",
       date="2019-10-08"),
    ev("Canadian-US scientist James Peebles won", "predicting", "James Peebles", "predict",
       "cosmic microwave background", kind="background"),
    ev("Canadian-US scientist James Peebles won", "creating", "James Peebles", "create",
       "a theoretical framework", kind="background"),
    ev("Canadian-US scientist James Peebles won", "calculate", "other scientists", "calculate",
       "the age and structure of the universe", kind="background"),
    ev("Queloz and Mayor, both from Switzerland, won", "won", "Didier Queloz and Michel Mayor", "win",
       "their prize", date="2019-10-08"),
    ev("Queloz and Mayor, both from Switzerland, won", "discovering", "Didier Queloz and Michel Mayor", "discover",
       "the first known exoplanet", kind="background", date="1995"),
    ev("The planet they found was 51 Pegasi b", "found", "Didier Queloz and Michel Mayor", "find", "The planet",
       kind="background"),
    ev("Since their discovery, according to the academy", "discovered", None, "discover",
       "over four thousand other exoplanets", rep=RS, kind="background"),
]

IR_ABOUT = (
    "Wikinews, Friday 2020-03-06 (no dateline): an all-women crew runs the Tippu Express in Karnataka (transport "
    "and gender). 'Yesterday' = 2020-03-05, and that day's run ('launched this event', 'was running', 'left') is "
    "dated so; 'on March 1' = 2020-03-01; 'till March 10' bounds a plan. 'The train' is written by its name; 'for "
    "promoting gender equality' and 'to reach' are purposes; ', covering a distance of 139km' describes the route; "
    "'had banners ... which mentioned' are states; 'Speaking to', 'said, \"...\"', 'told Wikinews only 10% ... were "
    "women' (a copula) and 'Garg told Star of Mysore' are not listed; 'comes under' and 'is planned till' are "
    "states; 'celebration ... started on March 1' is a happening (its subject the celebration); 'Various activities "
    "are being conducted' is agentless, reported by The Hindu.")
IR_EVENTS = [
    ev("Yesterday, an all-women crew ran", "ran", "an all-women crew", "run",
       "the Mysuru–Bengaluru Tippu Express", date="2020-03-05"),
    ev("The state-run Indian Railways launched", "launched", "Indian Railways", "launch", "this event",
       date="2020-03-05"),
    ev("B Shiva Parvathi was running the train", "running", "B Shiva Parvathi", "run", "the train",
       date="2020-03-05"),
    ev("The train left Mysore Junction", "left", "Mysuru–Bengaluru Tippu Express", "leave",
       "Mysore Junction railway station", date="2020-03-05"),
    ev("Mysore Division of the SWR celebration", "started", "the celebration of the Women's day", "start", None,
       date="2020-03-01"),
    ev("Various activities are being conducted", "conducted", None, "conduct", "Various activities",
       rep="The Hindu"),
]

DOCS = {
    "wn_2020-05-06_Philippines-largest-television-network-shut-down-by-government.txt": (AB_ABOUT, AB_EVENTS),
    "wn_2019-11-13_Lost-52-Project-announces-discovery-of-wrecked-sub-near-Okinawa.txt": (L52_ABOUT, L52_EVENTS),
    "wn_2019-02-11_Thai-political-party-withdraws-nomination-of-princess-for-prime-minister.txt":
        (TH_ABOUT, TH_EVENTS),
    "wn_2019-09-15_Oil-facilities-in-Saudi-Arabia-hit-by-drone-attacks.txt": (SA_ABOUT, SA_EVENTS),
    "wn_2019-10-10_Swedish-academy-announces-2019-Nobel-Prize-winners-in-physics.txt": (NB_ABOUT, NB_EVENTS),
    "wn_2020-03-06_Indian-Railway-all-women-crew-steers-Tippu-Express-ahead-of-International-Women.txt":
        (IR_ABOUT, IR_EVENTS),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev43b/make_gold.py"))
