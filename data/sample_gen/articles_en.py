# Invented English-language articles (mostly machine-translated style) for data/sample.
# Markup: <m1>..</m1> UTF-8 read as cp1252; <m2>..</m2> same, applied twice;
#         <mr>..</mr> UTF-8 read as cp1251; ~X = Cyrillic homoglyph of X;
#         {zw} U+200B, {nb} U+00A0, {sh} U+00AD.

KYIV_FOOTER = """Follow us on Telegram and never miss the news of the day

Back To Top
"""

NOVOSTI_FOOTER = """The views expressed in this publication are those of the author and do not necessarily reflect the position of the editorial board.

Leave a Reply

Your email address will not be published. Required fields are marked *
"""

ROMA_FOOTER = """Share this article

Subscribe to our newsletter for the day's top stories from Italy
"""

TOUTIAO_FOOTER = """We use cookies to give you the best experience on our website. By continuing to browse, you agree to our use of cookies. Accept
"""

PARIS_FOOTER = """All rights reserved. Any reproduction, even partial, is prohibited without written permission.

Already a subscriber? Log in to read all our articles
"""

BERLIN_FOOTER = """Comments are closed.

Never miss a story: sign up for the Berlin Bote morning briefing.
"""

WIRE_FOOTER = """(c) Northline Wire Service. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.
"""

ARTICLES = []


def art(path, title, author, published_at, source_domain, tags, text, crlf=False):
    ARTICLES.append(dict(path=path, language="en", title=title, author=author,
                         published_at=published_at, source_domain=source_domain,
                         tags=tags, text=text, crlf=crlf))


# ---------------------------------------------------------------- kyiv-daily
art("kyiv-daily/kharkiv-grid-repairs.txt",
    "Repair Crews Restore Power to Villages Around Kharkiv After Ice Storm",
    "Oksana Hrytsenko", "2024-02-03 09:15", "kyivdaily-example.com.ua",
    ["glued-byline", "dateline:HH:MM, DD.MM.YY", "caption:(Photo: )", "mojibake-cp1251",
     "translit-variant:Kharkov/Kharkiv", "dropped-hyphen:shortterm,crossborder",
     "closed-compound-kept:overnight,stakeholder", "space-before-punct", "attributed-quote",
     "source-line:Source:", "boilerplate:footer"],
    """Repair Crews Restore Power to Villages Around Kharkiv After Ice Storm

Oksana Hrytsenko09:15, 03.02.24

(Photo: linemen working on a damaged pylon outside Kharkiv)

Electricity has been restored to more than 40 villages around Kharkiv after an ice storm brought down power lines across the region earlier this week, the regional energy company said on Saturday , adding that about 3,000 households were still waiting to be reconnected.

Crews worked overnight in temperatures of minus twelve degrees to replace broken insulators and clear fallen trees from access roads. In the village of Vyshneve (<mr>Вишневе</mr>), residents brought tea and sandwiches to the workers, some of whom had been on shift for almost twenty hours.

"We have never seen ice this thick on the wires. Some cables were carrying three times their normal weight," said Andriy Koval, head of the district distribution unit. "The priority was hospitals, water pumping stations and schools, and all of them are now back on the grid."

The regional administration said the damage in the Kharkov region was the worst since 2019. Officials estimate the cost of repairs at about 85 million hryvnias, most of which will be covered from a reserve fund set up last year.

A shortterm solution has been found for the most remote settlements, where mobile generators will supply power until permanent lines are rebuilt. The national grid operator also confirmed that crossborder electricity imports from neighbouring countries had been increased to cover the gap during the evening peak.

Energy analyst Iryna Savchuk said the storm showed how exposed rural networks remain. "Every stakeholder, from the utilities to local councils, has been talking about burying cables for years. It is expensive, but so are storms like this one," she said.

Forecasters expect temperatures to rise above zero by Tuesday, which should reduce the risk of further ice build-up. Residents were asked to report fallen wires to the emergency number rather than approach them.

Source: https://www.kyivdaily-example.com.ua/energy/2024/02/03/kharkiv-grid-repairs/

""" + KYIV_FOOTER)

art("kyiv-daily/zelenskyy-accession-talks.txt",
    "Zelenskyy Urges EU Leaders to Speed Up Accession Talks",
    "Taras Melnyk", "2024-06-27 18:40", "kyivdaily-example.com.ua",
    ["dup-headline:lower", "glued-byline", "dateline:date YYYY-MM-DD Name HH:MM, DD.MM.YY",
     "caption:(Above: )", "homoglyph:EU(Cyr E),NATO(Cyr A,T)", "mixed-quotes",
     "double-space", "dropped-hyphen:highlevel", "closed-compound-kept:ceasefire",
     "so-called-kept", "translit-variant:Zelenskyy/Zelensky/Zelenskiy,Arestovych",
     "titled-name:President Volodymyr Zelenskyy", "attributed-quote",
     "source-line:Source:", "boilerplate:footer"],
    """Zelenskyy Urges EU Leaders to Speed Up Accession Talks

zelenskyy urges eu leaders to speed up accession talks

date 2024-06-27 Taras Melnyk18:40, 27.06.24

(Above: President Volodymyr Zelenskyy arrives at the summit venue in Brussels)

President Volodymyr Zelenskyy called on ~EU leaders on Thursday to open the first chapters of accession negotiations before the end of the year, telling a highlevel meeting in Brussels that Ukraine had “done its homework and more ».

Speaking to heads of government at the  start of the two-day summit, Zelenskyy said reforms of the judiciary and the customs service had been completed ahead of schedule. “Every month of delay is a month in which our people ask whether Europe really means what it says,” he said.

A senior ~EU diplomat, speaking on condition of anonymity, said there was broad support for moving forward but that two member states still had questions about agricultural trade. “Nobody doubts President Zelensky's commitment. The question is sequencing,” the diplomat said.

The European Commission has recommended that the so called screening process, in which Brussels compares national law with ~EU rules, be completed by October. Commission officials said about 70 percent of that work had already been done.

Zelenskyy also met the  secretary general of N~A~TO on the sidelines of the summit to discuss air defence. According to a statement released afterwards, both sides agreed that any ceasefire would need "credible guarantees" to hold.

Former presidential adviser Oleksiy Arestovych, commenting on the summit in a video, described the proposed timetable as "ambitious but not impossible".

Zelenskiy later told journalists he was "cautiously optimistic" and would travel to Warsaw on Friday for talks on energy cooperation.

Source: https://www.kyivdaily-example.com.ua/politics/2024/06/27/zelenskyy-eu-accession/

""" + KYIV_FOOTER)

