/**
 * Which outlet published a page, and which agency it credits.
 *
 * Rule: the page's own marks name the publisher — a site-name meta tag, the copyright notice,
 * a masthead (a bare domain like "Asbarez.com", or "NAME – tagline" on the page's first line that
 * is not a menu, "Home | News | Politics"),
 * or a header line the knowledge base knows as media. A dateline credit ("MOSCOW (RFE/RL) —",
 * "/ТАСС/", "INTERFAX.RU") names the agency the report comes from; it is the publisher only when
 * the page shows no mark of its own (an agency's own page); so does a "Source: Reuters" /
 * "Источник: ТАСС" credit after the article. The credited agency is returned
 * separately as `sourceAgency` when it differs from the publisher.
 */
import type { SourceHints } from "../types";
import type { KnowledgeBase } from "../../knowledge/types";
import { parseDateline } from "../clean/dateline";
import { isCopyrightLine, isMenuLine } from "../clean/furniture";
import type { ActorRef } from "../../model/actor-ref";
import { selfNamedOutlet } from "./self-named-outlet";

export interface OutletCredit {
  /** The outlet that published the page. */
  outlet: ActorRef | null;
  /** The agency a dateline credits, when it is not the publisher itself. */
  sourceAgency: ActorRef | null;
}

const DOMAIN = /^([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)\.(?:com|ru|am|az|org|net|info|news|tv|ge|by|ua|kz|uz|tr|co\.uk|de|fr|io)$/iu;

/**
 * A newspaper's name: two to five capitalised words, the last a word newspapers are named by (alone, "News" is a
 * rubric), perhaps followed by the country it serves ("Premium Times Nigeria").
 */
const NEWSPAPER_NAME = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’&-]*\s+){1,3}(?:Chronicle|Times|Post|Herald|Gazette|Journal|Tribune|Daily|Telegraph|Observer|Monitor|News|Review|Express|Standard|Independent|Guardian|Courier|Record|Insider|Weekly|Today|Press|Wire|Dispatch|Digest|Mail|Sentinel|Examiner|Inquirer|Nation|Forum|Mirror|Star|Sun|Echo|Globe|Leader|Citizen|Argus|Mercury|Register|Advertiser|Voice|Reporter|Magazine|Bulletin|Spectator|Statesman|Ведомости|Известия|Новости|Вести|Газета|Правда)(?:\s+\p{Lu}\p{Ll}+)?$/u;
/** A masthead's tagline ("South Atlantic News Agency", "Nigeria's leading online newspaper"): the line above it is the name. */
const TAGLINE = /(?:^|\s)(?:news\s+agency|newspaper|news\s+service|magazine|news\s+site|news\s+portal|информационное\s+агентство|газета)$/iu;
/** A masthead's name on a line of its own: one to three capitalised words ("MercoPress", "Daily Sabah"). */
const MASTHEAD_NAME = /^\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s\p{Lu}[\p{L}\p{N}'’&.-]*){0,2}$/u;

/** A section of a site ("Defense | Asia-Pacific"): a breadcrumb, never the masthead's name. */
const RUBRIC = /^(?:news|world|defen[cs]e|politics|business|economy|opinion|sports?|asia|europe|africa|americas|security|military|analysis|tech|science|culture|society|regions?|local|national|international|новости|политика|экономика|армия|общество|мир|оборона|регионы|безопасность)$/iu;

/** A display name for a masthead: a domain without its suffix ("Asbarez.com" → "Asbarez"). */
function siteName(text: string): string {
  const t = text.trim();
  const m = DOMAIN.exec(t);
  return m ? m[1].replace(/^www\./iu, "") : t;
}

/**
 * The knowledge-base media (or organisation) a name or knowledge-base id denotes, trying the id,
 * the name as written, without a domain suffix, and title-cased; otherwise an unknown MEDIA actor
 * named as written (domain suffix dropped).
 */
export function resolveMedia(name: string, kb: KnowledgeBase): ActorRef {
  const written = name.trim();
  const byId = kb.byId(written);
  if (byId && (byId.kind === "MEDIA" || byId.kind === "ORGANIZATION")) return { kbId: byId.id, name: byId.name, kind: byId.kind };
  const bare = siteName(written);
  const titled = bare.length > 4 && bare === bare.toUpperCase() ? bare.charAt(0) + bare.slice(1).toLowerCase() : bare;
  for (const candidate of [written, bare, titled]) {
    const actor = kb.lookup(candidate);
    if (actor && (actor.kind === "MEDIA" || actor.kind === "ORGANIZATION")) return { kbId: actor.id, name: actor.name, kind: actor.kind };
  }
  return { kbId: null, name: bare, kind: "MEDIA" };
}

/** The owner named in a copyright line ("© 2021 Asbarez | All Rights Reserved" → "Asbarez"). */
export function copyrightOwner(line: string): string | null {
  const m = /(?:©|\(c\)|copyright)\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?([^|•·,;\n]+?)\s*(?:[|•·,;]|\.\s|all rights|все права|tüm hakları|$)/iu.exec(line);
  if (!m) return null;
  const owner = m[1].replace(/\s+\d{4}$/, "").replace(/\.$/u, "").trim();
  return owner.length >= 2 && owner.split(/\s+/).length <= 5 && /\p{L}/u.test(owner) ? owner : null;
}

/** The publisher's name as the page marks it, or null. */
function publisherMark(header: readonly string[], title: string | null, kb: KnowledgeBase): string | null {
  for (const line of header) {
    const meta = /^(?:og:site_name|application-name):\s*(.+)$/iu.exec(line);
    if (meta) return meta[1];
  }
  const owner = header.filter(isCopyrightLine).map(copyrightOwner).find((o): o is string => o !== null) ?? null;
  // "© 2024 Sightline Media Group" under the masthead "Defense News": a group owns the title the page shows
  if (owner && !GROUP_OWNER.test(owner)) return owner;
  return mastheadMark(header, title, kb) ?? owner;
}

/** A company that owns titles rather than a title: "Sightline Media Group", "Axel Springer SE", "News Corp". */
const GROUP_OWNER = /(?:^|\s)(?:media|group|holdings?|publishing|publications|inc|llc|ltd|limited|corporation|corp|company|plc|gmbh|se|ag)\.?$/iu;

/** The publisher's name as the page's masthead or a known outlet's name in its header shows it, or null. */
function mastheadMark(header: readonly string[], title: string | null, kb: KnowledgeBase): string | null {
  for (const line of header) if (DOMAIN.test(line.trim())) return line.trim();
  const first = header.find((l) => !/^[\p{L}:_-]+:\s/u.test(l) && !isMenuLine(l));
  const masthead = first && first !== title ? /^([\p{L}\p{N}.]+(?: [\p{L}\p{N}.]+)?)\s+[–—|]\s+\S/u.exec(first) : null;
  if (masthead && !RUBRIC.test(masthead[1])) return masthead[1];
  // "The Defence Chronicle" above the headline: a short capitalised name ending in a newspaper's word
  const titleAt = title === null ? -1 : header.indexOf(title);
  if (first && header.indexOf(first) < titleAt && NEWSPAPER_NAME.test(first)) return first;
  // "MercoPress" above "South Atlantic News Agency": a short name whose next line says what kind of outlet it is
  const tagline = first ? header[header.indexOf(first) + 1] : undefined;
  if (first && tagline && tagline !== title && header.indexOf(first) < titleAt && MASTHEAD_NAME.test(first) && !RUBRIC.test(first) && TAGLINE.test(tagline.trim())) return first;
  for (const line of header) {
    if (line === title || line.split(/\s+/).length > 4) continue;
    const actor = kb.lookup(line);
    if (actor?.kind === "MEDIA") return line;
  }
  return null;
}

/**
 * The site a page's address names ("https://www.report.az/en/…" → Report.az when the knowledge
 * base knows the domain, else "report.az"); the whole host is matched, never a part of it, so that
 * rbc.ua is not taken for rbc.ru's RBC.
 */
function urlSite(url: string | null | undefined, kb: KnowledgeBase): ActorRef | null {
  let host: string;
  try {
    host = new URL(url ?? "").hostname.replace(/^(?:www|m|en|ru)\./iu, "");
  } catch {
    return null;
  }
  const actor = kb.lookup(host);
  if (actor && (actor.kind === "MEDIA" || actor.kind === "ORGANIZATION")) return { kbId: actor.id, name: actor.name, kind: actor.kind };
  return host ? { kbId: null, name: host, kind: "MEDIA" } : null;
}

/**
 * Publisher and credited agency of a page, from hints first, then the header lines, then the name
 * the body gives itself ("Trend reports, citing …"), then the page's address, then the agency a
 * dateline or credit names.
 */
export function findOutlet(header: readonly string[], title: string | null, hints: SourceHints, kb: KnowledgeBase, body = ""): OutletCredit {
  const credit = header.map((l) => /^(?:source|sources|источник|источники|kaynak|quelle|fuente)\s*:\s*(.+)$/iu.exec(l.trim())?.[1]).find(Boolean);
  const datelineAgency = header.map(parseDateline).find((d) => d?.agency)?.agency ?? credit?.replace(/[.;]\s*$/u, "") ?? null;
  const agency = datelineAgency ? resolveMedia(datelineAgency, kb) : null;
  const mark = hints.outlet ?? publisherMark(header, title, kb) ?? selfNamedOutlet(body);
  const outlet = mark ? resolveMedia(mark, kb) : urlSite(hints.url, kb) ?? agency;
  const same = outlet && agency && (outlet.kbId ? outlet.kbId === agency.kbId : outlet.name.toLowerCase() === agency.name.toLowerCase());
  return { outlet, sourceAgency: agency && !same ? agency : null };
}
