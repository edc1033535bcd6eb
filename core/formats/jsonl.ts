import type { ExchangeFormat, ExportSource, OutputPiece } from './bundle';

/**
 * One JSON object per line and per annotation, for scripts and notebooks:
 * where it is (document, code-point offsets), what it says, and the context
 * on either side. Export only: it does not carry the texts.
 */
async function* serialize(source: ExportSource): AsyncIterable<OutputPiece> {
  for await (const document of source.documents()) {
    const lines = document.annotations.map((annotation) => {
      const first = annotation.fragments[0];
      const last = annotation.fragments.at(-1);
      return JSON.stringify({
        document: document.id,
        id: annotation.id,
        type: annotation.type,
        set: annotation.set,
        text: annotation.fragments.map((f) => f.exact).join(' … '),
        start: first?.start,
        end: last?.end,
        fragments: annotation.fragments.map(({ start, end, exact }) => ({ start, end, exact })),
        fields: annotation.fields,
        ...(annotation.note !== undefined ? { note: annotation.note } : {}),
        context: { before: first?.prefix ?? '', after: last?.suffix ?? '' },
      });
    });
    if (lines.length > 0) yield { path: '', data: `${lines.join('\n')}\n` };
  }
}

export const jsonlFormat: ExchangeFormat = { name: 'jsonl', output: 'file', serialize };
