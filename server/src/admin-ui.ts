import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import type { Logger } from 'pino';

/**
 * The built admin UI (`admin/dist`, made by `npm run build`), looked for upwards from this file, so
 * it is found from the sources (server/src) and from the compiled server (dist/server/src) alike.
 */
export function findAdminDist(from: string = import.meta.dirname): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'admin', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Paths the API owns: never answered with the UI's page. */
const API_PATHS = /^\/(graphql|calendar|healthz|readyz)(\/|$)/;

/**
 * Serves the admin UI at `/`: hashed assets (`/assets/*`) cached for a year as immutable, every
 * other file and the page itself revalidated on each load (`no-cache`), and `index.html` for the
 * client's routes (`/reserves/7/show`) so a reload or a shared link opens the right screen.
 */
export function adminUi(dir: string): Router {
  const router = express.Router();
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { index: false, immutable: true, maxAge: '365d', redirect: false }),
    (_req, res) => void res.status(404).type('text/plain').send('Not found'),
  );
  router.use(express.static(dir, { index: false, redirect: false, setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') }));
  router.get('/{*route}', (req, res, next) => {
    if (API_PATHS.test(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    // Relative to `root`: send refuses paths through a dot-folder (node_modules/.cache) only below it.
    res.sendFile('index.html', { root: dir });
  });
  return router;
}

/** The admin UI when it has been built; otherwise a hint in the log, and the API alone. */
export function adminUiOrHint(dir: string | null | undefined, log: Logger): Router | undefined {
  if (dir === null) return undefined;
  const found = dir ?? findAdminDist();
  if (found && existsSync(path.join(found, 'index.html'))) return adminUi(found);
  log.info('admin UI not built (no admin/dist): `npm run build` builds it; the API is served alone');
  return undefined;
}
