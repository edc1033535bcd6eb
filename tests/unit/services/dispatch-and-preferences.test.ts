import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../core/result';
import { dispatch } from '../../../main/services/api/dispatch';
import type { ApiHandlers } from '../../../main/services/api/handlers';
import { Preferences } from '../../../main/services/preferences/preferences';

describe('dispatch', () => {
  const handlers = {
    getSession: vi.fn(async () => ok({ fine: true })),
    loadDocument: vi.fn(async () => {
      throw new Error('disk on fire');
    }),
  } as unknown as ApiHandlers;

  it.each([
    ['an unknown call', 'deleteEverything', {}, /unknown call "deleteEverything"/],
    ['an inherited property name', 'toString', {}, /unknown call/],
    ['a request of the wrong shape', 'loadDocument', { documentId: '../../etc/passwd' }, /documentId/],
    ['a missing request', 'loadDocument', undefined, /loadDocument/],
  ])('refuses %s with a message', async (_case, channel, payload, message) => {
    const result = await dispatch(handlers, channel, payload);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('invalid-request');
    expect(!result.ok && result.error.message).toMatch(message);
  });

  it('turns a thrown error into a failed result', async () => {
    const result = await dispatch(handlers, 'loadDocument', { documentId: 'doc-1' });
    expect(result).toEqual({ ok: false, error: { code: 'failed', message: 'disk on fire' } });
  });

  it('passes a valid request through', async () => {
    expect(await dispatch(handlers, 'getSession', {})).toEqual({ ok: true, value: { fine: true } });
  });
});

describe('Preferences', () => {
  it('remembers recent workspaces most recent first, without duplicates, ten at most', () => {
    const preferences = new Preferences({ store: {} });
    for (let i = 0; i < 12; i++) preferences.rememberWorkspace(`/ws/${i}`);
    preferences.rememberWorkspace('/ws/5');
    const recent = preferences.read().recentWorkspaces;
    expect(recent[0]).toBe('/ws/5');
    expect(recent).toHaveLength(10);
    expect(new Set(recent).size).toBe(10);
    expect(preferences.lastWorkspace()).toBe('/ws/5');
  });

  it('remembers the last document per workspace', () => {
    const preferences = new Preferences({ store: {} });
    preferences.rememberDocument('/a', 'doc-1');
    preferences.rememberDocument('/b', 'doc-2');
    expect(preferences.lastDocument('/a')).toBe('doc-1');
    expect(preferences.lastDocument('/b')).toBe('doc-2');
  });

  it('falls back to defaults when the stored preferences are damaged', () => {
    const preferences = new Preferences({ store: { recentWorkspaces: 'not a list' } });
    expect(preferences.read().recentWorkspaces).toEqual([]);
    preferences.rememberWorkspace('/fresh');
    expect(preferences.lastWorkspace()).toBe('/fresh');
  });
});

describe('the analyst’s name', () => {
  it('names the set new annotations go into, "default" until given and after it is cleared', () => {
    const preferences = new Preferences({ store: {} });
    expect(preferences.annotationSet()).toBe('default');
    preferences.rememberAnalystName('Alice');
    expect(preferences.annotationSet()).toBe('Alice');
    expect(new Preferences({ store: preferences.read() }).analystName()).toBe('Alice');
    preferences.rememberAnalystName('');
    expect(preferences.analystName()).toBeNull();
    expect(preferences.annotationSet()).toBe('default');
  });
});

describe('reading positions', () => {
  it('remembers where each document was left, per workspace, dropping the oldest past the limit', () => {
    const preferences = new Preferences({ store: {} });
    preferences.rememberReadingPosition('/a', 'doc-1', 120);
    preferences.rememberReadingPosition('/b', 'doc-1', 7);
    preferences.rememberReadingPosition('/a', 'doc-1', 480);
    expect(preferences.readingPosition('/a', 'doc-1')).toBe(480);
    expect(preferences.readingPosition('/b', 'doc-1')).toBe(7);
    expect(preferences.readingPosition('/a', 'doc-2')).toBeNull();
    for (let i = 0; i < 600; i++) preferences.rememberReadingPosition('/a', `many-${i}`, i);
    expect(Object.keys(preferences.read().readingPositions['/a'] ?? {})).toHaveLength(500);
    expect(preferences.readingPosition('/a', 'doc-1')).toBeNull();
    expect(preferences.readingPosition('/a', 'many-599')).toBe(599);
  });
});

describe('hidden sets', () => {
  it('remembers the sets hidden in each workspace apart', () => {
    const preferences = new Preferences({ store: {} });
    preferences.rememberHiddenSets('/a', ['bob', 'imported']);
    preferences.rememberHiddenSets('/b', []);
    expect(new Preferences({ store: preferences.read() }).hiddenSets('/a')).toEqual(['bob', 'imported']);
    expect(preferences.hiddenSets('/b')).toEqual([]);
    expect(preferences.hiddenSets('/c')).toEqual([]);
  });
});

describe('saveChanges through dispatch', () => {
  const annotation = {
    id: 'a1',
    type: 'quote',
    set: 'default',
    fragments: [{ start: 0, end: 2, exact: 'ab', prefix: '', suffix: '' }],
    fields: { speaker: { ref: 'a2' } },
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  };
  const handlers = { saveChanges: vi.fn(async (request: unknown) => ok(request)) } as unknown as ApiHandlers;

  it('passes valid changes through unchanged', async () => {
    const request = { documentId: 'doc-1', upsert: [annotation, { ...annotation, id: 'a2', note: 'checked' }], remove: ['a3'] };
    expect(await dispatch(handlers, 'saveChanges', request)).toEqual({ ok: true, value: request });
  });

  it.each([
    ['an empty fragment', { documentId: 'doc-1', upsert: [{ ...annotation, fragments: [{ ...annotation.fragments[0], end: 0 }] }], remove: [] }, /upsert\.0\.fragments\.0: a fragment must not be empty/],
    ['an id that is a path', { documentId: 'doc-1', upsert: [{ ...annotation, id: '../x' }], remove: [] }, /upsert\.0\.id/],
    ['a removed id that is a path', { documentId: 'doc-1', upsert: [], remove: ['../x'] }, /remove\.0/],
    ['one id both upserted and removed', { documentId: 'doc-1', upsert: [annotation], remove: ['a1'] }, /annotation a1 is changed twice in one save/],
    ['one id upserted twice', { documentId: 'doc-1', upsert: [annotation, { ...annotation, note: 'later' }], remove: [] }, /annotation a1 is changed twice/],
    ['a key the request does not have', { documentId: 'doc-1', upsert: [], remove: [], annotations: [] }, /Unrecognized key: "annotations"/],
  ])('refuses %s, naming it', async (_case, request, message) => {
    const result = await dispatch(handlers, 'saveChanges', request);
    expect(!result.ok && result.error.message).toMatch(message);
  });
});
