"""Invented material for the second, BLIND cleaning holdout (quality/cleaning/holdout2.jsonl).

Written (and the set built and committed) before the ``dropped_hyphen`` rule was changed
after the first holdout, and never measured until that work was final: its first
measurement is the honest generalisation figure (see quality/floors_cleaning.toml).

Same layout as bank.py (metadata formats, boilerplate, outlets and native paragraphs are
shared); names, places, topics, sentence templates, quotes, headlines, hard negatives and the
compounds whose hyphen or space gets dropped are new — none of the compounds below is in
bank.py or holdout_bank.py (tests/quality/test_cleaning_gate.py checks it). Every family is
represented: prefix compounds, degree word + participle, noun + participle, number + unit,
two proper nouns, adjective/noun + geographic or institutional head ("Irish Sea", "Health
Ministry"); closed compounds written into the templates must stay as written.

Labelling convention (all three cleaning sets): Reuters / British news style, which the
banks' spelling follows ("harbour", "fertiliser"). Compound modifiers before a noun are
hyphenated ("well-organised", "oil-producing", "three-hour"); the prefixes anti-, pro-,
non-, pre-, post-, ex-, mid-, multi-, pan-, counter- take a hyphen before a word that stands
on its own ("anti-inflation", "pro-democracy", "non-lethal", "pre-dawn", "post-crisis",
"ex-minister", "mid-morning", "multi-billion"), except dictionary words written closed
("antibiotic", "nonsense", "preview", "postpone", "protest", "multilateral"); "-ly" adverbs
take no hyphen; two proper names in a relation take a hyphen ("Chile-Peru",
"Anglo-Irish"), a name of a body or a sea a space ("Irish Sea", "Space Force").
"""

from __future__ import annotations

from quality.cleaning.bank import *  # noqa: F403  (shared formats, outlets, native text)

FIRST = ["Agnieszka", "Bruno", "Camille", "Dragan", "Elif", "Florin", "Greta", "Henrik",
         "Ines", "Jonas", "Katya", "Luka", "Magda", "Nikolai", "Orla", "Petra", "Radek",
         "Sanna", "Tomas", "Ursula", "Vesna", "Wojciech", "Yannick", "Zofia"]
LAST = ["Novotny", "Sorensen", "Petrescu", "Almeida", "Tkachuk", "Wisniewski", "Doherty",
        "Szabo", "Halvorsen", "Navarro", "Yilmaz", "Lundqvist", "Marchetti", "Kowalczyk",
        "Bogdanov", "Salo", "Kral", "Mazur", "Ferreira", "Laine", "Dimitrov", "Popescu"]
ACCENTED = ["Kołobrzeg", "Plzeň", "Timișoara", "Ålesund", "Tromsø", "Šiauliai", "Pécs",
            "Córdoba", "Västerås", "Jönköping"]
PLACES = ["Chernihiv", "Poltava", "Vinnytsia", "Uzhhorod", "Szczecin", "Olsztyn", "Iasi",
          "Ruse", "Plovdiv", "Patras", "Piraeus", "Ancona", "Bari", "Zadar", "Koper",
          "Ostrava", "Szeged", "Parnu", "Liepaja", "Turku", "Stavanger", "Esbjerg", "Ghent",
          "Le Havre", "Alicante", "Coimbra", "Mersin", "Poti", "Gyumri", "Aktau"]
ORGS = ["the IOM", "the UNDP", "the WTO", "the OSCE mission", "Europol",
        "the Union for the Mediterranean", "the Baltic Assembly", "the IEA",
        "the Nordic Investment Bank", "the Danube Commission", "the Asian Development Bank",
        "the EIB", "the Black Sea Trade and Development Bank"]
ROLES = ["the deputy mayor", "a port official", "a union spokesman", "the harbour pilot",
         "a grain trader", "the regional prosecutor", "a customs officer", "a hospital director"]
TOPICS = ["rail freight tariffs", "hydrogen pipeline", "rent controls", "wind farm auction",
          "border queues", "sea walls", "bus network", "teacher salaries", "tax amnesty",
          "ferry subsidies", "sugar quotas", "landfill closure", "bridge tolls",
          "orphanage reform", "herring catch limits", "metro extension", "vaccine stockpiles"]
HOMOGLYPH_WORDS = ["Dnipro", "Bessarabia", "Carpathia", "prosecutor", "treasury", "bishop",
                   "Adriatic", "Galicia", "tribunal", "census", "Varna", "Senate"]
ACRONYMS = ["IOM", "UNDP", "WTO", "IEA", "EIB", "IOM", "UNDP", "WTO", "IEA", "EIB"]

