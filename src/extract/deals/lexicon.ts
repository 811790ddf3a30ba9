import type { DealStatus } from "../../model/deal-status";

const LETTER = String.raw`[\p{L}\p{N}]`;

/** A pattern for whole words or phrases anywhere in a lower-cased text (JavaScript's \b and \w know no Cyrillic). */
function phrase(source: string): RegExp {
  return new RegExp(`(?<!${LETTER})(?:${source.replace(/\\w/g, LETTER)})(?!${LETTER})`, "u");
}

/** A pattern one whole lower-cased word must match. */
function word(source: string): RegExp {
  return new RegExp(`^(?:${source.replace(/\\w/g, LETTER)})$`, "u");
}

/** SUPPLY: the subject gives (supplier). ACQUIRE: the subject gets (recipient). NEUTRAL: a deal with no direction. */
export type TriggerDirection = "SUPPLY" | "ACQUIRE" | "NEUTRAL";

export const TRIGGERS: ReadonlyArray<{ direction: TriggerDirection; word: RegExp }> = [
  {
    direction: "SUPPLY",
    word: word(String.raw`suppl(y|ies|ied|ying|ier|iers)|aid|sell(s|ing)?|sold|sales?|deliver(s|ed|ing|y|ies)?|provid(e|es|ed|ing)|transfer(s|red|ring)?|export(s|ed|ing)?|ship(s|ped|ping|ments?)|offer(s|ed|ing)?|arming|donat(e|es|ed|ing|ion|ions)|gift(s|ed|ing)?|pledg(e|es|ed|ing)|поставк\w*|поставщик\w*|поставл\w*|постави\w*|постав(ок|ят|ит|ила|ило|ил|или)|прода(ть|ет|ют|ст|ла|ло|л|ли|жа|жи|жу|же|ж|жам|жах|вать|вал|вала|вали)|передал\w*|переда(ть|ча|чи|чу|че|ст|дут)|экспорт\w*|предостав\w*`),
  },
  {
    direction: "ACQUIRE",
    word: word(String.raw`buy(s|ing)?|bought|buyers?|customers?|select(s|ed|ing)?|chose|chosen|choos(e|es|ing)|opted|выбрал\w*|purchas(e|es|ed|ing)|acquir(e|es|ed|ing)|acquisitions?|order(s|ed|ing)?|receiv(e|es|ed|ing)|obtain(s|ed|ing)?|procur(e|es|ed|ing|ement)|import(s|ed|ing)?|get|gets|got|getting|seek(s|ing)?|sought|interested|закуп\w*|приобре\w*|купи(ть|л|ла|ло|ли|т)|покуп\w*|получ(ить|ил|ила|ило|или|ит|ат|ает|ают|ение|ения)|заказ(|ы|а|ов|ам|ах|ала|ал|али|ать|ывает)|импорт\w*`),
  },
  { direction: "NEUTRAL", word: word(String.raw`contracts?|deals?|agreements?|negotiat\w*|talks|контракт\w*|сделк\w*|соглашени\w*|переговор\w*|согласовани\w*`) },
];

/** Status markers (for lower-cased text), strongest first: the first that occurs in a clause gives its status. */
export const STATUS_MARKERS: ReadonlyArray<{ status: DealStatus; pattern: RegExp }> = [
  { status: "DENIED", pattern: phrase(String.raw`denie[sd]|deny|denying|refuted|опроверг\w*|отрица\w*`) },
  { status: "CANCELLED", pattern: phrase(String.raw`cancel\w*|refused|declined to (sell|supply|deliver)|failed to (sell|supply|deliver|provide)|(stopped|ceased|halted) (buying|selling|supplying|delivering|purchasing|providing)|прекрати\w* (закупк|поставк|продаж)\w*|перестал\w* (закупать|поставлять|продавать|покупать)|отказал\w*|froze|frozen|freez\w*|suspend\w*|scrapp\w*|dropp(ed|ing)|abandon\w*|shelv(ed|ing)|walked away|halted|отмен\w*|замороз\w*|заморож\w*|расторг\w*|приостанов\w*`) },
  { status: "NEGOTIATING", pattern: phrase(String.raw`negotiat\w*|talks|close to (a|an|the|signing)|near(ing)? (a|an) (deal|agreement|contract)|переговор\w*|согласовани\w*|обсужда\w*`) },
  {
    status: "SOUGHT",
    pattern: phrase(String.raw`seek\w*|sought|efforts? to|push(es|ed|ing)? to|bid to|wants? to|wanted to|hopes? to|hoping to|would like|interest(ed)? in|desires?|looking to|asks? for|requested|consider(s|ing|ed)?|mulls?|mulling|weigh(s|ing)|eye(s|ing)|explor(es|ing)|evaluat(es|ing)|рассматрива\w*|изуча\w* возможност\w*|присматрива\w*|рассчитыва\w*|надее\w*|понадея\w*|желае\w*|желает|хоч\w*|хотим|хотят|хотел\w*|заинтересован\w*|стрем\w*|просит|попросил\w*`),
  },
  { status: "OFFERED", pattern: phrase(String.raw`offer\w*|readiness to|ready to|willing to|proposed|hinted at|предлож\w*|предлага\w*|готовност\w*|готов[аы]?`) },
  {
    status: "PLANNED",
    pattern: phrase(String.raw`plans?|planned|planning|pledg\w*|promis\w*|обеща\w*|select(s|ed|ing)?|chose|chosen|opted for|выбрал\w*|approv\w*|green[- ]?light\w*|green-?lit|cleared|clears|authori[sz](e|es|ed|ing)|lift(s|ed|ing)? (its |the )?(veto|block|ban)|одобри\w*|одобрен\w*|will|shall|would|(is|are) going to|intends?|intend\w*|expected to|expects?|expecting|scheduled|soon|upcoming|намерен\w*|планиру\w*|план\w*|будет|будут|собира\w*|предстоит|ожида\w*|поставит|поставят|получит|получат|закупит|закупят|приобретет|приобретут|передаст|передадут|продаст|продадут|купит|купят|подпишет|подпишут`),
  },
];

