"""Invented material for the third, BLIND cleaning holdout (quality/cleaning/holdout3.jsonl).

Built and committed while the ``dropped_hyphen`` rule was being reworked after holdout2, and
not measured by anyone working on the rules: its first measurement, made once when that work
is final, is the honest generalisation figure (no floors are pinned for it until then; see
quality/cleaning_eval.py).

Same layout as bank.py, but nothing the rules could have been tuned on is reused: names,
places, organisations, topics, sentence templates, quotes, headlines, subheads, hard
negatives, the outlets (their recurring header and footer lines, learned as boilerplate only
from recurrence), the boilerplate, caption, byline, dateline and source-line phrasings, the
native-language paragraphs and their metadata are all new, and so are the compounds whose
hyphen or space gets dropped (tests/quality/test_cleaning_gate.py checks that none of them is
in bank.py, holdout_bank.py or holdout2_bank.py). The compounds are drawn from news across
economics, science, health, technology, law, the military, sport and culture, in every
family: prefix compounds, degree word + participle, noun + participle or adjective, number +
unit, adjective/noun + noun (three-word ones included), two proper nouns, and a name with a
geographic or institutional head ("Coral Sea", "Met Office"). Most are written into the
sentence templates where they belong; ``SLOT_HYPHENATED`` are the general modifiers that fill
the ``{h}`` slot. Invisible characters and odd spaces include two not used before (word
joiner U+2060, figure space U+2007).

Labelling convention: exactly that of holdout2_bank.py (Reuters / British news style,
"harbour", "defence"; compound modifiers before a noun hyphenated; the prefixes take a hyphen
before a word that stands on its own, dictionary words written closed stay closed; "-ly"
adverbs take no hyphen; two names in a relation take a hyphen, a name of a body or a sea a
space). A compound whose closed spelling is also common in edited news (US or British:
"preseason", "semifinal", "nonprofit", "playoff", "postwar", "counteroffensive",
"homegrown", "lifesaving", "carmaking", "hardline", "frontline", "multimillion") is left
out rather than labelled; such words appear only as hard negatives where the closed form is
the usual one. Hard negatives also hold real closed compounds of many domains, rare words
that begin like a prefix ("antimony", "nonagenarian", "postprandial", "preponderance"),
CamelCase company names and surnames, alphanumeric codes, and mixed-script or accented text
that is correct as written.
"""

from __future__ import annotations

from quality.cleaning.bank import DAYS, MONTHS  # noqa: F401  (shared calendar)

FIRST = ["Aoife", "Bartosz", "Cristina", "Dariusz", "Eamon", "Farida", "Gintaras", "Halima",
         "Ilkka", "Jelena", "Kwame", "Lorenzo", "Miriam", "Nuno", "Oksana", "Piotr", "Rasa",
         "Siobhan", "Tariq", "Ugne", "Vasyl", "Wanjiru", "Yasmin", "Zeynep", "Amadou",
         "Chiara", "Søren", "Łukasz", "Ángel", "Zoë"]
LAST = ["Mensah", "Okonkwo", "Diallo", "Kariuki", "Nakamura", "Fitzgerald", "Ramanauskas",
        "Virtanen", "Kovalenko", "Zielinski", "Baptiste", "Esposito", "Haddad", "Ibrahim",
        "Jaramillo", "Keane", "Mwangi", "Nwosu", "O'Sullivan", "MacLeod", "McAllister",
        "Takahashi", "Lindberg", "Sandoval", "Jiménez", "Østergaard",
        "Şahin", "Nyström"]
# names with letters outside ASCII (used where mojibake can strike)
ACCENTED = ["Ústí nad Labem", "Nîmes", "Göttingen", "Częstochowa", "Győr", "Tórshavn",
            "Reykjavík", "Bodø", "Örebro", "Hämeenlinna", "Cádiz", "Lübeck", "Sète",
            "Nikšić", "Curaçao"]
PLACES = ["Mombasa", "Dakar", "Accra", "Durban", "Tangier", "Sfax", "Aqaba", "Basra",
          "Muscat", "Karachi", "Chittagong", "Da Nang", "Surabaya", "Cebu", "Busan",
          "Vladivostok", "Murmansk", "Kiruna", "Oulu", "Narvik", "Cork", "Galway", "Aberdeen",
          "Dundee", "Nantes", "Lille", "Cagliari", "Palermo", "Valletta", "Limassol",
          "Heraklion", "Kotor", "Durres", "Novi Sad", "Cluj"]
ORGS = ["UNICEF", "the ASEAN secretariat", "ECOWAS", "CERN", "FIFA", "UEFA", "the ICAO",
        "the European Space Agency", "UNEP", "the Court of Arbitration for Sport",
        "the International Criminal Court", "the Bank for International Settlements",
        "the Paris Club", "the Mekong River Commission", "the Commonwealth secretariat"]
ROLES = ["the chief executive", "a team doctor", "the head coach", "a defence analyst",
         "an epidemiologist", "the trial judge", "a bond strategist", "the museum director",
         "a spokesman for the regulator", "the fisheries minister", "a ship's captain",
         "an air traffic controller"]
HOMOGLYPH_WORDS = ["Khartoum", "Ankara", "Helsinki", "Copenhagen", "tariff", "inflation",
                   "referendum", "coalition", "opposition", "Tokyo", "Caracas", "verdict"]
