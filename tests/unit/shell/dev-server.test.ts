import { describe, expect, it } from 'vitest';
import { devServerUrl } from '../../../main/shell/dev-server';

describe('devServerUrl (ELECTRON_RENDERER_URL)', () => {
  it.each(['http://localhost:5173/', 'http://127.0.0.1:5173/', 'http://[::1]:5173/'])('is honoured in a development build on this machine: %s', (url) => {
    expect(devServerUrl(url, false)).toBe(url);
  });

  it.each([
    ['a packaged build', 'http://localhost:5173/', true],
    ['another host', 'http://evil.example:5173/', false],
    ['a host that only starts like localhost', 'http://localhost.evil.example/', false],
    ['another scheme', 'file:///tmp/page.html', false],
    ['no URL at all', 'not a url', false],
  ])('is ignored for %s', (_case, url, packaged) => {
    expect(devServerUrl(url, packaged)).toBeUndefined();
  });
});
