"""Write the event gold tests/data/gold/ewt-events-test from hand annotations (round ewt50test: the held-out half).

The texts are the weblog and newsgroup posts of 2003-2006 of UD English EWT that repost or discuss news of other
outlets (as kept in tests/data/gold/uner-ewt-news-dev); this half holds ``ewt_corpus.half("test")``, the 1st, 3rd, ...
of ``ewt_corpus.news_documents()`` (12 posts, 2,048 words). ``ewt_corpus.write_corpus`` writes them into a temporary
folder, one sentence a paragraph, with a MANIFEST.tsv (each post's date) and a NOTICE (CC BY-SA 4.0), and
``gold_writer.write_event_gold`` copies this half's texts into the gold with their rows and computes and checks every
offset; ``published`` is the post's date, ``outlet`` null (a post of a blog or a newsgroup, reposting many outlets).

Each event names its sentence by a unique snippet and its verb by the word as written (the n-th occurrence inside the
sentence). The annotations were written by reading every sentence, before any toolkit extraction ran on these texts.
Run: python bench/audit/ewt50/make_gold_ewt50test.py (from the project root).
"""
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # bench/audit: the shared writer
sys.path.insert(0, str(HERE))  # bench/audit/ewt50: the EWT corpus
from gold_writer import event as ev, write_event_gold  # noqa: E402
import ewt_corpus  # noqa: E402

NAME = "ewt-events-test"
SCRIPT = "bench/audit/ewt50/make_gold_ewt50test.py"

COMMON = ("Conventions (tests/data/gold/README.md; bench/audit/blind48/README.md; bench/audit/pud49/README-pud49dev.md): "
          "a reposted article's sentences are news like any other, and a passage inside quotation marks is a "
          "quotation (skipped, with the verb that only introduces it); the blogger's own opinions, guesses, "
          "rhetorical questions and advice are no events, but what the post reports as having happened is, with "
          "reported_by null unless the sentence cites someone; the blogger's acts about the blog itself and post "
          "furniture (URL and outlet lines, bylines, an Email line, 'Excerpt:', 'Posted by', 'Click here', 'See "
          "http://...') carry no event; copulas, states, habits, standing facts, generic statements and describing "
          "participles are not listed. Dates only where the event's own clause names a date expression, resolved "
          "from the post's date (weeks to their Monday, years as YYYY), else null.")


def about(blog: str, day: str, text: str) -> str:
    return f"UD English EWT post ({blog}, {day}): {text} {COMMON}"


D = {}

