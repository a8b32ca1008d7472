"""Round iaa51-ewt: a second, independent event annotation of the 12 held-out UD English EWT news posts
(``ewt_corpus.half("test")``: the 1st, 3rd, … news document of ``tests/data/gold/uner-ewt-news-dev/en_ewt-ud-news-dev.iob2``),
written to ``tests/data/gold/ewt-events-test-second`` for an inter-annotator agreement measure.

The annotations below were made by reading every sentence of the 12 posts, without opening the first annotation of
these texts (``tests/data/gold/ewt-events-test``, its script, its README, its first-sight output and its test) and
without running the toolkit on them, in the conventions of the event golds (``tests/data/gold/README.md``,
``bench/audit/blind48/README.md``, ``bench/audit/ewt50/README-ewt50dev.md`` and the COMMON note and ``about`` strings
of ``bench/audit/ewt50/make_gold_ewt50dev.py``); the calls are in each post's ``about``. Offsets and checks come from
``bench/audit/gold_writer.py``. The texts are built from the iob2 file by ``ewt_corpus.write_corpus`` into a temporary
folder, so this runs from a clean checkout:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/iaa51/make_second_ewt.py

The posts are CC BY-SA 4.0 (Universal NER on UD English EWT); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ewt50"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ewt-events-test-second"
SCRIPT = "bench/audit/iaa51/make_second_ewt.py"

# As the dev half's COMMON (make_gold_ewt50dev.py), said once here. A post's date is its id's (the manifest's); an
# event is dated where its own clause names a date expression ("this week", "on 3 November", "in 2001", "last week",
# "today", "on Saturday"), resolved from the post's date (a week by its Monday); otherwise null. A reposted article's
# sentences are news like any other; everything inside quotation marks (a quoted excerpt over several paragraphs
# included) is not listed, nor the verb that only introduces it. The blogger's own opinions, guesses, predictions,
# conditionals, rhetorical questions (and what they presuppose) and advice are no events; what the post reports as
# having happened is, with reported_by null unless the sentence cites someone. The blogger's acts about the blog or
# his reading are no events; post furniture (a URL line, an outlet line, "[...]", a byline, an "Email:" line, a
# dateline, "Posted by ...", a link) carries none.
COMMON = ("Blog or newsgroup post (UD English EWT); dated where the event's own clause names a date expression, "
          "resolved from the post's date, otherwise null; quotations, the blogger's opinions, guesses, conditionals "
          "and rhetorical questions, his acts about the blog, and post furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"

DOCS = {
    "ewt_eHolistic_20050829.txt": (doc(
        "eHolistic newsgroup, Monday 2005-08-29: Coca-Cola's bottling plant in a Kerala village, its waste sold as "
        "fertilizer, the plant shut down (business and environment, told as a fable)",
        "The post tells the story as a fable ('Once upon a time'), but reports what happened: every act is listed. "
        "The acts of 2001 and the following years (build, promise, the villagers' noticing and complaint, calm, "
        "attempt, give, the claim about the fertilizer) are background; the discovery, the shutdown and Pepsi's "
        "expulsion are the news (action). 'in 2001' dates the building only; 'within a few short months' and 'After "
        "several years of use' name no calendar date; 'we arrive at the present day when the village people have "
        "suddenly discovered' is the narrator's frame ('the present day' is the frame's, the discovery undated); "
        "'last week' = Monday 2005-08-22 (the shutdown, agentless). 'In exchange for sucking vast amounts of water' "
        "is the bargain's term, not listed (a judgement: no close precedent); 'began to notice' is one row, the "
        "aspect verb with its complement (as ewt-events-dev's 'have begun joining'); 'by giving them vast amounts of "
        "free fertilizer' a by-gerund that tells what was done (as ewt-events-dev's 'by closing their newspaper'); "
        "'saying it would grow bountiful crops' a said whose content is listed (would, reported by Coca-Cola, as "
        "'Valero said it was reducing rates'). 'are now too heavily contaminated' is a state; the 'Moral of the "
        "story' is advice; 'Just kidding' the blogger's aside, but 'Pepsi is ... in the process of being thrown out "
        "of India' is reported as happening (agentless). 'the Coca-Cola corporation' and 'the mighty corporation' "
        "are written 'Coca-Cola'."), [
        event("the Coca-Cola corporation built", "built", "Coca-Cola", "build",
              "a bottling plant in a small and remote Indian village in the state of Kerala", kind=B, date="2001"),
        event("the mighty corporation promised", "promised", "Coca-Cola", "promise",
              "to bring the people great wealth", kind=B),
        event("the village people began to notice", "began", "the village people", "begin",
              "to notice their wells were running dry", kind=B),
        event("the village people began to notice", "complained", "the village people", "complain",
              "to the corporation", kind=B),
        event("Coca-Cola calmed the concerns", "calmed", "Coca-Cola", "calm", "the concerns of the people", kind=B),
        event("Coca-Cola calmed the concerns", "attempted", "Coca-Cola", "attempt", "to win back their favor",
              kind=B),
        event("Coca-Cola calmed the concerns", "giving", "Coca-Cola", "give", "vast amounts of free fertilizer",
              kind=B),
        event("Coca-Cola calmed the concerns", "grow", "vast amounts of free fertilizer", "grow",
              "bountiful crops beyond their wildest dreams", mod="would", rep="Coca-Cola", kind=B),
        event("have suddenly discovered", "discovered", "the village people", "discover",
              "the fertilizer is actually the bottling plant's waste sludge and is laden with cadmium"),
        event("so the plant was shut down last week", "shut", None, "shut down", "the plant", date="2005-08-22"),
        event("being thrown out of India", "thrown", None, "throw out", "Pepsi"),
    ]),
    "ewt_hiddennook_20051116.txt": (doc(
        "Hidden Nook, Wednesday 2005-11-16: NASA looks to private companies to supply the International Space "
        "Station, from New Scientist Space (space, commentary)",
        "The URL line, '(New Scientist Space)' (twice), '[...]', '--' and 'Posted by' are furniture. 'NASA is looking "
        "to private companies to launch ..., it announced this week' lists the announcement (a speech act, 'this "
        "week' = Monday 2005-11-14) and its content, NASA's turn to the companies (a plan: a stance, as the golds' "
        "'plan', reported by NASA, undated). Brett Alexander's words are a quotation; 'one of the companies hoping "
        "to launch astronauts' describes the company (not listed). 'NASA intends upon retiring the space shuttles "
        "in 2010' is a stance (as wikinews-events-dev37's 'intend to leave the EU by the end of January': one row, "
        "undated, 'in 2010' the retiring's); 'which only leaves it with 18 flights' is the plan's consequence, a "
        "figure (not listed). 'would be a wise alternative', 'some may praise', 'NASA seems hesitant' and the last "
        "two sentences are the blogger's opinions and guesses ('seeing how the private sector has been able to "
        "... transport civilians to the ISS' an ability, a judgement). 'On 3 November, ... Michael Griffin told the "
        "US house science committee that the agency expects to invest about $500 million' lists the telling (a "
        "judgement: testimony to a named body, dated 2005-11-03, as ewt-events-dev's 'Abbas told supporters') and "
        "the expectation (a stance of NASA, 'the agency', reported by Griffin); 'Griffin said.' and 'Griffin "
        "added.' only introduce quotations."), [
        event("NASA is looking to private", "announced", "NASA", "announce",
              "NASA is looking to private companies to launch both supplies and astronauts to the International "
              "Space Station", kind=S, date="2005-11-14"),
        event("NASA is looking to private", "looking", "NASA", "look to",
              "private companies to launch both supplies and astronauts to the International Space Station",
              rep="NASA", kind=ST),
        event("NASA intends upon retiring", "intends", "NASA", "intend",
              "upon retiring the space shuttles in 2010", kind=ST),
        event("NASA administrator Michael Griffin told", "told", "Michael Griffin", "tell",
              "the US house science committee", kind=S, date="2005-11-03"),
        event("NASA administrator Michael Griffin told", "expects", "NASA", "expect",
              "to invest about $500 million in the commercial cargo and crew project over five years",
              rep="Michael Griffin", kind=ST),
    ]),
    "ewt_aggressivevoicedaily_20060814.txt": (doc(
        "Aggressive Voice Daily, Monday 2006-08-14: Iran's contest of cartoons on the Holocaust opens in Tehran, "
        "from an AFP report (international politics, commentary)",
        "'Remember when a whole lot of people had to die because a Swedish newspaper printed those cartoons ...?' "
        "is a rhetorical question (not listed, nor what it presupposes); 'Iran wants to turn the tables' is the "
        "blogger's reading of a motive (not listed), 'is inviting cartoonists to do their best by depicting the "
        "Holocaust' is listed (a speech act, as the Turkish ministry's 'invited the countries to open dialogue' in "
        "wikinews/). 'TEHRAN (AFP) -' is a dateline. 'opened in Tehran' is undated ('last September' is the noun "
        "publication's date). Masoud Shojai's words are quotations; 'said', 'he added' and 'Shojai told the opening "
        "ceremony' only introduce them. 'He added that around 1,100 cartoons were submitted by participants' is "
        "turned back (reported by Shojai; 'added' a said, 'more than 200 are on show' a state); 'He said the top "
        "three cartoons will be announced on September 2' is agentless (will, reported by Shojai, 2006-09-02), its "
        "'with the winners being awarded prizes' agentless (will, reported by Shojai, undated: its own clause names "
        "no date). The last three sentences are the blogger's opinions ('When they saw a cartoon ..., people had to "
        "die' a retelling in an opinion, not listed)."), [
        event("is inviting cartoonists", "inviting", "Iran", "invite",
              "cartoonists to do their best by depicting the Holocaust", kind=S),
        event("An international contest of cartoons", "opened", "An international contest of cartoons on the "
              "Holocaust", "open", None),
        event("He added that around 1,100", "submitted", "participants from more than 60 countries", "submit",
              "around 1,100 cartoons", rep="Masoud Shojai"),
        event("He said the top three cartoons", "announced", None, "announce", "the top three cartoons", mod="will",
              rep="Masoud Shojai", kind=S, date="2006-09-02"),
        event("He said the top three cartoons", "awarded", None, "award",
              "the winners prizes of 12,000, 8,000 and 5,000 dollars respectively", mod="will",
              rep="Masoud Shojai"),
    ]),
    "ewt_marketview_20050210.txt": (doc(
        "marketview, Thursday 2005-02-10: Google's first analyst day and Sergey Brin's 'proof' of its research "
        "strategy (business, commentary)",
        "'Google has finally had an analyst day' is listed (an event held; undated, 'finally' names no date); the "
        "dash's 'a chance to present the company's story' describes it. The second and third sentences are "
        "generalities and the blogger's opinions; 'Sergey Brin has actually created a mathematical 'proof'' is "
        "listed (the scare quotes are no quotation); 'which gives employees one day a week' a standing policy (a "
        "habit, not listed). 'Read the entire article' is advice."), [
        event("Google has finally had", "had", "Google", "have", "an analyst day"),
        event("Sergey Brin has actually created", "created", "Sergey Brin", "create",
              "a mathematical 'proof' that the company's self-driven research strategy, which gives employees one "
              "day a week to do research projects on their own, is a good, respectable idea"),
    ]),
    "ewt_juancole_20040114.txt": (doc(
        "Juan Cole's Informed Comment, Wednesday 2004-01-14: a car bomb in Baqubah, a helicopter lost near "
        "Habbaniyah, a shooting at a protest in Fallujah (Iraq, a news round-up)",
        "No sentence names a date expression: every row undated. 'killing several people' and 'killing 4' are "
        "participles of result, listed with the shooters as subject (as the golds' 'killing'); 'the crew was safe' "
        "a state; 'when they briefly arrested a yound newlywed bride' a time clause that tells an act ('they' the US "
        "troops; the object as written). The parenthesis ('I hope that the US army got ...', 'this move was a bad, "
        "bad tradeoff') and the last sentence are the blogger's opinions."), [
        event("guerrillas detonated a car bomb", "detonated", "guerrillas", "detonate",
              "a car bomb outside a police station"),
        event("guerrillas detonated a car bomb", "killing", "guerrillas", "kill", "several people"),
        event("The US lost yet another helicopter", "lost", "The US", "lose",
              "yet another helicopter to hostile fire near Habbaniyah in the Sunni heartland"),
        event("hundreds of demonstrators came out", "came", "hundreds of demonstrators", "come out",
              "against US troops"),
        event("hundreds of demonstrators came out", "arrested", "US troops", "arrest", "a yound newlywed bride"),
        event("The US troops fired into", "fired", "US troops", "fire", "into the hostile crowd"),
        event("The US troops fired into", "killing", "US troops", "kill", "4"),
    ]),
    "ewt_juancole_20041120.txt": (doc(
        "Juan Cole's Informed Comment, Saturday 2004-11-20: the blogger's opinion piece on Arafat's death and "
        "al-Qaeda published in Newsday, with an excerpt (Middle East, commentary)",
        "'My opinion piece ... has appeared at Newsday' is listed (a judgement: a publication in a newspaper, outside "
        "the blog, not an act about the blog such as 'I keep revising this posting'; undated; the post never names "
        "its author, so the subject is written as written). 'Excerpt:' is furniture; the excerpt is one quotation "
        "over seven paragraphs (a mark opens it, the last closes it): nothing in it is listed."), [
        event("My opinion piece on the implications", "appeared",
              "My opinion piece on the implications of Arafat's passing for al-Qaeda", "appear", "at Newsday"),
    ]),
    "ewt_GayNews_20050307.txt": (doc(
        "GayNews newsgroup, Monday 2005-03-07: the opening of Deb Price's Detroit News column on heterosexuals' "
        "support for gay marriage (society)",
        "The headline 'Heterosexuals increasingly back gay marriage' states a trend (a standing finding, as "
        "ewt-events-dev's Cognitive Science headline: not listed); the byline and the name line are furniture; the "
        "last sentence tells a habit ('When ... Stephen Jones talks about what makes for a happy marriage') and a "
        "guess ('might surprise you'). No event."), []),
    "ewt_civilization_20050908.txt": (doc(
        "civilization newsgroup, Thursday 2005-09-08: the Worldwatch Institute's assessment of Hurricane Katrina's "
        "costs (a press release reposted, environment)",
        "The 'Email:' line, '**', the dateline '*Washington, D.C.-*', '*...*' and the URL are furniture. The "
        "headline 'Worldwatch Projects Catastrophe Will Be Most Costly ...' is listed (a headline with an act, as "
        "ewt-events-dev's 'Key Delhi blast suspect arrested': a forecast, a speech act of the Worldwatch Institute, "
        "undated). 'The ... impacts of Hurricane Katrina are powerful evidence that ... decisions ... have failed to "
        "account for our dependence' is a copula framing a standing judgement (not listed); 'an assessment released "
        "today by the Worldwatch Institute' lists the release (a participle turned back, a speech act, 'today' = "
        "2005-09-08). 'Alteration of the Mississippi River and the destruction of wetlands ... have left the area ... "
        "abnormally vulnerable' is a state that holds (a judgement: not listed, unlike a result such as 'left 7 US "
        "soldiers dead'). 'According to many scientists, the early results of global warming ... may have "
        "exacerbated the destructive power of Katrina' is listed (may, reported by many scientists)."), [
        event("*Worldwatch Projects Catastrophe", "Projects", "the Worldwatch Institute", "project",
              "Catastrophe Will Be Most Costly Weather-Related Disaster in History", kind=S),
        event("according to an assessment released today", "released", "the Worldwatch Institute", "release",
              "an assessment", kind=S, date="2005-09-08"),
        event("may have exacerbated", "exacerbated", "the early results of global warming", "exacerbate",
              "the destructive power of Katrina", mod="may", rep="many scientists"),
    ]),
    "ewt_hiddennook_20050830.txt": (doc(
        "Hidden Nook, Tuesday 2005-08-30: NASA and the Pentagon's letter to the White House on the rockets that will "
        "take astronauts back to the moon, from Space.com (space, commentary)",
        "The URL line, '(Space.com)', '--' and 'Posted by' are furniture. 'U.S. astronauts will launch to the moon "
        "..., NASA and the Pentagon have told the White House' lists the telling (a speech act to a named body, as "
        "Griffin's 'told the ... committee' in hiddennook 2005-11-16) and its content (will, reported by NASA and "
        "the Pentagon); 'the first new upper-stage rocket this country has developed in more than a decade' "
        "describes the rocket. 'will be lofted by gargantuan launchers' is turned back (will; no citation in the "
        "sentence, so no reporter). 'It looks as if NASA is transitioning', 'as Columbia has recently proved', the "
        "fifth, the ninth and the tenth sentences are the blogger's inferences, opinions and his description of the "
        "design ('would launch separately ... and join up in space' is how the design works, not listed). The "
        "letter's words are quotations ('said the letter', 'the letter said' only introduce them); 'signed by NASA "
        "Administrator Mike Griffin and the Pentagon's top space official, ex-astronaut Ron Sega' is turned back "
        "(as ewt-events-dev's 'ghost-written by adviser Karen Hughes'). 'NASA is planning on using these new "
        "shuttles' is a stance (the golds' 'plan'); 'with industry forecasters predicting a launch as early as 2014' "
        "a speech act (as wikinews-events-dev23's 'The NHC predicted'; '2014' the launch's, undated)."), [
        event("NASA and the Pentagon have told", "told", "NASA and the Pentagon", "tell", "the White House",
              kind=S),
        event("NASA and the Pentagon have told", "launch", "U.S. astronauts", "launch",
              "to the moon on sleek, single, shuttle booster rockets and the first new upper-stage rocket this "
              "country has developed in more than a decade", mod="will", rep="NASA and the Pentagon"),
        event("Lunar landers and other gear", "lofted", "gargantuan launchers as big as the Apollo-era Saturn 5",
              "loft", "Lunar landers and other gear needed for extended visits to the moon", mod="will"),
        event("said the letter, signed by", "signed", "Mike Griffin and Ron Sega", "sign", "the letter"),
        event("NASA is planning on using", "planning", "NASA", "plan",
              "on using these new shuttles to replace the current models", kind=ST),
        event("NASA is planning on using", "predicting", "industry forecasters", "predict",
              "a launch as early as 2014", kind=S),
    ]),
    "ewt_floppingaces_20041126.txt": (doc(
        "Flopping Aces, Friday 2004-11-26: John Donovan's slide show on what was found in Fallujah (Iraq, "
        "commentary)",
        "The first sentence is the blogger's act about his blog; 'Click here To view it.', 'Compare the flags ...' "
        "and 'You have to see these slides' are advice and furniture. 'John Donovan from Argghhh! has put out a "
        "excellent slide show' is listed (a publication, action, as wikinews-events-dev29's 'published a study'; "
        "'what was actually found and fought for in Fallujah' a free relative inside its object, not listed). 'He "
        "makes some good observations' and 'On the next two pictures he took screenshots of two beheading video's' "
        "describe the slide show's content (a judgement: not listed, as the blogger's acts about his own post are "
        "not); 'One of the pictures shows a flag' is a state, its relative 'that was found in Fallujah' tells an "
        "act (agentless, as ewt-events-dev's relative on a copula's noun 'who pledged personal loyalty'). The last "
        "sentence is the blogger's prediction."), [
        event("John Donovan from Argghhh! has put out", "put", "John Donovan", "put out",
              "a excellent slide show on what was actually found and fought for in Fallujah"),
        event("One of the pictures shows a flag", "found", None, "find", "a flag"),
    ]),
    "ewt_marketview_20050511.txt": (doc(
        "marketview, Wednesday 2005-05-11: a BuzzMachine post on Google's rush toward ubiquity (business, "
        "commentary)",
        "The opening and the other questions are rhetorical; 'which we've all heard before' and 'it's particularly "
        "well-put' are opinions. 'This BuzzMachine post argues that Google's rush toward ubiquity might backfire' "
        "lists the argument (a speech act of the post, as ewt-events-dev's 'an Article in Time magazine accusing') "
        "and its content (might, reported by the post, as 'Rita ... could become' reported by the Center). 'Google "
        "is a nice search engine' and 'They own blogger' are states; 'I'm staying away from the stock' is the "
        "blogger's own stance, not news."), [
        event("This BuzzMachine post argues", "argues", "This BuzzMachine post", "argue",
              "that Google's rush toward ubiquity might backfire", kind=S),
        event("This BuzzMachine post argues", "backfire", "Google's rush toward ubiquity", "backfire", None,
              mod="might", rep="This BuzzMachine post"),
    ]),
    "ewt_juancole_20030914.txt": (doc(
        "Juan Cole's Informed Comment, Sunday 2003-09-14: Falluja buries its security police killed by US troops, "
        "its clerics' declaration (Iraq, commentary citing Reuters)",
        "'Angry crowds chanted ... as the security police killed in a friendly fire incident by US troops were "
        "buried on Saturday': the chanting (main clause, undated: 'on Saturday' is in the as-clause, as "
        "ewt-events-dev's 'rose Wednesday as ... Rita threatened' dates only its own clause), the burial "
        "(agentless, 2003-09-13) and the killing (a passive participle turned back, subject 'US troops', undated; "
        "the clerics' 'on Friday' is inside the quotation). 'Reuters reported that \"...\"' and 'It read, \"...\"' "
        "only introduce quotations (the declaration's acts are inside them: not listed). 'The clerics demanded talks "
        "with local US commanders' is a speech act (the clerics by the fullest name the post gives, 'Sunni clerics "
        "in the town', inside the Reuters quotation). 'has long been roiled', 'remain committed', 'have become Sunni "
        "fundamentalists', 'received special treatment from Saddam and enjoyed a disproportionate share' (a standing "
        "policy of the past) and the seventh sentence are states, habits and the blogger's opinions; the last line "
        "is furniture."), [
        event("Angry crowds chanted", "chanted", "Angry crowds", "chant", "anti-American slogans"),
        event("Angry crowds chanted", "killed", "US troops", "kill", "the security police"),
        event("Angry crowds chanted", "buried", None, "bury",
              "the security police killed in a friendly fire incident by US troops", date="2003-09-13"),
        event("The clerics demanded talks", "demanded", "Sunni clerics in the town", "demand",
              "talks with local US commanders", kind=S),
    ]),
}


def main() -> int:
    import ewt_corpus
    from gold_writer import write_event_gold

    expected = ewt_corpus.half("test")
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    with tempfile.TemporaryDirectory() as tmp:
        ewt_corpus.write_corpus(Path(tmp))
        total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet=None)
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
