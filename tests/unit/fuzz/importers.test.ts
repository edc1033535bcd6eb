import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docxImporter } from '../../../main/services/import/docx';
import { htmlImporter } from '../../../main/services/import/html-article';
import { markdownImporter } from '../../../main/services/import/markdown';
import { pdfImporter } from '../../../main/services/import/pdf';
import { plainTextImporter } from '../../../main/services/import/plain-text';
import { MAX_UNPACKED_BYTES } from '../../../main/services/import/unpacked-size';
import { docxBomb, pdfBomb } from '../../fixtures/import/bombs';
import { fuzzSettings } from './settings';

const text = new TextEncoder();
/** Bytes that look a little like each format, and plain garbage. */
const bytesFor: Record<string, fc.Arbitrary<Uint8Array>> = {
  'plain-text': fc.string({ unit: 'binary', maxLength: 400 }).map((s) => text.encode(s)),
  markdown: fc.array(fc.constantFrom('# ', '## ', '- ', '> ', '**', '`', '[a](b)', '<script>', '\n', 'word ', '---\n'), { maxLength: 60 }).map((parts) => text.encode(parts.join(''))),
  html: fc
    .array(fc.constantFrom('<p>', '</p>', '<script>x()</script>', '<h1>', '<article>', '<div class="ad">', 'text ', '<!--', '<meta charset="x">', '<title>', '&amp;', '\u0000'), { maxLength: 60 })
    .map((parts) => text.encode(parts.join(''))),
  docx: fc.uint8Array({ maxLength: 400 }).map((bytes) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes])),
  pdf: fc.uint8Array({ maxLength: 400 }).map((bytes) => Uint8Array.from([...text.encode('%PDF-1.4\n'), ...bytes])),
};

const IMPORTERS = [plainTextImporter, markdownImporter, htmlImporter, docxImporter, pdfImporter];

describe.each(IMPORTERS)('the $name importer, fed arbitrary bytes', (importer) => {
  it('returns an article or refuses with an Error message; nothing else escapes', { timeout: 120_000 }, async () => {
    const arbitrary = fc.oneof(bytesFor[importer.name.split('-')[0] ?? ''] ?? fc.uint8Array(), bytesFor[importer.name] ?? fc.uint8Array(), fc.uint8Array({ maxLength: 200 }));
    await fc.assert(
      fc.asyncProperty(arbitrary, async (bytes) => {
        try {
          const draft = await importer.parse(bytes, 'fuzzed');
          expect(typeof draft.metadata.title).toBe('string');
          expect(Array.isArray(draft.blocks)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message.length).toBeGreaterThan(0);
        }
      }),
      fuzzSettings(40),
    );
  });
});

/** What refusing a bomb may add to this process's memory: the check unpacks in pieces it drops at once. */
const BOMB_MEMORY_CEILING = 64 * 2 ** 20;

describe.each([
  { importer: docxImporter, makeBomb: () => docxBomb(MAX_UNPACKED_BYTES / 2 ** 20 + 8) },
  { importer: pdfImporter, makeBomb: async () => pdfBomb(MAX_UNPACKED_BYTES / 2 ** 20 + 8) },
])('the $importer.name importer, fed a compressed bomb', ({ importer, makeBomb }) => {
  it('refuses it as too large when unpacked before unpacking it, its memory flat', { timeout: 240_000 }, async () => {
    const bomb = await makeBomb();
    const before = process.memoryUsage().rss;
    await expect(importer.parse(bomb, 'bomb')).rejects.toThrow(/^too large when unpacked/);
    expect(process.memoryUsage().rss - before).toBeLessThan(BOMB_MEMORY_CEILING);
  });
});