art("kyiv-daily/grain-exports-rise.txt",
    "Grain Exports Through Southern Ports Rise for Third Month",
    "", "2023-11-04", "kyivdaily-example.com.ua",
    ["dup-headline:slug", "no-author", "dateline:DD.MM.YY", "glued-number", "glued-sentence",
     "zwsp", "soft-hyphen", "dropped-hyphen:BlackSea,wellknown",
     "closed-compound-kept:breakthrough", "attributed-quote", "source-line:Source:",
     "boilerplate:footer"],
    """Grain Exports Through Southern Ports Rise for Third Month

grain-exports-through-southern-ports-rise-for-third-month

04.11.23

Ukraine shipped 4.1million tonnes of grain and oilseeds through its BlackSea ports in October, up by14 percent from September, according to preliminary data from the agriculture ministry.The increase was driven mainly by corn, as the late harvest from the central regions reached the{zw} coast.

Exporters said insurance costs for vessels calling at Odesa had eased slightly after two quiet weeks, although premiums remain several times higher than before the war. "The route works, but every ship owner is still doing their own risk calculation," said Mykola Fedorenko, director of a grain trading company based in Odesa.

The wellknown bottleneck at the western border has also eased, with rail operators reporting shorter queues at the transfer stations where grain is moved onto European-gauge wagons. Wheat exports by rail reached 610,000 tonnes, the highest monthly figure since spring.

Farm associations warned, however, that prices paid to pro{sh}ducers remain low. A tonne of feed wheat sold for around 5,200 hryvnias at the port last week, barely above the cost of production for many small farms in the south.{zw}

"For a farmer in the Mykolaiv region the real breakthrough would be cheaper fertiliser and credit, not just a busy port," said agronomist Halyna Tkachenko.

The ministry expects exports in November to stay at a similar level if the weather allows. Autumn storms in the BlackSea usually slow loading opera{sh}tions in the second half of the month, and several terminals have already announced maintenance breaks.

Source: https://www.kyivdaily-example.com.ua/economy/2023/11/04/grain-exports-october/

""" + KYIV_FOOTER)

art("kyiv-daily/kharkiv-theatre-reopens.txt",
    "Kharkiv Drama Theatre Reopens After Two-Year Break",
    "Natalia Shevchuk", "2024-09-15", "kyivdaily-example.com.ua",
    ["crlf", "nbsp", "mojibake-cp1251", "dateline:Published: DD.MM.YYYY + Updated DD.MM.YYYY HH:MM",
     "byline:Author:", "attributed-quote", "source-line:Source:", "boilerplate:footer"],
    """Kharkiv Drama Theatre Reopens After Two-Year Break

Published: 15.09.2024
Updated 16.09.2024 10:05
Author: Natalia Shevchuk

The city's drama theatre welcomed its first audience in more than two years on Sunday evening, with all 600{nb}seats sold within an hour of tickets going on sale.

The company performed a new staging of the classic comedy <mr>«За двома зайцями»</mr>, chosen, according to artistic director Viktor Lysenko, "because people need to laugh together again". Performances now begin in the afternoon so that spectators can get home well before the curfew.

During the break the building's basement was converted into a shelter that can hold up to 400{nb}people, and the main stage was fitted with a new ventilation system paid for by a foundation from Kyiv and by private donations.

Actors spent the past two years touring hospitals, schools and underground stations. Several members of the troupe moved to Lviv and Kyiv at the start of the war; about two thirds of them have now returned.

"The audience was different tonight. Quieter at the beginning, and then louder than I have ever heard them at the end," said actress Olha Romanenko, who has been with the company for 17{nb}years.

Ticket prices were kept at 150{nb}hryvnias, and fifty seats at every performance are reserved free of charge for soldiers and their families. The theatre plans ten premieres during the season, including two plays by young Ukrainian writers.

Culture officials said the reopening would be followed in October by the first concert of the city philharmonic in its own hall.

Source: https://www.kyivdaily-example.com.ua/culture/2024/09/15/kharkiv-theatre-reopens/

""" + KYIV_FOOTER, crlf=True)

art("kyiv-daily/iaea-inspectors-rotate.txt",
    "IAEA Inspectors Rotate at Zaporizhzhia Nuclear Plant Amid Shelling Concerns",
    "Iryna Kostenko", "2024-03-12 11:02", "kyivdaily-example.com.ua",
    ["near-duplicate:wire/iaea-inspectors-rotate.txt", "glued-byline", "dateline:HH:MM, DD.MM.YY",
     "closed-compound-kept:breakthrough", "attributed-quote", "source-line:Source:",
     "boilerplate:footer"],
    """IAEA Inspectors Rotate at Zaporizhzhia Nuclear Plant Amid Shelling Concerns

Iryna Kostenko11:02, 12.03.24

A new team of inspectors from the International Atomic Energy Agency crossed the front line on Tuesday morning to replace colleagues who had spent five weeks at the Zaporizhzhia nuclear power plant, the agency said in a statement.

The rotation, the 14th since the IAEA established a permanent presence at the site, took place after a two-day delay caused by shelling near the route the convoy had to take. No one was hurt, the statement said.

"Our experts continue to hear explosions close to the site almost every day. This is not normal for any nuclear facility, and it must not become normal," the agency's director general said.

All six reactors at the plant remain in cold shutdown. The plant depends on a single 750-kilovolt line for the external power it needs to cool the reactor cores and the spent fuel, and it has lost that connection eight times since the full-scale invasion began, each time relying on emergency diesel generators.

The outgoing team reported that the number of staff at the plant had fallen further over the winter. The agency described the number of qualified operators as "sufficient for now" but said the situation required close monitoring.

Kyiv and Moscow both say they support the IAEA's presence at the plant but blame each other for the attacks near it. Talks on a protection zone around the site, proposed by the agency more than a year ago, have produced no breakthrough.

The new inspectors are expected to stay at the plant until the middle of April.

Source: https://www.kyivdaily-example.com.ua/world/2024/03/12/iaea-rotation-zaporizhzhia/

""" + KYIV_FOOTER)

