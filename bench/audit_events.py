"""The event rows of the texts of each event precision audit, with their sentences and dates.

An audit lists every event row the toolkit gives on a few fresh texts and judges each by reading its
sentence (``bench/audit/README.md``; the judged rows are ``bench/audit/<round>.tsv``). Each text is read
as ``toolkit extract`` reads it (:func:`toolkit.reading.sources.read_paths`, dated by its row of the
corpus MANIFEST.tsv), all the texts of a round as one set, or each as a set of its own for the rounds of
``ONE_SET_EACH``; the rows that are someone's quoted words are left out. Not a test and no score.
Texts: Wikinews (CC BY 2.5, credit "Wikinews contributors, en.wikinews.org") and the White House
(public domain), from the corpora beside the project.

    PYTHONPATH=$PWD .venv/bin/python bench/audit_events.py ROUND OUT.tsv [CORPUS_FOLDER]
    PYTHONPATH=$PWD .venv/bin/python bench/audit_events.py events22 /tmp/events22.tsv
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from toolkit.extraction.tables import extract
from toolkit.reading.sources import read_paths

WIKINEWS = "/work/shared/corpora/wikinews-2019-2020"
WHITE_HOUSE = "/work/shared/corpora/whitehouse-2025"
COLUMNS = ["doc", "start", "subject", "verb", "object", "negated", "modality", "reported_by", "date", "kind", "sentence"]

# each round: its corpus and its texts
ROUNDS = {
    # the two campaign round-ups of autumn 2020
    "events17": (WIKINEWS, (
        "wn_2020-10-29_On-the-campaign-trail-in-the-USA-September-2020.txt",
        "wn_2020-11-02_On-the-campaign-trail-in-the-USA-October-2020.txt",
    )),
    # 14 White House releases, statements and presidential messages of 2025–26
    "events18": (WHITE_HOUSE, (
        "releases__2026-08-18-president-trump-delivers-largest-drop-in-violent-crime-in-american-history.txt",
        "releases__2026-03-20-democrats-dhs-shutdown-enters-35th-day-as-airports-plunge-into-chaos-frontline-workers-suffer.txt",
        "releases__2026-05-04-president-trump-celebrates-small-business-revival-during-national-small-business-week.txt",
        "releases__2026-08-19-president-trumps-trade-agenda-is-rebuilding-the-american-auto-industry.txt",
        "briefings-statements__2026-01-16-statement-on-president-trumps-comprehensive-plan-to-end-the-gaza-conflict.txt",
        "briefings-statements__2025-04-16-white-house-announces-revolutionary-federal-procurement-overhaul.txt",
        "briefings-statements__2025-09-18-first-lady-melania-trump-concludes-second-day-of-u-k-state-visit-with-focus-on-children-families-an.txt",
        "briefings-statements__2026-04-24-first-lady-melania-trump-unveils-new-beehive-on-south-lawn.txt",
        "briefings-statements__2025-06-12-statement-by-the-president.txt",
        "briefings-statements__2025-08-14-presidential-message-on-the-80th-anniversary-of-winning-world-war-ii.txt",
        "briefings-statements__2025-12-16-america-250-presidential-message-on-the-anniversary-of-the-battle-of-the-bulge.txt",
        "briefings-statements__2025-07-05-presidential-message-on-the-211th-anniversary-of-the-battle-of-chippawa.txt",
        "briefings-statements__2026-05-10-america-250-presidential-message-on-the-anniversary-of-the-capture-of-fort-ticonderoga.txt",
        "briefings-statements__2026-06-06-america-250-presidential-message-on-the-anniversary-of-d-day.txt",
    )),
    # 12 wire reports: politics, courts and crime, conflict, business, government
    "events20": (WIKINEWS, (
        "wn_2019-01-04_Nancy-Pelosi-again-elected-Speaker-as-116th-U-S-Congress-sworn-in.txt",
        "wn_2019-02-11_Thai-political-party-withdraws-nomination-of-princess-for-prime-minister.txt",
        "wn_2019-09-25_US-Speaker-Pelosi-announces-Trump-impeachment-investigation.txt",
        "wn_2019-02-25_Texas-federal-judge-says-drafting-only-men-violates-United-States-Constitution.txt",
        "wn_2019-04-20_California-court-sentences-parents-who-kept-their-children-in-captivity.txt",
        "wn_2019-10-10_U-S-judge-orders-release-of-President-Trump-s-tax-records-appeals-court-issues-d.txt",
        "wn_2019-10-17_Hundreds-arrested-for-dark-web-child-porn-by-international-task-force.txt",
        "wn_2020-01-05_United-States-military-kills-Qasem-Soleimani.txt",
        "wn_2019-01-28_Bombs-kill-at-least-20-at-cathedral-in-Mindanao-Philippines.txt",
        "wn_2019-11-07_Hungarian-state-owned-enterprise-acquires-Hirtenberger-Defence-Group.txt",
        "wn_2019-07-10_Benin-Nigeria-join-African-Union-continental-free-trade-bloc.txt",
        "wn_2020-05-06_Philippines-largest-television-network-shut-down-by-government.txt",
    )),
    # 12 wire reports: disasters, science and health, obituaries, a feat, a church ruling
    "events21": (WIKINEWS, (
        "wn_2019-01-05_Florida-highway-pileup-fire-kills-five-children-two-truck-drivers.txt",
        "wn_2019-01-15_Iranian-cargo-plane-crashes-into-Karaj-houses.txt",
        "wn_2019-10-03_World-War-II-era-plane-crashes-in-Connecticut-US-killing-at-least-seven.txt",
        "wn_2019-10-22_Aftershocks-increase-death-toll-of-magnitude-6-3-earthquake-in-southern-Philippi.txt",
        "wn_2019-01-12_Scientists-report-correlation-between-locations-of-Easter-Island-statues-and-wat.txt",
        "wn_2019-08-15_Scientists-report-two-life-saving-treatments-for-Ebola.txt",
        "wn_2019-11-16_Ancient-Egyptians-collected-wild-ibis-birds-for-sacrifice-says-study.txt",
        "wn_2019-02-11_Pioneering-oceanographer-Walter-Munk-dies-of-pneumonia-in-California.txt",
        "wn_2019-10-07_Influential-rock-drummer-Ginger-Baker-dies-at-age-80.txt",
        "wn_2020-05-24_Japanese-professional-wrestler-and-Netflix-star-Hana-Kimura-dies-aged-22.txt",
        "wn_2019-05-12_Pope-Francis-instructs-reporting-of-sexual-abuse-to-higher-church-authorities.txt",
        "wn_2019-08-06_French-inventor-Franky-Zapata-successfully-crosses-English-Channel-on-jet-powere.txt",
    )),
    # 10 wire reports of every kind
    "events22": (WIKINEWS, (
        "wn_2019-01-23_Germany-bans-Mahan-Air-of-Iran-citing-security.txt",
        "wn_2019-03-17_New-Zealand-mosque-murder-suspect-appears-in-court-at-Christchurch.txt",
        "wn_2019-09-30_Brother-of-murdered-Pakistani-social-media-star-sentenced-to-life.txt",
        "wn_2019-09-23_Iran-s-President-Rouhani-tells-foreign-powers-to-leave-Persian-Gulf.txt",
        "wn_2020-01-10_Fire-erupts-in-parking-structure-at-Sola-Airport-Norway.txt",
        "wn_2020-01-17_Seismic-activity-continues-to-shake-Puerto-Rico-with-5-2-quake.txt",
        "wn_2019-03-05_SpaceX-Crew-Dragon-capsule-docks-with-International-Space-Station.txt",
        "wn_2020-03-15_Native-American-groups-sue-US-state-of-Montana-over-ballot-law.txt",
        "wn_2019-09-18_Arrests-made-in-theft-of-gold-toilet-in-England.txt",
        "wn_2019-10-09_Scheduled-power-outages-in-Northern-California-begin.txt",
    )),
    # 12 wire reports: politics, courts and crime, a rescue ship, a wreck found, an obituary, a fire, science
    "events23": (WIKINEWS, (
        "wn_2019-07-08_Tunisian-Prime-Minister-signs-decree-to-ban-face-veils-in-public-institutions-go.txt",
        "wn_2020-06-05_Face-coverings-to-be-mandatory-on-public-transport-in-England-from-June-15-trans.txt",
        "wn_2019-12-16_US-Federal-judge-rules-American-Samoans-are-citizens-then-delays-implementation.txt",
        "wn_2019-09-03_Kennedy-assassin-Sirhan-Sirhan-stabbed-in-California-prison.txt",
        "wn_2020-07-08_11-month-old-baby-finds-illegal-drugs-in-playground-in-British-Columbia-Canadian.txt",
        "wn_2019-02-12_German-migrant-rescue-charity-renames-ship-after-drowned-Syrian-toddler.txt",
        "wn_2019-11-13_Lost-52-Project-announces-discovery-of-wrecked-sub-near-Okinawa.txt",
        "wn_2020-01-12_Sultan-Qaboos-of-Oman-dies.txt",
        "wn_2020-06-06_Fire-at-historic-Welsh-ex-hotel-Bontddu-Hall-kills-one.txt",
        "wn_2019-04-11_New-studies-may-bring-slug-made-glues-closer-to-use-in-medicine.txt",
        "wn_2019-10-25_Wash-your-hands-or-else-spread-superbug-E-coli-say-scientists.txt",
        "wn_2020-03-26_Florida-frog-skull-survey-shows-spikes-say-scientists.txt",
    )),
    # 21 short wire reports (150-300 words): crashes and disasters, courts and crime, obituaries, sport, health, business, science
    "events24": (WIKINEWS, (
        "wn_2020-01-13_Iran-admits-downing-Ukrainian-jet-cites-human-error.txt",
        "wn_2020-09-30_South-London-police-officer-Matt-Ratana-shot-in-custody-centre.txt",
        "wn_2019-03-02_Nine-jailed-over-sexual-abuse-in-Bradford-England-children-s-home.txt",
        "wn_2020-03-13_National-Basketball-Association-suspends-season-due-to-COVID-19-concerns.txt",
        "wn_2020-01-29_Former-basketball-player-Kobe-Bryant-dies-in-helicopter-crash-aged-41.txt",
        "wn_2020-09-10_Three-children-seriously-injured-as-bus-hits-bridge-in-Winchester-England.txt",
        "wn_2019-10-13_Eliud-Kipchoge-of-Kenya-runs-marathon-under-two-hours.txt",
        "wn_2020-07-09_Seoul-city-Mayor-Park-Won-soon-found-dead-South-Korean-police-confirm.txt",
        "wn_2019-10-01_Norway-s-Warholm-wins-gold-in-400-m-hurdles-at-World-Championships-in-Doha.txt",
        "wn_2020-12-21_Prime-Minister-of-Slovakia-Igor-Matovi-tests-positive-for-COVID-19.txt",
        "wn_2019-04-28_US-Department-of-Justice-investigating-Ford-over-emissions-testing-problems.txt",
        "wn_2019-10-10_Swedish-academy-announces-2019-Nobel-Prize-winners-in-physics.txt",
        "wn_2019-10-02_Hurricane-Lorenzo-hits-Azores-heads-towards-Ireland.txt",
        "wn_2020-06-11_Burundi-President-Pierre-Nkurunziza-dies-aged-55.txt",
        "wn_2019-04-08_540-million-private-Facebook-records-found-on-public-Internet.txt",
        "wn_2020-06-11_Police-arrest-twelve-after-explosives-kill-jackal-in-Tamil-Nadu-India.txt",
        "wn_2020-10-08_Guitarist-Eddie-Van-Halen-dies-aged-65.txt",
        "wn_2020-08-08_Passenger-flight-crashes-upon-landing-at-Calicut-airport-in-India.txt",
        "wn_2019-06-28_Driver-in-New-Hampshire-multi-motorcycle-crash-pleads-not-guilty.txt",
        "wn_2020-06-04_Power-firm-helicopter-strikes-cables-crashes-near-Fairfield-California.txt",
        "wn_2019-10-14_Kenya-s-Brigid-Kosgei-sets-new-world-record-at-Chicago-Marathon.txt",
    )),
    # 9 wire reports: two obituaries, a relic's procession, a buffalo herd, a women's train crew, rugby, a lost ship, a student contest, a pipeline
    "events25": (WIKINEWS, (
        "wn_2019-02-11_Bishop-Emeritus-Dinualdo-Gutierrez-of-Marbel-Philippines-dies.txt",
        "wn_2019-05-03_Holy-Headdress-of-Christ-carried-in-procession-through-streets-of-Cahors-France.txt",
        "wn_2019-10-19_Northern-Arapaho-Tribe-welcomes-buffalo-herd-in-Wyoming-United-States.txt",
        "wn_2020-03-06_Indian-Railway-all-women-crew-steers-Tippu-Express-ahead-of-International-Women.txt",
        "wn_2020-06-03_South-Sudanese-politician-John-Luk-Jok-dies-aged-about-68.txt",
        "wn_2020-09-01_University-defeat-Maroochydore-in-round-five-of-2020-Sunshine-Coast-Rugby-Union.txt",
        "wn_2019-01-10_Wikinews-investigates-disappearance-of-Indonesian-cargo-ship-Namse-Bangdzod.txt",
        "wn_2019-05-06_Students-compete-in-second-international-Neurosurgery-Olympiad-in-Tyumen-Russia.txt",
        "wn_2020-01-10_Greek-prime-minister-reaffirms-EastMed-pipeline-project-is-open-for-other-countr.txt",
    )),
    # 8 White House texts: the First Lady's three events, a joint trade statement, a veto, three articles
    "events28": (WHITE_HOUSE, (
        "briefings-statements__2025-04-18-first-lady-melania-trump-previews-2025-white-house-easter-egg-roll-activities.txt",
        "briefings-statements__2025-05-21-first-lady-melania-trump-speaks-at-senate-spouses-luncheon-on-supporting-children-youth.txt",
        "briefings-statements__2025-10-26-joint-statement-on-united-states-vietnam-framework-for-an-agreement-on-reciprocal-fair-and-balanced.txt",
        "briefings-statements__2025-12-30-congressional-bill-h-r-504-vetoed.txt",
        "briefings-statements__2026-03-12-first-lady-melania-trump-calls-on-women-to-be-courageous-and-take-risks.txt",
        "articles__2025-02-12-president-donald-j-trump-brings-marc-fogel-home.txt",
        "articles__2025-03-15-president-trump-is-standing-up-to-terrorism-and-protecting-international-commerce.txt",
        "articles__2026-02-04-new-milestone-in-operation-metro-surge-4000-criminal-illegals-removed-from-minnesota-streets.txt",
    )),
    # 12 White House "ICYMI" articles of 2025 that reproduce wire and newspaper reporting (Reuters, WSJ, Fox, CNBC …)
    "events30": (WHITE_HOUSE, (
        "articles__2025-02-26-icymi-secretary-brooke-rollins-outlines-plan-to-lower-egg-prices.txt",
        "articles__2025-03-10-icymi-companies-eye-us-expansion-to-lessen-fallout-from-potential-tariffs.txt",
        "articles__2025-03-26-icymi-uaw-praises-president-trumps-auto-tariffs.txt",
        "articles__2025-03-31-icymi-california-mexico-border-once-overwhelmed-now-nearly-empty.txt",
        "articles__2025-04-09-icymi-president-trump-is-president-for-main-street-not-wall-street.txt",
        "articles__2025-04-30-icymi-president-trumps-largest-tax-cut-in-history.txt",
        "articles__2025-05-08-icymi-trump-administrations-plan-to-modernize-air-traffic-control-system.txt",
        "articles__2025-05-19-icymi-new-projection-signals-good-news-for-families-workers-in-trumps-big-beautiful-bill.txt",
        "articles__2025-05-28-icymi-trumps-one-big-beautiful-bill-promises-up-to-11600-wage-boost-new-jobs.txt",
        "articles__2025-06-11-icymi-for-the-first-time-in-decades-the-us-mexico-border-is-silent.txt",
        "articles__2025-07-15-icymi-home-depot-co-founder-now-sold-on-trump.txt",
        "articles__2025-08-03-icymi-negative-net-migration-for-the-first-time-in-at-least-50-years.txt",
    )),
    # 9 White House "ICYMI" articles of 2025–26: op-eds and reporting (tariffs, science policy, Medicaid, the budget
    # bill, AI and energy investment, the economy)
    "events31": (WHITE_HOUSE, (
        "articles__2025-02-28-icymi-navarro-president-trumps-aluminum-tariffs-is-far-more-than-a-trade-battle.txt",
        "articles__2025-03-27-icymi-president-trump-outlines-ostps-goals-and-priorities.txt",
        "articles__2025-04-11-icymi-migrants-on-terror-watchlist-received-medicaid.txt",
        "articles__2025-05-12-icymi-a-common-sense-budget-reconciliation-bill.txt",
        "articles__2025-06-04-icymi-most-essential-piece-of-legislation-in-the-western-world.txt",
        "articles__2025-07-16-icymi-president-trump-announces-92-billion-in-ai-energy-powerhouse-investments.txt",
        "articles__2025-08-22-icymi-tariffs-will-reduce-deficit-by-4-trillion.txt",
        "articles__2025-11-18-icymi-president-trump-talks-economy-mcdonalds-speech.txt",
        "articles__2026-03-13-icymi-trumps-energy-triumph.txt",
    )),
    # 7 White House "ICYMI" articles of 2025–26: reporting and op-eds (200 days, VA claims, the border wall, autism,
    # border crossings, permitting, violent crime)
    "events32": (WHITE_HOUSE, (
        "articles__2025-08-08-icymi-celebrating-200-days-of-american-renewal.txt",
        "articles__2025-08-13-icymi-va-processes-more-claims-in-a-single-year-than-ever-before.txt",
        "articles__2025-09-02-icymi-trump-seizes-victory-in-border-wall-fight-with-new-funding.txt",
        "articles__2025-09-22-icymi-trump-administration-going-bold-to-tackle-autism.txt",
        "articles__2025-10-07-icymi-illegal-crossings-along-u-s-mexico-border-plummet-to-lowest-annual-level-since-1970.txt",
        "articles__2026-01-14-icymi-the-trump-administration-is-moving-to-fix-a-broken-permitting-system.txt",
        "articles__2026-02-11-icymi-violent-crime-plummets-across-major-u-s-cities.txt",
    )),
    "events33": (WHITE_HOUSE, (
        "articles__2025-04-08-nyt-smear-attempt-omits-its-own-critical-context.txt",
        "articles__2025-06-20-service-workers-rally-behind-president-trump-no-tax-on-tips.txt",
        "articles__2025-08-11-fact-yes-d-c-crime-is-out-of-control.txt",
        "articles__2025-09-09-tom-homan-annihilates-msdncs-smears-lies-on-border-security.txt",
        "articles__2025-10-22-top-democrat-cheers-americans-suffering-as-leverage-in-their-sick-political-game.txt",
        "articles__2025-11-03-thank-a-democrat-for-five-hour-tsa-lines-mass-flight-delays.txt",
        "articles__2026-02-03-minnesota-democrats-protected-this-violent-illegal-alien-the-trump-administration-is-deporting-him.txt",
        "articles__2026-03-17-airline-ceos-demand-immediate-action-as-democrats-dhs-shutdown-pushes-air-travel-to-the-brink.txt",
    )),
    "events34": (WHITE_HOUSE, (
        "articles__2025-09-15-memphis-has-a-crime-problem-and-residents-agree.txt",
        "articles__2025-09-25-democrats-press-on-with-shutdown-threats-even-the-media-isnt-buying-their-obstruction.txt",
        "articles__2025-11-17-where-is-democrats-transparency-on-epstein.txt",
        "articles__2025-11-19-abc-news-is-fake-news.txt",
    )),
    "events35": (WHITE_HOUSE, (
        "articles__2025-05-21-another-activist-judge-is-protecting-criminal-illegal-immigrant-monsters.txt",
        "articles__2025-04-14-no-safe-harbor-for-illegal-immigrant-criminals-under-president-trump.txt",
        "articles__2026-02-24-radical-lefts-rebuttal-will-contrast-democrat-extremism-with-president-trumps-road-to-prosperity.txt",
        "articles__2025-10-08-portland-fake-news-ignores-antifa-violence-residents-pleas-for-help.txt",
        "articles__2025-08-07-apple-600-billion-commitment-to-boost-u-s-manufacturing.txt",
        "articles__2025-06-20-every-day-the-trump-administration-is-getting-violent-criminal-illegals-off-our-streets.txt",
        "articles__2025-05-28-fact-one-big-beautiful-bill-cuts-spending-fuels-growth.txt",
        "articles__2025-12-02-landmark-dell-gift-supercharges-trump-accounts-for-americas-kids.txt",
    )),
    "events36": (WHITE_HOUSE, (
        "articles__2025-05-06-promises-made-promises-kept-president-trump-brings-americans-home.txt",
        "articles__2025-09-01-president-trump-is-delivering-for-american-workers.txt",
        "articles__2026-01-15-president-trump-unveils-the-great-healthcare-plan-to-lower-costs-and-deliver-money-directly-to-the-.txt",
        "articles__2026-01-29-ceq-demos-tech-to-speed-up-federal-environmental-reviews-ce-works.txt",
        "articles__2025-06-06-trump-effect-higher-pay-for-american-workers.txt",
        "articles__2025-05-02-president-trump-finally-ends-the-madness-of-npr-pbs.txt",
        "articles__2025-06-11-under-president-trump-america-is-defeating-inflation.txt",
        "articles__2026-01-16-minnesotas-sanctuary-defiance-has-consequences.txt",
    )),
    # 10 White House press pages: a minerals framework, the First Lady in Texas, a U.S.-China statement, Lincoln's
    # birthday, Trenton, a Medal of Honor, Georgia, growth, the Sunday shows, an NBC interview
    "events40": (WHITE_HOUSE, (
        "briefings-statements__2025-10-20-united-states-australia-framework-for-securing-of-supply-in-the-mining-and-processing-of-critical-m.txt",
        "briefings-statements__2025-07-11-first-lady-melania-trump-visited-flood-ravaged-texas.txt",
        "briefings-statements__2025-08-11-joint-statement-on-u-s-china-economic-and-trade-meeting-in-stockholm.txt",
        "briefings-statements__2026-02-12-birthday-of-president-abraham-lincoln-2026.txt",
        "briefings-statements__2025-12-26-america-250-anniversary-of-the-battle-of-trenton.txt",
        "briefings-statements__2026-06-18-president-trump-to-award-medal-of-honor.txt",
        "articles__2026-02-19-president-trump-returns-to-georgia-delivering-real-relief-for-families-with-much-more-on-the-way.txt",
        "articles__2025-07-30-economic-growth-shatters-expectations-as-president-trump-fuels-americas-golden-age.txt",
        "articles__2025-06-08-sunday-shows-pass-the-one-big-beautiful-bill.txt",
        "articles__2026-02-05-president-trump-showcases-historic-successes-future-vision-exclusive-nbc-interview.txt",
    )),
    # 6 White House pages: TrumpRx, law enforcement heroes, the Supreme Court on injunctions, an El Salvador trade
    # framework, cashless bail, the economy
    "events41": (WHITE_HOUSE, (
        "articles__2026-02-06-president-trump-launches-trumprx-gov-delivering-massive-immediate-savings-to-millions-of-americans.txt",
        "articles__2025-08-28-white-house-honors-law-enforcement-heroes-in-fight-against-drug-trafficking.txt",
        "articles__2025-06-27-a-big-win-supreme-court-ends-excessive-nationwide-injunctions.txt",
        "briefings-statements__2025-11-13-joint-statement-on-framework-for-united-states-el-salvador-agreement-on-reciprocal-trade.txt",
        "articles__2025-08-25-cashless-bail-is-a-government-backed-crime-spree.txt",
        "articles__2025-03-04-president-trump-is-undoing-bidens-economic-damage.txt",
    )),
    # 10 White House pages: a UK technology deal, Iowa families, Memphis, Iran strikes, costs, the homeland, Iran's
    # nuclear sites, the spring garden tours, the First Lady and foster youth, Andrew Jackson's birthday
    "events43": (WHITE_HOUSE, (
        "articles__2025-09-18-president-trump-signs-technology-prosperity-deal-with-united-kingdom.txt",
        "articles__2026-01-27-iowa-families-are-winning-again-under-president-trumps-leadership.txt",
        "articles__2025-09-16-memphis-residents-welcome-president-trumps-action-to-restore-public-safety.txt",
        "articles__2026-03-04-americas-warriors-are-obliterating-iranian-terror-regime-with-unrelenting-force.txt",
        "articles__2025-12-09-president-trump-delivers-progress-on-lowering-costs-with-much-more-relief-on-the-way.txt",
        "articles__2025-03-04-president-trump-is-securing-our-homeland.txt",
        "articles__2025-06-26-experts-agree-irans-nuclear-facilities-have-been-obliterated.txt",
        "briefings-statements__2025-04-03-2025-spring-garden-tours-schedule-adjustment.txt",
        "briefings-statements__2026-05-12-first-lady-melania-trumps-10-achievements-transforming-outcomes-for-foster-youth-since-the-signing-.txt",
        "briefings-statements__2025-03-15-presidential-message-on-the-birthday-of-president-andrew-jackson-2025.txt",
    )),
    # 10 White House pages: Davos, a nuclear op-ed, the CEQ chair, the shutdown's cost, week 12, Iran, a winning streak,
    # the Guard and Reserve week, a Thailand trade framework, the Catholic bishops
    "events42": (WHITE_HOUSE, (
        "articles__2026-01-21-in-davos-president-trump-outlines-bold-vision-for-american-prosperity-transatlantic-strength.txt",
        "articles__2025-05-27-opinion-trump-unleashes-us-nuclear-renaissance-with-bold-executive-orders.txt",
        "articles__2025-09-18-katherine-scarlett-confirmed-as-13th-chair-of-the-council-on-environmental-quality.txt",
        "articles__2025-10-03-all-50-states-will-see-devastating-economic-hit-in-democrat-shutdown.txt",
        "articles__2025-04-11-week-12s-winners-the-american-people.txt",
        "articles__2026-03-02-74-times-president-trump-has-made-clear-that-iran-cannot-have-a-nuclear-weapon.txt",
        "articles__2025-09-03-winning-streak-record-breaking-tariffs-border-security-and-safer-cities.txt",
        "briefings-statements__2026-08-17-presidential-message-on-national-employer-support-of-the-guard-and-reserve-week-1d9a.txt",
        "briefings-statements__2025-10-26-joint-statement-on-a-framework-for-a-united-states-thailand-agreement-on-reciprocal-trade.txt",
        "briefings-statements__2026-06-11-presidential-message-on-u-s-catholic-bishops-honoring-the-250th-anniversary-of-american-independenc.txt",
    )),
    # 10 Wikinews reports of 2019–20: a term-limits amendment, Hurricane Humberto, two obituaries (Conyers, Hunter),
    # Time's Person of the Year, a Maker Faire, Louisiana before Tropical Storm Barry, a million infections, Toronto
    # Comicon, a mockumentary's premiere
    "events44": (WIKINEWS, (
        "wn_2019-01-06_Senator-Ted-Cruz-proposes-amendment-to-U-S-Constitution-setting-Congressional-te.txt",
        "wn_2019-09-19_Hurricane-Humberto-strengthens-to-Category-3-while-approaching-Bermuda.txt",
        "wn_2019-10-28_Former-US-Representative-John-Conyers-dies-at-age-90.txt",
        "wn_2019-12-14_Greta-Thunberg-named-2019-Time-Person-of-the-Year.txt",
        "wn_2019-04-30_Wikinews-attends-Maker-Faire-in-Tyler-Texas.txt",
        "wn_2019-07-12_Louisiana-declares-state-of-emergency-as-Tropical-Storm-Barry-approaches-U-S-coa.txt",
        "wn_2020-04-05_SARS-CoV-2-surpasses-one-million-infections-worldwide.txt",
        "wn_2019-03-29_Toronto-Comicon-2019-welcomes-fans-with-celebrities-creativity-cosplay.txt",
        "wn_2019-09-25_Singer-songwriter-Robert-Hunter-dies-aged-78.txt",
        "wn_2019-10-07_Mockumentary-Mister-America-has-world-premiere.txt",
    )),
    # 10 White House pages: the First Lady's online-protection roundtable, Biden and González Urrutia, Biden's call with
    # Zelenskyy, the Jackson Magnolia, the ballroom's construction, the HALT Fentanyl Act, the King's state visit, Senator
    # Graham honoured, the Vice President's calls with Bahrain's King and Crown Prince, the AI Education Task Force
    "events45": (WHITE_HOUSE, (
        "briefings-statements__2025-03-03-readout-from-first-lady-melania-trumps-roundtable-discussion-on-online-protection-and-the-take-it-d.txt",
        "statements-releases__2025-01-06-readout-of-president-bidens-meeting-with-president-elect-edmundo-gonzalez-urrutia-of-venezuela.txt",
        "statements-releases__2025-01-10-readout-of-president-bidens-call-with-president-zelenskyy-of-ukraine-16.txt",
        "briefings-statements__2025-04-07-white-house-to-safely-replace-historic-jackson-magnolia-with-descendant-sapling.txt",
        "briefings-statements__2025-07-31-the-white-house-announces-white-house-ballroom-construction-to-begin.txt",
        "articles__2025-07-16-president-trump-signs-halt-fentanyl-act-into-law.txt",
        "releases__2026-04-29-president-trump-first-lady-welcome-king-charles-iii-and-queen-camilla-for-state-visit-honoring-250-.txt",
        "releases__2026-07-13-president-trump-honors-the-life-and-legacy-of-senator-lindsey-graham.txt",
        "statements-releases__2025-01-10-readout-of-vice-president-harriss-calls-with-king-hamad-bin-isa-al-khalifaand-crown-prince-salman-b.txt",
        "articles__2025-12-11-31600.txt",
    )),
    # 10 Wikinews reports of 2019–20: the House's contempt vote, the Queen's prorogation, the Supreme Court on it, the
    # Abqaiq drone attacks, Hong Kong's extradition bill withdrawn, the House on the articles of impeachment, the
    # Streatham knife attack, Typhoon Phanfone, the GSA's transition letter, Navalny airlifted to Germany
    "events46": (WIKINEWS, (
        "wn_2019-07-20_US-House-of-Representatives-holds-two-Cabinet-officers-in-criminal-contempt-of-C.txt",
        "wn_2019-08-29_Queen-Elizabeth-agrees-to-suspend-UK-Parliament-ahead-of-Brexit-deadline.txt",
        "wn_2019-09-24_UK-Supreme-Court-rules-prorogation-of-parliament-unlawful.txt",
        "wn_2019-09-15_Oil-facilities-in-Saudi-Arabia-hit-by-drone-attacks.txt",
        "wn_2019-09-06_Hong-Kong-leader-announces-withdrawal-of-extradition-bill.txt",
        "wn_2020-01-15_U-S-House-to-decide-on-submitting-articles-of-impeachment-to-Senate.txt",
        "wn_2020-02-05_Police-shoot-man-dead-after-terrorist-related-knife-attack-in-London.txt",
        "wn_2019-12-28_Typhoon-Phanfone-strikes-Philippines.txt",
        "wn_2020-11-26_US-federal-agency-announces-plans-to-begin-presidential-transition-process-follo.txt",
        "wn_2020-08-22_Russia-s-Navalny-airlifted-to-Germany.txt",
    )),
    # 10 Wikinews reports of 2019–20: the G7 on the Amazon fires, Johnson's prorogation, the Area 51 raid that did not
    # happen, the House's impeachment rules, Hong Kong's district council elections, Trump's eleven pardons and
    # commutations, the coronavirus spreading like flu, Wisconsin's election amid COVID-19, the Koszalin escape-room
    # fire, the WHO declaring a pandemic
    "events48": (WIKINEWS, (
        "wn_2019-08-24_World-leaders-call-to-address-Amazon-rainforest-fires-at-G7.txt",
        "wn_2019-09-11_UK-Prime-Minister-Johnson-suspends-parliament-for-five-weeks-as-Brexit-deadline.txt",
        "wn_2019-09-22_Millions-don-t-turn-up-to-storm-US-airbase-for-extraterrestrial-evidence.txt",
        "wn_2019-11-01_U-S-House-formalizes-rules-for-Trump-impeachment-proceedings.txt",
        "wn_2019-11-27_Hundreds-of-Hong-Kong-district-council-seats-go-to-pro-democracy-candidates.txt",
        "wn_2020-02-21_US-President-Trump-grants-eleven-people-clemency.txt",
        "wn_2020-02-22_COVID-19-may-spread-like-flu-say-scientists.txt",
        "wn_2020-04-07_US-state-of-Wisconsin-holds-2020-election-amidst-COVID-19-concerns.txt",
        "wn_2019-01-05_Escape-room-fire-kills-five-teen-girls-in-Koszalin-Poland.txt",
        "wn_2020-03-14_World-Health-Organization-declares-COVID-19-pandemic.txt",
    )),
    # 10 Wikinews reports of 2019–20: the Badalona apartment-block fire, four teenagers shot at a graduation party, the
    # "Lion Man" killed by his lions, Gillibrand ends her bid, the Chittagong slum fire, Hurricane Dorian in the Bahamas,
    # Humberto upgraded, the WHO names COVID-19, deaths from power-plant pollution, Sanders endorses Biden
    "events49": (WIKINEWS, (
        "wn_2019-01-07_Catalonia-apartment-block-fire-kills-three-injures-sixteen.txt",
        "wn_2019-07-23_Four-teenagers-shot-at-Pennsylvania-graduation-party.txt",
        "wn_2019-08-22_South-African-Lion-Man-killed-by-his-lions.txt",
        "wn_2019-08-30_Gillibrand-ends-US-presidential-bid.txt",
        "wn_2019-02-18_Fire-kills-nine-injures-dozens-in-Chittagong-Bangladesh-slum.txt",
        "wn_2019-09-01_Hurricane-Dorian-strengthens-to-Category-5-makes-landfall-in-the-Bahamas.txt",
        "wn_2019-09-16_Tropical-Storm-Humberto-upgraded-to-hurricane-status.txt",
        "wn_2020-02-14_World-Health-Organization-names-new-coronavirus-COVID-19.txt",
        "wn_2019-11-23_Researchers-break-down-deaths-due-to-power-plant-pollution-in-the-United-States.txt",
        "wn_2020-04-15_Bernie-Sanders-endorses-Joe-Biden-in-2020-United-States-presidential-election.txt",
    )),
}

# the rounds whose texts are each read as a set of their own (the set-wide vote sees one text)
ONE_SET_EACH = {"events28", "events30", "events31", "events32", "events33", "events34", "events35", "events36",
               "events40", "events41", "events42", "events43", "events44",
               "events45", "events46", "events48", "events49"}


def asserted_events(paths: list[Path], **reading) -> pd.DataFrame:
    """The event rows of the texts at ``paths``, read as one set, that are no one's quoted words."""
    events = extract(read_paths(paths, **reading)).events
    return events[~events["quoted"]][COLUMNS]


def write_asserted_events(paths: list[Path], out: str, one_set_each: bool = False, **reading) -> None:
    """Write the event rows of the texts at ``paths`` that are no one's quoted words, as TSV.

    Args:
        paths: the texts.
        out: the TSV file to write.
        one_set_each: read each text as a set of its own (rows numbered on through the texts).
        **reading: passed to :func:`toolkit.reading.sources.read_paths` (``published=`` for a seed).
    """
    if one_set_each:
        rows = pd.concat([asserted_events([path], **reading) for path in paths], ignore_index=True)
    else:
        rows = asserted_events(paths, **reading)
    rows.to_csv(out, sep="\t", na_rep="nan")


def main(round_name: str, out: str, corpus: str | None = None) -> None:
    if round_name not in ROUNDS:
        sys.exit(f"unknown round {round_name!r}: one of {', '.join(ROUNDS)}")
    default, texts = ROUNDS[round_name]
    write_asserted_events([Path(corpus or default) / name for name in texts], out,
                          one_set_each=round_name in ONE_SET_EACH)


if __name__ == "__main__":
    main(*sys.argv[1:4])
