/**
 * The people, states, outlets and weapons the synthetic articles talk about. People and outlets
 * come from the actor knowledge base (data/knowledge-base/*.yaml) when it can be loaded, so the
 * extractor can resolve them; the Russian case forms of states and the weapon list are kept here,
 * because the knowledge base stores names in the nominative only.
 */
import type { KbActor, KnowledgeBase } from "../knowledge/types";

export type Gender = "m" | "f";

export interface CastState {
  /** Knowledge-base id when the knowledge base knows the state. */
  id: string;
  en: string;
  /** Adjective: "Russian". */
  adjEn: string;
  /** Capital, used by metonymy ("Moscow will supply…"). */
  capitalEn: string;
  ru: { nom: string; gen: string; dat: string; capital: string; capitalGen: string };
  supplier: boolean;
}

export interface CastPerson {
  id: string | null;
  fullEn: string;
  surnameEn: string;
  fullRu: string;
  surnameRu: string;
  /** Genitive of the surname ("по словам Алиева"). */
  surnameRuGen: string;
  gender: Gender;
  /** "Defence Minister", without the country. */
  roleEn: string | null;
  /** "министр обороны", without the country. */
  roleRu: string | null;
  /** Key of the state the role belongs to (CastState.id). */
  stateId: string | null;
  /** The years in which the person held the role: articles about them are dated inside it. */
  fromYear: number;
  toYear: number;
}

export interface CastOutlet {
  id: string | null;
  name: string;
  language: "en" | "ru";
  /** Used in "told X" / "передает X" sentences; Russian outlets carry the dative for "сообщил РИА Новости". */
  nameRu: string;
  domain: string;
  /** Dateline tag ("(Reuters)", "INTERFAX.RU"). */
  tag: string;
}

export interface CastWeapon {
  designation: string;
  en: string;
  enPlural: string;
  /** Genitive plural after numbers ≥ 5 ("танков Т-90С"). */
  ruGenPlural: string;
  /** Accusative ("систему ПВО С-300" / "танки Т-90С") used without a number. */
  ruAcc: string;
  category: string;
}

export interface Cast {
  source: "knowledge-base" | "built-in";
  states: CastState[];
  people: CastPerson[];
  outlets: CastOutlet[];
  weapons: CastWeapon[];
}

const STATES: CastState[] = [
  { id: "russia", en: "Russia", adjEn: "Russian", capitalEn: "Moscow", ru: { nom: "Россия", gen: "России", dat: "России", capital: "Москва", capitalGen: "Москвы" }, supplier: true },
  { id: "azerbaijan", en: "Azerbaijan", adjEn: "Azerbaijani", capitalEn: "Baku", ru: { nom: "Азербайджан", gen: "Азербайджана", dat: "Азербайджану", capital: "Баку", capitalGen: "Баку" }, supplier: false },
  { id: "armenia", en: "Armenia", adjEn: "Armenian", capitalEn: "Yerevan", ru: { nom: "Армения", gen: "Армении", dat: "Армении", capital: "Ереван", capitalGen: "Еревана" }, supplier: false },
  { id: "united-states", en: "the United States", adjEn: "US", capitalEn: "Washington", ru: { nom: "США", gen: "США", dat: "США", capital: "Вашингтон", capitalGen: "Вашингтона" }, supplier: true },
  { id: "turkey", en: "Turkey", adjEn: "Turkish", capitalEn: "Ankara", ru: { nom: "Турция", gen: "Турции", dat: "Турции", capital: "Анкара", capitalGen: "Анкары" }, supplier: true },
  { id: "israel", en: "Israel", adjEn: "Israeli", capitalEn: "Jerusalem", ru: { nom: "Израиль", gen: "Израиля", dat: "Израилю", capital: "Иерусалим", capitalGen: "Иерусалима" }, supplier: true },
  { id: "india", en: "India", adjEn: "Indian", capitalEn: "New Delhi", ru: { nom: "Индия", gen: "Индии", dat: "Индии", capital: "Нью-Дели", capitalGen: "Нью-Дели" }, supplier: false },
  { id: "france", en: "France", adjEn: "French", capitalEn: "Paris", ru: { nom: "Франция", gen: "Франции", dat: "Франции", capital: "Париж", capitalGen: "Парижа" }, supplier: true },
  { id: "belarus", en: "Belarus", adjEn: "Belarusian", capitalEn: "Minsk", ru: { nom: "Белоруссия", gen: "Белоруссии", dat: "Белоруссии", capital: "Минск", capitalGen: "Минска" }, supplier: true },
  { id: "kazakhstan", en: "Kazakhstan", adjEn: "Kazakh", capitalEn: "Astana", ru: { nom: "Казахстан", gen: "Казахстана", dat: "Казахстану", capital: "Астана", capitalGen: "Астаны" }, supplier: false },
  { id: "georgia", en: "Georgia", adjEn: "Georgian", capitalEn: "Tbilisi", ru: { nom: "Грузия", gen: "Грузии", dat: "Грузии", capital: "Тбилиси", capitalGen: "Тбилиси" }, supplier: false },
  { id: "iran", en: "Iran", adjEn: "Iranian", capitalEn: "Tehran", ru: { nom: "Иран", gen: "Ирана", dat: "Ирану", capital: "Тегеран", capitalGen: "Тегерана" }, supplier: false },
  { id: "serbia", en: "Serbia", adjEn: "Serbian", capitalEn: "Belgrade", ru: { nom: "Сербия", gen: "Сербии", dat: "Сербии", capital: "Белград", capitalGen: "Белграда" }, supplier: false },
  { id: "algeria", en: "Algeria", adjEn: "Algerian", capitalEn: "Algiers", ru: { nom: "Алжир", gen: "Алжира", dat: "Алжиру", capital: "Алжир", capitalGen: "Алжира" }, supplier: false },
  { id: "pakistan", en: "Pakistan", adjEn: "Pakistani", capitalEn: "Islamabad", ru: { nom: "Пакистан", gen: "Пакистана", dat: "Пакистану", capital: "Исламабад", capitalGen: "Исламабада" }, supplier: false },
];

