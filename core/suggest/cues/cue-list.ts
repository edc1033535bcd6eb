/**
 * The words one language reports speech with, as data: each language is a
 * file beside this one, so a list can be read and extended without reading
 * the engine. Every form is written as it appears in running text; matching
 * ignores case and needs whole words.
 */
export interface CueList {
  /** Verbs (and verb phrases) that introduce what someone said: "said", "told", "a déclaré". */
  reporting: readonly string[];
  /** Verbs that put forward a contested assertion: "claimed", "accused", "denied". They are cues too. */
  claims: readonly string[];
  /** Claim verbs whose claimant rejects the clause that follows ("denied"): stance "opposes". */
  denials: readonly string[];
  /** Phrases put before the source: "according to X", "selon X", "по словам X". */
  according: readonly string[];
  /** Words that open a reported clause after the cue: "that", "que", "dass", "что". */
  complementisers: readonly string[];
  /** Words before a name that say what the person is: "Prime Minister", "spokesman". */
  titles: readonly string[];
  /** Words that make a name an organisation rather than a person: "Ministry", "Council". */
  organisations: readonly string[];
  /** Pronouns standing for a person (he, she) and for an organisation (it). */
  personPronouns: readonly string[];
  organisationPronouns: readonly string[];
  /** Determiners before a role ("the minister"), which then stands for the last person of that role. */
  determiners: readonly string[];
  /** Words that never start a name, though written with a capital at a sentence's start. */
  notNames: readonly string[];
  /** Auxiliaries that mark a passive, so "was told" is not a report by its subject. */
  passive: readonly string[];
  /**
   * Words a date may hold (weekdays, months, "today", "week", "ago"), as the
   * start of a word ("januar" also finds "Januar", "январ" finds "января"):
   * only the text around them is given to the date parser, the engine's
   * slowest step. Numeric dates ("3/4", "2024-03-05") are found without a list.
   */
  dateWords: readonly string[];
  /**
   * Present forms that, beside a date, tell what is scheduled ("the
   * committee meets on Monday", "le conseil se réunit lundi"): news writes
   * the timetable in the present, so such a clause with no past in it is to come.
   */
  scheduled: readonly string[];
}
