import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';

/** The repository root, three levels above this file in both src/ and dist/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const DEFAULT_WEB_ROOT = path.join(REPO_ROOT, 'web', 'dist', 'browser');

export function isConsoleBuilt(webRoot: string): boolean {
  return existsSync(path.join(webRoot, 'index.html'));
}

const MISSING_BUILD_PAGE = (webRoot: string): string => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>控制台未构建 · Console not built</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;line-height:1.6}
code{background:#f3f3f3;padding:.1rem .3rem}</style></head>
<body><h1>控制台前端尚未构建</h1>
<p>The web console has not been built: <code>${escapeHtml(path.join(webRoot, 'index.html'))}</code>
is missing.</p>
<p>Run <code>npm run build:web</code> in the repository root, then reload this page.
The API itself is running: see <a href="/api/docs">/api/docs</a>.</p></body></html>`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Serves the Angular build with a fallback to index.html for client-side routes (GET/HEAD only,
 * never below /api). Hashed assets are cached for a year; index.html is always revalidated so a
 * new build is picked up. The build is looked for on each fallback, so building while the
 * console runs works without a restart.
 */
export function consoleStatic(webRoot: string): Router {
  const router = express.Router();
  router.use(
    express.static(webRoot, {
      index: false,
      setHeaders: (res, filePath) => {
        const isIndex = path.basename(filePath) === 'index.html';
        res.setHeader(
          'Cache-Control',
          isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
        );
      },
    }),
  );
  router.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api')) {
      next();
      return;
    }
    const indexFile = path.join(webRoot, 'index.html');
    if (!isConsoleBuilt(webRoot)) {
      res
        .status(503)
        .type('html')
        .setHeader('Cache-Control', 'no-store')
        .send(MISSING_BUILD_PAGE(webRoot));
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}
