import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Arch, type AfterPackContext } from 'electron-builder';
import { parse } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { installedElectron, MISSING_ELECTRON } from '../../../main/packaging/electron-binary';
import { GLOSS_FUSES } from '../../../main/packaging/fuses';
import { flipFusesAfterPack, INSTALLER_CONFIG } from '../../../main/packaging/installer-config';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

interface Workflow {
  on: { push: { tags: string[] } };
  jobs: Record<string, { 'runs-on': string; strategy?: { matrix: { os: string[] } }; steps: Array<{ run?: string; uses?: string; with?: Record<string, unknown> }> }>;
}
const workflow = parse(readFileSync('.github/workflows/release.yml', 'utf8')) as Workflow;

/** What each installer target writes, by its file's extension. */
const TARGET_EXTENSIONS: Record<string, string> = { AppImage: '.AppImage', deb: '.deb', dmg: '.dmg', nsis: '.exe' };

function targetsOf(platform: 'linux' | 'mac' | 'win'): unknown {
  return INSTALLER_CONFIG[platform]?.target;
}

describe('installers (checked without building: no Electron binary can be had here)', () => {
  it('are AppImage and deb on Linux, dmg on macOS and NSIS on Windows, from the built app in an ASAR archive', () => {
    expect(targetsOf('linux')).toEqual(['AppImage', 'deb']);
    expect(targetsOf('mac')).toEqual(['dmg']);
    expect(targetsOf('win')).toEqual(['nsis']);
    expect(INSTALLER_CONFIG.asar).toBe(true);
    expect(INSTALLER_CONFIG.files).toContain('out/**/*');
  });

  it.each([
    ['linux', Arch.x64, false],
    ['win32', Arch.x64, false],
    ['darwin', Arch.x64, false],
    ['darwin', Arch.arm64, true],
  ])("flip Gloss's fuses in the %s (%s) binary after packing, before signing", async (platform, arch, resetSignature) => {
    const addElectronFuses = vi.fn(() => Promise.resolve(0));
    const context = { electronPlatformName: platform, arch, packager: { addElectronFuses } } as unknown as AfterPackContext;
    expect(INSTALLER_CONFIG.afterPack).toBe(flipFusesAfterPack);
    await flipFusesAfterPack(context);
    expect(addElectronFuses).toHaveBeenCalledWith(context, { ...GLOSS_FUSES, resetAdHocDarwinSignature: resetSignature });
  });

  it('are built by npm run dist from a fresh build', () => {
    expect(packageJson.scripts['dist']).toMatch(/^electron-vite build .*&& tsx main\/packaging\/build-installers\.ts$/);
  });
});

describe('the release workflow', () => {
  const jobs = Object.values(workflow.jobs);
  const builder = jobs.find((job) => job.steps.some((step) => step.run === 'npm run dist'));

  it('runs on version tags and builds on Linux, macOS and Windows, each on its own', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    expect(builder?.['runs-on']).toBe('${{ matrix.os }}');
    expect(builder?.strategy?.matrix.os).toEqual(['ubuntu-latest', 'macos-latest', 'windows-latest']);
  });

  it('uses a Node that Electron and its packaging tools accept, and installs with the lock file', () => {
    const setupNode = builder?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
    expect(Number(setupNode?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
    expect(builder?.steps.map((step) => step.run)).toContain('npm ci --no-audit --no-fund');
  });

  it("uploads every installer the configuration makes, and publishes them on the tag's release", () => {
    const upload = builder?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const paths = String(upload?.with?.['path']);
    const targets = [targetsOf('linux'), targetsOf('mac'), targetsOf('win')].flat() as string[];
    for (const target of targets) expect(paths).toContain(`dist/*${TARGET_EXTENSIONS[target]}`);
    expect(upload?.with?.['if-no-files-found']).toBe('error');
    expect(jobs.some((job) => job.steps.some((step) => step.run?.startsWith('gh release create')))).toBe(true);
  });
});

describe('npm start without an Electron binary', () => {
  it('checks for the binary before building anything', () => {
    for (const script of ['start', 'dev']) expect(packageJson.scripts[script]).toMatch(/^tsx main\/packaging\/require-electron\.ts && electron-vite /);
  });

  it.skipIf(installedElectron() !== null)('says in one line what is missing and how to get it, or to use the harness (skipped where a binary is installed)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/packaging/require-electron.ts'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(MISSING_ELECTRON);
    expect(MISSING_ELECTRON).toMatch(/npx install-electron/);
    expect(MISSING_ELECTRON).toMatch(/npm run harness/);
  });
});
