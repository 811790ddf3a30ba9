import type { Phrase } from "./noun-phrase";
import type { StatementKind } from "../../model/statement-kind";

/** A quotation or reported clause with the words that attribute it, before resolution. */
export interface Candidate {
  start: number;
  end: number;
  kind: StatementKind;
  /** The words that name the speaker, when the attribution names one. */
  speakerPhrase: Phrase | null;
  /** No attribution of its own: the quotation continues the previous speaker's words. */
  continuation: boolean;
  /** Body ranges of the attribution, where relay and time are read. */
  frames: Array<[number, number]>;
  /** The speech verb of the attribution, when there is one ("added", "заявил"). */
  verb: string | null;
  sentence: number;
  paragraph: number;
  confidence: number;
  /** Drop the candidate when its speaker cannot be resolved ("according to media" is not a statement). */
  requireSpeaker: boolean;
  /** Drop the candidate unless the knowledge base knows its speaker ("Алиев: …" is a statement, "Итоги: …" is not). */
  requireKnownSpeaker?: boolean;
  /** "Об этом сообщает X" after the sentence it reports: X relays the words said in that sentence. */
  pointsBack?: boolean;
}
