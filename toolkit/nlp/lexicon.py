"""Word lists of English news language shared by the entity, quote and event rules.

Kept apart so that the entity repairs (which must know what a speech verb is, to find the
speakers the model did not tag), the mentions, the vote and the quote extractor read one list.
"""

from __future__ import annotations

# The spaCy labels the toolkit keeps as entities, and those of places.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The labels of proper names (people, bodies, places, peoples): what the entity repairs act on.
NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
# The compass adjectives: a name ending in one describes people or things of a region ("Middle Eastern
# disputes"); one opening a name names a part cut by compass point ("the Western District of Texas").
COMPASS_ADJECTIVES = frozenset({"eastern", "western", "northern", "southern"})
# The hyphen and the en dash, as tokens: what joins the parts of a hyphenated name ("Nils-Erik").
HYPHENS = frozenset({"-", "–"})

SPEECH_VERBS = frozenset(
    """say tell add write post tweet warn caution confirm describe call label dub brand term denounce condemn
    announce insist claim state note argue explain declare ask reply respond acknowledge urge predict promise
    vow suggest stress emphasize emphasise reveal admit deny observe remark recall comment conclude praise hail
    slam blast criticize criticise pledge assure report testify quip joke boast tout characterize
    characterise dismiss proclaim affirm mention share shout cite highlight celebrate applaud laud commend
    thank welcome accuse lament complain decry concede contend maintain allege estimate forecast indicate
    signal threaten demand recount exclaim agree continue put whisper read concur counter retort opine plead
    answer reiterate repeat assert clarify refer reflect summarize summarise speak find rule decide defend inform
    chant yell scream""".split()
)
# Heads of organisation names: a capitalised name ending in one of these names a body
# ("Lowy Institute", "Ministry of Foreign Affairs", "Associated Press").
ORG_HEADS = frozenset(
    """institute institution ministry agency press council committee court commission department office bureau
    authority association foundation university college party union organisation organization corporation
    company bank fund service network federation league assembly parliament tribunal board centre center
    society academy administration coalition alliance front movement corps guard police church conference org
    herald gazette tribune journal times chronicle school district club team forces force army navy
    railway railways airline airlines airways magazine newspaper telegraph observer broadcasting television
    group inc ltd llc plc corp tribe tribes nation partners brigade brigades gang cartel band pharma
    pharmaceuticals holdings industries laboratories enterprises patrol securities orchestra grid rail diocese
    archdiocese exchange secretariat""".split()
)  # "secretariat": a government's seat and its staff ("a briefing at the Secretariat", round wire41: no person)
# ("directorate" is no head here: before "General" a head cuts "the Directorate General of Civil Aviation" at it;
# model_spans reads it as a body's last word)  # "exchange": a market's operator ("the National Stock Exchange in Mumbai", round wire40: not a person "Stock
# Exchange" under a title "National"); "grid", "rail": a power grid's and a railway's operators (round wire35e: "China Southern Power Grid said", not a
# person "Power Grid"; "Via Rail cancelled service", "Network Rail"); "diocese", "archdiocese": a bishop's church, a body
# ("the Archdiocese for the Military Services", round wire35d)  # "orchestra": an orchestra's players are a body ("the Great Orchestra of Christmas Charity", round wire35b)  # "tribe", "nation" end a capitalised name ("Eastern Shoshone Tribe", "Blackfeet Nation")
# that the vote then labels a people (NORP); "Org" is organisation's short form ("Sea Org"); "partners"
# ends firms' names in the plural ("Ben Franklin Technology Partners", "Energy Capital Partners"); "brigade" a fire
# service's or an armed unit's ("the State Fire Brigade", not a person "Fire Brigade" behind a title "State"); "band" a
# group of musicians, a military one too ("The United States Marine Band", "the Zac Brown Band"); "pharma",
# "holdings", "industries", "laboratories", "enterprises" end firms' names ("LGM Pharma", "Posco Holdings"); "patrol"
# a police force's ("Florida Highway Patrol described, …": no speaker "Highway Patrol" PERSON; "the Border Patrol");
# "securities" a broker's ("RBC Dominion Securities", "Nomura Securities"; not a person "Dominion Securities")
# Organisation heads that are also common surnames ("Stuart Hall", "Tom Church", "Ed Press"):
# a "person" ending in one of the others ("Air Force", "Red Cross Society") is a body.
SURNAME_HEADS = frozenset({"church", "bank", "court", "press", "union", "guard", "times", "herald", "front", "hall",
                           "service", "fund", "league", "school", "college", "board", "office", "company", "team",
                           "club", "centre", "center", "district", "society", "party", "chronicle", "journal"})
