import { describe, expect, it } from 'vitest';
import { docxImporter } from '../../../main/services/import/docx';
import { fixtureBytes } from './fixtures';

describe('Word importer', () => {
  it('reads the title, byline, headings, paragraphs and list items of a .docx', async () => {
    const draft = await docxImporter.parse(await fixtureBytes('lighthouse-keeper.docx'), 'fallback');
    expect(draft.metadata).toEqual({ title: 'Lighthouse keeper hands over the keys', byline: 'Tomasz Reyl' });
    expect(draft.blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['heading', 'Lighthouse keeper hands over the keys'],
      ['paragraph', 'By Tomasz Reyl'],
      ['paragraph', 'After forty years on Gannet Rock, Edith Larn climbed down the iron ladder for the last time on Saturday, leaving the lamp to an automatic system installed over the winter.'],
      ['heading', 'A light that never failed'],
      ['paragraph', 'She kept a logbook of every ship that passed, and says only one storm ever frightened her.'],
      ['paragraph', 'Spare bulbs, paraffin and tea'],
      ['paragraph', 'A radio tuned to the shipping forecast'],
    ]);
  });

  it('refuses a file that is not a Word document, saying so', async () => {
    await expect(docxImporter.parse(new TextEncoder().encode('plain words'), 'notes')).rejects.toThrow(
      /not a readable Word \(\.docx\) document/,
    );
  });
});
