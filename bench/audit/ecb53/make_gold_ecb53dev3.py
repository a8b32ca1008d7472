"""Round ecb53dev3: a blind event gold on real news of other publishers (the ``dev3`` half of the ECB+ articles in
``bench/audit/ecb53/corpus``, ten articles of ten outlets of 2010-2013), written to ``tests/data/gold/ecb-events-dev3``.

The annotations below were made by reading every sentence of the ten articles before any toolkit extraction was run
on them, in the conventions of the event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``, ``bench/audit/ecb52/make_gold_ecb52dev.py`` and the ``about`` fields of
events-dev19 … dev37, pud-events-dev and ewt-events-dev); the calls are in each article's ``about``. Offsets and checks
come from ``bench/audit/gold_writer.py``:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ecb53/make_gold_ecb53dev3.py

The articles are CC BY 3.0 (ECB+, Cybulska and Vossen 2014); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ecb-events-dev3"
SCRIPT = "bench/audit/ecb53/make_gold_ecb53dev3.py"
CORPUS = ROOT / "bench" / "audit" / "ecb53" / "corpus"

# Said once here rather than in every file, as round ecb52dev: an article's date is its manifest row's (the date it
# prints, else none: published null). An event is dated where its own clause names a date expression, resolved from
# the publication date (a past weekday to the one before or on it, a scheduled one to the one after, as ecb52dev's
# 'advances to play Saturday'; a week by its Monday); a participle after a dated clause shares its date; with no
# publication date, only a full date, a month with its year or a year by itself dates. The narration of a lead's day
# in later sentences is not dated. A headline is a sentence of its own, listed when it tells an act; datelines, time
# lines, 'Published:' lines and 'Official PR text follows below.' are furniture. Everything inside quotation marks
# (not a title, a nickname or a setting's name), and the verb that only introduces it, is not listed; states,
# figures (a stat line), opinions, guesses, generalities and conditionals are no events; an act told again in a main
# clause is listed again, in a subordinate clause not. People are written by the fullest name the article gives.
COMMON = ("ECB+ news article (CC BY 3.0); dated where the event's own clause names a date expression, resolved from "
          "the publication date; quotations, states, figures, opinions and furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
EW = "Esther Williams"
AL, ZH = "Andrew Lopez", "Zurana Horton"
NOS, PT = "the Saints", "Pierre Thomas"
TM = "T-Mobile"
GR = "Gary Ross"
WK, TT = "Wladimir Klitschko", "Tony Thompson"
MS, DC = "Microsoft", "Dustin Childs"
PPPT = "the Party of Industrialists and Entrepreneurs"
YV = "Yanis Varoufakis"

DOCS = {
    "ecb_4_5.txt": (doc(
        "hollywoodreporter.com, Thursday 2013-06-06: the swimmer and actress Esther Williams dies aged 91 (an "
        "obituary)",
        "The headline's 'Dies' is listed (as ecb52dev's 'Pin-Up Icon Dies'); the time line is furniture. The film "
        "titles in quotation marks are titles, not a speaker's words. 'The champion swimmer starred in such films "
        "as ...' and 'by starring in several ... MGM musicals' are a career's roles (background, as events-dev35's "
        "career roles; the second told again inside a relative, but the object differs, so listed); 'who showcased "
        "a combination of glamour and athleticism' is a characterization of a career (a standing judgement, as "
        "blind48's 'was widely considered a breakthrough', not listed); 'has died' is undated, 'died peacefully in "
        "her sleep Thursday' (= 2013-06-06) tells the death again in a main clause (listed again), reported by "
        "'family spokesman Harlan Boll', whose 'announced' only introduces it (as ecb52dev's 'passed away early "
        "Thursday' reported by her publicist); 'She was 91' is a state."), [
        event("Actress Esther Williams Dies", "Dies", EW, "die", None),
        event("The champion swimmer starred", "starred", EW, "star",
              'in such films as "Bathing Beauty," "Take Me Out to the Ball Game" and "Million Dollar Mermaid"',
              kind=B),
        event("Actress and champion swimmer Esther Williams", "starring", EW, "star",
              "in several spectacular and splashy MGM musicals of the 1940s and '50s", kind=B),
        event("Actress and champion swimmer Esther Williams", "died", EW, "die", None),
        event("Williams died peacefully", "died", EW, "die", None, rep="Harlan Boll", date="2013-06-06"),
    ]),
    "ecb_33_9.txt": (doc(
        "brooklyn.news12.com, Tuesday 2013-04-23: a Brooklyn jury finds Andrew Lopez guilty of the murder of Zurana "
        "Horton (US courts, crime)",
        "'Published: April 23, 2013 9:39 AM' is furniture. The headline's finding is listed ('find', as ecb52dev's "
        "'Man found GUILTY'); what a finding of guilt is for ('in murder of Zurana Horton', 'of second-degree murder "
        "... in the death of') is not listed (events-dev37). 'has handed down a guilty verdict' is listed (undated: "
        "its clause names no date); 'the two men accused of murdering a Brownsville mother of 12' describes the men "
        "(a participle modifier, as ecb52dev's 'transiting the Gulf of Aden', not listed); 'Andrew Lopez was found "
        "guilty' tells the finding again in a main clause, an agentless passive (listed again, subject none); 'Jury "
        "deliberations are still underway' is a state (a noun, a process going on). 'Horton was shot and killed in "
        "October 2011' gives two agentless acts (background, 2011-10) and 'when gunfire erupted outside...' its "
        "when-clause's act shares the date (as ecb52dev's when-clause's noticing); the sentence is cut off in the "
        "text."), [
        event("Jury finds Andrew Lopez guilty", "finds", "Jury", "find", AL),
        event("A jury has handed down", "handed", "A jury", "hand down", "a guilty verdict"),
        event("Andrew Lopez was found guilty", "found", None, "find", AL),
        event("Horton was shot and killed", "shot", None, "shoot", ZH, kind=B, date="2011-10"),
        event("Horton was shot and killed", "killed", None, "kill", ZH, kind=B, date="2011-10"),
        event("Horton was shot and killed", "erupted", "gunfire", "erupt", None, kind=B, date="2011-10"),
    ]),
    "ecb_25_3.txt": (doc(
        "content.usatoday.com (The Huddle blog), Wednesday 2011-01-05: the New Orleans Saints put Pierre Thomas on "
        "injured reserve (American football)",
        "'Jan 05, 2011' atop the post is furniture. 'The Saints', 'New Orleans' and 'the team' are written 'the "
        "Saints' (as ecb52dev's ecb_25_14), 'Thomas' and 'He' 'Pierre Thomas'. The headline's 'place' is listed; "
        "'One day after placing leading rusher Chris Ivory on injured reserve' tells Ivory's placement (its clause "
        "names no date: undated) and 'have lost another RB for the season' the loss of Thomas (listed, as "
        "ecb52dev's 'Saints suffer major injury'); 'announced Wednesday' = 2011-01-05, its content 'Pierre Thomas "
        "was placed on IR' an agentless passive reported by Sean Payton (undated: its own clause names no date, as "
        "ecb52dev's T-Mobile content). 'suffered through an injury-plagued 2010 season' is a season's span (a "
        "tenure) and 'missing 10 of the Saints' 16 games' a figure (a stat line), neither listed; 'returned to play "
        "in Weeks 14-16', 'missed New Orleans' season-finale' and 'after tweaking the injury' are background acts; "
        "'Ivory made the most of his opportunities' is a judgement and 'averaged 5.2 yards a carry and finished with "
        "a team-high 716 yards' a stat line (not listed); 're-signed RB DeShawn Wynn ... on Tuesday' = 2011-01-04, "
        "'to take Ivory's place' a role (not listed, as ecb52dev's 'to serve as a backup'); 'After putting Thomas "
        "on IR Wednesday' tells the placement again in a subordinate clause (not listed again), 'replaced him by "
        "signing RB Joique Bell' gives the replacing and the signing (its clause undated: 'Wednesday' dates the "
        "putting); 'Thomas joins a growing tally of shelved Saints RBs' tells the placement again in a main clause "
        "(listed, as ecb52dev's 'He joins the team'); 'went on IR in early December' = 2010-12 (background), 'lost "
        "Lynell Hamilton and P.J. Hill ... during the preseason' undated (background); 'are expected to carry the "
        "load as the Saints try to defend their title' is an expectation (a guess, as ecb52dev's 'It looks like "
        "Reggie Bush will have to carry'); 'begins its postseason Saturday' is a scheduled act (will, 2011-01-08)."), [
        event("Saints place RB Pierre Thomas", "place", NOS, "place", PT),
        event("One day after placing", "placing", NOS, "place", "Chris Ivory"),
        event("One day after placing", "lost", NOS, "lose", "another RB"),
        event("Coach Sean Payton announced", "announced", "Sean Payton", "announce",
              "that Pierre Thomas was placed on IR", kind=S, date="2011-01-05"),
        event("Coach Sean Payton announced", "placed", None, "place", PT, rep="Sean Payton"),
        event("He returned to play", "returned", PT, "return", "to play in Weeks 14-16", kind=B),
        event("He returned to play", "missed", PT, "miss", "New Orleans' season-finale", kind=B),
        event("He returned to play", "tweaking", PT, "tweak", "the injury", kind=B),
        event("The Saints re-signed", "re-signed", NOS, "re-sign", "DeShawn Wynn", date="2011-01-04"),
        event("New Orleans replaced him", "replaced", NOS, "replace", PT),
        event("New Orleans replaced him", "signing", NOS, "sign", "Joique Bell"),
        event("Thomas joins a growing tally", "joins", PT, "join", "a growing tally of shelved Saints RBs"),
        event("Ladell Betts went on IR", "went", "Ladell Betts", "go on", "IR", kind=B, date="2010-12"),
        event("Ladell Betts went on IR", "lost", NOS, "lose", "Lynell Hamilton and P.J. Hill", kind=B),
        event("New Orleans begins its postseason", "begins", NOS, "begin", "its postseason", mod="will",
              date="2011-01-08"),
    ]),
    "ecb_42_7.txt": (doc(
        "intomobile.com (no date in the manifest, though the article prints 'WEDNESDAY, APRIL 24TH, 2013'): "
        "T-Mobile confirms it will carry the BlackBerry Q10 (technology, business)",
        "published is null, so no clause is dated ('April 29th', 'today', 'May 1st' name no year). 'T-Mobile' is the "
        "fullest name the article gives. The headline's 'Confirms' is listed (a speech act) with its content's "
        "carrying (will, reported by T-Mobile); 'has announced that it will be carrying' the same, and 'with "
        "pre-registration starting on April 29th' a start to come (will, reported by T-Mobile). The writer's "
        "address to readers ('who have been waiting', 'that wait is getting shorter', 'you will be one of the first "
        "to know'), 'Pricing and release dates are still TBD', the conditional guess of line 11 and 'release "
        "details are still absent' are not listed; 'this e-mail assures us that T-Mobile will ... be carrying' "
        "lists the carrying reported by the e-mail ('assures' only introduces it, as a said-like verb); 'The Q10 has "
        "been previously rumored to be released sometime in May' is an agentless stance with the release listed "
        "(will, as blind48's 'is widely suspected of asking'), 'which seems reasonable' an opinion, and 'T-Mobile's "
        "announcement today' and 'BlackBerry's announcement of the device making its way to Canada' nouns (not "
        "listed). The press release: 'T-Mobile today announced' and its agentless 'will be added' (as ecb52dev's "
        "ecb_42_2), 'can visit' an ability (not listed), 'will be shared at a later date' an agentless speech act to "
        "come (will)."), [
        event("T-Mobile Confirms it Will Carry", "Confirms", TM, "confirm", "it Will Carry BlackBerry Q10", kind=S),
        event("T-Mobile Confirms it Will Carry", "Carry", TM, "carry", "BlackBerry Q10", mod="will", rep=TM),
        event("T-Mobile has announced", "announced", TM, "announce",
              "that it will be carrying the keyboard touting Q10", kind=S),
        event("T-Mobile has announced", "carrying", TM, "carry", "the keyboard touting Q10", mod="will", rep=TM),
        event("T-Mobile has announced", "starting", "pre-registration", "start", None, mod="will", rep=TM),
        event("this e-mail assures us", "carrying", TM, "carry", "the Q10", mod="will", rep="this e-mail"),
        event("The Q10 has been previously rumored", "rumored", None, "rumor",
              "The Q10 to be released sometime in May", kind=ST),
        event("The Q10 has been previously rumored", "released", None, "release", "The Q10", mod="will"),
        event("T-Mobile today announced", "announced", TM, "announce",
              "that the BlackBerry Q10 will be added to its growing 4G LTE smartphone portfolio", kind=S),
        event("T-Mobile today announced", "added", None, "add", "the BlackBerry Q10", mod="will", rep=TM),
        event("Additional details, including", "shared", None, "share",
              "Additional details, including availability and pricing", mod="will", kind=S),
    ]),
    "ecb_6_8.txt": (doc(
        "rollingstone.com (no date in the manifest): Gary Ross will not direct the second Hunger Games film, "
        "Catching Fire (film)",
        "published is null; 'in November of 2013' names a month with its year (dated 2013-11). The headline is a "
        "negated act to come (will, as ecb52dev's 'Ellen DeGeneres To Host Oscars'); the subheadline 'Filmmaker says "
        "he cannot commit to production schedule' is a said with an inability as its content (not listed, as "
        "ecb52dev's abilities). 'will not helm the adaptation of Catching Fire ..., the Los Angeles Times reports' is "
        "listed reported by the Los Angeles Times; 'Ross was in negotiations to direct the sequel' is a copula (a "
        "state, not listed), 'but was not able to come to an agreement over scheduling and compensation' a negated "
        "act (as ecb52dev's 'never recovered'), reported by 'the newspaper's sources' (written 'the Los Angeles "
        "Times' sources'). Ross's two statements in quotation marks and their 'said' are not listed; 'The director "
        "denied reports that his talks ... hit a snag' lists the denial (a speech act), not what it denies; 'is "
        "scheduled to hit theaters in November of 2013' a scheduled act (will, as ecb52dev's 'is scheduled to be "
        "sentenced'), 'allowing the studio and creators a limited window to prepare before production would need to "
        "begin' a consequence and a conditional (not listed)."), [
        event("Gary Ross Will Not Direct", "Direct", GR, "direct", "'Hunger Games' Sequel", neg=True, mod="will"),
        event("Hunger Games director Gary Ross", "helm", GR, "helm",
              "the adaptation of Catching Fire, the second book in Suzanne Collins' trilogy", neg=True, mod="will",
              rep="the Los Angeles Times"),
        event("According to the newspaper's sources", "come", GR, "come to",
              "an agreement over scheduling and compensation", neg=True, rep="the Los Angeles Times' sources"),
        event("The director denied reports", "denied", GR, "deny",
              "reports that his talks with the studio, Lionsgate, hit a snag", kind=S),
        event("The second film in the Hunger Games trilogy", "hit", "The second film in the Hunger Games trilogy",
              "hit", "theaters", mod="will", date="2013-11"),
    ]),
    "ecb_7_5.txt": (doc(
        "badlefthook.com (SB Nation), Saturday 2012-07-07: Wladimir Klitschko stops Tony Thompson in the sixth round "
        "to keep his heavyweight titles (boxing, with the writer's comment)",
        "'on Jul 7 2012, 5: 55p' is furniture. The headline's 'Cruises' and 'Wins' are both listed (a headline's two "
        "verbs, as ecb52dev's 'stops' and 'retain'). 'Klitschko', 'Wladimir' are written 'Wladimir Klitschko'; "
        "'Thompson', 'He', 'the 40-year-old American', '\"The Tiger\"' (a nickname in quotation marks, not a "
        "quotation) 'Tony Thompson'. 'won his 16th straight fight today' (= 2012-07-07) dates the win and its "
        "participles 'defending' and 'stopping'; 'a fight that was never really close' is a judgement. 'bombed "
        "Thompson ...' and 'putting him down' are the fight's narration (undated); 'That Thompson got up' lists the "
        "getting up, 'spoke a lot about his desire' a judgement, 'the fight essentially ended there' the writer's "
        "reading (not an ending; not listed); 'survived the round' is listed, 'appeared mentally beaten and looking "
        "for a way out' an impression; 'went down again' and the referee's 'stopped it' (object written 'the "
        "fight') are listed; 'had beaten Thompson back in 2008' (2008) with its participles 'dominating that fight' "
        "and 'knocking \"The Tiger\" out' are background. From line 17 on the article is the writer's comparison "
        "and opinion ('didn't have a shot', 'looked old', 'gave Klitschko some moments of slight discomfort' a "
        "judgement of the fight, 'I just feel', 'We're running rerun bouts', 'I've grown tired', 'I'd personally "
        "prefer'): no event."), [
        event("Wladimir Klitschko Cruises Again", "Cruises", WK, "cruise", None),
        event("Wladimir Klitschko Cruises Again", "Wins", WK, "win", None),
        event("Wladimir Klitschko won his 16th straight fight", "won", WK, "win", "his 16th straight fight",
              date="2012-07-07"),
        event("Wladimir Klitschko won his 16th straight fight", "defending", WK, "defend",
              "the WBA, WBO, and IBF heavyweight titles", date="2012-07-07"),
        event("Wladimir Klitschko won his 16th straight fight", "stopping", WK, "stop", TT, date="2012-07-07"),
        event("bombed Thompson with a vicious right hand", "bombed", WK, "bomb", TT),
        event("bombed Thompson with a vicious right hand", "putting", WK, "put down", TT),
        event("That Thompson got up", "got", TT, "get up", None),
        event("He survived the round", "survived", TT, "survive", "the round"),
        event("He went down again", "went", TT, "go down", None),
        event("He went down again", "stopped", "Sam Williams", "stop", "the fight"),
        event("Klitschko had beaten Thompson", "beaten", WK, "beat", TT, kind=B, date="2008"),
        event("Klitschko had beaten Thompson", "dominating", WK, "dominate", "that fight", kind=B, date="2008"),
        event("Klitschko had beaten Thompson", "knocking", WK, "knock out", TT, kind=B, date="2008"),
    ]),
    "ecb_27_1.txt": (doc(
        "bbc.co.uk, Wednesday 2013-09-18: Microsoft releases a temporary fix for a 'zero-day' Internet Explorer bug "
        "(technology, security)",
        "'18 September 2013 Last updated at 13:59 GMT' is furniture. The headline's release and 'has released a "
        "temporary patch' (undated) are listed, 'to fix a \"zero-day\" ... vulnerability' a purpose (not listed). "
        "'The software giant said the bug ... could affect all versions' and 'Attackers could set up websites ..., "
        "Microsoft said, and then run malicious code' are possibilities (a said with a could as content, not "
        "listed, as ewt-events-dev's conditionals); 'Targeted attacks ... had already been reported, it said' lists "
        "the agentless report (a speech act, reported by Microsoft). Dana Tamir's quotations and their 'told the "
        "BBC', 'said' are not listed. Dustin Childs's 'advised concerned users to set ...' and 'recommended "
        "changing IE settings' are speech acts (the quoted \"high\" is a setting's name); 'doing this \"may affect "
        "usability\", he said' is a partial quotation, and 'so users should add sites they trust ... to the IE "
        "trusted sites zone' a requested act (should, reported by Dustin Childs, as blind48's 'recommended "
        "residents avoid'). 'applies only to 32-bit versions of IE' is a state; 'It is not being rolled out "
        "automatically' a negated agentless act reported by Microsoft, 'is not intended to be a replacement' a state. "
        "'Last week' (the week's Monday, 2013-09-09) dates the admission; its content's forcing (agentless), "
        "rewriting (Microsoft) and the updates' earlier issuing (background, a time clause telling an act told "
        "nowhere else) are reported by Microsoft and undated; 'Customers had reported receiving repeated demands' "
        "lists the report and the receiving (reported by customers)."), [
        event("Microsoft releases fix", "releases", MS, "release", "fix for 'zero-day' IE browser bug"),
        event("Microsoft has released a temporary patch", "released", MS, "release", "a temporary patch"),
        event("Targeted attacks directed at IE8", "reported", None, "report",
              "Targeted attacks directed at IE8 and 9", kind=S, rep=MS),
        event("Microsoft's Dustin Childs advised", "advised", DC, "advise",
              'concerned users to set internet and local security zone settings to "high" to block ActiveX '
              'controls and active scripting', kind=S),
        event("He also recommended changing", "recommended", DC, "recommend",
              "changing IE settings to prompt users before running active scripting", kind=S),
        event("so users should add sites", "add", "users", "add", "sites they trust", mod="should", rep=DC),
        event("It is not being rolled out", "rolled", None, "roll out", "Microsoft's Fix It patch", neg=True,
              rep=MS),
        event("Last week, Microsoft admitted", "admitted", MS, "admit",
              "that it had been forced to rewrite four of its security updates just three days after they had been "
              "issued", kind=S, date="2013-09-09"),
        event("Last week, Microsoft admitted", "forced", None, "force", MS, rep=MS),
        event("Last week, Microsoft admitted", "rewrite", MS, "rewrite", "four of its security updates", rep=MS),
        event("Last week, Microsoft admitted", "issued", None, "issue", "four of its security updates", kind=B,
              rep=MS),
        event("Customers had reported receiving", "reported", "Customers", "report",
              "receiving repeated demands to install the updates", kind=S),
        event("Customers had reported receiving", "receiving", "Customers", "receive",
              "repeated demands to install the updates", rep="Customers"),
    ]),
    "ecb_13_6.txt": (doc(
        "articles.ktuu.com, Tuesday 2012-08-07: the old Matanuska Maid dairy building in Palmer, Alaska, burns down "
        "(local news, fire)",
        "'August 07, 2012' is furniture. The headline's 'Burns Down' is listed; 'was nearly destroyed by a fire early "
        "Tuesday morning' (= 2012-08-07) is turned back (the fire as subject), reported by Palmer officials; John "
        "Owen's 'says' only introduces 'dispatchers got a call shortly after 3:30 a.m. Tuesday' (listed, 2012-08-07, "
        "reported by John Owen; its content 'the vacated building was on fire' a state). 'Crews arrived to find "
        "flames completely engulfing the structure' lists the arrival, the result infinitive 'to find' and what was "
        "found (as ecb52dev's 'noticed' and 'approaching'); 'responded to the blaze, using at least two ladder "
        "trucks' the response and its participle (\"a number\" is a quoted figure, not a speaker's words); 'The fire "
        "was extinguished by 7 a.m.' is an agentless passive and 'after fire crews attacked it' an act of its own; "
        "the narration of the lead's day is not dated. 'Owen says the building will likely be a total loss' is a "
        "guess; 'No one was believed to be inside' a belief about a state; 'the fire marshal had been called' an "
        "agentless act, 'to investigate' its purpose (not listed)."), [
        event("Matanuska Maid Dairy Building Burns Down", "Burns", "Matanuska Maid Dairy Building", "burn down",
              None),
        event("The old Matanuska Maid dairy building in Palmer was nearly destroyed", "destroyed", "a fire",
              "destroy", "The old Matanuska Maid dairy building in Palmer", rep="Palmer officials",
              date="2012-08-07"),
        event("says dispatchers got a call", "got", "dispatchers", "get",
              "a call", rep="John Owen",
              date="2012-08-07"),
        event("Crews arrived to find", "arrived", "Crews", "arrive", None),
        event("Crews arrived to find", "find", "Crews", "find", "flames completely engulfing the structure"),
        event("Crews arrived to find", "engulfing", "flames", "engulf", "the structure"),
        event("Crews from both Palmer Fire", "responded", "Crews from both Palmer Fire and the Mat-Su Central Fire "
              "Department", "respond", "to the blaze"),
        event("Crews from both Palmer Fire", "using", "Crews from both Palmer Fire and the Mat-Su Central Fire "
              "Department", "use", 'at least two ladder trucks as well as "a number" of other apparatus'),
        event("The fire was extinguished", "extinguished", None, "extinguish", "The fire"),
        event("The fire was extinguished", "attacked", "fire crews", "attack", "The fire"),
        event("No one was believed", "called", None, "call", "the fire marshal"),
    ]),
    "ecb_11_3.txt": (doc(
        "centralasiaonline.com, Thursday 2013-09-26: Turkmenistan's parliamentary election will have two parties "
        "for the first time (politics)",
        "'2013-09-26' under the headline is furniture. The headline 'Turkmen election to have 2 parties' is a state to "
        "come (not listed), as is 'its parliamentary elections will have two parties', whose 'ITAR-TASS reported "
        "September 26' only introduces a state (not listed, as pud49dev's said-like verbs with a state as content) "
        "and 'citing the country's Central Election and Referendum Commission' names its source (not listed). '– "
        "founded in 2012–' is an agentless act (background, 2012); 'will be seeking seats in the December 15 "
        "election' an act to come (will; the date names the election, not the seeking: undated). 'Parliament has "
        "125 seats' and 'parliament has one PPPT member' are states; 'The campaign starts October 5, according to "
        "TsKVPR' a scheduled start (will, 2013-10-05, reported by the commission, fullest name 'the country's "
        "Central Election and Referendum Commission'); 'who won a vacated seat in Akhal Oblast in June' a "
        "background act (2013-06)."), [
        event("the Party of Industrialists and Entrepreneurs (PPPT)", "founded", None, "found", PPPT, kind=B,
              date="2012"),
        event("the Party of Industrialists and Entrepreneurs (PPPT)", "seeking", PPPT, "seek",
              "seats in the December 15 election", mod="will"),
        event("The campaign starts October 5", "starts", "The campaign", "start", None, mod="will",
              rep="the country's Central Election and Referendum Commission", date="2013-10-05"),
        event("who won a vacated seat", "won", "one PPPT member", "win", "a vacated seat in Akhal Oblast", kind=B,
              date="2013-06"),
    ]),
    "ecb_8_7.txt": (doc(
        "abc.net.au, 'Updated Thu 6 May 2010' (the manifest's date, 2010-05-06; the riots were on 5 May, the "
        "article's address says 2010-05-05): three people die when protesters set fire to a bank in Athens during a "
        "general strike; Angela Merkel defends the Greek bailout in Berlin (Europe, economy)",
        "The update line is furniture. 'today' resolves to the manifest's date, 2010-05-06, as the rule says, "
        "though the day told is the 5th. The headline's 'torch' is listed ('3 dead' has no verb). 'Three people died "
        "in a burning bank' and 'as tens of thousands of protesters took to the streets' are both listed ('during "
        "a general strike over ... planned spending cuts' nouns); 'tried to storm parliament' lists the attempt "
        "(object the infinitive, as ecb52dev's 'tried to flee'), 'others threw petrol bombs' and 'torched "
        "buildings' are listed with subject 'others'; 'A petrol bomb hurled at ...' lists the agentless hurling and "
        "the killing ('who were caught in the resulting inferno' a state: trapped). Line 11 is a generality; "
        "'looked out from his parliamentary office' and 'saw exactly how angry they were' are listed (a perception, "
        "as ecb52dev's 'noticed'). Papandreou's and Varoufakis's quotations and their 'said' are not listed; 'did "
        "not go to work today' is a negated act (2010-05-06), 'rode his bicycle into the city' an act ('to survey' "
        "its purpose, not listed); 'blames angry youths for the violence and deaths' is a stance; 'says there is "
        "\"a very deep sense of injustice\"' a said with a state. 'As Athens burned' tells the riots again in a "
        "subordinate clause (not listed again); 'many in Berlin were still fuming about having to foot most of the "
        "bill' is a stance (as ecb52dev's 'mourn'); 'addressed parliament' a speech act and 'raising her voice' an "
        "act; 'Approval ratings ... have dropped six points' a figure's change told as an act (as 'coverage had "
        "risen to 55 percent'), 'since the aid package for Greece was announced' an agentless background act; "
        "'Ms Merkel might pay a higher political price' is a guess, its when-clause with it."), [
        event("3 dead after protesters torch", "torch", "protesters", "torch", "Greek bank"),
        event("Three people died in a burning bank", "died", "Three people", "die", None),
        event("Three people died in a burning bank", "took", "tens of thousands of protesters", "take to",
              "the streets of Athens"),
        event("Some protesters tried to storm", "tried", "Some protesters", "try", "to storm parliament"),
        event("Some protesters tried to storm", "threw", "others", "throw", "petrol bombs at police"),
        event("Some protesters tried to storm", "torched", "others", "torch", "buildings"),
        event("A petrol bomb hurled", "hurled", None, "hurl", "A petrol bomb"),
        event("A petrol bomb hurled", "killed", "A petrol bomb hurled at an Athens branch of the Marfin Investment "
              "Bank", "kill", "two women and a man"),
        event("As the Greek prime minister George Papandreou", "looked", "George Papandreou", "look out", None),
        event("As the Greek prime minister George Papandreou", "saw", "George Papandreou", "see",
              "exactly how angry they were"),
        event("did not go to work today", "go", YV, "go", "to work", neg=True, date="2010-05-06"),
        event("But he rode his bicycle", "rode", YV, "ride", "his bicycle"),
        event("Professor Varoufakis blames angry youths", "blames", YV, "blame",
              "angry youths for the violence and deaths", kind=ST),
        event("many in Berlin were still fuming", "fuming", "many in Berlin", "fume",
              "about having to foot most of the bill for Greek profligacy", kind=ST),
        event("German Chancellor Angela Merkel addressed", "addressed", "Angela Merkel", "address", "parliament",
              kind=S),
        event("German Chancellor Angela Merkel addressed", "raising", "Angela Merkel", "raise", "her voice"),
        event("Approval ratings for the chancellor", "dropped", "Approval ratings for the chancellor", "drop",
              "six points"),
        event("Approval ratings for the chancellor", "announced", None, "announce", "the aid package for Greece",
              kind=B),
    ]),
}


def main() -> int:
    from gold_writer import write_event_gold

    manifest = (CORPUS / "MANIFEST.tsv").read_text(encoding="utf-8").splitlines()
    expected = [row.split("\t")[0] for row in manifest[1:] if row.split("\t")[-1] == "dev3"]
    assert list(DOCS) == expected, (list(DOCS), expected)
    total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=CORPUS, outlet=None)
    print(len(DOCS), "articles,", total, "events")
    return total


if __name__ == "__main__":
    main()
