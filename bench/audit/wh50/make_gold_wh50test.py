"""Write the event gold tests/data/gold/wh-events-test from hand annotations (round wh50test: the held-out half).

The texts are short White House statements and articles of 2025-26 (``/work/shared/corpora/whitehouse-2025``, public
domain); this half holds ``wh_corpus.half("test")``, the 2nd, 4th, ... of the sixteen drawn (8 documents).
``wh_corpus.write_corpus`` copies them unchanged into a temporary folder with a MANIFEST.tsv (each document's day of
publication) and a NOTICE, and ``gold_writer.write_event_gold`` copies this half's texts into the gold with their rows
and computes and checks every offset; ``published`` is the day of publication, ``outlet`` "The White House".

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th occurrence inside the
sentence). The annotations were written by reading every sentence, before any toolkit extraction ran on these texts.
Run: python bench/audit/wh50/make_gold_wh50test.py (from the project root).
"""
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/audit: the shared writer
sys.path.insert(0, str(HERE))  # bench/audit/wh50: the White House corpus
from gold_writer import event as ev, write_event_gold  # noqa: E402
import wh_corpus  # noqa: E402

NAME = "wh-events-test"
SCRIPT = "bench/audit/wh50/make_gold_wh50test.py"

COMMON = ("Conventions (tests/data/gold/README.md; bench/audit/blind48/README.md; bench/audit/ewt50/README-ewt50dev.md): "
          "the publisher's own voice reports acts as news (reported_by null); its praise, boasts, judgements and "
          "claims of a deal's or a policy's good effects ('saving millions of lives', 'will expand trade and "
          "investment', 'This will promote partnerships') are no events, but the terms of an agreement and a promise "
          "carry their modality (will); a presidential message's own performatives ('I salute', 'we celebrate', 'we "
          "pay tribute', 'we extend our thoughts and prayers', 'I encourage every American', 'Melania and I send our "
          "best wishes', 'we reaffirm', 'we vow') are the brief's 'we honor' (no events), and its generalities and "
          "habits of a people over an era ('Americans have always', 'Soldiers played it on Civil War fields') are "
          "none; history told as background is listed (kind background), as the Wikinews golds list it. Words "
          "inside quotation marks are skipped, with the verb that only introduces them (events-dev29's 'told the "
          "public'); headings, emoji lists and a prayer's text set out without marks carry no event. Copulas, "
          "states, habits and standing facts are not listed. Dates only where the event's own clause names a date "
          "expression, resolved from the day of publication (years as YYYY), else null.")


def about(kind: str, day: str, text: str) -> str:
    return f"The White House, {kind} ({day}): {text} {COMMON}"


D = {}

D["briefings-statements__2026-04-09-america-250-presidential-message-on-the-anniversary-of-the-surrender-at-appomattox.txt"] = (
    about("presidential message", "Thursday 2026-04-09", (
        "the anniversary of Lee's surrender at Appomattox, history told as background. 'the fate of the Union was "
        "secured in triumph' is the message's judgement of the surrender (not listed) and its time clause 'when "
        "General Robert E. Lee formally issued his surrender to General Ulysses S. Grant' the act (listed; the "
        "titles dropped, as blind48's 'Carrie Lam'); of the three participles after the dash, 'ending the war' is "
        "a result told as fact (listed with the surrender's agent, as ewt50test's 'saying it would grow' takes "
        "its clause's subject), 'healing the wounds' and 'restoring the full glory' praise (not listed); 'led by "
        "General Lee' a command (a tenure); 'was worn down by hunger, exhaustion, and the relentless advance' a "
        "passive turned back; 'lives were lost' and 'families were torn apart' agentless; 'brother met brother on "
        "the field of battle' a figure for the war (no particular act, not listed); 'stood in grave peril', "
        "'weighed heavily', 'loomed' states; 'By the spring of 1865' dates the cutting off and the surrounding "
        "(1865); 'the culmination ... fell at the hands of these two great men' tells the surrender again "
        "(not listed); 'on April 9, 1865, violence and bloodshed gave way to a burgeoning peace' listed, "
        "1865-04-09; 'understood that' a state; 'Rather than demanding' tells what was not done and 'he offered a "
        "unifying message: \"...\"' only introduces a quotation (not listed); 'the war-torn Union began the "
        "course for reconstruction' listed; 'principles that first breathed life into our Republic' a figure; "
        "'stands as an enduring testament' a state; 'we recommit' a performative.")), [
    ev("the fate of the Union was secured", "issued", "Robert E. Lee", "issue",
       "his surrender to General Ulysses S. Grant at Appomattox Court House", kind="background"),
    ev("the fate of the Union was secured", "ending", "Robert E. Lee", "end", "the war", kind="background"),
    ev("the Army of Northern Virginia, led by", "worn",
       "hunger, exhaustion, and the relentless advance of General Grant’s Army of the Potomac", "wear down",
       "the Army of Northern Virginia", kind="background"),
    ev("The excruciating toll of the Civil War", "lost", None, "lose", "Hundreds of thousands of American lives",
       kind="background"),
    ev("The excruciating toll of the Civil War", "torn", None, "tear apart", "families", kind="background"),
    ev("By the spring of 1865", "cut", None, "cut off", "Confederate forces", kind="background", date="1865"),
    ev("By the spring of 1865", "surrounded", None, "surround", "Confederate forces", kind="background",
       date="1865"),
    ev("violence and bloodshed gave way", "gave", "violence and bloodshed", "give way", "to a burgeoning peace",
       kind="background", date="1865-04-09"),
    ev("the war-torn Union began the course", "began", "the war-torn Union", "begin",
       "the course for reconstruction and the path to fulfilling the founding principles", kind="background"),
])

