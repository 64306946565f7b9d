"""Invented material for the cleaning HOLDOUT set (quality/cleaning/holdout.jsonl).

Same layout as bank.py (metadata formats, boilerplate, outlets and native paragraphs are
shared), but the vocabulary the rules are most sensitive to is new: names, places, topics,
sentence templates, quotes, headlines, hard negatives and — above all — the compounds whose
hyphen or space gets dropped. None of it was used while tuning the rules; written before the
holdout was first measured and not changed after (see quality/floors_cleaning.toml).

Labels follow the convention stated in holdout2_bank.py (Reuters / British news style:
"pro-government", "anti-corruption", "non-binding", "pre-election", "pre-trial" hyphenated);
checked against it when holdout2 was written: no label contradicts it, none was changed.
"""

from __future__ import annotations

from quality.cleaning.bank import *  # noqa: F403  (shared formats, outlets, native text)

FIRST = ["Aleksander", "Beatriz", "Conor", "Darya", "Emil", "Fatima", "Gustav", "Hanna",
         "Ivo", "Jana", "Kostas", "Leila", "Mykola", "Nora", "Oskar", "Pilar", "Rafael",
         "Svitlana", "Teodor", "Ulla", "Viktor", "Wiktoria", "Xavier", "Yana", "Zoran"]
LAST = ["Horvat", "Lindgren", "Papadakis", "Oliveira", "Shevchuk", "Kaminski", "Brennan",
        "Varga", "Andersen", "Castillo", "Demir", "Eriksen", "Fontaine", "Gallagher",
        "Hrabal", "Ilic", "Jovanovic", "Kuznetsov", "Lombardi", "Moravec", "Nieminen",
        "Ostrowski", "Pereira", "Quinn", "Rasmussen"]
PLACES = ["Zaporizhzhia", "Mykolaiv", "Kherson", "Sumy", "Lublin", "Rzeszow", "Constanta",
          "Galati", "Varna", "Burgas", "Thessaloniki", "Trieste", "Split", "Rijeka", "Kosice",
          "Debrecen", "Tartu", "Kaunas", "Klaipeda", "Gothenburg", "Aarhus", "Rotterdam",
          "Antwerp", "Marseille", "Genoa", "Bilbao", "Malaga", "Izmir", "Batumi", "Yerevan"]
ORGS = ["the OECD", "the ICRC", "the UNHCR", "the WFP", "the ILO", "Interpol", "Frontex",
        "the FAO", "the Arctic Council", "the Nordic Council", "the Visegrad Group",
        "the G7", "the G20", "the ECB", "the EBRD", "the Energy Community"]
TOPICS = ["fertiliser subsidies", "rail electrification", "drought relief", "bond auction",
          "water rationing", "ferry link", "tram depot", "coal phase-out", "nursing shortage",
          "school meals", "airport runway", "pension reform", "steel quotas", "canal dredging",
          "wildfire season", "mine clearance", "heating subsidies", "data centre"]
HOMOGLYPH_WORDS = ["Danube", "Carpathians", "Bosporus", "ministry", "parliament", "harbour",
                   "Caspian", "Kakhovka", "transport", "election", "Odessa", "Cabinet"]
ACRONYMS = ["OECD", "ICRC", "UNHCR", "WFP", "FAO", "ECB", "EBRD", "OECD", "ICRC", "ECB"]