# Nouns after a quotation that make it the title of a work or a rule, not somebody's words.
TITLE_NOUNS = frozenset(
    """show program programme act order report article book film movie series campaign operation initiative
    plan policy podcast newspaper magazine column documentary song album slogan hashtag bill law doctrine
    strategy project tour summit conference festival award prize exhibition game""".split()
)
FEMALE_WORDS = frozenset("""she her hers herself ms mrs miss madam lady queen princess duchess wife mother daughter
    sister widow spokeswoman chairwoman congresswoman businesswoman actress""".split())
# ("actor" is said of women too, "actress" only of women: it says nothing of a man.)
MALE_WORDS = frozenset("""he him his himself mr sir king prince duke husband father son brother widower spokesman
    chairman congressman businessman""".split())
# Heads of facility and geographic names: "Cielo Vista Mall", "John Radcliffe Hospital",
# "10 Downing Street" are facilities; "Euphrates River Valley", "Gulf of Mexico" are places.
FAC_HEADS = frozenset("""mall zoo hospital airport stadium arena bridge street avenue road lane highway station prison jail
    museum palace cathedral mosque synagogue tower square hall plaza facility mine cemetery hotel dam tunnel terminal
    theatre theater temple shrine monument pier lighthouse base planetarium aquarium clinic port pipeline
    interconnector gate complex room basilica abbey memorial parkway turnpike maidan studio ranch""".split())  # (a basilica, an abbey: "the Basilica of St.
# Mary Major", "Westminster Abbey", round wire35d; a maidan, a city's open ground, "Mumbai's Azad Maidan", round wire40; a memorial, a monument: "the Emancipation Memorial", "the Lincoln
# Memorial", round ent37b; a parkway, a turnpike: roads, "the Blue Ridge Parkway remains closed", "the Pennsylvania
# Turnpike", round wire37b; a studio where records are made, "his ARC Studio, Lagos, Nigeria", round ent41a — a firm's
# name ends in the plural, "Pinewood Studios", a company's tail in short_forms)  # "Donovan Correctional Facility",
# "Acland Mine", "Arlington Cemetery": built things, whatever the name in front of the head (a person's); "Sunda
# Kelapa Port" a port's docks (a town opens with it, "Port Moresby", or the gazetteer knows it, "Port of Spain"); a
# pipeline's or a power cable's name ends in its noun ("Trans-Alaska Pipeline", "EuroAfrica Interconnector"); a gate
# of a wall or a compound ("Brandenburg Gate", "Abbey Gate"); a complex of buildings ("the Legislative Council
# Complex", "Kremlin Complex"; "Headquarters" left: "Army Headquarters said" is a command, a body); a room of a
# building ("the Press Briefing Room", "the Situation Room": no person after the title word "Press"); a ranch, land with
# its buildings ("the Imus Ranch program for kids", "Neverland Ranch", round ent42; a body founded after it ends in its
# own head, "the Imus Ranch Foundation")
# Heads of the names of bodies and of built things: what a name cut at "and" may end in.
BODY_AND_SITE_HEADS = ORG_HEADS | FAC_HEADS
# The words that join two names, or two words of one name ("Bill and Melinda Gates", "Mary & Leigh Block").
NAME_JOINERS = frozenset({"and", "&"})
LOC_HEADS = frozenset("""river valley mountain mountains sea ocean lake island islands peninsula desert gulf strait bay
    coast basin plateau canyon estuary forest reef glacier delta lagoon archipelago reservation range
    cay cays atoll islet harbor harbour zone fault trench""".split())  # (a cay, an atoll and an islet are small
