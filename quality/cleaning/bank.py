"""Invented material for the cleaning evaluation set: names, sentence templates, metadata and
boilerplate phrasings. Everything here is made up; phrasings deliberately differ from the
patterns in transforms/data so the set measures the rules rather than echoing them.
"""

from __future__ import annotations

FIRST = ["Olena", "Marco", "Pierre", "Sarah", "Dmitry", "Li", "Katarzyna", "Hans", "Lucia",
         "Tomasz", "Ingrid", "Yusuf", "Elena", "James", "Mariam", "Paolo", "Nadia", "Oliver",
         "Chen", "Irina", "Jakub", "Sofia", "Andrii", "Helen", "Mateo", "Ewa", "Bohdan",
         "Anouk", "Rustam", "Grace"]
LAST = ["Marchuk", "Rossi", "Dubois", "Lindqvist", "Volkov", "Wei", "Nowak", "Becker",
        "Moretti", "Hrytsenko", "Marsh", "Petrova", "Garcia", "Schneider", "Novak", "Ivanova",
        "Bianchi", "Laurent", "Fischer", "Kowalski", "Sokolova", "Hayes", "Romano", "Zhang",
        "Blackwood", "Newman", "Goodhart", "Greenfield", "Okafor", "Tkachenko"]
# names with letters outside ASCII (used where mojibake can strike)
ACCENTED = ["Müller", "Kraków", "Zürich", "São Paulo", "Besançon", "Jiří Dvořák", "Łódź",
            "Gdańsk", "Malmö", "Ñuñoa", "Orléans", "Citroën", "Dvůr Králové", "Šibenik",
            "Göteborg", "Poznań", "Brașov", "Timișoara", "Düsseldorf", "Île-de-France"]
PLACES = ["Kharkiv", "Odesa", "Vienna", "Geneva", "Lyon", "Naples", "Gdansk", "Leipzig",
          "Valencia", "Porto", "Tallinn", "Riga", "Bratislava", "Ljubljana", "Turin",
          "Bordeaux", "Krakow", "Hamburg", "Seville", "Bergen", "Graz", "Brno", "Dnipro",
          "Chisinau", "Tbilisi", "Vilnius", "Warsaw", "Prague", "Sofia", "Istanbul"]
ORGS = ["NATO", "OSCE", "IAEA", "the UN", "the EU", "the IMF", "the WHO", "the Red Cross",
        "the European Commission", "the Security Council", "the World Bank", "UNESCO",
        "the Council of Europe", "the African Union", "OPEC", "the Pentagon", "the Kremlin"]
ACRONYMS = ["NATO", "OSCE", "IAEA", "EU", "IMF", "OPEC", "UNESCO", "NATO", "OSCE", "EU"]
HOMOGLYPH_WORDS = ["Pentagon", "Rostov", "Moscow", "economy", "company", "Taiwan", "Athens",
                   "Kremlin", "Europe", "process", "operation", "Crimea", "Mariupol", "Odesa"]
