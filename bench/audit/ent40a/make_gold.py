"""Write the gold folder tests/data/gold/wikinews-entities-dev23 (round ent40a): texts copied unchanged with their
MANIFEST rows and a NOTICE, one json per text. The annotations below were made by reading every sentence of each
text before any toolkit extraction was run on these texts."""
import json, csv, shutil
from pathlib import Path
CORPUS = Path("/work/shared/corpora/wikinews-2019-2020")
ROOT = Path(__file__).resolve().parents[3]
FOLDER = "tests/data/gold/wikinews-entities-dev23"
OUT = ROOT / FOLDER
(OUT / "texts").mkdir(parents=True, exist_ok=True)
P, O, G, L, F, N = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
def e(name, label, *aliases): return {"name": name, "label": label, "aliases": list(aliases)}
DOCS = {
"wn_2019-01-16_Lion-Air": ("disasters desk: the cockpit voice recorder of Lion Air Flight 610 is recovered from the Java Sea. Indonesia's National Transportation Safety Committee (also under the text's 'National Transportation Safety Committee of Indonesia', as 'the Peace and Freedom Party of California' in dev17; Indonesia only inside the body's name is not annotated apart, as Alachua in dev22) and the airline Lion Air are ORG; the Java Sea is LOC; Jakarta and Pangkal Pinang are GPE. Not entities: the flight number (Lion Air Flight 610 beyond the airline), the aircraft type (Boeing 737 Max, '737 Max': Boeing only inside a product's name, as Airbus in dev20), the recorders, air traffic control.", [
  e("National Transportation Safety Committee", O, "National Transportation Safety Committee of Indonesia"),
  e("Lion Air", O), e("Java Sea", L), e("Jakarta", G), e("Pangkal Pinang", G)]),
"wn_2019-01-30_Mokha": ("conflict and press freedom desk: a bomb in Mokha, Yemen kills a photojournalist. Broadcasters and their owner (Abu Dhabi TV, Abu Dhabi Media, Sky News Arabia), the state news agency Saba, the Committee to Protect Journalists and the United Nations are ORG; the Houthi movement is ORG also under its adjective and members' noun ('Houthi rebels', 'anti-Houthi', 'Houthi control', 'Houthis'), as in dev22; the Red Sea (of 'the Red Sea port town': the sea, as 'Mediterranean' of 'the Mediterranean coastal town' in dev14) is LOC; Mokha, Yemen, Sanaa and Iran are GPE; the information minister is also 'al-Eryani', and 'Dr Ali bin Tamim' is Ali bin Tamim (the title 'Dr' dropped), also 'Tamim'. Not entities: Abu Dhabi only inside the bodies' names, the civil war, the coalition (unnamed), offices (Minister of Information, general manager, producer).", [
  e("Abu Dhabi TV", O), e("Ziad al-Sharabi", P), e("Red Sea", L), e("Mokha", G), e("Yemen", G),
  e("Faisal al-Thubhani", P), e("Moammar al-Eryani", P, "al-Eryani"), e("Abu Dhabi Media", O),
  e("Ali bin Tamim", P, "Tamim"), e("Houthi movement", O, "Houthi", "Houthis"), e("Saba", O),
  e("Committee to Protect Journalists", O), e("Iran", G), e("Sanaa", G), e("United Nations", O),
  e("Sky News Arabia", O), e("Jamal al-Harbi", P)]),
"wn_2019-03-02_Nine-jailed": ("crime and courts desk: nine men jailed for abuse of girls at a children's home in Bradford, England. Bradford and England are GPE; Bradford Council and the council's safeguarding board (named 'The Safeguarding Board' in its statement: the short name of a statutory body, not a common noun) are ORG; the judge and the prosecutor are PERSON under their names without the title before ('Judge', 'Prosecutor') and the rank after ('QC', Queen's Counsel): 'Durham Hall', 'Kama Melly'. Not entities: the children's home (unnamed), the crimes, offices and titles.", [
  e("Bradford", G), e("England", G), e("Durham Hall", P), e("Kama Melly", P), e("Bradford Council", O),
  e("Safeguarding Board", O)]),
"wn_2019-04-20_California-court": ("crime and courts desk: a California court sentences David and Louise Turpin to life for torturing their children. California, Riverside County (of 'California's Riverside County criminal court': the court is not named, the county is), Los Angeles and the United States are GPE; the judge is 'Judge Bernard Schwartz', also 'Schwartz'; a couple named 'David and Louise Turpin' are two people, Turpin both (as 'Richard and Lisa Parry' in dev9), David also under his full name, Louise also under the given name the text writes before the shared surname ('Louise'). Not entities: the family ('the Turpins', 'the Turpin's offspring', as families in dev20), the criminal court, 911, the charges.", [
  e("California", G), e("Riverside County", G), e("Bernard Schwartz", P, "Schwartz"), e("David Turpin", P),
  e("Louise Turpin", P, "Louise"), e("Los Angeles", G), e("United States", G)]),
"wn_2019-06-01_Man-sets": ("crime and security desk: a man sets himself on fire outside the White House. The United States (of 'the United States capital city'), Washington, D.C. (written 'Washington DC'), Bethesda and Maryland are GPE; the Ellipse (a park of the capital, as a city park is LOC in dev4) is LOC; the White House and the Washington Monument are FAC; the Secret Service, the US Park Police (canonical 'United States Park Police') and the Montgomery County Police Department are ORG (Montgomery County only inside the body's name is not annotated apart); the man is 'Arnav Gupta', also 'Gupta' and 'Gupta's'. Not entities: the south and north lawns (lower case), UTC, the local hospital (unnamed).", [
  e("United States", G), e("Washington, D.C.", G, "Washington DC"), e("Arnav Gupta", P, "Gupta"),
  e("Bethesda", G), e("Maryland", G), e("Ellipse", L), e("White House", F), e("Washington Monument", F),
  e("Secret Service", O), e("United States Park Police", O, "US Park Police"),
  e("Montgomery County Police Department", O)]),
"wn_2019-06-24_New-Hampshire": ("accidents desk: a pickup truck hits a group of motorcyclists in Randolph, New Hampshire. Route 2 (a road keeps its number, as 'U.S. Route 2' in dev6) is FAC; Randolph, Columbia, New Hampshire, Coös County (of 'Coös County Attorney John McCormick': the office is not an entity, the county is, as Yartsevo in dev20) and the United States are GPE; the motorcycle club Marine JarHeads MC, the United States Marine Corps (as 'the United States Marines' and 'Marine Corps' of 'Marine Corps … flags'), the National Transportation Safety Board and GoFundMe (a fundraising website) are ORG; a couple named 'Joanne and Edward Corr' are two people, Corr both, Joanne also under the given name the text writes before the shared surname ('Joanne'). Not entities: the Blessing of the Bikes (a ceremony, an event), state police (lower case), the offices (County Attorney, governor).", [
  e("Route 2", F), e("Randolph", G), e("New Hampshire", G), e("United States", G), e("Marine JarHeads MC", O),
  e("United States Marine Corps", O, "United States Marines", "Marine Corps"), e("Coös County", G),
  e("John McCormick", P), e("Volodoymyr Zhukovskyy", P), e("Michael Ferazzi", P), e("Albert Mazza", P),
  e("Desma Oakes", P), e("Aaron Perry", P), e("Daniel Pereira", P), e("Joanne Corr", P, "Joanne"), e("Edward Corr", P),
  e("Chris Sununu", P), e("Columbia", G), e("National Transportation Safety Board", O), e("GoFundMe", O)]),
"wn_2019-08-24_Missing": ("crime desk: a missing New York City chef is found dead in Queens. The restaurant Cipriani Dolci (a business worked for, as a vape store is ORG in dev5) and its owner Cipriani S.A. (also 'Cipriani' of 'Cipriani's London restaurant') are ORG; a hostel (Kamway Lodge & Tavern, as a hotel is FAC in dev7), LaGuardia Airport and Grand Central Terminal are FAC; New York City, Queens and Manhattan (boroughs, as districts in the earlier golds), New York (of 'Queens, New York') and London are GPE. Not entities: the police and the medical examiner (unnamed), the restaurant's London location beyond London.", [
  e("Andrea Zamperoni", P, "Zamperoni"), e("New York City", G), e("Cipriani Dolci", O), e("Queens", G),
  e("New York", G), e("Fernando Dallorso", P, "Dallorso"), e("Manhattan", G), e("Kamway Lodge & Tavern", F),
  e("LaGuardia Airport", F), e("Grand Central Terminal", F), e("Cipriani S.A.", O, "Cipriani"), e("London", G)]),
"wn_2019-09-21_NYC-Mayor": ("US politics desk: New York City's mayor Bill de Blasio ends his presidential campaign. New York City and New York (the state, of 'New York, New York') are GPE; the United States is GPE, also as 'America' (of 'an America that works for all of us'); the Democratic Party is ORG also under its adjective ('Democratic debates', 'the Democratic presidential nomination') and its members' noun ('Fellow Democrats'); MSNBC, a poll aggregator (RealClearPolitics), Siena College and Twitter are ORG; 'Mayor de Blasio' and 'President Donald Trump' are their persons (titles dropped), the mayor also 'de Blasio' (written 'De Blasio' at a sentence's start). Not entities: the television programme (Morning Joe, as in dev17), Medicare for All (a programme), the primary, the race and the nomination, EDT and UTC, offices and titles.", [
  e("Bill de Blasio", P, "de Blasio"), e("New York", G), e("United States", G, "America"),
  e("Democratic Party", O, "Democratic", "Democrats"), e("MSNBC", O), e("RealClearPolitics", O),
  e("Siena College", O), e("New York City", G), e("Donald Trump", P), e("Twitter", O),
  e("Elizabeth Warren", P, "Warren"), e("Bernie Sanders", P, "Sanders")]),
"wn_2019-09-27_New-South-Wales": ("politics and health desk: New South Wales decriminalises abortion. The Parliament of New South Wales is ORG, also 'the Parliament' of the quotation (the lower-case 'NSW legislature', 'the parliament floor' and 'upper house' are not names); New South Wales (also 'NSW'), Australia, Sydney and South Australia are GPE; 'Australian' (of 'the most populated Australian state') is NORP; members of parliament and the premier are PERSON under their names (titles 'MP', 'Premier', 'Former prime minister' dropped). Not entities: the bill's title in quotation marks (a law), the criminal code, common law.", [
  e("Parliament of New South Wales", O, "Parliament"), e("New South Wales", G, "NSW"), e("Australia", G),
  e("Sydney", G), e("Alex Greenwich", P), e("Kevin Conolly", P), e("Tony Abbott", P), e("Penny Sharpe", P),
  e("Tanya Davies", P), e("Gladys Berejiklian", P), e("Australian", N), e("South Australia", G)]),
"wn_2019-10-02_Hurricane-Lorenzo": ("weather desk: Hurricane Lorenzo hits the Azores and heads towards Ireland. Met Éireann (the national meteorological service) is ORG; the Azores (an autonomous region of Portugal with its own regional government that 'closed schools and non-essential public services', as regions are GPE in dev22), Portugal, Ireland and the six counties (County Galway, County Mayo, County Clare, County Cork, County Kerry, County Limerick) are GPE; the Atlantic Ocean (also 'the northeastern Atlantic') is LOC; the regional president is Vasco Cordeiro. Not entities: the storm ('Hurricane Lorenzo', 'Storm Lorenzo', 'Lorenzo', as storms in dev13 and dev17), the warnings, the Saffir–Simpson scale and its categories, UTC.", [
  e("Azores", G), e("Met Éireann", O), e("Ireland", G), e("Portugal", G), e("Atlantic Ocean", L, "Atlantic"),
  e("Vasco Cordeiro", P), e("County Galway", G), e("County Mayo", G), e("County Clare", G), e("County Cork", G),
  e("County Kerry", G), e("County Limerick", G)]),
"wn_2019-10-11_Indonesian": ("security and politics desk: Indonesia's security minister Wiranto is stabbed. Indonesia, Pandeglang (a town), Banten (a province, of 'the province of Banten') and Jakarta are GPE; 'Indonesian' (of 'Indonesian President Joko Widodo') is NORP; the Indonesian National Police, the Indonesian State Intelligence Agency, the Jamaah Ansharut Daulah network (its name without 'network'), the Islamic State, Al Jazeera and the BBC are ORG; the Gatot Soebroto Army Hospital is FAC; Wiranto (one name) and Joko Widodo (also 'Widodo') are PERSON. Not entities: the local police chief and the hospital spokesperson (unnamed), the inauguration, offices and titles (security minister, President, chief).", [
  e("Indonesia", G), e("Wiranto", P), e("Pandeglang", G), e("Banten", G), e("Al Jazeera", O), e("Jakarta", G),
  e("Dedi Prasetyo", P), e("Indonesian National Police", O), e("BBC", O), e("Budi Gunawan", P),
  e("Indonesian State Intelligence Agency", O), e("Jamaah Ansharut Daulah", O), e("Islamic State", O),
  e("Indonesian", N), e("Joko Widodo", P, "Widodo"), e("Gatot Soebroto Army Hospital", F)]),
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
    gold = {"source": f"{FOLDER}/texts/{path.name}",
            "about": f"Wikinews, {row['date']}: {about} Only entities are annotated (no quotes, timeline or events). Hand-annotated by reading every sentence before any toolkit extraction was run on the text for this gold.",
            "published": row["date"], "outlet": "Wikinews", "entities": ents}
    (OUT / (path.stem + ".json")).write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    man.append(row); total += len(ents)
    print(prefix, len(ents))
with open(OUT / "texts" / "MANIFEST.tsv", "w", encoding="utf-8", newline="") as h:
    w = csv.DictWriter(h, fieldnames=list(man[0].keys()), delimiter="\t", lineterminator="\n")
    w.writeheader(); [w.writerow(r) for r in man]
shutil.copyfile(ROOT / "tests/data/gold/wikinews-entities-dev22/texts/NOTICE", OUT / "texts" / "NOTICE")
print("total", total)
