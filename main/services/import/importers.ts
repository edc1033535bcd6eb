import type { Importer } from './article-draft';
import { docxImporter } from './docx';
import { htmlImporter } from './html-article';
import { markdownImporter } from './markdown';
import { pdfImporter } from './pdf';
import { plainTextImporter } from './plain-text';

/** Every format Gloss reads. */
const IMPORTERS: readonly Importer[] = [plainTextImporter, markdownImporter, htmlImporter, docxImporter, pdfImporter];

/** The importer for a file extension (with its dot, lower case). */
export const IMPORTER_BY_EXTENSION = new Map(IMPORTERS.flatMap((importer) => importer.extensions.map((ext) => [ext, importer] as const)));

export const IMPORTER_BY_NAME = new Map(IMPORTERS.map((importer) => [importer.name, importer] as const));
