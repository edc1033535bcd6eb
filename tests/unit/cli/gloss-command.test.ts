import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../../main/cli/commands/index';
import { EXIT, EXIT_CODES_HELP } from '../../../main/cli/exit-codes';

const ROOT = resolve(__dirname, '../../..');
/** Each run starts npm, then tsx: seconds on a loaded machine, never a minute. */
const RUN_MS = 60_000;

/**
 * `npx gloss …` as a user types it in the project, through the package's
 * `bin` entry. `--offline` keeps npx from ever looking for another package
 * of that name in a registry.
 */
async function npxGloss(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)('npx', ['--offline', 'gloss', ...args], { cwd: ROOT, timeout: RUN_MS, env: { ...process.env, CI: 'true' } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, out: failed.stdout ?? '', err: failed.stderr ?? '' };
  }
}

describe('the gloss command (npx gloss)', () => {
  it('--help lists every command with one line each, and the exit codes', { timeout: RUN_MS }, async () => {
    const { code, out } = await npxGloss('--help');
    expect(code).toBe(0);
    // Every command there is, each on one line with its summary: a command added later is checked too.
    expect(COMMANDS.length).toBeGreaterThanOrEqual(11);
    const lines = out.split('\n');
    for (const { name, summary } of COMMANDS) {
      const line = lines.find((candidate) => candidate.startsWith(`  ${name} [options] <dir>`));
      expect({ name, listedWithSummary: line?.endsWith(`  ${summary}`) }).toEqual({ name, listedWithSummary: true });
    }
    expect(out).toMatch(/Exit codes:\n {2}0 {2}done[\s\S]* {2}1 {2}partly done[\s\S]* {2}2 {2}refused[\s\S]* {2}3 {2}busy[\s\S]* {2}4 {2}failed/);
  });

  it('the README documents every exit code that --help lists, with the same meaning', () => {
    const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
    const codes = EXIT_CODES_HELP.split('\n').slice(1).map((line) => line.match(/^ {2}(\d) {2}(\w[\w ]*):/)?.slice(1, 3));
    expect(codes.map((code) => code?.[0])).toEqual(Object.values(EXIT).map(String));
    for (const [code, meaning] of codes as [string, string][]) expect(readme).toContain(`| ${code} | ${meaning}: `);
  });

  it('import --help shows its arguments, options and an example', { timeout: RUN_MS }, async () => {
    const { code, out } = await npxGloss('import', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^Usage: gloss import \[options\] <dir> \[files\.\.\.\]/);
    expect(out).toMatch(/Arguments:\n {2}dir +the workspace folder\n {2}files +articles \(\.txt[\s\S]*files, folders/);
    expect(out).toMatch(/--from-file <list>/);
    expect(out).toMatch(/--wait \[seconds\]/);
    expect(out).toMatch(/--json +print one JSON document/);
    expect(out).toMatch(/Examples:\n {2}gloss import /);
  });

  it('--version prints the version of the package it belongs to, and exits 0', { timeout: RUN_MS }, async () => {
    const { version } = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await npxGloss('--version')).toEqual({ code: 0, out: `${version}\n`, err: '' });
  });

  it('a mistyped command exits 2 and says what was meant', { timeout: RUN_MS }, async () => {
    const { code, out, err } = await npxGloss('improt', 'desk', 'a.txt');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/unknown command 'improt'\n\(Did you mean import\?\)/);
  });
});
