import { describe, expect, it } from 'vitest';
import { markdownImporter, parseMarkdown } from '../../../main/services/import/markdown';
import { fixtureBytes } from './fixtures';

describe('Markdown importer', () => {
  it('reads front matter and lays headings, paragraphs, list items and quotes out as blocks', async () => {
    const draft = await markdownImporter.parse(await fixtureBytes('ferry-timetable.md'), 'fallback');
    expect(draft.metadata).toEqual({
      title: 'Island ferry timetable set for summer',
      byline: 'Ilse Marwick',
      published: '2025-04-10',
      source: 'North Coast Ledger',
      url: 'https://www.northcoastledger.example/local/ferry-timetable',
      language: 'en-GB',
    });
    expect(draft.blocks.map(({ kind, text }) => [kind, text])).toEqual([
      ['heading', 'Island ferry timetable set for summer'],
      ['paragraph', 'The harbour trust has published the summer timetable for the Mossay ferry, with five return crossings a day and a late boat on Fridays.'],
      ['heading', 'What changes'],
      ['paragraph', 'First sailing moves to 7am'],
      ['paragraph', 'A Friday crossing leaves Calder Point at 9.30pm'],
      ['paragraph', 'Passengers asked for a later boat for years, and we finally found the crew for it.'],
      ['paragraph', 'Fares stay as they are until the end of September. Bookings open next week.'],
    ]);
  });

  it.each([
    ['headline from the first heading, byline from a "By" line', '# Kiln fire\n\nBy Ora Pell\n\nSmoke rose.', 'Kiln fire', 'Ora Pell'],
    ['no heading: the first paragraph is the headline', 'Smoke rose over the kiln.\n\nCrews came.', 'Smoke rose over the kiln.', undefined],
    ['an empty file keeps the file name as its title', '', 'fallback', undefined],
  ])('%s', (_case, markdown, title, byline) => {
    const { metadata } = parseMarkdown(markdown, 'fallback');
    expect(metadata.title).toBe(title);
    expect(metadata.byline).toBe(byline);
  });

  it.each([
    ['emphasis, links and code marks', 'A *very* __bold__ [link](https://x.example) and `code`.', 'A very bold link and code.'],
    ['raw HTML, inline or as a block', 'Safe <script>alert(1)</script> text\n\n<div onclick="x()">block</div>', 'Safe alert(1) text'],
    ['an image leaves its description', 'See ![the old mill](mill.jpg) here.', 'See the old mill here.'],
  ])('drops %s', (_case, markdown, text) => {
    expect(parseMarkdown(`# T\n\n${markdown}`, 'f').blocks.slice(1)).toEqual([{ kind: 'paragraph', text }]);
  });
});
