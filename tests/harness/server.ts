import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import Conf from 'conf';
import { build } from 'esbuild';
import type { EventName, EventPayload, ImportOutcome, Problem } from '../../core/api/contract';
import { ok, type Result } from '../../core/result';
import { createHandlers, type ApiHandlers } from '../../main/services/api/handlers';
import { workspaceActions, type WorkspaceActions } from '../../main/services/session/actions';
import { Session, type Dialogs } from '../../main/services/session/session';
import { dispatch } from '../../main/services/api/dispatch';
import { decodePath, resolveInside } from '../../main/services/files/resolve-inside';
import { Preferences } from '../../main/services/preferences/preferences';
import { openOrCreateSample } from '../../main/services/workspace/sample';
import { CONTENT_SECURITY_POLICY } from '../../main/shell/content-security';

const ROOT = resolve(import.meta.dirname, '../..');
const TRANSPORT_PATH = '/__harness/transport.js';
const MAX_BODY_BYTES = 64 * 1024 * 1024;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface HarnessOptions {
  workspace: string;
  /** Where preferences persist between runs, as electron-store's folder does in the app. */
  preferencesDir: string;
  port?: number;
  /** The secret the page must present; a restart that keeps it (and the port) lets an open page reach the new services. */
  token?: string;
  rendererDir?: string;
  sampleDir?: string;
}

/**
 * Stands in for native file dialogs: a test says what the next dialog will
 * answer, then triggers the action. An unanswered dialog is cancelled.
 */
class ScriptedDialogs implements Dialogs {
  private readonly answers: (string | string[] | null)[] = [];

  answerNext(answer: string | string[] | null): void {
    this.answers.push(answer);
  }

  async chooseFolder(): Promise<string | null> {
    const answer = this.answers.shift();
    return typeof answer === 'string' ? answer : null;
  }

  async chooseFiles(): Promise<string[]> {
    const answer = this.answers.shift();
    return Array.isArray(answer) ? answer : [];
  }

  async chooseSaveTarget(): Promise<string | null> {
    return this.chooseFolder();
  }

  /** The browser stands for an analyst who agreed to share (Electron asks in a native dialog). */
  async confirmShare(): Promise<boolean> {
    return true;
  }
}

export interface Harness {
  url: string;
  session: Session;
  handlers: ApiHandlers;
  dialogs: ScriptedDialogs;
  /** Links the page asked to open outside (Electron would ask the analyst first). */
  openedLinks: readonly string[];
  /** The File menu's actions, as the Electron menu would run them. */
  menu: WorkspaceActions;
  /** Imports files from this machine by path, as the CLI does (the page itself can name no path). */
  importFiles(paths: readonly string[]): Promise<Result<{ outcomes: ImportOutcome[] }, Problem>>;
  close(): Promise<void>;
  /**
   * Stops answering at once, as a services process that died would: the page
   * hears no event, its calls fail. The workspace is then closed, so another
   * harness can open it.
   */
  stop(): Promise<void>;
}

let transportBundle: Promise<string> | undefined;

