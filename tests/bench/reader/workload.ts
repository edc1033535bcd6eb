import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFragment } from '../../../core/anchoring/fragment';
import type { StoredAnnotation } from '../../../core/model/annotation';
import type { Block } from '../../../core/model/document';
import { DEFAULT_LABEL_TYPES } from '../../../core/model/label-types';
import { CodePointIndex } from '../../../core/text/code-points';
import type { Harness } from '../../harness/server';

/** Made-up syllables, so the generated article repeats no real one. */
const SYLLABLES = 'ka lo mer tan vi su ren dal po fi ga nor es ul tri bem sar ko lin av'.split(' ');

/** A fixed-seed generator: the same workload every run, so figures compare between runs. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

function word(next: () => number): string {
  const length = 1 + Math.floor(next() * 3);
  return Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
}

/** A plain-text article of about `bytes` bytes: a headline, then paragraphs of 60–140 words. */
function articleText(title: string, bytes: number, seed: number): string {
  const next = random(seed);
  const paragraphs: string[] = [title];
  for (let size = title.length; size < bytes; ) {
    const words = Array.from({ length: 60 + Math.floor(next() * 80) }, () => word(next));
    const paragraph = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    paragraphs.push(paragraph);
    size += paragraph.length + 2;
  }
  return paragraphs.join('\n\n') + '\n';
}

interface SpanSpec {
  type: string;
  start: number;
  end: number;
}

/**
 * `count` spans over whole words inside paragraphs: about a third nested in an
 * earlier span, the rest placed at random, so they overlap as well.
 */
function spans(text: string, blocks: readonly Block[], count: number, seed: number): SpanSpec[] {
  const next = random(seed);
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const result: SpanSpec[] = [];
  const type = () => (DEFAULT_LABEL_TYPES[Math.floor(next() * DEFAULT_LABEL_TYPES.length)] as { id: string }).id;
  // A span is skipped when its paragraph or outer span has under two words; a text with too few words must not loop forever.
  const attempts = count * 20 + 100;
  for (let attempt = 0; result.length < count; attempt++) {
    if (attempt >= attempts) throw new Error(`placed only ${result.length} of ${count} spans in ${attempts} attempts`);
    const outer = result.length > 0 && next() < 0.35 ? result[Math.floor(next() * result.length)] : undefined;
    const block = paragraphs[Math.floor(next() * paragraphs.length)] as Block;
    const [from, to] = outer ? [outer.start, outer.end] : [block.start, block.end];
    const words = wordStarts(text, from, to);
    if (words.length < 2) continue;
    const first = Math.floor(next() * (words.length - 1));
    const last = Math.min(words.length - 1, first + 1 + Math.floor(next() * (outer ? words.length / 2 : 20)));
    const end = (words[last] as number) - 1;
    if (end > (words[first] as number)) result.push({ type: type(), start: words[first] as number, end });
  }
  return result;
}

/** Offsets (ASCII text, so code points) where words start in [from, to), plus `to + 1` as a sentinel end. */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts = [from];
  for (let i = from; i < to; i++) if (text[i] === ' ') starts.push(i + 1);
  starts.push(to + 1);
  return starts;
}

export interface Workload {
  documentId: string;
  title: string;
  text: string;
  blocks: readonly Block[];
  spans: SpanSpec[];
}

/** Imports a generated article into the harness's workspace and stores annotations for it. */
export async function addWorkload(
  harness: Harness,
  dir: string,
  options: { title: string; bytes: number; annotations: number; seed: number },
): Promise<Workload> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${options.seed}.txt`);
  await writeFile(file, articleText(options.title, options.bytes, options.seed));
  const imported = await harness.importFiles([file]);
  const documentId = imported.ok ? imported.value.outcomes[0]?.documentId : null;
  if (!documentId) throw new Error(`could not import the ${options.title} workload`);
  const loaded = await harness.handlers.loadDocument({ documentId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  const { text, blocks } = loaded.value.document;
  const chosen = spans(text, blocks, options.annotations, options.seed + 1);
  const index = new CodePointIndex(text);
  const now = new Date().toISOString();
  const annotations = chosen.map(
    (span): StoredAnnotation => ({
      id: crypto.randomUUID(),
      type: span.type,
      set: 'default',
      fragments: [describeFragment(index, span.start, span.end)],
      fields: {},
      created: now,
      modified: now,
    }),
  );
  const saved = await harness.handlers.saveChanges({ documentId, upsert: annotations, remove: [] });
  if (!saved.ok) throw new Error(saved.error.message);
  return { documentId, title: options.title, text, blocks, spans: chosen };
}
