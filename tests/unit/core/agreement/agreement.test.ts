import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeAgreement, type AgreementDocument } from '../../../../core/agreement/agreement';
import { asCsv, documentCells, pairCells } from '../../../../core/agreement/agreement-tables';
import type { FieldValue, StoredAnnotation } from '../../../../core/model/annotation';
import { DEFAULT_LABEL_TYPES } from '../../../../core/model/label-types';

const TEXT = readFileSync(new URL('../../../fixtures/agreement/council.txt', import.meta.url), 'utf8');
const types = DEFAULT_LABEL_TYPES.filter((type) => ['quote', 'event', 'claim'].includes(type.id));
let next = 0;

/** An annotation on the first occurrence of `phrase` (the fixture is all in the BMP, so indexes are code points). */
function tag(set: string, type: string, phrase: string, fields: Record<string, FieldValue> = {}): StoredAnnotation {
  const start = TEXT.indexOf(phrase);
  if (start < 0) throw new Error(`not in the fixture: ${phrase}`);
  const end = start + phrase.length;
  return {
    id: `t-${next++}`,
    type,
    set,
    fragments: [{ start, end, exact: phrase, prefix: '', suffix: '' }],
    fields,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
}

const QUOTE = '“We need the engineers\' report first,”';
const alice = [
  tag('alice', 'quote', QUOTE, { kind: 'direct' }),
  tag('alice', 'claim', 'the repairs were already funded', { stance: 'supports' }),
  tag('alice', 'event', 'postponed its vote'),
];
const bob = [
  tag('bob', 'quote', QUOTE, { kind: 'direct' }),
  tag('bob', 'quote', 'the delay would cost the town another winter of detours', { kind: 'indirect' }),
  tag('bob', 'claim', 'claimed the repairs were already funded', { stance: 'opposes' }),
];
const document = (annotations: StoredAnnotation[]): AgreementDocument => ({ id: 'council', title: 'Riverside council delays bridge vote', length: TEXT.length, annotations });

const row = (report: ReturnType<typeof computeAgreement>, type: string, field?: string) =>
  report.pairs.find((pair) => pair.type === type && pair.field === field);

describe('agreement between two analysts on one article', () => {
  const report = computeAgreement({ sets: ['alice', 'bob'], types, documents: [document([...alice, ...bob])] });

  it('scores quotes: one of three spans is the same exactly, so F1 is 2/3 both ways', () => {
    expect(row(report, 'quote')).toMatchObject({ a: 'alice', b: 'bob', f1Exact: 2 / 3, f1Overlap: 2 / 3, units: 2 });
  });

  it('scores a claim whose boundaries differ as a miss exactly and a match by overlap', () => {
    expect(row(report, 'claim')).toMatchObject({ f1Exact: 0, f1Overlap: 1, units: 1 });
  });

  it('scores an event only one analyst tagged as no agreement', () => {
    expect(row(report, 'event')).toMatchObject({ f1Exact: 0, f1Overlap: 0, units: 1 });
  });

  it('compares field values on matched spans: opposite stances give κ = 0 and α = 0 on one unit', () => {
    expect(row(report, 'claim', 'stance')).toMatchObject({ kappa: 0, alpha: 0, units: 1 });
    // One matched quote, both "direct": nothing to correct for chance with, so undefined.
    expect(row(report, 'quote', 'kind')).toMatchObject({ kappa: null, alpha: null, units: 1 });
    // A field neither gave a value has no units.
    expect(row(report, 'claim', 'verdict')).toMatchObject({ kappa: null, units: 0 });
  });

  it('gives αu per type over the whole text, and a row per document and type', () => {
    const quote = report.overall.types.find((type) => type.type === 'quote');
    expect(quote?.alphaU).toBeGreaterThan(0);
    expect(quote?.alphaU).toBeLessThan(1);
    expect(report.documents.find((d) => d.type === 'quote')).toMatchObject({ document: 'council', annotations: { alice: 1, bob: 2 }, f1Exact: 2 / 3 });
  });

  it('writes the matrix and the table as CSV with the units behind each figure', () => {
    const csv = asCsv(pairCells(report));
    expect(csv.split('\r\n')[0]).toBe('a,b,type,field,f1Exact,f1Overlap,kappa,alpha,units');
    expect(csv).toContain('alice,bob,quote,,0.667,0.667,,,2\r\n');
    expect(csv).toContain('alice,bob,claim,stance,0.000,1.000,0.000,0.000,1\r\n');
    expect(asCsv(documentCells(report))).toContain('council,Riverside council delays bridge vote,quote,0.667,0.667,');
  });
});

describe('agreement edge cases', () => {
  it('reports nothing to compare for two empty sets: undefined figures and no units', () => {
    const report = computeAgreement({ sets: ['alice', 'bob'], types, documents: [document([])] });
    expect(row(report, 'quote')).toMatchObject({ f1Exact: null, f1Overlap: null, units: 0 });
    expect(report.overall.types[0]).toMatchObject({ alphaU: null, alphaUUnits: 0 });
  });

  it('is perfect when a set is compared with a copy of itself under another name', () => {
    const copy = alice.map((annotation) => ({ ...annotation, id: `${annotation.id}-copy`, set: 'alice2' }));
    const report = computeAgreement({ sets: ['alice', 'alice2'], types, documents: [document([...alice, ...copy])] });
    for (const type of ['quote', 'claim', 'event']) expect(row(report, type)).toMatchObject({ f1Exact: 1, f1Overlap: 1 });
    expect(report.overall.types.every((type) => type.alphaU === 1)).toBe(true);
  });

  it('matches one to one by largest overlap: a long span goes to the one it shares most with', () => {
    const long = tag('alice', 'quote', 'Residents said the delay would cost the town another winter of detours');
    const short = tag('bob', 'quote', 'Residents said');
    const most = tag('bob', 'quote', 'the delay would cost the town another winter');
    const report = computeAgreement({ sets: ['alice', 'bob'], types, documents: [document([long, short, most])] });
    // One match out of three spans: F1 = 2·1/3; "Residents said" is left unmatched.
    expect(row(report, 'quote')).toMatchObject({ f1Overlap: 2 / 3, units: 2 });
  });

  it('uses Fleiss κ and α over units all three sets matched, with every pair in the matrix', () => {
    const carol = [tag('carol', 'claim', 'the repairs were already funded', { stance: 'supports' })];
    const report = computeAgreement({ sets: ['alice', 'bob', 'carol'], types, documents: [document([...alice, ...bob, ...carol])] });
    expect(new Set(report.pairs.map((pair) => `${pair.a}-${pair.b}`))).toEqual(new Set(['alice-bob', 'alice-carol', 'bob-carol']));
    const stance = report.overall.types.find((type) => type.type === 'claim')?.fields.find((field) => field.field === 'stance');
    // One unit: supports, opposes, supports. Fleiss: P = (2·1)/(3·2) = 1/3; pe = (2/3)² + (1/3)² = 5/9; κ = (1/3 − 5/9)/(4/9) = −0.5.
    expect(stance).toMatchObject({ kappaKind: 'fleiss', kappaUnits: 1, alphaUnits: 1 });
    expect(stance?.kappa).toBeCloseTo(-0.5, 10);
  });

  it('compares span fields by the words they point at, not by ids that differ between sets', () => {
    const actorA = tag('alice', 'actor', 'Mara Lind');
    const actorB = tag('bob', 'actor', 'Mara Lind');
    const quoteA = tag('alice', 'quote', QUOTE, { speaker: { ref: actorA.id } });
    const quoteB = tag('bob', 'quote', QUOTE, { speaker: { ref: actorB.id } });
    const quoteA2 = tag('alice', 'quote', 'the delay would cost the town', { speaker: 'residents' });
    const quoteB2 = tag('bob', 'quote', 'the delay would cost the town', { speaker: 'the council' });
    const report = computeAgreement({ sets: ['alice', 'bob'], types, documents: [document([actorA, actorB, quoteA, quoteB, quoteA2, quoteB2])] });
    // Same speaker on the first quote, different on the second: po = 1/2, pe = ½·½ (Mara Lind) = 1/4 → κ = 1/3.
    const speaker = row(report, 'quote', 'speaker');
    expect(speaker?.units).toBe(2);
    expect(speaker?.kappa).toBeCloseTo(1 / 3, 10);
  });
});
