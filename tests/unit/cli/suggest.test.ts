import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUGGESTIONS_SET } from '../../../core/model/suggestions';
import { suggestionKey } from '../../../core/suggest/to-annotations';
import { Workspace } from '../../../main/services/workspace/workspace';
import { annotationOn, gloss, workspaceWithArticle } from '../services/workspace-helpers';

const ARTICLE = await readFile(new URL('../../fixtures/suggest/desk/ferry-strike.txt', import.meta.url), 'utf8');

async function reopened(dir: string) {
  const opened = await Workspace.open(dir);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
}

async function suggestionsIn(dir: string, documentId: string) {
  const { annotations } = await (await reopened(dir)).readStoredAnnotations(documentId);
  return annotations.filter((annotation) => annotation.set === SUGGESTIONS_SET);
}

interface Line {
  type: string;
  text: string;
  set: string;
  fields: Record<string, { text?: string; date?: string } | string>;
}

async function exported(dir: string, folder: string, ...options: string[]): Promise<Line[]> {
  const out = join(folder, `export-${options.join('-') || 'all'}.jsonl`);
  const { code } = await gloss('export', dir, '--format', 'jsonl', '--out', out, ...options);
  expect(code).toBe(0);
  return (await readFile(out, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as Line);
}

describe('gloss suggest', () => {
  it('writes the suggestions set with speakers as entities, which the document list does not count and an export leaves out unless asked for', async () => {
    const { workspace, documentId, folder } = await workspaceWithArticle(ARTICLE);
    const { code, output } = await gloss('suggest', workspace.dir);
    expect(code).toBe(0);
    expect(output).toMatch(/Suggested \d+ annotations in 1 documents/);

    const suggestions = await suggestionsIn(workspace.dir, documentId);
    const { entities } = await (await reopened(workspace.dir)).entities.list();
    const quote = suggestions.find((s) => s.fragments[0]?.exact === 'Nobody wins when the islands are cut off');
    expect(quote?.fields['cue']).toBe('said');
    expect(entities.find((e) => quote?.fields['speaker'] && 'entity' in Object(quote.fields['speaker']) && e.id === (quote.fields['speaker'] as { entity: string }).entity)?.name).toBe('Ida Falk');

    const { documents } = await (await reopened(workspace.dir)).summaries();
    expect(documents[0]?.annotationCounts).toEqual({});
    expect(await exported(workspace.dir, folder)).toEqual([]);

    const lines = await exported(workspace.dir, folder, '--set', SUGGESTIONS_SET);
    const speakers = lines.filter((line) => line.type === 'quote').map((line) => (line.fields['speaker'] as { text?: string } | undefined)?.text);
    expect(speakers).toContain('Eskil Brandt');
    expect(lines.find((line) => line.type === 'event' && line.text.includes('on Monday'))?.fields['date']).toMatchObject({ date: '2024-03-18' });
    expect(lines.find((line) => line.type === 'claim')?.fields['claimant']).toMatchObject({ text: 'Norsund Lines' });
  });

  it('running it again adds nothing, and a rejected suggestion does not come back even with --replace', async () => {
    const { workspace, documentId } = await workspaceWithArticle(ARTICLE);
    await gloss('suggest', workspace.dir);
    const first = await suggestionsIn(workspace.dir, documentId);
    await gloss('suggest', workspace.dir);
    expect((await suggestionsIn(workspace.dir, documentId)).length).toBe(first.length);

    const rejected = first.find((s) => s.fragments[0]?.exact === 'Our door was open until the last minute');
    expect(rejected).toBeDefined();
    const store = await reopened(workspace.dir);
    expect(await store.rejections.add(documentId, [suggestionKey(rejected!)])).toBeNull();
    const saved = JSON.parse(await readFile(join(workspace.dir, 'rejected-suggestions.json'), 'utf8')) as { format: string; version: number };
    expect(saved).toMatchObject({ format: 'gloss.rejected-suggestions', version: 1 });

    await gloss('suggest', workspace.dir, '--replace');
    const again = await suggestionsIn(workspace.dir, documentId);
    expect(again.map((s) => s.fragments[0]?.exact)).not.toContain('Our door was open until the last minute');
    expect(again.length).toBe(first.length - 1);
  });

  it('--replace keeps the analyst\'s own annotations, and does not suggest what the analyst already tagged', async () => {
    const { workspace, documentId, text } = await workspaceWithArticle(ARTICLE);
    const mine = { ...annotationOn(text, 'Nobody wins when the islands are cut off'), set: 'default' };
    const saved = await workspace.saveAnnotations(documentId, [mine]);
    expect(saved.ok).toBe(true);
    await workspace.flush();
    await gloss('suggest', workspace.dir, '--replace');
    const { annotations } = await (await reopened(workspace.dir)).readStoredAnnotations(documentId);
    expect(annotations.filter((a) => a.set === 'default')).toHaveLength(1);
    expect(annotations.filter((a) => a.set === SUGGESTIONS_SET).map((a) => a.fragments[0]?.exact)).not.toContain('Nobody wins when the islands are cut off');
  });

  it('refuses a document id the workspace does not have, naming it', async () => {
    const { workspace } = await workspaceWithArticle(ARTICLE);
    const { code, output } = await gloss('suggest', workspace.dir, '--docs', 'no-such-doc');
    expect(code).not.toBe(0);
    expect(output).toContain('no-such-doc');
  });
});