ACRONYMS = ["UNICEF", "ASEAN", "ECOWAS", "CERN", "FIFA", "UEFA", "ICAO", "UNEP",
            "UNICEF", "CERN", "FIFA", "ECOWAS"]
TOPICS = ["broadband rollout", "fishing licences", "stadium financing", "doping inquiry",
          "measles outbreak", "chip plant subsidies", "carbon border levy", "lithium mine",
          "satellite launch", "copyright directive", "jury reform", "prison overcrowding",
          "minimum wage", "cocoa prices", "desalination plant", "malaria vaccine",
          "transfer window", "museum restitution", "film subsidies", "troop rotation",
          "drone procurement", "bank stress tests", "sovereign wealth fund"]

# General compound modifiers that fit the {h} slot ("the {h} plan", "a {h} review").
SLOT_HYPHENATED = [
    "anti-fraud", "anti-poverty", "anti-bribery", "pro-growth", "pro-market", "non-EU",
    "pre-referendum", "pre-agreed", "post-Brexit", "post-quake", "mid-decade",
    "multi-agency", "multi-country", "pan-African", "quasi-judicial", "all-party",
    "self-imposed", "ill-conceived", "ill-defined", "well-rehearsed", "much-vaunted",
    "much-anticipated", "well-documented", "hard-nosed", "eleven-day", "seven-year",
    "four-week", "ten-hour", "twelve-month", "three-nation", "seven-member", "four-nation",
    "cost-of-living", "last-ditch", "zero-sum", "closed-door", "open-door", "face-to-face",
    "medium-term", "near-term", "evidence-based", "data-driven", "low-emission",
    "zero-emission", "inflation-linked", "game-changing", "supply-side", "eye-catching",
]
# Compound modifiers (and a few hyphenated nouns) as Reuters / British news style writes
# them; their joined forms are misspellings. None is in the other three banks.
HYPHENATED = SLOT_HYPHENATED + [
    # prefix + word
    "anti-tank", "anti-aircraft", "anti-dumping", "anti-obesity", "anti-immigration",
    "anti-nuclear", "anti-piracy", "pro-Western", "pro-Palestinian", "non-oil", "non-food",
    "non-executive", "non-league", "pre-match", "pre-Christmas", "pre-coup", "pre-Olympic",
    "post-match", "post-Soviet", "post-coup", "post-storm", "ex-wife", "ex-chairman",
    "ex-footballer", "ex-spy", "mid-August", "mid-table", "mid-December", "multi-storey",
    "pan-Arab", "counter-piracy", "counter-drone", "sub-Saharan", "self-employed",
    "self-governing", "self-defence", "neo-Nazi", "then-president", "great-grandson",
    "all-night", "all-inclusive",
    # degree word + participle
    "well-attended", "well-educated", "well-paid", "well-trodden", "well-off",
    "ill-judged", "ill-prepared", "long-serving", "long-suffering", "short-staffed",
    "hard-earned", "fast-paced", "best-paid", "worst-affected",
    # noun + participle or adjective
    "cocoa-growing", "coffee-growing", "wine-producing", "rice-growing", "mosquito-borne",
    "tick-borne", "drug-resistant", "heat-resistant", "cash-rich", "resource-rich",
    "mineral-rich", "labour-intensive", "capital-intensive", "carbon-intensive",
    "rain-soaked", "flood-prone", "drought-prone", "accident-prone", "debt-laden",
    "smoke-free", "interest-free", "nuclear-armed", "nuclear-powered", "family-owned",
    "Taliban-led", "Saudi-led", "Nairobi-based", "Brussels-based", "Oslo-based",
    "Seoul-based", "Lagos-based", "Dubai-based", "Western-backed", "rate-setting",
    "price-fixing", "fee-paying", "tax-raising", "vote-rigging", "match-fixing",
    "ball-tampering", "drink-driving", "labour-saving", "jaw-dropping", "Oscar-winning",
    "Grammy-nominated", "chart-topping", "match-winning", "title-winning",
    "record-equalling", "injury-hit", "star-studded", "dollar-denominated",
    "index-linked", "bond-buying", "export-oriented", "tax-cutting", "court-appointed",
    "court-ordered", "battery-powered", "solar-powered", "AI-generated", "peer-reviewed",
    "plant-based", "lab-grown", "cloud-based", "vaccine-derived", "ground-based",
    "battle-tested", "Russian-occupied",
    # number + unit
    "three-set", "five-set", "three-bedroom", "four-lane", "two-man", "six-figure",
    "three-dimensional", "four-wheel", "two-time", "three-time", "one-day", "nine-hole",
    # adjective/noun + noun (three-word ones too)
    "centre-left", "centre-right", "left-leaning", "working-class", "first-class",
    "part-time", "small-scale", "top-flight", "second-tier", "top-tier", "free-market",
    "free-trade", "hard-currency", "cross-Channel", "blue-chip", "no-confidence", "no-fly",
    "no-go", "zero-tolerance", "high-yield", "short-selling", "white-collar",
    "first-degree", "maximum-security", "open-air", "open-source", "sold-out",
    "black-and-white", "coming-of-age", "door-to-door", "year-on-year", "surface-to-air",
    "hat-trick", "cross-examination", "high-resolution", "gene-editing", "deep-sea",
    "middle-income", "old-fashioned",
]
TWO_WORD_NAMES = ["Coral Sea", "Tasman Sea", "Barents Sea", "Celtic Sea", "Tyrrhenian Sea",
                  "Andaman Sea", "Labrador Sea", "Southern Ocean", "Bering Strait",
                  "Suez Canal", "Kiel Canal", "Rift Valley", "High Court", "Appeals Court",
                  "Reserve Bank", "Education Ministry", "Home Office", "Met Office",
                  "Space Agency", "Border Force", "Competition Authority",
                  "Premier League", "Champions League", "Ryder Cup", "Davis Cup",
                  "Stock Exchange", "Silicon Valley", "Nobel Prize", "Booker Prize",
                  "Cyber Command"]
