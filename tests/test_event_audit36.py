"""Round events36: rules from an audit of eight White House press pages (bench/audit/events36.tsv).

"Its No Tax on Social Security provision provides $63 billion …": a "No" that opens a policy's name denies
nothing. "Its No Tax on Tips … provisions save … It makes the paid leave tax credit permanent": the "It" is
the bill "its" stands for, not the provision. "… by providing top tech talent focused on delivering …": the
talent is focused, GSA focuses on nothing. "… airfares, used and new cars, and apparel": no one used cars.
"Conyers co-founded the Congressional Black Caucus": the prefixed verb keeps its object. "accounts for newborns,
which could grow …": "which" stands for no people. "PBS show Sesame Street partnered with CNN": "show" is a noun
after the network's name, no report.

Real sentences of the White House texts (public domain), in /work/shared/corpora/whitehouse-2025, and of
Wikinews (CC BY 2.5, "Wikinews contributors, en.wikinews.org"), in /work/shared/corpora/wikinews-2019-2020.
"""

from __future__ import annotations

import datetime as dt

from conftest import events_of

# articles__2025-09-01-president-trump-is-delivering-for-american-workers.txt
WORKERS = dt.date(2025, 9, 1)
BILL = ("President Trump passed the One Big Beautiful Bill — the most pro-American worker legislation in modern "
        "history.\n\n"
        "Its No Tax on Tips and No Tax on Overtime provisions save overtime and tipped workers nearly $1,500 per "
        "year.\n\n"
        "It makes the paid leave tax credit permanent, providing support to working families.\n\n"
        "It creates nearly one million new jobs and prevents up to 6.1 million full-time jobs from being "
        "eliminated.\n\n"
        "Its No Tax on Social Security provision provides $63 billion in tax relief to America’s seniors.\n\n"
        "It establishes MAGA savings accounts for newborns, which could grow to as much as $1.9 million in "
        "savings by the time the child is 18.\n")


class TestNamedNo:
    """"Its No Tax on Social Security provision provides $63 billion": the provision provides, no denial."""

    def test_the_provision_provides(self, nlp, tmp_path):
        events = events_of(BILL, WORKERS, "bill", nlp=nlp, folder=tmp_path)
        provides = events[events["verb"] == "provide"]
        assert len(provides) == 1 and not provides["negated"].iloc[0]
        saves = events[events["verb"] == "save"]
        assert len(saves) == 1 and not saves["negated"].iloc[0]

    def test_a_denial_stays(self, nlp):
        from toolkit.nlp.negation import negated

        doc = nlp("No organization claimed credit for the attack.")
        assert negated(next(t for t in doc if t.lower_ == "claimed"))
        doc = nlp("The report said no country has paid the fee.")
        assert negated(next(t for t in doc if t.lower_ == "paid"))


class TestItAfterItsSubject:
    """"Its … provision provides … It establishes MAGA savings accounts": "It" is the bill, not its provision."""

    def test_no_act_given_to_the_provision(self, nlp, tmp_path):
        events = events_of(BILL, WORKERS, "bill", nlp=nlp, folder=tmp_path)
        for verb in ("make", "create", "prevent", "establish"):
            rows = events[events["verb"] == verb]
            assert not rows["subject"].fillna("").str.contains("Tax").any(), verb

    def test_a_thing_before_stays(self, nlp):
        from toolkit.nlp.pronoun_antecedents import singular_before
        from toolkit.nlp.sentence_spans import Sentences

        doc = nlp("The plane turned back toward the airport. It crashed minutes later.")
        it = next(t for t in doc if t.text == "It")
        assert singular_before(it, Sentences(doc)).text == "plane"


# articles__2026-01-29-ceq-demos-tech-to-speed-up-federal-environmental-reviews-ce-works.txt
CE_WORKS = dt.date(2026, 1, 29)
TALENT = ("GSA is supporting the accelerated work of the Permitting Innovation Center to advance critical "
          "Administration initiatives by providing top tech talent focused on delivering high-quality software "
          "development, infrastructure efficiencies and an effective user experience.\n")