D["ewt_eHolistic_20050829.txt"] = (about("eHolistic weblog", "Monday 2005-08-29", (
    "Coca-Cola's bottling plant in a village of Kerala, told by the blogger as a fable. 'in 2001' dates the building "
    "(background, as every act before the present day); 'the mighty corporation' and 'Coca-Cola' are written 'the "
    "Coca-Cola corporation'; 'In exchange for sucking vast amounts of water' names the terms of the promise (not "
    "listed, as what a charge is for in events-dev37); 'began to notice' lists the aspect verb with its complement "
    "(pud49dev's convention) and the wells' running dry, which the villagers noticed (reported_by them, a clause "
    "under a verb of cognition); 'they complained to the corporation' a speech act; 'attempted to win back their "
    "favor' lists the attempt (as 'trying to do the same' in pud-events-test); 'by giving them vast amounts of free "
    "fertilizer' is a means that tells an act of its own (listed, as events-dev15's 'by pleading guilty' and "
    "events-dev16's 'by hiring'), and 'saying it would grow bountiful crops' gives its claim (would, reported_by the corporation; "
    "the saying itself is a contentless said); 'we arrive at the present day' is the narrator's device (not "
    "listed); 'have suddenly discovered the fertilizer is ... sludge' lists the discovery, its content a copula; "
    "'are now too heavily contaminated' a state; 'the plant was shut down last week' agentless, dated to last "
    "week's Monday 2005-08-22; 'Don't drink Coke ... drink Pepsi!' is advice; 'Pepsi is ... in the process of being "
    "thrown out of India' tells an act under way (agentless, listed).")), [
    ev("the Coca-Cola corporation built a bottling plant", "built", "the Coca-Cola corporation", "build",
       "a bottling plant in a small and remote Indian village in the state of Kerala", kind="background",
       date="2001"),
    ev("the mighty corporation promised", "promised", "the Coca-Cola corporation", "promise",
       "to bring the people great wealth", kind="speech act"),
    ev("the village people began to notice", "began", "the village people", "begin",
       "to notice their wells were running dry", kind="background"),
    ev("the village people began to notice", "running", "the village people's wells", "run", "dry",
       rep="the village people", kind="background"),
    ev("they complained to the corporation", "complained", "the village people", "complain", "to the corporation",
       kind="speech act"),
    ev("Coca-Cola calmed the concerns", "calmed", "the Coca-Cola corporation", "calm", "the concerns of the people",
       kind="background"),
    ev("Coca-Cola calmed the concerns", "attempted", "the Coca-Cola corporation", "attempt",
       "to win back their favor", kind="background"),
    ev("Coca-Cola calmed the concerns", "giving", "the Coca-Cola corporation", "give",
       "vast amounts of free fertilizer", kind="background"),
    ev("Coca-Cola calmed the concerns", "grow", "the fertilizer", "grow", "bountiful crops beyond their wildest dreams",
       mod="would", rep="the Coca-Cola corporation", kind="background"),
    ev("the village people have suddenly discovered", "discovered", "the village people", "discover",
       "the fertilizer is actually the bottling plant's waste sludge and is laden with cadmium"),
    ev("so the plant was shut down last week", "shut", None, "shut down", "the plant", date="2005-08-22"),
    ev("Pepsi is actually in the process", "thrown", None, "throw out", "Pepsi"),
])

D["ewt_hiddennook_20051116.txt"] = (about("Hidden Nook weblog", "Wednesday 2005-11-16", (
    "a repost of New Scientist Space on NASA and private spaceflight, with the blogger's comments. 'it announced "
    "this week' is listed (a speech act, as events-dev10's 'her son Anderson Cooper announced'), dated to this "
    "week's Monday 2005-11-14, and its content 'NASA is looking to private companies' is listed (a stance, "
    "reported_by NASA, undated); Brett Alexander's and Griffin's quotations and their 'says', 'said', 'added' are "
    "not listed; 'one of the companies hoping to launch astronauts' describes the company (not listed); 'NASA "
    "intends upon retiring the space shuttles in 2010' is one stance row (as events-dev26's 'intends to merge'), "
    "undated (the year is the retiring's), and 'which only leaves it with 18 flights' a consequence (not listed); "
    "'would be a wise alternative', 'some may praise this', 'NASA seems hesitant', 'Only time will reveal' are the "
    "blogger's opinions and guesses; 'On 3 November, ... Griffin told the US house science committee that' is a "
    "neutral report (as pud-events-test's 'told SPIEGEL that'), and its content 'the agency expects to invest' a "
    "stance reported_by Griffin (undated: 3 November is the telling's); in the blogger's last sentence 'seeing how "
    "the private sector has been able to successfully transport civilians to the ISS' tells an act done (no "
    "modality, as pud-events-test's 'were able to subdue'; presupposed, no reporter) while the rest is his guess.")), [
    ev("NASA is looking to private companies", "announced", "NASA", "announce",
       "NASA is looking to private companies to launch both supplies and astronauts to the International Space "
       "Station", kind="speech act", date="2005-11-14"),
    ev("NASA is looking to private companies", "looking", "NASA", "look to",
       "private companies to launch both supplies and astronauts to the International Space Station", rep="NASA",
       kind="stance"),
    ev("NASA intends upon retiring", "intends", "NASA", "intend", "upon retiring the space shuttles in 2010",
       kind="stance"),
    ev("the agency expects to invest", "expects", "NASA", "expect",
       "to invest about $500 million in the commercial cargo and crew project over five years",
       rep="Michael Griffin", kind="stance"),
    ev("the private sector has been able to successfully transport", "transport", "the private sector", "transport",
       "civilians to the ISS"),
])

