import { describe, expect, it } from 'vitest';
import { applyDocumentEdit, type DocumentEdit } from '../../../core/article/document-edits';
import type { DocumentFile } from '../../../core/model/document';
import { layoutBlocks } from '../../../core/text/blocks';
import { CodePointIndex } from '../../../core/text/code-points';

/** A pasted page as the cleaner left it: three paragraphs in the text, a menu and a share line taken out. */
function pastedDocument(): DocumentFile {
  const { text, blocks } = layoutBlocks([
    { kind: 'paragraph', text: 'Ferry unions accepted the offer 🚢 on Tuesday.' },
    { kind: 'paragraph', text: 'Share on Facebook' },
    { kind: 'paragraph', text: 'Sailings resume on Monday, the operator said.' },
  ]);
  return {
    format: 'gloss.document',
    version: 1,
    id: 'ferry',
    metadata: { title: 'Ferry unions accepted the offer', titleDerived: true, published: '27 Oct 2022', source: 'Harbour Times' },
    provenance: { importer: 'plain-text', importedAt: '2026-01-01T00:00:00.000Z' },
    textSha256: 'a'.repeat(64),
    text,
    blocks,
    removed: [
      { text: 'Home | World | Sport', reason: 'navigation', at: 0 },
      { text: 'Ferry strike ends', reason: 'before-headline', at: 0 },
      { text: 'Subscribe to our newsletter', reason: 'prompt', at: 3 },
    ],
  };
}

function paragraphs(document: DocumentFile): string[] {
  const index = new CodePointIndex(document.text);
  return document.blocks.map((block) => index.slice(block.start, block.end));
}

function edited(edit: DocumentEdit, annotated = false): DocumentFile {
  const result = applyDocumentEdit(pastedDocument(), edit, annotated);
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('editing a document', () => {
  it('changes the metadata the analyst gives, clears what is given empty, and never the text', () => {
    const document = edited({ kind: 'metadata', metadata: { title: 'Ferry strike ends', publishedDate: '2022-10-27', byline: 'Ana Sousa', source: '' } });
    expect(document.metadata).toEqual({ title: 'Ferry strike ends', published: '2022-10-27', publishedDate: '2022-10-27', byline: 'Ana Sousa' });
    expect(document.text).toBe(pastedDocument().text);
    expect(Object.keys(document.metadata)).not.toContain('source');
  });

  it('keeps the derived-title mark when the title is not changed, and drops it when it is', () => {
    expect(edited({ kind: 'metadata', metadata: { byline: 'A. Sousa' } }).metadata.titleDerived).toBe(true);
    expect(edited({ kind: 'metadata', metadata: { title: 'Ferry strike ends' } }).metadata.titleDerived).toBeUndefined();
  });

  it('makes a removed line or a paragraph the headline, in one line', () => {
    expect(edited({ kind: 'headline', from: 'removed', index: 1 }).metadata.title).toBe('Ferry strike ends');
    expect(edited({ kind: 'headline', from: 'block', index: 2 }).metadata.title).toBe('Sailings resume on Monday, the operator said.');
  });

  it.each([
    // [removed line brought back, paragraphs after, removed lines left with where they go back]
    [0, ['Home | World | Sport', 'Ferry unions accepted the offer 🚢 on Tuesday.', 'Share on Facebook', 'Sailings resume on Monday, the operator said.'], [['Ferry strike ends', 1], ['Subscribe to our newsletter', 4]]],
    [1, ['Ferry strike ends', 'Ferry unions accepted the offer 🚢 on Tuesday.', 'Share on Facebook', 'Sailings resume on Monday, the operator said.'], [['Home | World | Sport', 0], ['Subscribe to our newsletter', 4]]],
    [2, ['Ferry unions accepted the offer 🚢 on Tuesday.', 'Share on Facebook', 'Sailings resume on Monday, the operator said.', 'Subscribe to our newsletter'], [['Home | World | Sport', 0], ['Ferry strike ends', 0]]],
  ] as const)('brings back removed line %i where it was on the page', (index, text, removed) => {
    const document = edited({ kind: 'restore-line', index });
    expect(paragraphs(document)).toEqual(text);
    expect(document.removed?.map((line) => [line.text, line.at])).toEqual(removed);
  });

  it('takes a paragraph out as furniture, kept in page order so it can come back', () => {
    const document = edited({ kind: 'remove-block', index: 1 });
    expect(paragraphs(document)).toEqual(['Ferry unions accepted the offer 🚢 on Tuesday.', 'Sailings resume on Monday, the operator said.']);
    expect(document.removed?.map((line) => [line.text, line.reason, line.at])).toEqual([
      ['Home | World | Sport', 'navigation', 0],
      ['Ferry strike ends', 'before-headline', 0],
      ['Share on Facebook', 'analyst', 1],
      ['Subscribe to our newsletter', 'prompt', 2],
    ]);
    const back = applyDocumentEdit(document, { kind: 'restore-line', index: 2 }, false);
    expect(back.ok && back.value.text).toBe(pastedDocument().text);
  });

  it('refuses to change the text once the document has annotations, and says why', () => {
    for (const edit of [{ kind: 'restore-line', index: 0 }, { kind: 'remove-block', index: 1 }] as const) {
      const result = applyDocumentEdit(pastedDocument(), edit, true);
      expect(result.ok ? '' : result.error).toMatch(/text is fixed once the document has annotations/);
    }
    expect(applyDocumentEdit(pastedDocument(), { kind: 'headline', from: 'block', index: 0 }, true).ok).toBe(true);
  });

  it('refuses lines and paragraphs that are not there, and the only paragraph', () => {
    const missing = applyDocumentEdit(pastedDocument(), { kind: 'restore-line', index: 9 }, false);
    expect(missing.ok ? '' : missing.error).toMatch(/no removed line 10/);
    const once = edited({ kind: 'remove-block', index: 0 });
    const twice = applyDocumentEdit(once, { kind: 'remove-block', index: 0 }, false);
    const last = twice.ok ? applyDocumentEdit(twice.value, { kind: 'remove-block', index: 0 }, false) : twice;
    expect(last.ok ? '' : last.error).toMatch(/only paragraph/);
  });
});
