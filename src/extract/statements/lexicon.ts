/**
 * Word lists the statement rules read: speech verbs, words that may sit inside a speaker's noun
 * phrase, prepositions that mark a place rather than a speaker, and pronouns. English and Russian.
 * Adding a verb or a role word here is the way to teach the extractor a new attribution.
 */
import { WEEKDAYS } from "../../language/calendar-words";

/** English verbs that introduce or attribute speech (all inflected forms listed). */
export const EN_SPEECH_VERBS = [
  "said", "says", "say", "told", "tells", "added", "adds", "stressed", "stresses", "noted", "notes",
  "denied", "denies", "argued", "argues", "warned", "warns", "stated", "states", "insisted", "insists",
  "claimed", "claims", "admitted", "admits", "announced", "announces", "emphasized", "emphasised",
  "emphasizes", "reiterated", "reiterates", "explained", "explains", "declared", "declares", "asserted",
  "remarked", "commented", "replied", "responded", "answered", "wrote", "writes", "acknowledged",
  "confirmed", "confirms", "complained", "suggested", "suggests", "implied", "predicted", "recalled",
  "concluded", "continued", "underlined", "underscored", "observed", "maintained", "urged", "asked",
  "vowed", "promised", "indicated", "revealed", "reported", "reports", "assured", "agreed", "agrees",
  "believes", "thinks", "indicates", "indicate", "charged", "alleged", "contended", "countered", "praised",
  "pointed out", "points out", "expressed hope", "expressed confidence", "expressed concern",
  "quoted", "saying", "adding", "noting", "stressing", "arguing", "warning", "insisting", "claiming",
  "explaining", "asking", "telling", "tweeted", "posted", "called", "described", "disclosed", "discloses", "conceded", "cautioned", "recounted",
];

/** Russian verbs that introduce or attribute speech; each may take the endings а/и/о of the past tense. */
export const RU_SPEECH_VERBS = [
  "сказал", "заявил", "отметил", "подчеркнул", "добавил", "сообщил", "рассказал", "пояснил", "уточнил",
  "указал", "признал", "заверил", "напомнил", "ответил", "говорил", "упоминал", "упомянул", "констатировал",
  "объяснил", "предупредил", "призвал", "утверждал", "высказал", "выразил надежду", "выразил уверенность",
  "задался вопросом", "задался", "заметил", "считает", "полагает", "заявляет", "говорит", "пишет", "передает",
  "передаёт", "сообщает", "отмечает", "подчеркивает", "подчёркивает", "утверждает", "назвал", "отверг", "опроверг", "посетовал", "пообещал", "сообщили", "цитирует", "процитировал",
  "писал", "вспомнил", "признался", "допустил", "убежден", "уверен", "написал", "подтвердил", "прокомментировал",
  "заявлял", "отмечал", "подчеркивал", "подчёркивал", "сообщал", "указывал", "предупреждал", "обещал", "рассказывал",
  "объяснял", "признавал", "напоминал", "уверял", "настаивал", "настаивает",
  "резюмировал", "подытожил", "добавив", "отметив", "подчеркнув", "заявив", "сказав", "пояснив", "указав", "уточнив", "опровергли", "сообщают", "пояснили", "уточнили",
];

/** Russian impersonal reporting forms: "в заявлении говорится, что", "в документе сказано, что". */
export const RU_IMPERSONAL_VERBS = ["говорится", "сказано", "отмечается", "подчеркивается", "указывается", "утверждается"];



