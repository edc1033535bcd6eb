import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { FieldValue, StoredAnnotation } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';
import { gloss, workspaceWithArticle } from '../services/workspace-helpers';

const ARTICLE = readFileSync(new URL('../../fixtures/agreement/council.txt', import.meta.url), 'utf8');

/** Two analysts' sets on the council article: they agree on the quote, differ on the claim's boundaries and stance. */
async function twoAnalysts() {
  const { workspace, documentId, text } = await workspaceWithArticle(ARTICLE);
  const index = new CodePointIndex(text);
  let next = 0;
  const tag = (set: string, type: string, phrase: string, fields: Record<string, FieldValue> = {}): StoredAnnotation => {
    const at = index.toCodePoint(text.indexOf(phrase));
    return { id: `x${next++}`, type, set, fragments: [describeFragment(index, at, at + [...phrase].length)], fields, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' };
  };
  const saved = await workspace.saveAnnotations(documentId, [
    tag('alice', 'quote', '“We need the engineers\' report first,”', { kind: 'direct' }),
    tag('bob', 'quote', '“We need the engineers\' report first,”', { kind: 'direct' }),
    tag('alice', 'claim', 'the repairs were already funded', { stance: 'supports' }),
    tag('bob', 'claim', 'claimed the repairs were already funded', { stance: 'opposes' }),
  ]);
  if (!saved.ok) throw new Error(saved.error.message);
  await workspace.flush();
  return { dir: workspace.dir, documentId };
}

describe('gloss agreement', () => {
  it('prints the JSON the issue asks for: pairs with F1, κ, α and units, and the overall figures', async () => {
    const { dir } = await twoAnalysts();
    const { code, output } = await gloss('agreement', dir, '--sets', 'alice,bob', '--types', 'quote,claim', '--format', 'json');
    expect(code).toBe(0);
    const report = JSON.parse(output) as { pairs: Record<string, unknown>[]; overall: { sets: string[] } };
    expect(report.overall.sets).toEqual(['alice', 'bob']);
    expect(report.pairs).toContainEqual({ a: 'alice', b: 'bob', type: 'quote', f1Exact: 1, f1Overlap: 1, units: 1 });
    expect(report.pairs).toContainEqual({ a: 'alice', b: 'bob', type: 'claim', f1Exact: 0, f1Overlap: 1, units: 1 });
    expect(report.pairs).toContainEqual(expect.objectContaining({ type: 'claim', field: 'stance', kappa: 0, alpha: 0, units: 1 }));
  });

  it('prints CSV per pair or per document, and a table with the overall figures by default', async () => {
    const { dir, documentId } = await twoAnalysts();
    const csv = await gloss('agreement', dir, '--sets', 'alice,bob', '--types', 'claim', '--format', 'csv');
    expect(csv.output.split('\r\n')).toContain('alice,bob,claim,,0.000,1.000,,,1');
    const perDocument = await gloss('agreement', dir, '--sets', 'alice,bob', '--types', 'claim', '--format', 'csv', '--by', 'document');
    expect(perDocument.output).toContain(`${documentId},Riverside council delays bridge vote,claim,0.000,1.000,`);
    const table = await gloss('agreement', dir, '--sets', 'alice,bob', '--types', 'claim');
    expect(table.output).toMatch(/claim: F1 exact 0\.000, by overlap 1\.000; αu 0\.\d{3} \(2 units\)/);
  });

  it('refuses a set with no annotations, naming the sets there, and fewer than two sets', async () => {
    const { dir } = await twoAnalysts();
    const misspelt = await gloss('agreement', dir, '--sets', 'alice,bobb');
    expect(misspelt.code).toBe(2);
    expect(misspelt.output).toContain('no annotation of set “bobb” in the documents chosen; the sets there are “alice”, “bob”');
    const one = await gloss('agreement', dir, '--sets', 'alice');
    expect(one.code).toBe(2);
    expect(one.output).toContain("option '--sets <names>'");
  });
});
