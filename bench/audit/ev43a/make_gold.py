"""Write the event gold tests/data/gold/wikinews-events-dev17 from hand annotations (round ev43a).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th
occurrence inside the sentence); the offsets are computed and checked by bench/audit/gold_writer.py.
Run: python bench/audit/ev43a/make_gold.py (from the project root).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import event as ev, write_event_gold  # noqa: E402

NAME = "wikinews-events-dev17"


HH_ABOUT = (
    "Wikinews, Friday 2019-05-03: the Holy Headdress of Christ carried in procession through Cahors (religion and "
    "heritage). 'on Saturday, April 27' = 2019-04-27 and the procession's acts are of that day. 'was carried' is "
    "agentless (listed at both mentions); 'followed by ... nearly 2000 people' tells the crowd's act (a participle "
    "with its by-agent, reported by 'varying reports'); 'is recognized by tradition as the veil that covered the "
    "head of Jesus when he was buried' is a definition (not listed); 'By one tradition, Charlemagne brought back ... "
    "and offered' gives two acts of the past (background; a tradition is no source, so no reported_by); 'has been "
    "venerated since ...' is a habitual state; 'got back into the streets', 'made its way' and 'ended' are the "
    "procession's acts; 'was sustained by' is listed with its agents; 'for which many people have invested "
    "themselves' is a relative telling an act (listed); 'have been planned' is agentless. Image captions have no "
    "verb.")
HH = [
    ev("As part of the celebration of 900 years", "carried", None, "carry", "a precious relic", date="2019-04-27"),
    ev("Charlemagne brought back", "brought", "Charlemagne", "bring back", "the relic of Jerusalem",
       kind="background"),
    ev("Charlemagne brought back", "offered", "Charlemagne", "offer", "the relic to the diocese of Cahors",
       kind="background"),
    ev("got back into the streets of Cahors", "got", "the Holy Headdress of Christ", "get back",
       "into the streets of Cahors", date="2019-04-27"),
    ev("The relic was carried in procession followed", "carried", None, "carry", "The relic", date="2019-04-27"),
    ev("The relic was carried in procession followed", "followed", "nearly 2000 people", "follow", "The relic",
       rep="varying reports", date="2019-04-27"),
    ev("The procession made its way", "made", "The procession", "make", "its way", date="2019-04-27"),
    ev("The procession made its way", "ended", "The procession", "end", None, date="2019-04-27"),
    ev("The event was sustained by", "sustained", "the city of Cahors, the State of France, and the civil society",
       "sustain", "The event"),
    ev("The event was sustained by", "invested", "many people", "invest", "themselves"),
    ev("Other celebrations and other events have been planned", "planned", None, "plan",
       "Other celebrations and other events"),
]

FZ_ABOUT = (
    "Wikinews, Tuesday 2019-08-06: the French inventor Franky Zapata crosses the English Channel on a jet-powered "
    "Flyboard Air (invention and aviation). 'This Sunday' = 2019-08-04 and the crossing's acts are of that day; "
    "'three years ago' = 2016; 'On July 25' = 2019-07-25; 'earlier this year' = 2019. 'propelled by', 'attached "
    "to', 'called', 'drawn up by' describe; 'took 22 minutes', 'came on the second attempt', 'could reportedly "
    "serve', 'is propelled', 'uses' are states; 'was invented' is agentless (background); the flight's 'started' "
    "and 'finished', 'flew', 'carried', 'was escorted by', 'made one landing' are listed ('to refill' is a purpose); "
    "'a process Zapata described as being tricky' is a relative telling his speech act (listed, undated); 'told "
    "...' before a quotation and what is quoted are not listed; 'Strong winds ... presented difficulty ..., Zapata "
    "said' gives 'present' reported by him ('adding it required much endurance' is a state); 'fell into the water' "
    "and 'previously presented the device' are background; 'had been holding a rifle' is background ('to show' a "
    "purpose); 'also invented the original Flyboard' background.")
FZ = [
    ev("This Sunday, French inventor Franky Zapata", "crossed", "Franky Zapata", "cross", "the English Channel",
       date="2019-08-04"),
    ev("This device was invented three years ago", "invented", None, "invent", "This device", kind="background",
       date="2016"),
    ev("The flight started at 8:17", "started", "The flight", "start", None, date="2019-08-04"),
    ev("The flight started at 8:17", "finished", "The flight", "finish", None, date="2019-08-04"),
    ev("Zapata flew across the water", "flew", "Franky Zapata", "fly", "across the water", date="2019-08-04"),
    ev("The inventor carried a backpack", "carried", "Franky Zapata", "carry", "a backpack with kerosene",
       date="2019-08-04"),
    ev("The inventor carried a backpack", "escorted", "three helicopters", "escort", "Franky Zapata",
       date="2019-08-04"),
    ev("Zapata also made one landing", "made", "Franky Zapata", "make", "one landing on a boat mid-channel",
       date="2019-08-04"),
    ev("Zapata also made one landing", "described", "Franky Zapata", "describe", "a process", kind="speech act"),
    ev("Strong winds over the Channel presented", "presented", "Strong winds over the Channel", "present",
       "difficulty", rep="Franky Zapata", date="2019-08-04"),
    ev("Zapata fell into the water", "fell", "Franky Zapata", "fall", "into the water", kind="background",
       date="2019-07-25"),
    ev("The inventor previously presented", "presented", "Franky Zapata", "present", "the device",
       kind="background", date="2019"),
    ev("he had been holding a rifle", "holding", "Franky Zapata", "hold", "a rifle", kind="background"),
    ev("Franky Zapata also invented the original", "invented", "Franky Zapata", "invent", "the original Flyboard",
       kind="background"),
]

GT_ABOUT = (
    "Wikinews, Wednesday 2019-09-18: arrests after the theft of a gold toilet from Blenheim Palace (art and "
    "theft). 'Yesterday' = 2019-09-17 dates the police's statement, no act; 'on Saturday' = 2019-09-14 ('on the day "
    "of the theft' is that day); 'on Monday' = 2019-09-16; 'Back in 2017' = 2017. 'said they had arrested' gives "
    "the arrest reported by the police (undated); 'was stolen', 'was released', 'has not been recovered' (negated) "
    "are agentless; the relative 'who was was arrested on the day of the theft' tells an act (listed); 'They' and "
    "'they' are the police; the quotation and its 'said' are not listed; 'entitled', 'made by', 'made from' "
    "describe; 'placed the value' is a speech act (an estimate); 'had been fully plumbed and installed' are "
    "agentless acts of the past (background); 'When it was removed by the burglars it caused flooding' gives both "
    "(undated: the sentence gives no day); 'they believe the theft involved' is a stance said on Monday; 'wrote "
    "Cattelan' only introduces a quotation; 'was offered to Donald Trump' is agentless background; 'said the "
    "toilet represented' is a state.")
GT = [
    ev("Yesterday, Thames Valley Police said", "arrested", "Thames Valley Police", "arrest", "a second man",
       rep="Thames Valley Police"),
    ev("The toilet, an artwork, was stolen", "stolen", None, "steal", "The toilet", date="2019-09-14"),
    ev("Another man, who was was arrested", "arrested", None, "arrest", "Another man", date="2019-09-14"),
    ev("Another man, who was was arrested", "released", None, "release", "Another man"),
    ev("The toilet has not been recovered", "recovered", None, "recover", "The toilet", neg=True),
    ev("Police arrested a 36-year-old", "arrested", "Thames Valley Police", "arrest",
       "a 36-year-old Cheltenham man"),
    ev("They subsequently released him", "released", "Thames Valley Police", "release",
       "the 36-year-old Cheltenham man"),
    ev("On Saturday they arrested a 66-year-old", "arrested", "Thames Valley Police", "arrest", "a 66-year-old man",
       date="2019-09-14"),
    ev("On Saturday they arrested a 66-year-old", "released", "Thames Valley Police", "release",
       "the 66-year-old man", date="2019-09-14"),
    ev("Dominic Hare, chief executive of the palace, placed", "placed", "Dominic Hare", "place",
       "the value of the artwork", kind="speech act"),
    ev("It had been fully plumbed", "plumbed", None, "plumb", "the toilet", kind="background"),
    ev("It had been fully plumbed", "installed", None, "install", "the toilet", kind="background"),
    ev("When it was removed by the burglars", "removed", "the burglars", "remove", "the toilet"),
    ev("When it was removed by the burglars", "caused", "the toilet", "cause",
       "flooding and water damage to the building"),
    ev("Police said on Monday they believe", "believe", "Thames Valley Police", "believe",
       "the theft involved a group of thieves and multiple vehicles", kind="stance", date="2019-09-16"),
    ev("Back in 2017, the artwork was offered", "offered", None, "offer", "the artwork", kind="background",
       date="2017"),
]

A51_ABOUT = (
    "Wikinews, Sunday 2019-09-22: millions do not turn up to storm Area 51 (an Internet phenomenon). 'Friday' = "
    "2019-09-20 and the day's acts are of that day; 'on June 27' = 2019-06-27; 'Thursday night' = 2019-09-19. "
    "'millions of people were to storm Area 51 ... and the world was to finally learn' is the plan (modality will, "
    "reported by the plans); 'showed up' and the negated agentless 'was not stormed' are the day's; the posting and "
    "the replies are background ('replied' and 'expressed interest' speech acts, 'would attend' their content); "
    "'It all began' frames (not listed); 'Roberts says his event ... was posted as a joke' gives an agentless "
    "'post' reported by him; 'read' before a quotation, 'has been rumored', copulas and 'offering' are not listed; "
    "'who runs with his arms behind his back' describes a cartoon character (fiction in the present, not listed); "
    "'turned viral' is a change of state (not listed), 'took notice' is listed; 'told the BBC' has a copula for "
    "content; 'issued warnings' is a speech act ('saying it was dangerous' a copula); 'they arrested' are the "
    "sheriff's office's arrests (the first reported by Sheriff Lee; 'for urinating' the charge, not listed); 'were "
    "reported to have reached' has no named source; 'did not make the final trek' is negated; 'popped up' is "
    "listed ('seeking to capitalize' its aim); 'was underway' a state; 'was held' agentless; 'was reputedly "
    "responsible for creating' a copula; 'may have spurred' has modality may.")
A51 = [
    ev("Friday was when, according to earlier event plans", "storm", "millions of people", "storm", "Area 51",
       mod="will", rep="earlier event plans", date="2019-09-20"),
    ev("Friday was when, according to earlier event plans", "learn", "the world", "learn", "of its secrets",
       mod="will", rep="earlier event plans", date="2019-09-20"),
    ev("In the end, an estimated one-to-two hundred", "showed", "an estimated one-to-two hundred people", "show up",
       None, date="2019-09-20"),
    ev("In the end, an estimated one-to-two hundred", "stormed", None, "storm", "the classified area", neg=True,
       date="2019-09-20"),
    ev("It all began on June 27", "posted", "Matty Roberts", "post", "a event invitation", kind="background",
       date="2019-06-27"),
    ev("More than two million people replied", "replied", "More than two million people", "reply",
       "they would attend", kind="speech act"),
    ev("More than two million people replied", "attend", "More than two million people", "attend", None,
       mod="would", rep="More than two million people"),
    ev("More than two million people replied", "expressed", "an additional million-and-a-half", "express",
       "interest in the event", kind="speech act"),
    ev("Roberts says his event", "posted", None, "post", "his event", rep="Matty Roberts", kind="background"),
    ev("As the event turned viral", "took", "both media and authorities", "take", "notice"),
    ev("The Air Force issued warnings", "issued", "The Air Force", "issue",
       "warnings against attempts to enter the restricted zone of the base", kind="speech act"),
    ev("The sheriff's office arranged", "arranged", "The sheriff's office", "arrange",
       "for reinforcements from across Nevada"),
    ev("Fewer than two hundred showed up", "showed", "Fewer than two hundred", "show up", None,
       date="2019-09-20"),
    ev("Fewer than two hundred showed up", "tried", "no one", "try", "to storm the military base", neg=True,
       date="2019-09-20"),
    ev("Sheriff Lee said they arrested", "arrested", "The sheriff's office", "arrest", "one person",
       rep="Kerry Lee"),
    ev("They arrested three for", "arrested", "The sheriff's office", "arrest", "three"),
    ev("Over a thousand were reported", "reached", "Over a thousand", "reach", "Rachel"),
    ev("Over a thousand were reported", "make", "most", "make", "the final trek to the base", neg=True),
    ev("Meanwhile, other events popped up", "popped", "other events", "pop up", None),
    ev("Thursday night, \"Alien Stock\" was held", "held", None, "hold", "\"Alien Stock\"", date="2019-09-19"),
    ev("A 2018 documentary film titled", "spurred", "A 2018 documentary film", "spur", "recent interest",
       mod="may"),
]

TC_ABOUT = (
    "Wikinews, Friday 2019-03-29: Toronto Comicon 2019 (a pop culture convention). 'from March 15 to 17' = "
    "2019-03-15 to 2019-03-17 (the return dated by its first day); no other act is dated by the text. 'featured', "
    "'included', 'had a booth', 'whose screen credits include', 'lacks' are states; 'promoting', 'displaying', "
    "'based on', 'Prompted by', 'Faced with' describe; 'attended the event, taking photos' gives both acts; 'broke "
    "news when he revealed' two speech acts and the agentless stance 'is being considered' reported by Rhys-Davies; "
    "'had apparently been looking into' is NBC's legal department's act; 'talked of being cast' a speech act and the "
    "agentless 'cast' (background, reported by her), 'committed to making her a regular' background; 'she recalls', "
    "'told Wikinews' and 'shared that' only introduce speech (quoted or a copula); 'has been cosplaying for two "
    "years' and 'typically chooses' are habits (not listed); 'One of the characters she took on this year' is a "
    "relative telling her act (listed); 'has been described by the Daily Hive' a speech act; 'has knit', 'wore' "
    "are listed. Captions: 'Forever Fairest performed', 'Violinist Brigit O'Regan performs' (a caption's present "
    "tells an act) and 'Lots of kids got into the fun, too, dressing as ...' are listed; captions with no verb are "
    "not.")
TC = [
    ev("Toronto Comicon 2019 returned", "returned", "Toronto Comicon 2019", "return", "to its titular city",
       date="2019-03-15"),
    ev("Wikinews' Nicholas Moreau attended", "attended", "Nicholas Moreau", "attend", "the event"),
    ev("Wikinews' Nicholas Moreau attended", "taking", "Nicholas Moreau", "take", "photos of the various sights"),
    ev("John Rhys-Davies broke news", "broke", "John Rhys-Davies", "break", "news", kind="speech act"),
    ev("John Rhys-Davies broke news", "revealed", "John Rhys-Davies", "reveal",
       "that a Sliders reboot is being considered", kind="speech act"),
    ev("John Rhys-Davies broke news", "considered", None, "consider", "a Sliders reboot", rep="John Rhys-Davies",
       kind="stance"),
    ev("Their legal department had apparently", "looking", "NBC's legal department", "look into", "the matter"),
    ev("Emma Caufield talked of being cast", "talked", "Emma Caufield", "talk",
       "of being cast in an NBC television pilot", kind="speech act"),
    ev("Emma Caufield talked of being cast", "cast", None, "cast", "Emma Caufield", rep="Emma Caufield",
       kind="background"),
    ev("the producers finally committed", "committed", "the producers", "commit", "to making her a regular",
       kind="background"),
    ev("Campbell was working on a Thanos", "working", "Ian Campbell", "work", "on a Thanos helmet sculpt"),
    ev("One of the characters she took on", "took", "Lisa Mancini", "take on", "One of the characters"),
    ev("Mancini has been described by the Daily Hive", "described", "the Daily Hive", "describe", "Lisa Mancini",
       kind="speech act"),
    ev("Stephanie Chapman has knit", "knit", "Stephanie Chapman", "knit", "a variety of knit outfits"),
    ev("Prompted by Ron Perlman's visit", "wore", "Stephanie Chapman", "wear", "a costume based on Hellboy "
       "character Abe Sapien"),
    ev("Forever Fairest performed", "performed", "Forever Fairest", "perform", None),
    ev("Violinist Brigit O'Regan performs", "performs", "Brigit O'Regan", "perform", None),
    ev("Lots of kids got into the fun", "got", "Lots of kids", "get", "into the fun"),
    ev("Lots of kids got into the fun", "dressing", "Lots of kids", "dress", "as their favourite characters"),
]

MB_ABOUT = (
    "Wikinews, Saturday 2019-02-02: a report puts the Mexican monarch butterfly population at a ten-year high "
    "(conservation). 'on Wednesday' = 2019-01-30; 'last year' = 2018; 'in 2014' = 2014. 'announced' is a speech act "
    "(its content a copula); 'counted over-wintering' describes; 'cautioned against' is a speech act; 'Remarked "
    "...' and 'said \"...\"' only introduce quotations; 'According to ... Chip Taylor' gives reported_by to 'kept "
    "them in the right place' (2018, background; 'to lay eggs' its purpose); 'is not likely to happen', 'had little "
    "to do with' are states; 'return ... every year' and 'estimate the population by observing' are habits told "
    "in the generic present (not listed), 'occupied roughly 6.05 hectares' a state; 'cited' describes; "
    "'requested monarch butterflies be given ... protections from the United States government' gives the "
    "request (speech act, 2014, background) and its content (should, the government the giver); 'is pending and "
    "expected' a state.")
MB = [
    ev("The Center for Biological Diversity announced", "announced", "Center for Biological Diversity", "announce",
       "the monarch butterfly population counted over-wintering in Mexico was 144% greater than last year",
       kind="speech act", date="2019-01-30"),
    ev("Scientists cautioned against", "cautioned", "Scientists", "caution",
       "against an excess of optimism for the species", kind="speech act"),
    ev("According to ecologist Chip Taylor", "kept", "last year's relatively cool temperatures", "keep",
       "the monarch butterflies in the right place", rep="Chip Taylor", kind="background", date="2018"),
    ev("Center for Food Safety requested", "requested", "Center for Biological Diversity and Center for Food Safety",
       "request", "monarch butterflies be given Endangered Species Act protections", kind="speech act",
       date="2014"),
    ev("Center for Food Safety requested", "given", "the United States government", "give",
       "monarch butterflies Endangered Species Act protections", mod="should",
       rep="Center for Biological Diversity and Center for Food Safety", kind="background"),
]

DOCS = {
    "wn_2019-02-02_Report-indicates-Mexican-monarch-butterfly-population-at-ten-year-high-reasons-u.txt":
        (MB_ABOUT, MB),
    "wn_2019-03-29_Toronto-Comicon-2019-welcomes-fans-with-celebrities-creativity-cosplay.txt": (TC_ABOUT, TC),
    "wn_2019-05-03_Holy-Headdress-of-Christ-carried-in-procession-through-streets-of-Cahors-France.txt":
        (HH_ABOUT, HH),
    "wn_2019-08-06_French-inventor-Franky-Zapata-successfully-crosses-English-Channel-on-jet-powere.txt":
        (FZ_ABOUT, FZ),
    "wn_2019-09-18_Arrests-made-in-theft-of-gold-toilet-in-England.txt": (GT_ABOUT, GT),
    "wn_2019-09-22_Millions-don-t-turn-up-to-storm-US-airbase-for-extraterrestrial-evidence.txt": (A51_ABOUT, A51),
}

if __name__ == "__main__":
    print(write_event_gold(NAME, DOCS, script="bench/audit/ev43a/make_gold.py"))
