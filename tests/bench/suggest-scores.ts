import { aliasKey } from '../../core/entities/alias-key';
import type { Suggestion } from '../../core/suggest/suggestion';
import type { GoldItem, GoldSpan } from '../fixtures/suggest/gold';

/** Precision, recall and F1 of one category, with the counts they come from. */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
  found: number;
  gold: number;
  matched: number;
}

export interface Scores {
  directOverlap: Score;
  directExact: Score;
  /** Of matched direct quotes whose gold names a speaker (or says nobody is named): the engine's is the same. */
  speaker: { right: number; of: number };
  cue: { right: number; of: number };
  indirect: Score;
  events: Score;
  /** Of gold dated events: an engine event overlaps it with the same ISO date. */
  eventDates: { right: number; of: number };
  claims: Score;
  claimant: { right: number; of: number };
}

const overlaps = (a: readonly GoldSpan[], b: readonly GoldSpan[]) => a.some((x) => b.some((y) => x.start < y.end && y.start < x.end));
const same = (a: readonly GoldSpan[], b: readonly GoldSpan[]) => a.length === b.length && a.every((x, i) => x.start === b[i]?.start && x.end === b[i]?.end);

/** One-to-one pairs, each gold item with the first unpaired suggestion that fits it, in text order. */
function pair<S extends { fragments: GoldSpan[] }>(gold: readonly GoldItem[], found: readonly S[], fits: (g: GoldItem, s: S) => boolean): [GoldItem, S][] {
  const used = new Set<number>();
  const pairs: [GoldItem, S][] = [];
  for (const item of gold) {
    const index = found.findIndex((s, i) => !used.has(i) && fits(item, s));
    if (index >= 0) {
      used.add(index);
      pairs.push([item, found[index] as S]);
    }
  }
  return pairs;
}

function score(found: number, gold: number, matched: number): Score {
  const precision = found === 0 ? 0 : matched / found;
  const recall = gold === 0 ? 0 : matched / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall), found, gold, matched };
}

/** Two names are one where they are the same name ignoring case and accents. */
const sameName = (gold: string | null, found: string | null | undefined) => (gold === null ? !found : !!found && aliasKey(gold) === aliasKey(found));
/** A cue matches where one holds the other as whole words ("a déclaré" and "déclaré"). */
function sameCue(gold: string, found: string | undefined): boolean {
  if (!found) return false;
  const [a, b] = [aliasKey(gold), aliasKey(found)];
  return a === b || ` ${a} `.includes(` ${b} `) || ` ${b} `.includes(` ${a} `);
}

type Count = { right: number; of: number };
const add = (a: Score, b: Score) => ({ found: a.found + b.found, gold: a.gold + b.gold, matched: a.matched + b.matched });

/** The scores of one document's suggestions against its gold. */
export function scoreDocument(gold: readonly GoldItem[], suggestions: readonly Suggestion[]): Scores {
  const direct = suggestions.filter((s) => s.type === 'quote' && s.kind !== 'indirect');
  const indirect = suggestions.filter((s) => s.type === 'quote' && s.kind === 'indirect');
  const events = suggestions.filter((s) => s.type === 'event');
  const claims = suggestions.filter((s) => s.type === 'claim');
  const goldOf = (type: GoldItem['type']) => gold.filter((g) => g.type === type);
  const quotes = pair(goldOf('Q'), direct, (g, s) => overlaps(g.fragments, s.fragments));
  const exact = pair(goldOf('Q'), direct, (g, s) => same(g.fragments, s.fragments));
  const speaker: Count = { right: 0, of: 0 };
  const cue: Count = { right: 0, of: 0 };
  for (const [g, s] of quotes) {
    if (s.type !== 'quote') continue;
    speaker.of++;
    if (sameName(g.who, s.speaker?.name)) speaker.right++;
    if (g.cue !== null) {
      cue.of++;
      if (sameCue(g.cue, s.cue?.text)) cue.right++;
    }
  }
  const dated = pair(goldOf('E'), events, (g, s) => overlaps(g.fragments, s.fragments) && s.type === 'event' && s.date.date === g.date);
  const claimPairs = pair(goldOf('C'), claims, (g, s) => overlaps(g.fragments, s.fragments));
  const claimant: Count = { right: 0, of: claimPairs.length };
  for (const [g, s] of claimPairs) if (s.type === 'claim' && sameName(g.who, s.claimant?.name)) claimant.right++;
  return {
    directOverlap: score(direct.length, goldOf('Q').length, quotes.length),
    directExact: score(direct.length, goldOf('Q').length, exact.length),
    speaker,
    cue,
    indirect: score(indirect.length, goldOf('I').length, pair(goldOf('I'), indirect, (g, s) => overlaps(g.fragments, s.fragments)).length),
    events: score(events.length, goldOf('E').length, pair(goldOf('E'), events, (g, s) => overlaps(g.fragments, s.fragments)).length),
    eventDates: { right: dated.length, of: goldOf('E').length },
    claims: score(claims.length, goldOf('C').length, claimPairs.length),
    claimant,
  };
}

/** Sums documents' scores: counts add up, then the ratios are taken again (micro-averaged). */
export function sumScores(all: readonly Scores[]): Scores {
  const zero = score(0, 0, 0);
  const count = (pick: (s: Scores) => Count) => all.reduce((sum, s) => ({ right: sum.right + pick(s).right, of: sum.of + pick(s).of }), { right: 0, of: 0 });
  const total = (pick: (s: Scores) => Score) => {
    const sum = all.reduce((acc, s) => ({ ...zero, ...add(acc, pick(s)) }), zero);
    return score(sum.found, sum.gold, sum.matched);
  };
  return {
    directOverlap: total((s) => s.directOverlap),
    directExact: total((s) => s.directExact),
    speaker: count((s) => s.speaker),
    cue: count((s) => s.cue),
    indirect: total((s) => s.indirect),
    events: total((s) => s.events),
    eventDates: count((s) => s.eventDates),
    claims: total((s) => s.claims),
    claimant: count((s) => s.claimant),
  };
}
