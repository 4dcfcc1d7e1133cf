// The sandbox page's HTTP surface, without a browser: what is served, with which headers, and how much of it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, mountSandboxPage } from '../../src/sandbox/page.js';
import { listen, type RunningServer } from '../../src/transport/http-server.js';
import { findProjectRoot } from '../../src/util/project-root.js';

const EMULATOR = 'http://127.0.0.1:4010';
const PUBLIC = join(findProjectRoot(import.meta.url), 'src', 'sandbox', 'public');
let server: RunningServer;
/** Request paths exactly as the server received them. */
const received: string[] = [];

beforeAll(async () => {
  const app = express();
  app.use((req, _res, next) => {
    received.push(req.url);
    next();
  });
  // A path after the origin must not leak into the CSP or the config.
  mountSandboxPage(app, { emulatorUrl: `${EMULATOR}/` });
  server = await listen(app, 0, '127.0.0.1');
});
afterAll(() => server.close());

const get = (path: string) => fetch(`${server.url}${path}`);

/** GET with the path sent byte for byte: fetch (like a browser) would resolve `..` and `%2e%2e` before sending. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('mountSandboxPage', () => {
  it('serves the page with a CSP that allows only itself and the emulator', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(contentSecurityPolicy(EMULATOR));
    expect(csp).toContain(`connect-src 'self' ${EMULATOR};`);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('role="log"');
  });

  it('tells the page where the emulator and its REST API are', async () => {
    const res = await get('/sandbox/config.json');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ emulatorUrl: EMULATOR, apiUrl: `${EMULATOR}/v1` });
  });

  it.each([
    ['/vendor/adaptivecards.min.js', 'AdaptiveCard'],
    ['/vendor/markdown-it.min.js', 'markdownit'],
  ])('serves the browser bundle %s from node_modules', async (path, marker) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await res.text()).toContain(marker);
  });

  it('has no inline script, and every script and stylesheet it references is served', async () => {
    const html = await (await get('/')).text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc="/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+="/i); // no inline event handlers either
    const refs = [...html.matchAll(/\b(?:src|href)="([^"#]+)"/g)].map((m) => m[1] ?? '');
    for (const ref of refs) {
      const res = await get(new URL(ref, `${server.url}/`).pathname);
      expect(res.status, ref).toBe(200);
    }
  });

  it('serves every module the page imports, as JavaScript', async () => {
    const modules = filesUnder(join(PUBLIC, 'js'));
    expect(modules.length).toBeGreaterThan(0);
    for (const file of modules) {
      const res = await get(`/js/${file.slice(join(PUBLIC, 'js').length + 1)}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
      // Relative imports must name real files (no build step resolves them).
      for (const [, spec] of (await res.text()).matchAll(/from '(\.[^']+)'/g)) {
        expect(statSync(join(file, '..', spec ?? '')).isFile(), `${file} imports ${spec}`).toBe(true);
      }
    }
  });

  it('serves nothing outside the public folder', async () => {
    // public/ is src/sandbox/public: page.ts is one folder up, package.json three.
    const root = findProjectRoot(import.meta.url);
    const outside = [
      readFileSync(join(root, 'package.json'), 'utf8').slice(0, 60),
      readFileSync(join(root, 'src', 'sandbox', 'page.ts'), 'utf8').slice(0, 60),
    ];
    const paths = [
      '/../page.ts',
      '/%2e%2e/page.ts',
      '/..%2fpage.ts',
      '/js/..%2f..%2fpage.ts',
      '/js/%2e%2e/%2e%2e/page.ts',
      '/../../../package.json',
      '/%2e%2e/%2e%2e/%2e%2e/package.json',
      '/..%2f..%2f..%2fpackage.json',
      '/page.ts',
    ];
    for (const path of paths) {
      const res = await rawGet(path);
      expect(received.at(-1), 'the path reached the server unresolved').toBe(path);
      expect(res.status, path).toBe(404);
      for (const text of outside) expect(res.body, path).not.toContain(text);
    }
  });

  it('keeps its own HTML, CSS and JS under 60 KB', () => {
    const bytes = filesUnder(PUBLIC).reduce((sum, file) => sum + readFileSync(file).byteLength, 0);
    expect(bytes).toBeGreaterThan(1000);
    expect(bytes).toBeLessThan(60 * 1024);
  });
});