PAIRED_NAMES = ["Peru-Bolivia", "Rwanda-Congo", "Greco-Roman", "Sino-Soviet",
                "Afro-Caribbean", "Russo-Ukrainian", "Polish-German", "Dutch-Belgian",
                "Canada-US", "Mexico-US", "Japan-China", "Iraq-Syria", "Libya-Tunisia",
                "Nigeria-Cameroon", "Uganda-Kenya", "Estonia-Latvia", "Croatia-Slovenia",
                "Bulgaria-Greece", "Judeo-Christian", "Austro-Prussian"]

# Slots as in bank.py. Most compounds are written where they belong; real closed compounds
# and closed words that begin like a prefix are written in on purpose and must stay.
SENTENCES = [
    # economics and business
    "The {h} package was sent to parliament in {p} on {d}.",
    "Investors in {p} welcomed the {h} review of the {t}.",
    "The central bank's rate-setting committee kept borrowing costs on hold in {m}.",
    "The blue-chip index in {p} rose for a third day as the bond-buying programme resumed.",
    "The kingdom's non-oil economy grew {x} percent, helped by tourism and construction.",
    "Sales of non-food goods fell in {m}, while supermarket turnover held up.",
    "{n} was named a non-executive director of the shipping group on {d}.",
    "The fund sold its dollar-denominated bonds and bought index-linked gilts instead.",
    "Regulators in {p} imposed a short-selling ban on bank shares for {x} days.",
    "A cash-rich sovereign fund bought a stake in the lithium mine near {q}.",
    "The cocoa-growing regions had their worst harvest in {x} years.",
    "The coffee-growing cooperatives near {p} asked for interest-free loans.",
    "The export-oriented economy of {p} depends on its container terminal.",
    "A family-owned bakery in {p} has weathered the price-fixing scandal.",
    "The tax-cutting budget was defeated in a no-confidence vote on {d}.",
    "The Stock Exchange suspended trading in the shares after the announcement.",
    "Traders said high-yield bonds issued in hard-currency markets had lost favour.",
    "The ministry said the rice-growing provinces had been hit by the drought.",
    "A year-on-year fall in orders worried shareholders at the annual meeting.",
    "The supply-side reforms include a free-trade deal with {q}.",
    "The stockbroker said the {h} levy would hit the middle-income households hardest.",
    "The labour-intensive factories in {p} rely on short-staffed agencies for workers.",
    # science, health and technology
    "Cases of mosquito-borne infections rose in {p} after the rain-soaked summer.",
    "Doctors warned that tick-borne encephalitis was spreading north.",
    "A drug-resistant strain of tuberculosis was found in {x} patients.",
    "An anti-obesity drug was approved by regulators in {p} in {m}.",
    "The study, published in a peer-reviewed journal, tested a plant-based diet.",
    "A start-up in {p} is selling lab-grown chicken to restaurants.",
    "Cases of vaccine-derived polio were reported in {q}, {o} said.",
    "The team used a gene-editing tool to breed heat-resistant rice.",
    "The high-resolution images from a ground-based telescope showed the comet's tail.",
    "The deep-sea survey in the Coral Sea found {x} new species.",
    "The cloud-based service was down for {x} hours on {d}.",
    "Researchers at {o} built a three-dimensional map of the seabed.",
    "The battery-powered ferry will cross the Kiel Canal from {m}.",
    "The solar-powered pumps were installed in drought-prone villages near {p}.",
    "Doctors said the AI-generated scans had been mistaken for real ones.",
    "The open-source software is used by the Met Office and the Space Agency.",
    "Silicon Valley investors put {x} million dollars into the {t}.",
    "The Nobel Prize winner criticised carbon-intensive and capital-intensive industries.",
    # law and crime
    "The High Court in {p} rejected the appeal on {d}.",
    "The Appeals Court ordered a court-appointed expert to review the evidence.",
    "The cross-examination of {n} lasted most of {d}.",
    "He was sentenced to {x} years in a maximum-security prison for first-degree murder.",
    "The court-ordered audit uncovered white-collar fraud worth {x} million euros.",
    "Prosecutors said the vote-rigging had been planned for months.",
    "The Competition Authority fined {x} firms for price-fixing.",
    "{n} told the court she had acted in self-defence.",
    "The Home Office said the self-employed workers had the right to stay.",
    "Police raided the homes of {x} suspected neo-Nazi activists in {p}.",
    "The ex-chairman of the bank denied all charges on {d}.",
    "An ex-spy was granted asylum in {q}, his lawyer said.",
    # military and security
    "Soldiers cleared anti-tank mines from the fields near {p}.",
    "Residents of {p} heard anti-aircraft fire overnight.",
    "The army tested a counter-drone system near {q} on {d}.",
    "A counter-piracy mission has patrolled the Gulf of Aden since {y}.",
    "A surface-to-air missile battery was moved to the Russian-occupied port.",
    "The nuclear-powered submarine docked in the Tasman Sea port on {d}.",
    "A nuclear-armed state cannot be ignored, {n} said.",
    "The Saudi-led coalition announced a truce on {d}.",
    "Taliban-led authorities closed the girls' schools in {p}.",
    "Western-backed forces retook the town after {x} days of fighting.",
    "A no-fly zone over {p} was rejected by the alliance.",
    "The battle-tested units were moved to the Barents Sea coast.",
    "Cyber Command said it had blocked an attack on the power grid.",
    "The self-governing island held military drills on {d}.",
    "The post-Soviet border between the two states was never demarcated.",
    "Generals promised a return to pre-coup institutions within {x} months.",
    "The post-coup sanctions were lifted by ECOWAS in {m}.",
    # sport
    "The striker scored a hat-trick in the Champions League on {d}.",
    "The two-time champion lost a five-set match in {p}.",
    "She won in straight sets, a three-set final having been expected.",
    "The three-time winner withdrew from the Davis Cup tie with an injury.",
    "The coach cancelled his pre-match news conference.",
    "In his post-match remarks the coach praised the fans.",
    "The injury-hit club is mid-table after {x} games.",
    "A non-league side knocked the holders out of the cup.",
    "The title-winning captain signed a new contract on {d}.",
    "A match-winning innings in the one-day international sealed the series.",
    "The bowler was banned for ball-tampering, and two players for match-fixing.",
    "The record-equalling run ended in the Premier League on {d}.",
    "Tickets for the sold-out Ryder Cup were resold at six-figure prices.",
    "The Greco-Roman wrestling final was moved to an open-air arena.",
    "The pre-Olympic test event in {p} was cancelled.",
    "The top-flight clubs voted to share television money with second-tier teams.",
    "A nine-hole course was built next to the Rift Valley lodge.",
    # culture and society
    "The Oscar-winning director is making a coming-of-age film in {p}.",
    "The Grammy-nominated singer opened the star-studded gala.",
    "A chart-topping band played a free concert in {p}.",
    "The Booker Prize shortlist included a black-and-white graphic novel.",
    "The jaw-dropping price was paid by an Oslo-based collector.",
    "The museum in {p} showed the work of a well-educated great-grandson of the founder.",
    "The well-attended exhibition closes in {m}.",
    "The Education Ministry said fee-paying schools would lose their tax exemption.",
    "The well-off suburb voted for the centre-right candidate.",
    "The working-class districts of {p} backed the centre-left alliance.",
    "The left-leaning newspaper was sold to a Dubai-based investor.",
    "The ex-footballer was elected mayor of {p}.",
    "{n} and his ex-wife were both questioned by police.",
    "The deal was signed by the then-president in {y}.",
    "After all-night talks in {p}, a deal was reached.",
    "Tour operators cut the price of all-inclusive holidays to {a}.",
    "A multi-storey car park in {p} partly collapsed.",
    "The smoke-free zones were extended to beaches in {p}.",
    "The old-fashioned tram was restored by volunteers.",
    "The law covers part-time workers as well as well-paid staff.",
    "The long-serving mayor thanked the long-suffering residents of {p}.",
    "Nurses are among the best-paid public workers in the worst-affected districts.",
    "The ill-judged remarks were followed by an ill-prepared visit to {p}.",
    "Savers lost their hard-earned money in the fast-paced collapse of the lender.",
    "The tax-raising measures include a levy on drink-driving fines.",
    "The labour-saving robots work in the top-tier plants, a two-man crew in the rest.",
    "The first-class carriages were removed from the small-scale network.",
    "The free-market think tank sent volunteers on a door-to-door survey.",
    "Police called the estate a no-go area for ambulances.",
    "Tourists keep to the well-trodden path between the harbour and the old town.",
    # transport, environment, regions
    "Shipping through the Suez Canal fell by {x} percent in {m}.",
    "The ferry crossed the Bering Strait before the ice closed in.",
    "Gales in the Celtic Sea and the Tyrrhenian Sea delayed shipping.",
    "A research ship left for the Southern Ocean from {p} on {d}.",
    "Fishing boats in the Andaman Sea and the Labrador Sea reported empty nets.",
    "The four-lane road to {p} was flooded, and {x} cars were abandoned.",
    "A three-bedroom house in {p} now costs {x} times the average salary.",
    "The four-wheel drive vehicles were stuck in the flood-prone valley.",
    "The accident-prone junction will get traffic lights, the council said.",
    "All cross-Channel ferries were cancelled as the storm hit.",
    "The post-storm repairs in {p} will take {x} weeks.",
    "Harvesting usually starts in mid-August, farmers said.",
    "The vote was pushed back to mid-December.",
    "Retailers reported weak pre-Christmas sales in {p}.",
    "Growth in sub-Saharan Africa slowed to {x} percent.",
    "The mineral-rich provinces asked for a larger share of royalties.",
    "The resource-rich region has a debt-laden government.",
    "The wine-producing region of {a} was hit by hail.",
    "A nine-member commission will review the {t}.",
    # diplomacy and politics
    "The pro-Western coalition in {p} lost its majority on {d}.",
    "Police cleared a pro-Palestinian camp at the university in {p}.",
    "An anti-immigration party won {x} seats in the regional vote.",
    "Thousands joined an anti-nuclear march in {p}.",
    "The EU imposed anti-dumping duties on steel from {q}.",
    "An anti-piracy patrol escorted the tanker out of the Gulf.",
    "The pan-Arab broadcaster opened an office in {p}.",
    "The Peru-Bolivia border crossing reopened on {d}.",
    "The Rwanda-Congo talks in {p} ended without a statement.",
    "The Polish-German commission met in {p} to discuss the river.",
    "The Canada-US trade dispute widened to include timber.",
    "Migrants on the Mexico-US border waited for weeks in {p}.",
    "The Japan-China summit was postponed to {m}.",
    "The Iraq-Syria border was closed after the attack.",
    "The Libya-Tunisia crossing was choked with lorries.",
    "The Nigeria-Cameroon boundary dispute went to arbitration.",
    "The Uganda-Kenya pipeline will cross the Rift Valley.",
    "The Estonia-Latvia rail link will open in {y}.",
    "The Croatia-Slovenia maritime row was settled in {y}.",
    "The Bulgaria-Greece gas interconnector started work on {d}.",
    "Historians compared the Russo-Ukrainian talks with the Sino-Soviet split.",
    "The Dutch-Belgian border runs through the middle of a cafe.",
    "The {k} talks are expected to resume in {p} on {d}.",
    "Afro-Caribbean and Judeo-Christian traditions were both part of the service.",
    "The Austro-Prussian war of 1866 is the subject of a new exhibition in {a}.",
    "The Reserve Bank said the Border Force figures were provisional.",
    "The Nairobi-based agency and a Lagos-based lender signed the deal.",
    "The Brussels-based think tank and a Seoul-based firm wrote the report.",
    "The nuclear talks reached a zero-tolerance stance on enrichment.",
    # slot sentences (general modifiers)
    "Officials in {p} said the {h} plan would be published on {d}.",
    "The {h} approach was criticised by {o}.",
    "{n} said the {h} proposal was the best on the table.",
    "A {h} deal was reached late on {d}, {r} said.",
    "The {h} review of the {t} is due in {m}.",
    "Critics called the {h} scheme a distraction from the {t}.",
    "Negotiators from {q} described the {h} talks as useful.",
    "The {h} framework still needs the approval of {o}.",
    "A {h} audit of the {t} was ordered on {d}.",
    "{o} said it would fund a {h} study of the {t}.",
    "Monitors from {z} reported that the {t} was on schedule.",
    "The {g} was cited in a statement by {o}.",
    "Newspapers in {a} said the {t} had been delayed again.",
    "A delegation from {a} is expected in {p} in {m}.",
    "The {g} will hold a news conference in {p} on {d}.",
    "The opposition called the verdict a disgrace, {n} said.",
    "Inflation in Tokyo rose for a fourth month, the data showed.",
    "A referendum on the tariff is due in {m}, officials in {p} said.",
    "The coalition in Helsinki agreed the budget on {d}.",
    "Planned talks in Ankara and Khartoum were cancelled at short notice.",
    "Copenhagen and Caracas recalled their envoys after the row.",
    "Inspectors from {z} and {o} visited {p} on {d}.",
    "The {g} was named in a report by {o} on the {t}.",
    "Nestlé and Škoda said the {t} would raise their costs.",
    "Crédit Agricole lent {x} million euros to a dairy in {a}.",
    "The striker Hernández joined from a club in {a} in {m}.",
    "Shares in Société Générale fell after the {t} was announced.",
    "Fans in {a} waited {x} hours for the team bus.",
    # closed compounds and prefix-like closed words, written as they stand
    "The groundsman at the stadium in {p} said the pitch was waterlogged.",
    "A whistleblower gave the spreadsheet to the watchdog on {d}.",
    "The earthquake damaged the lighthouse and the harbourside warehouses.",
    "The goalkeeper and the midfielder were both dropped for the derby.",
    "Semiconductor exports from {p} rose, the trade ministry said.",
    "The shareholder revolt over the takeover failed.",
    "Paramedics treated {x} people for smoke inhalation.",
    "The counterfeit medicines were seized at the airport in {p}.",
    "His counterpart from {q} arrived by helicopter.",
    "The preamble of the treaty mentions the seabed and the airspace.",
    "A postgraduate researcher in {p} found the manuscript.",
    "The protagonist of the novel is a midwife in wartime {p}.",
    "The panorama from the hilltop was shown on a multiplex screen.",
    "An anticlimax followed the heatwave: the rain came too late.",
    "The subcontractor's headquarters in {p} were searched.",
]
QUOTES = [
    "We did everything we could with the money we had",
    "The players gave their all and that is what matters",
    "Nobody is above the law, and nobody is below it",
    "We owe it to the next generation to get this right",
    "The data are clear and the science is settled",
    "There is no quick fix for a problem this old",
    "We are ready to talk, but not at any price",
    "Our customers will feel this in their pockets",
    "The sea gives and the sea takes",
    "It was the best night of my career",
    "A verdict is not the same as justice",
]
SUBHEADS = ["How we got here", "What they said", "In numbers", "The wider picture",
            "Key questions", "Reaction at home and abroad"]
