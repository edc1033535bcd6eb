import type { FieldKind, LabelType } from '../model/label-types';
import { FORMAT_DESCRIPTIONS, type ExportFormatName } from './catalogue';

/**
 * What each export format cannot carry, said as an analyst would. The one
 * source for both the Export dialog's warning and the "does not carry" column
 * of docs/formats.md (a test holds the two equal).
 */
interface FormatLoss {
  what: string;
  /** Only said when a chosen type has a field of one of these kinds; always when absent. */
  kinds?: readonly FieldKind[];
}

const TEXTS = { what: 'the texts' };

const FORMAT_LOSSES: Record<ExportFormatName, readonly FormatLoss[]> = {
  gloss: [],
  w3c: [{ what: 'the texts (a workspace must hold the same article)' }, { what: 'document metadata' }],
  brat: [
    { what: "entity links in a field (they come back as the entity's name unless a span of the file names that entity)", kinds: ['span'] },
    { what: 'sets (one folder per set on import)' },
    { what: 'created and modified times' },
    { what: 'document metadata' },
  ],
  qdpx: [{ what: 'the ids of annotations that have no fields and nothing links to, where they are not GUIDs (those Gloss makes are)' }, { what: 'document metadata other than the title' }],
  jsonl: [TEXTS, { what: "the schema's colours and keys" }, { what: "entities' aliases and notes", kinds: ['span'] }],
  csv: [TEXTS, { what: "the schema's colours and keys" }, { what: "entities' aliases and notes", kinds: ['span'] }],
  webanno: [
    { what: 'who made an annotation and when, its id and set (files of one document from several annotators come back as one set per folder)' },
    { what: 'the type of a number, boolean or date (they come back as text; a date as `2026-03-01 (last Sunday)`)', kinds: ['number', 'boolean', 'date'] },
    { what: 'an empty note' },
    { what: 'an entity (its name only)', kinds: ['span'] },
    { what: "the document's metadata" },
    { what: 'the text between sentences (line breaks stand in)' },
    { what: "a span's white space at either end (narrowed to its words; a span of white space alone is left out)" },
  ],
  labelstudio: [
    { what: "each annotation's own times (an entry has one pair)" },
    { what: 'its id when it is not a Label Studio region id (`[A-Za-z0-9_-]`)' },
  ],
  doccano: [],
};

/** What an export in this format of these types would not carry: the warning the Export dialog shows, empty when nothing is lost. */
function lossesOf(format: ExportFormatName, types: readonly LabelType[]): string[] {
  const kinds = new Set(types.flatMap((type) => type.fields.map((field) => field.kind)));
  return FORMAT_LOSSES[format].filter((loss) => loss.kinds === undefined || loss.kinds.some((kind) => kinds.has(kind))).map((loss) => loss.what.replace(/`/g, ''));
}

/** The warning itself: "REFI-QDA project will not carry: …", or null. */
export function lossWarning(format: ExportFormatName, types: readonly LabelType[]): string | null {
  const losses = lossesOf(format, types);
  return losses.length > 0 ? `${FORMAT_DESCRIPTIONS[format].label} will not carry: ${losses.join('; ')}.` : null;
}

/** The "does not carry" cell of docs/formats.md for a format. */
export function lossCell(format: ExportFormatName): string {
  const losses = FORMAT_LOSSES[format];
  return losses.length > 0 ? losses.map((loss) => loss.what).join('; ') : 'nothing';
}