const PEOPLE: Omit<CastPerson, "surnameRuGen">[] = [
  { id: "ilham-aliyev", fullEn: "Ilham Aliyev", surnameEn: "Aliyev", fullRu: "Ильхам Алиев", surnameRu: "Алиев", gender: "m", roleEn: "President", roleRu: "президент", stateId: "azerbaijan", fromYear: 2004, toYear: 2025 },
  { id: "vladimir-putin", fullEn: "Vladimir Putin", surnameEn: "Putin", fullRu: "Владимир Путин", surnameRu: "Путин", gender: "m", roleEn: "President", roleRu: "президент", stateId: "russia", fromYear: 2012, toYear: 2025 },
  { id: "sergei-shoigu", fullEn: "Sergei Shoigu", surnameEn: "Shoigu", fullRu: "Сергей Шойгу", surnameRu: "Шойгу", gender: "m", roleEn: "Defence Minister", roleRu: "министр обороны", stateId: "russia", fromYear: 2013, toYear: 2023 },
  { id: "zakir-hasanov", fullEn: "Zakir Hasanov", surnameEn: "Hasanov", fullRu: "Закир Гасанов", surnameRu: "Гасанов", gender: "m", roleEn: "Defence Minister", roleRu: "министр обороны", stateId: "azerbaijan", fromYear: 2013, toYear: 2025 },
  { id: "nikol-pashinyan", fullEn: "Nikol Pashinyan", surnameEn: "Pashinyan", fullRu: "Никол Пашинян", surnameRu: "Пашинян", gender: "m", roleEn: "Prime Minister", roleRu: "премьер-министр", stateId: "armenia", fromYear: 2018, toYear: 2025 },
  { id: "sergei-lavrov", fullEn: "Sergei Lavrov", surnameEn: "Lavrov", fullRu: "Сергей Лавров", surnameRu: "Лавров", gender: "m", roleEn: "Foreign Minister", roleRu: "министр иностранных дел", stateId: "russia", fromYear: 2005, toYear: 2025 },
  { id: "maria-zakharova", fullEn: "Maria Zakharova", surnameEn: "Zakharova", fullRu: "Мария Захарова", surnameRu: "Захарова", gender: "f", roleEn: "Foreign Ministry spokeswoman", roleRu: "официальный представитель МИД", stateId: "russia", fromYear: 2016, toYear: 2025 },
  { id: "dmitry-rogozin", fullEn: "Dmitry Rogozin", surnameEn: "Rogozin", fullRu: "Дмитрий Рогозин", surnameRu: "Рогозин", gender: "m", roleEn: "Deputy Prime Minister", roleRu: "вице-премьер", stateId: "russia", fromYear: 2012, toYear: 2017 },
  { id: "jeyhun-bayramov", fullEn: "Jeyhun Bayramov", surnameEn: "Bayramov", fullRu: "Джейхун Байрамов", surnameRu: "Байрамов", gender: "m", roleEn: "Foreign Minister", roleRu: "министр иностранных дел", stateId: "azerbaijan", fromYear: 2021, toYear: 2025 },
  { id: "ararat-mirzoyan", fullEn: "Ararat Mirzoyan", surnameEn: "Mirzoyan", fullRu: "Арарат Мирзоян", surnameRu: "Мирзоян", gender: "m", roleEn: "Foreign Minister", roleRu: "министр иностранных дел", stateId: "armenia", fromYear: 2022, toYear: 2025 },
  { id: "suren-papikyan", fullEn: "Suren Papikyan", surnameEn: "Papikyan", fullRu: "Сурен Папикян", surnameRu: "Папикян", gender: "m", roleEn: "Defence Minister", roleRu: "министр обороны", stateId: "armenia", fromYear: 2022, toYear: 2025 },
  { id: "dmitry-peskov", fullEn: "Dmitry Peskov", surnameEn: "Peskov", fullRu: "Дмитрий Песков", surnameRu: "Песков", gender: "m", roleEn: "Kremlin spokesman", roleRu: "пресс-секретарь президента", stateId: "russia", fromYear: 2012, toYear: 2025 },
  { id: "hulusi-akar", fullEn: "Hulusi Akar", surnameEn: "Akar", fullRu: "Хулуси Акар", surnameRu: "Акар", gender: "m", roleEn: "Defence Minister", roleRu: "министр обороны", stateId: "turkey", fromYear: 2018, toYear: 2023 },
  { id: "dmitry-shugaev", fullEn: "Dmitry Shugaev", surnameEn: "Shugaev", fullRu: "Дмитрий Шугаев", surnameRu: "Шугаев", gender: "m", roleEn: "head of the Federal Service for Military-Technical Cooperation", roleRu: "директор ФСВТС", stateId: "russia", fromYear: 2017, toYear: 2025 },
  { id: "alexander-mikheev", fullEn: "Alexander Mikheev", surnameEn: "Mikheev", fullRu: "Александр Михеев", surnameRu: "Михеев", gender: "m", roleEn: "Rosoboronexport CEO", roleRu: "гендиректор Рособоронэкспорта", stateId: "russia", fromYear: 2017, toYear: 2025 },
];

