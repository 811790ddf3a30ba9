/**
 * The role vocabulary read from `roles.yaml`: how each kind of office is phrased in English and
 * Russian, which words name the head of a body, and how ministries are named.
 */

export interface RoleDefinition {
  key: string;
  /** English title, e.g. "Defence Minister". */
  title: string;
  /** Phrasings by language, e.g. { en: ["defence minister", …], ru: ["министр обороны", …] }. */
  phrases: Record<string, string[]>;
  /** Held by several people at once (deputy ministers, ambassadors): a label never names one holder. */
  several: boolean;
}

/** How a ministry of one portfolio is named, and which role heads it. */
export interface PortfolioDefinition {
  key: string;
  /** Role key of the minister at its head. */
  head: string;
  /**
   * Alias templates by language. `{adj}` stands for each demonym of the state, `{name}` for each
   * of its names (capitals excluded): "{adj} Defense Ministry", "Минобороны {name}".
   */
  templates: Record<string, string[]>;
  /** Canonical name of a ministry made by rule ("{adj} Defense Ministry"); null: none is made. */
  name: string | null;
}

/**
 * How one of a state's armed forces is named ("{adj} Air Force", "ВВС {name}"). Each state gets one
 * by rule; `forces:` of a state's entry corrects the canonical name where usage differs.
 */
export interface ForceDefinition {
  key: string;
  /** Canonical name ("{adj} Air Force"). */
  name: string;
  /** Alias templates by language, as for portfolios. */
  templates: Record<string, string[]>;
}

export interface RoleVocabulary {
  roles: Map<string, RoleDefinition>;
  portfolios: Map<string, PortfolioDefinition>;
  /** Armed forces and services made by rule for every state (`forces` in roles.yaml). */
  forces: Map<string, ForceDefinition>;
  /** Words that, before a body, name its head ("head", "chief", "глава"). */
  headWords: Record<string, string[]>;
  /** Words that mark an acting holder ("acting", "и.о."). */
  actingWords: Record<string, string[]>;
}

/** Words for finding people the knowledge base does not know, by language (`name-patterns.yaml`). */
export interface NamePatternVocabulary {
  /** Position or occupation words ("spokesman", "министр"). */
  titles: Record<string, string[]>;
  /** Ranks and forms of address that may precede a bare surname ("Colonel"). */
  surnameTitles: Record<string, string[]>;
  /** Capitalised words never part of a name ("Ministry", "Monday"). */
  notNames: Record<string, string[]>;
  /** Words that end the look-back for a title ("said", "заявил"). */
  stopWords: Record<string, string[]>;
  /** Names that contain an actor's alias but denote no actor ("Latin America", "Единая Россия"). */
  notActors: Record<string, string[]>;
}
