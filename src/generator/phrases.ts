/**
 * Word lists for the synthetic articles: what speakers say (direct and reported), background
 * sentences, headlines and page furniture, in English and Russian. `{S}` is a supplier state,
 * `{R}` a recipient state, `{W}` a weapon; the article builder fills them in.
 */
import { MONTHS, WEEKDAYS, capitalized } from "../language/calendar-words";

export const EN_QUOTES = [
  "We are ready to expand military-technical cooperation with all our partners",
  "Our army must have the most modern weapons, and we will buy them wherever we can",
  "{S} has always fulfilled its obligations under the contracts we signed",
  "The talks were constructive and we agreed on the next steps",
  "No new contracts have been signed so far, but the negotiations continue",
  "We do not hide that we are interested in new air defence systems",
  "Nobody can tell us where to buy weapons for our armed forces",
  "These deliveries do not threaten anyone in the region",
  "Arms supplies to {R} are carried out in strict accordance with international law",
  "The modernisation of the armed forces remains our absolute priority",
  "We expect the first batch of {W} to arrive before the end of the year",
  "The balance of forces in the South Caucasus must be preserved",
  "We have raised this issue with our partners many times",
  "Our defence industry is able to meet most of the needs of the army",
  "The contract has been fully paid and the deliveries are on schedule",
  "We see great potential in joint production of ammunition and spare parts",
  "Any attempt to change the situation by force is unacceptable",
  "The training of our officers at foreign military academies will continue",
  "Military budgets in the region keep growing, and this worries us",
  "Cooperation in the defence sphere is an important part of our strategic partnership",
];

export const EN_QUOTE_TAILS = [
  "",
  "",
  "",
  "This is our principled position",
  "We will keep our word",
  "There is nothing secret about it",
  "Everything else is speculation",
  "Time will show who was right",
  "The details will be announced later",
];

export const EN_CLAUSES = [
  "{R} intends to buy new air defence systems in the coming years",
  "the talks with {S} on new arms purchases would continue next month",
  "the contract for {W} had been fully implemented",
  "{S} was ready to consider new requests from {R}",
  "military cooperation with {S} was developing successfully",
  "no agreement on the supply of {W} had been reached yet",
  "{R} was not going to take part in an arms race",
  "the army would receive new equipment before the end of the year",
  "the issue of arms deliveries to {R} had been discussed at the highest level",
  "the defence budget of {R} would grow again next year",
  "the maintenance centre for Russian-made helicopters would open in {R}",
  "a joint commission on military-technical cooperation would meet in the autumn",
];

export const EN_PARTIALS = [
  ["the talks as", "constructive and substantive"],
  ["the deliveries as", "a purely commercial matter"],
  ["the decision as", "a serious mistake"],
  ["the new contract as", "an important step forward"],
  ["the arms race in the region as", "extremely dangerous"],
  ["the partnership as", "strategic and long-term"],
] as const;

export const EN_BACKGROUND = [
  "Armenia and Azerbaijan fought a war over Nagorno-Karabakh in 2020.",
  "Baku has sharply increased its military spending over the past decade, largely thanks to oil revenues.",
  "Russia remains a major arms supplier to both Armenia and Azerbaijan, which has long irritated Yerevan.",
  "According to SIPRI, the volume of international arms transfers has grown in the last five years.",
  "The two countries have held several rounds of talks on military cooperation this year.",
  "Analysts say the region is one of the most militarised in the post-Soviet space.",
  "The ministry did not disclose the value of the contract or the delivery schedule.",
  "Earlier this month a delegation of defence industry officials visited the capital.",
  "The government has repeatedly said that its arms purchases are defensive.",
  "Opposition lawmakers demanded more transparency in defence procurement.",
];

export const EN_HEADLINES = [
  "{R} eyes new weapons from {S}",
  "{S} and {R} discuss military cooperation",
  "{S} to supply {W} to {R}",
  "Arms deal between {S} and {R} draws criticism",
  "{R} plans to modernise its army",
  "Defence chiefs of {S} and {R} meet",
  "{R} signs new defence contract",
  "Military-technical cooperation on the agenda of talks in {Rcap}",
];

export const EN_MENU = [
  "Home | World | Politics | Business | Defence | Opinion | Video",
  "News  Politics  Economy  Region  World  Analysis  Multimedia",
  "Latest | Caucasus | Russia | Security | Energy | Interviews",
];

export const EN_SHARE = ["Share on Facebook  Share on Twitter  Share on Telegram  Email", "Share: Facebook | X | LinkedIn | WhatsApp", "SHARE  TWEET  PRINT"];
export const EN_COMMENTERS = ["john_s", "Karabakh_watcher", "Anna M.", "realist77", "Observer", "davit.h", "Rustam", "peacemaker", "Oleg K."];
export const EN_COMMENTS = [
  "Another arms deal, nobody is surprised.",
  "Money that could have been spent on schools.",
  "This is all about oil and influence.",
  "Good news for the defence industry, bad news for peace.",
  "Who pays for all this? Ordinary people as usual.",
  "Interesting analysis, thanks.",
  "The region needs talks, not weapons.",
];

