/**
 * What the analyst is told about each exchange format, and which way it goes.
 * Kept apart from the format modules so the API contract and the renderer can
 * name the formats without bundling their parsers and zip code.
 */

export const EXPORT_FORMAT_NAMES = ['gloss', 'w3c', 'brat', 'qdpx', 'jsonl', 'csv', 'webanno', 'labelstudio', 'doccano'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

export const IMPORT_FORMAT_NAMES = ['gloss', 'w3c', 'brat', 'qdpx', 'webanno', 'labelstudio', 'doccano'] as const;
export type ImportFormatName = (typeof IMPORT_FORMAT_NAMES)[number];

export interface FormatDescription {
  name: ExportFormatName;
  label: string;
  /** One line on who reads it. */
  purpose: string;
  /** The file an export writes, without the dot; null when it writes a folder. */
  extension: string | null;
}

export const FORMAT_DESCRIPTIONS: Record<ExportFormatName, FormatDescription> = {
  gloss: { name: 'gloss', label: 'Gloss', purpose: 'Lossless: texts, schema and annotations, for another Gloss', extension: 'json' },
  w3c: { name: 'w3c', label: 'W3C Web Annotation', purpose: 'JSON-LD with text quote and position selectors', extension: 'jsonld' },
  brat: { name: 'brat', label: 'brat standoff', purpose: 'A folder of .txt and .ann files with annotation.conf', extension: null },
  qdpx: { name: 'qdpx', label: 'REFI-QDA project', purpose: 'For NVivo, ATLAS.ti, MAXQDA and QualCoder', extension: 'qdpx' },
  jsonl: { name: 'jsonl', label: 'JSON Lines', purpose: 'One annotation per line, for data pipelines', extension: 'jsonl' },
  csv: { name: 'csv', label: 'CSV', purpose: 'One annotation per row, for spreadsheets', extension: 'csv' },
  webanno: { name: 'webanno', label: 'WebAnno TSV 3.3', purpose: 'A folder of .tsv files, for INCEpTION and WebAnno', extension: null },
  labelstudio: { name: 'labelstudio', label: 'Label Studio JSON', purpose: 'Text tasks with annotations, for Label Studio', extension: 'json' },
  doccano: { name: 'doccano', label: 'doccano JSONL', purpose: 'One document per line with its spans, for doccano', extension: 'jsonl' },
};

/** What an import dialog offers to pick: files of these extensions, or folders for brat. */
export const IMPORT_EXTENSIONS: Record<ImportFormatName, readonly string[]> = {
  gloss: ['.json'],
  w3c: ['.json', '.jsonld'],
  brat: ['.ann', '.txt', '.conf'],
  qdpx: ['.qdpx'],
  webanno: ['.tsv'],
  labelstudio: ['.json'],
  doccano: ['.jsonl', '.json'],
};
