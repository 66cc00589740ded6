// `npm start` (after the build): the demo partner site on http://localhost:8080 (or $PORT).
// Serves demo/ and dist/ with the strict Content-Security-Policy partners may use, plus the two
// local endpoints from demo/api.mjs (stories feed, sign-up → demo/data/signups.jsonl).
import {createServer} from 'node:http';
import {readFile, stat} from 'node:fs/promises';
import {extname, resolve, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {createApi} from './api.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const signupsFile = resolve(root, 'demo/data/signups.jsonl');
const api = createApi({signupsFile, log: (line) => console.log(`  ${line}`)});

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: data:",
  "connect-src 'self' https:",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html ijm-widgets',
  "base-uri 'self'",
  "form-action 'self' https:",
  "frame-ancestors 'none'",
].join('; ');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

const storyPage = (slug) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Story — Hope Bridge</title><link rel="stylesheet" href="/demo/demo.css"></head>
<body><main class="story-stub"><p><a href="/">← Back to Hope Bridge</a></p>
<h1>${slug.replace(/[^a-z0-9-]/g, '').replace(/-/g, ' ')}</h1>
<p>This stands in for the story page on the charity's site.</p></main></body></html>`;

async function serveFile(res, path) {
  const file = resolve(root, '.' + path);
  const allowed = [resolve(root, 'demo'), resolve(root, 'dist')];
  if (!allowed.some((dir) => file === dir || file.startsWith(dir + sep)) || file.includes(`${sep}data${sep}`)) return false;
  try {
    if (!(await stat(file)).isFile()) return false;
  } catch {
    return false;
  }
  res.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache'});
  res.end(await readFile(file));
  return true;
}

export function startServer(port = Number(process.env.PORT ?? 8080), {quiet = false} = {}) {
  const server = createServer(async (req, res) => {
    // The benchmark's baseline calls DOMParser directly, which Trusted Types would refuse.
    if (!req.url.startsWith('/demo/bench/')) res.setHeader('content-security-policy', CSP);
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    try {
      if (await api.handle(req, res)) return;
      const {pathname} = new URL(req.url, 'http://localhost');
      if (pathname === '/' || pathname === '/index.html') return void (await serveFile(res, '/demo/index.html'));
      if (pathname === '/demo/all.html') {
        // The same page, loading the self-contained everything bundle instead of the loader.
        const page = await readFile(resolve(root, 'demo/index.html'), 'utf8');
        res.writeHead(200, {'content-type': types['.html'], 'cache-control': 'no-cache'});
        // It keeps the placeholders' stylesheet before it, as the README shows: each widget's box before the bundle arrives.
        return void res.end(page.replace('<script type="module" src="/dist/cdn/loader.js"></script>', '<script type="module" src="/dist/cdn/ijm-widgets.js"></script>'));
      }
      // The embed builder, built to dist/configure/ (relative URLs, so it works from any folder).
      if (pathname === '/configure') return void (res.writeHead(301, {location: '/configure/'}), res.end());
      if (pathname.startsWith('/configure/')) {
        const file = pathname === '/configure/' ? 'index.html' : pathname.slice('/configure/'.length);
        if (await serveFile(res, `/dist/configure/${decodeURIComponent(file)}`)) return;
      }
      const story = pathname.match(/^\/demo\/stories\/([a-z0-9-]+)\.html$/);
      if (story) {
        res.writeHead(200, {'content-type': types['.html']});
        return void res.end(storyPage(story[1]));
      }
      if (await serveFile(res, decodeURIComponent(pathname))) return;
      res.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
      res.end('Not found');
    } catch (error) {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, {'content-type': 'text/plain; charset=utf-8'});
      res.end('Server error');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const url = `http://localhost:${server.address().port}/`;
      if (!quiet) {
        console.log(`\nIJM Widgets demo partner page: ${url}`);
        console.log(`  stories feed:   ${url}api/stories.json`);
        console.log(`  sign-up:        POST ${url}api/signup  (accepted sign-ups → demo/data/signups.jsonl)`);
        console.log('  Ctrl+C to stop.\n');
      }
      done({server, url});
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await readFile(resolve(root, 'dist/cdn/loader.js'));
  } catch {
    console.error('dist/cdn/loader.js is missing: run `npm run build` first (or `npm start`, which builds).');
    process.exit(1);
  }
  startServer().catch(async (error) => {
    if (error.code === 'EADDRINUSE' && !process.env.PORT) {
      console.log('Port 8080 is taken; using a free port instead.');
      await startServer(0);
    } else {
      console.error(error.message);
      process.exit(1);
    }
  });
}