# ------------------------------------------------------------ novosti-digest
art("novosti-digest/osce-vienna-prisoner-talks.txt",
    "OSCE Envoys Hold Talks in Vienna on Prisoner Exchanges",
    "Dmitry Volkov", "2024-05-12 14:30", "novosti-example.ru",
    ["glued-byline", "dateline:DD.MM.YYYY HH:MM", "homoglyph:OSCE(Cyr C)", "mojibake-cp1252",
     "cyrillic-kept", "dropped-hyphen:RussiaUkraine,highlevel",
     "closed-compound-kept:stalemate,ceasefire", "translit-variant:Kiev,Arestovich", "zwsp",
     "attributed-quote", "source-line:Original:", "boilerplate:footer"],
    """OSCE Envoys Hold Talks in Vienna on Prisoner Exchanges

Dmitry Volkov12.05.2024 14:30

Envoys from more than a dozen countries met in Vienna on Sunday under the auspices of the OS~CE to discuss a new mechanism for the exchange of prisoners of war and the return of detained civilians, according to participants in the meeting.

The closed-door consultations, described by one European diplomat as <m1>“the first serious conversation in months”</m1>, were the third such meeting this year. The OS~CE chairmanship said in a short statement that the sides had agreed to continue contacts at expert level.

The Russian delegation called the session «конструктивный диалог», while a representative of Kiev said progress would be measured "only by the number of people who come home".

Observers note that the RussiaUkraine contacts on humanitarian issues have continued even as the military situation has settled into a stalemate along much of the front. A highlevel source familiar with the negotiations said a list of 200{zw} names was being checked by both sides.

"No one is talking about a ceasefire here. This is a narrow track, but it<m1>’</m1>s the one that works," the source said.

Commentator Aleksei Arestovich wrote on his channel that the Vienna meeting was "a small but real step", adding that previous exchanges had also begun with technical talks of this kind.

The next round is expected in June. The International Committee of the Red Cross, which has facilitated earlier exchanges, declined to comment.

Original: https://novosti-example.ru/politika/2024/05/12/vena-obmen-plennymi/

""" + NOVOSTI_FOOTER)

art("novosti-digest/zarechensk-blogger-fined.txt",
    "Regional Court Fines Blogger Over Flood Reporting",
    "", "2024-04-03 09:05", "novosti-example.ru",
    ["mixed-language:ru-paragraph", "cyrillic-kept", "no-author", "dateline:DD.MM.YYYY HH:MM",
     "space-before-punct", "glued-sentence", "nbsp", "attributed-quote",
     "source-line:Original:", "boilerplate:footer"],
    """Regional Court Fines Blogger Over Flood Reporting

03.04.2024 09:05

A district court in the city of Zarechensk on Wednesday fined a local blogger 30{nb}000 roubles for publishing what prosecutors described as false information about the scale of last month's spring flooding , according to court documents.

The blogger, Pavel Sorokin, had posted videos showing water in the streets of two riverside neighbourhoods and claimed that the city administration had known about the danger for several days but failed to warn residents.The court found that some of the figures he quoted for the number of evacuated people were inaccurate.

Sorokin, who attended the hearing, read a statement to the court. It was later published in full on his page:

«Я не отрицаю, что ошибся в одной цифре, и я сразу же исправил её, как только получил данные от спасателей. Но я видел воду своими глазами, я разговаривал с людьми, которые три дня ждали эвакуации. Если за это полагается штраф, я его заплачу, но молчать не буду. Город должен знать, что произошло на самом деле.»

The city administration said the warning system had worked "as designed" and that 1,140 residents had been moved to temporary accommodation during the flood. A spokesperson for the mayor's office declined to comment on the verdict itself.

Sorokin's lawyer, Marina Zhukova, said they would appeal. "The court punished a man for one wrong number and ignored everything else he showed," she told reporters outside the building.

The regional human rights ombudsman said she would ask for a review of how the evacuation was organised , regardless of the outcome of the appeal.

Original: https://novosti-example.ru/obshchestvo/2024/04/03/zarechensk-sud-bloger/

""" + NOVOSTI_FOOTER)

art("novosti-digest/arctic-lng-shipments-slow.txt",
    "Arctic LNG Shipments Slow as Ice Season Arrives Early",
    "", "2023-11-21 16:45", "novosti-example.ru",
    ["mojibake-double", "no-author", "dateline:DD.MM.YYYY HH:MM", "cyrillic-kept",
     "dropped-hyphen:longrange,AngloAmerican", "so-called-kept",
     "closed-compound-kept:breakthrough", "attributed-quote", "source-line:Original:",
     "boilerplate:footer"],
    """Arctic LNG Shipments Slow as Ice Season Arrives Early

21.11.2023 16:45

Liquefied natural gas shipments along the Northern Sea Route have slowed sharply after thick ice formed in the eastern Arctic almost three weeks earlier than usual, port officials said on Tuesday.

Two tankers were waiting for an icebreaker escort in the East Siberian Sea, and a third had turned back towards Murmansk, according to data published by the route's administration. The nuclear icebreaker «Полярник» was sent from the Pevek area to assist them.

<m2>“The season simply ended sooner than anyone planned for”</m2>, said a representative of one of the shipping companies, who asked not to be named. <m2>“We had a longrange forecast that promised open water until December. It was wrong.”</m2>

The so called summer navigation window is critical for exporters, because only the strongest ice-class vessels can sail the eastern part of the route in winter. Since AngloAmerican sanctions restricted access to several Western-built tankers, the number of such ships available has fallen, and analysts say this shortage, rather than the ice, remains the main constraint.

"There will be no breakthrough until the new ships arrive, and that is at least two years away," said Yuri Belyakov, an energy consultant in Moscow.

Officials said winter navigation in the western sector would continue with higher escort fees. Some cargoes intended for Asian buyers may be redirected via the Suez Canal, which adds about two weeks to the voyage.

Original: https://novosti-example.ru/ekonomika/2023/11/21/spg-sevmorput-led/

""" + NOVOSTI_FOOTER)

art("novosti-digest/southern-wheat-harvest.txt",
    "Southern Farmers Expect Lower Wheat Harvest After Dry Spring",
    "Elena Morozova", "2024-06-18", "novosti-example.ru",
    ["byline:Author:", "dateline:Published: DD.MM.YYYY", "homoglyph:Rostov(Cyr o,o)",
     "mojibake-cp1251", "glued-number", "translit-variant:Kiev,Kharkov", "attributed-quote",
     "source-line:Original:", "boilerplate:footer"],
    """Southern Farmers Expect Lower Wheat Harvest After Dry Spring

Author: Elena Morozova
Published: 18.06.2024

Farmers in the south of Russia expect this year's wheat harvest to be noticeably smaller than last year's after a spring with almost no rain and a late frost in May, regional agricultural officials said.

In the R~ost~ov region, where the harvest of winter wheat (<mr>озимая пшеница</mr>) usually begins in the last days of June, average yields are forecast at3.1 tonnes per hectare, compared with 4.4 tonnes in2023. Several districts in the east of the region have declared a state of emergency after crops failed on more than a third of the sown area.

"We did everything we could. We sowed on time, we fertilised, but without water nothing grows," said Gennady Lukin, who farms 2,800 hectares near the town of Salsk. He said he had already cut spending on machinery repairs for the season.

Analysts at an agricultural consultancy in Moscow lowered their national forecast to 81 million tonnes from 86 million. They said the export potential would depend on the harvest in Siberia and the Volga region, where conditions have been better.

Prices on the domestic market have risen by about 12 percent since April. Traders said buyers in Egypt and Turkey were watching the forecasts closely, as were competitors: exporters in Kiev and Kharkov are expected to benefit from higher world prices if the Russian crop disappoints.

The agriculture ministry said it would consider subsidised loans for the worst-affected farms and a delay in repayments on existing credit.

Original: https://novosti-example.ru/agro/2024/06/18/urozhai-pshenitsy-yug/

""" + NOVOSTI_FOOTER)

