import type { EntityKind } from '../model/entity';
import { wordKey, type Lexicon } from './lexicon';
import { codePointBeforeIs } from './text-units';
import { addToGroup } from '../grouping';

/** A word of the text with where it is (UTF-16). */
interface Token {
  text: string;
  key: string;
  start: number;
  end: number;
  capital: boolean;
}

/** What stands in the subject's place beside a cue. */
export type Subject =
  | { kind: 'named'; name: string; entityKind: EntityKind; start: number; end: number; role: string }
  | { kind: 'pronoun'; entityKind: EntityKind; start: number; end: number }
  | { kind: 'role'; role: string; start: number; end: number }
  | { kind: 'unnamed'; start: number; end: number };

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*(?:(?<=s)['’](?=\s))?\.?/gu;
/** Small words inside names: "Ursula von der Leyen", "Abu Bakr al-Baghdadi". */
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'di', 'al', 'bin', 'ibn', 'ter', 'zu', 'y']);
const POSSESSIVE = /['’]s$/u;
const IN_A_WORD = /[\p{L}\p{M}\p{N}'’.-]$/u;

/** Whether a word starts with a capital: ASCII checked directly, the rest by Unicode property (this runs for every word). */
function startsCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(word);
}

function token(text: string, start: number, lexicon: Lexicon): Token {
  // A full stop belongs to a word only in an abbreviation ("Gen.", "M.") or an initial.
  const stop = text.charCodeAt(text.length - 1) === 46;
  const keepStop = stop && (lexicon.titles.has(wordKey(text)) || /^\p{Lu}\.$/u.test(text) || /\.\p{L}/u.test(text));
  const word = stop && !keepStop ? text.slice(0, -1) : text;
  return { text: word, key: wordKey(word), start, end: start + word.length, capital: startsCapital(word) };
}

/** The words between two offsets, at most `limit` of them. */
export function tokensIn(text: string, from: number, to: number, lexicon: Lexicon, limit = Infinity): Token[] {
  const tokens: Token[] = [];
  // One pattern for every call, its place set each time (a fresh one per call cost more than the reading).
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to && tokens.length < limit; match = WORD.exec(text)) tokens.push(token(match[0], match.index, lexicon));
  return tokens;
}

/** Words of one name stand on one line, with nothing but spaces between them. */
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10 || !SPACE.test(text[i] as string)) return false;
  return true;
}
const SPACE = /\s/u;
const isAcronym = (word: string) => /^[\p{Lu}\p{N}]{2,6}$/u.test(word);

/** Whether a word may be part of a name or of the title before one. */
function nameWord(t: Token, lexicon: Lexicon): boolean {
  if (lexicon.titles.has(t.key)) return true;
  if (t.capital) return !lexicon.notNames.has(t.key) && !lexicon.personPronouns.has(t.key);
  return lexicon.organisations.has(t.key);
}

/**
 * What a run of name words is: a person's name after their titles
 * ("Armenian Prime Minister Nikol Pashinyan" is Nikol Pashinyan, a Prime
 * Minister), an organisation ("Russian Foreign Ministry", "CSTO"), or a role
 * alone ("the minister").
 */
function classify(run: readonly Token[], text: string, lexicon: Lexicon): Subject | null {
  // Trailing particles and leading lowercase words belong to no name.
  const words = [...run];
  while (words.length > 0 && PARTICLES.has((words.at(-1) as Token).key)) words.pop();
  if (words.length === 0) return null;
  const first = words[0] as Token;
  const last = words.at(-1) as Token;
  const span = (from: Token, to: Token) => text.slice(from.start, to.end);
  let lastTitle = -1;
  words.forEach((t, i) => {
    if (lexicon.titles.has(t.key) || POSSESSIVE.test(t.text)) lastTitle = i;
  });
  // Titles the lists do not know ("Harbour Master", "Stadtpräsidentin"): a name is at most its last two words and their particles.
  if (lastTitle < 0) lastTitle = untitledNameStart(words) - 1;
  const name = words.slice(lastTitle + 1).filter((t, i, all) => t.capital || (i > 0 && i < all.length - 1));
  const role = words.slice(0, lastTitle + 1).map((t) => t.key).join(' ');
  // "Foreign Ministry spokesperson Maria Zakharova" is a person; "Russian Foreign Ministry" an organisation.
  const organisation = words.slice(lastTitle + 1).some((t) => lexicon.organisations.has(t.key)) || (lastTitle < 0 && words.some((t) => lexicon.organisations.has(t.key)));
  if (organisation || (words.length === 1 && isAcronym(first.text))) {
    const start = words.find((t) => t.capital);
    if (!start) return { kind: 'role', role: words.map((t) => t.key).join(' '), start: first.start, end: last.end };
    return { kind: 'named', name: span(start, last), entityKind: 'organisation', start: start.start, end: last.end, role: '' };
  }
  if (name.length === 0) return { kind: 'role', role, start: first.start, end: last.end };
  return { kind: 'named', name: span(name[0] as Token, name.at(-1) as Token), entityKind: 'person', start: (name[0] as Token).start, end: last.end, role };
}

