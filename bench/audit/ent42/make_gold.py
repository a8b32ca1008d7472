"""Write tests/data/gold/wikinews-entities-dev27 (round ent42): ten short Wikinews texts, entities only.

usage (from the checkout): python bench/audit/ent42/make_gold.py
Texts are copied byte for byte from the corpus with their MANIFEST rows and a NOTICE; every alias is checked to be
in its text and of one entity only (bench/audit/gold_writer.py, the writer the rounds share).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import entity as e, write_entity_gold  # noqa: E402

NAME = "wikinews-entities-dev27"
P, O, G, L, F, N = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
DOCS = {
"wn_2019-02-21_Sixteen-states-sue": ("courts and US politics desk: sixteen states sue to stop Trump's border emergency. The United States (also 'U.S.', of 'U.S.-Mexican border' as 'Virginia-based' names Virginia in dev8) and the states (California of 'California Attorney General', the fifteen of the list, Texas of 'the border state of Texas') are GPE; 'Mexican' (of 'U.S.-Mexican border') is NORP; Congress, a federal court named in full (the U.S. District Court for Northern District of California, as dev24's court: the district only inside its name), Al Jazeera, the Pentagon (the department whose budget it is) and the U.S. Treasury Department are ORG; Trump and Becerra are PERSON also under their surnames. Not entities: the Constitution (a law), the state of emergency, the wall, the shutdown, currencies ('US$3.6 billion'), offices (Attorney General, President).", [
  e("United States", G, "U.S."), e("Donald Trump", P, "Trump"), e("Mexican", N), e("Congress", O),
  e("U.S. District Court for Northern District of California", O), e("Al Jazeera", O), e("Pentagon", O),
  e("U.S. Treasury Department", O), e("California", G), e("Xavier Becerra", P, "Becerra"), e("Maine", G),
  e("New York", G), e("New Jersey", G), e("Connecticut", G), e("Delaware", G), e("Maryland", G), e("Virginia", G),
  e("Michigan", G), e("Illinois", G), e("Minnesota", G), e("Colorado", G), e("New Mexico", G), e("Nevada", G),
  e("Oregon", G), e("Hawaii", G), e("Texas", G)]),
"wn_2019-07-20_US-House-of-Representatives-holds-two": ("US politics desk: the House holds Wilbur Ross and William Barr in contempt of Congress. The House of Representatives (also 'House', of 'the full House' and 'the House's decision'), Congress, the Department of Justice, the House Oversight and Reform Committee (also 'Oversight Committee'), the Supreme Court (also 'United States Supreme Court') and the Census Bureau are ORG; the United States is GPE (of a quotation and of the court's name); the secretaries, Trump, Holder and the spokeswoman are PERSON, also under their surnames. Not entities: the Cabinet ('Cabinet officers': an office), the census, the Voting Rights Act (a law), Operation Fast and Furious (an operation), the administration, offices (Commerce Secretary, Attorney General).", [
  e("United States House of Representatives", O, "House"), e("Wilbur Ross", P, "Ross"),
  e("William Barr", P, "Barr"), e("Congress", O), e("Donald Trump", P, "Trump"), e("Department of Justice", O),
  e("House Oversight and Reform Committee", O, "Oversight Committee"), e("United States", G),
  e("United States Supreme Court", O, "Supreme Court"), e("Census Bureau", O), e("Eric Holder", P),
  e("Kerri Kupec", P)]),
"wn_2019-09-05_Hurricane-Dorian-leaves-trail": ("weather and disasters desk: Hurricane Dorian leaves the Bahamas in ruins. The Bahamas and two settlements (Sandy Point of 'The Sandy Point area', Marsh Harbour) are GPE; the islands (the Abaco Islands, also 'Abaco'; Grand Bahama) are LOC, as islands in dev15; the National Hurricane Center, CNN, the BBC, the Red Cross and the United Nations are ORG; the prime minister is PERSON also as 'Minnis'. Not entities: the storm (Hurricane Dorian, 'Dorian', as storms in dev13 and dev16), the categories, the airport (unnamed), offices (Prime minister).", [
  e("Bahamas", G), e("Abaco Islands", L, "Abaco"), e("National Hurricane Center", O), e("Grand Bahama", L),
  e("CNN", O), e("BBC", O), e("Hubert Minnis", P, "Minnis"), e("Sandy Point", G), e("Marsh Harbour", G),
  e("Red Cross", O), e("United Nations", O)]),
"wn_2019-09-09_Longtime-leader-of-Zimbabwe": ("obituary abroad: Robert Mugabe dies at 95. Mugabe is PERSON also as 'Mugabe', 'Robert Gabriel Mugabe' (his wife Grace Mugabe apart); Zimbabwe, Singapore, a village (Kutama), the colony (Southern Rhodesia, also 'Rhodesia'), the United Kingdom, the United States and Russia are GPE; Africa (also of 'southern Africa') and the West ('praised in the West') are LOC; Gleneagles Hospital and Mugabe's home (the 'Blue House') are FAC; the Ministry of Foreign Affairs, the parties (the Zimbabwe African National Union, also 'ZANU'; the Movement for Democratic Change, also 'MDC'), the House of Assembly, the European Union, CNN and Youth Forum Zimbabwe are ORG; 'British' (of 'a British colony' and 'the British'), 'Ndebele' and 'Zimbabwean' are NORP; Mnangagwa (also 'Mnangagwa'), Ian Smith, Tsvangirai (also 'Tsvangirai'), Putin and Bumhira are PERSON. Not entities: Marxism, the Gukurahundi massacres (an event), God, elections, titles ('Cde').", [
  e("Robert Mugabe", P, "Mugabe", "Robert Gabriel Mugabe"), e("Zimbabwe", G),
  e("Emmerson Mnangagwa", P, "Mnangagwa"), e("Singapore", G), e("Ministry of Foreign Affairs", O),
  e("Gleneagles Hospital", F), e("Kutama", G), e("British", N), e("Southern Rhodesia", G, "Rhodesia"),
  e("Africa", L), e("United Kingdom", G), e("Zimbabwe African National Union", O, "ZANU"), e("Ian Smith", P),
  e("West", L), e("CNN", O), e("Ndebele", N), e("Movement for Democratic Change", O, "MDC"),
  e("Morgan Tsvangirai", P, "Tsvangirai"), e("European Union", O), e("United States", G),
  e("House of Assembly", O), e("Grace Mugabe", P), e("Blue House", F), e("Vladimir Putin", P), e("Russia", G),
  e("Zimbabwean", N), e("Ashton Bumhira", P), e("Youth Forum Zimbabwe", O)]),
"wn_2019-09-17_US-President-Trump-says-Osama": ("terrorism desk: Trump says Hamza bin Laden was killed. The United States (also 'US') is GPE, also of 'US President', 'US counter-terrorism operation'; Afghanistan and Pakistan (also of 'the Afghanistan/Pakistan region') are GPE; Al-Qaeda (also the statement's 'al-Qa’ida'), the Department of Defense, the FBI, NPR and the State Department ('US State Department') are ORG; Trump, Hamza bin Laden (also 'Hamza', the statement's 'Hamza bin Ladin'), Osama bin Laden (also 'Osama', 'Usama bin Ladin') and Soufan (also 'Soufan') are PERSON. Not entities: the 9/11 attacks, US special forces (lower case), currencies.", [
  e("United States", G, "US"), e("Donald Trump", P, "Trump"), e("Hamza bin Laden", P, "Hamza", "Hamza bin Ladin"),
  e("Al-Qaeda", O, "al-Qa’ida"), e("Osama bin Laden", P, "Osama", "Usama bin Ladin"), e("Afghanistan", G),
  e("Pakistan", G), e("United States Department of Defense", O), e("FBI", O), e("Ali Soufan", P, "Soufan"),
  e("NPR", O), e("United States Department of State", O, "US State Department")]),
"wn_2019-12-30_Radio-host-Don-Imus-dies": ("obituary and media desk: the radio host Don Imus dies at 79. Imus is PERSON also as 'Imus', 'Don' and his nickname 'I-Man'; his wife (written 'Dierdre Coleman', also 'Deirdre'), sons and daughters named by their given names (as dev25's sons), Zachary also 'Zach' and 'Cates', and the colleagues (Bartlett, McGuirk, Rosenberg, Stern, also 'Stern') are PERSON; the United States, College Station and Texas are GPE; the Baylor Scott and White Medical Center and the Imus Ranch (of 'the Imus Ranch program') are FAC; the Associated Press, MSNBC, the Fox Business Network, Time (a magazine), the National Radio Hall of Fame (as dev25's Rock and Roll Hall of Fame), CBS Radio, Rutgers University, Twitter, Rolling Stone and the Imus Ranch Foundation are ORG; 'Americans' is NORP. Not entities: the shows (Imus in the Morning, The Bernie and Sid Show), the Imus family, Christmas Eve, a hashtag ('#Imus'), 'Cowboy'.", [
  e("United States", G), e("Don Imus", P, "Imus", "Don", "I-Man"), e("Baylor Scott and White Medical Center", F),
  e("College Station", G), e("Texas", G), e("Associated Press", O), e("MSNBC", O), e("Fox Business Network", O),
  e("Time", O), e("Americans", N), e("National Radio Hall of Fame", O), e("CBS Radio", O),
  e("Rutgers University", O), e("Dierdre Coleman", P, "Deirdre"), e("Wyatt", P),
  e("Zachary Cates", P, "Zachary", "Zach", "Cates"), e("Nadine", P), e("Ashley", P), e("Elizabeth", P), e("Toni", P),
  e("Imus Ranch", F), e("Rob Bartlett", P), e("Bernard McGuirk", P), e("Sid Rosenberg", P),
  e("Howard Stern", P, "Stern"), e("Twitter", O), e("Rolling Stone", O), e("Imus Ranch Foundation", O)]),
"wn_2020-01-06_Iraqi-Parliament-votes": ("Middle East and conflict desk: Iraq's parliament votes to expel US troops. The Parliament of Iraq (also 'Parliament', of 'the Parliament's decision'), NPR, the Islamic State (also 'ISIS'), the State Department ('United States Department of State'), the Global Coalition to Defeat ISIS and Iraq's Foreign Ministry ('The Foreign Ministry of Iraq') are ORG; the United States (also 'U.S.') and Iraq are GPE; 'Kurdish', 'Sunni' and 'Iraqi' are NORP; Soleimani, the caretaker prime minister and the spokesperson are PERSON; Baghdad International Airport is FAC. Not entities: the resolution, the coalition (lower case), offices (Members of Parliament, Prime Minister).", [
  e("Parliament of Iraq", O, "Parliament"), e("United States", G, "U.S."), e("Qasem Soleimani", P), e("Kurdish", N),
  e("Sunni", N), e("Iraqi", N), e("NPR", O), e("Adil Abdul-Mahdi", P), e("Iraq", G), e("Islamic State", O, "ISIS"),
  e("United States Department of State", O), e("Morgan Ortagus", P), e("Global Coalition to Defeat ISIS", O),
  e("Baghdad International Airport", F), e("Foreign Ministry of Iraq", O)]),
"wn_2020-03-03_Iranian-government-official": ("health and Iran desk: an adviser of Iran's Supreme Leader dies of COVID-19. Mir-Mohammadi is PERSON also as 'Mir-Mohammadi'; 'Iranian' (of 'Iranian Expediency Discernment Council' and 'Iranian government officials', as dev26's 'Belarusian KGB') is NORP; the Expediency Discernment Council (also 'Expediency Council'), the Tasnim News Agency, the Islamic Consultative Assembly, the Tehran Times, Instagram, the Health Ministry and the Johns Hopkins Center for Systems Science and Engineering are ORG; the hospital ('the Masih-e-Daneshavari hospital', also 'Masih-e-Daneshavari') is FAC; Iran (also 'Islamic Republic of Iran'), Tehran and Qom Province (also 'Qom' of the quotation's 'people of Qom') are GPE; Khamenei, the Grand Ayatollah, Harirchi, Ebtekar, Larijani and Raisi are PERSON. Not entities: COVID-19, the Persian language, the quotation's Persian text, offices (Supreme Leader, deputy health minister, speaker of the parliament, the President's office).", [
  e("Seyed Mohammad Mir-Mohammadi", P, "Mir-Mohammadi"), e("Iranian", N), e("Expediency Discernment Council", O, "Expediency Council"),
  e("Tasnim News Agency", O), e("Masih-e-Daneshavari hospital", F, "Masih-e-Daneshavari"), e("Tehran", G),
  e("Iran", G, "Islamic Republic of Iran"), e("Ali Khamenei", P), e("Qom Province", G, "Qom"),
  e("Islamic Consultative Assembly", O), e("Tehran Times", O), e("Mousa Shubairi Zanjani", P), e("Iraj Harirchi", P),
  e("Masoumeh Ebtekar", P), e("Ali Larijani", P), e("Instagram", O), e("Ali Reza Raisi", P), e("Health Ministry", O),
  e("Johns Hopkins Center for Systems Science and Engineering", O)]),
"wn_2020-11-22_Suspect-in-Kenosha-Wisconsin": ("crime and courts desk: the Kenosha shooting suspect is released on bail. Kenosha, Wisconsin, the United States, Antioch and Illinois (also 'the state of Illinois') are GPE; Twitter and The Washington Post are ORG; the suspect (also 'Rittenhouse', 'Rittenhouse's'), the actor, the man whose shooting was protested and the court commissioner are PERSON. Not entities: the charges, the coronavirus lockdown, 'conservative groups' (lower case), currencies ('US$2 million'), offices (Court Commissioner).", [
  e("Kyle Rittenhouse", P, "Rittenhouse"), e("Kenosha", G), e("Wisconsin", G), e("United States", G), e("Twitter", O),
  e("Ricky Schroder", P), e("Antioch", G), e("Illinois", G), e("Jacob Blake", P), e("Loren Keating", P),
  e("The Washington Post", O)]),
"wn_2020-12-28_US-professional-wrestler": ("sport and obituary desk: the wrestler Jon Huber dies at 41. Huber is PERSON also as 'Huber', 'Jon' and his ring names ('Luke Harper', 'Brodie Lee', as nicknames are aliases in dev19); his wife (named only 'Amanda'), his children (Brodie, Nolan) and his tag team partner (Erick Rowan, also 'Rowan') are PERSON; the promotions (WWE, also 'World Wrestling Entertainment'; AEW, also 'All Elite Wrestling'), Instagram and the factions (The Wyatt Family, The Dark Order: groups of wrestlers, as bands in dev25) are ORG; the United States ('US') is GPE; the Mayo Clinic (where he was treated) is FAC, as hospitals. Not entities: the championships (Intercontinental, Smackdown Tag Team, TNT), COVID-19, the press release.", [
  e("United States", G, "US"), e("Jon Huber", P, "Huber", "Jon", "Luke Harper", "Brodie Lee"),
  e("WWE", O, "World Wrestling Entertainment"), e("AEW", O, "All Elite Wrestling"), e("Amanda", P), e("Mayo Clinic", F),
  e("Erick Rowan", P, "Rowan"), e("Instagram", O), e("The Wyatt Family", O), e("The Dark Order", O),
  e("Brodie", P), e("Nolan", P)]),
}
if __name__ == "__main__":
    write_entity_gold(NAME, DOCS)
