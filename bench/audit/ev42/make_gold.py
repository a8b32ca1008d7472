"""Write the event gold tests/data/gold/wikinews-events-dev16 from hand annotations (round ev42).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev42/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev16"


FO_ABOUT = (
    "Wikinews, Sunday 2019-04-28: the US Department of Justice investigates Ford over emissions testing (business and "
    "regulation). 'On Friday' = 2019-04-26, 'on February 21' = 2019-02-21, 'In February' = 2019-02, 'on February 18' "
    "= 2019-02-18. 'announced the ... Department of Justice was performing' gives the announcement and its content "
    "(reported_by Ford); 'said ... that the criminal investigation started ... after Ford voluntarily disclosed' gives "
    "'start' (the investigation's, intransitive) and 'disclose' (reported_by Ford); what Ford said inside quotation "
    "marks is not listed, nor 'told The Verge' and 'made this point, writing \"...\"' which only introduce quotations; "
    "'announced investigating itself' gives the announcement and the gerund's act, whose subject is the announcer "
    "(reported_by Ford); 'following employee concerns' is a noun; 'were reportedly concerned' a state; 'started its "
    "investigation by hiring' gives both acts (reported_by The Verge: the means tells an act of its own, as 'by "
    "pleading guilty' in an earlier gold); 'According to the filing' gives reported_by Ford (its own filing); the "
    "elliptical 'and also to the California Air Resources Board on February 21' is no second verb. 'Ford' is written "
    "by the company's full name.")
FO = [
    ev("On Friday Ford Motor Company announced", "announced", "Ford Motor Company", "announce",
       "the United States Department of Justice was performing a criminal investigation", kind="speech act",
       date="2019-04-26"),
    ev("On Friday Ford Motor Company announced", "performing", "United States Department of Justice", "perform",
       "a criminal investigation of Ford's internal emission testing practices", rep="Ford Motor Company"),
    ev("Ford said in a financial filing", "started", "the criminal investigation", "start", None,
       rep="Ford Motor Company"),
    ev("Ford said in a financial filing", "disclosed", "Ford Motor Company", "disclose",
       "the matter to the federal government", rep="Ford Motor Company", date="2019-02-21"),
    ev("In February, Ford announced investigating", "announced", "Ford Motor Company", "announce",
       "investigating itself", kind="speech act", date="2019-02"),
    ev("In February, Ford announced investigating", "investigating", "Ford Motor Company", "investigate", "itself",
       rep="Ford Motor Company"),
    ev("Ford started its investigation by hiring", "started", "Ford Motor Company", "start", "its investigation",
       rep="The Verge"),
    ev("Ford started its investigation by hiring", "hiring", "Ford Motor Company", "hire",
       "law firm Sidley Austin", rep="The Verge"),
    ev("According to the filing, Ford voluntarily", "disclosed", "Ford Motor Company", "disclose",
       "this matter to the U.S. Environmental Protection Agency", rep="Ford Motor Company", date="2019-02-18"),
]

FB_ABOUT = (
    "Wikinews, Monday 2019-04-08: 540 million private Facebook records found on the public Internet (technology and "
    "privacy). 'on Wednesday' = 2019-04-03 dates the report, no act; 'on January 10', 'on January 28', 'on February "
    "1', 'on February 21' = those days of 2019 ('and again on January 14' is elliptical, no second verb). 'were found' "
    "is an agentless passive reported by UpGuard ('According to a report ... by UpGuard'); 'containing', 'leaked', "
    "'accessible' describe; 'is owned by', 'specializes', 'were publicly available', 'were stored' and 'were "
    "misconfigured to allow' are states (the buckets' condition, told as a cause); 'Wikinews confirmed with UpGuard' "
    "is a speech act and 'involved' a state; an unattributed 'reportedly' gives no reported_by; 'but received no "
    "response' is UpGuard's act, negated (a shared subject of coordinated clauses); 'informing them of the situation' "
    "is the email's content (not listed); 'acknowledged the bucket's owner had been informed' gives the speech act and "
    "an agentless 'inform' reported by Amazon Web Services; 'had still not been secured' a state; 'with Amazon Web "
    "services responding that they would investigate' gives the speech act and 'investigate' (would, reported_by "
    "Amazon Web Services), 'could be done' not; 'were only secured after Bloomberg contacted Facebook' gives both; "
    "'drew comparisons' is a speech act, 'in which ... profiles were harvested' an agentless act of the past "
    "(background).")
FB = [
    ev("According to a report on Wednesday by UpGuard", "found", None, "find",
       "two databases containing user data from Facebook", rep="UpGuard"),
    ev("Wikinews confirmed with UpGuard", "confirmed", "Wikinews", "confirm",
       "that the two incidents involved two separate Amazon S3 buckets", kind="speech act"),
    ev("UpGuard reportedly sent an email", "sent", "UpGuard", "send", "an email to Cultura Colectiva",
       date="2019-01-10"),
    ev("UpGuard reportedly sent an email", "received", "UpGuard", "receive", "no response", neg=True),
    ev("On January 28, UpGuard reportedly emailed", "emailed", "UpGuard", "email", "Amazon Web Services",
       date="2019-01-28"),
    ev("On January 28, UpGuard reportedly emailed", "acknowledged", "Amazon Web Services", "acknowledge",
       "the bucket's owner had been informed", kind="speech act", date="2019-02-01"),
    ev("On January 28, UpGuard reportedly emailed", "informed", None, "inform", "the bucket's owner",
       rep="Amazon Web Services"),
    ev("After the database had still not been secured", "emailed", "UpGuard", "email", "Amazon Web Services",
       date="2019-02-21"),
    ev("After the database had still not been secured", "responding", "Amazon Web Services", "respond",
       "that they would investigate what else could be done about it", kind="speech act"),
    ev("After the database had still not been secured", "investigate", "Amazon Web Services", "investigate",
       "what else could be done about it", mod="would", rep="Amazon Web Services"),
    ev("Reportedly, the Amazon S3 Buckets were only secured", "secured", None, "secure", "the Amazon S3 Buckets"),
    ev("Reportedly, the Amazon S3 Buckets were only secured", "contacted", "Bloomberg", "contact", "Facebook"),
    ev("The Guardian drew comparisons", "drew", "The Guardian", "draw",
       "comparisons between this case and the Cambridge Analytica scandal", kind="speech act"),
    ev("The Guardian drew comparisons", "harvested", None, "harvest", "over 50 million Facebook profiles",
       kind="background"),
]

SE_ABOUT = (
    "Wikinews, Tuesday 2019-02-12: the German migrant rescue charity Sea-Eye renames its ship after Alan Kurdi "
    "(charity and migration). 'on Sunday' = 2019-02-10 and the ceremony's acts ('attended') are of that day; 'in "
    "2015' dates the deaths, 'in 2016' the start of Sea-Eye's work, 'September 2015' is a noun's date. The relative "
    "'who drowned' tells the boy's death (background, undated in its sentence); 'were among eleven migrants who died "
    "... in 2015' gives the migrants' death; 'they had, his surviving father says, paid people smugglers' gives "
    "'pay' reported_by the father (the subject is Kurdi, his brother and his mother), 'to take them' is a purpose; "
    "'drew widespread attention' and 'lead to international public calls' are listed (the text's 'lead' is its "
    "past); 'The accident happened' is listed as 'happen' (as 'The crash happen' in an earlier gold); 'which saw a "
    "large spike' describes; quotations and their 'said' are not listed; 'now resides' and 'was previously' are "
    "states; 'credit themselves with' is a speech act and 'since commencing work in 2016' tells Sea-Eye's start "
    "(background, the gerund's subject is Sea-Eye); 'lives saved' describes; 'Turkey sentenced' is background "
    "(undated); 'have increased their numbers' is listed.")
SE = [
    ev("German migrant marine rescue charity Sea-Eye", "renamed", "Sea-Eye", "rename", "their ship",
       date="2019-02-10"),
    ev("German migrant marine rescue charity Sea-Eye", "drowned", "Alan Kurdi", "drown", None, kind="background"),
    ev("Relatives of the boy attended", "attended", "Relatives of the boy", "attend", "the renaming ceremony",
       date="2019-02-10"),
    ev("Kurdi, his brother, and his mother were among", "died", "eleven migrants", "die", None,
       kind="background", date="2015"),
    ev("Kurdi, his brother, and his mother were among", "paid", "Alan Kurdi, his brother, and his mother", "pay",
       "people smugglers", rep="Abdullah Kurdi", kind="background"),
    ev("A photograph of his remains", "drew", "A photograph of his remains", "draw", "widespread attention",
       kind="background"),
    ev("The accident happened", "happened", "The accident", "happen", None, kind="background"),
    ev("The boy's aunt, Tima Kurdi, also attended", "attended", "Tima Kurdi", "attend", "the ceremony",
       date="2019-02-10"),
    ev("Sea-Eye credit themselves", "credit", "Sea-Eye", "credit",
       "themselves with around 14,000 lives saved during 60 rescues", kind="speech act"),
    ev("Sea-Eye credit themselves", "commencing", "Sea-Eye", "commence", "work", kind="background", date="2016"),
    ev("Turkey sentenced two people smugglers", "sentenced", "Turkey", "sentence", "two people smugglers",
       kind="background"),
    ev("Kurdi's image lead to", "lead", "Kurdi's image", "lead",
       "to international public calls for more effort to assist migrants from Syria", kind="background"),
    ev("Kurdi's image lead to", "increased", "anti-immigration groups", "increase",
       "their numbers and activities in Europe"),
]

AR_ABOUT = (
    "Wikinews, Saturday 2019-10-19: the Northern Arapaho Tribe welcomes a buffalo herd in Wyoming (environment and a "
    "tribal nation). 'On Wednesday' = 2019-10-16 and the release's acts are of that day; 'In the 1800s' dates no act "
    "by year. 'turned out to watch' lists 'turn out' ('to watch' is its purpose); 'sang', 'provided a prayer' and "
    "the agentless 'were released' are the ceremony's acts; 'set aside for them', 'commonly called', 'run by' "
    "describe; 'came from' tells the herd's origin (a state); 'were transported' is agentless; the quotation and "
    "its 'told' are not listed; 'have plans to widen' is a plan (listed with modality will, subject the tribe) and "
    "'report they are considering' gives the stance 'consider' reported by the tribe ('report' is a neutral "
    "reporting verb, its subject shared with 'have plans'); 'who currently have a herd' is a state; 'who helped "
    "manage the delivery' tells Oldman's act (background); 'were hunted nearly to extinction' is agentless "
    "(background); 'believed that removing the buffalo would undermine ...' gives the stance and its content "
    "(would, reported by the generals; 'make it easier' is a state); 'depended on them' a state.")
AR = [
    ev("On Wednesday, more than 100 members", "turned", "more than 100 members of the Northern Arapaho Tribe",
       "turn out", None, date="2019-10-16"),
    ev("Elementary school students sang", "sang", "Elementary school students", "sing", None, date="2019-10-16"),
    ev("Elementary school students sang", "provided", "Elder Nelson White", "provide", "a prayer",
       date="2019-10-16"),
    ev("Elementary school students sang", "released", None, "release", "the buffalo", date="2019-10-16"),
    ev("The animals were transported", "transported", None, "transport", "The animals"),
    ev("The Arapaho have plans", "widen", "Northern Arapaho Tribe", "widen", "the buffalo's range", mod="will"),
    ev("The Arapaho have plans", "considering", "Northern Arapaho Tribe", "consider",
       "eventually pooling resources with the nearby Eastern Shoshone Tribe", rep="Northern Arapaho Tribe",
       kind="stance"),
    ev("who helped manage the delivery", "helped", "Devin Oldman", "help", "manage the delivery of the buffalo",
       kind="background", sent=("\"I think [working", "delivery of the buffalo.")),
    ev("In the 1800s, the buffalo were hunted", "hunted", None, "hunt", "the buffalo", kind="background"),
    ev("In the 1800s, the buffalo were hunted", "believed", "many U.S. generals", "believe",
       "that removing the buffalo would undermine the economies of many of the Native American tribes",
       kind="background"),
    ev("In the 1800s, the buffalo were hunted", "undermine", "removing the buffalo", "undermine",
       "the economies of many of the Native American tribes", mod="would", rep="many U.S. generals",
       kind="background"),
]

TN_ABOUT = (
    "Wikinews, Monday 2019-07-08: Tunisia's Prime Minister signs a decree banning face veils in public institutions "
    "(government and religion). 'On Friday' = 2019-07-05, 'last month' = 2019-06, 'on June 27' = 2019-06-27, 'in "
    "2015', 'in 2016', 'in 2011' the years; 'In the span of one week' dates no act. 'signed a government decree "
    "banning anyone ... from entering' gives the signing and the decree's ban (the participle tells the decree's act, "
    "as a relative 'which decriminalized' in an earlier gold; undated); 'is a face-veil', 'covers', 'is commonly "
    "worn' are definitions; the quotations and their 'said' are not listed, nor 'Speaking to'; 'This decision comes "
    "after' relates, 'took place' and 'happened' are listed (as in earlier golds); 'were killed', 'were injured' are "
    "agentless; 'According to eyewitness reports' gives reported_by; 'claimed responsibility' is a speech act; 'a "
    "bill was proposed in 2016 ..., but was not passed' gives two agentless acts (the second negated, the bill "
    "subject of both); 'have cited security concerns' is a speech act, 'to impose bans' its purpose; 'was banned "
    "... during ... Presidency' and 'was lifted in 2011' are agentless background.")
TN = [
    ev("On Friday, Youssef Chahed", "signed", "Youssef Chahed", "sign", "a government decree", date="2019-07-05"),
    ev("On Friday, Youssef Chahed", "banning", "a government decree", "ban", "anyone wearing a niqab"),
    ev("This decision comes after", "took", "a couple of suicide bombings", "take place", None, date="2019-06"),
    ev("Reportedly, two people were killed", "killed", None, "kill", "two people", date="2019-06-27"),
    ev("Reportedly, two people were killed", "injured", None, "injure", "at least eight people",
       date="2019-06-27"),
    ev("Reportedly, two people were killed", "happened", "a suicide bombing", "happen", None, date="2019-06-27"),
    ev("According to eyewitness reports, the suicide bomber", "wore", "the suicide bomber", "wear",
       "a face veil covering", rep="eyewitnesses"),
    ev("In the span of one week", "took", "at least three suicide bombings", "take place", None),
    ev("The militant organisation, the Islamic State", "claimed", "the Islamic State of Iraq and the Levant",
       "claim", "responsibility for all three attacks", kind="speech act"),
    ev("After an attack in the capital city in 2015", "proposed", None, "propose",
       "a bill for banning the niqab", kind="background", date="2016"),
    ev("After an attack in the capital city in 2015", "passed", None, "pass", "a bill", neg=True,
       kind="background"),
    ev("Tunisia's neighbouring Muslim-majority", "cited",
       "Tunisia's neighbouring Muslim-majority African countries", "cite", "security concerns",
       kind="speech act"),
    ev("Previously, another Islamic religious garment", "banned", None, "ban", "the hijab", kind="background"),
    ev("That ban was lifted in 2011", "lifted", None, "lift", "That ban", kind="background", date="2011"),
]

MA_ABOUT = (
    "Wikinews, Monday 2019-10-07: the mockumentary Mister America has its world premiere (arts and film). 'Friday "
    "evening' = 2019-10-04 and the premiere's acts are of that day; 'through October 8' bounds a state, 'on October "
    "9' = 2019-10-09 dates a scheduled debut (listed with modality will: it had not happened at publication). 'had "
    "its world premiere' is listed ('have', as 'have a phone conversation' in an earlier gold); 'is a "
    "continuation', 'were in attendance' are copulas; 'Wikinews attended' is listed; the film's plot ('follows', "
    "'hosts', 'avoids', 'sets out to run', 'fails') is fiction, told in the present, and not listed; 'was "
    "accompanied by a question-and-answer session' relates two things, 'moderated by', 'delving into' describe; "
    "'Fans in the audience probed the stars' is a speech act; 'continues' is a state.")
MA = [
    ev("Friday evening, mockumentary Mister America had", "had", "Mister America", "have", "its world premiere",
       date="2019-10-04"),
    ev("Wikinews attended the premiere", "attended", "Wikinews", "attend", "the premiere", date="2019-10-04"),
    ev("Fans in the audience probed", "probed", "Fans in the audience", "probe",
       "the stars about their comedic backgrounds", kind="speech act", date="2019-10-04"),
    ev("The Beyond Fest 2019 continues", "debuts", "Mister America", "debut", "to a wider audience", mod="will",
       date="2019-10-09"),
]

DOCS = {
    "wn_2019-02-12_German-migrant-rescue-charity-renames-ship-after-drowned-Syrian-toddler.txt": (SE_ABOUT, SE),
    "wn_2019-04-08_540-million-private-Facebook-records-found-on-public-Internet.txt": (FB_ABOUT, FB),
    "wn_2019-04-28_US-Department-of-Justice-investigating-Ford-over-emissions-testing-problems.txt": (FO_ABOUT, FO),
    "wn_2019-07-08_Tunisian-Prime-Minister-signs-decree-to-ban-face-veils-in-public-institutions-go.txt":
        (TN_ABOUT, TN),
    "wn_2019-10-07_Mockumentary-Mister-America-has-world-premiere.txt": (MA_ABOUT, MA),
    "wn_2019-10-19_Northern-Arapaho-Tribe-welcomes-buffalo-herd-in-Wyoming-United-States.txt": (AR_ABOUT, AR),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev42/make_gold.py"))
