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

const frame = () => new Promise<number>((done) => requestAnimationFrame(done));
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

/**
 * The ids of the spans with a box in the window once the text is laid out
 * (Recogito draws exactly those), found with our own ranges on a page of its
 * own, so none of this work is in Recogito's time.
 */
function spansInView(paragraphs: readonly string[], spans: readonly BaselineSpan[]): string[] {
  const nodes = [...layOut(paragraphs).children].map((p) => p.firstChild as Text);
  const starts: number[] = [];
  nodes.reduce((at, node, i) => ((starts[i] = at), at + node.length), 0);
  const position = (offset: number): [Text, number] => {
    const i = Math.max(0, starts.findLastIndex((start) => start <= offset));
    const node = nodes[i] as Text;
    return [node, Math.min(offset - (starts[i] as number), node.length)];
  };
  return spans
    .filter((span) => {
      const range = document.createRange();
      range.setStart(...position(span.start));
      range.setEnd(...position(span.end));
      return [...range.getClientRects()].some((r) => r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight);
    })
    .map((span) => span.id);
}

/**
 * Recogito's `setAnnotations` returns before anything is painted: it stores
 * the annotations as given (its `syncAnnotations` does not revive start/end
 * into ranges), and the first ResizeObserver report on the container then
 * triggers, 10 ms later, `recalculatePositions`, which revives every selector
 * by walking the text nodes from the start and measures every range; its
 * renderer then draws the ones in the window as spans in its highlight layer
 * after another 10 ms debounce and an animation frame. Waiting a fixed two
 * frames after `setAnnotations` therefore sometimes timed the layout alone,
 * with no highlight ever shown. So, like Gloss's "everything in view is
 * painted", the clock stops at the frame after the layer holds a highlight for
 * every span in view (`inView`, from `spansInView`).
 */
async function recogito(paragraphs: readonly string[], spans: readonly BaselineSpan[], inView: readonly string[]): Promise<number> {
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
  const drawn = () => new Set([...container.querySelectorAll<HTMLElement>('.r6o-annotation')].map((s) => s.dataset['annotation']));
  for (let painted = drawn(); !inView.every((id) => painted.has(id)); painted = drawn()) {
    if (performance.now() - t0 > 60_000) throw new Error(`Recogito never drew ${inView.filter((id) => !painted.has(id)).join(', ')}`);
    await frame();
  }
  await afterPaint();
  return performance.now() - t0;
}

Object.assign(window, { benchFloor: floor, benchRecogito: recogito, benchSpansInView: spansInView });