D["ewt_aggressivevoicedaily_20060814.txt"] = (about("Aggressive Voice Daily weblog", "Monday 2006-08-14", (
    "Iran's contest of Holocaust cartoons, a repost of AFP between the blogger's comments. 'Remember when a whole "
    "lot of people had to die because a Swedish newspaper printed those cartoons ...?' is a rhetorical question "
    "(no event, as the brief's 'How did the CPA get to the point ...?'), and 'When they saw a cartoon of their "
    "prophet, people had to die.' its sarcastic restatement (not listed); 'Iran wants to turn the tables' is the "
    "blogger's reading of a motive (not listed) but 'is inviting cartoonists to do their best by depicting the "
    "Holocaust' is listed (what the invitation asks is its content, not listed); 'these idiots think ...', 'This "
    "cute little stunt is only going to prove ...' and 'I highly doubt it will look like ...' are opinions; "
    "'TEHRAN (AFP) -' is a dateline; 'An international contest ... opened in Tehran' is listed (undated: 'last "
    "September' dates the publication, a noun); Shojai's quotations and 'said', 'added' and 'Shojai told the "
    "opening ceremony ...' (a verb that only introduces a quotation, as events-dev29's 'told the public') are not "
    "listed; 'He added that around 1,100 cartoons were submitted by participants' is turned back (reported_by "
    "Shojai) and 'more than 200 are on show' is a state; 'the top three cartoons will be announced on September 2' "
    "is agentless (will, reported_by Shojai, 2006-09-02) and 'with the winners being awarded prizes' shares its "
    "plan (will, reported_by Shojai, as events-dev36's 'with Johnson succeeding her'; undated). 'Shojai' and 'He' are "
    "written 'Masoud Shojai'.")), [
    ev("Iran wants to turn the tables", "inviting", "Iran", "invite",
       "cartoonists to do their best by depicting the Holocaust"),
    ev("An international contest of cartoons on the Holocaust opened", "opened",
       "An international contest of cartoons on the Holocaust", "open", None),
    ev("around 1,100 cartoons were submitted", "submitted", "participants from more than 60 countries", "submit",
       "around 1,100 cartoons", rep="Masoud Shojai"),
    ev("the top three cartoons will be announced", "announced", None, "announce", "the top three cartoons",
       mod="will", rep="Masoud Shojai", kind="speech act", date="2006-09-02"),
    ev("the top three cartoons will be announced", "awarded", None, "award",
       "the winners prizes of 12,000, 8,000 and 5,000 dollars respectively", mod="will", rep="Masoud Shojai"),
])

D["ewt_marketview_20050210.txt"] = (about("Marketview weblog", "Thursday 2005-02-10", (
    "Google's analyst day, the blogger's comment on an article he links to. 'Google has finally had an analyst "
    "day' is listed (the light verb 'have' of an event held, no date expression); 'a chance to present the "
    "company's story' is what the day is for and 'people who haven't heard it' a state (not listed); 'Usually, "
    "these are just a chance ...', 'people are actually concerned', 'They work on Wall Street ... they imagine' "
    "are habits, states and the blogger's generalisations; 'Sergey Brin has actually created a mathematical "
    "'proof'' is listed (the verb outside the scare quotes), 'which gives employees one day a week' is a standing "
    "policy (not listed); 'Read the entire article' is advice.")), [
    ev("Google has finally had an analyst day", "had", "Google", "have", "an analyst day"),
    ev("Sergey Brin has actually created", "created", "Sergey Brin", "create",
       "a mathematical 'proof' that the company's self-driven research strategy is a good, respectable idea"),
])