/** Verb forms that say the goods changed hands (a past or habitual transfer). */
export const DELIVERED_MARKER =
  phrase(String.raw`delivered|delivers|sold|sells|supplied|supplies|supplying|received|acquired|provided|providing|provides|transferred|has been|have been|поставлял\w*|поставил\w*|поставля\w*|получил\w*|продал\w*|передал\w*|приобрел\w*|закупил\w*`);

/** Words that say a deal was signed or ordered, or that a party is bound to deliver ("must deliver", "необходимо передать"). */
export const CONTRACTED_MARKER = phrase(String.raw`(is|are|has|have) to (deliver|supply|transfer|hand over|send)|must (deliver|supply|transfer|send)|необходимо|нужно|должн(а|о|ы)? (передать|поставить|получить)|signed|agreed|agreements?|договорил\w*|contracts? (for|to)|ordered|orders|заказ\w*|подписа\w*|заключ\w*`);

/** Hedges that make a reported transfer a rumour. */
export const RUMOUR_MARKER = phrase(String.raw`reportedly|rumou?r\w*|allegedly|unconfirmed|якобы|предположительно|по слухам|по неподтвержденным`);

/** Words that make a clause hypothetical ("could have purchased elsewhere"): no deal is read from it. */
export const HYPOTHETICAL = phrase(String.raw`could have|would have|might have|could buy|мог(ла|ли|ло)? бы`);

/** A contract said not to exist ("has not signed any agreement", "no contract … exists", "не подписывал"): DENIED. */
export const NEGATED_CONTRACT = phrase(String.raw`(not|never) (signed|concluded|ordered|placed)|(has|have|had|did) not (yet )?(signed|concluded|ordered)|no (such )?(contract|agreement|deal|order)s?|не (подписыва\w*|подписал\w*|заключал\w*|заключил\w*|заказывал\w*)|никаких (контрактов|соглашений)`);

/** Negations right before a transfer word: the transfer is DENIED. */
export const NEGATION = word(String.raw`not|never|no|не|никогда`);

/** Prepositions before a state and the role they give it. "LOCATIVE" keeps the state out of the deal. */
export const PREPOSITIONS: Readonly<Record<string, "RECIPIENT" | "SUPPLIER" | "COUNTERPART" | "AGENT" | "LOCATIVE">> = {
  to: "RECIPIENT", for: "RECIPIENT", into: "RECIPIENT", для: "RECIPIENT",
  from: "SUPPLIER", от: "SUPPLIER", из: "SUPPLIER",
  with: "COUNTERPART", between: "COUNTERPART", с: "COUNTERPART", со: "COUNTERPART", между: "COUNTERPART",
  by: "AGENT",
  in: "LOCATIVE", at: "LOCATIVE", on: "LOCATIVE", over: "LOCATIVE", against: "LOCATIVE", like: "LOCATIVE", about: "LOCATIVE",
  near: "LOCATIVE", across: "LOCATIVE", против: "LOCATIVE", о: "LOCATIVE", об: "LOCATIVE", на: "LOCATIVE",
  у: "SUPPLIER", к: "LOCATIVE", по: "LOCATIVE", при: "LOCATIVE", после: "LOCATIVE", перед: "LOCATIVE",
};

