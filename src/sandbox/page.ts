// The sandbox chat page: static files from src/sandbox/public, the two browser bundles it needs from node_modules,
// and the emulator's address. The page is "just another Webex client": it talks to the emulator directly.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import { findProjectRoot } from '../util/project-root.js';

export interface SandboxPageOptions {
  /** Emulator origin, e.g. http://127.0.0.1:4010; its REST API is at `${emulatorUrl}/v1`. */
  emulatorUrl: string;
}

/** Browser bundles served under /vendor: name → module specifier resolved from the project root. */
const VENDOR_BUNDLES: Record<string, string> = {
  'adaptivecards.min.js': 'adaptivecards/dist/adaptivecards.min.js',
  // The package's "./browser" export (require condition) is the UMD build that defines window.markdownit.
  'markdown-it.min.js': 'markdown-it/browser',
};

/** Only our own files and the emulator; no inline script, no plugins, no framing. */
export function contentSecurityPolicy(emulatorOrigin: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // The card renderer sets element.style (CSSOM), which CSP allows; no inline <style> or style="" is needed.
    "style-src 'self'",
    `connect-src 'self' ${emulatorOrigin}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function mountSandboxPage(app: Express, opts: SandboxPageOptions): void {
  const emulatorUrl = new URL(opts.emulatorUrl).origin;
  const root = findProjectRoot(import.meta.url);
  const resolve = createRequire(join(root, 'package.json')).resolve;
  const csp = contentSecurityPolicy(emulatorUrl);

  const headers: RequestHandler = (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.set({
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        // A local tool under development: always revalidate so an edit shows on reload.
        'Cache-Control': 'no-cache',
      });
    }
    next();
  };

  const router = express.Router();
  router.use(headers);
  router.get('/sandbox/config.json', (_req, res) => {
    res.json({ emulatorUrl, apiUrl: `${emulatorUrl}/v1` });
  });
  for (const [name, specifier] of Object.entries(VENDOR_BUNDLES)) {
    const file = resolve(specifier);
    router.get(`/vendor/${name}`, (_req, res, next) => {
      res.type('text/javascript').sendFile(file, (err) => err && next(err));
    });
  }
  router.use(
    express.static(join(root, 'src', 'sandbox', 'public'), { index: 'index.html', redirect: false }),
  );
  app.use(router);
}
