import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentMetadata } from '../../../core/model/document';
import type { ArticleDraft, Importer } from './article-draft';
import { articleFromBlocks } from './headline';
import { blocksFromLines, type PdfLine } from './pdf-layout';
import { checkPdfUnpackedSize } from './unpacked-size';

/**
 * pdf.js looks for character maps and the standard fonts' data by URL; in
 * Node a folder path works, and pointing it at the package's own copies keeps
 * import offline (it would otherwise warn, or try to fetch them).
 */
const PDFJS_FOLDER = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_OPTIONS = {
  cMapUrl: join(PDFJS_FOLDER, 'cmaps') + '/',
  cMapPacked: true,
  standardFontDataUrl: join(PDFJS_FOLDER, 'standard_fonts') + '/',
  // Fonts are never compiled to code (CVE-2024-4367) nor installed: only text is wanted.
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  verbosity: 0,
};

/**
 * A PDF: the text of every page, its lines rebuilt into paragraphs from where
 * they are drawn. pdf.js's legacy build runs in Node with its "fake worker"
 * in this process. A scanned PDF has no text and is refused as empty.
 */
async function parsePdf(bytes: Uint8Array, fallbackTitle: string): Promise<ArticleDraft> {
  checkPdfUnpackedSize(bytes);
  // Loaded on first use: pdf.js is large and most imports are web pages.
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of the buffer it is given, so it gets a copy.
  const task = getDocument({ ...PDFJS_OPTIONS, data: new Uint8Array(bytes) });
  try {
    const pdf = await task.promise.catch((error: unknown) => {
      throw new Error(`not a readable PDF (${error instanceof Error ? error.message : String(error)})`, { cause: error });
    });
    const lines: PdfLine[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      lines.push(...linesOfPage(number, content.items));
    }
    const { info } = await pdf.getMetadata();
    return articleFromBlocks(blocksFromLines(lines), metadataFromInfo(info), fallbackTitle);
  } finally {
    await task.destroy();
  }
}

interface PositionedText {
  str: string;
  transform: number[];
  hasEOL: boolean;
}

/** Items run left to right along a line; pdf.js flags the last one of each line. */
function linesOfPage(page: number, items: readonly object[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const item of items) {
    if (!('str' in item)) continue;
    const { str, transform, hasEOL } = item as PositionedText;
    const [scaleX = 0, skewY = 0, , , x = 0, y = 0] = transform;
    const fontSize = Math.hypot(scaleX, skewY);
    if (current && Math.abs(current.y - y) > current.fontSize / 2 && str.trim()) current = undefined;
    if (!current) {
      current = { page, x, y, fontSize, text: '' };
      lines.push(current);
    }
    current.text += str;
    if (str.trim()) current.fontSize = Math.max(current.fontSize, fontSize);
    if (hasEOL) current = undefined;
  }
  return lines;
}

/** The document information dictionary: only text fields, and only when filled in. */
function metadataFromInfo(info: object): Partial<DocumentMetadata> {
  const field = (name: string) => {
    const value: unknown = (info as Record<string, unknown>)[name];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const [title, byline, language] = [field('Title'), field('Author'), field('Language')];
  return { ...(title ? { title } : {}), ...(byline ? { byline } : {}), ...(language ? { language } : {}) };
}

export const pdfImporter: Importer = {
  name: 'pdf-pdfjs',
  extensions: ['.pdf'],
  parse: parsePdf,
};