# islands: "Elbow Cay"; a harbour is water, "the Boston Harbor", no built facility; a zone is an area, "the Capitol
# Hill Autonomous Zone", "the Demilitarized Zone", round ent37b; a fault and an ocean trench are features of the
# earth's crust, "the Mindanao Fault", "the San Andreas Fault", "the Cotabato Trench", round ent40b)
# The waters at which a town stands, whose word often closes the town's own name as its second word ("Marsh Harbour",
# "Coffs Harbour", "Bar Harbor", "Byron Bay"): a two-word name so ended is the water where its first word is a known
# place ("Boston Harbor", "Tampa Bay") and may be the town elsewhere (head_labels.py).
TOWN_WATER_HEADS = frozenset({"harbour", "harbor", "bay"})
# The running waters a town is named by: it stands on one ("Bulahdelah on the Myall River"), a flood gauge at the
# town is named after it.
RIVER_NOUNS = frozenset({"river", "creek"})

# Verbs and nouns of posting, which take the medium with "on" or "via" ("posted a message on Facebook",
# "announced via Twitter"): the untagged-medium rule and the vote's evidence of a medium read them.
POSTING_WORDS = frozenset("""post write say announce share publish tweet upload stream broadcast reveal confirm
    message statement video post photo picture comment livestream""".split())

# Words that precede a person's name without being part of it.
TITLE_WORDS = frozenset(
    """president presidential vice former acting secretary sen senator rep representative gov governor mr mrs ms miss
    dr prof professor prime minister chancellor general gen adm admiral ambassador special envoy first lady sir dame
    pope king queen prince princess emperor empress press speaker leader chairman chairwoman chair ceo cfo coo cto cio director deputy
    attorney justice judge commissioner mayor sheikh emir sultan ayatollah tsar czar crown foreign defense defence
    finance state
    national security adviser advisor spokesman spokeswoman spokesperson aide chief of staff the late
    u.s. us american russian ukrainian british french german chinese indian israeli european nato un
    secretary-general lt col colonel capt captain sgt officer agent dep treasury commerce interior energy
    health homeland majority minority whip house senate white house communications principal agriculture
    councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman congressman
    congresswoman lawmaker sheriff coroner assistant
    transportation education labor veterans affairs war housing urban development intelligence
    broadcaster journalist columnist commentator presenter anchor reporter correspondent editor author novelist
    historian economist analyst activist campaigner lawyer actor actress comedian
    monsignor msgr monseñor monsenor
    taoiseach tánaiste tanaiste treasurer barrister comrade cde""".split()  # (Pakistani papers write "Barrister" before a
    # lawyer-politician's name as an honorific, "PTI chairman Barrister Gohar Ali Khan", Dawn, round wire35f; the honorific of Catholic prelates, English and Spanish; Ireland's
    # head of government and deputy, whom English news names by the Irish titles; Australia's finance minister and a
    # state's, "Treasurer Jim Chalmers", round wire35c; the honorific of a party of the left and its short form in
    # southern Africa's press, "Cde Robert Mugabe", "Cde Mugabe was an icon of liberation", round ent42)
)
# Titles that, in front of a name, show it is a person (with the acronyms of a firm's chief officers, "Chief
# Executive/Financial/Operating/Technology/Information Officer": "CFO Ken Crews").
PERSON_TITLES = frozenset(
    """president secretary sen senator rep representative gov governor mr mrs ms dr minister chancellor
    general gen ambassador envoy pope king queen prince princess emperor empress sultan emir speaker leader chairman ceo cfo coo cto
    cio director
    deputy attorney judge mayor aide spokesman spokeswoman adviser advisor lady councillor councilor
    councilman councilwoman alderman alderwoman assemblyman assemblywoman congressman congresswoman
    lawmaker spokesperson coach sheriff coroner taoiseach tánaiste tanaiste treasurer""".split()
)
# Military and naval ranks as news abbreviates them before a name, with a period ("Capt. Jeff Davis", "Lt. Col.
# …", "Maj. Tarrant"): written so they are titles only, never words or names of their own.
ABBREVIATED_RANKS = frozenset({"capt", "lt", "col", "maj", "cmdr", "cdr", "brig", "sgt", "cpl", "pvt", "adm", "gen"})
# Titles and ranks news abbreviates before a name with a full stop that ends no sentence ("Sgt. Barry Whiteside",
# "Gov. Gavin Newsom", "Det. Insp. Smith"), as the tokenizer may split them from their stop.
ABBREVIATED_NAME_TITLES = ABBREVIATED_RANKS | frozenset({"det", "insp", "supt", "gov", "sen", "rep", "atty", "prof",
                                                         "rev", "hon"})
