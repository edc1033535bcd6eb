import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlImporter, parseHtmlArticle } from '../../../main/services/import/html-article';
import { fixtureBytes } from './fixtures';

const PAGES = [
  {
    file: 'harbour-ferry.html',
    metadata: {
      title: 'Harbour ferry returns after winter refit',
      byline: 'Ilse Marwick',
      published: '2025-04-03T06:45:00+01:00',
      source: 'North Coast Ledger',
      language: 'en-GB',
      url: 'https://www.northcoastledger.example/local/harbour-ferry-returns',
    },
    blocks: [
      ['heading', 'Harbour ferry returns after winter refit'],
      ['paragraph', 'The blue-hulled ferry that links Calder Point'],
      ['paragraph', 'Skipper Rowan Teague said'],
      ['heading', 'Delays at the slipway'],
      ['paragraph', 'The harbour trust had promised'],
      ['paragraph', 'Islanders relied on a chartered fishing boat'],
      ['paragraph', 'We learned how much we lean on one small boat'],
      ['paragraph', 'The trust says a second, smaller vessel'],
      ['paragraph', 'Summer timetable: five return crossings'],
      ['paragraph', 'Fares unchanged until the end of September'],
    ],
    furniture: ['crumbs', 'Accept all', 'Tide tables', 'Advertisement', 'crossword', 'Share on social', 'Most read', 'Gull steals', 'seadog77', 'brilliant all winter', 'morning briefing', 'All rights reserved', 'globalThis', 'document.write'],
  },
  {
    file: 'council-vote.htm',
    metadata: {
      title: 'Stadtrat stimmt für neue Radwege',
      byline: 'Jonas Brettschneider',
      published: '2025-05-19',
      source: 'Tagesbote Rheintal',
      language: 'de',
      url: 'https://tagesbote-rheintal.example/stadt/radwege-beschluss.html',
    },
    blocks: [
      ['heading', 'Stadtrat stimmt für neue Radwege'],
      ['paragraph', 'Von Jonas Brettschneider'],
      ['paragraph', 'Nach einer langen Sitzung hat der Stadtrat am Montagabend beschlossen, entlang der Uferstraße'],
      ['paragraph', 'Gegner des Plans hatten vor dem Wegfall von Parkplätzen gewarnt.'],
      ['paragraph', 'Die Bauarbeiten sollen im Herbst beginnen'],
      ['paragraph', 'Der Fahrradclub der Stadt begrüßte den Beschluss'],
    ],
    furniture: ['Startseite', 'Cookies', 'Anzeige', 'Küchen', 'Kommentare', 'Endlich', 'Impressum', 'fetch'],
  },
] as const;

describe('HTML importer on saved news pages', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each(PAGES)('$file: reads headline, byline, date, site, language and canonical URL', async (page) => {
    const draft = await htmlImporter.parse(await fixtureBytes(page.file), 'fallback');
    expect(draft.metadata).toEqual(page.metadata);
  });

  it.each(PAGES)('$file: keeps the paragraph structure of the article', async (page) => {
    const draft = await htmlImporter.parse(await fixtureBytes(page.file), 'fallback');
    expect(draft.blocks.map((block) => block.kind)).toEqual(page.blocks.map(([kind]) => kind));
    draft.blocks.forEach((block, i) => expect(block.text.startsWith(page.blocks[i]![1])).toBe(true));
  });

  it.each(PAGES)('$file: lets no navigation, ad, banner, comment or script text into the article', async (page) => {
    const draft = await htmlImporter.parse(await fixtureBytes(page.file), 'fallback');
    const text = draft.blocks.map((block) => block.text).join('\n');
    for (const words of page.furniture) expect(text).not.toContain(words);
  });

  it('runs no script or event handler and opens no connection while importing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const connectSpy = vi.spyOn(net.Socket.prototype, 'connect');
    for (const page of PAGES) await htmlImporter.parse(await fixtureBytes(page.file), 'fallback');
    const ran = ['__glossInlineScriptRan', '__glossOnloadRan', '__glossClickRan', '__glossImageHandlerRan', '__glossListenerRan', '__glossTrap'];
    for (const name of ran) expect(name in globalThis, name).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connectSpy).not.toHaveBeenCalled();
  });

  it.each([
    ['a page title ending in the site name loses it', '<title>Dam opens | Valley Post</title><meta property="og:site_name" content="Valley Post">', 'Dam opens'],
    ['no title falls back to the file name', '', 'fallback'],
  ])('%s', (_case, head, title) => {
    const body = '<p>' + 'The dam opened at noon and the valley watched the water rise slowly. '.repeat(12) + '</p>';
    expect(parseHtmlArticle(`<html><head>${head}</head><body><article>${body}</article></body></html>`, 'fallback').metadata.title).toBe(title);
  });

  const utf8 = (html: string) => new TextEncoder().encode(html);
  it.each([
    ['a page in an unknown character set', utf8('<meta charset="x-klingon"><p>Qapla</p>'), /character set Gloss does not know \(“x-klingon”\)/],
    ['bytes that are not UTF-8 with no charset declared', new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe]), /not UTF-8/],
    ['a page with no article in it', utf8('<html><body></body></html>'), /no article text found/],
  ])('refuses %s with a reason', async (_case, bytes, reason) => {
    await expect(htmlImporter.parse(bytes, 'page')).rejects.toThrow(reason);
  });
});