function untitledNameStart(words: readonly Token[]): number {
  let capitals = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if ((words[i] as Token).capital) capitals++;
    if (capitals > 2) return i + 1;
  }
  return 0;
}

function pronoun(t: Token, lexicon: Lexicon): Subject | null {
  if (lexicon.personPronouns.has(t.key)) return { kind: 'pronoun', entityKind: 'person', start: t.start, end: t.end };
  if (lexicon.organisationPronouns.has(t.key)) return { kind: 'pronoun', entityKind: 'organisation', start: t.start, end: t.end };
  return null;
}

/** Up to this many lowercase words make an unnamed subject ("a senior government official"). */
const UNNAMED_WORDS = 4;

/**
 * The subject that ends at `end` (just before a cue), read backwards within
 * `[from, end)`: a name with its titles, a pronoun, "the minister", or some
 * unnamed words ("a source"). A name followed by an apposition
 * ("Armen Grigoryan, the head of the Security Council, said") is found
 * behind it.
 */
export function subjectBefore(text: string, from: number, end: number, lexicon: Lexicon): Subject | null {
  const tokens = tokensIn(text, Math.max(from, end - 200), end, lexicon);
  if (tokens.length === 0) return null;
  const tail = text.slice((tokens.at(-1) as Token).end, end);
  if (/^\s*,\s*$/u.test(tail)) return apposed(text, from, tokens, lexicon);
  if (!/^\s*$/u.test(tail)) return null;
  const last = tokens.at(-1) as Token;
  const own = pronoun(last, lexicon);
  if (own) return own;
  const run: Token[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    const next = run[0];
    if (next && !onlySpaces(text, t.end, next.start)) break;
    const particle = PARTICLES.has(t.key) && next?.capital === true && (tokens[i - 1]?.capital ?? false);
    if (!nameWord(t, lexicon) && !particle) break;
    run.unshift(t);
  }
  if (run.length > 0) return ofGroup(text, from, run[0] as Token, lexicon) ?? classify(run, text, lexicon);
  // No name: a few lowercase words since the last punctuation ("one senior official").
  const words: Token[] = [];
  for (let i = tokens.length - 1; i >= 0 && words.length < UNNAMED_WORDS; i--) {
    const t = tokens[i] as Token;
    if (words[0] && !onlySpaces(text, t.end, words[0].start)) break;
    if (t.capital && !lexicon.notNames.has(t.key)) break;
    words.unshift(t);
  }
  return words.length > 0 ? { kind: 'unnamed', start: (words[0] as Token).start, end: last.end } : null;
}

/** "Felix Marr of the group Trial Watch accused": the person before "of", not the group. */
function ofGroup(text: string, from: number, runStart: Token, lexicon: Lexicon): Subject | null {
  const of = /(?:^|\s)(?:of|from|de|von|из)\s+(?:(?:the|la|le|der|die|el)\s+)?(?:\p{Ll}+\s+){0,2}$/u.exec(text.slice(Math.max(from, runStart.start - 40), runStart.start));
  if (!of) return null;
  const person = subjectBefore(text, from, runStart.start - of[0].length, lexicon);
  return person?.kind === 'named' && person.entityKind === 'person' ? person : null;
}