# Compound modifiers as Reuters/British news style writes them before a noun (see the
# convention above); their joined forms are misspellings. New vocabulary: nothing here is in
# bank.py or holdout_bank.py.
HYPHENATED = [
    # prefix + word
    "anti-inflation", "anti-doping", "anti-smuggling", "anti-terrorism", "anti-vaccine",
    "pro-democracy", "pro-business", "pro-independence", "pro-reform", "pro-Kremlin",
    "non-lethal", "non-military", "non-essential", "non-payment", "non-member",
    "pre-dawn", "pre-budget", "pre-summit", "pre-harvest", "pre-holiday",
    "post-crisis", "post-pandemic", "post-summit", "post-flood",
    "ex-minister", "ex-president", "ex-soldier", "mid-morning", "mid-afternoon",
    "multi-billion", "multi-party", "multi-ethnic", "pan-European", "counter-smuggling",
    # degree word + participle
    "well-organised", "well-prepared", "well-connected", "ill-fated", "ill-timed",
    "fast-moving", "fast-growing", "slow-moving", "deep-rooted",
    "deep-seated", "high-powered", "hard-pressed", "far-fetched",
    "little-known", "half-finished", "low-flying", "best-selling", "close-knit",
    # noun + participle or adjective
    "energy-saving", "job-creating", "oil-producing", "grain-exporting", "gas-fired",
    "coal-fired", "climate-related", "weather-related", "conflict-affected",
    "storm-damaged", "war-ravaged", "union-backed", "donor-funded", "taxpayer-funded",
    "industry-led", "market-driven", "export-driven", "corruption-ridden", "peace-loving",
    "loss-making", "profit-making", "record-setting", "water-starved",
    "snow-covered", "Warsaw-based", "Vienna-based", "Moscow-backed", "Iran-backed",
    # number + unit
    "three-hour", "six-week", "four-year", "nine-day", "eight-hour", "two-hour",
    "five-day", "thirty-day", "fifteen-minute", "two-storey", "three-lane",
    "five-member", "three-judge", "four-party", "seven-point", "nine-member",
    "three-stage", "two-round", "ten-point", "six-nation", "three-way", "two-tier",
    # adjective/noun + noun modifiers
    "long-distance", "high-voltage", "low-carbon", "cross-country",
    "full-length", "round-the-clock", "last-minute", "one-off",
]
TWO_WORD_NAMES = ["Irish Sea", "Yellow Sea", "Adriatic Sea", "Arabian Sea", "Indian Ocean",
                  "Arctic Ocean", "Atlantic Council", "Privy Council", "Space Force",
                  "Marine Corps", "Border Police", "Land Forces", "Navy Command",
                  "Audit Office", "Cabinet Office", "Trade Commission", "Planning Commission",
                  "Water Authority", "Housing Board", "Supreme Council", "Health Ministry",
                  "Transport Ministry", "Agriculture Ministry"]
PAIRED_NAMES = ["Chile-Peru", "Kenya-Somalia", "Thailand-Cambodia", "Algeria-Morocco",
                "Venezuela-Guyana", "Mali-Niger", "Spain-Portugal", "Sino-Indian",
                "Franco-Spanish", "Anglo-Irish", "Russo-Turkish", "Israeli-Lebanese",
                "Polish-Lithuanian", "Czech-Slovak", "Finnish-Estonian", "Euro-Mediterranean",
                "Norway-Sweden", "Bosnia-Serbia", "Colombia-Ecuador", "Qatar-Bahrain"]