# One-line paragraphs that recur across many unrelated articles (must stay: prose).
COMMON_SHORT = ["Police said an investigation was under way.",
                "The company did not respond to a request for comment.",
                "No arrests have been made.", "The cause of the fire is not yet known."]
TITLES = [
    "{O} Approves {T} Plan for {P}",
    "{P} Weighs the Price of {T}",
    "Doubts Grow Over {T} in {P}",
    "{N} Sceptical of {T}",
    "Fresh Row Erupts Over {T}",
    "{P}: {t} vote postponed",
    "Is {P} Ready for the {T}?",
    "{O} Study Casts Doubt on {T}",
    "Last-Ditch Talks on {T} Fail in {P}",
    "Fourth Month of Gains for Shipping in the {W}",
    "Judges Rule on {T} Case in {P}",
    "Champions Cruise to Victory in {P}",
]
TITLE_SUBJECTS = ["Investors", "Coaches", "Judges", "Scientists", "Pilots", "Nurses",
                  "Voters", "Curators", "Economists", "Landlords"]
SUBTITLES = [
    "A ruling on the {t} is expected before {d}",
    "Supporters say the {t} will pay for itself within a decade",
    "A {h} settlement has not been ruled out, sources say",
    "Delegates from {x} countries will meet in {P} on {d}.",
    "Critics warn that the {t} could cost more than planned",
]
CAPTION_TEXT = ["fans celebrate outside the stadium in {P}",
                "a researcher examines samples in a laboratory",
                "the defendant arrives at the courthouse", "fishing boats moored in {P}",
                "a tanker passes through the canal", "nurses protest outside a hospital",
                "the new satellite before its launch", "the gallery's main hall in {P}"]