D["ewt_juancole_20040114.txt"] = (about("Juan Cole's weblog Informed Comment", "Wednesday 2004-01-14", (
    "a round-up of violence in Iraq. No clause names a date. 'killing several people' and 'killing 4' are "
    "participles that tell an act, their subject the clause's (as events-dev7's 'went on a stabbing spree, killing "
    "four'); 'The US lost yet another helicopter to hostile fire' is listed, 'the crew was safe' a copula; 'when "
    "they briefly arrested a yound newlywed bride' is a time clause that tells an act of its own ('they' = US "
    "troops; the text's slip 'yound' kept); the parenthesis 'I hope that the US army got an enormous amount of "
    "information ...' and 'It seems clear to me that the manhunt ... is being done wrong' are the blogger's "
    "opinions (not listed).")), [
    ev("guerrillas detonated a car bomb", "detonated", "guerrillas", "detonate", "a car bomb outside a police station"),
    ev("guerrillas detonated a car bomb", "killing", "guerrillas", "kill", "several people"),
    ev("The US lost yet another helicopter", "lost", "The US", "lose",
       "yet another helicopter to hostile fire near Habbaniyah in the Sunni heartland"),
    ev("hundreds of demonstrators came out", "came", "hundreds of demonstrators", "come out", "against US troops"),
    ev("hundreds of demonstrators came out", "arrested", "US troops", "arrest", "a yound newlywed bride"),
    ev("The US troops fired into the hostile crowd", "fired", "The US troops", "fire", "into the hostile crowd"),
    ev("The US troops fired into the hostile crowd", "killing", "The US troops", "kill", "4"),
])

D["ewt_juancole_20041120.txt"] = (about("Juan Cole's weblog Informed Comment", "Saturday 2004-11-20", (
    "the blogger's opinion piece on Arafat's death and al-Qaeda. 'My opinion piece ... has appeared at Newsday' is "
    "listed: a publication in a newspaper is a public act an analyst would note (the brief leaves it to the "
    "annotator; unlike the blogger's acts about the blog itself), a speech act with the piece as subject, "
    "undated; 'Excerpt:' is furniture; the excerpt after it, from its opening quotation mark to its closing one "
    "seven paragraphs later, is a quotation (nothing in it listed).")), [
    ev("My opinion piece on the implications", "appeared",
       "My opinion piece on the implications of Arafat's passing for al-Qaeda", "appear", "at Newsday",
       kind="speech act"),
])

D["ewt_GayNews_20050307.txt"] = (about("GayNews newsgroup", "Monday 2005-03-07", (
    "the opening of a Detroit News column by Deb Price. The headline 'Heterosexuals increasingly back gay "
    "marriage' is a trend in a population's stance (not listed, as pud49dev's 'More and more tech companies are "
    "calling the shots'); the byline lines are furniture; 'When Baptist Pastor Stephen Jones talks about what "
    "makes for a happy marriage ..., one special ingredient might surprise you' is a habit with a hypothetical "
    "main clause. No event.")), [])