# Slots as in bank.py. Real closed compounds are written into the templates on purpose
# (groundwork, waterfront, loophole, shortcoming, widespread, offshore, bookkeeping, …),
# and closed words that begin like a prefix (prerequisite, postponed, protest, antibiotics,
# nonsense, preview, exporter, multilateral): they must stay.
SENTENCES = [
    "The {h} package was approved by the cabinet in {p} on {d}.",
    "Protesters in {p} demanded that the {h} plan be withdrawn.",
    "A {h} inspection found cracks in the breakwater at {p}.",
    "The groundwork for the {h} agreement was laid in {q} last spring.",
    "Cargo bound for the {w} was held up by a shortage of dockworkers.",
    "The {k} dispute was on the agenda of a summit in {p}.",
    "Ambulances queued outside the hospital in {p} for {x} hours.",
    "Unemployment in the region fell by {x} percent over the year.",
    "The {h} scheme was unveiled by {o} on {d}.",
    "The waterfront in {p} was closed after the storm surge.",
    "A loophole in the {t} law allowed firms to avoid the levy.",
    "{n} said the {h} approach had no prerequisite of new funding.",
    "The {w} said on {d} that the hearing had been postponed.",
    "Officials called the {k} accord a milestone for the region.",
    "Shopkeepers in {p} complained about the bookkeeping rules for the {t}.",
    "A rockslide closed the motorway west of {p} for {x} days.",
    "The {h} audit said the contractor had underestimated the costs.",
    "Offshore platforms near {q} were evacuated on {d}.",
    "The shortcoming of the {t} plan is its reliance on loans, {n} said.",
    "Damage from the storm was widespread across {p} and {q}.",
    "An exporter in {p} said the {h} rules would cost jobs.",
    "The {h} strike at the port of {p} entered its {x2}th day.",
    "Wheelchair access to the new station in {p} was praised.",
    "The {k} talks will continue in {p} after a preview of the draft on {d}.",
    "Doctors warned that antibiotics were running short in {p}.",
    "Residents of {p} called the {h} offer nonsense.",
    "A multilateral fund for the {t} was launched by {o}.",
    "The {h} vote in {p} is expected on {d}.",
    "Copyright claims delayed the release of the {t} report.",
    "Lifeboat crews from {p} rescued {x} fishermen on {d}.",
    "The {w} has not said when the {t} will be finished.",
    "Smallholders near {q} were promised a {h} grant.",
    "The headway made on the {t} was limited, diplomats said.",
    "An overhaul of the {t} was announced by the {w} in {m}.",
    "The {h} campaign drew crowds in {p}, organisers said.",
    "The railway bridge at {p} was reopened after an {h} repair.",
    "A landlocked region like {p} depends on the {t}, {n} said.",
    "{n} described the {h} decision as a drawback for investors.",
    "The {w} will review the {t} in {m}, a spokeswoman said.",
    "A protest against the {t} is planned in {p} on {d}.",
    "The hallmark of the {h} policy is its speed, critics said.",
    "Farmworkers in {p} went on strike over the {t}.",
    "The {h} convoy left {p} before sunrise on {d}.",
    "Traffic through {p} was diverted while the {t} was completed.",
    "The {h} bid was rejected by the board on {d}.",
    "Bedrock under the site in {p} delayed the {t} by {x} months.",
    "Shipping rates on the {w} route fell in {m}.",
    "{o} said the {h} programme would cover {x} districts.",
    "Newspapers in {a} ran the story on their front pages.",
    "The {g} was mentioned in a statement from {o}.",
    "Monitors from {z} reported no violations near {p}.",
    "The {h} contract was signed in {a} on {d}.",
]
QUOTES = [
    "We need the money before the winter, not after it",
    "The numbers do not add up",
    "This was never about politics",
    "Every family here knows someone who has left",
    "We have kept our side of the bargain",
    "The river decides when we work",
    "There is no plan B for the harbour",
    "We will be back at the table next month",
    "Our patience has limits",
    "It is a small step, but it is a step",
]
TITLES = [
    "{O} Signs Off on {T} Deal for {P}",
    "{P} Counts the Cost of {T}",
    "Pressure Mounts Over {T} in {P}",
    "{N} Divided on {T}",
    "Questions Over {T} Grow in {P}",
    "{P}: {t} scheme delayed again",
    "Who Pays for the {T}?",
    "{O} Audit Faults {T} Spending",
    "Third Round of {T} Talks Collapses",
    "Traffic on the {W} Hits a New Low",
]
TITLE_SUBJECTS = ["Unions", "Mayors", "Senators", "Fishermen", "Truckers", "Doctors",
                  "Teachers", "Auditors", "Shippers", "Importers"]
SUBTITLES = [
    "A decision on the {t} has been pushed back to {d}",
    "Opponents say the {t} favours the capital over the provinces",
    "A {h} solution is still possible, officials say",
    "Representatives of {x} regions met in {P} on {d}.",
]
CAPTION_TEXT = ["workers repair a power line near {P}", "a ferry leaves the harbour at dawn",
                "protesters gather outside the town hall in {P}",
                "the mayor of {P} visits a school", "containers stacked on the quay",
                "volunteers sort donations in a warehouse"]
RELATED = ["What the new tariffs mean for farmers", "Dock strike ends after three weeks",
           "Five charts on the energy bill", "A town that refused to leave"]
# Body paragraphs that look like artefacts or metadata but are prose (new phrasings, and
# closed compounds that must not be split).
HARD_NEGATIVES = [
    "By Thursday, the backlog at the customs post had doubled.",
    "Photographs of the flooded underpass were shared widely.",
    "Share of imports in the market fell to {x} percent.",
    "Related payments, the court heard, were never made.",
    "Follow the river south and the damage gets worse, he said.",
    "Source code for the tax portal was published on {d}.",
    "Subscribers were told the newsletter would move to a paywall.",
    "Updated maps from the coastguard showed the oil slick moving east.",
    "The groundwork, the waterfront and the breakwater were all inspected.",
    "Dockworkers, farmworkers and shopkeepers joined the protest.",
    "The prerequisite for the loan was postponed, not dropped.",
    "A preview of the report was leaked to reporters, nonsense according to the ministry.",
    "Antibiotics and antibodies were among the supplies sent to {p}.",
    "The exporter denied the protest had anything to do with prices.",
    "A multilateral deal was described as a hallmark of pragmatism.",
    "Passengers on Airbus and Boeing jets were rerouted via {p}.",
    "Messages on WhatsApp and a video on YouTube were cited in court.",
    "The so called transit zone near the border is closed to traffic.",
    "Oil tankers and a panamax bulk carrier were anchored off {p}.",
    "Details were posted at https://www.example-audit.gov.pl/Reports/{y} and on example.org.",
    "She wrote: “See you at the quay in {p} :) #ferry”",
    "Mr. Novotny and Ms. Sorensen, both from the Stavanger Institute, disagreed.",
    "The long-standing dispute and the short-range drones were discussed separately.",
    "The ceasefire held, and a breakthrough on the bridgehead was reported.",
    "Statewide, the turnout was the highest since {y}.",
    "Timeline",
]
