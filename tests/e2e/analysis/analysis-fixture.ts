import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { GlossApi } from '../../../core/api/contract';
import type { GlossFixture } from '../support/gloss';

/** Three original articles about one minister, written for these tests (never seed sentences). */
const ARTICLES = ['tolls.md', 'repairs.md', 'ferry.md'].map((name) => join(import.meta.dirname, '../../fixtures/analysis', name));

interface Tag {
  phrase: string;
  type: string;
  fields?: Record<string, unknown>;
  entity?: string;
  /** Link a span field to the annotation tagged on these words, in the same article: [field, words]. */
  spanLink?: [string, string];
}

/** What each article is tagged with: quotes whose speakers are linked to entities, directly or through an Actor span. */
const TAGS: Record<string, Tag[]> = {
  tolls: [
    { phrase: 'Vargová', type: 'actor', entity: 'e-varga' },
    { phrase: 'The bridge pays for its own repairs or it closes', type: 'quote', spanLink: ['speaker', 'Vargová'] },
    { phrase: 'Families in Orm pay twice for one road', type: 'quote', fields: { speaker: { entity: 'e-reyk' }, addressee: { entity: 'e-varga' } } },
    { phrase: 'Drivers blocked the bridge for an hour', type: 'event', fields: { 'event-type': 'protest', date: { date: '2026-02-28', wording: 'on Saturday' } } },
  ],
  repairs: [
    { phrase: 'Minister Vargova', type: 'actor', entity: 'e-varga' },
    { phrase: 'Every week we wait costs the town more', type: 'quote', spanLink: ['speaker', 'Minister Vargova'] },
    { phrase: 'Mayor Edda Lunn met the minister and the engineers', type: 'event', fields: { 'event-type': 'meeting', actor: { entity: 'e-lunn' }, target: { entity: 'e-varga' }, date: { date: '2026-03-12', wording: 'on Thursday' } } },
    { phrase: 'the contract had been signed without a tender', type: 'claim', fields: { claimant: { entity: 'e-reyk' }, stance: 'opposes' } },
  ],
  ferry: [
    { phrase: 'We will not leave the east shore cut off', type: 'quote', fields: { speaker: { entity: 'e-varga' } } },
    { phrase: 'The old ferry across Lake Orm sailed again', type: 'event', fields: { 'event-type': 'other', date: { date: '2026-03-17', wording: 'on Tuesday' } } },
  ],
};

/**
 * Imports the three articles, creates the people (the minister with two
 * spellings as aliases) and tags them through the app's own API, as the
 * reader would save them; returns the document ids by article.
 */
export async function briefingWorkspace(page: Page, gloss: GlossFixture): Promise<Record<string, string>> {
  const imported = await gloss.harness.importFiles(ARTICLES);
  if (!imported.ok) throw new Error(imported.error.message);
  const ids: Record<string, string> = {};
  imported.value.outcomes.forEach((outcome, i) => {
    const article = ['tolls', 'repairs', 'ferry'][i];
    if (!article || !outcome.documentId) throw new Error(`${outcome.file} was not imported: ${outcome.message}`);
    ids[article] = outcome.documentId;
  });
  await gloss.open(page);
  await page.evaluate(
    async ({ ids, tags }) => {
      const api = (window as unknown as { gloss: GlossApi }).gloss;
      const edited = await api.editEntities({
        edits: [
          { kind: 'create', id: 'e-varga', entityKind: 'person', name: 'Ilona Vargová' },
          { kind: 'add-alias', id: 'e-varga', alias: 'Vargova' },
          { kind: 'add-alias', id: 'e-varga', alias: 'Minister Vargova' },
          { kind: 'create', id: 'e-reyk', entityKind: 'person', name: 'Tomas Reyk' },
          { kind: 'create', id: 'e-lunn', entityKind: 'person', name: 'Edda Lunn' },
        ],
      });
      if (!edited.ok) throw new Error(edited.error.message);
      const now = new Date().toISOString();
      for (const [article, documentId] of Object.entries(ids)) {
        const loaded = await api.loadDocument({ documentId });
        if (!loaded.ok) throw new Error(loaded.error.message);
        const points = [...loaded.value.document.text];
        const byPhrase = new Map<string, string>();
        const upsert = (tags[article] ?? []).map((tag, i) => {
          const at = loaded.value.document.text.indexOf(tag.phrase);
          if (at < 0) throw new Error(`"${tag.phrase}" is not in ${article}`);
          const start = [...loaded.value.document.text.slice(0, at)].length;
          const end = start + [...tag.phrase].length;
          const id = `${article}-${i}`;
          byPhrase.set(tag.phrase, id);
          const fields = { ...(tag.fields ?? {}) } as Record<string, unknown>;
          if (tag.spanLink) fields[tag.spanLink[0]] = { ref: byPhrase.get(tag.spanLink[1]) };
          const fragment = { start, end, exact: tag.phrase, prefix: points.slice(Math.max(0, start - 32), start).join(''), suffix: points.slice(end, end + 32).join('') };
          return { id, type: tag.type, set: 'default', fragments: [fragment], fields, ...(tag.entity ? { entity: tag.entity } : {}), created: now, modified: now };
        });
        // The contract's schemas check every value on the services' side.
        const saved = await api.saveChanges({ documentId, upsert: upsert as never, remove: [] });
        if (!saved.ok) throw new Error(saved.error.message);
      }
    },
    { ids, tags: TAGS },
  );
  await page.reload();
  return ids;
}