# -------------------------------------------------------------- roma-notizie
art("roma-notizie/rome-bus-tender-annulled.txt",
    "Administrative Court Annuls Rome Bus Tender",
    "Maria Rossi", "2022-03-30 12:28", "corriere-esempio.it",
    ["dup-headline:exact", "byline:By", "dateline:D Month YYYY | HH:MM", "mojibake-cp1252",
     "space-before-punct", "glued-sentence", "attributed-quote", "boilerplate:Related:",
     "boilerplate:Tags:", "source-line:Read the original at", "boilerplate:footer"],
    """Administrative Court Annuls Rome Bus Tender

Administrative Court Annuls Rome Bus Tender

By Maria Rossi
30 March 2022 | 12:28

The regional administrative court of Lazio has annulled a 230 million euro tender for suburban bus services in the Rome area, ruling that the criteria used to score the bids favoured the incumbent operator .

The case was brought by a consortium of three smaller transport companies from Umbria and Abruzzo, which argued that the requirement to own a depot inside the city limits excluded almost every competitor. The judges agreed : in a 24-page ruling, they wrote that the condition was "neither necessary nor proportionate".

The tender had been launched last year by the <m1>Città Metropolitana</m1> and covered 41 routes linking the capital with towns in the Castelli Romani and along the coast.

Related: Rome commuters face another week of transport strikes

"We are not against the public administration. We simply asked to be allowed to compete on equal terms," said Francesco Bellini, lawyer for the consortium, outside the court.The metropolitan authority said it would study the ruling and had not yet decided whether to appeal to the Council of State.

The current contract, held by <m1>Società Autolinee Laziali</m1>, expires at the end of June. Transport officials warned that a new tender could take at least a year, and that the existing contract would probably have to be extended in the meantime.

Commuter groups reacted with frustration. "Whoever wins, we need new buses. Half of the fleet on our line is older than my son," said Giulia Ferraro, spokesperson for a residents' committee in the eastern suburbs.

Tags: courts, Rome, public transport

Read the original at https://www.corriere-esempio.it/roma/2022/03/30/tar-bando-autobus/

""" + ROMA_FOOTER)

art("roma-notizie/puglia-olive-harvest-drought.txt",
    "Drought Cuts Olive Harvest in Puglia by Almost Half",
    "", "2023-11-14", "corriere-esempio.it",
    ["no-author", "dateline:Published: DD.MM.YYYY + Updated DD.MM.YYYY HH:MM", "caption:Pictured:",
     "so-called-kept", "double-space", "nbsp", "dropped-hyphen:wellknown,longrange",
     "attributed-quote", "boilerplate:Tags:", "source-line:Read the original at",
     "boilerplate:footer"],
    """Drought Cuts Olive Harvest in Puglia by Almost Half

Published: 14.11.2023
Updated 15.11.2023 08:40

Pictured: an olive grove near Bari after months without rain

Olive growers in Puglia expect to produce almost 45 percent less oil this year than in an average season after a summer of record heat and the driest autumn in decades, the regional farmers' association said on Tuesday.

The region, which normally supplies around half of Italy's olive oil, has also not fully recovered from the so called xylella epidemic, a bacterial disease that has killed millions of trees in the  province of Lecce over the past ten years.

"The fruit is small and dry. In some groves we are not even starting the harvest, because the cost of picking is higher than what we would earn," said Antonio De Santis, a producer from Andria whose family has grown olives for four generations.

Prices for extra virgin olive oil at the wholesale market in Bari have risen to more than 9{nb}euros per litre, a level that was unthinkable two years ago. Retailers have warned that shoppers will see the increase in the coming weeks.

The wellknown weaknesses of the sector, from fragmented farms to ageing growers and scarce irrigation, have been made worse by the climate, agronomists say. A longrange plan presented by the regional government foresees new reservoirs and the reuse of treated wastewater, but the first works will not begin before 2025.

Growers are asking Rome for emergency aid and a  suspension of social security contributions for the season.

Tags: agriculture, drought, olive oil

Read the original at https://www.corriere-esempio.it/economia/2023/11/14/olio-siccita-puglia/

""" + ROMA_FOOTER)

art("roma-notizie/ostia-derby-late-penalty.txt",
    "Late Penalty Settles Tiber Derby in Front of Record Crowd",
    "Luca Bianchi", "2023-09-17 22:51", "corriere-esempio.it",
    ["byline:By", "dateline:D Month YYYY | HH:MM", "caption:Photo credit:", "glued-number",
     "mixed-quotes", "space-before-punct", "mojibake-double", "attributed-quote",
     "boilerplate:Tags:", "source-line:Read the original at", "boilerplate:footer"],
    """Late Penalty Settles Tiber Derby in Front of Record Crowd

By Luca Bianchi
17 September 2023 | 22:51

Photo credit: Press office Sporting Ostia

Sporting Ostia beat Atletico Tiburtina 2-1 on Sunday evening thanks to a penalty two minutes from time, in a derby watched by 14,500spectators, a record for the third division.

The visitors took the lead after twelve minutes when midfielder <m2>Niccolò</m2> Ferri curled a free kick into the top corner. Ostia equalised shortly before half-time through a header from defender Samuel Okafor, who only joined the club in August.

The decisive moment came in the 88th minute, when Tiburtina goalkeeper Stefano Russo brought down striker Davide Conti in the area. Conti took the penalty himself and sent Russo the wrong way.

«It's the most important goal of my life, and I dedicate it to my grandfather, who brought me to this stadium when I was six” , Conti said after the match.

Tiburtina coach Roberto Esposito complained about the decision. "For me it was not a penalty. He touched the ball first , everybody saw it," he told reporters. The club said it would not file a formal complaint.

The win lifts Ostia to second place in the group with ten points from four matches. Tiburtina, promoted in the summer, drop to ninth.

Police said the match passed without serious incidents, although two fans were detained before kick-off for carrying flares.

Tags: football, Serie C, Ostia

Read the original at https://www.corriere-esempio.it/sport/2023/09/17/derby-ostia-tiburtina/

""" + ROMA_FOOTER)