# Compound modifiers, as news style writes them before a noun; their joined forms are
# misspellings. New vocabulary: nothing here is in bank.py.
HYPHENATED = [
    "oil-rich", "cash-strapped", "drought-stricken", "fuel-efficient", "energy-intensive",
    "left-wing", "right-wing", "far-right", "far-left", "open-ended", "one-sided", "low-cost",
    "high-profile", "high-ranking", "low-lying", "long-haul", "short-haul", "mid-sized",
    "full-blown", "well-armed", "well-funded", "ill-advised", "ill-equipped", "ever-growing",
    "all-out", "all-time", "state-funded", "tax-free", "duty-free", "rain-fed", "flood-hit",
    "storm-hit", "quake-hit", "crisis-hit", "debt-ridden", "army-backed", "rebel-held",
    "government-held", "opposition-controlled", "Russian-speaking", "French-speaking",
    "Beijing-based", "London-based", "Tehran-backed", "pro-government", "anti-corruption",
    "anti-government", "non-binding", "non-aligned", "self-declared", "self-styled",
    "post-election", "pre-election", "mid-level", "two-week", "four-day", "eight-year",
    "nine-month", "twelve-hour", "twenty-year", "three-party", "two-state", "first-ever",
    "cross-party", "world-famous", "war-weary", "battle-hardened", "hard-hit", "hard-fought",
    "long-delayed", "long-running", "much-criticised", "well-placed", "well-informed",
    "low-paid", "high-tech", "high-risk", "low-risk", "high-stakes", "top-secret",
    "top-ranking", "record-breaking", "record-low", "life-threatening", "time-consuming",
    "law-abiding", "money-laundering", "fact-checking", "visa-free", "rent-free", "pre-trial",
    "full-year", "half-year", "year-end", "worst-hit", "best-known", "least-developed",
    "seven-week", "five-hour", "ten-year", "two-thirds", "three-quarters",
]
TWO_WORD_NAMES = ["Red Sea", "Caspian Sea", "Persian Gulf", "Gaza Strip", "Interior Ministry",
                  "National Guard", "Finance Ministry", "Constitutional Court", "General Staff",
                  "Air Force", "Port Authority", "Customs Service", "Defence Council",
                  "Aegean Sea", "Danube Commission", "Election Commission", "Fire Brigade",
                  "Labour Party", "Harbour Master"]
PAIRED_NAMES = ["Serbia-Kosovo", "Ethiopia-Eritrea", "Saudi-Iranian", "Turkish-Syrian",
                "Sino-Japanese", "Franco-Italian", "Indo-Pacific", "Euro-Atlantic",
                "Afro-Asian", "Russo-Japanese", "Sudan-Chad", "Egypt-Israel", "Iran-Iraq",
                "Japan-Korea", "Hungary-Slovakia", "Moldova-Romania", "Greece-Turkey",
                "Austro-Hungarian", "Georgia-Russia", "Brazil-Argentina"]

