"""Round ewt50dev: an event gold on blog and newsgroup posts of 2003-2006 that repost or discuss news of other outlets
(UD English EWT's weblogs and newsgroups, the dev half of ``ewt_corpus.half("dev")``: the 2nd, 4th, … news document of
``tests/data/gold/uner-ewt-news-dev/en_ewt-ud-news-dev.iob2``), written to ``tests/data/gold/ewt-events-dev``.

The annotations below were made by reading every sentence of the 12 posts before any toolkit extraction was run on
them, in the conventions of the Wikinews event golds (``tests/data/gold/README.md``, ``bench/audit/blind48/README.md``,
``bench/audit/pud49/README-pud49dev.md``); the calls are in each post's ``about``. Offsets and checks come from
``bench/audit/gold_writer.py``. The texts are built from the iob2 file by ``ewt_corpus.write_corpus`` into a temporary
folder, so this runs from a clean checkout:

    PYTHONPATH=bench/audit .venv/bin/python bench/audit/ewt50/make_gold_ewt50dev.py

The posts are CC BY-SA 4.0 (Universal NER on UD English EWT); see the gold's ``texts/NOTICE``.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gold_writer import event  # noqa: E402

NAME = "ewt-events-dev"
SCRIPT = "bench/audit/ewt50/make_gold_ewt50dev.py"

# Said once here rather than in every file. A post's date is its id's (the manifest's); an event is dated where its
# own clause names a date expression ("Wednesday", "on April 3", "In 1998", "Last month"), resolved from the post's
# date; otherwise null (the narration of a lead's day in later sentences is not dated: the brief's rule). A reposted
# article's sentences are news like any other; everything inside quotation marks (a quoted article, a transcript, a
# statement) is not listed, nor the verb that only introduces it. The blogger's own opinions, guesses, conditionals,
# rhetorical questions and advice are no events; what the post reports as having happened is, with reported_by null
# unless the sentence cites someone. The blogger's acts about the blog or his reading ("I had to go to the BBC for this
# report", "I read an Article in Time magazine", "I'll post highlights") are no events; post furniture (a URL line, an
# outlet line, a photo credit, an "Email:" line, "Posted by ...", "More below.", a link plea) carries none.
COMMON = ("Blog or newsgroup post (UD English EWT); dated where the event's own clause names a date expression, "
          "resolved from the post's date, otherwise null; quotations, the blogger's opinions, guesses, conditionals "
          "and rhetorical questions, his acts about the blog, and post furniture are not listed.")


def doc(summary: str, calls: str = "") -> str:
    return f"{summary}. {COMMON}" + (f" {calls}" if calls else "")


A, S, ST, B = "action", "speech act", "stance", "background"
# The opening sentence of the Hamdan post, which the writer's splitter would cut after "Hamdan v.".
HAMDAN = ("The Supreme Court announced its ruling", "a 5-3 decision that is 185 pages long.")

DOCS = {
    "ewt_hiddennook_20041226.txt": (doc(
        "Hidden Nook, Sunday 2004-12-26: Mahmoud Abbas's demands and pledges in his campaign, from an AP story on "
        "Seattlepi.com with its photo caption (Middle East politics, commentary)",
        "The URL line, the photo credit 'AP Photo/Nasser Nasser' and 'Posted by' are furniture. 'on the Seattlepi.com "
        "(see source link) ... Abbas has demanded' cites the outlet as 'according to' does (reported_by "
        "'Seattlepi.com'); the demand's clause 'that Israel leave all the land' is a requested act (should, reported "
        "by Abbas, as blind48's demand 'that the government cease'), 'that it occupies' and 'which includes East "
        "Jerusalem' are states. 'One thing is certain', the 'If Abbas keeps up ...' prediction, 'It seems that ...', "
        "'I can say that this new political voice is threatening ...' and the closing conditional are the blogger's "
        "opinions; 'Having personally visited the West Bank and Israel' is the blogger's own aside (not news, not "
        "listed). The photo caption reports: 'Abbas talks during his first official campaign speech ..., Saturday "
        "Dec. 25, 2004' is a speech act dated 2004-12-25 ('the upcoming Jan. 9, 2005 presidential election' is a "
        "noun's date). 'Cloaking himself in Yasser Arafat's legacy' is the manner of the pledge (not listed); the two "
        "'pledged' are speech acts, undated (no date expression in their clauses). 'He is already demanding claims "
        "that Israel said no ...' (garbled) lists Abbas's demand as a speech act, not the claim's content. 'Listing "
        "his priorities, Abbas told supporters ... that he was determined to provide security ... and continue the "
        "struggle' lists the telling as a speech act (its content a commitment, as a pledge; 'Listing' tells the same "
        "speech, not listed again). 'called the refugee issue \"very important and very dangerous.\"' is a speech act "
        "(as events-dev34's 'She described him as'). 'Abbas' is written 'Mahmoud Abbas'."), [
        event("Mahmoud Abbas has demanded", "demanded", "Mahmoud Abbas", "demand",
              "that Israel leave all the land that it occupies before the 1967 border", rep="Seattlepi.com", kind=S),
        event("Mahmoud Abbas has demanded", "leave", "Israel", "leave",
              "all the land that it occupies before the 1967 border", mod="should", rep="Mahmoud Abbas"),
        event("Mahmoud Abbas talks during", "talks", "Mahmoud Abbas", "talk",
              "during his first official campaign speech in the West Bank town of Ramallah", kind=S,
              date="2004-12-25"),
        event("Abbas pledged to fulfill", "pledged", "Mahmoud Abbas", "pledge",
              "to fulfill Palestinian dreams of statehood", kind=S),
        event("He is already demanding claims", "demanding", "Mahmoud Abbas", "demand",
              "claims that Israel said no to not only the world, but to Arafat himself", kind=S),
        event("Abbas told supporters", "told", "Mahmoud Abbas", "tell", "supporters of the ruling Fatah party",
              kind=S),
        event("Abbas also pledged to resolve", "pledged", "Mahmoud Abbas", "pledge",
              "to resolve the problem of millions of Palestinian refugees and their descendants", kind=S),
        event("called the refugee issue", "called", "Mahmoud Abbas", "call", "the refugee issue", kind=S),
    ]),
    "ewt_marketplace_20050922.txt": (doc(
        "marketplace newsgroup, Thursday 2005-09-22: crude-oil prices rise as Hurricane Rita threatens the Gulf of "
        "Mexico (an AFP-style market report reposted, business)",
        "'rose Wednesday' = 2005-09-21, 'on Tuesday' = 2005-09-20 (Rita brushing the Keys), 'Last month' = 2005-08 "
        "(Katrina); the other rows are undated (no expression in their clauses). Price moves ('rose', 'advanced') are "
        "listed as acts of the price or contract; 'to close at 66.80 dollars' is the move's figure (not listed, as "
        "blind48's 'totaling 365 seats'). 'threatened to disrupt oil production' and 'The storm threatened oil "
        "installations' are listed (a main clause each; 'The storm' written 'Hurricane Rita'); 'now a Category 5 "
        "storm' and 'packed winds of about 240 kilometers an hour' are states; 'as it headed across the Gulf' a time "
        "clause that tells an act; 'said Rita was \"extremely dangerous\" and could become a top-level category five "
        "storm' lists the becoming (could, reported by the Center), the quoted words not; 'where ... operations are "
        "based' a state; 'kept global markets on tenterhooks' a state kept (not listed); 'Valero said it was "
        "reducing rates' gives the reduction reported by Valero. The last line (a link plea) is furniture."), [
        event("Crude-oil prices rose Wednesday", "rose", "Crude-oil prices", "rise", None, date="2005-09-21"),
        event("Crude-oil prices rose Wednesday", "threatened", "Hurricane Rita", "threaten",
              "to disrupt oil production in the Gulf of Mexico"),
        event("New York's main contract", "rose", "New York's main contract", "rise", "60 cents"),
        event("the price of Brent North Sea crude", "advanced", "the price of Brent North Sea crude for November "
              "delivery", "advance", "53 cents"),
        event("After brushing the Florida Keys", "brushing", "Hurricane Rita", "brush", "the Florida Keys islands",
              date="2005-09-20"),
        event("After brushing the Florida Keys", "headed", "Hurricane Rita", "head", "across the Gulf of Mexico"),
        event("The US National Hurricane Center said", "become", "Hurricane Rita", "become",
              "a top-level category five storm on the Saffir-Simpson scale", mod="could",
              rep="The US National Hurricane Center"),
        event("The storm threatened oil installations", "threatened", "Hurricane Rita", "threaten",
              "oil installations in the Gulf of Mexico"),
        event("Oil companies evacuated", "evacuated", "Oil companies", "evacuate", "offshore facilities"),
        event("BP shut its", "shut", "BP", "shut", "its 460,000 barrels per day refinery"),
        event("BP shut its", "shut", "Marathon", "shut", "its 72,000 bpd plant", nth=2),
        event("Valero said it was reducing", "reducing", "Valero", "reduce",
              "rates at its 243,000 bpd Texas City refinery and its 85,000 bpd Houston refinery", rep="Valero"),
        event("Exxon Mobil released", "released", "Exxon Mobil", "release",
              "nonessential staff from two giant Texas plants"),
        event("Katrina devastated refineries", "devastated", "Katrina", "devastate",
              "refineries in Louisiana and Mississippi", kind=B, date="2005-08"),
        event("Katrina devastated refineries", "sent", "Katrina", "send",
              "prices to a record high of 70.85 dollars a barrel", kind=B, date="2005-08"),
    ]),
    "ewt_gettingpolitical_20030906.txt": (doc(
        "gettingpolitical newsgroup, Saturday 2003-09-06: an Israeli air strike on the sheikh who founded Hamas "
        "(a short comment, Middle East conflict)",
        "'has been attacked with a F-16-launched bomb' is agentless (undated: 'Today's incident' is in another "
        "sentence); 'since he founded ... Hamas' tells the founding (background; the post never names the sheikh, so "
        "he is written 'The sheikh in wheel-chair'), 'he is the spiritual leader' a copula; 'He could be killed "
        "years ago ... but they didn't' is the blogger's counterfactual, 'Today's incident proves that Sharon has "
        "lost his patience' his inference, 'I suppose there will be a wave' his guess (none listed)."), [
        event("The sheikh in wheel-chair has been attacked", "attacked", None, "attack",
              "The sheikh in wheel-chair"),
        event("since he founded", "founded", "The sheikh in wheel-chair", "found", "Hamas", kind=B),
    ]),
    "ewt_tacitusproject_20040712.txt": (doc(
        "The Tacitus Project, Monday 2004-07-12: Bush's answer on his memoirs, from Dan Froomkin's 'White House "
        "Briefing' column in the Washington Post (US politics, commentary)",
        "The transcript, from '\"Q Thank you' to '(Applause.)\"', is inside quotation marks (each paragraph opens "
        "with a mark, the last closes it): nothing in it is listed. 'Though I am loathe to quote ...' is the blogger's "
        "act about the blog; 'one of the questions was about whether Bush has any thoughts' a copula; 'This is one "
        "example of what happens when Bush gets a question' a generic habit; 'Now that's a rambling response' an "
        "opinion; 'Did he forget that he already has a memoir ...?' a rhetorical question; 'That was the name of his "
        "\"autobiography\" -- ghost-written by adviser Karen Hughes in 1999' lists the writing (a passive participle "
        "turned back, background, dated 1999; 'autobiography' in scare quotes is no quotation)."), [
        event("ghost-written by adviser Karen Hughes", "written", "Karen Hughes", "ghost-write",
              "his \"autobiography\"", kind=B, date="1999"),
    ]),
    "ewt_juancole_20040404.txt": (doc(
        "Juan Cole's Informed Comment, Sunday 2004-04-04: the CPA's confrontation with Muqtada al-Sadr (Iraq, "
        "commentary citing AP, the Asian Times and the Washington Post)",
        "The opening judgement, the three questions ('How did the CPA get to the point ...?', 'Where it risks ...?', "
        "'At a time when ...?'), 'who provoked it and why?' and 'Why were they suddenly acted on Saturday?' are the "
        "blogger's opinion and rhetorical questions, not listed (the brief's example), nor what they presuppose; 'The "
        "Coalition decision to provoke a fight' is a noun. 'One answer is that the Pentagon prevented the State "
        "Department from running the CPA' is listed (the brief's example). 'State is the body', 'only know how to "
        "blow things up', 'have all sorts of ulterior motives', 'helps explain the extreme incompetence', 'I have "
        "long been a trenchant critic', 'they haven't been up to anything extraordinary' and 'This is either gross "
        "incompetence' are states, habits and opinions. 'staffed the CPA with Neoconservatives' and 'They actively "
        "excluded' are listed ('They' written 'Rumsfeld, Wolfowitz and Feith'); 'have a few experienced State "
        "Department Arabists been allowed in' is agentless, 'to try to begin mopping up' a purpose. 'admitted on "
        "Sept. 10, 2002, that the ulterior motive ... was to \"protect Israel,\" according to the Asian Times' lists "
        "the admission (a speech act, as pud49dev's 'warn' and 'claim'; dated 2002-09-10, reported by the Asian "
        "Times). 'Someone in the CPA sat down and thought up ways to stir them up' is the blogger's sarcastic guess at "
        "a motive (not listed), but the three by-gerunds tell what was done ('closing their newspaper', 'issuing 28 "
        "arrest warrants', 'taking in people like Yaqubi'; subject 'Someone in the CPA', as pud49dev's 'someone "
        "firebombed'). 'I keep revising this posting' is an act about the blog. 'on April 2 AP reported of Muqtada:' "
        "only introduces the quoted AP passage, in single quotation marks from \"' A radical\" to \"phrase. '\" "
        "(nothing in it listed). 'on April 3 his chief aide in Najaf was suddenly arrested' is agentless, dated "
        "2004-04-03; 'the Coalition forces are put into violent conflict' agentless (its conjunct names no date); "
        "'which leaves 7 US soldiers dead' a relative that tells the result (as events-dev's 'The first attack left "
        "at least 42 people dead'). 'Anthony Shadid of the Washington Post reveals that the warrants ... had been "
        "issued months be for' lists the revealing and the agentless issuing reported by Shadid (as pud49dev's "
        "'Analysis revealed that')."), [
        event("One answer is that the Pentagon", "prevented", "the Pentagon", "prevent",
              "the State Department from running the CPA", kind=B),
        event("Rumsfeld, Wolfowitz and Feith staffed", "staffed", "Rumsfeld, Wolfowitz and Feith", "staff",
              "the CPA with Neoconservatives", kind=B),
        event("They actively excluded", "excluded", "Rumsfeld, Wolfowitz and Feith", "exclude",
              "State Department Iraq hands like Tom Warrick", kind=B),
        event("Only recently have a few", "allowed", None, "allow",
              "a few experienced State Department Arabists"),
        event("Philip Zelikow, who is close", "admitted", "Philip Zelikow", "admit",
              "that the ulterior motive of the Bush administration for the Iraq War was to \"protect Israel,\"",
              rep="Asian Times", kind=S, date="2002-09-10"),
        event("Someone in the CPA sat down", "closing", "Someone in the CPA", "close", "their newspaper"),
        event("Someone in the CPA sat down", "issuing", "Someone in the CPA", "issue", "28 arrest warrants"),
        event("Someone in the CPA sat down", "taking", "Someone in the CPA", "take in", "people like Yaqubi"),
        event("his chief aide in Najaf was suddenly arrested", "arrested", None, "arrest",
              "his chief aide in Najaf", date="2004-04-03"),
        event("his chief aide in Najaf was suddenly arrested", "put", None, "put",
              "the Coalition forces into violent conflict with his organization"),
        event("his chief aide in Najaf was suddenly arrested", "leaves", "violent conflict with his organization",
              "leave", "7 US soldiers dead"),
        event("Anthony Shadid of the Washington Post reveals", "reveals", "Anthony Shadid", "reveal",
              "that the warrants for the arrests had been issued months be for", kind=S),
        event("Anthony Shadid of the Washington Post reveals", "issued", None, "issue",
              "the warrants for the arrests", rep="Anthony Shadid", kind=B),
    ]),
    "ewt_CognitiveScienceNews_20050828.txt": (doc(
        "Cognitive Science News, Sunday 2005-08-28: a Yale School of Medicine study on inhibitory systems in the "
        "cortex (a press release quoted, science)",
        "The 'Email:' line and 'Posted by' are furniture; the headline 'Inhibitory Systems Control the Pattern of "
        "Activity in the Cortex' states a standing finding (not listed); the two sentences of the release are inside "
        "quotation marks (not listed). No event."), []),
    "ewt_IndiaNewsWindow_20051113.txt": (doc(
        "India News Window, Sunday 2005-11-13: police in Delhi arrest a suspect of the October bomb blasts (a BBC "
        "report reposted, crime)",
        "The headline 'Key Delhi blast suspect arrested' is listed (agentless; a headline is a sentence of its own, "
        "and an act told again in a main clause is listed again, as events-dev29's 'erupted'); 'Police in the "
        "Indian capital Delhi say they have arrested' gives the arrest reported by the police ('they' written as the "
        "police); 'last month's deadly bomb blasts' is a noun's date (the arrest undated); 'named the man as Tariq "
        "Ahmed Dar' is a speech act; 'said police were hunting for four accomplices' gives the hunt reported by KK "
        "Paul; 'He said Mr Dar, 33, was arrested in Indian-administered Kashmir' the agentless arrest again, reported "
        "by KK Paul, and 'belonged to the outlawed Lashkar-e-Toiba militant group' a state (not listed). The last "
        "line, 'The India Diaries', is furniture."), [
        event("Key Delhi blast suspect arrested", "arrested", None, "arrest", "Key Delhi blast suspect"),
        event("Police in the Indian capital Delhi say", "arrested", "Police in the Indian capital Delhi", "arrest",
              "the suspected co-ordinator and financier of last month's deadly bomb blasts in the city",
              rep="Police in the Indian capital Delhi"),
        event("Delhi police chief KK Paul named", "named", "KK Paul", "name", "the man as Tariq Ahmed Dar", kind=S),
        event("Delhi police chief KK Paul named", "hunting", "Police in the Indian capital Delhi", "hunt",
              "for four accomplices", rep="KK Paul"),
        event("He said Mr Dar, 33", "arrested", None, "arrest", "Tariq Ahmed Dar", rep="KK Paul"),
    ]),
    "ewt_hiddennook_20050214.txt": (doc(
        "Hidden Nook, Monday 2005-02-14: Google offers to host Wikipedia's content, from ZDNet (technology, "
        "commentary)",
        "The URL line, 'Photo from Technology News', '(ZD Net)', 'More below.' and 'Posted by' are furniture. 'Wiki "
        "Media Foundation ... said Friday that search giant Google has volunteered to host some of its content' gives "
        "the offer (a speech act, as pud49dev's 'after offering to set up') reported by the foundation; 'Friday' "
        "dates the saying, not listed, so the row is undated. 'It looks like the war ... is quickly brewing', 'Google "
        "may be their next target', 'Google is probably making this move to counter ...', 'it looks like Google "
        "isn't opening it's mouth' and the last two sentences are the blogger's guesses and opinions; '(they took "
        "down Netscape, Suns Systems, MAC and IBM)' is what the post tells as having happened (Microsoft's, "
        "background, undated), 'Microsoft is 4-0' a copula. 'as Linux News reports:' only introduces the quotation "
        "(not listed)."), [
        event("Wiki Media Foundation, the group", "volunteered", "Google", "volunteer",
              "to host some of its content on company servers", rep="Wiki Media Foundation", kind=S),
        event("Microsoft is 4-0", "took", "Microsoft", "take down", "Netscape, Suns Systems, MAC and IBM", kind=B),
    ]),
    "ewt_aggressivevoicedaily_20060629.txt": (doc(
        "Aggressive Voice Daily, Thursday 2006-06-29: the Supreme Court's ruling in Hamdan v. Rumsfeld and its "
        "opinions (US law, commentary)",
        "'announced its ruling today' = 2006-06-29 (a speech act); the 'with' absolute tells two acts ('John Roberts "
        "abstaining', 'Anthony Kennedy joining the liberals'), undated (no expression in their clauses, as every "
        "later row: the narration of the day is undated by the brief's rule); 'divided along idelogical lines' and "
        "'that is 185 pages long' describe. 'The actual vote is a little confusing' is a copula, 'Stay with me now' "
        "the blogger's aside. Each 'delivered'/'filed' an opinion is a speech act and each 'in which ... joined' a "
        "relative that tells the justices' joining (an act); the objects name the opinion joined. A justice named "
        "fully elsewhere in the post is written so ('STEVENS' 'John Paul Stevens', a lone 'KENNEDY' 'Anthony "
        "Kennedy'); lists of justices are written as the post writes them. The last two sentences are the blogger's "
        "plans and opinion about the blog."), [
        event("The Supreme Court announced its ruling", "announced", "The Supreme Court", "announce",
              "its ruling in Hamdan v. Rumsfeld", kind=S, date="2006-06-29", sent=HAMDAN),
        event("The Supreme Court announced its ruling", "abstaining", "John Roberts", "abstain", None,
              sent=HAMDAN),
        event("The Supreme Court announced its ruling", "joining", "Anthony Kennedy", "join", "the liberals",
              sent=HAMDAN),
        event("John Paul STEVENS delivered", "delivered", "John Paul Stevens", "deliver",
              "the opinion of the Court with respect to Parts I through IV, VI through VI-D-iii, VI-D-v, and VII, and "
              "an opinion with respect to Parts V and VI-D-iv", kind=S),
        event("John Paul STEVENS delivered", "joined", "KENNEDY, SOUTER, GINSBURG, and BREYER", "join",
              "the opinion of the Court"),
        event("John Paul STEVENS delivered", "joined", "SOUTER, GINSBURG, and BREYER", "join",
              "an opinion with respect to Parts V and VI-D-iv", nth=2),
        event("BREYER filed a concurring opinion", "filed", "BREYER", "file", "a concurring opinion", kind=S),
        event("BREYER filed a concurring opinion", "joined", "KENNEDY, SOUTER, and GINSBURG", "join",
              "a concurring opinion"),
        event("KENNEDY filed an opinion concurring", "filed", "Anthony Kennedy", "file",
              "an opinion concurring in part", kind=S),
        event("KENNEDY filed an opinion concurring", "joined", "SOUTER, GINSBURG, and BREYER", "join",
              "an opinion concurring in part as to Parts I and II"),
        event("SCALIA filed a dissenting opinion", "filed", "SCALIA", "file", "a dissenting opinion", kind=S),
        event("SCALIA filed a dissenting opinion", "joined", "THOMAS and ALITO", "join", "a dissenting opinion"),
        event("THOMAS filed a dissenting opinion", "filed", "THOMAS", "file", "a dissenting opinion", kind=S),
        event("THOMAS filed a dissenting opinion", "joined", "SCALIA", "join", "a dissenting opinion"),
        event("THOMAS filed a dissenting opinion", "joined", "ALITO", "join",
              "a dissenting opinion as to all but Parts I, II-C-1, and III-B-2", nth=2),
        event("ALITO filed a dissenting opinion", "filed", "ALITO", "file", "a dissenting opinion", kind=S),
        event("ALITO filed a dissenting opinion", "joined", "SCALIA and THOMAS", "join",
              "a dissenting opinion as to Parts I through III"),
    ]),
    "ewt_grandpasgripes_20060413.txt": (doc(
        "Grandpa's Gripes, Thursday 2006-04-13: Iran's nuclear programme and its President (international "
        "politics, commentary)",
        "'Iran says it is creating nuclear energy' gives the creating reported by Iran ('without wanting nuclear "
        "weapons' a state); 'The United States doesn't believe the Iranian Government' is a negated stance (a "
        "judgement: a government's stated disbelief is listed, as events-dev29's 'plan'). 'One can suspect', 'there "
        "is no proof', 'They are certainly being nasty', 'Many people want to use diplomacy' (a standing wish), the "
        "questions and the last three sentences are the blogger's opinions, states and habits. 'I read an Article in "
        "Time magazine' is the blogger's reading (not listed), but 'an Article in Time magazine accusing the Iranian "
        "Government of being willing to start a nuclear war' lists the accusation (a judgement: a participle that "
        "tells a speech act of the article, where pud49dev's 'a message explaining why' only describes). 'The "
        "President' is Iran's President, not named in the post. 'has also said he would like to see Israel wiped "
        "off the map' gives his wish as a stance reported by him (the said not listed; 'would like' is a want, no "
        "modality), 'which he couldn't even begin to try' the blogger's opinion; 'has insisted that he wants nuclear "
        "power for peaceful purposes' lists the insisting (a speech act, as blind48's 'argued'), its content a "
        "standing want. 'One reader pointed out that the President watched the Americans in the embassy when they "
        "took them hostage' gives the watching and the hostage-taking reported by the reader (background; 'they' "
        "has no antecedent in the post and is written as written, as pud49dev); 'He has denied this' is a speech "
        "act."), [
        event("Iran says it is creating", "creating", "Iran", "create", "nuclear energy", rep="Iran"),
        event("The United States doesn't believe", "believe", "The United States", "believe",
              "the Iranian Government", neg=True, kind=ST),
        event("I read an Article in Time", "accusing", "an Article in Time magazine", "accuse",
              "the Iranian Government of being willing to start a nuclear war", kind=S),
        event("The President has also said", "like", "The President", "like",
              "to see Israel wiped off the map", rep="The President", kind=ST),
        event("But he has insisted", "insisted", "The President", "insist",
              "that he wants nuclear power for peaceful purposes", kind=S),
        event("One reader pointed out", "watched", "The President", "watch", "the Americans in the embassy",
              rep="One reader", kind=B),
        event("One reader pointed out", "took", "they", "take", "the Americans in the embassy hostage",
              rep="One reader", kind=B),
        event("He has denied this", "denied", "The President", "deny", "this", kind=S),
    ]),
    "ewt_tacitusproject_20040715.txt": (doc(
        "The Tacitus Project, Thursday 2004-07-15: Darfur pushed out of the US papers, from a BBC report (Africa, "
        "commentary)",
        "'Important news such as President Bush's miniscule calibrations ... has pushed Sudan ... out of the NY Times "
        "and Washington Post completely' is what the post tells as having happened (listed; the parenthetical "
        "'update' is opinion). 'I had to go to the BBC for this report' is the blogger's act about the blog; the "
        "'It's symptomatic ...' prediction, 'It's just disappointing', 'the political will ... seems to have ebbed' "
        "(a hedge) and the last sentence ('appears basically unchanged') are opinions; 'expressed a few short weeks "
        "ago' describes the will. 'At that time, UN Secretary General Kofi Annan demanded steps be taken' lists the "
        "demand and its requested clause (agentless, should, reported by Annan, as blind48's demand 'that the "
        "government cease'); 'At that time' = 'a few short weeks ago', no date. 'the violence continues' is a state. "
        "'The African Union is clearly not up to the task' is a copula, its participle 'pledging 300 troops' tells a "
        "speech act reported by the analysts ('according to analysts' covers the sentence); 'international donors "
        "have given only half of the relief aid' is reported by the local UN officials."), [
        event("Important news such as President Bush", "pushed",
              "Important news such as President Bush's miniscule calibrations on his marriage amendment/anti-gay",
              "push", "Sudan"),
        event("Kofi Annan demanded steps", "demanded", "Kofi Annan", "demand",
              "steps be taken to end the ethnic violence in Darfur within 48 hours", kind=S),
        event("Kofi Annan demanded steps", "taken", None, "take",
              "steps to end the ethnic violence in Darfur within 48 hours", mod="should", rep="Kofi Annan"),
        event("The African Union is clearly not", "pledging", "The African Union", "pledge",
              "300 troops to an area that will need 15,000", rep="analysts", kind=S),
        event("international donors have given", "given", "international donors", "give",
              "only half of the relief aid that Darfur needs", rep="the local UN officials"),
    ]),
    "ewt_juancole_20041018.txt": (doc(
        "Juan Cole's Informed Comment, Monday 2004-10-18: Zarqawi's group pledges allegiance to Osama bin Laden "
        "(terrorism, commentary)",
        "'the group allegedly declared, \"We announce ...\"' only introduces a quotation (the pledge itself is inside "
        "it: nothing listed); 'This pledge is a new development' a copula; 'are said to have been bitter rivals' a "
        "state. 'One witness at the Moutasaddiq trial in Germany alleged that Zarqawi had not allowed ...' lists the "
        "allegation (a speech act, as pud49dev's 'claim') and its negated content reported by the witness ('in the "
        "early zeroes of the 21st century' names no date; 'Zarqawi' written 'Abu Musab al-Zarqawi'). 'If the "
        "statement is true, it is a worrying sign that ... are being \"picked up\" by al-Qaeda' is a conditional "
        "judgement; 'This consolidation is obviously a result ...', 'It is a setback', 'It could notionally be "
        "expanded', 'my guess is that they were especially influenced', and every 'was'/'had'/'are oriented'/'does "
        "have' sentence are opinions, guesses, copulas and states. 'who pledged personal loyalty to Usamah Bin "
        "Laden' is a relative that tells a speech act (background); 'In 1998 they were joined by Egyptians' is "
        "turned back (background, 1998; 'they' written 'Al-Qaeda in Afghanistan'). 'have begun joining Monotheism and "
        "Holy War, and wearing its ... insignia' is one row, the aspect verb with its complement (as pud49dev's and "
        "the golds' 'began to stab'); 'These have been sighted' is agentless ('These' as written). 'There are "
        "hundreds of al-Qaeda members' is existential; in the last sentence 'can also be seen' is the blogger's, "
        "'that morphed into the Moroccan Islamic Combatant Group' and 'who met with September 11 ringleader Muhammad "
        "Atta' are relatives that tell acts (background), 'had members' and 'was in part responsible' states."), [
        event("One witness at the Moutasaddiq trial", "alleged", "One witness at the Moutasaddiq trial in Germany",
              "allege", "that Zarqawi had not allowed Monotheism and Holy War to share resources with al-Qaeda",
              kind=S),
        event("One witness at the Moutasaddiq trial", "allowed", "Abu Musab al-Zarqawi", "allow",
              "Monotheism and Holy War to share resources with al-Qaeda", neg=True,
              rep="One witness at the Moutasaddiq trial in Germany", kind=B),
        event("who pledged personal loyalty", "pledged", "a few hundred \"Afghan Arabs\"", "pledge",
              "personal loyalty to Usamah Bin Laden", kind=B),
        event("In 1998 they were joined", "joined", "Egyptians from the al-Jihad al-Islami group of Ayman "
              "al-Zawahiri", "join", "Al-Qaeda in Afghanistan", kind=B, date="1998"),
        event("have begun joining", "begun", "local Iraqi Sunni fundamentalists opposed to the US presence in Iraq",
              "begin", "joining Monotheism and Holy War, and wearing its distinctive orange and black insignia"),
        event("These have been sighted", "sighted", None, "sight", "These"),
        event("that morphed into", "morphed", "the Fizazi group in Tangiers", "morph",
              "into the Moroccan Islamic Combatant Group", kind=B),
        event("that morphed into", "met", "members of the Fizazi group in Tangiers", "meet",
              "with September 11 ringleader Muhammad Atta", kind=B),
    ]),
}


def main() -> int:
    import ewt_corpus
    from gold_writer import write_event_gold

    expected = ewt_corpus.half("dev")
    assert list(DOCS) == expected, sorted(set(DOCS) ^ set(expected))
    with tempfile.TemporaryDirectory() as tmp:
        ewt_corpus.write_corpus(Path(tmp))
        total = write_event_gold(NAME, DOCS, script=SCRIPT, corpus=Path(tmp), outlet=None)
    print(len(DOCS), "documents,", total, "events")
    return total


if __name__ == "__main__":
    main()
