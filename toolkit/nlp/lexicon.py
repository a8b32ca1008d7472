"""Word lists of English news language shared by the entity, quote and event rules.

Kept apart so that the entity repairs (which must know what a speech verb is, to find the
speakers the model did not tag) and the quote extractor read one list.
"""

from __future__ import annotations

SPEECH_VERBS = frozenset(
    """say tell add write post tweet warn caution confirm describe call label dub brand term denounce condemn
    announce insist claim state note argue explain declare ask reply respond acknowledge urge predict promise
    vow suggest stress emphasize emphasise reveal admit deny observe remark recall comment conclude praise hail
    slam blast criticize criticise pledge assure report testify quip joke boast tout characterize
    characterise dismiss proclaim affirm mention share shout cite highlight celebrate applaud laud commend
    thank welcome accuse lament complain decry concede contend maintain allege estimate forecast indicate
    signal threaten demand recount exclaim agree continue put whisper read concur counter retort opine plead
    answer reiterate repeat assert clarify refer reflect summarize summarise speak find rule decide defend inform""".split()
)
# Heads of organisation names: a capitalised name ending in one of these names a body
# ("Lowy Institute", "Ministry of Foreign Affairs", "Associated Press").
ORG_HEADS = frozenset(
    """institute institution ministry agency press council committee court commission department office bureau
    authority association foundation university college party union organisation organization corporation
    company bank fund service network federation league assembly parliament tribunal board centre center
    society academy administration coalition alliance front movement corps guard police church conference
    herald gazette tribune journal times chronicle school district club team forces army navy""".split()
)
# Nouns after a quotation that make it the title of a work or a rule, not somebody's words.
TITLE_NOUNS = frozenset(
    """show program programme act order report article book film movie series campaign operation initiative
    plan policy podcast newspaper magazine column documentary song album slogan hashtag bill law doctrine
    strategy project tour summit conference festival award prize exhibition game""".split()
)
FEMALE_WORDS = frozenset("""she her hers herself ms mrs miss madam lady queen princess duchess wife mother daughter
    sister widow spokeswoman chairwoman congresswoman businesswoman actress""".split())
MALE_WORDS = frozenset("""he him his himself mr sir king prince duke husband father son brother widower spokesman
    chairman congressman businessman actor""".split())
# Heads of facility and geographic names: "Cielo Vista Mall", "John Radcliffe Hospital",
# "10 Downing Street" are facilities; "Euphrates River Valley", "Gulf of Mexico" are places.
FAC_HEADS = frozenset("""mall zoo hospital airport stadium arena bridge street avenue road highway station prison jail
    museum palace cathedral mosque synagogue tower square hall plaza""".split())
LOC_HEADS = frozenset("""river valley mountain mountains sea ocean lake island islands peninsula desert gulf strait bay
    coast basin plateau canyon""".split())