const OUTLETS: CastOutlet[] = [
  { id: "interfax", name: "Interfax", language: "ru", nameRu: "Интерфаксу", domain: "interfax.ru", tag: "INTERFAX.RU" },
  { id: "ria-novosti", name: "RIA Novosti", language: "ru", nameRu: "РИА Новости", domain: "ria.ru", tag: "РИА Новости" },
  { id: "tass", name: "TASS", language: "ru", nameRu: "ТАСС", domain: "tass.ru", tag: "ТАСС" },
  { id: "rbc", name: "RBC", language: "ru", nameRu: "РБК", domain: "rbc.ru", tag: "РБК" },
  { id: "kommersant", name: "Kommersant", language: "ru", nameRu: "«Коммерсанту»", domain: "kommersant.ru", tag: "Коммерсантъ" },
  { id: "vedomosti", name: "Vedomosti", language: "ru", nameRu: "«Ведомостям»", domain: "vedomosti.ru", tag: "Ведомости" },
  { id: "reuters", name: "Reuters", language: "en", nameRu: "Reuters", domain: "reuters.com", tag: "(Reuters)" },
  { id: "azatutyun", name: "Azatutyun", language: "en", nameRu: "Азатутюн", domain: "azatutyun.am", tag: "(Azatutyun)" },
  { id: "asbarez", name: "Asbarez", language: "en", nameRu: "Asbarez", domain: "asbarez.com", tag: "(Asbarez)" },
  { id: "apa", name: "APA", language: "en", nameRu: "APA", domain: "apa.az", tag: "(APA)" },
  { id: "trend", name: "Trend", language: "en", nameRu: "Trend", domain: "trend.az", tag: "(Trend)" },
  { id: "eurasianet", name: "Eurasianet", language: "en", nameRu: "Eurasianet", domain: "eurasianet.org", tag: "(Eurasianet)" },
  { id: "defense-news", name: "Defense News", language: "en", nameRu: "Defense News", domain: "defensenews.com", tag: "(Defense News)" },
  { id: "armenpress", name: "Armenpress", language: "en", nameRu: "Арменпресс", domain: "armenpress.am", tag: "(Armenpress)" },
];