/** Pressure a state puts on a deal ("under pressure from", "под давлением"): it names no side of the deal. */
export const PRESSURE = word(String.raw`pressure|pressures|pressured|давлени\w*|нажим\w*`);

/** Russian "в/во": direction (recipient) with the accusative ("в Азербайджан"), place with the locative ("в Азербайджане"). */
export const INTO_RU = word(String.raw`в|во`);

/** Words skipped when looking back from a state for its preposition ("to the armed forces of Azerbaijan", "to both Armenia"). */
export const TRANSPARENT_BEFORE_STATE = word(String.raw`the|a|both|its|their|his|her|armed|forces|army|military|government|of|вооруженн\w*|сил\w*|арми\w*|правительств\w*|государств\w*`);

/** A variant made for a customer: the demonym before it names the buyer, not the maker ("a Polish variant of the K2"). */
export const VARIANT = /\b(variant|version|modification|export model)s?\b|(^|\s)(вариант|верси|модификаци|экспортн)/iu;

/**
 * Words of the phrase that describes a company before its name ("from major South Korean defense
 * contractor Hyundai Rotem", "у российского оборонного концерна «Алмаз-Антей»"): a preposition before
 * them still governs the company.
 */
export const COMPANY_DESCRIPTOR = word(String.raw`major|leading|largest|state|owned|state-owned|private|national|defen[cs]e|aerospace|arms|weapons?|military|naval|industrial|contractor|company|firm|manufacturer|maker|producer|shipbuilder|shipyard|giant|group|conglomerate|corporation|concern|holding|exporter|supplier|оборонн\w*|государственн\w*|частн\w*|крупн\w*|ведущ\w*|компани\w*|концерн\w*|корпораци\w*|холдинг\w*|производител\w*|поставщик\w*|экспортер\w*|предприяти\w*|завод\w*|верф\w*`);

/** Nouns that, after a state's adjective, stand for the state: "the Azerbaijani army", "азербайджанской армии". */
export const STATE_BODY = word(String.raw`army|armed|military|government|side|authorities|forces|арми\w*|вооруженн\w*|правительств\w*|сторон\w*|власт\w*|войск\w*|минобороны`);

/** First-person plural pronouns: inside a quotation they name the speaker's state. */
export const WE = word(String.raw`we|us|our|мы|нас|нам|наш\w*`);

/**
 * Arrivals ("the first TB2 drones arrived in Kyrgyzstan", "в Ереван прибыла первая партия"): a
 * transfer word only when the clause has no other, and then the place the items arrive "in" gets them.
 */
export const ARRIVAL = word(String.raw`arriv(e|es|ed|ing)|прибыл(а|и|о)?|прибыва\w*|прибуд\w*`);

/** Verbs that make the noun "delivery" a receipt ("Armenia took delivery of", "мы ожидаем поставку"): the subject gets. */
export const TAKE_DELIVERY = word(String.raw`take|takes|took|taken|taking|accept\w*|await\w*|expect(s|ed|ing)?|ожида\w*|жд(у|ем|ём|ет|ёт|ут)|приня\w*|принима\w*`);

/**
 * Words saying the recipient makes the items itself ("собственного производства", "locally
 * produced", "under licence"): the maker of the design is then no supplier to infer.
 */
export const DOMESTIC_PRODUCTION = phrase(
  String.raw`собственного производства|отечественн\w*|местного производства|локализ\w*|по лицензии|лицензионн\w*|locally (produced|made|built|assembled|manufactured)|local (production|assembly|manufacture)|domestically|home-?(made|grown|built)|indigenous\w*|licen[cs]e[ds]?[- ](produced|built|made|production|manufactur\w*)|under (a )?licen[cs]e|own production`,
);

/**
 * Sentence openings that refer back to the deal just reported ("The deal, worth around $250
 * million, was signed last year", "Контракт стоимостью … был подписан", "Сумма сделки составила", "Its value is put at",
 * "Его стоимость составляет"):
 * with no state named, such a sentence adds its figures and period to that deal.
 */
export const DEAL_ANAPHOR = new RegExp(
  String.raw`^\s*[«"“]?(?:(?:its|their|его|ее|её|их)\s+(?:total\s+|overall\s+|общая\s+)?(?:value|cost|price|worth|стоимость|сумма|цена)|(?:(?:(?:the|its|their)\s+)?(?:total\s+|overall\s+)?(?:value|cost|price|worth|amount)\s+of\s+)?(?:(?:the|this|that|these|those|its|their|such)\s+(?:[\p{L}$€\d.,-]+\s+){0,3}?(?:deal|contract|agreement|order|purchase|sale|package|acquisition)s?|(?:(?:общая\s+)?(?:сумма|стоимость|цена)\s+)?(?:(?:этот|эта|это|эти|этого|этой|данн\w*|указанн\w*|новый|новая|новое)\s+)?(?:контракт|сделк|соглашени|договор|заказ)\p{L}*))(?!${LETTER})`,
  "iu",
);

