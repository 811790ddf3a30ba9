/**
 * Builds one synthetic news page: page furniture (menus, share buttons, related news, reader
 * comments) around a body whose paragraphs carry statements in the forms the extractor reads
 * (direct quotes with "said X", «…», — сказал X, "X said that …", "по словам X", "according to X",
 * partial quotes, "he added", "told RIA Novosti") and arms deals (supply/buy verbs, values,
 * periods). Deterministic: the text is a function of the generator's state only.
 */
import type { Cast, CastOutlet, CastPerson, CastState, CastWeapon } from "./cast";
import * as P from "./phrases";
import type { Random } from "./random";

export interface GeneratedArticle {
  language: "en" | "ru";
  text: string;
  outlet: string;
  /** YYYY-MM-DD */
  publishedAt: string;
  url: string;
  /** How many statements and deals the builder wrote (for tests and the bench: an upper bound of what extraction can find). */
  planted: { statements: number; deals: number };
}

interface Context {
  rng: Random;
  cast: Cast;
  lang: "en" | "ru";
  year: number;
  month: number;
  day: number;
  weekday: number;
  supplier: CastState;
  recipient: CastState;
  weapon: CastWeapon;
  /** Speakers already introduced by full name in this article. */
  introduced: Set<CastPerson>;
  statements: number;
  deals: number;
}

const fill = (template: string, c: Context): string =>
  template
    .replaceAll("{S}", c.lang === "en" ? c.supplier.en : c.supplier.ru.nom)
    .replaceAll("{Sgen}", c.supplier.ru.gen)
    .replaceAll("{R}", c.lang === "en" ? c.recipient.en : c.recipient.ru.nom)
    .replaceAll("{Rgen}", c.recipient.ru.gen)
    .replaceAll("{Rcap}", c.lang === "en" ? c.recipient.capitalEn : c.recipient.ru.capital)
    .replaceAll("{W}", c.weapon.enPlural);

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A state of the cast by id, or the first state. */
function stateOf(cast: Cast, id: string | null): CastState | undefined {
  return id ? cast.states.find((s) => s.id === id) : undefined;
}

/** How the text names a speaker: full name with role the first time, then the surname. */
function speakerName(c: Context, p: CastPerson): string {
  if (c.introduced.has(p)) return c.lang === "en" ? p.surnameEn : p.surnameRu;
  c.introduced.add(p);
  const state = stateOf(c.cast, p.stateId);
  if (c.lang === "en") {
    if (!p.roleEn) return p.fullEn;
    return state ? `${state.adjEn} ${p.roleEn} ${p.fullEn}` : `${p.roleEn} ${p.fullEn}`;
  }
  if (!p.roleRu) return p.fullRu;
  return state && !/МИД|президента|ФСВТС|Рособоронэкспорта/.test(p.roleRu) ? `${p.roleRu} ${state.ru.gen} ${p.fullRu}` : `${p.roleRu} ${p.fullRu}`;
}

function pastRu(p: CastPerson, verb: string): string {
  return p.gender === "f" ? `${verb}а` : verb;
}

function stateVerbRu(s: CastState, masc: string, fem: string, plural: string): string {
  if (s.ru.nom === "США") return plural;
  return /[ая]$/.test(s.ru.nom) ? fem : masc;
}

// ---------- money and periods ----------

function moneyEn(rng: Random): { text: string; billions: number } {
  if (rng.chance(0.55)) {
    const b = rng.pick([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 5.5]);
    return { text: rng.weighted([[`$${b} billion`, 5], [`${b} billion dollars`, 2], [`€${b} billion`, 1], [`US$${b} billion`, 1]] as const), billions: b };
  }
  const m = rng.pick([120, 200, 250, 300, 350, 450, 600, 800]);
  return { text: rng.weighted([[`$${m} million`, 5], [`${m} million dollars`, 2], [`€${m} million`, 1]] as const), billions: m / 1000 };
}

function ruCount(n: number, one: string, few: string, many: string): string {
  if (!Number.isInteger(n)) return few;
  const d = n % 10, h = n % 100;
  if (d === 1 && h !== 11) return one;
  if (d >= 2 && d <= 4 && (h < 12 || h > 14)) return few;
  return many;
}

