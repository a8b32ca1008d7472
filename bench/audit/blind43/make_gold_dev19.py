"""Write the event gold tests/data/gold/wikinews-events-dev19 from hand annotations (round blind43, a blind pool).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/blind43/make_gold_dev19.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev19"

BR_ABOUT = (
    "Wikinews, Saturday 2019-03-02: nine men jailed over sexual abuse in a Bradford children's home (courts). 'On "
    "Wednesday' = 2019-02-27 dates the jailing; the verdict on the tenth defendant and the prosecution are not dated "
    "(a day the text does not give is not inferred). 'were jailed', 'was found not-guilty', 'were prosecuted' are "
    "agentless passives; 'These included' is a state; the judge's words are inside quotation marks, and so is all but "
    "'had been used' of the prosecutor's (an agentless passive outside the marks, reported_by Kama Melly, its purpose "
    "'to satisfy ...' quoted); 'decided to allow her name to be made public' lists the decision only (the infinitive "
    "is its content); 'she did this' repeats the decision by a pro-verb and is not listed again, 'to show victims' is "
    "a purpose; 'said the men thought' gives the men's stance reported_by the victim; 'Bradford Council stated, "
    "\"...\"' only introduces a quotation.")
BR = [
    ev("On Wednesday, nine men were jailed", "jailed", None, "jail", "nine men", date="2019-02-27"),
    ev("A tenth defendant was found", "found", None, "find", "A tenth defendant"),
    ev("The nine men were prosecuted", "prosecuted", None, "prosecute", "The nine men"),
    ev("Prosecutor Kama Melly QC said", "used", None, "use", "the victims", rep="Kama Melly", kind="background"),
    ev("One of the victims decided", "decided", "One of the victims", "decide",
       "to allow her name to be made public"),
    ev("One of the victims said the men thought", "thought", "the nine men", "think",
       "they were \"nothing but a toy to play with\"", rep="One of the victims", kind="stance"),
]

BN_ABOUT = (
    "Wikinews, Wednesday 2019-07-10: Benin and Nigeria join the African Union's continental free trade bloc (trade "
    "and business). 'on Sunday' and 'Sunday's signings' = 2019-07-07; the leaders' meeting is not dated (the summit's "
    "days are not given), nor Nigeria's announcement ('in the week leading up to the summit'), nor 'in May' (it "
    "dates a 'said'). 'announced it planned to join' is a speech act whose content is an intention (not listed), "
    "'announced Benin was to join' a speech act whose content is listed with modality will (as 'are to join' in an "
    "earlier gold, reported_by Albert Muchanga); quotations and the 'said' that introduces them are not listed, nor "
    "'further saying, \"...\"'; 'The agreement seeks to remove ...' is the agreement's aim (a standing purpose); "
    "'have signed on', 'have negotiated', 'have signed onto', 'have ratified' are listed (undated perfects; 'only "
    "27' is written as the text names it); 'many transactions ... occur', 'occurs between', 'accounts for', 'There "
    "are' are states; 'the AU announced an electronic pan-African payment system' is a speech act; 'had bid to host' "
    "lists the bid ('to host' its aim) and the 'with' absolute 'with Ghana winning the bid' tells Ghana's act. 'the "
    "AU' is written 'African Union'.")
BN = [
    ev("Leaders of African Union (AU) member states met", "met", "Leaders of African Union member states", "meet",
       None),
    ev("Leaders of African Union (AU) member states met", "signed", "Muhammadu Buhari and Patrice Talon", "sign",
       "the African Continental Free Trade Area (AfCFTA) agreement", date="2019-07-07"),
    ev("Nigeria previously announced", "announced", "Nigeria", "announce", "it planned to join the AfCFTA",
       kind="speech act"),
    ev("commissioner Albert Muchanga announced", "announced", "Albert Muchanga", "announce", "Benin was to join",
       kind="speech act"),
    ev("commissioner Albert Muchanga announced", "join", "Benin", "join", None, mod="will", rep="Albert Muchanga"),
    ev("With Sunday's signings", "signed", "all but one of the member states of the 55-member AU", "sign on",
       "to the agreement"),
    ev("African leaders have negotiated", "negotiated", "African leaders", "negotiate", "the deal"),
    ev("While 54 nations have signed", "signed", "54 nations", "sign", "onto the AfCFTA"),
    ev("While 54 nations have signed", "ratified", "only 27", "ratify", "the agreement"),
    ev("the AU announced an electronic", "announced", "African Union", "announce",
       "an electronic pan-African payment system", kind="speech act"),
    ev("Seven members states had bid", "bid", "Seven members states", "bid", "to host the AfCFTA secretariat"),
    ev("Seven members states had bid", "winning", "Ghana", "win", "the bid"),
]

IB_ABOUT = (
    "Wikinews, Saturday 2019-11-16: ancient Egyptians collected wild ibis birds for sacrifice, says a study (science "
    "and archaeology). 'on Wednesday' = 2019-11-13 dates the publication of the findings ('findings published', a "
    "description, not listed); no act of the text has a day. 'report' is a neutral reporting verb and gives "
    "reported_by the team to 'captured' (the ancient acts are background; 'rather than domesticating' is an "
    "alternative not taken, not listed, as 'instead of flapping' in an earlier gold); 'have been found' is "
    "agentless, 'Egyptologists have reported they were sacrificed' gives an agentless background act reported_by "
    "them; 'is often depicted', 'is shown' are standing descriptions; 'explained to the press, \"...\"' and 'Wasif "
    "suggested, in likelihood, \"...\"' only introduce quotations; 'have suggested Egyptians raised or farmed' is a "
    "neutral report with a clause (as in events-dev8's and -dev10's conventions) whose content gives two acts "
    "reported_by the scholars ('to make them available' a purpose); 'made passing mention' is a "
    "speech act of the writers (the 'according to Wasef' that follows scopes its main clause, 'have not yet turned "
    "up', negated); 'collected DNA samples' is listed and the participle 'birds collected from' describes; 'offered "
    "to send' lists the offer; 'were able to extract' lists the act (as 'were able to determine' in an earlier "
    "gold); 'compared', 'found ... to be relatively diverse' (a finding) are the team's; the dash's 'ibises of this "
    "species disappeared' is background; the parenthetical 'they reasoned' is the team's stance, its counterfactual "
    "content not listed; 'According to the researchers, ... was common' is a copula. 'The team' and 'They' are "
    "written 'an international team of scientists', 'Wasef' 'Sally Wasef'.")
TEAM = "an international team of scientists"
IB = [
    ev("In findings published on Wednesday", "captured", "ancient Egyptians", "capture", "sacred ibises",
       rep=TEAM, kind="background"),
    ev("Millions of mummified ibis birds have been found", "found", None, "find",
       "Millions of mummified ibis birds"),
    ev("Millions of mummified ibis birds have been found", "sacrificed", None, "sacrifice",
       "Millions of mummified ibis birds", rep="Egyptologists", kind="background"),
    ev("Some scholars have suggested", "raised", "Egyptians", "raise", "the birds", rep="Some scholars",
       kind="background"),
    ev("Some scholars have suggested", "farmed", "Egyptians", "farm", "the birds", rep="Some scholars",
       kind="background"),
    ev("While some ancient Egyptian writers made", "made", "some ancient Egyptian writers", "make",
       "passing mention of feeding bread and plants to ibises", kind="speech act"),
    ev("While some ancient Egyptian writers made", "turned", "archaeologists", "turn up", "any hatchery structures",
       neg=True, rep="Sally Wasef"),
    ev("The team collected DNA samples", "collected", TEAM, "collect", "DNA samples"),
    ev("The team collected DNA samples", "offered", "several museums", "offer",
       "to send tissue samples from the mummified ibises in their collections"),
    ev("They were able to extract", "extract", TEAM, "extract", "complete mitochondrial DNA sequences"),
    ev("These they compared to those", "compared", TEAM, "compare", "These"),
    ev("These they compared to those", "disappeared", "ibises of this species", "disappear", None,
       kind="background"),
    ev("They found the DNA sequences", "found", TEAM, "find",
       "the DNA sequences from the ancient birds to be relatively diverse", kind="speech act"),
    ev("If the birds had been domesticated", "reasoned", TEAM, "reason", None, kind="stance"),
]

KP_ABOUT = (
    "Wikinews, Sunday 2019-10-13: Eliud Kipchoge runs a marathon in under two hours in Vienna (sport). 'Yesterday' = "
    "2019-10-12 and the run's acts are of that day; 'last year' = 2018 (background). 'has been recorded to run' is "
    "part of a copula's 'This is the first time' (not listed); 'was not ... an officially sanctioned world record', "
    "'His time was' are copulas; 'designed to help' describes; 'featured 42 pacemakers' and 'The team included' are "
    "states; 'They ran with Kipchoge' is the pacemakers' act ('alternating positions' its manner); 'said Kipchoge "
    "after the run' and 'He posted on Twitter, \"...\"' only introduce quotations. 'Kipchoge' is written 'Eliud "
    "Kipchoge', 'They' '42 pacemakers'.")
KP = [
    ev("Yesterday, Eliud Kipchoge from Kenya ran", "ran", "Eliud Kipchoge", "run", "a marathon",
       date="2019-10-12"),
    ev("Kipchoge ran in Vienna", "ran", "Eliud Kipchoge", "run", None, date="2019-10-12"),
    ev("They ran with Kipchoge", "ran", "42 pacemakers", "run", None, date="2019-10-12"),
    ev("Kipchoge also set the current", "set", "Eliud Kipchoge", "set",
       "the current official world record for a sanctioned race", kind="background", date="2018"),
]

HF_ABOUT = (
    "Wikinews, Wednesday 2019-02-13: a fire kills at least seventeen at a hotel in Karol Bagh, New Delhi (disaster). "
    "'yesterday morning' = 2019-02-12 and the fire's acts (deaths, rescues, the firefighters' dispatch, the leaps, "
    "the suffocations) are of that day; the inquiry's order, Modi's condolences and the damage are not dated (a day "
    "the text does not give is not inferred). 'according to officials' gives reported_by to the deaths, rescues and "
    "the relative 'some of whom were hospitalised' (an agentless act of its own); 'confirmed two Buddhist pilgrims "
    "... also died' is a neutral report with a clause (as in events-dev10's conventions), its content reported_by "
    "the embassy; 'had control of the blaze' is 'have' "
    "(a state); 'No cause was immediately known' a state; 'said wooden panels led to' gives 'lead' reported_by the "
    "fire officer; 'Local media reported' is neutral; 'was ... among the dead' a copula; 'estimated 120 people were' "
    "is a speech act of the website (its content a copula); 'A judicial inquiry was ordered' is agentless, "
    "reported_by the police; 'Modi tweeted \"...\"' only introduces a quotation, 'offered \"condolences ...\"' is a "
    "speech act (its object quoted); 'were among victims who leapt' gives the victims' act (as 'among eleven migrants "
    "who died' in an earlier gold), reported_by eyewitnesses; 'has been extensively damaged and blackened by the "
    "blaze' is turned back; Satyendra Jain's words are a quotation; 'Activists claim' is a speech act and its "
    "agentless content 'are routinely ignored' is reported_by them.")
HF = [
    ev("The Hotel Arpit Palace in the Karol Bagh", "caught", "The Hotel Arpit Palace", "catch", "fire",
       date="2019-02-12"),
    ev("At least seventeen people died", "died", "At least seventeen people", "die", None, rep="officials",
       date="2019-02-12"),
    ev("At least seventeen people died", "rescued", None, "rescue", "35", rep="officials", date="2019-02-12"),
    ev("At least seventeen people died", "hospitalised", None, "hospitalise", "some of whom", rep="officials",
       date="2019-02-12"),
    ev("the Myanma embassy confirmed", "died", "two Buddhist pilgrims from Myanmar", "die", None,
       rep="the Myanma embassy", date="2019-02-12"),
    ev("Firefighters dispatched around 30 vehicles", "dispatched", "Firefighters", "dispatch", "around 30 vehicles",
       date="2019-02-12"),
    ev("No cause was immediately known", "led", "wooden panels", "lead",
       "to corridors becoming unusable for escape", rep="a fire officer"),
    ev("Local media reported most of the deceased", "suffocated", "most of the deceased", "suffocate", None,
       rep="Local media", date="2019-02-12"),
    ev("The hotel's website estimated", "estimated", "The hotel's website", "estimate",
       "120 people were in the 25-year-old building at the time", kind="speech act"),
    ev("A judicial inquiry was ordered", "ordered", None, "order", "A judicial inquiry", rep="police"),
    ev("Prime Minister Narendra Modi tweeted", "offered", "Narendra Modi", "offer",
       "condolences to the families of those who lost their lives", kind="speech act",
       sent=("Prime Minister Narendra Modi tweeted", "May the injured recover soon.\"")),
    ev("According to eyewitnesses, the deceased child", "leapt", "victims", "leap", "from the burning hotel",
       rep="eyewitnesses", date="2019-02-12"),
    ev("The top floor has been extensively damaged", "damaged", "the blaze", "damage", "The top floor"),
    ev("The top floor has been extensively damaged", "blackened", "the blaze", "blacken", "The top floor"),
    ev("Activists claim safety standards", "claim", "Activists", "claim",
       "safety standards are routinely ignored", kind="speech act"),
    ev("Activists claim safety standards", "ignored", None, "ignore", "safety standards", rep="Activists"),
]

SM_ABOUT = (
    "Wikinews, Saturday 2019-12-07: Samoa's government shuts down for two days for a nationwide measles vaccination "
    "drive (health). 'On Thursday' = 2019-12-05 and the shutdown's acts (the start, the closures) are of that day; "
    "'on Monday' = 2019-12-02, 'November 20', 'November 15', 'November 17' = those days of 2019, 'in 2018' the year; "
    "'Earlier this week', 'since then', 'later' give no day. 'to make way', 'to combat', 'to curb' are purposes; the "
    "relative 'that had, by reports, infected ... and killed' tells the outbreak's acts ('by reports' is "
    "unattributed: no reported_by); 'Residents were told to stay off' and 'were asked to place' are agentless speech "
    "acts (their infinitives requested, not listed); 'noted on Monday, the fatalities were all unvaccinated' a "
    "copula; 'not assigned to assist' describes; 'observed, \"...\"' only introduces a quotation; 'This included' a "
    "state, 'told the press his nephew needed a dose' a state; 'started November 20' is listed; 'vaccination ... "
    "covered only about 31 percent' is a state and 'before the outbreak began' a time clause; 'coverage had risen' is "
    "reported_by Al Jazeera (undated: Thursday dates the report); 'the goal ... was to exceed' a copula; 'made the "
    "following announcement' a speech act (the announcement is a quotation); 'has reported more cases' a speech act "
    "('before the shutdown began' a time clause); 'When announcing the shutdown' and 'called on \"...\" to instill' "
    "are speech acts of Monday; 'dropped in 2018 after two small children died' gives two background acts; 'was able "
    "to tap into' is reported_by Keni Lesa ('hammer home' is quoted); 'declared', 'shut down', 'later banned' are the "
    "government's acts; 'exceeded those of any other whole year', 'have seen marked increases', 'has since seen a "
    "resurgence' are states of counts; the facts of the disease in the present are generic; 'several diseases that "
    "drastically reduced' tells an act of history (background), 'was introduced in the 1960s' and 'the incidence "
    "dropped' are background, 'became widespread' a state. 'the government' is written 'the government of Samoa', "
    "'Prime Minister Tuilaepa' 'Tuilaepa Sailele Malielegaoi'.")
GOV = "the government of Samoa"
PM = "Tuilaepa Sailele Malielegaoi"
SM = [
    ev("On Thursday local time, the government of Samoa began", "began", GOV, "begin",
       "a planned two-day shutdown", date="2019-12-05"),
    ev("On Thursday local time, the government of Samoa began", "infected", "the measles outbreak", "infect",
       "over 4,200 of the island nation's roughly 200,0000 residents"),
    ev("On Thursday local time, the government of Samoa began", "killed", "the measles outbreak", "kill",
       "at least 62"),
    ev("Residents were told to stay off", "told", None, "tell", "Residents", kind="speech act"),
    ev("Residents were told to stay off", "closed", None, "close", "businesses and ferries", date="2019-12-05"),
    ev("Households with at least one unvaccinated person were asked", "asked", None, "ask",
       "Households with at least one unvaccinated person", kind="speech act"),
    ev("The vaccination drive itself started", "started", "The vaccination drive", "start", None,
       date="2019-11-20"),
    ev("Al Jazeera reported on Thursday", "risen", "coverage", "rise", "to 55 percent", rep="Al Jazeera"),
    ev("Earlier this week, an official government Twitter account made", "made",
       "an official government Twitter account", "make", "the following announcement", kind="speech act",
       sent=("Earlier this week, an official", "vaccinated 58,150 individuals.\"")),
    ev("Since then, the government has reported", "reported", GOV, "report", "more cases of measles",
       kind="speech act"),
    ev("When announcing the shutdown on Monday", "announcing", PM, "announce", "the shutdown", kind="speech act",
       date="2019-12-02"),
    ev("When announcing the shutdown on Monday", "called", PM, "call on",
       "\"village councils, faith-based organizations, and church leaders, village mayors and government women "
       "representatives\"", kind="speech act", date="2019-12-02"),
    ev("Samoan vaccination rates dropped in 2018", "dropped", "Samoan vaccination rates", "drop", None,
       kind="background", date="2018"),
    ev("Samoan vaccination rates dropped in 2018", "died", "two small children", "die", None, kind="background",
       date="2018"),
    ev("the anti-vaccine movement was able to tap", "tap", "the anti-vaccine movement", "tap into",
       "the resulting public mistrust", rep="Keni Lesa", kind="background"),
    ev("The Samoan government declared", "declared", GOV, "declare", "a state of emergency", date="2019-11-15"),
    ev("The Samoan government declared", "shut", GOV, "shut down", "all schools", date="2019-11-17"),
    ev("The Samoan government declared", "banned", GOV, "ban", "children from public gatherings"),
    ev("Measles is one of several diseases", "reduced", "several diseases", "reduce",
       "the indigenous population of Pacific island nations and the Americas", kind="background"),
    ev("The first measles vaccine was introduced", "introduced", None, "introduce", "The first measles vaccine",
       kind="background"),
    ev("The first measles vaccine was introduced", "dropped", "the incidence", "drop", None, kind="background"),
]

DOCS = {
    "wn_2019-02-13_Hotel-fire-kills-at-least-seventeen-in-Karol-Bagh-New-Delhi.txt": (HF_ABOUT, HF),
    "wn_2019-03-02_Nine-jailed-over-sexual-abuse-in-Bradford-England-children-s-home.txt": (BR_ABOUT, BR),
    "wn_2019-07-10_Benin-Nigeria-join-African-Union-continental-free-trade-bloc.txt": (BN_ABOUT, BN),
    "wn_2019-10-13_Eliud-Kipchoge-of-Kenya-runs-marathon-under-two-hours.txt": (KP_ABOUT, KP),
    "wn_2019-11-16_Ancient-Egyptians-collected-wild-ibis-birds-for-sacrifice-says-study.txt": (IB_ABOUT, IB),
    "wn_2019-12-07_Samoan-government-temporarily-shuts-down-for-nationwide-measles-vaccination-driv.txt":
        (SM_ABOUT, SM),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/blind43/make_gold_dev19.py"))