const WEAPONS: CastWeapon[] = [
  { designation: "T-90S", en: "T-90S tank", enPlural: "T-90S tanks", ruGenPlural: "танков Т-90С", ruAcc: "танки Т-90С", category: "armoured vehicles" },
  { designation: "BTR-82A", en: "BTR-82A armoured personnel carrier", enPlural: "BTR-82A armoured personnel carriers", ruGenPlural: "бронетранспортеров БТР-82А", ruAcc: "бронетранспортеры БТР-82А", category: "armoured vehicles" },
  { designation: "Su-30SM", en: "Su-30SM fighter", enPlural: "Su-30SM fighter jets", ruGenPlural: "истребителей Су-30СМ", ruAcc: "истребители Су-30СМ", category: "aircraft" },
  { designation: "Mi-17", en: "Mi-17 helicopter", enPlural: "Mi-17 helicopters", ruGenPlural: "вертолетов Ми-17", ruAcc: "вертолеты Ми-17", category: "aircraft" },
  { designation: "Smerch", en: "Smerch multiple-launch rocket system", enPlural: "Smerch multiple-launch rocket systems", ruGenPlural: "реактивных систем залпового огня «Смерч»", ruAcc: "РСЗО «Смерч»", category: "artillery" },
  { designation: "TOS-1A", en: "TOS-1A heavy flamethrower system", enPlural: "TOS-1A heavy flamethrower systems", ruGenPlural: "тяжелых огнеметных систем ТОС-1А", ruAcc: "тяжелые огнеметные системы ТОС-1А", category: "artillery" },
  { designation: "S-300PMU2", en: "S-300PMU2 air defence system", enPlural: "S-300PMU2 air defence systems", ruGenPlural: "зенитных ракетных систем С-300ПМУ2", ruAcc: "зенитные ракетные системы С-300ПМУ2", category: "air defence systems" },
  { designation: "Tor-M2", en: "Tor-M2 air defence system", enPlural: "Tor-M2 air defence systems", ruGenPlural: "зенитных ракетных комплексов «Тор-М2»", ruAcc: "зенитные ракетные комплексы «Тор-М2»", category: "air defence systems" },
  { designation: "Bayraktar TB2", en: "Bayraktar TB2 drone", enPlural: "Bayraktar TB2 drones", ruGenPlural: "беспилотников Bayraktar TB2", ruAcc: "беспилотники Bayraktar TB2", category: "aircraft" },
  { designation: "Barak-8", en: "Barak-8 air defence system", enPlural: "Barak-8 air defence systems", ruGenPlural: "зенитных комплексов Barak-8", ruAcc: "зенитные комплексы Barak-8", category: "air defence systems" },
  { designation: "Harop", en: "Harop loitering munition", enPlural: "Harop loitering munitions", ruGenPlural: "барражирующих боеприпасов Harop", ruAcc: "барражирующие боеприпасы Harop", category: "missiles" },
  { designation: "Iskander-E", en: "Iskander-E missile system", enPlural: "Iskander-E missile systems", ruGenPlural: "ракетных комплексов «Искандер-Э»", ruAcc: "ракетные комплексы «Искандер-Э»", category: "missiles" },
  { designation: "Pinaka", en: "Pinaka rocket launcher", enPlural: "Pinaka rocket launchers", ruGenPlural: "реактивных систем Pinaka", ruAcc: "реактивные системы Pinaka", category: "artillery" },
  { designation: "Caesar", en: "Caesar self-propelled howitzer", enPlural: "Caesar self-propelled howitzers", ruGenPlural: "самоходных гаубиц Caesar", ruAcc: "самоходные гаубицы Caesar", category: "artillery" },
  { designation: "Polonez", en: "Polonez rocket launcher", enPlural: "Polonez rocket launchers", ruGenPlural: "реактивных систем «Полонез»", ruAcc: "реактивные системы «Полонез»", category: "artillery" },
];

/** Genitive of a Russian surname ("Алиев" → "Алиева", "Захарова" → "Захаровой", "Шойгу" → "Шойгу"). */
export function russianSurnameGenitive(surname: string, gender: Gender): string {
  if (gender === "f") {
    if (/(ова|ева|ина|ына)$/.test(surname)) return `${surname.slice(0, -1)}ой`;
    if (/ая$/.test(surname)) return `${surname.slice(0, -2)}ой`;
    return surname;
  }
  if (/[бвгджзклмнпрстфхцчшщ]$/.test(surname)) return `${surname}а`;
  if (/ий$/.test(surname)) return `${surname.slice(0, -2)}ого`;
  if (/й$/.test(surname)) return `${surname.slice(0, -1)}я`;
  if (/а$/.test(surname)) return `${surname.slice(0, -1)}ы`;
  return surname;
}