/** Lowercase words that may belong to a speaker's noun phrase ("the top Russian military official"). */
export const NP_WORDS = new Set([
  "the", "a", "an", "his", "her", "its", "their", "one", "another", "two", "several", "some", "top", "senior", "military", "defense", "defence",
  "foreign", "prime", "deputy", "first", "minister", "president", "official", "officials", "spokesman",
  "spokeswoman", "spokesperson", "ministry", "office", "press", "statement", "head", "of", "state",
  "leader", "leaders", "secretary", "general", "ambassador", "chief", "commander", "agency", "news",
  "newspaper", "newspapers", "media", "outlets", "agencies", "representative", "source", "sources", "government", "acting", "former", "director",
  "chairman", "speaker", "analyst", "expert", "officer", "russian", "azerbaijani", "armenian",
  "american", "belarusian", "turkish", "iranian", "georgian", "ukrainian", "service", "department",
  "council", "security", "affairs", "interior", "economy", "economic", "foreign-policy", "kremlin",
  "communique", "report", "intelligence", "website", "channel", "television", "radio", "publication", "outlet",
  "company", "firm", "manufacturer", "maker", "exporter", "contractor", "corporation", "arms",
  "assistant", "vice", "undersecretary", "under-secretary", "adviser", "advisor", "envoy", "special", "executive", "permanent", "principal",
  // Russian role words in the cases a speaker label takes
  "президент", "президента", "министр", "министра", "обороны", "иностранных", "дел", "премьер",
  "премьер-министр", "премьер-министра", "глава", "главы", "пресс-секретарь", "пресс-секретаря",
  "представитель", "представителя", "и.о.", "врио", "республики", "государства", "ведомства", "издание",
  "агентство", "газета", "телеканал", "помощник", "заместитель", "вице-премьер", "официальный", "официального", "официальная", "официальной",
  "министерство", "министерства", "министерстве", "ведомстве", "правительстве", "мид", "пресс-служба", "пресс-службы", "лидер", "спикер", "посол",
  "генеральный", "секретарь", "генсек", "командующий", "начальник", "генштаба", "советник", "источник",
  "заместителя", "помощника", "начальника", "советника", "секретаря", "командующего", "генерального", "директора", "гендиректора",
  "председателя", "руководителя", "замминистра", "замглавы", "вице-премьера", "первого", "бывшего",
  "российский", "азербайджанский", "армянский", "белорусский", "американский", "турецкий", "иранский",
  "российского", "азербайджанского", "армянского", "белорусского", "американского",
  "телевидению", "телевидение", "телеканалу", "агентству", "изданию", "газете", "радио",
  "портал", "портала", "порталу", "сайт", "сайта", "сайту", "информагентство", "информагентства", "радиостанция", "радиостанции", "portal",
  "diplomat", "diplomats", "lawmaker", "lawmakers", "mp", "pm", "fm", "senator", "envoy", "negotiator", "colonel", "adviser",
  "advisor", "aide", "researcher", "professor", "journalist", "correspondent", "activist", "western", "european",
  "дипломат", "посол", "посла", "эксперт", "эксперта", "аналитика", "политолога", "источника", "депутата", "аналитик", "депутат", "сенатор", "политолог", "собеседник", "собеседника", "собеседники", "собеседников", "военный", "эксперты",
  // unnamed sources: "three people briefed on the talks", "a person familiar with the matter"
  "three", "four", "people", "person", "insider", "insiders",
  // groups that speak without a name: "Analysts said …", "Эксперты считают …"
  "analysts", "experts", "observers", "specialists", "critics", "commentators", "scholars", "researchers", "economists", "residents", "witnesses",
  "аналитики", "наблюдатели", "специалисты", "политологи", "критики", "очевидцы", "военные", "военных",
  // what an unnamed source is: "a diplomatic source", "an informed source", "осведомленный источник"
  "diplomatic", "military-diplomatic", "informed", "well-informed", "knowledgeable", "anonymous", "unnamed", "high-ranking", "well-placed",
  "два", "две", "три", "двух", "трех", "трёх", "несколько", "нескольких", "один", "одного", "одна", "одной",
  "дипломатический", "военно-дипломатический", "осведомленный", "осведомлённый", "информированный", "высокопоставленный", "источники", "источников",
  // outlets described by their kind: "Israeli daily X", "the paper reported", "Chief Executive Officer X"
  "daily", "weekly", "paper", "broadcaster", "tabloid", "executive", "gazette", "bulletin",
  // honorifics before a name ("сказал господин Пашинян", "said Mr. Aliyev"): part of the phrase, never the name
  "господин", "господина", "господину", "госпожа", "госпожи", "госпоже", "г-н", "г-на", "г-ну", "г-жа", "г-жи", "mr", "mrs", "ms", "dr", "miss",
  // "премьер-министр страны Никол Пашинян": "of the country" is the state the text is about
  "страны", "country's",
  // former holders and military ranks: "бывший начальник Генштаба генерал-лейтенант X"
  "бывший", "бывшего", "экс-министр", "генерал", "генерала", "генерал-лейтенант", "генерал-майор", "генерал-полковник", "адмирал", "admiral", "marshal",
  "полковник", "полковника", "подполковник", "подполковника", "майор", "майора", "капитан", "капитана", "адмирала", "вице-адмирал", "вице-адмирала", "контр-адмирал", "контр-адмирала",
  "пресс-службе", "министерстве", "ведомстве", "правительстве", "администрации", "аппарате", "посольстве",
]);

