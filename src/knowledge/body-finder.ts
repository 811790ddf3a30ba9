/**
 * Finds the bodies every state has — ministries and armed forces — by their templates in roles.yaml
 * ("{adj} Defense Ministry", "Минобороны {name}", "ВВС {name}", "General Staff of the {adj} Armed
 * Forces"), without listing each filled-in name: the fixed words of the templates are indexed, and
 * where a text has them, the state's name or adjective is looked for right beside them. Two hundred
 * states times a hundred templates would be twenty thousand names to index at start-up; this way
 * the index holds the hundred templates.
 */
import type { KbActor } from "./types";
import type { Token } from "../language/fold-text";
import { NameMatcher, type NameMatch, gapMatches } from "./name-matcher";

/** A body found in a text. */
export interface BodyMatch {
  actor: KbActor;
  /** The state whose name or adjective the text used. */
  state: KbActor;
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

interface Template {
  /** "portfolio:defence", "force:air-force", … */
  rule: string;
  slot: "adj" | "name";
  /** Text between the prefix and the slot, and between the slot and the suffix, as written. */
  prefixGap: string;
  suffixGap: string;
  /** The words after the slot, when the template has a prefix too ("General Staff of the {adj} Armed Forces"). */
  suffix: NameMatcher<true> | null;
}

/** The matchers that find a state's name or adjective at a place in a text. */
export interface AnchorMatchers {
  /** Names of actors (states among them; capitals map to their state). */
  names: NameMatcher<KbActor | null>;
  demonyms: NameMatcher<KbActor>;
}

/** The key of a state's body for a rule ("portfolio:defence") in the map a BodyFinder is given. */
export function bodyKey(state: string, rule: string): string {
  return `${state}\u0000${rule}`;
}

/** The longest state name before a template's words, in tokens. */
const MAX_ANCHOR_TOKENS = 6;

export class BodyFinder {
  /** Templates that start with the slot, by the words after it ("Defense Ministry" of "{adj} Defense Ministry"). */
  private readonly suffixes = new NameMatcher<Template>();
  /** Templates with words before the slot, by those words ("Минобороны" of "Минобороны {name}"). */
  private readonly prefixes = new NameMatcher<Template>();

  /**
   * `templates`: rule → language → templates; `bodies`: the body of each state for each rule, by
   * `bodyKey(state, rule)` (a Map, not a function, so a compiled knowledge base can be cached).
   */
  constructor(
    templates: Map<string, Record<string, string[]>>,
    private readonly anchors: AnchorMatchers,
    private readonly bodies: ReadonlyMap<string, KbActor>,
  ) {
    for (const [rule, byLang] of templates) {
      for (const list of Object.values(byLang)) for (const template of list) this.addTemplate(rule, template);
    }
  }

  private addTemplate(rule: string, template: string): void {
    const slot = template.includes("{adj}") ? "adj" : "name";
    const [before, after] = template.split(/\{adj\}|\{name\}/);
    const prefixText = before.trimEnd();
    const suffixText = after.trimStart();
    const t: Template = {
      rule,
      slot,
      prefixGap: before.slice(prefixText.length),
      suffixGap: after.slice(0, after.length - suffixText.length),
      suffix: null,
    };
    if (prefixText) {
      if (suffixText) {
        t.suffix = new NameMatcher<true>();
        t.suffix.add(suffixText, true);
      }
      this.prefixes.add(prefixText, t);
    } else if (suffixText) {
      // after the state's name the body may be written in lower case ("India's army", "the Pakistan navy");
      // after an adjective it must be capitalised: "the Azerbaijani army" describes, "the Azerbaijani Army" names
      this.suffixes.add(suffixText, t, { anyCase: slot === "name" });
    }
  }

  /** Every body a text names by a template (they may overlap; the caller keeps the longest). */
  find(text: string, tokens: Token[]): BodyMatch[] {
    const found: BodyMatch[] = [];
    for (const hit of this.suffixes.find(text, tokens)) {
      for (const t of hit.values) {
        const anchor = this.anchorEndingAt(text, tokens, hit.firstToken, t);
        const body = anchor && this.bodies.get(bodyKey(anchor.state.id, t.rule));
        if (anchor && body) found.push({ actor: body, state: anchor.state, start: anchor.start, end: hit.end, firstToken: anchor.firstToken, endToken: hit.endToken });
      }
    }
    for (const hit of this.prefixes.find(text, tokens)) {
      for (const t of hit.values) {
        const match = this.afterPrefix(text, tokens, hit, t);
        if (match) found.push(match);
      }
    }
    return found;
  }

  private afterPrefix(text: string, tokens: Token[], hit: NameMatch<Template>, t: Template): BodyMatch | null {
    const at = hit.endToken;
    if (at >= tokens.length || !gapMatches(text.slice(hit.end, tokens[at].start), t.prefixGap)) return null;
    const anchor = this.anchorAt(text, tokens, at, t.slot);
    if (!anchor) return null;
    let end = anchor.end;
    let endToken = anchor.endToken;
    if (t.suffix) {
      if (endToken >= tokens.length || !gapMatches(text.slice(end, tokens[endToken].start), t.suffixGap)) return null;
      const suffix = t.suffix.longestAt(text, tokens, endToken);
      if (!suffix) return null;
      end = suffix.end;
      endToken = suffix.endToken;
    }
    const body = this.bodies.get(bodyKey(anchor.state.id, t.rule));
    return body ? { actor: body, state: anchor.state, start: hit.start, end, firstToken: hit.firstToken, endToken } : null;
  }

  /** The state named (or qualified, for an adjective slot) by the tokens starting at `i`. */
  private anchorAt(text: string, tokens: Token[], i: number, slot: "adj" | "name"): { state: KbActor; start: number; end: number; firstToken: number; endToken: number } | null {
    const match = slot === "adj" ? this.anchors.demonyms.longestAt(text, tokens, i) : this.anchors.names.longestAt(text, tokens, i);
    const state = match ? stateOf(match.values) : undefined;
    return match && state ? { state, start: match.start, end: match.end, firstToken: match.firstToken, endToken: match.endToken } : null;
  }

  /** The longest state name or adjective that ends right before token `j`, with the template's gap. */
  private anchorEndingAt(text: string, tokens: Token[], j: number, t: Template): ReturnType<BodyFinder["anchorAt"]> {
    for (let k = Math.max(0, j - MAX_ANCHOR_TOKENS); k < j; k++) {
      const anchor = this.anchorAt(text, tokens, k, t.slot);
      if (anchor && anchor.endToken === j && gapMatches(text.slice(anchor.end, tokens[j].start), t.suffixGap)) return anchor;
    }
    return null;
  }
}

function stateOf(values: readonly (KbActor | null)[]): KbActor | undefined {
  const states = values.filter((v): v is KbActor => v !== null && v.kind === "STATE");
  return states.length === 1 ? states[0] : undefined;
}