/** A deal named in passing with its worth ("complete a deal worth $8.1 billion", "контракт стоимостью"). */
export const DEAL_IN_PASSING = new RegExp(
  String.raw`(?<!${LETTER})(?:(?:deal|contract|agreement|order|purchase|sale)s?\s+(?:worth|valued\s+at|estimated\s+at)|(?:контракт|сделк|соглашени|договор|заказ)\p{L}*\s+(?:стоимостью|на\s+сумму|общей\s+стоимостью))(?!${LETTER})`,
  "iu",
);

/** Sentence openings that continue the previous deal's list of items ("Those included Iskander missiles"). */
export const CONTINUATION = new RegExp(
  String.raw`^\s*[«"“]?(?:(?:this|these|those|it|they) (?:includes?|included|including|comprises?|comprised|consisted of)|в том числе|в их числе|среди них|речь идет о)(?!${LETTER})`,
  "iu",
);

/** Words after an item that make it a facility, not a transfer ("helicopter maintenance center"). */
export const FACILITY_AFTER = word(String.raw`maintenance|repair|service|servicing|assembly|production|manufacturing|training|plant|factory|center|centre|facility|facilities|school`);
/** Words before an item that make it a service or facility ("завод по ремонту вертолетов"). */
export const FACILITY_BEFORE = word(String.raw`ремонт\w*|обслуживани\w*|производств\w*|сборк\w*|завод\w*|модернизаци\w*|центр\w*`);

/**
 * Words that make a generic arms word part of an abstract noun, no item: "arms race", "arms trade",
 * "arms control", "arms exporter", "гонка вооружений", "торговли оружием", "контроль над вооружениями".
 */
export const ABSTRACT_AFTER_GENERIC = word(String.raw`race|trade|trading|control|embargo|embargoes|industry|market|markets|fair|exhibition|show|expo|reduction|limitation|treaty|treaties|exporters?|makers?|manufacturers?|producers?|compan(y|ies)|firms?|dealers?|watchdog`);
export const ABSTRACT_BEFORE_GENERIC = word(String.raw`гонк\w*|торговл\w*|контрол\w*|эмбарго|рын\w*|выставк\w*|сокращени\w*|ограничени\w*|нераспространени\w*`);
/** Words before the equipment a purchase replaces ("to replace its ageing T-55s", "на смену устаревшим МиГ-29"): that equipment is no item of the deal. */
export const REPLACED_BEFORE = word(String.raw`replac(e|es|ed|ing)|succeed|retir(e|es|ing)|замен\w*|смену`);

/** Clause boundaries inside a sentence: a new clause may have its own deal. */
export const CLAUSE_BOUNDARY = new RegExp(
  String.raw`;|\s[—–]\s|,\s+(?=(?:saying|adding|noting|but|while|whereas|although|though|because|а|но|хотя|поскольку|так как|заявив|отметив|сказав|подчеркнув|a\s+(?:move|step|decision|development|sign)\s+that)(?!${LETTER}))|\s(?=(?:after|before|since|despite|by)\s+\p{Ll}+ing(?!${LETTER}))|\s(?=(?:after|because|when|since)\s+(?:it|he|she|they|we)\s)`,
  "giu",
);

/** Words that may stand between a quantity and its item ("at least 10 new Russian MS-21"). */
export const QUANTITY_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  dozen: 12, dozens: 12, hundreds: 100, thousands: 1000,
  один: 1, одна: 1, одну: 1, одного: 1, одной: 1, два: 2, две: 2, двух: 2, три: 3, трех: 3, четыре: 4, четырех: 4, пять: 5, пяти: 5,
  шесть: 6, семь: 7, восемь: 8, девять: 9, десять: 10, дюжину: 12, десятки: 10, десятков: 10, сотни: 100, сотен: 100, тысячи: 1000,
};

/** Words that stop the search for a quantity (money and other measures). */
export const NOT_A_QUANTITY_UNIT = word(String.raw`billion|million|thousand|bn|mln|worth|dollars?|euros?|percent|per|years?|млрд|млн|миллиард\w*|миллион\w*|долл\w*|евро|рубл\w*|процент\w*|лет|год\w*`);