D["articles__2025-10-27-president-trump-opens-asia-trip-by-securing-landmark-wins-for-america.txt"] = (
    about("article", "Monday 2025-10-27", (
        "the President's visit to Malaysia, the first stop of his Asia tour, in the publisher's own voice. 'In yet "
        "another bold display of strength ...', 'isn't just about showing leadership', 'saving millions of lives' "
        "are praise (not listed); the lead's three participles ('brokering historic peace accords, slashing trade "
        "barriers, and locking in ... deals') tell acts and are listed, and the main clauses after the headings "
        "that tell them again are listed again (events-dev29's 'erupted'); 'the leaders of Cambodia and Thailand "
        "joined President Trump in signing an historic peace agreement' is one act, the joining with its "
        "complement (events-dev34's 'voted to lift it'), and 'to end the military conflict' its purpose; the "
        "agreements' terms ('tariffs will be eliminated or significantly reduced', 'barriers will be addressed', "
        "'market access will be expanded', 'the two countries will address ... and provide ...') are listed with "
        "modality will (agentless where the text names no agent; 'the two countries' written 'Thailand and "
        "Vietnam', the fullest form the text gives); 'In addition to securing groundbreaking investments' tells an "
        "act (listed) and 'the two countries reached a critical minerals deal' is listed with 'the two countries' "
        "written 'the United States and Malaysia'; what the deals 'will expand', 'helping diversify', 'enhancing', "
        "'This will promote ..., increase ..., and mitigate ...' are claims of good effects (not listed). The "
        "headings ('Peace Deals', 'Trade Deals', 'Critical Minerals Deals') carry no event. No date expression.")), [
    ev("kicked off his historic Asia tour", "kicked", "Donald J. Trump", "kick off", "his historic Asia tour"),
    ev("kicked off his historic Asia tour", "brokering", "Donald J. Trump", "broker", "historic peace accords"),
    ev("kicked off his historic Asia tour", "slashing", "Donald J. Trump", "slash", "trade barriers"),
    ev("kicked off his historic Asia tour", "locking", "Donald J. Trump", "lock in",
       "game-changing critical minerals deals"),
    ev("President Trump brokered the Kuala Lumpur", "brokered", "Donald J. Trump", "broker",
       "the Kuala Lumpur Peace Accords"),
    ev("the leaders of Cambodia and Thailand joined", "joined", "the leaders of Cambodia and Thailand", "join",
       "President Trump in signing an historic peace agreement"),
    ev("President Trump signed historic trade deals", "signed", "Donald J. Trump", "sign",
       "historic trade deals with Malaysia and Cambodia"),
    ev("Under the two agreements, tariffs", "eliminated", None, "eliminate", "tariffs", mod="will"),
    ev("Under the two agreements, tariffs", "reduced", None, "reduce", "tariffs", mod="will"),
    ev("Under the two agreements, tariffs", "addressed", None, "address", "non-tariff barriers", mod="will"),
    ev("Under the two agreements, tariffs", "expanded", None, "expand", "market access", mod="will"),
    ev("President Trump inked reciprocal", "inked", "Donald J. Trump", "ink",
       "reciprocal trade frameworks with Thailand and Vietnam"),
    ev("Under the two frameworks", "address", "Thailand and Vietnam", "address",
       "tariff barriers on a range of U.S. goods", mod="will"),
    ev("Under the two frameworks", "provide", "Thailand and Vietnam", "provide",
       "preferential market access for U.S. industrial and agricultural exports", mod="will"),
    ev("President Trump signed transformative deals", "signed", "Donald J. Trump", "sign",
       "transformative deals with Malaysia"),
    ev("In addition to securing groundbreaking", "securing", "the United States and Malaysia", "secure",
       "groundbreaking investments worth billions"),
    ev("In addition to securing groundbreaking", "reached", "the United States and Malaysia", "reach",
       "a critical minerals deal"),
    ev("President Trump signed a critical minerals deal with Thailand", "signed", "Donald J. Trump", "sign",
       "a critical minerals deal with Thailand"),
])

