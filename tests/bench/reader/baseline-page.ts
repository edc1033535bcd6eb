/**
 * The comparison page, bundled by esbuild and served to the same Chromium:
 * the floor (the text as plain paragraphs, nothing else) and
 * @recogito/text-annotator opening the same text with the same spans.
 * Each returns milliseconds from start until the frame after painting.
 */
import { createTextAnnotator } from '@recogito/text-annotator';

export interface BaselineSpan {
  id: string;
  start: number;
  end: number;
  quote: string;
}

const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

function layOut(paragraphs: readonly string[]): HTMLElement {
  const container = document.getElementById('text') as HTMLElement;
  const fragment = document.createDocumentFragment();
  for (const text of paragraphs) {
    const p = document.createElement('p');
    p.textContent = text;
    fragment.append(p);
  }
  container.replaceChildren(fragment);
  void container.offsetHeight; // lay it out now, inside the timing
  return container;
}

async function floor(paragraphs: readonly string[]): Promise<number> {
  const t0 = performance.now();
  layOut(paragraphs);
  await afterPaint();
  return performance.now() - t0;
}

async function recogito(paragraphs: readonly string[], spans: readonly BaselineSpan[]): Promise<number> {
  const t0 = performance.now();
  const container = layOut(paragraphs);
  const annotator = createTextAnnotator(container);
  // Recogito's typings want a live Range per selector, but it revives one from
  // start/end itself (as when loading stored annotations): that work is what we time.
  const setAnnotations = annotator.setAnnotations.bind(annotator) as (annotations: object[]) => void;
  setAnnotations(
    spans.map((span) => ({
      id: span.id,
      bodies: [],
      target: { annotation: span.id, selector: [{ quote: span.quote, start: span.start, end: span.end }] },
    })),
  );
  await afterPaint();
  await afterPaint();
  return performance.now() - t0;
}

Object.assign(window, { benchFloor: floor, benchRecogito: recogito });
