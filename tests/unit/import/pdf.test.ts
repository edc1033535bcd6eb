import { describe, expect, it } from 'vitest';
import { pdfImporter } from '../../../main/services/import/pdf';
import { blocksFromLines, type PdfLine } from '../../../main/services/import/pdf-layout';
import { fixtureBytes } from './fixtures';

describe('PDF importer', () => {
  it('reads the title, author and language and rebuilds paragraphs from line positions', async () => {
    const draft = await pdfImporter.parse(await fixtureBytes('quarry-plan.pdf'), 'fallback');
    expect(draft.metadata).toEqual({ title: 'Quarry plan withdrawn after protest', byline: 'Nadia Ferrow', language: 'en-GB' });
    expect(draft.blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['heading', 'Quarry plan withdrawn after protest'],
      ['paragraph', 'A company that wanted to blast limestone above the village of Hessle Vale has withdrawn its application, two days before a planning hearing was due to begin.'],
      ['paragraph', 'Residents had gathered more than three thousand objections, many of them about dust and lorries on the narrow lane past the primary school.'],
      ['heading', 'What happens next'],
      ['paragraph', 'The council says the site will stay as grazing land for now.'],
    ]);
  });

  it('refuses a file that is not a PDF, saying so', async () => {
    await expect(pdfImporter.parse(new TextEncoder().encode('%PDF-nonsense'), 'scan')).rejects.toThrow(/not a readable PDF/);
  });
});

const body = (page: number, y: number, text: string, x = 50): PdfLine => ({ page, x, y, fontSize: 10, text });

describe('blocksFromLines', () => {
  it.each<[string, PdfLine[], string[]]>([
    ['wrapped lines join into one paragraph', [body(1, 700, 'The tide'), body(1, 688, 'turned.')], ['The tide turned.']],
    ['a wider gap starts a paragraph', [body(1, 700, 'One.'), body(1, 688, 'Two'), body(1, 660, 'Three.')], ['One. Two', 'Three.']],
    ['an indented first line starts a paragraph', [body(1, 700, 'One.'), body(1, 688, 'Two.', 70), body(1, 676, 'Three.')], ['One.', 'Two. Three.']],
    ['a word hyphenated at a line end is mended', [body(1, 700, 'an inter-'), body(1, 688, 'national deal')], ['an international deal']],
    ['a page break mid-sentence continues the paragraph', [body(1, 60, 'The vote'), body(2, 780, 'was close.')], ['The vote was close.']],
    ['a page break after a sentence starts a paragraph', [body(1, 60, 'It ended.'), body(2, 780, 'Next day.')], ['It ended.', 'Next day.']],
  ])('%s', (_case, lines, texts) => {
    expect(blocksFromLines(lines).map((block) => block.text)).toEqual(texts);
  });

  it('marks lines set larger than the body text as headings', () => {
    const lines = [{ ...body(1, 760, 'Headline'), fontSize: 18 }, body(1, 730, 'Text one.'), body(1, 718, 'Text two.')];
    expect(blocksFromLines(lines).map((block) => block.kind)).toEqual(['heading', 'paragraph']);
  });
});
