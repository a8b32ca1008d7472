"""Write tests/data/gold/wikinews-entities-dev24 (round ent40b): eleven short Wikinews texts, entities only.

usage (from the checkout): python bench/audit/ent40b/make_gold.py
Texts are copied byte for byte from the corpus with their MANIFEST rows and a NOTICE; every alias is checked to be
in its text and of one entity only (bench/audit/gold_writer.py, the writer the rounds share).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import entity as e, write_entity_gold  # noqa: E402

NAME = "wikinews-entities-dev24"
P, O, G, L, F, N = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
DOCS = {
"wn_2019-04-28_US-Department-of-Justice-investigating-Ford": ("business and courts desk: the US Department of Justice investigates Ford's emission testing. The carmaker is ORG under its full name and its short one ('Ford Motor Company', 'Ford'); federal and state bodies (the United States Department of Justice, the Securities and Exchange Commission and the Environmental Protection Agency — each also with 'U.S.' in front —, the California Air Resources Board), a news site (The Verge) and a law firm (Sidley Austin) are ORG. The United States and California are named here only inside the bodies' names and are not annotated apart (as Toronto in 'Toronto Comicon 2019' of dev18). Not entities: the federal government, defeat devices, road load, 'another automaker'.", [
  e("Ford Motor Company", O, "Ford"), e("United States Department of Justice", O),
  e("Securities and Exchange Commission", O, "U.S. Securities and Exchange Commission"),
  e("The Verge", O), e("Sidley Austin", O),
  e("Environmental Protection Agency", O, "U.S. Environmental Protection Agency"),
  e("California Air Resources Board", O)]),
"wn_2019-10-04_United-States-doctor-sentenced": ("crime and courts desk: a Virginia doctor is sentenced to 40 years for opioid prescriptions. The United States (also in the office 'United States Attorney', as the place of an office is annotated: dev20's Yartsevo), Martinsville, Virginia, West Virginia (of 'a West Virginia woman') and Abingdon are GPE; a federal court named in full (the United States District Court for the Western District of Virginia) and a television station (WSET-TV) are ORG; the district inside the court's name is not annotated apart; titles are left out of the names ('Dr. Joel Smithers', 'Judge James Parker Jones'). Not entities: the drugs (oxycodone, oxymorphone), currencies ('US$86,000'), offices and titles (United States Attorney, federal judge).", [
  e("United States", G), e("Martinsville", G), e("Virginia", G), e("Joel Smithers", P, "Smithers"),
  e("West Virginia", G), e("Thomas T. Cullen", P), e("James Parker Jones", P),
  e("United States District Court for the Western District of Virginia", O), e("Abingdon", G), e("WSET-TV", O)]),
"wn_2019-10-05_Four-stabbed-to-death-at-Paris": ("crime and terrorism desk: four stabbed to death at the Paris police headquarters, with the mayor's tweet in English and French. The Paris Police Prefecture (also 'Police Prefecture', of the bracketed quotation), Agence France-Presse and Twitter are ORG; Paris, France, the territory Martinique and the suburb Gonesse are GPE; the river Seine is LOC; a metro station (Cité station, also 'Cité') and the metro network it is part of (the Paris Métro) are FAC; 'French' (of 'the French territory') and 'Parisians' (a city's people, as dev20's 'Yekaterinburgers') are NORP. Not entities: Islam (a faith named as such, as in dev8), the police headquarters (a common noun), offices (the mayor of Paris: Paris alone), the French text of the tweet, its handle '@prefpolice' and its language tag.", [
  e("Paris Police Prefecture", O, "Police Prefecture"), e("Paris", G), e("France", G), e("Remy Heitz", P),
  e("French", N), e("Martinique", G), e("Gonesse", G), e("Agence France-Presse", O), e("Seine", L),
  e("Cité station", F, "Cité"), e("Paris Métro", F), e("Anne Hidalgo", P), e("Twitter", O), e("Parisians", N)]),
"wn_2019-10-09_Scheduled-power-outages": ("business and disasters desk: a California utility cuts power to prevent wildfires. The utility is ORG under its full name and its initials ('Pacific Gas and Electric Company', 'PG&E'), Twitter is ORG; the United States, San Francisco and California are GPE; the utility's officers and its meteorologist are PERSON, their roles ('vice president', 'company meteorologist') not part of the names. Not entities: UTC, the phases of the shutoff, school districts (lower case).", [
  e("United States", G), e("Pacific Gas and Electric Company", O, "PG&E"), e("San Francisco", G),
  e("California", G), e("Sumeet Singh", P), e("Evan Duffey", P), e("Michael Lewis", P), e("Twitter", O)]),
"wn_2019-10-22_Aftershocks-increase-death-toll": ("disasters desk: aftershocks of a magnitude 6.3 earthquake in Mindanao, the Philippines. Agencies (the National Disaster Risk Reduction and Management Council, also 'NDRRMC'; the Philippine Institute of Volcanology and Seismology, also 'Phivolcs'; the United States Geological Survey, as 'US Geological Survey') and news outlets (CNN Philippines, Rappler, Manila Bulletin) are ORG; the Philippines, regions (the Bangsamoro Autonomous Region in Muslim Mindanao, Region 11, Region 12), provinces (Davao del Sur, North Cotabato, South Cotabato, Sultan Kudarat, Davao Oriental), cities and towns (Kidapawan City, General Santos City, Davao City, Digos City, Manay, Esperanza, Makilala) are GPE; a mountain (Mount Apo), a fault (the Mindanao Fault) and a trench (the Cotabato Trench) are LOC; a mall (Gaisano Mall) is FAC. Names only inside other names (the United States in the Survey's name, Mindanao and 'Muslim' in the region's, 'Philippine' in the institute's) are not annotated apart. Not entities: UTC, the provincial government (lower case), the state of calamity, offices (the mayor of Esperanza, of Davao City: the towns alone).", [
  e("Philippines", G), e("National Disaster Risk Reduction and Management Council", O, "NDRRMC"),
  e("Bangsamoro Autonomous Region in Muslim Mindanao", G), e("Region 11", G), e("Region 12", G),
  e("Mount Apo", L), e("Kidapawan City", G), e("Davao del Sur", G), e("North Cotabato", G),
  e("South Cotabato", G), e("General Santos City", G), e("CNN Philippines", O), e("Rappler", O),
  e("Davao City", G), e("Gaisano Mall", F), e("Digos City", G),
  e("Philippine Institute of Volcanology and Seismology", O, "Phivolcs"),
  e("United States Geological Survey", O, "US Geological Survey"), e("Sultan Kudarat", G), e("Manay", G),
  e("Davao Oriental", G), e("Manila Bulletin", O), e("Charles Federic Plotena", P), e("Esperanza", G),
  e("Sara Duterte", P), e("Makilala", G), e("Mindanao Fault", L), e("Cotabato Trench", L)]),
"wn_2019-10-23_Canada-2019-general-election": ("politics desk: Canada's 2019 general election gives the Liberals a minority. The House of Commons, the Parliament of Canada (as 'Canadian Parliament' of 'the 43rd Canadian Parliament', 'the 42nd Canadian Parliament': the body, also under those forms) and parties (the Liberal Party, also 'Liberals'; the People's Party of Canada; the Co-operative Commonwealth Federation) are ORG; Canada is GPE (also in the office 'Governor General of Canada'). 'Canadian' is named only inside the parliament's name and not annotated apart. Not entities: the election, offices and titles (Governor General, Prime Minister, Member of Parliament, MP), the results table's notes, 'independent' MPs.", [
  e("Canada", G), e("House of Commons", O),
  e("Parliament of Canada", O, "Canadian Parliament", "43rd Canadian Parliament", "42nd Canadian Parliament"),
  e("Liberal Party", O, "Liberals"), e("Julie Payette", P), e("Justin Trudeau", P, "Trudeau"),
  e("People's Party of Canada", O), e("Co-operative Commonwealth Federation", O)]),
"wn_2019-10-27_US-announces-restrictions-on-flying": ("foreign affairs and transport desk: the US restricts flights to Cuba. The United States Department of Transportation, Twitter, a news network (CBS) and airlines (American Airlines, JetBlue) are ORG; an airport (José Martí International Airport) is FAC; the United States (as 'US' of 'US Secretary of State'), Cuba, Havana and Venezuela are GPE; 'Cuban' is NORP; 'the Trump administration' names Donald Trump (the president alone is annotated, as 'the Trump campaign' in dev19). Not entities: the hashtags of the tweet ('#US'), offices and titles (Secretary of State, Secretary of Transportation, foreign affairs minister), the presidency of Obama beyond Obama.", [
  e("United States Department of Transportation", O), e("Cuba", G), e("Havana", G), e("United States", G, "US"),
  e("Mike Pompeo", P, "Pompeo"), e("Elaine Chao", P), e("Cuban", N), e("Nicolás Maduro", P), e("Venezuela", G),
  e("José Martí International Airport", F), e("Bruno Parrilla", P), e("Twitter", O), e("CBS", O),
  e("American Airlines", O), e("JetBlue", O), e("Donald Trump", P, "Trump"), e("Barack Obama", P)]),
"wn_2019-11-01_U-S-House-formalizes-rules": ("politics desk: the US House passes rules for the impeachment inquiry. The United States House of Representatives (also 'House of Representatives', 'House'), the United States Senate (as 'Senate'), a House committee (the House Intelligence Committee), parties (the Democratic Party as 'Democratic' and 'Democrats', the Republican Party as 'Republican' and 'Republicans') and CBS and Twitter are ORG; the United States, Louisiana and Florida are GPE; 'Soviet' (of 'Soviet-style') is NORP (as in dev7); 'President Trump' is Donald Trump. Not entities: the resolution, the impeachment inquiry, 'The Impeachment Hoax', offices and titles (Speaker of the House, Senate Majority Leader), 'one independent'.", [
  e("United States House of Representatives", O, "House of Representatives", "House"),
  e("Donald Trump", P, "Trump", "President Trump"), e("Nancy Pelosi", P, "Pelosi"),
  e("Democratic Party", O, "Democratic", "Democrats"), e("CBS", O), e("Adam Schiff", P),
  e("House Intelligence Committee", O), e("Republican Party", O, "Republican", "Republicans"),
  e("Steve Scalise", P), e("Louisiana", G), e("Soviet", N), e("Ross Spano", P), e("Florida", G),
  e("United States", G), e("Twitter", O), e("United States Senate", O, "Senate"), e("Mitch McConnell", P),
  e("Bill Clinton", P), e("Andrew Johnson", P)]),
"wn_2020-01-17_Seismic-activity-continues": ("disasters desk (no dateline; published 2020-01-17): a magnitude 5.2 earthquake in Puerto Rico. The United States Geological Survey (also 'USGS', 'U.S. Geological Survey') and a television news station (WESH 2) are ORG; the United States (of 'the United States commonwealth'), Puerto Rico and the towns Guenica (as the text spells it) and Guayanilla are GPE; a rock formation (Punta Ventana) is LOC; a power plant named by its proper name (Costa Sur, of 'The Costa Sur power plant') is FAC; the governor is PERSON under her two surnames ('Wanda Vázquez Garced', as in dev20). Not entities: Hurricane Maria (storms, as in dev16), the island's power authority (lower case), offices (the governor of Puerto Rico).", [
  e("United States", G), e("Puerto Rico", G), e("United States Geological Survey", O, "USGS", "U.S. Geological Survey"),
  e("Guenica", G), e("Paul Rivera", P), e("WESH 2", O), e("John Geiger", P), e("Wanda Vázquez Garced", P),
  e("Punta Ventana", L), e("José Ortiz", P), e("Costa Sur", F), e("Guayanilla", G)]),
"wn_2020-02-05_Police-shoot-man-dead-after-terrorist": ("crime and terrorism desk (no dateline; published 2020-02-05): police shoot a man after a knife attack in Streatham, London. A store chain (Boots, of 'a Boots store'), a news agency (PA Media) and a police command (the Metropolitan Police Counter Terrorism Command) are ORG; a road (Streatham High Road) is FAC; London, England and the district Streatham are GPE; 'Muslim' (of 'non-Muslim', as dev21's 'Latino' of 'non-Latino') is NORP; the attacker is PERSON also under his surname ('Amman'), the mayor also under 'Khan'. Not entities: Arabic words of the quotations ('kuffar', 'taghut', 'Jannah' — the afterlife, as God is not in dev8), 'crusaders', western embassies, offices and titles (the mayor of London, the prime minister, the head of the command).", [
  e("London", G), e("England", G), e("Streatham High Road", F), e("Boots", O), e("PA Media", O),
  e("Sudesh Amman", P, "Amman"), e("Muslim", N), e("Sadiq Khan", P, "Khan"), e("Alexis Boon", P),
  e("Metropolitan Police Counter Terrorism Command", O), e("Boris Johnson", P), e("Streatham", G)]),
"wn_2020-05-25_Georgian-tennis-player": ("sport and crime desk (no dateline; published 2020-05-25): a Georgian tennis player is arrested on a domestic violence charge. The Georgian Tennis Federation (also 'GFT', the initials the text gives), the ATP (of 'the world ATP rankings') and The Guardian are ORG; Tbilisi is GPE (the city court is written small: Tbilisi alone); 'Georgian' is NORP; the player, his ex-wife and his lawyer are PERSON. Not entities: currencies ('Georgian lari' beyond its adjective, 'US$30,000'), the rankings, the charge.", [
  e("Nikoloz Basilashvili", P, "Basilashvili"), e("Georgian", N), e("Neka Dorokashvili", P), e("Tbilisi", G),
  e("Irma Tchkadua", P), e("Georgian Tennis Federation", O, "GFT"), e("ATP", O), e("The Guardian", O)]),
}
if __name__ == "__main__":
    write_entity_gold(NAME, DOCS)