# ------------------------------------------------------------- toutiao-relay
art("toutiao-relay/ganzhou-rare-earth-recycling.txt",
    "Jiangxi Opens Rare Earth Recycling Plant for Discarded Electronics",
    "Chen Jing", "2023-11-06 08:30", "toutiao.com",
    ["byline:Author:", "dateline:ISO-8601 Z (UTC)", "glued-number", "glued-sentence", "zwsp",
     "attributed-quote", "boilerplate:ADVERTISEMENT", "source-line:Translated from",
     "boilerplate:cookie-notice"],
    """Jiangxi Opens Rare Earth Recycling Plant for Discarded Electronics

Author: Chen Jing
2023-11-06T08:30:00Z

A plant that extracts rare earth elements from discarded electronics and electric motors began trial operation in Ganzhou, Jiangxi province, on Monday, local officials said.

The facility, built at a cost of1.8 billion yuan, is designed to process 20,000tons of scrap a year, including hard disk drives, wind turbine generators and motors from scrapped electric vehicles.It will recover neodymium, praseodymium and dysprosium, which are used to make the permanent magnets found in almost every modern electric motor.

ADVERTISEMENT

"Recycling will never replace mining completely, but it can cover a growing share of demand," said Zhou Ming, chief engineer of the project. He said the recovery rate for neodymium in the trial runs had exceeded 95 percent, higher than{zw} the industry average.

China accounts for the majority of the world's rare earth processing capacity. Demand for magnets has risen sharply with the growth of the electric vehicle and wind power industries, and the prices of some elements have more than doubled in{zw} three years.

Industry experts said the main challenge for recyclers is collection. Much of the scrap containing rare earths is exported or ends up in landfill, and taking apart small devices remains labour-intensive. The Ganzhou plant has signed supply agreements with two car manufacturers and a wind farm operator.

The local government plans to build a second phase by2026, which would double the plant's capacity.

Translated from https://www.toutiao.com/article/7298765432109876543/

""" + TOUTIAO_FOOTER)

art("toutiao-relay/battery-plant-hungary.txt",
    "Battery Maker Starts Production at New European Factory",
    "", "2024-02-19 14:05", "toutiao.com",
    ["dup-headline:exact", "no-author", "dateline:ISO-8601 Z (UTC)", "caption:Image: Reuters/",
     "mojibake-cp1252", "attributed-quote", "boilerplate:ADVERTISEMENT",
     "source-line:Translated from", "boilerplate:cookie-notice"],
    """Battery Maker Starts Production at New European Factory

Battery Maker Starts Production at New European Factory

2024-02-19T14:05:00Z

Image: Reuters/Marton Szabo

Chinese battery manufacturer Ningchuan Power has begun mass production at its first factory in Europe, near Debrecen in eastern Hungary, the company said in a statement on Monday.

The plant will initially make cells for two European car brands, with an annual capacity of 20 gigawatt hours in the first phase. The company plans to raise capacity to 60 gigawatt hours by the end of the decade<m1> — </m1>enough to make it one of the largest battery sites on the continent.

ADVERTISEMENT

"European customers want batteries made close to their assembly lines. This factory is our answer," Ningchuan's European president, Wang Lei, said at the opening ceremony, which was attended by Hungarian ministers and the Chinese ambassador.

The project has been controversial locally. Residents' groups have raised concerns about water use and the short distance between the site and the nearest houses, and they have collected more than 10,000 signatures calling for an independent environmental review. The company said it would use a closed-loop cooling system and publish monitoring data every quarter.

The investment comes as the European Commission debates how to respond to rising imports of Chinese electric vehicles, while several member states compete to attract Asian battery makers.

About 2,500 people will work at the plant when it reaches full capacity, according to the company.

Translated from https://www.toutiao.com/article/7336655443322110099/

""" + TOUTIAO_FOOTER)

art("toutiao-relay/yangtze-flood-warning.txt",
    "Flood Warning Issued for Middle Reaches of Yangtze as Rains Continue",
    "Zhang Hua", "2024-06-30 06:15", "toutiao.com",
    ["byline:Reporter:", "dateline:ISO-8601 Z (UTC)", "mojibake-cp1252", "space-before-punct",
     "double-space", "attributed-quote", "boilerplate:ADVERTISEMENT", "boilerplate:Related:",
     "closed-compound-kept:overnight", "source-line:Translated from",
     "boilerplate:cookie-notice"],
    """Flood Warning Issued for Middle Reaches of Yangtze as Rains Continue

Reporter: Zhang Hua
2024-06-30T06:15:00Z

Hydrological authorities raised the flood warning for the middle reaches of the Yangtze River to the second-highest level on Sunday after a week of heavy rain across Hubei, Hunan and Jiangxi provinces , with more downpours forecast.

Water levels at the Jianli monitoring station rose above the warning line for the first time this year, and the inflow into the Three Gorges reservoir reached 50,000 cubic metres per second on Saturday night, the Ministry of Water Resources said.

ADVERTISEMENT

Local governments have evacuated more than 36,000 people from low-lying areas  and sent teams to reinforce embankments along the tributaries. In one county in Hunan, soldiers and volunteers worked overnight to fill sandbags after a dike showed signs of seepage.

Related: Heat wave in the north pushes power demand to a record

"The ground is already saturated. Even moderate rain now turns into runoff very quickly," said a forecaster at the provincial meteorological observatory. Temperatures in the region remain high, at around 33<m1>°</m1>C, which favours further thunderstorms.

Rice farmers fear losses. The early rice crop is close to harvest in many places, and fields under water for more than three days  are likely to be lost. Agricultural departments have asked farmers to drain fields as soon as the water recedes and to prepare seedlings for replanting.

The warning will remain in force at least until Wednesday.

Translated from https://www.toutiao.com/article/7385566778899001122/

""" + TOUTIAO_FOOTER)