RELATED = ["Why the canal matters for world trade", "The doping scandal in five questions",
           "Inside the lab growing meat", "How the verdict was reached",
           "The club that came back from the brink"]
TAGS = ["sport, football, {P}", "science, health", "courts, {O}", "business, markets, {P}",
        "culture, film"]

# Metadata line formats (new phrasings). {n} name, {dd}.{mm}.{yy} numbers, {hh}:{mi} time.
BYLINES = ["By {n} in {P}", "Words by {n}", "By {n}, Staff Writer", "{n} | Correspondent",
           "Report: {n}", "By {n} and {n2} in {P}", "Compiled by {n}",
           "Reporting by {n}; editing by {n2}", "By {N} | {P}", "Correspondent: {n}",
           "By {n}, Science Editor", "By {n}, Sports Reporter"]
GLUED_BYLINES = ["{n}{d_} {Mon} {yyyy}", "{n}{dd}/{mm}/{yyyy}"]
DATELINES = ["{Day} {d_} {Mon} {yyyy} {hh}.{mi} GMT", "{Mon} {d_}, {yyyy} {hh}:{mi} ET",
             "Published {d_} {Mon} {yyyy}", "Updated: {yyyy}-{mm}-{dd} {hh}:{mi}",
             "First published on {Day} {d_} {Mon} {yyyy}", "Posted on {Mon} {d_}, {yyyy}",
             "{hh}:{mi} GMT, {d_} {Mon} {yyyy}", "{yyyy}/{mm}/{dd}", "Date: {dd}-{mm}-{yyyy}",
             "{P}, {Mon} {d_} ({Agency})", "Modified {dd}.{mm}.{yyyy} at {hh}:{mi}",
             "{d_} {Mon} {yyyy}, {hh}:{mi} CET"]
