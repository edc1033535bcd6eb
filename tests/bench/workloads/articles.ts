import { describeFragment } from '../../../core/anchoring/fragment';
import type { FieldValue, StoredAnnotation } from '../../../core/model/annotation';
import { CodePointIndex } from '../../../core/text/code-points';
import { random } from '../reader/workload';

/** Made-up vocabulary for generated articles: never text from real articles. */
const WORDS = (
  'council ministry harbour ferry delegation border treaty summit talks village statement report ' +
  'spokesman officials agreement dispute ridge convoy parliament vote opposition mission envoy ' +
  'monday tuesday friday said told reporters denied claimed warned announced according to the a of ' +
  'and in on for with after before during its their would could has have was were will'
).split(/\s+/);

/** A plain-text article of about `bytes` bytes: a headline and paragraphs with “quotes”. */
export function generateArticle(seed: number, bytes: number): string {
  const next = random(seed);
  const word = () => WORDS[Math.floor(next() * WORDS.length)] as string;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(next() * 14) }, word);
    const text = words.join(' ');
    return next() < 0.25 ? `“${text[0]?.toUpperCase()}${text.slice(1)},” an official said.` : `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const lines = [`Generated report ${seed} on ${word()} ${word()}`];
  for (let size = lines[0]?.length ?? 0; size < bytes; ) {
    const paragraph = Array.from({ length: 3 + Math.floor(next() * 4) }, sentence).join(' ');
    lines.push(paragraph);
    size += paragraph.length + 2;
  }
  return lines.join('\n\n');
}

const TYPES = ['quote', 'event', 'claim', 'actor', 'source', 'location'];

/** One annotation in ten is in two fragments (a quote broken by "he said"), as discontinuous spans are in an analyst's work. */
const TWO_FRAGMENTS_EVERY = 10;

/** `count` annotations over a text, some overlapping and nested, some in two fragments, as an analyst's would be. */
export function generateAnnotations(text: string, count: number, seed: number): StoredAnnotation[] {
  const index = new CodePointIndex(text);
  const next = random(seed);
  const length = index.codePointLength;
  return Array.from({ length: count }, (_, i) => {
    const fields: Record<string, FieldValue> = i % 3 === 0 ? { kind: 'direct' } : {};
    const start = Math.floor(next() * (length - 200));
    const end = start + 5 + Math.floor(next() * 120);
    // Starts at most 200 before the end, so a second fragment after the first (the two end at most 186 after it) still ends inside the text.
    const second = i % TWO_FRAGMENTS_EVERY === TWO_FRAGMENTS_EVERY - 1 ? end + 1 + Math.floor(next() * 20) : null;
    return {
      id: `gen-${seed}-${i}`,
      type: TYPES[i % TYPES.length] as string,
      set: 'default',
      fragments: [describeFragment(index, start, end), ...(second !== null ? [describeFragment(index, second, second + 3 + Math.floor(next() * 40))] : [])],
      fields,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
    };
  });
}
