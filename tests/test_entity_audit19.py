"""Entity rules after the entity audit (found and labelled) of ten fresh wire-style Wikinews reports (round
``entities19``, ``bench/audit/entities19.tsv``).

Each rule is checked on a sentence of the corpus outside the audited texts. Wikinews texts: Wikinews
contributors, en.wikinews.org, CC BY 2.5.
"""

from __future__ import annotations


def _labels(nlp, text: str) -> dict[str, str]:
    from toolkit.nlp.entities import EntityIndex, mentions, repair_entities

    doc = repair_entities(nlp(text))
    return EntityIndex.from_mentions(list(mentions(doc))).label_of


class TestMediaByAccounts:
    """"told the public via Twitter", "the Twitter account in his name", "on his Twitter account": a service
    that something is told through, or on which somebody keeps an account, a page or a channel, is a body."""

    def test_told_via_a_service(self, nlp):
        # Queen Elizabeth agrees to suspend UK Parliament ahead of Brexit deadline (2019-08-29).
        labels = _labels(nlp, "Prime Minister Johnson told the public via Twitter, \"Jeremy Corbyn wants to cancel "
                              "the referendum and argue about Brexit for years.\"")
        assert labels.get("Twitter") == "ORG"

    def test_an_account_on_a_service_the_model_called_a_person(self, nlp):
        # Influential rock drummer Ginger Baker dies at age 80 (2019-10-07).
        labels = _labels(nlp, "The news came from the Twitter account in his name and was independently confirmed "
                              "by Associated Press with his daughter Nettie Baker.")
        assert labels.get("Twitter") == "ORG"
        assert labels.get("Nettie Baker") == "PERSON"

    def test_an_account_on_a_service_the_model_called_a_product(self, nlp):
        # Radio host Don Imus dies aged 79 (2019-12-30).
        labels = _labels(nlp, "As of today, former coworker and long time rival shock jock Howard Stern, with whom "
                              "Imus feuded, has not commented on the death on his Twitter account.")
        assert labels.get("Twitter") == "ORG"

    def test_a_towns_page_is_no_service(self, nlp):
        from toolkit.nlp.accounts import media_by_accounts

        doc = nlp("Visitors can follow the Paris page for updates.")
        assert all(e.text != "Paris" or e.label_ != "ORG" for e in media_by_accounts(doc, list(doc.ents)))