# The abbreviated titles of Westminster-style legislators (Member of Parliament, of the Legislative Assembly, of
# the European or Scottish Parliament, of Provincial Parliament): before a name they show a person ("MP Tanya
# Davies"); alone they are a role, and kept out of PERSON_TITLES, whose words are never names ("MP calls for …").
LEGISLATOR_TITLES = frozenset({"mp", "mla", "mep", "msp", "mpp"})
# The adjectives that name the party families of English-speaking democracies (US Democratic and Republican
# parties; Conservative, Labour, Liberal parties of the UK, Canada and Australia; Libertarian parties), a documented
# closed class: alone and capitalised ("the Democratic primary", "Conservative MP Philip Hammond") they name the party
# (the vote reads the same set).
PARTY_ADJECTIVES = frozenset({"democratic", "republican", "conservative", "labour", "liberal", "libertarian"})
# The pan-ethnic names of US usage (the census's "Hispanic or Latino" and their forms), a closed class: a people.
PAN_ETHNIC_NAMES = frozenset({"latino", "latina", "latinos", "latinas", "latinx", "hispanic", "hispanics", "chicano",
                              "chicana", "chicanos", "chicanas"})
# The names of the communities of a language's speakers, built on "-phone" ("Francophone Canadians", "the
# Anglophones of Cameroon"), a closed class of English: a people, as a nation's adjective is.
LANGUAGE_COMMUNITY_NAMES = frozenset(f"{stem}phone{plural}" for stem in ("anglo", "franco", "luso", "hispano", "arabo",
                                                                        "germano", "italo", "russo", "sino", "nederlando")
                                     for plural in ("", "s"))
# Endings of the adjectives of nations ("American", "Italian", "Chinese", "British"); the modules that read
# them add the rarer ones they need ("Israeli", "Latino", "Semitic").
NATIONALITY_ENDINGS = ("an", "ese", "ish")
# Ranks of the churches (and a tribe's or a church's elders) written before a name ("Cardinal Marc Ouellet",
# "Archbishop Charles Scicluna", "Elder Nelson White"): a closed class, no part of the name.
CHURCH_RANKS = frozenset("""cardinal archbishop bishop archdeacon deacon reverend rev rev. patriarch metropolitan
    rabbi imam pastor elder""".split())
# Subordinators of time and cause that the parser often takes for prepositions ("after one of their daughters
# escaped": "after" read as a preposition, its clause's subject as its object).
CLAUSE_SUBORDINATORS = frozenset({"after", "before", "until", "till", "since", "because", "as", "once", "while", "when"})
# Particles inside a person's name ("Ursula von der Leyen", "Mohammed bin Salman"; the Filipino and Italian
# contractions written as one word, "Arnel dela Vega", "Ronald dela Rosa", "Leila de Lima", "Rosa della Valle",
# "Jose delos Santos").
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn", "del",
                            "dela", "della", "delos"})