/** "Name, apposition," before a cue: the name before the apposition's first comma. */
function apposed(text: string, from: number, tokens: readonly Token[], lexicon: Lexicon): Subject | null {
  const comma = text.lastIndexOf(',', (tokens.at(-1) as Token).end);
  const before = text.lastIndexOf(',', comma - 1);
  if (before < from || comma - before > 120 || /[.!?;:]/u.test(text.slice(before, comma))) return null;
  const subject = subjectBefore(text, from, before, lexicon);
  // "Its chief executive, Hanne Brask, insisted", "The union's leader, Marc Tessier, accused": the person is the apposition.
  const inside = subjectAfter(text, before + 1 + (text.slice(before + 1).length - text.slice(before + 1).trimStart().length), comma, lexicon);
  const person = inside?.kind === 'named' && inside.entityKind === 'person' && /^\s*$/u.test(text.slice(inside.end, comma)) ? inside : null;
  // Two names: the one beside the cue is the speaker ("La consejera de Medio Ambiente, Lucía Herrera, aseguró").
  return person ?? (subject?.kind === 'named' ? subject : null);
}

/** How many words after its start a subject is looked for in. */
const SUBJECT_WORDS = 16;

/** The subject that starts at `start` (just after a cue, or at a clause's start), read forwards up to `end`. */
export function subjectAfter(text: string, start: number, end: number, lexicon: Lexicon): Subject | null {
  // A name with all its titles is a few words ("Armenian Deputy Foreign Minister Vahan Kostanyan"): more are never read.
  const tokens = tokensIn(text, start, Math.min(end, start + 200), lexicon, SUBJECT_WORDS);
  const first = tokens[0];
  if (!first || !onlySpaces(text, start, first.start)) return null;
  const own = pronoun(first, lexicon);
  if (own) return own;
  let withArticle = lexicon.determiners.has(first.key) ? 1 : 0;
  // "said farmer Piet Hals", "said union leader Mara Olsen": lowercase words before a name are its title.
  const named = tokens.findIndex((t) => t.capital && !lexicon.notNames.has(t.key));
  if (named > withArticle && named - withArticle <= 3 && tokens.slice(withArticle, named).every((t) => !t.capital && !lexicon.notNames.has(t.key) && onlySpaces(text, t.end, (tokens[tokens.indexOf(t) + 1] as Token).start))) {
    withArticle = named;
  }
  const run: Token[] = [];
  for (let i = withArticle; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const previous = run.at(-1) ?? tokens[withArticle - 1];
    if (previous && !onlySpaces(text, previous.end, t.start)) break;
    const particle = PARTICLES.has(t.key) && run.length > 0 && (tokens[i + 1]?.capital ?? false);
    if (!nameWord(t, lexicon) && !particle) break;
    if (t.capital && lexicon.notNames.has(t.key) && !lexicon.titles.has(t.key)) break;
    run.push(t);
  }
  const subject = run.length > 0 ? classify(run, text, lexicon) : null;
  // "le maire de Montrac, Gilles Aubert": a title's place is no speaker when the person is named after the comma.
  const placeOfTitle = subject?.kind === 'named' && subject.role !== '' && /(?:^|\s)(?:de|d’|d'|du|des|of|von|del|de la)\s*$/iu.test(text.slice(Math.max(start, subject.start - 8), subject.start));
  if (subject?.kind === 'named' && !placeOfTitle) return subject;
  // "a expliqué le commandant des pompiers, Luc Garnier": a role, then the name after a comma.
  const comma = /^[^.;:!?,“”«»"]{0,40},\s*/u.exec(text.slice(run.at(-1)?.end ?? start, end));
  if (comma && (subject || tokens.some((t) => lexicon.titles.has(t.key) && t.start < start + 60))) {
    const after = (run.at(-1)?.end ?? start) + comma[0].length;
    const named = subjectAfter(text, after, end, lexicon);
    if (named?.kind === 'named' && named.entityKind === 'person') return named;
  }
  return subject;
}

/**
 * Every name the text mentions, in order: runs of capitalised words with a
 * title before them, or of two or more words, or an organisation. Pronouns
 * and roles are resolved against these.
 */
export function mentionsIn(text: string, lexicon: Lexicon): Extract<Subject, { kind: 'named' }>[] {
  const mentions: Extract<Subject, { kind: 'named' }>[] = [];
  const capitals: Token[] = [];
  // Only capitalised words start a mention: jump from one to the next instead of reading every word.
  const capital = /\p{Lu}/gu;
  for (let match = capital.exec(text); match; match = capital.exec(text)) {
    // A capital inside a word ("McAllister", "O’Neill", "U.N.") starts none.
    if (codePointBeforeIs(text, match.index, IN_A_WORD)) continue;
    const run: Token[] = [];
    let end = match.index;
    WORD.lastIndex = match.index;
    for (let word = WORD.exec(text); word && word.index < match.index + 300; word = WORD.exec(text)) {
      const t = token(word[0], word.index, lexicon);
      const previous = run.at(-1);
      if (previous && !onlySpaces(text, previous.end, t.start)) break;
      if (t.capital) capitals.push(t);
      const fits = t.capital ? !lexicon.notNames.has(t.key) || lexicon.titles.has(t.key) : lexicon.titles.has(t.key) && run.length > 0;
      if (!fits) break;
      run.push(t);
      end = t.end;
    }
    capital.lastIndex = Math.max(end, match.index + 1);
    const subject = run.length > 0 && mayBeMentioned(run, lexicon) ? classify(run, text, lexicon) : null;
    const titled = subject?.kind === 'named' && (subject.role !== '' || subject.entityKind === 'organisation' || subject.name.includes(' '));
    if (subject?.kind === 'named' && titled) mentions.push(subject);
  }
  return withSurnames(mentions.map((m) => withApposedRole(m, text, lexicon)), capitals, lexicon);
}

/**
 * Whether a run of words can make a mention: a single word only as an
 * organisation (an organisation word or an acronym), since a person needs a
 * title or a second word. It says beforehand what classify would, so the
 * capital opening every sentence is not classified.
 */
function mayBeMentioned(run: readonly Token[], lexicon: Lexicon): boolean {
  const only = run[0] as Token;
  return run.length > 1 || lexicon.organisations.has(only.key) || isAcronym(only.text);
}

/** "La ministre des Transports, Sophie Delaunay": the title before the comma is the person's role. */
function withApposedRole(mention: Extract<Subject, { kind: 'named' }>, text: string, lexicon: Lexicon): Extract<Subject, { kind: 'named' }> {
  if (mention.entityKind !== 'person' || !/,\s*$/u.test(text.slice(Math.max(0, mention.start - 3), mention.start))) return mention;
  const before = /([^.;:!?,\n]{1,60}),\s*$/u.exec(text.slice(Math.max(0, mention.start - 62), mention.start));
  if (!before) return mention;
  // Only the words of the phrase right before the comma: back to the first other name.
  const phrase: string[] = [];
  for (const word of (before[1] as string).split(/\s+/u).filter(Boolean).reverse()) {
    if (/^\p{Lu}/u.test(word) && !lexicon.titles.has(wordKey(word)) && phrase.length > 0) break;
    phrase.push(wordKey(word));
  }
  const titles = phrase.reverse().filter((word) => lexicon.titles.has(word));
  return titles.length > 0 ? { ...mention, role: `${mention.role} ${titles.join(' ')}`.trim() } : mention;
}

/** A surname alone ("Ilves dismissed the remarks") is a mention of the person named in full before it. */
function withSurnames(mentions: Extract<Subject, { kind: 'named' }>[], tokens: readonly Token[], lexicon: Lexicon): Extract<Subject, { kind: 'named' }>[] {
  // Each surname's full names in text order: "Pike" is the Pike named last before it ("Lorna Pike", later "Colm Pike").
  const surnames = new Map<string, Extract<Subject, { kind: 'named' }>[]>();
  for (const mention of mentions) {
    if (mention.entityKind !== 'person') continue;
    const key = wordKey(mention.name.split(/\s+/u).at(-1) ?? '');
    addToGroup(surnames, key, mention);
  }
  const named = (t: Token) => {
    const all = surnames.get(t.key) ?? [];
    return all.filter((m) => m.start < t.start).at(-1) ?? (all[0] as Extract<Subject, { kind: 'named' }>);
  };
  const inMention = new Set(mentions.flatMap((m) => [m.start, m.end]));
  let covered = -1;
  const alone: Token[] = [];
  let next = 0;
  for (const t of tokens) {
    // Mentions are in text order: walk them alongside the tokens.
    while (next < mentions.length && (mentions[next] as Extract<Subject, { kind: 'named' }>).start <= t.start) covered = Math.max(covered, (mentions[next++] as Extract<Subject, { kind: 'named' }>).end);
    if (t.end <= covered || inMention.has(t.start)) continue;
    if (t.capital && !lexicon.notNames.has(t.key) && surnames.has(t.key)) alone.push(t);
  }
  const more = alone.map((t) => ({ ...named(t), start: t.start, end: t.end }));
  return [...mentions, ...more].sort((a, b) => a.start - b.start);
}