D["ewt_civilization_20050908.txt"] = (about("a newsgroup on civilization", "Thursday 2005-09-08", (
    "a repost of a Worldwatch Institute press release on Hurricane Katrina. The Email line, '**', the dateline, "
    "'*...*' and the URL are furniture; the headline 'Worldwatch Projects Catastrophe Will Be Most Costly ...' is "
    "read as a sentence: a projection is listed (a speech act, as events-dev19's 'estimated'; 'Worldwatch' written "
    "'the Worldwatch Institute'), undated; the release's first sentence is a copula ('are powerful evidence that "
    "... decisions ... have failed to account for ...', a judgement inside the evidence's noun, not listed), and "
    "'an assessment released today by the Worldwatch Institute' describes its source (not listed, as "
    "events-dev37's 'a statement released by her family'); 'have left the area around New Orleans abnormally "
    "vulnerable' is a state the area was left in over decades (not listed, as pud49dev's standing 'can also lead "
    "to long-term impairment'), while 'According to many scientists, the early results of global warming ... may "
    "have exacerbated the destructive power of Katrina' is a claim about this storm (listed: may, reported_by "
    "many scientists, as events-dev37's 'leading to encephalitis').")), [
    ev("Worldwatch Projects Catastrophe", "Projects", "the Worldwatch Institute", "project",
       "Catastrophe Will Be Most Costly Weather-Related Disaster in History", kind="speech act"),
    ev("may have exacerbated the destructive power", "exacerbated", "the early results of global warming",
       "exacerbate", "the destructive power of Katrina", mod="may", rep="many scientists"),
])

D["ewt_hiddennook_20050830.txt"] = (about("Hidden Nook weblog", "Tuesday 2005-08-30", (
    "a repost of Space.com on NASA's new launchers, with the blogger's comments. 'NASA and the Pentagon have told "
    "the White House' is a neutral report (not listed, as pud-events-test's 'told SPIEGEL that'), and its content "
    "'U.S. astronauts will launch to the moon' is listed (will, reported_by NASA and the Pentagon); 'the first new "
    "upper-stage rocket this country has developed in more than a decade' describes the rocket (not listed); "
    "'will be lofted by gargantuan launchers' is turned back (will; the sentence cites nobody), 'needed' and 'the "
    "most powerful rockets ever flown' describe; 'It looks as if NASA is transitioning away ...', 'as Columbia has "
    "recently proved', 'they will be able to go at a much greater range', 'will hopefully avoid future disasters' "
    "are the blogger's guesses, reasoning and hopes; the letter's quotations and 'said the letter', 'the letter "
    "said' are not listed, and 'signed by NASA Administrator Mike Griffin and ... Ron Sega' describes the letter "
    "(as events-dev37's 'released by'); 'NASA is planning on using these new shuttles' is a stance (as "
    "events-dev33's 'plan') and 'with industry forecasters predicting a launch as early as 2014' a speech act told "
    "by a 'with' absolute (undated: the year is the launch's); 'The new rocket design will differ ... in the fact "
    "that the crew and cargo would launch separately ... and join up in space' tells how the design works (not "
    "listed, as blind48's ways a system works).")), [
    ev("U.S. astronauts will launch to the moon", "launch", "U.S. astronauts", "launch", "to the moon", mod="will",
       rep="NASA and the Pentagon"),
    ev("will be lofted by gargantuan launchers", "lofted", "gargantuan launchers as big as the Apollo-era Saturn 5",
       "loft", "Lunar landers and other gear needed for extended visits to the moon", mod="will"),
    ev("NASA is planning on using these new shuttles", "planning", "NASA", "plan",
       "on using these new shuttles to replace the current models", kind="stance"),
    ev("NASA is planning on using these new shuttles", "predicting", "industry forecasters", "predict",
       "a launch as early as 2014", kind="speech act"),
])

D["ewt_floppingaces_20041126.txt"] = (about("Flopping Aces weblog", "Friday 2004-11-26", (
    "the blogger points to another blogger's slide show on Fallujah. 'I doubt the very few who actually read my "
    "blog ...' and 'I figured I would put it out there' are the blogger's acts about his blog, 'Click here To view "
    "it.', 'Compare the flags ...' and 'You have to see these slides' advice (not listed); 'John Donovan from "
    "Argghhh! has put out a excellent slide show' is listed (a publication), and 'what was actually found and "
    "fought for in Fallujah' a free relative naming the show's subject, with nothing found named (not listed); "
    "'He makes some good observations on a few of the pic's' is Donovan's comment in the show (a speech act); "
    "'One of the pictures shows a flag' is what a picture shows (not listed, as events-dev22's 'video footage ... "
    "shows') but 'a flag that was found in Fallujah' a relative that tells an agentless act (listed); 'he took "
    "screenshots of two beheading video's' is listed; 'This Fallujah operation my turn out to be the most "
    "important operation done by the US Military ...' is the blogger's guess ('done by' describes the class of "
    "operations). 'He' and 'he' are written 'John Donovan'; no clause names a date.")), [
    ev("John Donovan from Argghhh! has put out", "put", "John Donovan", "put out",
       "a excellent slide show on what was actually found and fought for in Fallujah"),
    ev("He makes some good observations", "makes", "John Donovan", "make",
       "some good observations on a few of the pic's", kind="speech act"),
    ev("One of the pictures shows a flag", "found", None, "find", "a flag"),
    ev("he took screenshots", "took", "John Donovan", "take", "screenshots of two beheading video's"),
])

