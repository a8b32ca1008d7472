"""Write tests/data/gold/wikinews-entities-dev26 (round ent41b): eleven short Wikinews texts, entities only.

usage (from the checkout): python bench/audit/ent41b/make_gold.py
Texts are copied byte for byte from the corpus with their MANIFEST rows and a NOTICE; every alias is checked to be
in its text and of one entity only (bench/audit/gold_writer.py, the writer the rounds share).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import entity as e, write_entity_gold  # noqa: E402

NAME = "wikinews-entities-dev26"
P, O, G, L, F, N = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
DOCS = {
"wn_2020-06-05_Yemeni-journalist": ("press freedom and conflict desk: the Yemeni journalist Nabil Hasan al-Quaety is shot dead in Aden. Yemen, Aden and South Yemen (the state his side wants back) are GPE; a press-freedom body (Reporters Without Borders, also 'RSF'), a news agency (Agence France-Presse, also 'AFP'), a separatist body (the Southern Transitional Council), the Houthi movement (as 'Houthi' of 'Houthi rebels', as in dev22 and dev23) and Facebook are ORG; the journalist is PERSON also under his surname ('al-Quaety', 'Al-Quaety') and his given name ('Nabil' of a quotation). Not entities: the civil war, the government, the council (lower case), an award (the Rory Peck Awards, as awards in dev9, dev15, dev21), offices (the city's security chief, director of global news).", [
  e("Nabil Hasan al-Quaety", P, "al-Quaety", "Nabil"), e("Yemen", G), e("Aden", G), e("Sabrina Bennoui", P),
  e("Reporters Without Borders", O, "RSF"), e("Agence France-Presse", O, "AFP"), e("South Yemen", G),
  e("Southern Transitional Council", O), e("Houthi movement", O, "Houthi"), e("Abdullah al-Jahafi", P),
  e("Facebook", O), e("Phil Chetwynd", P, "Chetwynd")]),
"wn_2020-06-07_Suspect-arrested-in-death-of-elephant": ("crime and wildlife desk: a man is arrested after a pregnant elephant dies of a fruit filled with firecrackers in Kerala. Kerala is GPE; a river (the Velliyar River) is LOC; 'Indian' is NORP; Facebook and a news channel (NDTV) are ORG; the wildlife officer and the suspect, named only as 'P Wilson', are PERSON. Not entities: the elephant, the fruits, the 'pig cracker', wild boars, social media, offices (wildlife officer, forest officials).", [
  e("Indian", N), e("Kerala", G), e("Velliyar River", L), e("Mohan Krishnan", P), e("Facebook", O),
  e("P Wilson", P), e("NDTV", O)]),
"wn_2020-06-23_Three-killed-three-others-injured": ("crime and terrorism desk: three people are stabbed to death in a park in Reading, England. A city park (Forbury Gardens) is LOC, as city parks in dev13 and dev18; Reading, Berkshire and the United Kingdom (as 'UK') are GPE; a police force (Thames Valley Police), a newspaper (The Daily Telegraph, also 'The Telegraph') and Black Lives Matter (as in dev18 and dev19) are ORG; 'Libyan' (of 'Libyan national') is NORP; the suspect is PERSON also under his surname, the police chief also under his. Not entities: the Libyan Civil War (a war: 'Libyan' is annotated for its other mention), 'counter terror police' (lower case), UTC, offices (the head of counter terror police).", [
  e("Forbury Gardens", L), e("Reading", G), e("Berkshire", G), e("United Kingdom", G, "UK"),
  e("Thames Valley Police", O), e("Libyan", N), e("Khairi Saadallah", P, "Saadallah"),
  e("The Daily Telegraph", O, "The Telegraph"), e("Neil Basu", P, "Basu"), e("Black Lives Matter", O)]),
"wn_2020-07-02_Iran-issues-arrest-warrants": ("international law and politics desk: Iran issues arrest warrants for 36 people over Qasem Soleimani's killing, Donald Trump among them, and asks Interpol for a red notice. News agencies (Fars, ISNA) and Interpol are ORG; Iran, Tehran, the United States (as 'US', also in the office 'US Special Representative for Iran', as a place is annotated in the office it names in dev24) and Saudi Arabia are GPE; 'Iranian' is NORP; Trump is PERSON also as 'Trump' and 'Trump's'. Not entities: red notices, offices (the prosecutor general of Tehran: Tehran alone; US president), the charges.", [
  e("Iranian", N), e("Fars", O), e("Iran", G), e("Qasem Soleimani", P), e("Interpol", O),
  e("United States", G, "US"), e("Donald Trump", P, "Trump"), e("ISNA", O), e("Tehran", G),
  e("Ali Alghasi Mehr", P), e("Saudi Arabia", G), e("Brian Hook", P)]),
"wn_2020-07-12_Serbian-protesters": ("protest and politics desk: protesters try to storm Serbia's parliament on the fourth night of protests. Serbia and Belgrade are GPE; 'Serbian' (also 'Serbians') is NORP; the police director and the president are PERSON also under their surnames ('Rebic' after the title 'Director', 'Vučić' after 'President'). Not entities: parliament and the police (lower case), COVID-19, the elections, opposition parties (unnamed), offices (police director, president).", [
  e("Serbian", N, "Serbians"), e("Vladimir Rebic", P, "Rebic"), e("Belgrade", G), e("Serbia", G),
  e("Aleksandar Vučić", P, "Vučić")]),
"wn_2020-08-03_Belarussian-opposition-presidential": ("politics desk: the Belarusian opposition candidate Sviatlana Tsikhanouskaya holds a large rally in Minsk. Belarus and Minsk are GPE; 'Belarusian' and 'Russian' (of '33 Russian individuals') are NORP; a human rights centre (Vyasna) and the state security service (the KGB, of 'Belarusian KGB') are ORG; the candidate, her husband (named only 'Siarhei' here; canonical 'Siarhei Tsikhanouski'), the president and the other campaigners are PERSON. Not entities: the election, the referendum, the ministry of internal affairs (lower case: Belarus alone), UTC, the dateline's date.", [
  e("Sviatlana Tsikhanouskaya", P), e("Belarusian", N), e("Minsk", G), e("Belarus", G), e("Vyasna", O),
  e("Siarhei Tsikhanouski", P, "Siarhei"), e("Alexander Lukashenko", P), e("Maria Kalesnikava", P),
  e("Viktar Babaryka", P), e("Veranika Tsapkala", P), e("Valery Tsapkala", P), e("KGB", O), e("Russian", N)]),
"wn_2020-08-13_Water-main-bursts-in-White-Plains": ("local news desk: a water main bursts in White Plains, New York. The United States (as 'US'), White Plains, the state of New York (also of 'the COVID-19 outbreak in New York'), Westchester County (also 'Westchester'), New Rochelle, Yonkers and New York City are GPE; two streets (Martine Avenue, S. Lexington Avenue) are FAC, as streets in dev and dev15; the city's Department of Public Works (also 'DPW'), Wikinews and a news channel (News 12) are ORG. Not entities: the city (lower case), the fire department (lower case), EDT and UTC, COVID-19.", [
  e("United States", G, "US"), e("White Plains", G), e("New York", G), e("Martine Avenue", F),
  e("S. Lexington Avenue", F), e("Department of Public Works", O, "DPW"), e("Wikinews", O), e("News 12", O),
  e("Westchester County", G, "Westchester"), e("New Rochelle", G), e("Yonkers", G), e("New York City", G)]),
"wn_2020-08-25_Caloundra-defeat-Wynnum": ("sport desk: a Sunshine Coast rugby union match, Caloundra against Wynnum. Club names used as teams (Caloundra, Wynnum, Maroochydore, Caboolture, University, Noosa) are ORG even where they are also place names, as in the earlier rugby text of `wikinews-entities-dev`; the competition's body (Sunshine Coast Rugby Union) is ORG; the ground, named by its street ('Wynnum's Grenada Street ground'), is FAC as 'Grenada Street'; the coach and the player are PERSON also under their surnames. Not entities: Round 4, positions (half back, coach).", [
  e("Caloundra", O), e("Wynnum", O, "Wynnum's"), e("Sunshine Coast Rugby Union", O), e("Grenada Street", F),
  e("Matt Myers", P, "Myers"), e("Jarrod Kidston", P, "Kidston"), e("Maroochydore", O), e("Caboolture", O),
  e("University", O), e("Noosa", O)]),
"wn_2020-09-02_Tributes-paid-to-recently-deceased": ("culture and obituary desk: tributes to the actor Chadwick Boseman. Companies (the American Broadcasting Company, also 'ABC'; Marvel Studios, also 'Marvel' of 'Marvel film(s)'; The Walt Disney Company), Twitter, a drama school (the British American Drama Academy, also 'BADA') and Howard University are ORG; the United States (as 'US'), South Carolina and Tennessee are GPE; real people (the actor — also 'Boseman', 'Chad', 'Chadwick' —, the people he played: Jackie Robinson, James Brown, Thurgood Marshall, and the people who paid tribute, 'Downey' for Robert Downey Jr.) are PERSON; the character he played is PERSON under the name of the character ('T'Challa' of 'King T'Challa', the title left out, as fictional characters in dev8). 'Black Panther' names the film in four of its five mentions and is left with the films (Black Panther, 42, Get On Up, Marshall, Captain America: Civil War, Avengers: Infinity War, Avengers: Endgame), the franchise ('Marvel Universe'), the programme ('A Tribute For a King') and the awards show (the MTV Video Music Awards), which are not entities; nor are God, colon cancer, an award ('Best Hero').", [
  e("United States", G, "US"), e("Chadwick Boseman", P, "Boseman", "Chad", "Chadwick"),
  e("American Broadcasting Company", O, "ABC"), e("Marvel Studios", O, "Marvel"), e("Twitter", O),
  e("South Carolina", G), e("British American Drama Academy", O, "BADA"), e("Howard University", O),
  e("Jackie Robinson", P), e("James Brown", P), e("Thurgood Marshall", P), e("T'Challa", P),
  e("Ryan Coogler", P), e("Denzel Washington", P), e("Wayne A. I. Frederick", P), e("James Shaw Jr.", P),
  e("Tennessee", G), e("Oprah Winfrey", P), e("Whoopi Goldberg", P), e("Kevin Feige", P), e("Bob Iger", P),
  e("Robert Downey Jr.", P, "Downey"), e("Scarlett Johansson", P), e("Don Cheadle", P), e("Jeremy Renner", P),
  e("Winston Duke", P), e("Mark Ruffalo", P), e("Paul Rudd", P), e("The Walt Disney Company", O)]),
"wn_2020-11-07_Turkish-government-stops-search": ("disasters desk: Turkey ends the search for survivors of the Aegean Sea earthquake. Turkey, Greece and Izmir are GPE; the Aegean Sea, the Mediterranean (canonical 'Mediterranean Sea', as in dev) and the island of Samos (islands LOC, as in dev and dev15) are LOC; 'Greek' and the misspelt 'Tuskish' (of 'the Tuskish government', annotated as the text spells it, as 'Guenica' in dev24) are NORP; a disaster agency (Turkey's Disaster and Emergency Management Presidency) and the United States Geological Survey (as 'US Geological Survey', as in dev24) are ORG. Not entities: the earthquake, the 'mini tsunami', the government, the leaders (unnamed).", [
  e("Tuskish", N), e("Aegean Sea", L), e("Turkey", G), e("Greece", G), e("Greek", N), e("Samos", L),
  e("Izmir", G), e("Disaster and Emergency Management Presidency", O),
  e("United States Geological Survey", O, "US Geological Survey"), e("Mediterranean Sea", L, "Mediterranean")]),
"wn_2020-12-26_Chilean-authorities-report-first": ("health desk: Chile reports the first COVID-19 outbreak in Antarctica, at a Chilean army base. A base named by its own name (General Bernardo O'Higgins Riquelme Base) is FAC; the Trinity Peninsula, Antarctica (also 'Antarctic' of 'the Antarctic continent'), Patagonia (a region spanning two countries) and South America are LOC; Chile, the Biobio Region and a village (Las Estrellas, of 'Las Estrellas' village') are GPE; 'Chilean' is NORP; the navy (the Chilean Navy), the armed forces (the Chilean Armed Forces) and the World Health Organization are ORG ('Chilean' inside the bodies' names is annotated for its other mentions). Not entities: the supply ship (Sergeant Aldea: ships are vehicles, as in dev), 'Air Force Base' (a base named by its kind only), COVID-19, offices (the Health Minister for the Biobio Region: the region alone; the local health secretary).", [
  e("Chilean", N), e("General Bernardo O'Higgins Riquelme Base", F), e("Trinity Peninsula", L),
  e("Antarctica", L, "Antarctic"), e("Biobio Region", G), e("Chile", G), e("Chilean Navy", O),
  e("Las Estrellas", G), e("Chilean Armed Forces", O), e("Patagonia", L), e("South America", L),
  e("World Health Organization", O)]),
}
if __name__ == "__main__":
    write_entity_gold(NAME, DOCS)
