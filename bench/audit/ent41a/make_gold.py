"""Write tests/data/gold/wikinews-entities-dev25 (round ent41a): eleven short Wikinews texts, entities only.

usage (from the checkout): python bench/audit/ent41a/make_gold.py
Texts are copied byte for byte from the corpus with their MANIFEST rows and a NOTICE; every alias is checked to be
in its text and of one entity only (bench/audit/gold_writer.py, the writer the rounds share).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # bench/audit: the shared writer
from gold_writer import entity as e, write_entity_gold  # noqa: E402

NAME = "wikinews-entities-dev25"
P, O, G, L, F, N = "PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"
DOCS = {
"wn_2019-01-24_Car-bomb-ramming-attack": ("conflict desk: a car bomb at a military training centre in Maidan Wardak, Afghanistan. The Taliban, the National Directorate for Security, the central Interior Ministry and Reuters are ORG; Afghanistan, the province Maidan Wardak (of 'Maidan Wardak province' and 'the Maidan Wardak provincial council'), its capital Maidan Shahr, Kabul, Ghazni, Qatar and the United States (as 'US' of 'US-built' and 'a US peace envoy') are GPE; 'Afghan' (of 'the Afghan forces', 'the Afghan government') is NORP; the councillor, the spokesmen and the envoy are PERSON. Not entities: the Humvee (a vehicle's make), Sharia law, the central government, the civil war, the provincial council and governor (offices and bodies written small).", [
  e("Maidan Shahr", G), e("Afghanistan", G), e("Maidan Wardak", G), e("Taliban", O),
  e("National Directorate for Security", O), e("Sharif Hotak", P, "Hotak"), e("Kabul", G), e("Afghan", N),
  e("United States", G, "US"), e("Interior Ministry", O), e("Zabiullah Mujahid", P), e("Reuters", O),
  e("Ghazni", G), e("Abdurrahman Mangal", P), e("Zalmay Khalilzad", P), e("Qatar", G)]),
"wn_2019-02-07_Nevada-becomes-first-state": ("US state politics desk: Nevada's legislature is the first with a female majority. Nevada, the United States, Colorado and New Hampshire are GPE; parties are ORG under their adjective or member's noun ('Democrat' of 'Democrat Spearman', 'Democratic' of 'the Democratic party'; 'Republican' of 'Republican women', 'Republican Party'); the United States Army (as 'Army' of 'former Army colonel'), Rutgers University and the federal Senate and House of Representatives are ORG; 'Latina' is NORP; the legislators and the scholar are PERSON, their titles ('State Senator', 'Assemblywoman') left out. Not entities: the state senate, the state legislature, lower house (written small), offices and titles, the patriarchy.", [
  e("Nevada", G), e("United States", G), e("Patricia Ann Spearman", P, "Spearman"),
  e("Democratic Party", O, "Democrat", "Democratic"), e("United States Army", O, "Army"), e("Selena Torres", P),
  e("Latina", N), e("Rutgers University", O), e("Kelly Dittmar", P, "Dittmar"),
  e("Republican Party", O, "Republican"), e("Jill Tolles", P), e("Colorado", G), e("New Hampshire", G),
  e("United States Senate", O, "Senate"), e("United States House of Representatives", O, "House of Representatives")]),
"wn_2019-05-12_Pope-Francis-instructs": ("religion desk: Pope Francis orders the reporting of sexual abuse to higher church authorities. Pope Francis (also 'Pope' of 'the Pope': his title standing for him, as earlier golds' 'Pope Francis'), the cardinals, the archbishop and the victims' advocate are PERSON (titles such as 'Cardinal' left out); 'Roman Catholic' (also 'Catholic' of 'Catholic bishops', 'the Catholic churches') and the Jehovah's Witnesses (a religious body named by its members, also 'JWs') are NORP; the Holy See (the church's governing body: 'a senior Catholic figure at the Holy See', 'Cardinal Marc Ouellet of the Holy See'), the Associated Press, a victims' group (Ending Clergy Abuse), the Watch Tower Society (also 'Watch Tower') and The Atlantic are ORG; Rome and the Vatican City (also 'Vatican') are GPE. Not entities: Christianity (a faith named as such, as Islam in dev8), 'Our Lord' (God, as in dev8), the church law and decree, the summit, the clergy, the church hierarchy (written small).", [
  e("Pope Francis", P, "Pope"), e("Roman Catholic", N, "Catholic"), e("Rome", G), e("George Pell", P),
  e("Holy See", O), e("Theodore McCarrick", P), e("Associated Press", O, "The Associated Press"),
  e("Vatican City", G, "Vatican"), e("Marc Ouellet", P), e("Charles Scicluna", P), e("Peter Iseley", P, "Iseley"),
  e("Ending Clergy Abuse", O), e("Jehovah's Witnesses", N, "JWs"), e("Watch Tower Society", O, "Watch Tower"),
  e("The Atlantic", O)]),
"wn_2019-06-20_U-S-heiress-designer": ("obituaries and fashion desk: the heiress, artist and designer Gloria Vanderbilt dies at 95. Gloria Vanderbilt (also 'Vanderbilt'), her relatives, husbands and sons (a son named by his given name only — 'Stanislaus', 'Christopher' — is PERSON under it; 'Cooper' of 'her union with Cooper' is Wyatt Cooper, her husband), a scholar and the stars named are PERSON; CNN, the Smithsonian (of 'the Smithsonian museum'), Syracuse University and the New York Times are ORG; the United States (as 'U.S.' of 'U.S. heiress') is GPE; 'American' is NORP. Not entities: the Vanderbilt family and fortune (families, as in dev20), works (the play The Time of Your Life, the memoirs Once Upon a Time and Black Knight, White Knight, the novel Obsession), the blue jeans war, currencies ('US$5 million').", [
  e("United States", G, "U.S."), e("Gloria Vanderbilt", P, "Vanderbilt"), e("Anderson Cooper", P), e("CNN", O),
  e("Cornelius Vanderbilt", P), e("Reginald Claypoole Vanderbilt", P), e("Gloria Morgan Vanderbilt", P),
  e("Gertrude Vanderbilt Whitney", P), e("Smithsonian", O), e("Coco Chanel", P), e("Syracuse University", O),
  e("Robert Thompson", P), e("American", N), e("Pasquale Di Cicco", P, 'Pasquale "Pat" Di Cicco', "Di Cicco"),
  e("Leopold Stokowski", P, "Stokowski"), e("Sidney Lumet", P), e("Wyatt Cooper", P, "Cooper"),
  e("Errol Flynn", P), e("Frank Sinatra", P), e("Marlon Brando", P), e("New York Times", O), e("Stanislaus", P),
  e("Christopher", P), e("Carter Cooper", P)]),
"wn_2019-09-20_Engineer-killed-while-working": ("workplace accidents and transport desk: an engineer is killed working on a travelator at London's Waterloo station. Waterloo station, the London Underground (also 'Underground') and its Northern and Jubilee lines (as 'Northern' and 'Jubilee' of 'the Northern and Jubilee lines', as dev20's 'Poseidon line') are FAC; the British Transport Police (also 'BTP'), the London Ambulance Service, the London Fire Brigade, Transport for London (also 'TfL') and Twitter are ORG; London, Cambridgeshire and England are GPE; 'British' (of 'the British capital') is NORP; the detective and the mayor are PERSON, titles left out. Not entities: UTC, the travelator, emergency services, offices (the mayor of London: London alone).", [
  e("Waterloo station", F), e("London", G), e("British", N), e("British Transport Police", O, "BTP"),
  e("London Underground", F, "Underground"), e("London Ambulance Service", O), e("London Fire Brigade", O),
  e("Cambridgeshire", G), e("England", G), e("Northern line", F, "Northern"), e("Jubilee line", F, "Jubilee"),
  e("Transport for London", O, "TfL"), e("Darren Gough", P), e("Sadiq Khan", P), e("Twitter", O)]),
"wn_2019-09-22_Millions-don-t-turn-up": ("curiosities desk: few turn up to 'storm' Area 51 in Nevada. Area 51 (a classified facility), the range it lies in (the Nevada Test and Training Range) and a tourist attraction (the Area 51 Alien Center) are FAC; the United States Air Force (also 'Air Force'), Facebook, the BBC and a motel business (the Little A'Le'Inn, also 'The Little A'Le'Inn') are ORG; Nevada, Bakersfield, California, the towns Rachel and Hiko, Lincoln County and Las Vegas are GPE; 'Japanese' is NORP; the poster, the sheriff (also 'Lee' of 'Sheriff Lee'), the folklorist and a cartoon character (Naruto, a fictional person, also of 'If we Naruto run') are PERSON. Not entities: the events ('Storm Area 51, They Can't Stop All of Us', 'Storm Area 51 Basecamp Experience', 'Alien Stock'), the documentary film 'Bob Lazar: Area 51 & Flying Saucers' beyond Bob Lazar, UFOs, the sheriff's office (written small).", [
  e("Area 51", F), e("United States Air Force", O, "Air Force"), e("Nevada Test and Training Range", F),
  e("Matty Roberts", P, "Roberts"), e("Facebook", O), e("Bakersfield", G), e("California", G),
  e("Area 51 Alien Center", F), e("Naruto", P), e("Japanese", N), e("Rachel", G), e("Lincoln County", G),
  e("Little A'Le'Inn", O, "The Little A'Le'Inn"), e("Kerry Lee", P, "Lee"), e("BBC", O), e("Nevada", G),
  e("Hiko", G), e("Las Vegas", G), e("Bob Lazar", P)]),
"wn_2019-10-07_Influential-rock-drummer": ("music and obituaries desk: the rock drummer Ginger Baker dies at 80. Ginger Baker (also 'Baker', and his birth name 'Peter Edward Baker'), his daughter and the musicians named are PERSON; bands (Cream, Blues Incorporated, The Rolling Stones, The Graham Bond Organisation, The Yardbirds, Blind Faith, Wings — of 'Wings's album' —, The Beatles, Public Image Ltd), the Rock and Roll Hall of Fame, the Associated Press, The Independent and Twitter are ORG; a recording studio (ARC Studio) is FAC; a park (Hyde Park, of 'London's Hyde Park') is LOC; South Africa, Britain, Lewisham, London, Nigeria, Lagos and New York are GPE; 'English' is NORP. Not entities: World War II, albums and films (Wheels of Fire, Band on the Run, Why?, Beware of Mr. Baker), the illnesses, genres (jazz, rhythm and blues).", [
  e("Ginger Baker", P, "Baker", "Peter Edward Baker"), e("English", N), e("Twitter", O),
  e("Associated Press", O), e("Nettie Baker", P), e("Cream", O), e("South Africa", G), e("Britain", G),
  e("Lewisham", G), e("London", G), e("The Independent", O), e("Acker Bilk", P), e("Terry Lightfoot", P),
  e("Charlie Watts", P, "Watts"), e("Blues Incorporated", O), e("The Rolling Stones", O),
  e("The Graham Bond Organisation", O), e("Jack Bruce", P, "Bruce"), e("Eric Clapton", P, "Clapton"),
  e("The Yardbirds", O), e("Blind Faith", O), e("Steve Winwood", P), e("Ric Grech", P), e("Hyde Park", L),
  e("Nigeria", G), e("Fela Kuti", P), e("Wings", O), e("Paul McCartney", P), e("The Beatles", O),
  e("John Lydon", P), e("Public Image Ltd", O), e("Rock and Roll Hall of Fame", O), e("New York", G),
  e("ARC Studio", F), e("Lagos", G), e("Mick Jagger", P), e("Alexis Korner", P)]),
"wn_2019-11-10_Coalition-authorities-report": ("conflict desk: rockets strike an Iraqi air base housing US troops near Mosul. The Combined Joint Task Force Operation Inherent Resolve, the Military Times, the Iraqi Security Forces, ISIS (also 'Islamic State' of 'Islamic State elements'), Iraq's parliament (as 'Parliament' of 'dissolving Parliament') and the news agency AFP are ORG; Iraq, the United States (as 'U.S.'), Mosul, Iran and Baghdad are GPE; 'Iraqi' is NORP; Saddam Hussein is PERSON. Not entities: 'Coalition' (of 'Coalition troops', the task force's forces named by a common noun), the Government of Iraq and the Iraqi government (governments, as 'the federal government' of dev24: Iraq alone), the militias, the protests, 'Iraqi security forces' written small (the Security Forces' name with capitals is annotated).", [
  e("Combined Joint Task Force Operation Inherent Resolve", O), e("Iraqi", N), e("United States", G, "U.S."),
  e("Mosul", G), e("Military Times", O), e("Iraqi Security Forces", O), e("Iraq", G),
  e("ISIS", O, "Islamic State"), e("Iran", G), e("Baghdad", G), e("Parliament of Iraq", O, "Parliament"),
  e("AFP", O), e("Saddam Hussein", P)]),
"wn_2020-01-01_Samoan-government-ends": ("health desk (no dateline; published 2020-01-01): Samoa ends its measles state of emergency. Samoa's bodies (the National Emergency Operation Centre, also 'NEOC'; the Health Emergency Operation Center; the Ministry of Health; the Ministry of Foreign Affairs; the Disease Surveillance Team), UNICEF, a laboratory (the Victorian Infectious Disease Reference Laboratory) and the World Health Organisation are ORG; hospitals (Tupua Tamasese Meaole Hospital, also 'Tupua Tamasese Meaole' of its clinic's name; Faleolo District Hospital; Leulumoega District Hospital) and a hospital's clinic (the Acute Primary Care Clinic) are FAC; Samoa, Melbourne, the Philippines, Tonga, Fiji, American Samoa and New Zealand are GPE; the Pacific (of 'the Pacific region', 'small Pacific nations') is LOC; 'Australian' is NORP. Not entities: the cabinet, the prime minister, the government (written small), the National Measles Response and Recovery Appeal (a document), the D8 strain, measles.", [
  e("Samoa", G), e("National Emergency Operation Centre", O, "NEOC"), e("Health Emergency Operation Center", O),
  e("Ministry of Health", O), e("Ministry of Foreign Affairs", O), e("Disease Surveillance Team", O),
  e("Tupua Tamasese Meaole Hospital", F, "Tupua Tamasese Meaole"), e("Faleolo District Hospital", F),
  e("Leulumoega District Hospital", F), e("Acute Primary Care Clinic", F), e("Australian", N), e("UNICEF", O),
  e("Victorian Infectious Disease Reference Laboratory", O), e("Melbourne", G), e("Pacific", L),
  e("Philippines", G), e("Tonga", G), e("Fiji", G), e("American Samoa", G), e("New Zealand", G),
  e("World Health Organisation", O)]),
"wn_2020-02-14_World-Health-Organization-names": ("health and science desk (no dateline; published 2020-02-14): the World Health Organization names the new coronavirus's disease COVID-19. The World Health Organization (also 'WHO'), the International Committee on Taxonomy of Viruses, the United Nations, its Food and Agriculture Organization, Time magazine (as 'Time'), Northwestern University and the Johns Hopkins Center for Health Security are ORG; Wuhan, China, Egypt, Italy, the United States, Thailand and Canada are GPE; 'Chinese' is NORP; the director-general and the two experts are PERSON. Not entities: diseases and viruses (COVID-19, 2019-nCoV, SARS-CoV-2, H1N1, swine flu, Middle East Respiratory Syndrome, and the Middle East inside its name), the government of Egypt (Egypt alone), offices.", [
  e("World Health Organization", O, "WHO"), e("Wuhan", G), e("China", G),
  e("International Committee on Taxonomy of Viruses", O), e("Tedros Adhanom Ghebreyesus", P), e("Egypt", G),
  e("United Nations", O), e("Food and Agriculture Organization", O), e("Time", O),
  e("Northwestern University", O), e("Wendy Parmet", P), e("Johns Hopkins Center for Health Security", O),
  e("Monica Schoch-Spana", P), e("Chinese", N), e("Italy", G), e("United States", G), e("Thailand", G),
  e("Canada", G)]),
"wn_2020-04-08_Bangladesh-reports-five": ("health desk (no dateline; published 2020-04-08): Bangladesh reports its highest daily COVID-19 deaths. Bangladesh's Institute of Epidemiology, Disease Control and Research (also 'IEDCR'), the World Health Organization (as 'WHO' too), Anadolu Agency and the Bengali Anti-Corruption Commission (as the text names it) are ORG; a hospital (the Kuwait Maitree Hospital) is FAC; Bangladesh, Dhaka and Italy are GPE; 'Bangladeshi' is NORP; the institute's director (also 'Meerjady' of 'Dr Meerjady'), the deceased official and the minister are PERSON, titles ('Dr', 'Road Transport and Bridges Minister') left out. Not entities: COVID-19, public transport, the news briefing.", [
  e("Bangladesh", G), e("Institute of Epidemiology, Disease Control and Research", O, "IEDCR"),
  e("Meerjady Sabrina Flora", P, "Meerjady"), e("Dhaka", G), e("World Health Organization", O, "WHO"),
  e("Anadolu Agency", O), e("Jalal Saifur Rahman", P), e("Bengali Anti-Corruption Commission", O),
  e("Kuwait Maitree Hospital", F), e("Bangladeshi", N), e("Obaidul Quader", P), e("Italy", G)]),
}
if __name__ == "__main__":
    write_entity_gold(NAME, DOCS)