# Words of bodies' names that, like titles, end a run of capitalised name words.
ORG_WORDS = frozenset("""committee council department agency institute university bank fund party news times post
    journal network group company corporation association foundation ministry office service commission press
    union league court house senate assembly congress parliament army forces""".split())
NOT_NAME_WORDS = TITLE_WORDS | ORG_WORDS  # words that end a run of capitalised name words

# Common nouns that say what a name is when they stand in apposition to it ("Tell Tamer, a
# town near the border"; "Hagia Sophia, formerly a church"; "our biggest island Crete") or
# name it with "of" ("the city of Raqqa"): the label they give.
KIND_NOUNS = {
    **dict.fromkeys("""church museum mosque cathedral temple monument shrine hospital stadium airport airbase
        bridge prison jail palace hotel hostel motel mall building tower arena pipeline station canal tunnel
        facility""".split(),
        "FAC"),
    **dict.fromkeys("""city town village suburb capital municipality country nation county province area colony
        neighbourhood neighborhood settlement""".split(), "GPE"),
    **dict.fromkeys("""island islands region river mountain lake sea peninsula valley desert planet exoplanet
        galaxy comet asteroid nebula constellation field oilfield volcano glacier forest rainforest jungle canyon reef
        gulf strait plateau creek basin ravine gorge wadi""".split(), "LOC"),
    **dict.fromkeys("""company firm organisation organization agency newspaper broadcaster charity militia
        manufacturer retailer carmaker airline startup publisher website union band network chain supermarket
        promotion platform journal magazine tabloid group gang cartel drugmaker automaker chipmaker steelmaker
        planemaker conglomerate insurer lender subsidiary supergroup troupe orchestra choir ensemble party
        grocer pollster corporation utility regulator watchdog consortium faction""".split(),
        "ORG"),  # "supergroup Blind Faith", "dancing troupe Tribal Evolution": a company of performers; "the
    # pro-independence Naleraq party"; "rival grocer Albertsons" (round wire35c); "pollsters, including Litbang
    # Kompas and Indikator Politik Indonesia" (round wire35f); "Rosatom, the Russian state nuclear corporation, said"
    # (PERSON, round wire37), "Ofcom, the media watchdog"
    # A religious body that names its members ("Jehovah's Witnesses (JWs), another sect of Christianity", round
    # ent41a): a group of believers, as a people is (NORP).
    **dict.fromkeys("sect denomination".split(), "NORP"),
    # Roles only a person holds: "Dominic Hare, chief executive of the palace"; "Gáspár Maróth,
    # the government commissioner responsible for defence".
    **dict.fromkeys("""executive commissioner director chairman chairwoman chairperson spokesman spokeswoman
        spokesperson minister secretary senator governor mayor judge officer inspector detective founder
        co-founder author artist lawyer attorney professor scientist researcher economist analyst activist
        politician lawmaker candidate delegate commander ambassador envoy adviser advisor aide singer
        songwriter actor actress writer journalist reporter editor novelist athlete coach
        dictator tyrant despot strongman warlord apostle disciple evangelist prophet priest bishop rabbi imam
        cleric pastor character""".split(), "PERSON"),  # (a character of fiction, "Naruto is a Japanese cartoon
    # ninja character", is a person as the golds and the model's scheme take one; round ent41a)
}

# What a plant makes or runs on, when a noun compounded in front names it ("a power plant", "the Calvert Cliffs Nuclear
# Power Plant"): a built site, a facility; "plant" alone also grows, and a factory's name is often its firm's.
PLANT_PURPOSES = frozenset("""power nuclear generating hydroelectric hydro coal gas desalination treatment
    wastewater""".split())

