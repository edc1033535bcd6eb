import { describe, expect, it } from 'vitest';
import { htmlImporter } from '../../../main/services/import/html-article';
import { markdownImporter } from '../../../main/services/import/markdown';
import { plainTextImporter } from '../../../main/services/import/plain-text';

const ARTICLE = 'Tide mill reopens\n\nThe old tide mill on the estuary ground flour again on Sunday.\n';

/** UTF-16 with its byte-order mark, as Windows' Notepad saves "Unicode". */
function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, endian === 'le');
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), endian === 'le');
  return bytes;
}

describe('text encodings', () => {
  it.each(['le', 'be'] as const)('reads UTF-16 %s with a byte-order mark in .txt, .md and .html alike', async (endian) => {
    const text = await plainTextImporter.parse(utf16(ARTICLE, endian), 'tide');
    const markdown = await markdownImporter.parse(utf16(ARTICLE, endian), 'tide');
    const page = await htmlImporter.parse(utf16(`<html><head><title>Tide mill reopens</title></head><body><article><h1>Tide mill reopens</h1><p>${ARTICLE.split('\n')[2]}</p></article></body></html>`, endian), 'tide');
    for (const draft of [text, markdown, page]) {
      expect(draft.metadata.title).toBe('Tide mill reopens');
      expect(draft.blocks.map((block) => block.text)).toContain('The old tide mill on the estuary ground flour again on Sunday.');
    }
  });

  it.each(['utf-16', 'UTF-16LE', 'utf-16be'])('reads a page declaring charset=%s in plain ASCII bytes as UTF-8, as browsers do', async (charset) => {
    const html = `<html><head><meta charset="${charset}"><title>Tide mill reopens</title></head><body><article><h1>Tide mill reopens</h1><p>The old tide mill on the estuary ground flour again on Sunday, its wheel turning for the first time in years.</p></article></body></html>`;
    const draft = await htmlImporter.parse(new TextEncoder().encode(html), 'tide');
    expect(draft.metadata.title).toBe('Tide mill reopens');
    expect(draft.blocks.map((block) => block.text).join('\n')).toContain('its wheel turning for the first time in years');
  });
});