# ------------------------------------------------------------ paris-depeches
art("paris-depeches/farmers-block-brussels.txt",
    "Farmers Block Brussels Streets as Ministers Debate Trade Deal",
    "Claire Dubois", "2024-02-26 11:20", "depeches-exemple.fr",
    ["byline:Author:", "dateline:Published on DD/MM/YYYY at HH:MM", "french-quotes-kept",
     "mixed-quotes", "stray-guillemet", "mojibake-cp1252", "titled-name", "attributed-quote",
     "boilerplate:Related:", "source-line:Source:", "boilerplate:footer"],
    """Farmers Block Brussels Streets as Ministers Debate Trade Deal

Author: Claire Dubois
Published on 26/02/2024 at 11:20

Several hundred tractors blocked the streets around the European institutions in Brussels on Monday as agriculture ministers met to discuss the trade agreement with South American countries and the simplification of environmental rules.

Farmers from Belgium, France, Spain and Italy burned tyres and hay bales near the Council building, and police used water cannon to stop a group trying to push through a barrier. Several people were treated for minor injuries, according to the Brussels police.

"We are not asking for subsidies. We are asking to be able to live from our work," said Jean-Marc Poitevin, a cereal grower from the Marne, who had driven through the night. Asked about the trade deal, he replied in French: « Nous ne voulons pas d'une viande produite avec des règles que nous n'avons pas le droit d'appliquer chez nous. »

The president of the <m1>Fédération départementale</m1> des exploitants agricoles, Sylvie Marchand, called the ministers' proposals «too little, too late” and said protests would continue until the spring.

Related: Paris agricultural show opens amid tension with growers

The European Commission has already withdrawn a proposal to halve pesticide use and offered exemptions from the obligation to leave part of farmland fallow. A Commission spokesperson said the executive was "listening carefully" to farmers, but that the trade negotiations concerned the member states and the Commission together.

Diplomats said no decision on the agreement was expected before the European elections in June. »

Source: https://www.depeches-exemple.fr/monde/2024/02/26/agriculteurs-bloquent-bruxelles/

""" + PARIS_FOOTER)

art("paris-depeches/normandy-reactor-restart.txt",
    "Reactor Restarts at Normandy Plant After Two-Year Repair",
    "", "2023-10-09 18:02", "depeches-exemple.fr",
    ["no-author", "dateline:Weekday, D Month YYYY - HH:MM", "caption:(Photo: )",
     "homoglyph:IAEA(Cyr A)", "mojibake-cp1252", "dropped-hyphen:shortterm",
     "closed-compound-kept:overnight,stakeholders", "french-quotes-kept", "attributed-quote",
     "source-line:Source:", "boilerplate:footer"],
    """Reactor Restarts at Normandy Plant After Two-Year Repair

Monday, 9 October 2023 - 18:02

(Photo: the cooling tower of the Saint-Aubin plant at dusk)

The second reactor of the Saint-Aubin nuclear power plant in Normandy was reconnected to the grid overnight after a repair programme lasting more than two years, the operator said on Monday.

Inspections in 2021 had revealed stress corrosion cracks in pipes of the emergency cooling system, a problem later found at several other reactors of the same design. The affected welds were cut out and replaced, and engineers installed new monitoring equipment.

"It<m1>’</m1>s a relief for the teams, who have worked on this site day and night," said the plant director, Hélène Garnier. She said the reactor would reach its full power of 1,300 megawatts within two weeks.

The national nuclear safety authority authorised the restart last week after reviewing the results of pressure tests. An I~AEA team that visited the plant in the spring had noted "significant improvements" in maintenance practices, according to its report.

The restart comes before the winter, when French electricity demand peaks. Grid operator forecasts suggest that supply should be sufficient, barring a cold snap, and that France will remain a net exporter of power to its neighbours. In the shortterm, however, analysts warned that the availability of the fleet remained fragile.

Local elected officials and other stakeholders had complained of a lack of information during the repairs. At the gate of the plant, a residents' association hung a banner reading « Transparence d'abord ». The operator has promised to hold public meetings every quarter.

Source: https://www.depeches-exemple.fr/economie/2023/10/09/reacteur-saint-aubin-redemarrage/

""" + PARIS_FOOTER)

art("paris-depeches/criterium-mountain-stage.txt",
    "Breakaway Rider Wins Mountain Stage as Favourites Watch Each Other",
    "", "", "depeches-exemple.fr",
    ["no-author", "no-date", "mixed-quotes", "stray-guillemet", "french-quotes-kept",
     "space-before-punct", "double-space", "attributed-quote", "boilerplate:Related:",
     "source-line:Source:", "boilerplate:footer"],
    """Breakaway Rider Wins Mountain Stage as Favourites Watch Each Other

Belgian rider Thibaut Vermeulen won the fourth stage of the Critérium des Cols on Thursday after a solo attack on the final climb, while the overall favourites finished together more than two minutes behind.

Vermeulen, 26, was part of an eleven-man breakaway that formed after forty kilometres. He dropped his last companion six kilometres from the top of the Col du Vernet and crossed the line alone, arms raised.

“I have dreamed of this victory since I was a junior, and today everything went right» , he said at the finish. “My legs were good, and the team gave me freedom.” His sports director summed it up more briefly: « Il a été parfait. »

The leader's jersey remains with French rider Lucas Perrin, who controlled the group with the help of his teammates. Perrin said he had no reason to attack :  "The stage was too hard to gain time and too easy to lose it."

Related: Crash forces two riders out of the race

Several climbers lost time on the descent, which was made dangerous by gravel washed onto the road by a storm the previous night. Organisers said they would review the route for future editions.

Friday's stage is  a flat 180 kilometres towards Chambéry, which should favour the sprinters. « Organisers expect strong crosswinds in the valley in the afternoon.

Source: https://www.depeches-exemple.fr/sport/cyclisme-criterium-des-cols-etape-4/

""" + PARIS_FOOTER)

# --------------------------------------------------------------- berlin-bote
art("berlin-bote/air-defence-budget-approved.txt",
    "Budget Committee Approves Extra Funds for Air Defence Systems",
    "Jonas Weber", "2023-12-12 17:45", "berliner-bote-beispiel.de",
    ["byline:By", "dateline:DD.MM.YYYY, HH:MM", "homoglyph:Pentagon(Cyr P,a)", "glued-sentence",
     "dropped-hyphen:longrange,highlevel", "closed-compound-kept:peacekeeping", "soft-hyphen",
     "attributed-quote", "source-line:Translated from", "boilerplate:footer"],
    """Budget Committee Approves Extra Funds for Air Defence Systems

By Jonas Weber
12.12.2023, 17:45

The budget committee of the Bundes{sh}tag on Tuesday approved an additional 1.6 billion euros for the purchase of air defence systems, most of which are to be delivered to Ukraine over the next two years.

The package includes two more launchers for a medium-range system and a large order of interceptor missiles, members of the committee said after the session, which lasted late into the evening.The opposition voted against, arguing that the government had not explained how the purchases would be financed in next year's budget.

"Air defence saves lives every single night. Every delay has a price," said Katrin Albers, the governing coalition's spokesperson on defence matters.

The committee did not discuss the delivery of longrange cruise missiles, which remains the subject of a highlevel debate within the coalition.

Officials said the defence ministry had coordinated the order with the ~Pent~agon and with other European buyers to avoid competing for the same production slots, as manufacturers struggle to keep up with demand.

The committee also approved the extension of Germany's participation in two UN peacekeeping missions, a routine vote that passed without debate.

"We are reaching the limits of what can be done without new debt," said one member of the committee, who asked not to be named.

Translated from https://www.berliner-bote-beispiel.de/politik/2023/12/12/haushaltsausschuss-luftverteidigung/

""" + BERLIN_FOOTER)