# Lines built across country that news names by one word before their noun ("the TurkStream gas pipeline",
# "the EastMed pipeline", "the Suez canal"): the facility, as a landform's one-word name is the landform (a
# town's station is the town's, "Dolgellau station", but no town has a pipeline of its own name).
LINE_NOUNS = frozenset({"pipeline", "canal", "tunnel"})

# The Sun's planets and dwarf planets, by name (not "Earth", which news writes for the world): heavenly
# bodies, which are places (LOC).
SOLAR_SYSTEM_NAMES = frozenset({"Mercury", "Venus", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune", "Pluto", "Ceres"})
# The names of the world's religions and their great branches (a closed class of reference works' lists):
# the faith, not a person or a place ("the leader of Roman Catholic Christianity, Pope Francis").
RELIGIONS = frozenset("""christianity islam judaism hinduism buddhism sikhism jainism taoism daoism shinto
    confucianism zoroastrianism catholicism protestantism anglicanism lutheranism methodism mormonism
    orthodoxy""".split())
# The adjectives of faiths and of their branches and denominations (a closed class of reference works' lists),
# which name the believers, a people (NORP), before a noun ("a Pentecostal church", "a Lutheran pastor").
FAITH_ADJECTIVES = frozenset("""catholic protestant orthodox anglican episcopal episcopalian lutheran methodist
    baptist presbyterian pentecostal evangelical mormon adventist mennonite amish quaker calvinist coptic sunni
    shia shiite sufi ismaili salafi wahhabi hindu sikh jain buddhist jewish muslim christian hasidic""".split())

# The short names, in the plural, of the honours of the arts that their ceremonies give ("the Oscars", "14 Grammys",
# "the Golden Globes"): a closed class of the news of the arts, whose singulars are also given names ("Oscar
# Piastri", "Emmy Rossum") and are left; each is an honour (WORK_OF_ART, as the model labels "the Nobel Peace Prize").
AWARD_SHORT_NAMES = frozenset({"oscars", "grammys", "emmys", "tonys", "baftas", "golden globes"})

# Tags of a finite verb or a modal (Penn Treebank): a word so tagged opens a clause's predicate.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})

# Storms as the weather services name them (a closed class): the kinds of storm ("the storm", "the hurricane"); the
# kinds that open a name by themselves ("Hurricane Lorenzo", "Typhoon Hagibis": not "Storm", which opens given names,
# "Storm Reid"); and the grade words written before a kind in a name, with the kinds each takes ("Tropical Storm
# Barry", "Subtropical Storm Alberto", "Super Typhoon Haiyan").
STORM_KINDS = frozenset({"storm", "hurricane", "typhoon", "cyclone", "depression"})
STORM_LONE_OPENERS = frozenset({"hurricane", "typhoon", "cyclone"})
STORM_GRADES = {"tropical": frozenset({"storm", "depression", "cyclone"}),
                "subtropical": frozenset({"storm", "depression", "cyclone"}), "super": frozenset({"typhoon"})}

# The law's acts on a person (a closed class of crime reporting), in nested scopes: the accusing verbs, whose present
# passive tells the charge brought ("is charged with", "are accused of"); the verbs of taking a person up, whose
# passive subject or object is the person ("was arraigned", "police arrested Smith"); and, of all of them with
# "suspect", those a participle after a person's noun tells ("a son accused of killing", "John Jenkin, 23, charged
# with …"), where "booked", "jailed" or "extradited" would say where to, not of what.
LAW_ACCUSING_VERBS = frozenset({"charge", "accuse", "indict"})
LAW_TAKING_UP_VERBS = frozenset("""arrest charge arraign indict convict sentence detain apprehend jail book extradite
    prosecute nab""".split())
LAW_PARTICIPLES = LAW_ACCUSING_VERBS | {"convict", "sentence", "arrest", "detain", "suspect"}
