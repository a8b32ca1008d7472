"""Round iaa51-wh: a second, independent event annotation of the held-out White House texts (``wh_corpus.half("test")``,
the 2nd, 4th, … of the 16 drawn), written to ``tests/data/gold/wh-events-test-second`` for inter-annotator agreement.

The annotations below were made by reading every sentence of the 8 documents, blind to the first annotation of these
texts (its gold folder, script, README and first-sight output were never opened) and without running any toolkit
extraction on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/
README.md``, ``bench/audit/wh50/README-wh50dev.md`` and the ``about`` strings of ``make_gold_wh50dev.py``); the calls
are in each document's ``about``. Offsets and checks come from ``bench/audit/gold_writer.py``. The texts are copied
by ``wh_corpus.write_corpus`` into a temporary folder, so this runs from a clean checkout:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/iaa51/make_second_wh.py

The texts are works of the United States government (public domain); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "wh50"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "wh-events-test-second"
SCRIPT = "bench/audit/iaa51/make_second_wh.py"

# As make_gold_wh50dev.py's COMMON (the same conventions): a document's date is its day of publication; an event is
# dated where its own clause names a date expression, resolved from that day, otherwise null. The publisher's own voice:
# what the White House reports as done is an event with reported_by null; its praise, boasts, judgements, forecasts and
# exhortations are no events; plans and promises carry their modality. Presidential messages: history told is listed
# as background; exhortations, tributes ("we celebrate", "we pay tribute", "I salute", "we send our best wishes") and
# generalities are not. Quotations and the verbs that only introduce them, headings and list items without a verb carry
# no event.
COMMON = ("White House statement or article; dated where the event's own clause names a date expression, resolved "
          "from the day of publication, otherwise null; quotations and the verbs that only introduce them, the "
          "publisher's praise, boasts, judgements, forecasts and exhortations, tributes, generalities, headings and "
          "list items are not listed; what the publisher reports as done is listed with no reporter, its plans and "
          "promises with their modality; history told in a presidential message is listed as background. Second, "
          "independent annotation (round iaa51-wh), made blind to the first.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
LEE, GRANT = "Robert E. Lee", "Ulysses S. Grant"
WEAR = "hunger, exhaustion, and the relentless advance of General Grant’s Army of the Potomac"
CONGRESS = "the Second Continental Congress"
TREATY = "the Treaty of Paris"
TRIO = "Benjamin Franklin, John Jay, and John Adams"
TRUMP = "Donald J. Trump"
TEAMS = "the Los Angeles Dodgers and Toronto Blue Jays"
GROUPS = ("the United Auto Workers, the Steel Manufacturers Association, the National Cattlemen’s Beef Association, "
          "the Southern Shrimp Alliance, and the National Council of Textile Organizations")
ADMIN = "my Administration"

DOCS = {
    "briefings-statements__2026-04-09-america-250-presidential-message-on-the-anniversary-of-the-surrender-at-"
    "appomattox.txt": (doc(
        "The White House, Thursday 2026-04-09: presidential message on the anniversary of Lee's surrender at "
        "Appomattox (a presidential message telling history)",
        "The history is listed as background. 'the fate of the Union was secured in triumph' is the message's "
        "figurative framing of the surrender its when-clause tells (not listed); 'when General Robert E. Lee formally "
        "issued his surrender to General Ulysses S. Grant' is listed (undated: the clause names no date; 'April 9, "
        "1865' stands in a later sentence); of its participles 'ending the war' tells a change and is listed with the "
        "surrendering Lee as subject (the participle follows his clause), while 'healing the wounds of division' and "
        "'restoring the full glory of the American promise' are figurative judgements (not listed). 'was worn down "
        "by hunger, exhaustion, and the relentless advance ...' is turned back (its agent the subject); 'led by "
        "General Lee' a standing command (state). 'The excruciating toll ... weighed heavily' and 'stood in grave "
        "peril' are states; of the colon's list 'Hundreds of thousands of American lives were lost' is listed "
        "(agentless), while 'families were torn apart' and 'brother met brother on the field of battle' are figurative "
        "generalities of the war (no particular act; not listed). 'By the spring of 1865, Confederate forces were cut "
        "off from reserves and surrounded on all fronts' gives two agentless acts dated 1865 (a season with its year "
        "resolves to the year; 'this spring' alone stays undated as events-dev27's 'this summer'). 'the culmination "
        "... fell at the hands of these two great men' retells the surrender figuratively (not listed). 'on April 9, "
        "1865, violence and bloodshed gave way to a burgeoning peace' is listed as a change dated 1865-04-09 "
        "(the one clause that dates the war's end); 'the shadow of the war loomed' is figurative. 'General Grant "
        "understood that ...' is a state of mind; 'Rather than demanding harsh punishment' names an act not done; "
        "'he offered a unifying message: \"...\"' only introduces the quotation (not listed, as events-dev29's 'told "
        "the public'). 'the war-torn Union began the course for reconstruction' is listed (a beginning); 'that first "
        "breathed life into our Republic' is figurative. 'stands as an enduring testament' is a state and 'Today, "
        "we recommit to the eternal truth' an exhortation (not listed)."), [
        event("formally issued his surrender", "issued", LEE, "issue",
              f"his surrender to General {GRANT} at Appomattox Court House", kind=B),
        event("formally issued his surrender", "ending", LEE, "end", "the war", kind=B),
        event("In the final days leading to that epic moment", "worn", WEAR, "wear down",
              "the Army of Northern Virginia", kind=B),
        event("Hundreds of thousands of American lives", "lost", None, "lose",
              "Hundreds of thousands of American lives", kind=B),
        event("By the spring of 1865", "cut", None, "cut off", "Confederate forces", kind=B, date="1865"),
        event("By the spring of 1865", "surrounded", None, "surround", "Confederate forces", kind=B, date="1865"),
        event("violence and bloodshed gave way", "gave", "violence and bloodshed", "give way",
              "to a burgeoning peace", kind=B, date="1865-04-09"),
        event("the war-torn Union began the course", "began", "the war-torn Union", "begin",
              "the course for reconstruction and the path to fulfilling the founding principles", kind=B),
    ]),
    "articles__2025-10-27-president-trump-opens-asia-trip-by-securing-landmark-wins-for-america.txt": (doc(
        "The White House, Monday 2025-10-27: President Trump opens his Asia trip in Malaysia with peace, trade and "
        "critical minerals deals (an article in the publisher's own voice)",
        "Nothing in the text is dated (no clause names a date expression). The opening 'kicked off his historic Asia "
        "tour' is listed; its participles 'brokering historic peace accords, slashing trade barriers, and locking in "
        "... deals' sum up the acts that the sections below tell in main clauses (listed there, not in the summary: "
        "as blind48's kind 23, an act told again in a subordinate clause is listed once). 'isn't just about showing "
        "leadership, it's about a relentless charge ...' is the publisher's judgement; the section headings carry no "
        "event. 'the leaders of Cambodia and Thailand joined President Trump in signing an historic peace agreement' "
        "is listed as the signing (the leaders as subject, Trump the co-signer named by 'joined'); 'to end the "
        "military conflict' is a purpose and 'saving millions of lives' a boast (not listed). 'Under the two "
        "agreements, tariffs will be eliminated or significantly reduced ..., non-tariff barriers will be addressed, "
        "and market access will be expanded' and 'the two countries will address ... and provide ...' are the deals' "
        "terms, planned acts: listed with modality will (agentless where the text gives no agent; 'the two countries' "
        "written 'Thailand and Vietnam'; the two alternatives 'eliminated or ... reduced' listed each). 'In addition "
        "to securing groundbreaking investments' is a gerund that tells an act (listed, as blind48's kind 1; 'the two "
        "countries' written 'the United States and Malaysia'). 'that will expand trade and investment, helping "
        "diversify ... and enhancing ...' and 'This will promote partnerships ..., increase ..., and mitigate ...' "
        "are the publisher's forecasts of the deals' effects (not listed, as wh-events-dev's 'fewer conflicts will "
        "erupt'). 'President Trump' is written 'Donald J. Trump'."), [
        event("kicked off his historic Asia tour", "kicked", TRUMP, "kick off", "his historic Asia tour"),
        event("President Trump brokered the Kuala Lumpur", "brokered", TRUMP, "broker",
              "the Kuala Lumpur Peace Accords"),
        event("joined President Trump in signing", "signing", "the leaders of Cambodia and Thailand", "sign",
              "an historic peace agreement to end the military conflict between the two countries"),
        event("President Trump signed historic trade deals", "signed", TRUMP, "sign",
              "historic trade deals with Malaysia and Cambodia"),
        event("Under the two agreements, tariffs", "eliminated", None, "eliminate", "tariffs", mod="will"),
        event("Under the two agreements, tariffs", "reduced", None, "reduce", "tariffs", mod="will"),
        event("Under the two agreements, tariffs", "addressed", None, "address", "non-tariff barriers", mod="will"),
        event("Under the two agreements, tariffs", "expanded", None, "expand", "market access", mod="will"),
        event("President Trump inked reciprocal", "inked", TRUMP, "ink",
              "reciprocal trade frameworks with Thailand and Vietnam"),
        event("Under the two frameworks, the two countries", "address", "Thailand and Vietnam", "address",
              "tariff barriers on a range of U.S. goods", mod="will"),
        event("Under the two frameworks, the two countries", "provide", "Thailand and Vietnam", "provide",
              "preferential market access for U.S. industrial and agricultural exports", mod="will"),
        event("President Trump signed transformative deals", "signed", TRUMP, "sign",
              "transformative deals with Malaysia"),
        event("In addition to securing groundbreaking", "securing", "the United States and Malaysia", "secure",
              "groundbreaking investments worth billions"),
        event("In addition to securing groundbreaking", "reached", "the United States and Malaysia", "reach",
              "a critical minerals deal"),
        event("President Trump signed a critical minerals deal", "signed", TRUMP, "sign",
              "a critical minerals deal with Thailand"),
    ]),
    "briefings-statements__2026-05-03-presidential-message-on-national-hurricane-preparedness-week.txt": (doc(
        "The White House, Sunday 2026-05-03: presidential message on National Hurricane Preparedness Week (a "
        "presidential message of counsel)",
        "The message is mostly counsel and generalities: 'I encourage every American ... to take proactive steps' "
        "is an exhortation (not listed, as wh-events-dev's 'the Democrats MUST reopen DHS NOW' and the garden "
        "notice's requests); 'we can reduce damage', 'every person can take meaningful steps', 'Staying aware ... "
        "ensures', 'These simple efforts ... protect', 'stand on the frontlines', 'communities can deploy resources' "
        "and 'Americans deserve a Government that ...' are generalities, possibilities, states and judgements. "
        "'Together, we will ensure that no American is left without the support they need' is an inclusive pledge of "
        "the general kind (the nation's 'we'; not listed, as wh-events-dev's 'we vow to forge a future'). The "
        "government's acts reported as done are listed, its 'we' written 'my Administration' (the text names no "
        "other agent for them and never names the President): 'Under my leadership, we are investing in the people "
        "who are closest to these disasters' (an ongoing programme; 'to take preventative steps and drive recovery' "
        "its purpose), 'my Administration continues to transform the Federal Emergency Management Agency' (the aspect "
        "verb with its complement as object, as wh-events-dev's 'will keep doing'; unlike the trend boast 'continues "
        "to beat back inflation', a reform by an agent) and 'We have drastically cut the timelines to deliver funding "
        "...'. 'This week, we extend our thoughts and prayers ... and we express our deepest gratitude' are tributes "
        "(not listed, as the Purple Heart proclamation's 'the First Lady joins me in honoring'); 'that has been "
        "touched by deadly hurricanes' and 'who risk their safety to save lives' speak of classes of people."), [
        event("we are investing in the people", "investing", ADMIN, "invest",
              "in the people who are closest to these disasters"),
        event("my Administration continues to transform", "continues", ADMIN, "continue",
              "to transform the Federal Emergency Management Agency (FEMA) into a streamlined and effective partner "
              "for the American people"),
        event("We have drastically cut the timelines", "cut", ADMIN, "cut",
              "the timelines to deliver funding into the hands of hurricane survivors, deploy FEMA responders to "
              "areas affected by storms, and complete debris removal efforts"),
    ]),
    "briefings-statements__2025-10-25-presidential-message-on-the-2025-world-series.txt": (doc(
        "The White House, Saturday 2025-10-25: presidential message on the 2025 World Series (a presidential "
        "message)",
        "'Each fall, ... America returns to one of its oldest ... traditions', 'Baseball is woven', 'It is a game "
        "that requires ...', 'The World Series stands as ..., where players rise ... and fans ... share' and 'baseball "
        "has reflected the values' are habits, standing facts and generalities; 'As we prepare to celebrate', 'we "
        "remember how ... baseball has endured' are the message's own tribute and a state. 'Soldiers played it on "
        "Civil War fields, workers found hope in it during the Great Depression, and families rallied around it after "
        "the September 11 terrorist attacks' tells the game's history by habits of classes of people (bare plurals, "
        "no particular act; not listed, as wh-events-dev's relatives about classes of people). 'This year's World "
        "Series brings together two exceptional teams' describes the series (a state); its relative 'that earned "
        "their place through talent and determination' tells a particular earlier act of the two teams (listed as "
        "background, the antecedent written as the next sentence names the teams: 'the Los Angeles Dodgers and "
        "Toronto Blue Jays'); "
        "'As the Los Angeles Dodgers and Toronto Blue Jays compete for the Commissioner's Trophy' tells the series "
        "under way (listed; undated: 'This year's' dates a noun); 'they remind us why ...' is a judgement. 'Melania "
        "and I send our best wishes' is the message's tribute formula (not listed, as 'the First Lady joins me in "
        "honoring') and 'May the best team win, and may God bless ...' are wishes."), [
        event("that earned their place", "earned", TEAMS, "earn", "their place", kind=B),
        event("As the Los Angeles Dodgers and Toronto Blue Jays compete", "compete", TEAMS, "compete",
              "for the Commissioner’s Trophy"),
    ]),
    "briefings-statements__2026-01-14-america-250-presidential-message-on-the-anniversary-of-the-ratification-of-"
    "the-1783-treaty-of-paris.txt": (doc(
        "The White House, Wednesday 2026-01-14: presidential message on the anniversary of the ratification of the "
        "Treaty of Paris of 1783 (a presidential message telling history)",
        "The history is listed as background. 'On January 14, 1784, the Second Continental Congress ratified the "
        "decisive Treaty of Paris' (1784-01-14); its apposition's relative 'the binding accord that ended the "
        "Revolutionary War, secured American independence, and triumphantly declared all 13 colonies \"to be ...\"' "
        "tells three acts of the treaty (listed, undated: the relative names no date; the declaration's verb stands "
        "before the marks, as wh-events-dev's 'are demanding that Congress \"...\"'). 'Today, we celebrate ... and we "
        "pay tribute' are tributes, and 'the patriots of 1776 who pledged their lives, fortunes, and sacred honor' a "
        "relative about a class of people (not listed, as the Purple Heart proclamation's classes). 'The cessation "
        "of hostilities with the British Empire, proclaimed on April 11, 1783' is a reduced relative that tells a "
        "particular act (agentless, 1783-04-11, as blind48's 'Hagan, first elected to Congress in 2008'); its main "
        "clause 'ended 8 years of brutal warfare' is listed (undated: the date is the relative's). 'After the fighting "
        "ended' tells that end again in a subordinate clause (not listed again, blind48's kind 23); 'the peace talks "
        "required strategic negotiation ...' is a judgement of what the talks needed (a state). 'the Second "
        "Continental Congress sent a trio of true American titans—Benjamin Franklin, John Jay, and John Adams' is "
        "listed (the trio written by its three names); of their relative, 'who defended American interests' is "
        "listed and 'fortified our fledgling Republic' is figurative praise (not listed). 'The treaty, signed on "
        "September 3, 1783' is an agentless reduced relative (1783-09-03); 'nearly 2 years after the epic British "
        "surrender at Yorktown' a noun; 'resulted in a glorious affirmation of American sovereignty' is listed as "
        "blind48 lists 'resulting in'. 'ratification of the treaty required a quorum of nine States' is a standing "
        "rule. 'On this day 242 years ago' = 1784-01-14 dates the coordinated clauses it opens: 'the delegates "
        "convened' and 'the treaty was unanimously ratified' (agentless; the ratification told again in a main clause "
        "is listed again, as events-dev29's 'erupted'); 'our birthright of freedom was finally secured' retells the "
        "outcome figuratively (not listed). The last paragraph ('we reaffirm', 'We renew our resolve', 'we vow') is "
        "exhortation; 'that breathed life into our Republic' and 'forged by our forefathers' are figurative."), [
        event("On January 14, 1784, the Second", "ratified", CONGRESS, "ratify", "the decisive Treaty of Paris",
              kind=B, date="1784-01-14"),
        event("On January 14, 1784, the Second", "ended", TREATY, "end", "the Revolutionary War", kind=B),
        event("On January 14, 1784, the Second", "secured", TREATY, "secure", "American independence", kind=B),
        event("On January 14, 1784, the Second", "declared", TREATY, "declare",
              "all 13 colonies “to be free sovereign and Independent States.”", kind=B),
        event("The cessation of hostilities with the British Empire", "proclaimed", None, "proclaim",
              "The cessation of hostilities with the British Empire", kind=B, date="1783-04-11"),
        event("The cessation of hostilities with the British Empire", "ended",
              "The cessation of hostilities with the British Empire", "end",
              "8 years of brutal warfare and the most significant struggle for freedom the world had ever seen",
              kind=B),
        event("the Second Continental Congress sent a trio", "sent", CONGRESS, "send", TRIO, kind=B),
        event("the Second Continental Congress sent a trio", "defended", TRIO, "defend", "American interests",
              kind=B),
        event("The treaty, signed on September 3, 1783", "signed", None, "sign", "The treaty", kind=B,
              date="1783-09-03"),
        event("The treaty, signed on September 3, 1783", "resulted", TREATY, "result",
              "in a glorious affirmation of American sovereignty", kind=B),
        event("On this day 242 years ago", "convened", "the delegates", "convene",
              "in a State House in Annapolis, Maryland", kind=B, date="1784-01-14"),
        event("On this day 242 years ago", "ratified", None, "ratify", "the treaty", kind=B, date="1784-01-14"),
    ]),
    "articles__2025-04-07-everyday-americans-support-president-trumps-trade-action.txt": (doc(
        "The White House, Monday 2025-04-07: an article on support for President Trump's trade action, with "
        "statements of five Americans (a round-up)",
        "'President Donald J. Trump is finally doing what politicians have refused to do for decades — fighting back "
        "against the one-sided war waged on American workers' is the publisher's characterisation of the policy in "
        "figures of speech (praise and blame: not listed; 'have refused ... for decades' a habit). 'As he puts into "
        "action his bold plan to reverse the decades of globalization' is a time clause that tells the President's "
        "act in progress (listed, as blind48's kind 1); 'that has decimated our industrial base' is a judgement, and "
        "'President Trump is putting the Forgotten Men and Women of America first' is praise (not listed). 'There's "
        "a reason groups like the United Auto Workers, ... have all praised President Trump's policy' reports the "
        "groups' praise as done (a speech act, listed; the existential frame and its 'reason' are the publisher's). "
        "'everyday Americans, small business owners, and industry leaders are supporting President Trump's plan:' is "
        "a class's stance that only introduces the quotations below (not listed). Every statement below is inside "
        "quotation marks ('Name: \"...\"'; the bracketed '[President Trump's trade agenda]' too): not listed, and "
        "the speakers' descriptions carry no verb. 'President Donald J. Trump' is written 'Donald J. Trump'."), [
        event("As he puts into action his bold plan", "puts", TRUMP, "put into action",
              "his bold plan to reverse the decades of globalization that has decimated our industrial base"),
        event("have all praised President Trump", "praised", GROUPS, "praise", "President Trump’s policy", kind=S),
    ]),
    "articles__2025-09-05-president-trumps-approval-rating-hits-new-high.txt": (doc(
        "The White House, Friday 2025-09-05: a poll puts President Trump's approval rating at a high of 55% (an "
        "article in the publisher's own voice)",
        "'America is back ... and the people like what they see' is the publisher's judgement. 'A new poll reveals "
        "President Trump's approval rating has soared to an all-time high of 55%' gives the rise, reported by the "
        "poll (a level's change is listed, as the golds list a price's rise or fall); 'reveals' is a poll's reporting "
        "verb, listed no more than a 'say' with its clause (as ewt-events-dev's 'Police ... say they have arrested'), "
        "and 'reflecting Americans' support ...' is the publisher's inference (not listed, as wh-events-dev's 'June "
        "data confirms'). The pollster's words are a quotation, 'says pollster James Johnson' only introduces it, and "
        "'affirming President Trump's transformative leadership ...' is the publisher's gloss on it (not listed). "
        "'It's confirmation of ...' is a judgement; the emoji list items are slogans without a finite verb. 'President "
        "Trump has been underestimated time and time again' (a habit and a judgement) and 'has shown his ability to "
        "deliver' (a boast) are not listed. No event here is dated (no clause names a date expression)."), [
        event("A new poll reveals", "soared", "President Trump’s approval rating", "soar",
              "to an all-time high of 55%", rep="A new poll"),
    ]),
    "briefings-statements__2025-09-29-presidential-message-on-the-feast-of-saint-michael-the-archangel.txt": (doc(
        "The White House, Monday 2025-09-29: presidential message on the Feast of Saint Michael the Archangel (a "
        "presidential message telling religious history)",
        "'Today, I salute the millions of Christian believers ...' is a tribute ('observing the Feast' a class's "
        "habit). 'According to sacred Scripture, when the Devil rebelled against God in Heaven, Saint Michael and his "
        "legion of angels cast Satan down to Earth' tells the story as Scripture reports it: two background events "
        "reported by 'sacred Scripture' (as the golds' 'according to' gives the reporter), the time clause's "
        "rebellion listed as a time clause that tells an act (blind48's kind 1), the phrasal 'cast ... down' whole; "
        "'triumphantly reasserting God's sovereignty over all creation' is the message's gloss (not listed). 'For "
        "2,000 years, Christians have looked to Saint Michael' is a habit (not listed). 'In 1886, ..., Pope Leo XIII "
        "..., fearing for the future of the western world, introduced the legendary Prayer to Saint Michael' is listed "
        "(background, 1886; 'fearing for' a state of mind, 'which is still recited to this day' a habit). The prayer "
        "that follows the colon is a block quotation without marks: its imperatives and wishes ('defend us', 'May God "
        "rebuke him', 'we humbly pray', 'cast into hell Satan') and its relative about a class ('who prowl about the "
        "world') are no events."), [
        event("when the Devil rebelled", "rebelled", "the Devil", "rebel", "against God", rep="sacred Scripture",
              kind=B),
        event("when the Devil rebelled", "cast", "Saint Michael and his legion of angels", "cast down", "Satan",
              rep="sacred Scripture", kind=B),
        event("In 1886, nearly 140 years ago", "introduced", "Pope Leo XIII", "introduce",
              "the legendary Prayer to Saint Michael", kind=B, date="1886"),
    ]),
}


def main() -> int:
    import wh_corpus
    from gold_writer import write_event_gold

    expected = wh_corpus.half("test")
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    with tempfile.TemporaryDirectory() as tmp:
        wh_corpus.write_corpus(Path(tmp))
        total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet="The White House")
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
