# Invented non-English articles for data/sample (UTF-8).

NATIVE = []


def nat(path, language, title, author, published_at, source_domain, tags, text):
    NATIVE.append(dict(path=path, language=language, title=title, author=author,
                       published_at=published_at, source_domain=source_domain,
                       tags=tags, text=text, crlf=False))


nat("novosti-ru/most-cherez-lesnuyu-otkryt.txt", "ru",
    "В Зареченске после ремонта открыли мост через реку Лесную",
    "Ирина Соколова", "2024-08-27 11:20", "novosti-example.ru",
    ["native", "byline:Автор:", "dateline:DD.MM.YYYY HH:MM", "attributed-quote",
     "source-line:Источник:", "boilerplate:footer-ru"],
    """В Зареченске после ремонта открыли мост через реку Лесную

Автор: Ирина Соколова
27.08.2024 11:20

В Зареченске во вторник после почти двух лет ремонта открыли движение по мосту через реку Лесную. Мост соединяет центр города с заречными микрорайонами, где живут около сорока тысяч человек.

По словам главы города Андрея Калинина, подрядчик заменил пролётные строения и укрепил опоры, а проезжая часть стала шире — теперь на мосту четыре полосы. «Мы понимаем, как тяжело было жителям всё это время ездить в объезд. Теперь дорога на работу у многих займёт вдвое меньше времени», — сказал он на церемонии открытия.

Стоимость работ составила 2,3 миллиарда рублей, большую часть средств выделил областной бюджет. Первоначально ремонт планировали завершить ещё прошлой осенью, однако сроки сдвинулись из-за задержек с поставкой металлоконструкций.

Автобусные маршруты № 5, 12 и 17 с сегодняшнего дня возвращаются на прежние схемы движения. Тротуары на мосту откроют к середине сентября, после укладки последнего слоя покрытия.

Жители, с которыми поговорил наш корреспондент, в целом довольны результатом, но жалуются на отсутствие освещения на подъездах к мосту. В мэрии пообещали решить этот вопрос до конца года.

Источник: https://novosti-example.ru/gorod/2024/08/27/most-otkryt/

Подписывайтесь на наш канал в Telegram

Все права защищены. При цитировании ссылка на источник обязательна.
""")

nat("lviv-visnyk/knyzhkovyi-forum-rekord.txt", "uk",
    "У Львові завершився книжковий форум: рекордна кількість відвідувачів",
    "Марія Гнатюк", "2023-10-07 18:15", "lviv-visnyk-example.com.ua",
    ["native", "byline:Автор:", "dateline:DD.MM.YYYY HH:MM", "attributed-quote",
     "source-line:Джерело:", "boilerplate:footer-uk"],
    """У Львові завершився книжковий форум: рекордна кількість відвідувачів

Автор: Марія Гнатюк
07.10.2023 18:15

У Львові в суботу завершився щорічний книжковий форум, який цього року відвідали понад 45 тисяч людей. Організатори називають це рекордом за всю історію заходу.

Протягом чотирьох днів у центрі міста відбулося понад триста подій: презентації нових книжок, дискусії з авторами, читання для дітей та зустрічі з перекладачами. Найдовші черги вишикувалися до наметів видавництв, які привезли новинки сучасної української прози та поезії.

«Люди купують книжки навіть тоді, коли грошей небагато. Для багатьох це спосіб залишатися собою», — розповіла директорка форуму Оксана Мельничук.

Окрему програму присвятили військовим авторам, які пишуть про досвід фронту. Частину виручки від продажу їхніх книжок передадуть на потреби госпіталів.

Наступного року форум планують провести на початку вересня, а до участі вже запросили видавців із Польщі, Литви та Чехії.

Джерело: https://lviv-visnyk-example.com.ua/kultura/2023/10/07/knyzhkovyi-forum/

Слідкуйте за нами у Telegram
""")