/** Words that may stand between a Russian speech verb and its speaker ("сообщил журналистам Песков"). */
export const AFTER_VERB_SKIP = new Set(["yesterday", "today", "earlier", "later", "also", "журналистам", "репортерам", "корреспонденту", "прессе", "также", "ранее", "вчера", "сегодня", "позже", "затем", "впоследствии"]);

/** Words after which a capitalised name is a place or an object, not the subject of a verb. */
export const PREPOSITIONS = new Set([
  "with", "to", "in", "at", "from", "by", "for", "of", "on", "into", "about", "against", "between",
  "near", "outside", "inside", "over", "under", "after", "before", "during", "via", "toward", "towards",
  "counterpart", "met", "meets", "meeting", "visited", "visit", "and",
  "в", "во", "на", "с", "со", "к", "ко", "от", "из", "у", "о", "об", "по", "для", "при", "за", "над",
  "под", "между", "перед", "через", "коллегой", "коллегу", "коллеги", "и",
]);

/**
 * Time and occasion phrases that may stand between a speech verb and a post-posed speaker: "…, заявил в
 * четверг министр X", "…, сообщил в среду на брифинге X", "…, said on Monday Defense Minister X". Each
 * entry is a preposition and the pattern its noun must match.
 */
export const AFTER_VERB_ADVERBIALS: Array<[RegExp, RegExp]> = [
  [/^(?:on|late|early)$/u, new RegExp(`^(?:${WEEKDAYS.en.join("|")}|on)$`, "u")],
  [/^(?:в|во)$/u, new RegExp(`^(?:${WEEKDAYS.ruAccusative.join("|")}|минувшие|прошлый|прошлую|прошлое|этот|эту|ходе|интервью|эфире|беседе)$`, "u")],
  [/^на$/u, /^(?:брифинге|пресс-конференции|встрече|заседании|совещании|форуме|церемонии|переговорах|саммите|пресс-подходе|прошлой|этой|днях|выходных|полях)$/u],
];

/** Words skipped when walking back from a verb to its subject ("also", "for his part", "ранее"). */
export const SUBJECT_SKIP_WORDS = new Set([
  "also", "then", "however", "subsequently", "similarly", "effectively", "later", "earlier", "publicly",
  "reportedly", "repeatedly", "has", "have", "had", "was", "is", "were", "will", "would", "again",
  "further", "immediately", "once", "twice", "recently", "previously", "himself", "herself",
  "также", "ранее", "еще", "ещё", "тогда", "прежде", "уже", "вновь", "снова", "не", "якобы", "потом",
  "затем", "в", "свою", "очередь", "лишь", "даже",
]);

/** Third-person pronouns that stand for the last speaker or the subject before. */
export const PERSON_PRONOUNS = new Set(["he", "she", "him", "her", "his", "он", "она", "его", "ее", "её", "ему", "ей", "им", "нее", "него"]);
/** Plural pronouns: they stand for a body (a ministry, "the Kremlin") rather than a person. */
export const PLURAL_PRONOUNS = new Set(["they", "them", "их", "они"]);

/** Nouns that make a quoted name the name of a thing (weapon, event, film, ship, organisation). */
export const NAMING_NOUNS = [
  // English
  "titled", "entitled", "called", "named", "dubbed", "code-named", "codenamed", "system", "systems", "missile",
  "missiles", "complex", "complexes", "operation", "exercise", "exercises", "conference", "forum", "film",
  "movie", "book", "ship", "vessel", "company", "group", "party", "festival", "programme", "program",
  "project", "newspaper", "magazine", "channel", "brand", "club", "team", "theme", "topic",
  // Russian
  "тему", "теме", "названием", "названный", "под", "комплекс", "комплексы", "комплексов", "комплекса",
  "систем", "системы", "система", "ракет", "ракеты", "ракета", "операции", "операция", "учения", "учений",
  "конференции", "конференция", "форума", "форум", "фильм", "фильма", "книга", "книги", "корабль", "корабля",
  "компания", "компании", "группировка", "группировки", "партия", "партии", "фестиваль", "фестиваля",
  "программа", "программы", "проект", "проекта", "газета", "газеты", "журнал", "телеканал", "клуб", "клуба",
  "движение", "движения", "организация", "организации", "бренд", "марки", "типа", "серии", "ЗРК", "РСЗО",
  "ПТРК", "БПЛА", "комплексами", "системами",
];

/** Verbs that add to what the same speaker has just said ("he added"): the words share its relay and date. */
export const CONTINUATION_VERBS = new Set(["added", "adds", "adding", "continued", "went on", "добавил", "добавила", "продолжил", "продолжила"]);