function moneyRu(rng: Random): string {
  if (rng.chance(0.55)) {
    const b = rng.pick([1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 5.5]);
    const num = String(b).replace(".", ",");
    return rng.weighted([
      [`${num} ${ruCount(b, "миллиард", "миллиарда", "миллиардов")} долларов`, 4],
      [`$${num} млрд`, 2],
      [`${num} млрд долларов`, 2],
      [`${num} млрд евро`, 1],
    ] as const);
  }
  const m = rng.pick([120, 200, 250, 300, 350, 450, 600, 800]);
  return rng.weighted([[`${m} ${ruCount(m, "миллион", "миллиона", "миллионов")} долларов`, 3], [`$${m} млн`, 2], [`${m} млн долларов`, 2]] as const);
}

function periodEn(c: Context): string {
  const end = c.year - c.rng.int(0, 2);
  const start = end - c.rng.int(2, 6);
  return c.rng.weighted([[`in ${start}-${end}`, 3], [`between ${start} and ${end}`, 2], [`since ${start}`, 3], [`in ${end}`, 2]] as const);
}

function periodRu(c: Context): string {
  const end = c.year - c.rng.int(0, 2);
  const start = end - c.rng.int(2, 6);
  return c.rng.weighted([[`в ${start}-${end} годах`, 3], [`в ${start}–${end} годах`, 1], [`с ${start} года`, 3], [`в ${end} году`, 2]] as const);
}

// ---------- deals ----------

/** A clause reporting a deal, without a final full stop. */
function dealClause(c: Context): string {
  const { rng, supplier: s, recipient: r, weapon: w } = c;
  c.deals++;
  const qty = rng.pick([6, 8, 10, 12, 18, 24, 30, 36, 48, 50, 100, 120]);
  if (c.lang === "en") {
    const S = rng.chance(0.2) ? s.capitalEn : s.en, R = rng.chance(0.2) ? r.capitalEn : r.en;
    return rng.weighted([
      [`${S} will supply ${R} with ${qty} ${w.enPlural} worth ${moneyEn(rng).text}`, 3],
      [`${r.en} has bought ${w.enPlural} worth ${moneyEn(rng).text} from ${s.en} ${periodEn(c)}`, 3],
      [`${r.en} purchased ${moneyEn(rng).text} worth of arms from ${s.en} ${periodEn(c)}`, 2],
      [`${S} delivered ${qty} ${w.enPlural} to ${r.en} in ${c.year - rng.int(0, 3)}`, 2],
      [`${S} has supplied up to ${moneyEn(rng).text} worth of weapons to ${R} ${periodEn(c)}`, 2],
      [`${S} and ${R} signed a contract for the supply of ${qty} ${w.enPlural}`, 2],
      [`${S} is negotiating the sale of ${w.enPlural} to ${R}`, 1],
    ] as const);
  }
  const supplierNom = rng.chance(0.2) ? s.ru.capital : s.ru.nom;
  const money = moneyRu(rng);
  return rng.weighted([
    [`${supplierNom} поставит ${r.ru.dat} ${qty} ${w.ruGenPlural} на сумму ${money}`, 3],
    [`${r.ru.nom} ${stateVerbRu(r, "закупил", "закупила", "закупили")} у ${s.ru.gen} вооружения на ${money} ${periodRu(c)}`, 3],
    [`${periodRu(c)} ${s.ru.nom} ${stateVerbRu(s, "поставил", "поставила", "поставили")} ${r.ru.dat} оружия на ${money}`, 2],
    [`${s.ru.nom} и ${r.ru.nom} подписали контракт на поставку ${qty} ${w.ruGenPlural}`, 2],
    [`${s.ru.nom} ${stateVerbRu(s, "передал", "передала", "передали")} ${r.ru.dat} ${w.ruAcc} в ${c.year - rng.int(0, 3)} году`, 1],
  ] as const);
}

// ---------- statements ----------

function quoteEn(c: Context): string {
  let q = cap(fill(c.rng.pick(P.EN_QUOTES), c));
  const tail = c.rng.pick(P.EN_QUOTE_TAILS);
  if (tail) q += `. ${tail}`;
  return q;
}

function quoteRu(c: Context): string {
  let q = fill(c.rng.pick(P.RU_QUOTES), c);
  const tail = c.rng.pick(P.RU_QUOTE_TAILS);
  if (tail) q += `. ${tail}`;
  return q;
}

function clause(c: Context): string {
  if (c.rng.chance(0.3)) return dealClause(c);
  return fill(c.rng.pick(c.lang === "en" ? P.EN_CLAUSES : P.RU_CLAUSES), c);
}

function when(c: Context): string {
  if (c.lang === "en") return c.rng.weighted([[` on ${P.EN_WEEKDAYS[c.weekday]}`, 2], ["", 3], [" on Monday", 0.5]] as const);
  return c.rng.weighted([[` в ${P.RU_WEEKDAYS_ACC[c.weekday]}`, 2], ["", 3]] as const);
}