export const RU_QUOTES = [
  "Мы готовы расширять военно-техническое сотрудничество со всеми нашими партнерами",
  "Наша армия должна располагать самым современным оружием, и мы будем покупать его там, где сочтем нужным",
  "{S} всегда выполняла свои обязательства по заключенным контрактам",
  "Переговоры прошли конструктивно, мы договорились о следующих шагах",
  "Новых контрактов пока не подписано, но переговоры продолжаются",
  "Мы не скрываем, что заинтересованы в новых системах противовоздушной обороны",
  "Никто не может указывать нам, где закупать оружие для наших вооруженных сил",
  "Эти поставки не угрожают никому в регионе",
  "Модернизация вооруженных сил остается нашим безусловным приоритетом",
  "Мы ожидаем, что первая партия поступит до конца года",
  "Баланс сил на Южном Кавказе должен сохраняться",
  "Мы неоднократно поднимали этот вопрос перед нашими партнерами",
  "Наша оборонная промышленность способна закрыть большую часть потребностей армии",
  "Контракт полностью оплачен, поставки идут по графику",
  "Мы видим большой потенциал в совместном производстве боеприпасов и запчастей",
  "Любые попытки изменить ситуацию силой недопустимы",
  "Сотрудничество в оборонной сфере является важной частью нашего стратегического партнерства",
  "Военные бюджеты в регионе продолжают расти, и это нас беспокоит",
];

export const RU_QUOTE_TAILS = ["", "", "", "Это наша принципиальная позиция", "Мы сдержим слово", "Ничего секретного в этом нет", "Все остальное - домыслы", "Подробности будут объявлены позже"];

export const RU_CLAUSES = [
  "власти {Rgen} намерены закупить новые системы ПВО в ближайшие годы",
  "переговоры о новых закупках вооружений у {Sgen} продолжатся в следующем месяце",
  "контракт полностью выполнен",
  "военное сотрудничество с партнерами из {Sgen} успешно развивается",
  "соглашение о поставках пока не достигнуто",
  "армия получит новую технику до конца года",
  "вопрос поставок вооружений обсуждался на высшем уровне",
  "оборонный бюджет в следующем году снова вырастет",
  "совместная комиссия по военно-техническому сотрудничеству соберется осенью",
  "в регионе не должно быть гонки вооружений",
];

export const RU_PARTIALS = [
  ["переговоры", "конструктивными и содержательными"],
  ["поставки", "сугубо коммерческим вопросом"],
  ["это решение", "серьезной ошибкой"],
  ["новый контракт", "важным шагом вперед"],
  ["гонку вооружений в регионе", "крайне опасной"],
] as const;

export const RU_BACKGROUND = [
  "Армения и Азербайджан воевали за Нагорный Карабах в 2020 году.",
  "За последнее десятилетие Баку резко увеличил военные расходы, во многом благодаря нефтяным доходам.",
  "Россия остается крупным поставщиком вооружений как Армении, так и Азербайджану, что давно вызывает недовольство в Ереване.",
  "По данным SIPRI, объем международных поставок вооружений за последние пять лет вырос.",
  "Стоимость контракта и сроки поставок в министерстве не раскрыли.",
  "Ранее в этом месяце столицу посетила делегация представителей оборонной промышленности.",
  "Правительство неоднократно заявляло, что закупки вооружений носят оборонительный характер.",
  "Эксперты называют регион одним из самых милитаризованных на постсоветском пространстве.",
];

export const RU_HEADLINES = [
  "{R} рассчитывает на новое оружие",
  "Военное сотрудничество обсудили в {Rcap}",
  "{S} поставит новое вооружение",
  "Сделка по вооружениям вызвала критику",
  "Армия получит новую технику",
  "Министры обороны провели переговоры",
];

export const RU_MENU = [
  "Главная | Политика | Экономика | В мире | Армия | Общество | Спорт",
  "Новости  Политика  Экономика  Происшествия  Регионы  Мнения",
  "Хроника | Военная операция | Кавказ | Безопасность | Интервью",
];

export const RU_SHARE = ["Поделиться: ВКонтакте Telegram Одноклассники", "Поделиться  ВК  ОК  Telegram  WhatsApp", "Поделиться в соцсетях"];
export const RU_COMMENTERS = ["Иван П.", "наблюдатель", "Сергей_77", "Ольга", "Гость", "kavkaz_news", "Андрей М."];
export const RU_COMMENTS = [
  "Опять гонка вооружений, ничего нового.",
  "Лучше бы на больницы потратили.",
  "Все решают нефть и деньги.",
  "Интересно, кто за это заплатит.",
  "Спасибо за материал.",
  "Региону нужен мир, а не оружие.",
];

export const EN_MONTHS = MONTHS.en.map(capitalized);
export const RU_MONTHS_GEN: readonly string[] = MONTHS.ruGenitive;
export const EN_WEEKDAYS = WEEKDAYS.en.map(capitalized);
/** Accusative after "в": "в четверг". */
export const RU_WEEKDAYS_ACC: readonly string[] = WEEKDAYS.ruAccusative;
export const EN_REPORTERS = ["Nailia Bagirova", "Margarita Antidze", "Andrew Osborn", "Joshua Kucera", "Heghine Buniatian", "Emil Sanamyan", "Lilit Gevorgyan"];
export const RU_REPORTERS = ["Иван Сафронов", "Алексей Никольский", "Дарья Колесникова", "Мария Иванова", "Павел Петров"];
