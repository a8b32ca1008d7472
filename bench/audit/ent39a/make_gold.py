import json, csv, shutil, sys
from pathlib import Path
CORPUS = Path("/work/shared/corpora/wikinews-2019-2020")
OUT = Path("/work/wt-ent39a/tests/data/gold/wikinews-entities-dev20")
(OUT / "texts").mkdir(parents=True, exist_ok=True)
P, O, G, L, F, N = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
def e(name, label, *aliases): return {"name": name, "label": label, "aliases": list(aliases)}
DOCS = {
"wn_2019-01-05_Escape-room-fire": ("crime and disasters desk: five girls die in an escape-room fire in Koszalin, Poland. The State Fire Brigade, Agence France-Presse and the state press agency PAP are ORG; Koszalin and Poland are GPE; 'North Poland' (a region named by a compass point, not a polity) is LOC; the interior minister is one person under the Polish spelling and the spelling without its diacritic ('Joachim Brudziński', 'Brudzinski'). Not entities: God (in a quotation), offices and titles (President, Interior Minister, Mayor of Koszalin), escape rooms.", [
  e("Koszalin", G), e("North Poland", L), e("Poland", G), e("Andrzej Duda", P, "Duda"),
  e("Joachim Brudziński", P, "Brudzinski"), e("State Fire Brigade", O), e("Tomasz Kubiak", P),
  e("Agence France-Presse", O), e("Monika Kosiec", P, "Kosiec"), e("PAP", O), e("Piotr Jedlinski", P)]),
"wn_2019-02-06_Bus-carrying-children": ("crime and disasters desk: a bus of children overturns in Babyninsky, Russia. The ministry for emergencies is one body under its two English names ('the Emergency Situations Ministry', 'the Emergencies Ministry'), ORG; the news agency Interfax and Agence France-Presse are ORG; Smolensk, Kaluga, Babyninsky (a district, named alone as a place), Yartsevo and Russia are GPE. Not entities: the mayor of Yartsevo (an office: Yartsevo alone is annotated), the dance competition.", [
  e("Smolensk", G), e("Kaluga", G), e("Babyninsky", G), e("Russia", G), e("Yartsevo", G),
  e("Interfax", O), e("Agence France-Presse", O), e("Emergency Situations Ministry", O, "Emergencies Ministry")]),
"wn_2019-05-06_Students-compete": ("science and education desk: a students' neurosurgery olympiad in Tyumen, Russia, with quotations in English and Russian and photo captions. Universities (First Moscow State Medical University, also 'First MSMU' and its other name 'Sechenov University'; Kabardino-Balkarian, Ural, Buryat and Tyumen State universities) and Wikinews are ORG; the Federal Center for Neurosurgery (a hospital, as hospitals are FAC in dev8) is FAC; Tyumen Oblast (a federal subject), Tyumen, Aktobe, Kazakhstan, Russia, Dagestan, Yekaterinburg and the United States are GPE; Europe and Eurasia are LOC; 'Russian' (of 'a Russian practice') and 'Yekaterinburgers' (a city's people, as 'Hongkongers') are NORP; the image credits' photographer (written in Cyrillic, Дмитрий Кошелев) is PERSON. Not entities: the olympiad and its title, the office 'Governor of Tyumen Oblast' (Tyumen Oblast alone), 'the third Baku' (a metaphor for an oil region, not the city), languages ('English'; the language tag '((ru))Russian:'), the national health project, the Russian text of the quotations.", [
  e("Tyumen Oblast", G), e("Russia", G), e("Federal Center for Neurosurgery", F), e("Tyumen", G),
  e("Aktobe", G), e("Kazakhstan", G), e("Wikinews", O),
  e("First Moscow State Medical University", O, "First MSMU", "Sechenov University"),
  e("Madina Bizheva", P, "Bizheva"), e("Kabardino-Balkarian State University", O), e("Oleg Titov", P),
  e("Irina Borovikova", P), e("Ural State Medical University", O), e("Дмитрий Кошелев", P),
  e("Albert Sufianov", P, "Sufianov"), e("Alexander Moor", P), e("Eurasia", L), e("Sergey Dydykin", P),
  e("United States", G), e("Europe", L), e("Russian", N), e("Ibrahim Salamov", P), e("Dagestan", G),
  e("Alexander Gagay", P), e("Yekaterinburg", G), e("Yekaterinburgers", N), e("Denis Kovalchuk", P, "Kovalchuk"),
  e("Buryat State University", O), e("Ivan Shelyagin", P), e("Valentina Sidorenko", P),
  e("Tyumen State Medical University", O)]),
"wn_2019-05-15_Polish-leader": ("politics and religion desk: Jarosław Kaczyński promises stricter punishments after a documentary on abuse by priests. The Law and Justice Party is ORG also under its Polish name ('Prawo i Sprawiedliwość', after the language tag); YouTube, Reuters and an abuse victims' charity named in quotation marks ('Have no fear') are ORG; Poland is GPE; 'Polish' and 'Roman Catholic' (also 'Catholic' of 'Catholic churches', 'Catholic priests') are NORP; the two brothers of 'Tomasz and Marek Sekielski' are two PERSONs, each with the surname; Pope Francis is PERSON. Not entities: the documentary's title in English and Polish ('Just don't tell anyone', 'Tylko nie mów nikomu'), the penal code, 'Roman Catholic Christianity' beyond its adjective, offices and titles (archbishop).", [
  e("Polish", N), e("Jarosław Kaczyński", P, "Kaczyński"), e("Law and Justice Party", O, "Prawo i Sprawiedliwość"),
  e("YouTube", O), e("Tomasz Sekielski", P), e("Marek Sekielski", P), e("Roman Catholic", N, "Catholic"),
  e("Poland", G), e("Wojciech Polak", P), e("Anna Franowska", P), e("Have no fear", O), e("Reuters", O),
  e("Pope Francis", P, "Francis")]),
"wn_2019-07-28_Puerto-Rico-governor": ("politics desk: Puerto Rico's governor Ricardo Rosselló announces his resignation. A person with two surnames (Spanish usage: father's and mother's) is one PERSON, also under the first surname alone ('Ricardo Rosselló Nevares', 'Rosselló'; 'Wanda Vázquez Garced', 'Vázquez'); Telegram (the messaging service), the Puerto Rico Center for Investigative Journalism and the New Progressive Party are ORG; Puerto Rico, the United States ('U.S.') and San Juan are GPE. Not entities: Hurricane Maria, the constitution, offices and titles (Secretary of Justice for Puerto Rico, Secretary of State, chief of staff), the Spanish text of the quotation and its language tag.", [
  e("Ricardo Rosselló Nevares", P, "Rosselló"), e("Puerto Rico", G), e("United States", G, "U.S."),
  e("San Juan", G), e("Telegram", O), e("Puerto Rico Center for Investigative Journalism", O),
  e("Wanda Vázquez Garced", P, "Vázquez"), e("Luis Rivera Marín", P), e("Ricardo Llerandi", P),
  e("New Progressive Party", O)]),
"wn_2019-04-16_Notre-Dame": ("disasters desk: the roof of Notre Dame cathedral in Paris catches fire, with photo captions and credits. The cathedral (Notre Dame) is FAC; the French Civil Security service is ORG (named 'Civil Security', also 'French Civil Security'); YouTube is ORG; Paris and France are GPE; 'French' is NORP; the image credits' photographers named as people (Remi Mathis, Incnis Mrsi, Mano B.a.) are PERSON. Not entities: the user handle 'LeLaisserPasserA38' of an image credit (as the handles of dev17), 'the Cathedral' (a common noun written capitalised in a caption), UTC and CEST, offices (President).", [
  e("Notre Dame", F), e("French", N), e("Paris", G), e("Civil Security", O, "French Civil Security"),
  e("Emmanuel Macron", P), e("France", G), e("Remi Mathis", P), e("Incnis Mrsi", P), e("Mano B.a.", P),
  e("YouTube", O)]),
"wn_2019-01-15_Iranian-cargo-plane": ("disasters desk: an Iranian military Boeing 707 crashes into houses in Karaj. Boeing (the maker, named alone), the Revolutionary Guards, the (Iranian) Air Force, Saha Airlines (also 'Saha'), news outlets (Fars News, Press TV, The Aviation Herald), the Centre for Aviation, Airfleets and Wikinews are ORG; Fath Airport (also 'Fath') and Payam International Airport (also 'Payam') are FAC; Karaj, Tehran, Bishkek, Kyrgyzstan and Iran are GPE; 'Iranian' (also 'Iranians') is NORP. Not entities: aircraft types (Boeing 707, Boeing 737, 747, Airbus A300: Airbus only inside a product's name), the tail number, 'the army' (lower case), the cockpit voice recorder.", [
  e("Boeing", O), e("Iranian", N, "Iranians"), e("Karaj", G), e("Tehran", G), e("Fath Airport", F, "Fath"),
  e("Payam International Airport", F, "Payam"), e("Revolutionary Guards", O), e("Bishkek", G),
  e("Kyrgyzstan", G), e("Fars News", O), e("Press TV", O), e("Aviation Herald", O, "The Aviation Herald"),
  e("Air Force", O), e("Saha Airlines", O, "Saha"), e("Centre for Aviation", O), e("Airfleets", O),
  e("Wikinews", O), e("Iran", G)]),
"wn_2019-02-11_Thai-political-party": ("politics desk: the Thai Raksa Chart Party withdraws Princess Ubolratana's nomination for prime minister. The Thai Raksa Chart Party (also written with a small 'party') is ORG; Thai names are one PERSON each under the full name and the name the text uses alone ('Princess Ubolratana Mahidol', 'Princess Ubolratana'; 'King Maha Vajiralongkorn'; 'Prayuth Chan-o-cha', 'Chan-o-cha': a Thai surname is used alone as the text does); Thaksin and Yingluck Shinawatra are two PERSONs; the Massachusetts Institute of Technology and Instagram are ORG; Thailand and the United States ('U.S.') are GPE; 'Thai' is NORP. Not entities: families and dynasties ('the Chakri dynasty', 'the Shinawatra family', as 'the Tongs' of an earlier gold), the palace, the monarchy, the country's election commission (lower case), the election, offices and titles (king, princess, prime minister).", [
  e("Thailand", G), e("Thai Raksa Chart Party", O),
  e("Ubolratana Mahidol", P, "Ubolratana"), e("Maha Vajiralongkorn", P), e("Thai", N),
  e("Thaksin Shinawatra", P), e("Yingluck Shinawatra", P), e("Prayuth Chan-o-cha", P, "Chan-o-cha"),
  e("United States", G, "U.S."), e("Massachusetts Institute of Technology", O), e("Instagram", O)]),
"wn_2020-01-10_Greek-prime-minister": ("energy and foreign affairs desk (no dateline; published 2020-01-10): Greece's prime minister on the EastMed pipeline and the Turkish-Libyan maritime border agreement; many Greek, Cypriot, Israeli, Turkish and Italian names. As in the Cairo summit text of `wikinews/`: the EastMed pipeline is FAC (also 'EastMed', of 'the EastMed project'); the Eastern Mediterranean and Crete (an island) are LOC; 'the Libyan House of Representatives', the Atlantic Council and the International Court of Justice are ORG. Also: pipelines and cables named as such (the Poseidon line, the EuroAsia and EuroAfrica Interconnectors) and the Zappeion Hall are FAC; gas fields (Karish, Tanin, the Aphrodite gas field, also 'Aphrodite') and the Nile-Delta are LOC; parties of Cyprus (the Democratic Rally, the Progressive Party of Working People), the Turkish Foreign Ministry, the International Monetary Fund, the EU ('EU'), firms (Energean, DEPA), outlets (Kathimerini, the Cyprus Mail), Gas Infrastructure Europe, the Greek Energy Forum, Haifa University and the German Institute for Economic Research are ORG; countries, Northern Cyprus, cities and towns (Washington, Athens, the Hague, Otranto, Igoumenitsa, Damietta, Idku) and the regional unit Thesprotia are GPE; Europe is LOC; 'Greek', 'Hellenic', 'Turkish', 'Turkish Cypriot', 'Libyan', 'Israeli', 'Cypriot', 'Italian', 'European' (of 'the European mainland') and 'Russian' are NORP; 'President Trump' is Donald Trump. Not entities: the trans-Anatolian pipeline (written lower case), the Eastern Mediterranean Bill (a law), the Project of Common Interest (PCI, a designation), LNG, the summits and the agreement, offices and titles.", [
  e("Greek", N), e("Kyriakos Mitsotakis", P, "Mitsotakis"), e("EastMed pipeline", F, "EastMed"),
  e("Eastern Mediterranean", L), e("European", N), e("United States", G), e("Atlantic Council", O),
  e("Washington", G), e("Greece", G), e("Cyprus", G), e("Israel", G), e("Turkish", N), e("Libyan", N),
  e("Crete", L), e("Libyan House of Representatives", O), e("Turkey", G), e("International Court of Justice", O),
  e("The Hague", G, "Hague"), e("International Monetary Fund", O), e("Donald Trump", P, "Trump"), e("Libya", G),
  e("Athens", G), e("Zappeion Hall", F), e("Israeli", N), e("Benjamin Netanyahu", P, "Netanyahu"),
  e("Yuval Steinitz", P), e("Konstantinos Hatzidakis", P), e("Cypriot", N), e("Nicos Anastasiades", P),
  e("Georgios Lakkotrypis", P), e("Kathimerini", O), e("Energean", O), e("DEPA", O), e("Karish", L),
  e("Tanin", L), e("Hellenic", N), e("Italy", G), e("Egypt", G), e("Democratic Rally", O),
  e("Progressive Party of Working People", O), e("Turkish Foreign Ministry", O), e("Hami Aksoy", P),
  e("Turkish Cypriot", N), e("Otranto", G), e("Italian", N), e("Stefano Patuanelli", P), e("Igoumenitsa", G),
  e("Mike Pompeo", P), e("European Union", O, "EU"), e("Europe", L), e("Cyprus Mail", O),
  e("Northern Cyprus", G), e("Gas Infrastructure Europe", O), e("Aphrodite gas field", L, "Aphrodite"),
  e("Thesprotia", G), e("Poseidon line", F), e("Alex Lagakos", P), e("Greek Energy Forum", O),
  e("Nile-Delta", L), e("Damietta", G), e("Idku", G), e("Haifa University", O), e("Avinoam Idan", P),
  e("Russian", N), e("German Institute for Economic Research", O), e("EuroAsia Interconnector", F),
  e("EuroAfrica Interconnector", F)]),
}
rows = {r["file"]: r for r in csv.DictReader(open(CORPUS / "MANIFEST.tsv", encoding="utf-8", newline=""), delimiter="\t")}
man = []
total = 0
for prefix, (about, ents) in DOCS.items():
    [path] = list(CORPUS.glob(prefix + "*.txt"))
    text = path.read_text(encoding="utf-8")
    shutil.copyfile(path, OUT / "texts" / path.name)
    row = rows[path.name]
    names = [x["name"] for x in ents]
    assert len(names) == len(set(names)), prefix
    seen = {}
    for x in ents:
        assert x["name"] in text or x["aliases"], x
        for a in x["aliases"]:
            assert a in text, x
        for n in [x["name"], *x["aliases"]]:
            assert n.casefold() not in seen, (n, seen.get(n.casefold()))
            seen[n.casefold()] = x["name"]
    gold = {"source": f"tests/data/gold/wikinews-entities-dev20/texts/{path.name}",
            "about": f"Wikinews, {row['date']}: {about} Only entities are annotated (no quotes, timeline or events). Hand-annotated by reading every sentence before any toolkit extraction was run on the text for this gold.",
            "published": row["date"], "outlet": "Wikinews", "entities": ents}
    (OUT / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    man.append(row); total += len(ents)
    print(prefix, len(ents))
with open(OUT / "texts" / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as h:
    w = csv.DictWriter(h, fieldnames=list(man[0].keys()), delimiter="\t", lineterminator="\n")
    w.writeheader(); [w.writerow(r) for r in man]
print("total", total)