art("berlin-bote/north-sea-storm-surge.txt",
    "Storm Surge Floods Harbour Towns on North Sea Coast",
    "", "2023-10-22 08:15", "berliner-bote-beispiel.de",
    ["no-author", "dateline:D Month YYYY, HH:MM", "caption:(Above: )", "soft-hyphen", "nbsp",
     "glued-number", "closed-compound-kept:overnight", "attributed-quote",
     "source-line:Translated from", "boilerplate:footer"],
    """Storm Surge Floods Harbour Towns on North Sea Coast

22 October 2023, 08:15

(Above: water covers the quay in the old harbour of Husum)

A severe storm surge flooded harbour areas in several towns on Germany's North Sea coast overnight, as winds of up to 120 kilometres per hour pushed water levels to 1.8metres above mean high tide.

The federal maritime agency had issued its warning on Saturday afternoon. In Husum and Cux{sh}haven, water spilled over the quays and flooded car parks and the ground floors of several restaurants. Fire brigades pumped out cellars through{sh}out the night.

Ferry services to the islands of Amrum, Föhr and Pellworm were suspended, and the railway line to Sylt was closed for several hours because of debris on the causeway.

"The dikes held, and that is the most important thing," said a spokesperson for the coastal protection agency of Schleswig-Holstein. Inspectors will check all sections of the main dike line for damage on Monday.

About{nb}20{nb}000 households lost power for a time when trees fell on overhead lines. Most were reconnected by the morning.

Meteorologists said autumn storms of this strength were not unusual, but that rising sea levels mean each surge reaches a little higher. The state government plans to raise the main dikes by up to one metre over the next two decades, at a cost of more than 1{nb}billion euros.

Forecasters expect calmer weather from Tuesday.

Translated from https://www.berliner-bote-beispiel.de/panorama/2023/10/22/sturmflut-nordsee/

""" + BERLIN_FOOTER)

art("berlin-bote/fitness-app-fine-upheld.txt",
    "Court Upholds Fine Against Fitness App Over Health Data",
    "Miriam Schulte", "2024-04-17", "berliner-bote-beispiel.de",
    ["byline:Author:", "dateline:DD.MM.YYYY", "mojibake-cp1252", "glued-number", "zwsp",
     "space-before-punct", "so-called-kept", "attributed-quote", "source-line:Translated from",
     "boilerplate:footer"],
    """Court Upholds Fine Against Fitness App Over Health Data

Author: Miriam Schulte
17.04.2024

A regional court in <m1>Düsseldorf</m1> on Wednesday upheld a fine of 2.4million euros imposed on the maker of a popular fitness app for sharing users' health data with advertising partners without valid consent.

The company, FitPuls GmbH, had argued that users agreed to the data transfer when they accepted the app's terms. The court disagreed , ruling that the consent screen relied on so called dark patterns: a large green "Accept all" button and a small grey link for other options, which did not allow a free choice.

The data protection authority of North Rhine-Westphalia imposed the fine in 2022 after complaints from users who noticed advertising linked to their heart rate and sleep data{zw}. According to the ruling, information from about 1.3{zw} million accounts was transmitted to three advertising networks over eighteen months.

"This judgment makes it clear that health data is not a currency," said the authority's head, Annette Roth, in a statement.

The company said it had changed the consent process in 2023 and was considering an appeal to the Federal Court of Justice. "We have always taken privacy seriously and will keep improving," a spokesperson said.

Consumer groups welcomed the decision. They estimate that hundreds of health and fitness apps available in Germany still use similar designs.

Translated from https://www.berliner-bote-beispiel.de/digital/2024/04/17/fitnessapp-bussgeld/

""" + BERLIN_FOOTER)

# ---------------------------------------------------------------------- wire
art("wire/starmer-baltic-air-policing.txt",
    "Starmer Pledges More Jets for Baltic Air Policing at NATO Headquarters",
    "Rachel Moore", "2025-03-04", "",
    ["byline:By", "dateline:Month D, YYYY", "titled-name:Prime Minister Keir Starmer",
     "homoglyph:NATO(Cyr A)", "closed-compound-kept:ceasefire,peacekeeping",
     "dropped-hyphen:longrange", "attributed-quote", "boilerplate:Read more:",
     "boilerplate:footer"],
    """Starmer Pledges More Jets for Baltic Air Policing at NATO Headquarters

By Rachel Moore
March 4, 2025

Prime Minister Keir Starmer said on Tuesday that Britain would send additional fighter jets to support air policing over the Baltic states this summer, during a visit to NATO headquarters in Brussels.

Starmer met the alliance's secretary general and ambassadors from the three Baltic countries. "The security of Estonia, Latvia and Lithuania is the security of the United Kingdom. That is not a slogan, it is a commitment," Starmer told reporters after the meeting.

According to British officials, four Typhoon jets and about 150 personnel will be deployed to a base in Estonia from June to September, in addition to the troops already stationed in the country.

Read more: What a higher defence spending target would mean for Europe

The prime minister also discussed plans for a group of European countries to support any future ceasefire agreement in Ukraine. Asked whether British troops could take part in a peacekeeping force, Starmer said no decision had been taken and that "the details will depend on what is agreed".

A Lithuanian foreign ministry spokesperson, Rasa Kairyte, welcomed the announcement. "Every aircraft in our skies sends a message," she said.

N~ATO diplomats said allies were also discussing joint purchases of longrange air defence systems ahead of the alliance's summit in June, where members are expected to agree on higher targets for military spending.

""" + WIRE_FOOTER)

