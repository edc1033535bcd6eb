import { describe, expect, it } from 'vitest';
import { toExternalUrl } from '../../../main/services/links/external-url';

describe('toExternalUrl', () => {
  it.each([
    ['https://news.example/story?id=1', 'https://news.example/story?id=1'],
    ['http://news.example', 'http://news.example/'],
  ])('allows %s', (raw, expected) => {
    expect(toExternalUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'smb://share/x',
    'ms-settings:',
    'https://user:pass@news.example/',
    '//news.example/relative',
    'not a url',
    `https://news.example/${'a'.repeat(9000)}`,
  ])('refuses %s', (raw) => {
    expect(toExternalUrl(raw)).toBeNull();
  });
});