/** The browser side of the harness, bundled once per process. */
function transportScript(): Promise<string> {
  transportBundle ??= build({
    entryPoints: [resolve(import.meta.dirname, 'browser-transport.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return transportBundle;
}

/**
 * Serves the built renderer on 127.0.0.1 against the real main-process
 * services, with `window.gloss` implemented over HTTP. Only requests carrying
 * this run's secret token (and addressed to this host) reach the services,
 * and the page (which holds the token) is served only to a request carrying
 * it too, in the URL the harness prints.
 */
export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? resolve(ROOT, 'out/renderer');
  const indexHtml = await readFile(resolve(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`The renderer is not built (${rendererDir}/index.html is missing): run "npm run build" first.`);
  });
  const seeded = await openOrCreateSample(options.workspace, options.sampleDir ?? resolve(ROOT, 'resources/sample'));
  if (!seeded.ok) throw new Error(`Cannot open workspace: ${seeded.error.message}`);
  const preferences = new Preferences(new Conf<Record<string, unknown>>({ cwd: options.preferencesDir, configName: 'preferences' }));
  const listeners = new Set<ServerResponse>();
  const emit = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const listener of listeners) listener.write(message);
  };
  const session = new Session(preferences, emit);
  const opened = await session.open(options.workspace);
  if (!opened.ok) throw new Error(`Cannot open workspace: ${opened.error.message}`);
  const dialogs = new ScriptedDialogs();
  const openedLinks: string[] = [];
  const links = { confirmAndOpen: async (url: string) => (openedLinks.push(url), true) };
  const handlers = createHandlers({ session, dialogs, links });
  const token = options.token ?? randomBytes(24).toString('hex');
  const page = injectTransport(indexHtml, token);
  // Bundled before the first page load, as the app's preload is built before it runs.
  await transportScript();
  let expectedHost = '';

  const server = createServer((request, response) => {
    void route(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(error instanceof Error ? error.message : String(error));
    });
  });

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://harness');
    // Refuses DNS-rebinding pages that reach 127.0.0.1 under another name.
    if (request.headers.host !== expectedHost) return refuse(response, 421, 'wrong host');
    if (url.pathname === '/api/events') {
      if (!tokenMatches(url.searchParams.get('token'), token)) return refuse(response, 403, 'bad token');
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      response.write(': connected\n\n');
      listeners.add(response);
      request.on('close', () => listeners.delete(response));
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return refuse(response, 405, 'POST only');
      if (!tokenMatches(header(request, 'x-gloss-token'), token)) return refuse(response, 403, 'bad token');
      const body = await readBody(request);
      let payload: unknown;
      try {
        payload = JSON.parse(body);
      } catch {
        return refuse(response, 400, 'body is not JSON');
      }
      const result = await dispatch(handlers, url.pathname.slice('/api/'.length), payload);
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(result));
      return;
    }
    if (url.pathname === TRANSPORT_PATH) return send(response, '.js', await transportScript());
    if (url.pathname === '/' || url.pathname === '/index.html') {
      // The page carries the token: only whoever was given the printed URL (which holds it) may have it.
      if (!tokenMatches(url.searchParams.get('token'), token)) return refuse(response, 403, 'open the URL the harness printed');
      return send(response, '.html', page);
    }
    const path = decodePath(url.pathname);
    const file = path === null ? null : resolveInside(rendererDir, path);
    if (!file) return refuse(response, 404, 'not found');
    const content = await readFile(file).catch(() => null);
    if (!content) return refuse(response, 404, 'not found');
    send(response, extname(file), content);
  }

  await new Promise<void>((done) => server.listen(options.port ?? 0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  expectedHost = `127.0.0.1:${port}`;

  return {
    url: `http://${expectedHost}/?token=${token}`,
    session,
    handlers,
    dialogs,
    openedLinks,
    menu: workspaceActions(session, dialogs, emit),
    async importFiles(paths) {
      const imported = await session.importFiles(paths);
      return imported.ok ? ok({ outcomes: imported.value }) : imported;
    },
    async stop() {
      for (const listener of listeners) listener.destroy();
      listeners.clear();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await session.close();
    },
    async close() {
      await session.close();
      for (const listener of listeners) listener.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
    },
  };
}

function injectTransport(html: string, token: string): string {
  const tags = `<meta name="gloss-harness-token" content="${token}" />\n    <script src="${TRANSPORT_PATH}"></script>\n  `;
  return html.replace('</head>', `${tags}</head>`);
}

function send(response: ServerResponse, extension: string, body: string | Uint8Array): void {
  response.writeHead(200, {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': 'no-store',
  });
  response.end(body);
}

function refuse(response: ServerResponse, status: number, reason: string): void {
  response.writeHead(status, { 'content-type': 'text/plain' });
  response.end(reason);
}

function header(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return typeof value === 'string' ? value : null;
}

function tokenMatches(given: string | null, token: string): boolean {
  return given !== null && given.length === token.length && timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
