import { z } from 'zod';
import { MetadataEditSchema, type MetadataEdit } from '../../../core/article/document-edits';
import { datesReadAgain } from '../../../core/fields/dates-again';
import { articleReferenceDate } from '../../../core/fields/natural-date';
import type { DocumentFile } from '../../../core/model/document';
import { DocumentIdSchema } from '../../../core/model/ids';
import type { Workspace } from '../../services/workspace/workspace';
import { defineCommand } from '../command';
import { emptyReport, refusal } from '../report';

const field = MetadataEditSchema.shape;

/** What changed, field by field, for the report: "title: Ferry strike ends → Ferry strike over". */
function changedFields(before: DocumentFile['metadata'], after: DocumentFile['metadata']): string[] {
  const keys = ['title', 'byline', 'publishedDate', 'source', 'url', 'language'] as const;
  return keys.filter((key) => before[key] !== after[key]).map((key) => `${key}: ${before[key] ?? '(none)'} → ${after[key] ?? '(none)'}`);
}

/** Reads the document's date fields again from its new date; how many changed. */
async function readDatesAgain(workspace: Workspace, document: DocumentFile): Promise<{ changed: number } | { error: string }> {
  const reference = articleReferenceDate(document.metadata);
  if (!reference) return { changed: 0 };
  const loaded = await workspace.loadDocument(document.id);
  if (!loaded.ok) return { error: loaded.error.message };
  const changed = datesReadAgain(loaded.value.annotations, workspace.labelTypes, reference, { language: document.metadata.language });
  if (changed.length === 0) return { changed: 0 };
  const saved = await workspace.saveChanges(document.id, { upsert: changed, remove: [] });
  return saved.ok ? { changed: changed.length } : { error: saved.error.message };
}

export const setMetaCommand = defineCommand({
  name: 'set-meta',
  summary: "change a document's title, date, byline, outlet, URL or language (never its text)",
  access: 'write',
  argument: { name: 'document-id', description: "the document's id: its file's name in documents/, without .json" },
  options: {
    title: { flags: '--title <text>', description: 'the headline', schema: field.title },
    publishedDate: { flags: '--published <date>', description: 'the publication date, ISO 8601 (2022-10-27, 2022-10-27T09:15+04:00); "" clears it', schema: field.publishedDate },
    byline: { flags: '--byline <text>', description: 'who wrote it; "" clears it', schema: field.byline },
    source: { flags: '--source <outlet>', description: 'the outlet; "" clears it', schema: field.source },
    url: { flags: '--url <url>', description: "the article's address; \"\" clears it", schema: field.url },
    language: { flags: '--language <code>', description: 'the language, as a BCP 47 code (en, fr, hy); "" clears it', schema: field.language },
    datesAgain: {
      flags: '--read-dates-again',
      description: "read the document's relative dates (\"Thursday\", \"last week\") again from its new publication date",
      schema: z.boolean().optional(),
    },
  },
  examples: [
    'gloss set-meta ~/desk 0b4851fb --published 2022-10-27 --read-dates-again',
    'gloss set-meta ~/desk 0b4851fb --title "Ferry strike ends" --source "Harbour Times"',
  ],
  async run({ workspace, argument, options }) {
    const id = DocumentIdSchema.safeParse(argument);
    if (!id.success || !workspace.has(id.data)) return refusal(argument, `no document "${argument}" in this workspace`);
    const { datesAgain, ...given } = options;
    const metadata = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as MetadataEdit;
    if (Object.keys(metadata).length === 0 && !datesAgain) return refusal(argument, 'nothing to change: give --title, --published, --byline, --source, --url or --language');
    const before = await workspace.readForExport(id.data);
    if (!before.ok) return refusal(argument, before.error.message);
    const saved = await workspace.editDocument(id.data, { kind: 'metadata', metadata });
    if (!saved.ok) return refusal(saved.error.file, saved.error.message);
    const edited = { value: saved.value.document };
    const changes = changedFields(before.value.document.metadata, edited.value.metadata);
    const lines = [`${edited.value.metadata.title} (${id.data}): ${changes.length > 0 ? changes.join('; ') : 'nothing changed'}`];
    const details: Record<string, unknown> = { document: id.data, metadata: edited.value.metadata };
    if (datesAgain) {
      const dates = await readDatesAgain(workspace, edited.value);
      if ('error' in dates) return refusal(argument, `the metadata was saved, but the dates were not read again: ${dates.error}`);
      const reference = edited.value.metadata.publishedDate;
      lines.push(reference ? `Read ${dates.changed} date(s) again from ${reference}.` : 'The document has no publication date: no dates were read again.');
      details['datesReadAgain'] = dates.changed;
    }
    return { ...emptyReport(lines.join('\n')), done: [{ item: id.data, reason: changes.join('; ') || 'nothing changed', id: id.data }], details };
  },
});