D["briefings-statements__2026-05-03-presidential-message-on-national-hurricane-preparedness-week.txt"] = (
    about("presidential message", "Sunday 2026-05-03", (
        "National Hurricane Preparedness Week. 'I encourage every American ... to take proactive steps' is the "
        "message's exhortation and 'This week, we extend our thoughts and prayers ... and we express our deepest "
        "gratitude' its performatives (not listed); 'we can reduce damage', 'every person can take meaningful "
        "steps', 'Staying aware ... ensures', 'These simple efforts ... protect', 'communities can deploy "
        "resources', 'Americans deserve a Government', 'first responders who risk their safety' are generalities, "
        "abilities, habits and judgements (not listed), and 'that has been touched by deadly hurricanes' a "
        "generality over families; 'State leaders ... stand on the frontlines' a state. The publisher's reports of "
        "its own acts are listed with reported_by null: 'we are investing in the people' (an act under way), 'my "
        "Administration continues to transform the Federal Emergency Management Agency (FEMA)' (the aspect verb "
        "with its complement, as events-dev's 'continued to cool the structure'), 'We have drastically cut the "
        "timelines'; the promise 'we will ensure that no American is left without the support they need' carries "
        "will. 'we' has no name in the text and stays 'we' (ewt50dev's 'they'); 'my Administration' as written. "
        "No date expression on a listed act ('This week' dates the performatives only).")), [
    ev("we are investing in the people", "investing", "we", "invest",
       "in the people who are closest to these disasters"),
    ev("Together, we will ensure", "ensure", "we", "ensure",
       "that no American is left without the support they need", mod="will"),
    ev("my Administration continues to transform", "continues", "my Administration", "continue",
       "to transform the Federal Emergency Management Agency (FEMA) into a streamlined and effective partner for "
       "the American people"),
    ev("We have drastically cut the timelines", "cut", "we", "cut",
       "the timelines to deliver funding into the hands of hurricane survivors, deploy FEMA responders to areas "
       "affected by storms, and complete debris removal efforts"),
])

D["briefings-statements__2025-10-25-presidential-message-on-the-2025-world-series.txt"] = (
    about("presidential message", "Saturday 2025-10-25", (
        "the 2025 World Series. 'Each fall, as the World Series begins, America returns to ...' is a habit; "
        "'Baseball is woven into the fabric', 'It is a game that requires ...', 'The World Series stands as ...', "
        "'baseball has endured', 'baseball has reflected the values' are standing facts and judgements; 'Soldiers "
        "played it on Civil War fields, workers found hope in it during the Great Depression, and families rallied "
        "around it after the September 11 terrorist attacks' are habits of peoples over an era, the brief's "
        "generalities (not listed); 'we remember' and 'Melania and I send our best wishes' performatives, 'May the "
        "best team win' a wish. Listed: 'two exceptional teams that earned their place' (an act in a relative, "
        "the teams written 'the Los Angeles Dodgers and Toronto Blue Jays', the fullest form the text gives) and "
        "'As the Los Angeles Dodgers and Toronto Blue Jays compete for the Commissioner's Trophy' (the series "
        "under way); 'This year's World Series brings together two exceptional teams' is the same fact as the "
        "competing, a state of the series (not listed); 'they remind us' a judgement. No date expression on a "
        "listed act.")), [
    ev("two exceptional teams that earned", "earned", "the Los Angeles Dodgers and Toronto Blue Jays", "earn",
       "their place"),
    ev("As the Los Angeles Dodgers and Toronto Blue Jays compete", "compete",
       "the Los Angeles Dodgers and Toronto Blue Jays", "compete", "for the Commissioner’s Trophy"),
])