CAPTIONS = ["Photograph: {n}/{Agency}", "FILE PHOTO: {cap}", "File photo: {cap}",
            "Handout photo: {cap}", "(Photo by {n}/{Agency} via Getty Images)",
            "Picture: {cap}", "Credit: {Agency}", "Photo illustration: {cap}",
            "Screenshot from video: {cap}", "Image source: {Agency}", "Photo © {n}",
            "{Org} press service photo"]
SOURCE_LINES = ["This article first appeared on {url}", "Republished from {url}",
                "Article source: {url}", "Originally appeared at {url}", "Sources: {Agency}",
                "Adapted from {url}", "Source link: {url}",
                "Translation of an article published at {url}", "Source: {Agency} / {url}"]
AGENCIES = ["AP", "Bloomberg", "Kyodo", "EFE", "PAP", "ANP", "Yonhap"]
URL_FORMATS = ["https://{domain}/{yyyy}/{mm}/{dd}/{slug}.html",
               "https://www.{domain}/article/{num}",
               "https://{domain}/en/{section}/{slug}",
               "https://www.{domain}/news/{slug}-{num}"]
URL_SECTIONS = ["world", "business", "sport", "science", "culture"]

# Generic boilerplate, new phrasings (the first ten can also stand in the middle of a text).
BOILERPLATE = [
    "Story continues below advertisement", "Skip advertisement", "Recommended",
    "Watch: {rel}", "More on this story: {rel}", "You may also like: {rel}",
    "Sponsored content", "Advertisement - scroll to continue",
    "Sign up for breaking news alerts", "Trending now",
    "Share via email", "Email this article", "Save for later", "Gift this article",
    "Sign up to our daily newsletter", "Get the latest headlines in your inbox",
    "Most popular", "Top stories", "Report an error", "Show comments",
    "Comments are closed.", "Join the conversation", "Follow {Site} on Instagram",
    "Turn on notifications", "Subscribe for unlimited access",
    "Already registered? Sign in", "Terms of use | Privacy policy",
    "Copyright © {yyyy} {Site}", "Reproduction prohibited without permission.",
    "Listen to our daily podcast", "Keep up with the news: follow our WhatsApp channel",
    "Estimated reading time: 4 minutes", "Topics: {tags}",
]

