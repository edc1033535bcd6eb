import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  DEV_CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
  withDevPolicy,
} from '../../../main/shell/content-security';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
const INDEX_HTML = resolve(import.meta.dirname, '../../../renderer/index.html');

describe('Content-Security-Policy', () => {
  it('lets the app page run only its own files and reach no network, no frame and no form target', () => {
    const policy = directives(CONTENT_SECURITY_POLICY);
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe|\*|https?:/);
  });

  it('is carried by the page itself too, in the meta tag of renderer/index.html', async () => {
    expect(await readFile(INDEX_HTML, 'utf8')).toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
  });

  it('is loosened for the dev server only by inline scripts and styles and its localhost WebSocket', async () => {
    const dev = withDevPolicy(await readFile(INDEX_HTML, 'utf8'));
    expect(dev).toContain(`content="${DEV_CONTENT_SECURITY_POLICY}"`);
    expect(dev).not.toContain(`content="${META_CONTENT_SECURITY_POLICY}"`);
    const loosened = directives(DEV_CONTENT_SECURITY_POLICY);
    expect(loosened.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(loosened.get('connect-src')).toEqual(["'self'", 'ws://localhost:*', 'ws://127.0.0.1:*']);
    expect(loosened.get('default-src')).toEqual(["'none'"]);
  });

  it('refuses a page that does not carry the app policy, rather than serving it without one', () => {
    expect(() => withDevPolicy('<html><head></head></html>')).toThrow(/does not carry/);
  });
});