art("wire/iaea-inspectors-rotate.txt",
    "IAEA Inspectors Rotate at Zaporizhzhia Plant Amid Shelling Concerns",
    "Daniel Hartley", "2024-03-12", "",
    ["near-duplicate:kyiv-daily/iaea-inspectors-rotate.txt", "byline:By", "dateline:Month D, YYYY",
     "closed-compound-kept:breakthrough", "attributed-quote", "boilerplate:Read more:",
     "boilerplate:footer"],
    """IAEA Inspectors Rotate at Zaporizhzhia Plant Amid Shelling Concerns

By Daniel Hartley
March 12, 2024

A new team of inspectors from the International Atomic Energy Agency crossed the front line on Tuesday to replace colleagues who had spent five weeks at the Zaporizhzhia nuclear power plant, the agency said in a statement.

The rotation, the fourteenth since the IAEA established a permanent presence at the site, took place after a delay of two days caused by shelling near the route the convoy had to take. No one was hurt, the statement said.

"Our experts continue to hear explosions close to the site almost every day. This is not normal for any nuclear facility, and it must not become normal," the agency's director general said.

All six reactors at the plant remain in cold shutdown. The plant depends on a single 750-kilovolt line for the external power it needs to cool the reactor cores and spent fuel, and it has lost that connection eight times since the war began, each time relying on emergency diesel generators.

Read more: How nuclear plants are kept safe in a war zone

The outgoing team reported that the number of staff at the plant had fallen further over the winter. The agency described the number of qualified operators as "sufficient for now" but said the situation required close monitoring.

Ukraine and Russia both say they support the IAEA's presence at the plant but blame each other for the attacks near it. Talks on a protection zone around the site, proposed by the agency more than a year ago, have produced no breakthrough.

The inspectors are expected to stay at the plant until mid-April.

""" + WIRE_FOOTER)

# ------------------------------------------------- meridian-herald (clean)
art("meridian-herald/central-library-reopens.txt",
    "Central Library Reopens After Eighteen-Month Renovation",
    "Thomas Avery", "2024-06-03", "",
    ["clean", "byline:By", "dateline:Month D, YYYY", "attributed-quote"],
    """Central Library Reopens After Eighteen-Month Renovation

By Thomas Avery
June 3, 2024

The city's central library reopened on Monday after an eighteen-month renovation that added a children's wing, a rooftop reading terrace and study rooms that can be booked online.

More than two thousand visitors passed through the doors on the first day, according to library staff, and the queue for new membership cards stretched to the street for most of the morning.

"We wanted a building that people would use all day, not only to borrow a book and leave," said head librarian Margaret Okoye. "Students, parents with toddlers, pensioners reading the newspapers: everyone should find a corner here."

The renovation cost 14 million dollars, about a third of which came from private donors. The original stone facade, built in 1911, was cleaned and repaired, while the interior was almost entirely rebuilt to meet modern accessibility and energy standards.

The new children's wing includes a small theatre for story hours and puppet shows. Teenagers have their own floor with computers, a recording booth and a space for board games.

Opening hours have been extended until nine in the evening on weekdays. Membership remains free for residents of the city and the surrounding county.

The library's temporary branch in the former post office building will close at the end of the month.
""")

art("meridian-herald/harbour-marathon-results.txt",
    "Local Runner Wins Harbour Marathon in Course Record",
    "", "", "",
    ["clean", "no-author", "no-date", "attributed-quote"],
    """Local Runner Wins Harbour Marathon in Course Record

A physiotherapist from the city's north side won the annual Harbour Marathon on Sunday, breaking the course record by almost a minute in cool and windless conditions.

Daniel Osei, 31, finished in two hours, eleven minutes and forty seconds, ahead of last year's winner, Kenji Mori, and the debutant Lucas Ferreira. In the women's race, schoolteacher Anna Berg took her second title in three years.

"I told myself to stay patient until the bridge. After that I just ran as hard as I could," Osei said at the finish, still wrapped in a foil blanket.

About six thousand runners took part in the full marathon and another four thousand in the half marathon and the relay. Organisers said it was the largest field since the race was first held in 1988.

Thousands of spectators lined the route along the waterfront, and several neighbourhoods set up music stands and refreshment tables. Medical teams treated a number of runners for exhaustion, but none were seriously hurt.

The race raised about 240,000 dollars for the children's hospital, according to the organising committee.

Next year's marathon will take place on the last Sunday of September.
""")

art("meridian-herald/council-water-budget.txt",
    "Council Approves Budget to Replace Ageing Water Pipes",
    "Sarah Lindqvist", "2024-09-12", "",
    ["clean", "byline:By", "dateline:D Month YYYY", "attributed-quote"],
    """Council Approves Budget to Replace Ageing Water Pipes

By Sarah Lindqvist
12 September 2024

The city council voted on Thursday to spend 38 million dollars over five years on replacing water mains, some of which were laid more than a century ago.

The plan targets the oldest neighbourhoods first, where burst pipes have caused repeated interruptions to supply and flooded several streets in the past two winters. About forty kilometres of pipes will be replaced in total.

"Every time a main breaks, we pay twice: once for the emergency repair and again for the damage," said council member Robert Hayes, who chairs the infrastructure committee.

The measure passed by nine votes to two. The two members who voted against said they supported the project but objected to a planned increase in water charges of about three percent a year to help pay for it.

Residents will be notified at least two weeks before work begins on their street. The water department said most households would lose supply for no more than a few hours at a time.

Work is expected to start in the spring, once the ground has thawed.
""")

# gzipped wire story
GZ_ARTICLE = dict(
    path="wire/compressed-story.txt.gz", language="en",
    title="Monastery Recovers Manuscript Stolen Three Decades Ago",
    author="Peter Lang", published_at="2024-06-05", source_domain="",
    tags=["gzip", "byline:By", "dateline:Month D, YYYY", "attributed-quote", "boilerplate:footer"],
    crlf=False,
    text="""Monastery Recovers Manuscript Stolen Three Decades Ago

By Peter Lang
June 5, 2024

A medieval gospel book stolen from a mountain monastery more than thirty years ago has been returned to the monks after it turned up at an auction house, police said on Wednesday.

The manuscript, copied by hand in the fourteenth century and decorated with gold leaf, disappeared from the monastery library during a break-in in 1992. It was offered for sale last autumn by a private collector who said he had bought it in good faith from a dealer who has since died.

An art historian preparing the auction catalogue noticed a library stamp on one of the pages and alerted the authorities. After months of negotiations, the collector agreed to hand the book back without compensation.

"We had stopped hoping. The older brothers still remembered the night it was taken," the abbot said at a small ceremony in the monastery church.

Restorers will examine the manuscript before it goes on display in a climate-controlled case. Police said they were still trying to trace several other items stolen in the same break-in.

""" + WIRE_FOOTER)