D["ewt_marketview_20050511.txt"] = (about("Marketview weblog", "Wednesday 2005-05-11", (
    "the blogger on Google, after a BuzzMachine post. The opening parenthesis and 'Does anybody use it ...?', "
    "'Is that a money maker?' are questions; 'This BuzzMachine post argues that Google's rush toward ubiquity "
    "might backfire' gives the argument (a speech act) and its claim (might, reported_by the post, as "
    "pud-events-test's 'have argued that the pair should not take office'); 'which we've all heard before' and 'it's "
    "particularly well-put' are the blogger's remarks; 'Google is a nice search engine' a copula, 'They own "
    "blogger' a state; 'I'm staying away from the stock' is the blogger's standing choice (not listed).")), [
    ev("This BuzzMachine post argues", "argues", "This BuzzMachine post", "argue",
       "that Google's rush toward ubiquity might backfire", kind="speech act"),
    ev("This BuzzMachine post argues", "backfire", "Google's rush toward ubiquity", "backfire", None, mod="might",
       rep="This BuzzMachine post"),
])

D["ewt_juancole_20030914.txt"] = (about("Juan Cole's weblog Informed Comment", "Sunday 2003-09-14", (
    "funerals and protest in Falluja after US troops killed Iraqi security police, with Reuters quoted. 'on "
    "Saturday' = 2003-09-13 dates the burial and, through the time clause 'as ... were buried on Saturday', the "
    "chanting; 'the security police killed in a friendly fire incident by US troops' is a participle with its "
    "agent that tells an act (listed, undated: the 'Friday' of the next sentences is inside a quotation); 'Reuters "
    "reported that \"...\"' and 'It read, \"...\"' only introduce quotations (the declaration's condemning, "
    "announcing and calling for are Reuters' words inside the marks: not listed); 'The clerics demanded talks' "
    "is a speech act ('The clerics' written 'Sunni clerics in the town', the fullest form the post gives); the "
    "blogger's analysis after it is states, standing facts and generic statements about a population ('has long "
    "been roiled', 'remain committed ... or have become Sunni fundamentalists', 'Cities such as Falluja received "
    "special treatment from Saddam and enjoyed ...', 'They know that ...', 'they refuse to go quietly'): not "
    "listed; 'See http://...' is furniture.")), [
    ev("Angry crowds chanted anti-American slogans", "chanted", "Angry crowds", "chant",
       "anti-American slogans", date="2003-09-13"),
    ev("Angry crowds chanted anti-American slogans", "killed", "US troops", "kill", "the security police"),
    ev("Angry crowds chanted anti-American slogans", "buried", None, "bury",
       "the security police killed in a friendly fire incident by US troops", date="2003-09-13"),
    ev("The clerics demanded talks", "demanded", "Sunni clerics in the town", "demand",
       "talks with local US commanders", kind="speech act"),
])

assert list(D) == ewt_corpus.half("test"), "the documents of this half are ewt_corpus.half('test'), in order"

DOCS = D

if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        ewt_corpus.write_corpus(Path(tmp))
        print(write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet=None))