D["briefings-statements__2026-01-14-america-250-presidential-message-on-the-anniversary-of-the-ratification-of-the-1783-treaty-of-paris.txt"] = (
    about("presidential message", "Wednesday 2026-01-14", (
        "the anniversary of the ratification of the Treaty of Paris, history told as background. 'On January "
        "14, 1784' dates the ratification; the accord's relative ('that ended the Revolutionary War, secured "
        "American independence, and triumphantly declared all 13 colonies \"...\"') tells three acts of the "
        "treaty (listed, undated; the declaring a speech act whose words inside the marks are the treaty's, as "
        "events-dev34's 'was described as \"...\"' keeps its verb); 'Today, we celebrate ... and we pay tribute' "
        "are performatives; 'the patriots of 1776 who pledged their lives, fortunes, and sacred honor' is listed "
        "(background, undated: 1776 is the noun's year, not the clause's); 'The cessation of hostilities ..., "
        "proclaimed on April 11, 1783' an agentless participle (1783-04-11) and its 'ended 8 years of brutal "
        "warfare' listed undated; 'After the fighting ended' tells that end again in a time clause (blind47: not "
        "listed); 'required' (twice) a state and a standing rule; 'the Second Continental Congress sent a trio "
        "... Benjamin Franklin, John Jay, and John Adams' and their 'defended American interests' listed, "
        "'fortified our fledgling Republic' praise; 'The treaty, signed on September 3, 1783' agentless "
        "(1783-09-03) and its 'resulted in a glorious affirmation' listed (blind48's 'resulting in'); 'the epic "
        "British surrender at Yorktown' a noun; 'On this day 242 years ago' (1784-01-14) dates the convening and, "
        "heading the coordination, 'the treaty was unanimously ratified' (an act told again in a main clause is "
        "listed again, events-dev29), while 'our birthright of freedom was finally secured' is a judgement (not "
        "listed, as Appomattox's 'the fate of the Union was secured'); 'we reaffirm', 'We renew our resolve', "
        "'we vow' performatives. 'The treaty' is written 'the Treaty of Paris'.")), [
    ev("the Second Continental Congress ratified", "ratified", "the Second Continental Congress", "ratify",
       "the decisive Treaty of Paris", kind="background", date="1784-01-14"),
    ev("the Second Continental Congress ratified", "ended", "the Treaty of Paris", "end", "the Revolutionary War",
       kind="background"),
    ev("the Second Continental Congress ratified", "secured", "the Treaty of Paris", "secure",
       "American independence", kind="background"),
    ev("the Second Continental Congress ratified", "declared", "the Treaty of Paris", "declare",
       "all 13 colonies to be free sovereign and Independent States", kind="speech act"),
    ev("Today, we celebrate this monumental milestone", "pledged", "the patriots of 1776", "pledge",
       "their lives, fortunes, and sacred honor", kind="background"),
    ev("The cessation of hostilities with the British Empire", "proclaimed", None, "proclaim",
       "The cessation of hostilities with the British Empire", kind="background", date="1783-04-11"),
    ev("The cessation of hostilities with the British Empire", "ended",
       "The cessation of hostilities with the British Empire", "end",
       "8 years of brutal warfare and the most significant struggle for freedom the world had ever seen",
       kind="background"),
    ev("the Second Continental Congress sent a trio", "sent", "the Second Continental Congress", "send",
       "Benjamin Franklin, John Jay, and John Adams", kind="background"),
    ev("the Second Continental Congress sent a trio", "defended", "Benjamin Franklin, John Jay, and John Adams",
       "defend", "American interests", kind="background"),
    ev("The treaty, signed on September 3, 1783", "signed", None, "sign", "the Treaty of Paris",
       kind="background", date="1783-09-03"),
    ev("The treaty, signed on September 3, 1783", "resulted", "the Treaty of Paris", "result",
       "in a glorious affirmation of American sovereignty", kind="background"),
    ev("On this day 242 years ago", "convened", "the delegates", "convene",
       "in a State House in Annapolis, Maryland", kind="background", date="1784-01-14"),
    ev("On this day 242 years ago", "ratified", None, "ratify", "the Treaty of Paris", kind="background",
       date="1784-01-14"),
])