# Outlets: quote style, language, recurring header/footer lines (learned boilerplate).
SITES = [
    dict(name="baltic-ledger", domain="baltic-ledger.example.lt", quotes="curly", lang="en",
         mt=True, header="The Baltic Ledger | News | Business | Opinion",
         footer=["The Baltic Ledger — independent since 1998"]),
    dict(name="sahel-monitor", domain="sahel-monitor.example.sn", quotes="straight",
         lang="en", mt=False, header=None,
         footer=["Sahel Monitor, reporting from Bamako and Niamey",
                 "Contact the newsroom securely via Signal"]),
    dict(name="fjord-times", domain="fjord-times.example.no", quotes="curly", lang="en",
         mt=True, header="FJORD TIMES · English edition",
         footer=["Fjord Times English service"]),
    dict(name="steppe-wire", domain="steppe-wire.example.kz", quotes="guillemet", lang="en",
         mt=True, header="Steppe Wire > Region > Economy",
         footer=["Steppe Wire news agency, Almaty office"]),
    dict(name="tagus-tribune", domain="tagus-tribune.example.pt", quotes="straight",
         lang="en", mt=False, header=None,
         footer=["The Tagus Tribune international desk",
                 "Letters to the editor: letters@tagus-tribune.example.pt"]),
    dict(name="carpathia-review", domain="carpathia-review.example.ro", quotes="curly",
         lang="en", mt=True, header="Carpathia Review — Weekly",
         footer=["Carpathia Review is published by Carpathia Media Group"]),
    dict(name="levant-observer", domain="levant-observer.example.lb", quotes="curly",
         lang="en", mt=True, header=None, footer=["Levant Observer, Beirut bureau"]),
    dict(name="gazette-des-cols", domain="gazette-des-cols.example.fr", quotes="french",
         lang="fr", mt=False, header=None,
         footer=["La Gazette des Cols — tous droits de reproduction réservés"]),
    dict(name="spree-anzeiger", domain="spree-anzeiger.example.de", quotes="german",
         lang="de", mt=False, header=None, footer=["Spree-Anzeiger, Lokalredaktion Cottbus"]),
    dict(name="kama-vestnik", domain="kama-vestnik.example.ru", quotes="guillemet",
         lang="ru", mt=False, header=None, footer=["Редакция газеты «Камский вестник»"]),
    dict(name="podillia-dzherelo", domain="podillia.example.com.ua", quotes="guillemet",
         lang="uk", mt=False, header=None, footer=["Редакція видання «Подільське джерело»"]),
]