# Slots as in bank.py. Real closed compounds are written into the templates on purpose
# (stockpile, bottleneck, wildfire, watchdog, framework, workforce, …): they must stay.
SENTENCES = [
    "The {h} proposal was sent back to the committee in {p} on {d}.",
    "Lawmakers in {p} rejected the {h} amendment by a narrow margin.",
    "A {h} convoy reached {p} after a detour through {q}.",
    "The watchdog said the {h} contract had not been properly tendered.",
    "Shipments across the {w} were delayed by a shortfall of tugboats.",
    "The {k} framework is due to be reviewed at a summit in {p}.",
    "Firefighters battled a wildfire on the outskirts of {p} for {x} hours.",
    "The regional workforce shrank by {x} percent over the past year.",
    "A {h} settlement was announced by {o} late on {d}.",
    "The stockpile of fertiliser in {p} is expected to last until {m}.",
    "Engineers blamed a bottleneck at the {w} terminal for the backlog.",
    "{n} said the {h} measures would be phased in from {m}.",
    "The {w} confirmed on {d} that the inspection had been postponed.",
    "Negotiators called the {k} roadmap a blueprint rather than a deal.",
    "Residents of {p} complained about the paperwork needed for the {t}.",
    "Officials said a landslide had blocked the railway north of {p}.",
    "The {h} review found that the shipyard had overcharged the ministry.",
    "Farmland near {q} was flooded after the dam gave way on {d}.",
    "The heartland of the {t} dispute lies along the {w} coast.",
    "Critics said the {h} scheme offered no safeguard for small firms.",
    "An estimated {x},000 householders applied for the {t} in {m}.",
    "The breakaway faction held a news conference in {p} on {d}.",
    "A {h} investigation into the {t} was opened by prosecutors in {p}.",
    "Traffic on the waterway resumed after a standstill of {x} days.",
    "The {k} border remained calm, according to monitors from {o}.",
    "Prices at the warehouse in {p} fell for a {x2}th consecutive week.",
    "{o} said the setback would not derail the {t}.",
    "Gunfire was heard near the {w} headquarters overnight, witnesses said.",
    "The {h} bill passed its first reading in {p} by {x} votes to {x2}.",
    "The upheaval in {p} has hit livelihoods across the region.",
    "Oversight of the {t} will pass to the {w} from {m}.",
    "The mayor of {p} called the {h} plan a turnaround for the city.",
    "Stockholders will vote on the merger in {m}, the company said.",
    "The {h} talks in {p} are expected to run until {d}.",
    "A floodplain south of {p} has been declared off limits.",
    "The ministry published a {h} assessment of the {t} on {d}.",
    "Delegates from {q} described the {k} summit as constructive.",
    "The crossroads town of {p} has become a logistics hub.",
    "{n} warned that the {h} budget left no room for the {t}.",
    "Troops reinforced positions along the {w} after the buildup.",
    "The hardship fund for {p} was topped up by {x} million euros.",
    "A {h} panel will advise the government on the {t}.",
    "Minefields near {p} will take years to clear, deminers said.",
    "The {w} issued a statement on {d} but took no questions.",
    "Gas consumption in {p} fell by {x} percent in {m}.",
    "Observers called the {h} vote a test for the coalition.",
    "The fallback option is a ferry service between {p} and {q}.",
    "Turnover at the port of {p} rose to {x} million tonnes.",
    "The {h} agreement still needs the approval of the {w}.",
    "Rail freight between {p} and {q} doubled after the upgrade.",
    "She said the {h} approach had worked in {q} and could work in {p}.",
    "The courthouse in {p} was closed for renovation until {m}.",
    "The {t} will be financed from a {h} fund, the minister said.",
    "Fishermen in {p} said the {w} catch was the smallest in {x} years.",
    "Local newspapers in {a} reported long queues at petrol stations.",
    "Prices in {a} rose faster than elsewhere, the central bank said.",
    "A delegation from {a} is expected in {p} on {d}.",
    "The {g} said it would publish the audit of the {t} in {m}.",
    "Experts from {z} arrived in {p} to assess the {t}.",
    "The {g} has not commented on the {h} report.",
]
QUOTES = [
    "We cannot plan a harvest without water",
    "The figures show a clear trend",
    "This is a temporary measure, not a new policy",
    "We were told the money would arrive in spring",
    "Nobody here wants another winter like the last one",
    "The port is open and the ships are moving",
    "It will take a generation to rebuild what was lost",
    "We have asked for clarity and received none",
    "The new schedule is tight but achievable",
    "Our members are tired of waiting",
]
TITLES = [
    "{O} Backs {T} Plan for {P}",
    "{P} Braces for Cuts to {T}",
    "Deadline Looms for {T} in {P}",
    "{N} Split Over {T}",
    "Row Over {T} Deepens in {P}",
    "{P}: {t} plan faces legal challenge",
    "Can {P} Afford the {T}?",
    "{O} Report Questions {T} Costs",
    "Second Round of {T} Talks Ends Without Deal",
    "Ports on the {W} Report Record Traffic",
]
SUBTITLES = [
    "The plan for the {t} now goes to a vote in {P}",
    "Opponents say the {t} was rushed through without consultation",
    "A {h} compromise is being discussed behind closed doors",
    "Officials in {P} expect a decision before {d}.",
]
# Body paragraphs that look like artefacts or metadata but are prose (new phrasings, and
# closed compounds that must not be split).
HARD_NEGATIVES = [
    "By Friday, the shortfall had grown to {x} million euros.",
    "Photographers were kept behind a cordon outside the courthouse.",
    "Share of renewables in the grid rose to {x} percent.",
    "Related costs, the auditors said, were not included.",
    "Follow the money, the prosecutor told the jury.",
    "Source documents were handed to the watchdog on {d}.",
    "Subscribers to the newsletter were warned of a phishing campaign.",
    "Updated figures from the harbour master showed {x} arrivals.",
    "The stockpile, the bottleneck and the backlog were all discussed.",
    "Firefighters, peacekeepers and lawmakers met in the town hall.",
    "The wildfire spread overnight through farmland and woodland.",
    "A breakthrough on the framework was reported, but the workforce was sceptical.",
    "The roadmap sets out a timeline for the handover of the shipyard.",
    "Payments via PayPal and messages on WhatsApp were traced by investigators.",
    "The so called buffer zone along the river is closed to shipping.",
    "Bulk carriers and a capesize vessel were anchored off {p}.",
    "Statements were posted at https://www.example-port.gov.ua/News/{y} and on example.com.",
    "He said: “We will see you in {p} ;) #harbour”",
    "Mr. Horvat and Ms. Lindgren, both from the Aarhus Institute, disagreed.",
    "The well-known economist and the long-running inquiry were cited separately.",
    "The ceasefire held, and the stalemate over the bridgehead continued.",
    "Nationwide, the turnout was the lowest since {y}.",
    "Key facts",
]