ROLES = ["the foreign minister", "a senior diplomat", "the regional governor", "an energy analyst",
         "the mayor", "a spokesperson for the ministry", "the head of the port authority",
         "a local farmer", "the defence minister", "an economist at a Kyiv think tank",
         "the chief negotiator", "a UN official", "a union leader", "the prosecutor"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TOPICS = ["grain corridor", "energy tariffs", "prisoner exchange", "bridge repairs",
          "border crossings", "wheat harvest", "port expansion", "gas transit", "rail tender",
          "flood defences", "air defence", "wind farm", "fishing quotas", "metro line",
          "hospital plan", "customs reform", "power grid", "refugee housing"]

# Hyphenated compounds whose joined form is a misspelling (the artefact when the hyphen
# drops), and two-word names that machine output glues into CamelCase. Lists are broader
# than transforms/data/hyphens.toml on purpose.
HYPHENATED = ["long-range", "short-term", "long-term", "high-level", "cross-border",
              "well-known", "full-scale", "large-scale", "three-day", "two-year", "year-old",
              "half-hour", "state-owned", "Kremlin-backed", "low-income", "high-speed",
              "world-class", "ten-day", "five-year", "record-high", "far-reaching", "war-torn",
              "wide-ranging", "short-lived", "long-awaited", "much-needed", "six-month",
              "four-hour", "two-day", "hard-won", "cost-cutting", "fact-finding",
              "peace-building", "multi-year", "follow-up", "decision-making", "top-level",
              "one-year", "seven-day", "middle-class"]
TWO_WORD_NAMES = ["Black Sea", "North Sea", "Red Cross", "Security Council", "White House",
                  "Middle East", "European Union", "Baltic Sea", "Central Bank", "Foreign Office",
                  "Supreme Court", "Energy Ministry", "Grain Board", "Border Guard",
                  "Coast Guard", "Green Party", "Justice Ministry", "Press Office"]
PAIRED_NAMES = ["Russia-Ukraine", "Anglo-American", "India-Pakistan", "Franco-German",
                "Sino-Russian", "Russia-Belarus", "Israel-Iran", "Anglo-French",
                "Poland-Ukraine", "China-India", "Greco-Turkish", "Armenia-Azerbaijan"]

# Sentence templates. Slots: {p} place, {q} another place, {o} organisation, {r} role,
# {n} person, {d} day, {m} month, {t} topic, {x} number, {y} year, {h} hyphenated compound,
# {w} two-word name, {k} paired name, {a} accented name, {z} acronym, {g} homoglyph word.
SENTENCES = [
    "Talks on the {t} resumed in {p} on {d}, officials said.",
    "The delegation from {q} arrived in {p} late on {d} evening.",
    "Negotiators said the {h} plan would be reviewed by {o} next week.",
    "{o} said it had not received a formal request from {q}.",
    "According to {r}, about {x} people were evacuated from the area.",
    "The {w} has become a focus of the {t} dispute.",
    "Prices rose by {x} percent in {m}, the statistics office said.",
    "The {k} talks are expected to continue in {p} after a short break.",
    "Officials in {p} said the {h} arrangement remained in force.",
    "Residents of {a} said they had been waiting for the decision for months.",
    "The meeting in {p} lasted more than {x} hours and ended without a statement.",
    "A report published on {d} said the {t} would cost at least {x} million euros.",
    "Inspectors from {z} visited the site on {d} and are due to report in {m}.",
    "The {g} announced a review of the {t} in early {m}.",
    "Diplomats said the {h} talks had produced no breakthrough so far.",
    "Some {x} families in {p} remain without power after the storm.",
    "The ministry said the {t} would be completed by the end of {y}.",
    "{n} told reporters in {p} that the government would not change course.",
    "The ceasefire along the line of contact was largely holding, observers said.",
    "Peacekeeping troops were deployed overnight, according to {o}.",
    "The stalemate over the {t} has lasted since {m} {y}.",
    "Stakeholders in {p} were invited to comment on the draft by {d}.",
    "Analysts said the breakthrough came after a {h} round of consultations.",
    "The so called technical group met behind closed doors in {p}.",
    "Exports through the {w} ports reached {x},000 tonnes in {m}.",
    "The U.S. delegation arrived in {p} on {d}, a spokesperson said.",
    "Inflation slowed to 2.5 percent in {m}, down from 3.1 percent a month earlier.",
    "The fund has about 1 200 members across {x} countries.",
    "Full details are published at https://www.example-ministry.gov.ua/news/{y}/report.",
    "More information is available on example.org and from the regional office.",
    "The company, which trades on the exchange as BlackRock Frontier, declined to comment.",
    "Videos shared on YouTube and WhatsApp showed long queues at the border.",
    "The campaign used the hashtag #StandWithMariupol and the account @kyiv_help.",
    "Version 2.1.4 of the registry software was released in {m}.",
    "The vote is scheduled for 14:30 local time on {d}.",
    "St. Petersburg and Nizhny Novgorod also reported higher prices.",
    "Mr. {l} said the figures were provisional.",
    "The F-16 jets and the covid-19 rules were discussed only briefly.",
    "The council approved the plan by {x} votes to {x2}.",
    "The {h} programme is funded by {o} and several private donors.",
    "Local media in {a} reported that the mayor had resigned.",
    "Work on the {t} is expected to take about {x} months.",
    "Nobody was injured, the emergency service said.",
    "The report was drafted by the economist {n} and her team.",
    "Farmers near {p} said the harvest was the worst in {x} years.",
    "The {w} said the decision would be announced on {d}.",
    "Officials declined to give details of the {h} agreement.",
    "The minister’s office said the schedule was realistic.",
    "The talks — the first in {x} months — ended on {d} afternoon.",
    "Ticket prices rose to €{x} for the season, the club said.",
    "Temperatures fell to minus {x}°C overnight in parts of the region.",
]
# Quotes (text inside the marks, and the attribution after them).
QUOTES = [
    "We will not accept a deal that ignores the people on the ground",
    "This is the only realistic outcome at this stage",
    "Every month of delay has a price",
    "The route works, but every ship is a risk",
    "We have done our homework and more",
    "Nobody expected the season to end so soon",
    "There will be no breakthrough until the new ships arrive",
    "The figures speak for themselves",
    "We are asking to be able to live from our work",
    "It is too early to say what this means for the harvest",
    "Our doors remain open for dialogue",
    "The decision was taken after long consultations",
]
SUBHEADS = ["What happens next", "Background", "Why it matters", "Reaction in the region",
            "A difficult winter", "The numbers", "Key facts"]
# One-line paragraphs that recur across many unrelated articles (must stay: prose).
COMMON_SHORT = ["No casualties were reported.", "The investigation is continuing.",
                "The ministry declined to comment.", "Talks will resume next week."]

TITLES = [
    "{N} Meet in {P} as {T} Talks Drag On",
    "{O} Warns of Delays to {T} Plan",
    "{P} Approves New Budget for {T}",
    "Exports Through {W} Ports Rise for Third Month",
    "{N} Call for {H} Review of {T}",
    "Officials in {P} Defend {T} Deal",
    "Why the {T} Matters for {P}",
    "{P}: {T} talks resume after two-week pause",
    "Talks on the {t} stall again in {P}",
    "Will the {T} Survive the Winter?",
    "{O} sends inspectors to {P} amid {t} row",
    "New Round of {T} Talks Opens in {P}",
]
TITLE_SUBJECTS = ["Envoys", "Ministers", "Negotiators", "Farmers", "Engineers", "Officials",
                  "Regulators", "Mayors", "Lawmakers", "Exporters"]
SUBTITLES = [
    "The two sides remain far apart on the timetable for the {t}",
    "Officials say a decision on the {t} could come within weeks",
    "Critics in {P} warn the plan leaves the poorest regions behind",
    "A {h} deal is on the table, but doubts remain",
    "Negotiators from {x} countries gathered in {P} on {d}.",
]

# Metadata line formats. {n} name, {dd}.{mm}.{yy} numbers, {hh}:{mi} time.
BYLINES = ["By {n}", "BY {N}", "Author: {n}", "Written by {n}", "By {n} and {n2}",
           "By {n}, Kyiv correspondent", "By {n} | Reuters", "Text: {n}", "Reporting by {n}",
           "Author - {n}", "By {n}, our correspondent in {P}", "Posted by {n}",
           "Story by {n}"]
GLUED_BYLINES = ["{n}{hh}:{mi}, {dd}.{mm}.{yy}", "{n}{dd}.{mm}.{yyyy} {hh}:{mi}"]
DATELINES = ["{dd}.{mm}.{yyyy} {hh}:{mi}", "{dd}.{mm}.{yy}", "{d_} {Mon} {yyyy}",
             "{Mon} {d_}, {yyyy}", "{Day}, {d_} {Mon} {yyyy} - {hh}:{mi}",
             "Published: {dd}.{mm}.{yyyy}", "Updated {dd}.{mm}.{yyyy} {hh}:{mi}",
             "Published on {dd}/{mm}/{yyyy} at {hh}:{mi}", "{yyyy}-{mm}-{dd}T{hh}:{mi}:00Z",
             "{d_} {Mon} {yyyy} | {hh}:{mi}", "date {yyyy}-{mm}-{dd} {hh}:{mi}",
             "{hh}:{mi}, {dd}.{mm}.{yy}", "Last updated: {Mon} {d_}, {yyyy} {h12}:{mi} pm",
             "{P}, {d_} {Mon} {yyyy}", "Posted {d_} {Mon} {yyyy}, {hh}:{mi} (UTC+2)"]
CAPTIONS = ["(Pictured above: {cap})", "(Photo: {cap})", "Photo: {cap}", "Image: Reuters/{n}",
            "Photo credit: {Org} press service", "[Photo: {cap}]", "Pictured: {cap}",
            "(Above: {cap})", "Illustrative photo", "Photo by {n}", "Image credit: {n}/AFP",
            "In the photo: {cap}", "Photo from open sources", "REUTERS/{n}",
            "(Video: {cap})", "Caption: {cap}"]
CAPTION_TEXT = ["delegates arrive at the conference centre", "a damaged bridge near {P}",
                "tractors block a road outside {P}", "the minister speaks to reporters",
                "grain is loaded onto a ship in the port", "rescuers at work after the storm",
                "the old town of {P} under snow", "a polling station in {P}"]
SOURCE_LINES = ["Source: {url}", "Original: {url}", "Read the original at {url}",
                "Translated from {url}", "Source : {url}", "{url}", "Originally published at {url}",
                "Via {url}", "First published in {url}", "Source: {Agency}",
                "Translated from Ukrainian by the editorial team"]
AGENCIES = ["Reuters", "AFP", "Ukrinform", "dpa", "ANSA", "Xinhua"]

# Generic boilerplate, phrased in many ways (some are in the catalogue, many are not).
BOILERPLATE = [
    "Share this story", "Share this article", "Share on Facebook", "Back to top",
    "Read more: {rel}", "Read also: {rel}", "See also: {rel}", "Related: {rel}",
    "Also read - {rel}", "Tags: {tags}", "Advertisement", "ADVERTISEMENT",
    "Subscribe to our Telegram channel", "Follow us on Twitter and Facebook",
    "Join our Viber community for breaking news", "Sign up for the morning briefing",
    "Leave a comment", "Comments (3)", "Print this article", "Copy link",
    "All rights reserved.", "© {yyyy} {Site}. All rights reserved.",
    "We use cookies to improve your experience on our site.",
    "Already a subscriber? Log in", "Loading...", "Most read",
    "The views expressed in this article are the author's own and do not necessarily "
    "reflect the editorial position.",
    "If you find a mistake, select it and press Ctrl+Enter.",
    "When using our materials, a hyperlink to the source is required.",
    "Click here to get the latest news",
    # phrasings absent from the catalogue (learned only if they recur in enough documents)
    "Support independent journalism", "Listen to this article", "Reading time: 3 min",
    "Text size: A A A", "Print version", "Did you like the article? Tell your friends",
    "Found a typo? Let us know.", "Download our app for the latest updates",
    "Noticed an inaccuracy? Write to the editors.", "Continue reading after the ad",
]
RELATED = ["Five things to know about the grain deal", "Port workers strike over pay",
           "Winter energy plan explained", "How the bridge was rebuilt",
           "Farmers protest in the capital"]
TAGS = ["politics, energy, {P}", "economy, trade", "war, diplomacy, {O}", "weather, {P}"]

# Outlets: style of quotes, language, recurring header/footer lines (learned boilerplate).
SITES = [
    dict(name="kyiv-courier", domain="kyiv-courier.example.com.ua", quotes="curly", lang="en",
         mt=True, header=None,
         footer=["Kyiv Courier — news without borders", "Our Telegram: @kyivcourier_news"]),
    dict(name="volga-digest", domain="volga-digest.example.ru", quotes="guillemet", lang="en",
         mt=True, header="Volga Digest | Economy | Politics | Society",
         footer=["Volga Digest editorial office, Samara"]),
    dict(name="lake-herald", domain="lake-herald.example.com", quotes="straight", lang="en",
         mt=False, header=None, footer=["The Lake Herald newsroom", "Tips? Write to the desk"]),
    dict(name="adriatic-wire", domain="adriatic-wire.example.it", quotes="curly", lang="en",
         mt=True, header="Adriatic Wire - English edition", footer=["Adriatic Wire English desk"]),
    dict(name="rhine-post", domain="rhine-post.example.de", quotes="straight", lang="en",
         mt=True, header=None, footer=["Rhine Post International Edition"]),
    dict(name="dragon-relay", domain="dragon-relay.example.cn", quotes="curly", lang="en",
         mt=True, header="Dragon Relay / World / Asia", footer=["Dragon Relay global service"]),
    dict(name="seine-depeches", domain="seine-depeches.example.fr", quotes="curly", lang="en",
         mt=True, header=None, footer=["Seine Dépêches, English service"]),
    dict(name="courrier-du-lac", domain="courrier-lac.example.fr", quotes="french", lang="fr",
         mt=False, header=None, footer=["Le Courrier du Lac, rédaction"]),
    dict(name="elbe-bote", domain="elbe-bote.example.de", quotes="german", lang="de",
         mt=False, header=None, footer=["Elbe-Bote Redaktion Dresden"]),
    dict(name="novosti-ru", domain="novosti.example.ru", quotes="guillemet", lang="ru",
         mt=False, header=None, footer=["Редакция «Новости Заречья»"]),
    dict(name="lviv-visnyk", domain="lviv-visnyk.example.com.ua", quotes="guillemet",
         lang="uk", mt=False, header=None, footer=["Редакція «Львівського вісника»"]),
]

# Paragraphs of native-language articles (kept as written; the rules must not touch them).
NATIVE = {
    "fr": [
        "Après un été presque sans pluie, le niveau du lac a atteint mardi son point le plus "
        "bas depuis vingt ans.",
        "« Je n'avais jamais vu ça. Il manque près d'un mètre par rapport à la normale », "
        "explique Bernard Favre, responsable du port.",
        "La préfecture a pris un arrêté limitant les prélèvements d'eau : l'arrosage des "
        "jardins est interdit en journée.",
        "Faut-il s'inquiéter ? Les professionnels du tourisme le pensent ; plusieurs plages "
        "ont dû déplacer leurs zones de baignade !",
        "Selon Météo-France, aucune pluie significative n'est attendue avant la semaine "
        "prochaine.",
        "Le coût des travaux est estimé à 1 200 000 euros, soit 2,5 % du budget annuel.",
        "Le maire de {P} a annoncé jeudi une réunion publique sur le projet.",
        "Les habitants de {P} devront patienter encore {x} jours avant la réouverture.",
        "Plus de {x} bénévoles ont participé au nettoyage des berges samedi.",
    ],
    "de": [
        "Das Amtsgericht hat am Donnerstag einen 52-jährigen Mann wegen gewerbsmäßigen "
        "Betrugs verurteilt.",
        "„Wir haben so etwas noch nie erlebt“, sagte die Sprecherin der Stadtwerke.",
        "Die Handwerkerrechnungen waren nach Angaben der Staatsanwaltschaft frei erfunden.",
        "Der Schaden beläuft sich auf rund 180.000 Euro, teilte das Gericht mit.",
        "Die Stadtverwaltung kündigte an, die Zusammenarbeit mit der Firma zu beenden.",
        "In {P} sollen die Arbeiten nach Angaben der Stadt {x} Wochen dauern.",
        "Rund {x} Anwohner nahmen an der Versammlung im Rathaus teil.",
        "Die Polizei in {P} bittet um Hinweise aus der Bevölkerung.",
    ],
    "ru": [
        "В Зареченске во вторник после почти двух лет ремонта открыли движение по мосту.",
        "«Мы ждали этого дня очень долго», — сказала жительница города Ирина Соколова.",
        "Стоимость работ составила около 300 миллионов рублей, сообщили в администрации.",
        "По словам синоптиков, морозы продержатся до конца недели.",
        "Ледокол «Ямал» вышел из Мурманска в понедельник.",
        "В {P} на ремонт дорог направят {x} миллионов рублей.",
        "Около {x} человек приняли участие в субботнике.",
    ],
    "uk": [
        "У Львові в суботу завершився щорічний книжковий форум, який відвідала рекордна "
        "кількість гостей.",
        "«Ми не очікували такої кількості відвідувачів», — зазначила організаторка.",
        "Наступного року форум планують провести у вересні.",
        "За даними організаторів, продано понад 40 тисяч книжок.",
        "У {P} відкрили новий пункт незламності на {x} місць.",
        "Роботи планують завершити за {x} тижнів.",
    ],
}
NATIVE_META = {
    "fr": dict(byline="Par {n}", date="Publié le {dd}/{mm}/{yyyy} à {hh}h{mi}",
               source="Source : {url}"),
    "de": dict(byline="Von {n}", date="{dd}.{mm}.{yyyy}, {hh}:{mi} Uhr", source="Quelle: {url}"),
    "ru": dict(byline="Автор: {n}", date="{dd}.{mm}.{yyyy} {hh}:{mi}", source="Источник: {url}"),
    "uk": dict(byline="Автор: {n}", date="{dd}.{mm}.{yyyy} {hh}:{mi}", source="Джерело: {url}"),
}
NATIVE_TITLES = {
    "fr": ["Le niveau du lac au plus bas depuis {x} ans", "Les vendanges commencent tôt à {P}",
           "{P} : le conseil municipal vote le budget", "Grève des transports à {P} ce {x} mai"],
    "de": ["Amtsgericht {P} verurteilt Betrüger", "Neue Brücke in {P} eröffnet",
           "{x} Millionen Euro für Hochwasserschutz in {P}"],
    "ru": ["В {P} открыли мост через реку", "Синоптики предупредили о морозах до минус {x}",
           "В {P} подорожал проезд на {x} процентов"],
    "uk": ["У {P} завершився книжковий форум", "Новий трамвайний маршрут запрацював у {P}",
           "На ремонт доріг виділили {x} мільйонів гривень"],
}
RUSSIAN_SENTENCES = [
    "Министр иностранных дел заявил, что переговоры продолжатся.",
    "Эта информация пока не подтверждена официально.",
    "Ситуация в регионе остаётся напряжённой.",
]
# Body paragraphs that look like metadata, boilerplate or artefacts but are prose.
HARD_NEGATIVES = [
    "By Tuesday, the talks had stalled.",
    "By the end of {m}, about {x} ships had left the port.",
    "Photo opportunities were limited, aides said.",
    "Share prices fell {x} percent on {d}.",
    "Published figures show a 2.5 percent rise in exports.",
    "Updated forecasts are expected on {d}, the agency said.",
    "Related talks in {p} ended without agreement.",
    "Follow-up talks are planned for {m}.",
    "Comments from the ministry were not available on {d}.",
    "Source material for the report came from {x} regional offices.",
    "Subscribers to the state channel complained about the coverage.",
    "Tags on the containers showed they had been loaded in {p}.",
    "Advertising revenue at the broadcaster fell by a third.",
    "Read the full statement, he told reporters, and you will see the difference.",
    "The agreement runs to 12 pages. It was signed at 10:15 on {d}.",
    "Reporters in {p} counted {x} trucks at the crossing: the queue stretched for miles.",
    "Capesize vessels and smaller bulk carriers were waiting outside the port.",
    "The so called grey zone along the border remains closed to civilians.",
    "A ceasefire, a peacekeeping mission and a breakthrough on prisoners were all discussed.",
    "Officials used WhatsApp, LinkedIn and PayPal accounts, the investigators said.",
    "The U.S. and the U.K. backed the proposal; e.g. the customs chapter was approved.",
    "Growth of 1.5 percent, or about 1 000 new jobs, is expected in version 3.2 of the plan.",
    "The documents are at https://www.example-court.gov.ua/Decisions/2024 and on example.net.",
    "She wrote on X: “See you in {p} :) #peace”",
    "He paused ... then added that nothing had been decided.",
    "Asked about the plan, the mayor said: « C'est une bonne nouvelle ! »",
    "The Russian word «перемирие» (truce) was repeated several times.",
    "Mr. Blackwood and Ms. Greenfield, both from the Newman Institute, disagreed.",
    "The long-range missiles and the short-term loans were discussed separately.",
    "Overnight, stakeholders in the stalemate met behind closed doors.",
    "What happens next is unclear",
    "Background",
]
GREEK_WORD = "The Greek word αλήθεια (truth) appeared on several banners."
EMOTICON_QUOTE = "One resident wrote online: “Finally, the lights are back :) thank you all.”"
ELLIPSIS = "The answer, he said, was simple ... wait and see."
FRENCH_QUOTE_IN_EN = ("Asked about the deal, she replied in French: « Nous ne céderons pas ! », "
                      "before leaving the room.")
CAMEL_BRANDS = "Payments through PayPal and posts on LinkedIn were also affected."