const SAID_EN = ["said", "said", "said", "stressed", "noted", "told reporters", "added"];
const SAID_RU = ["сказал", "заявил", "отметил", "подчеркнул", "сообщил"];

/** One paragraph holding one or two statements by `p`. */
function statementParagraph(c: Context, p: CastPerson, via: CastOutlet): string {
  const { rng } = c;
  c.statements++;
  if (c.lang === "en") {
    const he = p.gender === "f" ? "she" : "he";
    const form = rng.weighted([["direct", 4], ["direct-inverted", 2], ["that", 3], ["according", 2], ["told", 2], ["partial", 2], ["colon", 1], ["clause-said", 2]] as const);
    const name = speakerName(c, p);
    let text: string;
    switch (form) {
      case "direct": text = `“${quoteEn(c)},” ${name} ${rng.pick(SAID_EN.slice(0, 4))}${when(c)}.`; break;
      case "direct-inverted": text = `“${quoteEn(c)},” said ${name}.`; break;
      case "that": text = `${name} said${when(c)} that ${clause(c)}.`; break;
      case "according": text = `According to ${name}, ${clause(c)}.`; break;
      case "told": text = rng.chance(0.5) ? `${name} told ${via.name} that ${clause(c)}.` : `“${quoteEn(c)},” ${name} told ${via.name}.`; break;
      case "partial": {
        const [obj, words] = rng.pick(P.EN_PARTIALS);
        text = `${name} described ${obj} “${words}”, adding that ${clause(c)}.`;
        break;
      }
      case "colon": text = `${name} said: “${quoteEn(c)}.”`; break;
      default: text = `${cap(clause(c))}, ${name} said${when(c)}.`;
    }
    if (rng.chance(0.35)) {
      c.statements++;
      text += rng.chance(0.5) ? ` “${quoteEn(c)},” ${he} added.` : ` ${cap(he)} added that ${clause(c)}.`;
    }
    return text;
  }
  const name = speakerName(c, p);
  const said = pastRu(p, rng.pick(SAID_RU));
  const form = rng.weighted([["guillemets", 4], ["ascii", 2], ["that", 3], ["po-slovam", 2], ["told", 2], ["partial", 2], ["colon", 1]] as const);
  let text: string;
  switch (form) {
    case "guillemets": text = `«${quoteRu(c)}», — ${said} ${name}${when(c)}.`; break;
    case "ascii": text = `"${quoteRu(c)}", - ${said} ${name}${when(c)}.`; break;
    case "that": text = `${cap(name)}${when(c)} ${pastRu(p, "заявил")}, что ${clause(c)}.`; break;
    case "po-slovam": {
      c.introduced.add(p);
      text = `По словам ${p.surnameRuGen}, ${clause(c)}.`;
      break;
    }
    case "told": text = rng.chance(0.5) ? `${cap(clause(c))}, ${pastRu(p, "сообщил")} ${name} ${via.nameRu}.` : `«${quoteRu(c)}», — ${pastRu(p, "сказал")} ${name} ${via.nameRu}.`; break;
    case "partial": {
      const [obj, words] = rng.pick(P.RU_PARTIALS);
      text = `${cap(name)} ${pastRu(p, "назвал")} ${obj} «${words}».`;
      break;
    }
    default: text = `${cap(name)} ${pastRu(p, "заявил")}: «${quoteRu(c)}».`;
  }
  if (rng.chance(0.35)) {
    c.statements++;
    text += rng.chance(0.5) ? ` «${quoteRu(c)}», — ${pastRu(p, "добавил")} ${p.gender === "f" ? "она" : "он"}.` : ` По ${p.gender === "f" ? "ее" : "его"} словам, ${clause(c)}.`;
  }
  return text;
}

// ---------- the page ----------