class TestParticipleAfterNoun:
    """"top tech talent focused on delivering …": a reduced relative on "talent", no act of GSA."""

    def test_no_row_focus(self, nlp, tmp_path):
        events = events_of(TALENT, CE_WORKS, "talent", nlp=nlp, folder=tmp_path)
        assert "focus" not in set(events["verb"])
        assert "support" in set(events["verb"])

    def test_a_joined_act_stays(self, nlp):
        from toolkit.nlp.participles import modifies_noun_before

        doc = nlp("The agency reviewed the plan and approved it in March.")
        assert not modifies_noun_before(next(t for t in doc if t.lower_ == "approved"))


# articles__2025-06-11-under-president-trump-america-is-defeating-inflation.txt
INFLATION = dt.date(2025, 6, 11)
PRICES = ("Prices in key areas — such as meats, poultry, eggs, airfares, used and new cars, and apparel — all "
          "went down over the past month.\n")


class TestPastPairedWithAdjective:
    """"used and new cars": both describe the cars; the prices use nothing."""

    def test_no_row_use(self, nlp, tmp_path):
        events = events_of(PRICES, INFLATION, "prices", nlp=nlp, folder=tmp_path)
        assert "use" not in set(events["verb"])

    def test_a_used_object_stays(self, nlp, tmp_path):
        events = events_of("The company used new software to track the shipments.\n", INFLATION, "used",
                           nlp=nlp, folder=tmp_path)
        assert "use" in set(events["verb"])


# Wikinews: wn_2019-10-28_Former-US-Representative-John-Conyers-dies-at-age-90.txt and
# wn_2020-08-31_On-the-campaign-trail-in-the-USA-July-2020.txt
PREFIXED = ("In 1971, Conyers co-founded the Congressional Black Caucus. As a filmmaker, de Graaf has produced 40 "
            "documentaries. In addition, he has co-written four books.\n")


class TestPrefixedVerbObject:
    """"Conyers co-founded the Congressional Black Caucus": the object hangs on the word after the hyphen."""

    def test_objects(self, nlp, tmp_path):
        events = events_of(PREFIXED, dt.date(2019, 10, 28), "prefixed", nlp=nlp, folder=tmp_path)
        found = events[events["verb"] == "co-found"]
        assert list(found["object"]) == ["Congressional Black Caucus"]
        written = events[events["verb"] == "co-write"]
        assert list(written["object"]) == ["four books"]


WHICH = ("President Trump passed the One Big Beautiful Bill.\n\n"
         "It establishes MAGA savings accounts for newborns, which could grow to as much as $1.9 million in "
         "savings by the time the child is 18.\n")


class TestWhichOnPeople:
    """"MAGA savings accounts for newborns, which could grow to … $1.9 million": "which" stands for the
    accounts; it never stands for people."""

    def test_the_accounts_grow(self, nlp, tmp_path):
        events = events_of(WHICH, WORKERS, "which", nlp=nlp, folder=tmp_path)
        grows = events[events["verb"] == "grow"]
        assert list(grows["subject"]) == ["MAGA savings accounts"]

    def test_a_thing_after_a_preposition_stays(self, nlp):
        from toolkit.nlp.misparses import mend_which_on_people

        doc = mend_which_on_people(nlp("They reviewed the report on the new dam, which opened in May."))
        opened = next(t for t in doc if t.lower_ == "opened")
        assert opened.head.lower_ == "dam"


# articles__2025-05-02-president-trump-finally-ends-the-madness-of-npr-pbs.txt
NPR = dt.date(2025, 5, 2)
SESAME = ("PBS show Sesame Street partnered with CNN on a one-sided narrative to “address racism” amid the Black "
          "Lives Matter riots.\n")


class TestBareFormAfterName:
    """"PBS show Sesame Street partnered with CNN": "show" is the noun after the network's name, no report of
    PBS (a singular subject takes "shows")."""

    def test_not_told_by_pbs(self, nlp, tmp_path):
        events = events_of(SESAME, NPR, "sesame", nlp=nlp, folder=tmp_path)
        partners = events[events["verb"] == "partner"]
        assert len(partners) == 1 and partners["reported_by"].isna().all()

    def test_a_report_stays(self, nlp, tmp_path):
        events = events_of("The report shows the agency hired 40 people last year.\n", NPR, "report",
                           nlp=nlp, folder=tmp_path)
        hires = events[events["verb"] == "hire"]
        assert list(hires["reported_by"]) == ["the report"]