const withGenitive = (p: Omit<CastPerson, "surnameRuGen">): CastPerson => ({ ...p, surnameRuGen: russianSurnameGenitive(p.surnameRu, p.gender) });

const ROLE_RU: Record<string, string> = {
  president: "президент",
  "prime-minister": "премьер-министр",
  "defence-minister": "министр обороны",
  "defense-minister": "министр обороны",
  "foreign-minister": "министр иностранных дел",
  "deputy-prime-minister": "вице-премьер",
};

/** The cast built only from this file: used when the knowledge base cannot be loaded. */
export function builtInCast(): Cast {
  return { source: "built-in", states: STATES, people: PEOPLE.map(withGenitive), outlets: OUTLETS, weapons: WEAPONS };
}

/**
 * The cast drawn from the knowledge base: its people (with a Russian alias and a dated role, or
 * a built-in entry with the same id), its media, and the states it knows. Falls back to the
 * built-in entries for whatever the knowledge base lacks, so the corpus never comes out empty.
 */
export function castFromKnowledgeBase(kb: KnowledgeBase): Cast {
  const fallback = builtInCast();
  const stateIdOf = new Map<string, string>();
  const states = fallback.states.map((s) => {
    const actor = kb.byId(s.id) ?? kb.lookup(s.en.replace(/^the /, ""));
    if (actor) stateIdOf.set(actor.id, s.id);
    return actor ? { ...s, id: actor.id } : s;
  });
  const byCastState = new Map(states.map((s) => [s.id, s]));

  const people: CastPerson[] = [];
  const seen = new Set<string>();
  for (const actor of kb.actors) {
    if (actor.kind !== "PERSON") continue;
    const person = personFromKb(actor, byCastState, stateIdOf);
    if (person) {
      people.push(person);
      seen.add(actor.id);
    }
  }
  for (const p of fallback.people) {
    if (p.id && seen.has(p.id)) continue;
    const actor = p.id ? kb.byId(p.id) ?? kb.lookup(p.fullEn) : kb.lookup(p.fullEn);
    if (actor && seen.has(actor.id)) continue;
    people.push({ ...p, id: actor?.id ?? null });
  }

  const outlets: CastOutlet[] = [];
  const outletIds = new Set<string>();
  for (const o of fallback.outlets) {
    const actor = kb.byId(o.id ?? "") ?? kb.lookup(o.name);
    outlets.push({ ...o, id: actor?.id ?? null, name: actor?.name ?? o.name });
    if (actor) outletIds.add(actor.id);
  }
  for (const actor of kb.actors) {
    if (actor.kind !== "MEDIA" || outletIds.has(actor.id)) continue;
    const ru = actor.aliases.find((a) => a.lang === "ru")?.text;
    const language = ru && !actor.aliases.some((a) => a.lang === "en") ? "ru" : "en";
    const domain = `${actor.id.replace(/[^a-z0-9]+/g, "")}.example`;
    outlets.push({ id: actor.id, name: actor.name, language, nameRu: ru ?? actor.name, domain, tag: language === "en" ? `(${actor.name})` : ru ?? actor.name });
  }
  return { source: "knowledge-base", states, people, outlets, weapons: fallback.weapons };
}

function personFromKb(actor: KbActor, states: Map<string, CastState>, stateIdOf: Map<string, string>): CastPerson | null {
  const fullRu = actor.aliases.find((a) => a.lang === "ru" && /^[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё-]+$/.test(a.text))?.text;
  if (!fullRu || !/^[A-Z][a-z'-]+ [A-Z][a-z'-]+$/.test(actor.name)) return null;
  const role = actor.roles.find((r) => r.from && r.of && states.has(stateIdOf.get(r.of) ?? r.of));
  const stateId = role?.of ? stateIdOf.get(role.of) ?? role.of : null;
  const fromYear = Number((role?.from ?? "2015").slice(0, 4));
  const toYear = Math.min(2025, Number((role?.to ?? "2025").slice(0, 4)));
  if (toYear < fromYear) return null;
  const surnameRu = fullRu.split(" ")[1];
  const gender: Gender = /(ова|ева|ина|ая)$/.test(surnameRu) ? "f" : "m";
  const roleRu = role ? ROLE_RU[role.role] ?? null : null;
  return {
    id: actor.id,
    fullEn: actor.name,
    surnameEn: actor.name.split(" ")[1],
    fullRu,
    surnameRu,
    surnameRuGen: russianSurnameGenitive(surnameRu, gender),
    gender,
    roleEn: role && roleRu ? role.title.replace(/ of .*$/, "") : null,
    roleRu,
    stateId,
    fromYear,
    toYear,
  };
}