function isoDate(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Builds article number `index` (used in its URL) from `rng`. */
export function buildArticle(rng: Random, cast: Cast, index: number): GeneratedArticle {
  const lang: "en" | "ru" = rng.chance(0.5) ? "en" : "ru";
  const outlets = cast.outlets.filter((o) => o.language === lang);
  const outlet = rng.pick(outlets.length ? outlets : cast.outlets);
  const via = rng.pick(cast.outlets);
  const lead = rng.pick(cast.people);
  const year = rng.int(lead.fromYear, Math.max(lead.fromYear, lead.toYear));
  const month = rng.int(1, 12);
  const day = rng.int(1, 28);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  const suppliers = cast.states.filter((s) => s.supplier);
  const leadState = stateOf(cast, lead.stateId);
  const supplier = leadState?.supplier && rng.chance(0.5) ? leadState : rng.pick(suppliers);
  const recipients = cast.states.filter((s) => s !== supplier);
  const recipient = leadState && leadState !== supplier && rng.chance(0.6) ? leadState : rng.pick(recipients);
  const c: Context = { rng, cast, lang, year, month, day, weekday, supplier, recipient, weapon: rng.pick(cast.weapons), introduced: new Set(), statements: 0, deals: 0 };

  const others = rng.sample(cast.people.filter((p) => p !== lead && p.fromYear <= year && p.toYear >= year), rng.int(0, 2));
  const speakers = [lead, ...others];
  const en = lang === "en";

  const headline = cap(fill(rng.pick(en ? P.EN_HEADLINES : P.RU_HEADLINES), c));
  const body: string[] = [];
  // Lead paragraph: dateline, then a reported statement or a deal.
  const cityEn = (rng.chance(0.5) ? recipient : supplier).capitalEn.toUpperCase();
  const dateline = en
    ? `${cityEn}, ${P.EN_MONTHS[month - 1]} ${day} ${outlet.tag} - `
    : `${rng.chance(0.5) ? recipient.ru.capital : supplier.ru.capital}. ${day} ${P.RU_MONTHS_GEN[month - 1]}. ${outlet.tag} - `;
  body.push(dateline + statementParagraph(c, lead, via));
  const paragraphs = rng.int(3, 7);
  for (let i = 0; i < paragraphs; i++) {
    const kind = rng.weighted([["statement", 5], ["deal", 2], ["background", 2]] as const);
    if (kind === "statement") body.push(statementParagraph(c, rng.pick(speakers), via));
    else if (kind === "deal") body.push(`${cap(dealClause(c))}${en ? `, ${rng.pick(["according to media reports", "the ministry said", "according to SIPRI", "the newspaper reported"])}` : rng.pick(["", ", сообщили в ведомстве", ", пишут СМИ", ", следует из данных SIPRI"])}.`);
    else body.push(rng.pick(en ? P.EN_BACKGROUND : P.RU_BACKGROUND));
  }

  const slug = `${year}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}-${index}`;
  const url = `https://www.${outlet.domain}/${en ? "news" : "politics"}/${slug}`;
  const lines: string[] = [];
  lines.push(en ? `${outlet.name.toUpperCase()}` : outlet.tag, rng.pick(en ? P.EN_MENU : P.RU_MENU), en ? "Search  Subscribe  Log in" : "Поиск  Подписка  Войти", "");
  lines.push(headline, "");
  const hh = String(rng.int(7, 22)).padStart(2, "0"), mm = String(rng.int(0, 59)).padStart(2, "0");
  if (en) lines.push(`By ${rng.pick(P.EN_REPORTERS)}`, `${P.EN_MONTHS[month - 1]} ${day}, ${year} ${hh}:${mm}`, rng.pick(P.EN_SHARE), "");
  else lines.push(`${day} ${P.RU_MONTHS_GEN[month - 1]} ${year}, ${hh}:${mm}`, rng.chance(0.5) ? `Автор: ${rng.pick(P.RU_REPORTERS)}` : `Обновлено в ${hh}:${mm}`, rng.pick(P.RU_SHARE), "");
  for (const para of body) lines.push(para, "");
  lines.push(rng.pick(en ? P.EN_SHARE : P.RU_SHARE), "");
  lines.push(en ? "Related news" : "Читайте также");
  for (let i = 0; i < rng.int(2, 4); i++) {
    const other = { ...c, recipient: rng.pick(cast.states), supplier: rng.pick(suppliers) };
    lines.push(cap(fill(rng.pick(en ? P.EN_HEADLINES : P.RU_HEADLINES), other)));
  }
  lines.push("");
  const comments = rng.int(0, 4);
  lines.push(en ? `Comments (${comments})` : `Комментарии (${comments})`);
  for (let i = 0; i < comments; i++) {
    lines.push(`${rng.pick(en ? P.EN_COMMENTERS : P.RU_COMMENTERS)} ${rng.int(1, 23)}:${String(rng.int(0, 59)).padStart(2, "0")}`, rng.pick(en ? P.EN_COMMENTS : P.RU_COMMENTS));
  }
  lines.push("", en ? `© ${year} ${outlet.name}. All rights reserved.` : `© ${year} ${outlet.tag}. Все права защищены.`, url, "");

  return { language: lang, text: lines.join("\n"), outlet: outlet.name, publishedAt: isoDate(year, month, day), url, planted: { statements: c.statements, deals: c.deals } };
}