# Paragraphs of native-language articles (kept as written; the rules must not touch them).
NATIVE = {
    "fr": [
        "Les chasse-neige sont restés bloqués toute la nuit au pied du col, faute de "
        "carburant.",
        "« On a fait ce qu'on a pu avec les moyens du bord », reconnaît Josiane Perrin, "
        "adjointe au maire.",
        "La route départementale a rouvert mercredi matin ; la circulation reste alternée.",
        "Combien de temps faudra-t-il encore attendre ? Personne ne se risque à répondre.",
        "Le montant des dégâts dépasse 850 000 euros, selon une première estimation.",
        "À {P}, le conseil municipal se réunira en séance extraordinaire lundi.",
        "Près de {x} foyers ont été privés d'électricité pendant le week-end.",
        "Les pompiers de {P} sont intervenus à {x} reprises depuis vendredi.",
    ],
    "de": [
        "Die Feuerwehr musste in der Nacht zu Sonntag mehr als vierzig Keller auspumpen.",
        "„Das Wasser kam innerhalb von Minuten“, berichtete ein Anwohner der Uferstraße.",
        "Der Gemeinderat will nun über ein neues Rückhaltebecken beraten.",
        "Die Kosten für die Sanierung der Schwimmhalle liegen bei gut 2,4 Millionen Euro.",
        "Ob der Zeitplan zu halten ist, ließ die Bauverwaltung offen.",
        "In {P} bleibt die Brücke nach Angaben der Stadt noch {x} Tage gesperrt.",
        "Etwa {x} Schülerinnen und Schüler nahmen am Wettbewerb teil.",
    ],
    "ru": [
        "В субботу в городском парке открылась выставка старинных автомобилей.",
        "«Мы собирали эту коллекцию почти двадцать лет», — рассказал владелец музея.",
        "Ремонт набережной планируют закончить к началу летнего сезона.",
        "По данным мэрии, на благоустройство потратят около 120 миллионов рублей.",
        "Жители {P} жалуются на перебои с горячей водой уже {x} дней.",
        "В конкурсе приняли участие {x} команд из соседних районов.",
    ],
    "uk": [
        "У неділю в міському саду відбувся благодійний ярмарок на підтримку лікарні.",
        "«Люди приносили все, що могли», — розповіла волонтерка Ганна Мельник.",
        "Зібрані кошти спрямують на придбання нового обладнання.",
        "Наступний ярмарок запланували на кінець осені.",
        "У {P} відремонтували {x} під'їздів за кошти громади.",
        "Проєкт реалізують протягом {x} місяців.",
    ],
}
NATIVE_META = {
    "fr": dict(byline="Par {n}, avec AFP", date="Mis à jour le {dd}/{mm}/{yyyy} à {hh}h{mi}",
               source="Article original : {url}"),
    "de": dict(byline="Text: {n}", date="Stand: {dd}.{mm}.{yyyy} {hh}:{mi} Uhr",
               source="Zuerst erschienen bei {url}"),
    "ru": dict(byline="Текст: {n}", date="Опубликовано {dd}.{mm}.{yyyy} в {hh}:{mi}",
               source="Оригинал: {url}"),
    "uk": dict(byline="Текст: {n}", date="Опубліковано {dd}.{mm}.{yyyy} о {hh}:{mi}",
               source="Першоджерело: {url}"),
}
NATIVE_TITLES = {
    "fr": ["Le col fermé pendant {x} heures", "{P} : la route départementale rouverte",
           "Intempéries : le bilan s'alourdit à {P}"],
    "de": ["Unwetter: Keller in {P} überflutet", "Schwimmhalle in {P} wird saniert",
           "{x} Teams beim Schülerwettbewerb"],
    "ru": ["В {P} открылась выставка ретроавтомобилей", "Набережную отремонтируют к лету",
           "В {P} снова нет горячей воды"],
    "uk": ["У {P} провели благодійний ярмарок", "Громада відремонтувала {x} під'їздів",
           "Лікарня отримає нове обладнання"],
}
RUSSIAN_SENTENCES = [
    "Представитель министерства отказался от комментариев.",
    "Решение суда может быть обжаловано в течение месяца.",
    "Матч завершился вничью.",
]
# Body paragraphs that look like artefacts or metadata but are prose: new phrasings, closed
# compounds of many domains, rare words that begin like a prefix, CamelCase company names,
# alphanumeric codes, accented and mixed-script text written correctly.
HARD_NEGATIVES = [
    "By contrast, the northern provinces escaped the floods.",
    "Photograph albums from the 1950s were found in the attic.",
    "Credit conditions tightened in {m}, the survey showed.",
    "Recommended doses of the vaccine were halved for children.",
    "Watch this space, the coach told reporters.",
    "Sources close to the club said the deal was done.",
    "Updated guidance for schools was issued on {d}.",
    "Trending higher, the currency hit a two-year peak against the euro.",
    "Reading between the lines, analysts saw a retreat.",
    "Picture the scene: {x} ships waiting outside {p}.",
    "Republished figures showed the deficit had been understated.",
    "Shares of AstraZeneca, ArcelorMittal and GlaxoSmithKline rose in early trading.",
    "The BioNTech vaccine and the ExxonMobil refinery were both mentioned in the report.",
    "Investors in JPMorgan and FedEx were told to expect lower dividends.",
    "Videos on TikTok and WeChat were cited by the PlayStation maker.",
    "Mr. MacLeod and Ms. McAllister, both from the DiMaggio Foundation, declined to comment.",
    "The A320neo and the MH17 inquiry were discussed, as were CO2 targets and PM2.5 levels.",
    "Work on HS2 and the M4 motorway was delayed; the Su-35 and Mi-8 were grounded.",
    "The antimony mine employs a nonagenarian geologist and a panjandrum of the industry.",
    "The preponderance of evidence pointed to a postprandial slump, the study said.",
    "Proprioception and multifarious other skills are tested by the robot.",
    "The counterpoise of the crane failed; its exoskeleton was intact.",
    "The midshipman exculpated the captain at the inquiry.",
    "Nonetheless, the postcode lottery for treatment continued, the preview said.",
    "Frontline medics, hardline critics and lifesaving charities were all praised.",
    "Preseason training and the semifinal were moved; the playoff will be in {m}.",
    "Nonprofit groups said the postwar counteroffensive had homegrown roots.",
    "Carmaking and multimillion investments are key to the recovery.",
    "Levels of the protein α-synuclein were higher in the patients, the study found.",
    "Temperatures reached 41°C in {p}; the 1–0 win was played at night.",
    "Fishermen in São Tomé held banners reading SÃO TOMÉ UNIDO.",
    "“He told me ‘never again’, and he meant it,” she said.",
    "The band played rock 'n' roll until the 1990s.",
    "See you at the final :D, the fan wrote, #{y}finals",
    "The score was 2-1 after extra time, and 31 were injured in the crush.",
    "The lighthouse keeper's logbook, the stopgap handover and the turnout were discussed.",
    "How we got here is disputed",
    "In numbers",
]
GREEK_WORD = "Banners reading δημοκρατία (democracy) lined the square."
EMOTICON_QUOTE = "A fan posted online: “What a night :D see you at the final!”"
ELLIPSIS = "The minister hesitated ... and then said the vote would go ahead."
FRENCH_QUOTE_IN_EN = "The mayor answered in French: « On verra bien », and walked away."
CAMEL_BRANDS = "Shares of BioNTech and ArcelorMittal fell after the results."

# Invisible characters and odd spaces damage draws from (build_eval.inject_unicode).
INVISIBLES = ("\u200b", "\u00ad", "\u2060", "\ufeff")
ODD_SPACES = ("\u00a0", "\u202f", "\u2009", "\u2007")