D["articles__2025-04-07-everyday-americans-support-president-trumps-trade-action.txt"] = (
    about("article, a round-up", "Monday 2025-04-07", (
        "supporters of the President's tariffs, quoted one after another. Every passage inside quotation marks "
        "is skipped (the bracket '[President Trump's trade agenda]' is inside one), and the name lines before a "
        "colon ('Illinois cattle farmer Alan Adams:') carry no verb. 'is finally doing what politicians have "
        "refused to do for decades — fighting back against the one-sided war waged on American workers' is the "
        "publisher's judgement in a figure, and the refusal a habit over decades (not listed); 'As he puts into "
        "action his bold plan to reverse the decades of globalization' tells the act under way (listed, verb "
        "'put'), 'that has decimated our industrial base' a judgement and 'is putting the Forgotten Men and Women "
        "of America first' a slogan (not listed); 'There's a reason groups like ... have all praised President "
        "Trump's policy' asserts the praise (a speech act, listed, as ewt50dev's 'One answer is that S'); 'are "
        "supporting President Trump's plan:' is a stance that only introduces the quotations (not listed). No "
        "date expression outside the quotations.")), [
    ev("As he puts into action his bold plan", "puts", "Donald J. Trump", "put",
       "into action his bold plan to reverse the decades of globalization"),
    ev("have all praised President Trump", "praised",
       "groups like the United Auto Workers, the Steel Manufacturers Association, the National Cattlemen’s Beef "
       "Association, the Southern Shrimp Alliance, and the National Council of Textile Organizations", "praise",
       "President Trump’s policy", kind="speech act"),
])

D["articles__2025-09-05-president-trumps-approval-rating-hits-new-high.txt"] = (
    about("article", "Friday 2025-09-05", (
        "a poll on the President's approval rating. 'America is back ...', 'the people like what they see' "
        "states; 'A new poll reveals' a speech act and its content 'President Trump's approval rating has soared "
        "to an all-time high of 55%' a change (listed, reported_by the poll, as ewt50dev's price moves), "
        "'reflecting Americans' support ...' the publisher's reading (not listed); the quotation and 'says "
        "pollster James Johnson' that only introduces it are skipped, and 'affirming President Trump's "
        "transformative leadership ...' is the publisher's reading of the quoted words (not listed); 'It's "
        "confirmation', the emoji list of headings and 'has been underestimated time and time again', 'has shown "
        "his ability to deliver' are copulas, headings, habits and judgements (not listed). No date expression.")), [
    ev("A new poll reveals", "reveals", "A new poll", "reveal",
       "President Trump’s approval rating has soared to an all-time high of 55%", kind="speech act"),
    ev("A new poll reveals", "soared", "President Trump’s approval rating", "soar", "to an all-time high of 55%",
       rep="A new poll"),
])

D["briefings-statements__2025-09-29-presidential-message-on-the-feast-of-saint-michael-the-archangel.txt"] = (
    about("presidential message", "Monday 2025-09-29", (
        "the Feast of Saint Michael the Archangel. 'Today, I salute the millions of Christian believers ... "
        "observing the Feast' is a performative with a describing participle (not listed); 'According to sacred "
        "Scripture, when the Devil rebelled against God in Heaven, Saint Michael and his legion of angels cast "
        "Satan down to Earth' is history told as background with its source (reported_by 'sacred Scripture', as "
        "'according to' gives one; the time clause's act listed too), 'triumphantly reasserting God's "
        "sovereignty' its reading (not listed); 'For 2,000 years, Christians have looked to Saint Michael' a "
        "habit; 'In 1886, nearly 140 years ago, Pope Leo XIII ... introduced the legendary Prayer to Saint "
        "Michael' listed (1886; 'Pope Leo XIII' as the text names him, 'leader of the Roman Catholic Church' an "
        "apposition), 'fearing for the future' a state and 'which is still recited to this day' a habit; the "
        "prayer set out after the colon without quotation marks is the prayer's words (imperatives and wishes: "
        "no event).")), [
    ev("when the Devil rebelled", "rebelled", "the Devil", "rebel", "against God in Heaven",
       rep="sacred Scripture", kind="background"),
    ev("when the Devil rebelled", "cast", "Saint Michael and his legion of angels", "cast down", "Satan",
       rep="sacred Scripture", kind="background"),
    ev("Pope Leo XIII, leader", "introduced", "Pope Leo XIII", "introduce",
       "the legendary Prayer to Saint Michael", kind="background", date="1886"),
])

assert list(D) == wh_corpus.half("test"), "the documents of this half are wh_corpus.half('test'), in order"

DOCS = D

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        wh_corpus.write_corpus(Path(tmp))
        print(write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet="The White House"))