nat("xinwen-zh/wuren-chayangji.txt", "zh",
    "无人驾驶插秧机在江苏多地投入使用",
    "王芳", "2024-05-20 09:30", "xinwen-example.cn",
    ["native", "byline:记者", "dateline:YYYY-MM-DD HH:MM", "attributed-quote",
     "source-line:来源：", "boilerplate:责任编辑"],
    """无人驾驶插秧机在江苏多地投入使用

记者 王芳
2024-05-20 09:30

江苏省多个县市近日开始大规模使用无人驾驶插秧机。据当地农业农村部门介绍，今年全省共有约一千二百台智能插秧机投入春季生产，比去年增加近一倍。

在泰州市郊的一处示范田，记者看到，插秧机按照预先设定的路线在水田中缓慢行驶，转弯、掉头全部自动完成。操作人员只需在田边用平板电脑查看作业进度。“过去插一百亩地需要十几个人干好几天，现在两个人一天就能干完。”种粮大户刘建国说。

专家表示，智能农机的推广可以缓解农村劳动力不足的问题，但设备价格较高仍是主要制约因素。一台无人驾驶插秧机售价约为二十万元，扣除政府补贴后，农户仍需承担一半左右。

当地部门表示，下一步将通过合作社统一购买、租赁等方式降低小农户的使用成本，并加强对操作人员的技术培训。

来源：https://www.xinwen-example.cn/nongye/20240520/558821.html

责任编辑：李明
""")

nat("elbe-rundschau/betrug-handwerkerrechnungen-urteil.txt", "de",
    "Amtsgericht verurteilt Betrüger nach falschen Handwerkerrechnungen",
    "Stefan Krüger", "2024-03-14 16:20", "elbe-rundschau-beispiel.de",
    ["native", "byline:Von", "dateline:DD.MM.YYYY, HH:MM Uhr", "attributed-quote",
     "german-quotes-kept", "source-line:Quelle:", "boilerplate:footer-de"],
    """Amtsgericht verurteilt Betrüger nach falschen Handwerkerrechnungen

Von Stefan Krüger
14.03.2024, 16:20 Uhr

Das Amtsgericht Riesenbach hat am Donnerstag einen 52-jährigen Mann wegen gewerbsmäßigen Betrugs zu einer Freiheitsstrafe von zwei Jahren und drei Monaten verurteilt. Der Angeklagte hatte nach Überzeugung des Gerichts über mehrere Jahre vor allem ältere Menschen mit überhöhten Rechnungen für angebliche Reparaturen an Dächern und Heizungen getäuscht.

Insgesamt ging es um 37 Fälle mit einem Schaden von rund 180.000 Euro. In vielen Fällen seien die Arbeiten gar nicht oder nur mangelhaft ausgeführt worden, sagte die Vorsitzende Richterin in der Urteilsbegründung. „Der Angeklagte hat das Vertrauen seiner Opfer gezielt ausgenutzt.“

Der Mann hatte zu Beginn des Prozesses ein Teilgeständnis abgelegt. Sein Verteidiger kündigte an, das Urteil prüfen zu lassen. Die Staatsanwaltschaft hatte drei Jahre Haft gefordert.

Die Polizei rät Hausbesitzern, bei unangekündigten Angeboten von Handwerkern an der Haustür misstrauisch zu sein und vor einer Auftragserteilung immer mehrere Angebote einzuholen.

Quelle: https://www.elbe-rundschau-beispiel.de/region/2024/03/14/betrug-urteil/

Kommentare sind geschlossen.
""")

nat("le-courrier-du-lac/niveau-du-lac-au-plus-bas.txt", "fr",
    "Le niveau du lac au plus bas depuis vingt ans, les plaisanciers inquiets",
    "Camille Renaud", "2023-08-23 07:45", "courrier-du-lac-exemple.fr",
    ["native", "byline:Par", "dateline:Publié le DD/MM/YYYY à HHhMM",
     "french-typography-spaces-kept", "french-quotes-kept", "attributed-quote",
     "source-line:Source :"],
    """Le niveau du lac au plus bas depuis vingt ans, les plaisanciers inquiets

Par Camille Renaud
Publié le 23/08/2023 à 07h45

Après un été presque sans pluie, le niveau du lac a atteint mardi son point le plus bas depuis vingt ans. Dans plusieurs ports, des voiliers reposent désormais sur la vase et ne peuvent plus quitter leur anneau.

« Je n'avais jamais vu ça. Il manque près d'un mètre par rapport à la normale de saison », explique Bernard Favre, responsable du port de plaisance de Saint-Jorioz. Les bateaux les plus lourds ont été déplacés vers des pontons plus profonds, mais la place manque.

La préfecture a pris un arrêté limitant les prélèvements d'eau : l'arrosage des jardins est interdit en journée et le remplissage des piscines privées est suspendu jusqu'à nouvel ordre.

Les professionnels du tourisme s'inquiètent aussi pour la fin de la saison. Plusieurs plages ont dû déplacer leurs zones de baignade, et la compagnie de bateaux a réduit le nombre d'escales.

Selon Météo-France, aucune pluie significative n'est attendue avant la semaine prochaine.

Source : https://www.courrier-du-lac-exemple.fr/region/2023/08/23/niveau-du-lac/
""")

nat("eco-di-sabina/sagra-delle-castagne.txt", "it",
    "Torna la sagra delle castagne, attesi trentamila visitatori",
    "Giovanna Ferri", "2023-10-12", "",
    ["native", "byline:di", "dateline:D mese YYYY", "attributed-quote", "italian-quotes-kept"],
    """Torna la sagra delle castagne, attesi trentamila visitatori

di Giovanna Ferri
12 ottobre 2023

Dopo due anni di stop, torna nel borgo di Poggio Valle la tradizionale sagra delle castagne. Gli organizzatori prevedono oltre trentamila visitatori nei due fine settimana della festa, che si aprirà sabato con la sfilata dei gruppi storici.

Nelle piazze del centro saranno allestiti quindici stand gastronomici con caldarroste, polenta, zuppe e dolci preparati con la farina di castagne. Non mancheranno i produttori locali di miele, formaggi e olio.

«Quest'anno il raccolto è stato buono, nonostante la siccità di luglio», spiega Giuseppe Marini, presidente della pro loco. «Per noi la sagra non è solo una festa, ma un modo per far conoscere il paese e sostenere chi ancora coltiva i castagneti».

Il Comune ha predisposto due parcheggi in periferia con navette gratuite ogni venti minuti. L'accesso in auto al centro storico sarà vietato per tutta la durata della manifestazione.
""")

nat("cronica-de-levante/helada-naranjas-ribera.txt", "es",
    "La helada de enero reduce la cosecha de naranjas en la Ribera",
    "Javier Moreno", "2024-02-02", "cronica-levante-ejemplo.es",
    ["native", "byline:Por", "dateline:Ciudad, D de mes de YYYY", "attributed-quote",
     "spanish-quotes-kept", "source-line:Fuente:"],
    """La helada de enero reduce la cosecha de naranjas en la Ribera

Por Javier Moreno
Valencia, 2 de febrero de 2024

La helada registrada a mediados de enero ha dañado cerca del veinte por ciento de la naranja que quedaba por recoger en la comarca de la Ribera, según las primeras estimaciones de las organizaciones agrarias.

Las temperaturas bajaron hasta cuatro grados bajo cero durante varias horas en las zonas más bajas, lo que provocó que el zumo de muchas piezas se congelara dentro del fruto. Esa naranja ya no puede venderse en fresco y, en el mejor de los casos, acabará en la industria a precios muy inferiores.

«Hemos perdido en una noche lo que nos costó un año entero de trabajo», lamenta Vicente Llorens, agricultor de Alzira con doce hanegadas de cítricos.

Los productores piden a la administración que agilice las peritaciones del seguro y que se abran líneas de crédito a bajo interés. La consejería de Agricultura ha anunciado que enviará técnicos a las parcelas afectadas la próxima semana.

Fuente: https://www.cronica-levante-ejemplo.es/campo/2024/02/02/helada-naranjas/
""")

nat("kurier-mazowiecki/nowa-linia-tramwajowa.txt", "pl",
    "Nowa linia tramwajowa na północy miasta gotowa przed terminem",
    "", "2023-12-05", "",
    ["native", "no-author", "dateline:D miesiąca YYYY", "attributed-quote",
     "polish-quotes-kept"],
    """Nowa linia tramwajowa na północy miasta gotowa przed terminem

5 grudnia 2023

Pierwsze tramwaje wyjadą na nową trasę na osiedle Zielone Wzgórze już w przyszły poniedziałek, prawie miesiąc wcześniej, niż zakładał harmonogram. Linia ma długość czterech kilometrów i dziewięć przystanków.

Budowa trwała dwa lata i kosztowała około 310 milionów złotych, z czego połowę pokryły fundusze unijne. Wzdłuż torowiska powstała także droga rowerowa oraz nowe przejścia dla pieszych.

„Mieszkańcy czekali na ten tramwaj ponad dwadzieścia lat. Dojazd do centrum skróci się z prawie godziny do dwudziestu pięciu minut” – powiedział wiceprezydent miasta Tomasz Zieliński podczas odbioru technicznego.

W pierwszym tygodniu przejazdy nową linią będą bezpłatne. Przewoźnik zapowiada, że w godzinach szczytu tramwaje będą kursować co sześć minut, a wieczorem co kwadrans.
""")
