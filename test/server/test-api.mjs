// Middleware for the test server (web-test-runner.config.mjs). Gives tests real
// HTTP endpoints and a record of every request the browser made:
//   /api/*                       the demo site's endpoints (demo/api.mjs), in memory
//   GET  /test-api/requests      [{method, path, search, headers, body}] since the last reset
//   POST /test-api/reset         forget requests and sign-ups
//   ANY  /test-api/respond?status=&delay=&type=&body=&bytes=&file=&cors=&chunked=&drop=
//                                answers as told: `body` text, or `bytes` of filler, or a
//                                fixture `file`, after `delay` ms; `chunked=1` streams the
//                                filler in 1 KB chunks with no Content-Length; `drop=1` closes
//                                the connection after `delay` ms without answering; `hold=KEY`
//                                answers only once the test posts /test-api/release?hold=KEY
//   POST /test-api/release?hold=KEY   lets the requests held under KEY answer
//   /test-api/signups            the sign-ups the demo endpoint accepted
//   POST /test-api/slow-signup?delay=   the demo sign-up endpoint, answering after `delay` ms
//                                (the sign-up is recorded even if the browser gave up waiting)
//   POST /test-api/flaky-signup?fail=&status=   answers `status` (default 503) to the first
//                                `fail` requests since the last reset, then is the demo endpoint
//   GET  /src/<module>.js        a widget module as src/loader.ts asks for it (beside itself, as
//                                on the CDN): a redirect to its define module in src/, sent late
//                                as POST /test-api/modules told
//   GET  /page-N/<path>          <path>, under a name of its own for each N, so that a page
//                                loaded from there gets none of its modules from the browser's
//                                caches (Chromium reuses the redirects above however marked)
//   GET  /page-N/test/fixtures/partner-page/bundle.html   the partner page with the everything
//                                bundle (`/src/all.js`, late like the modules) instead of the loader, and
//                                the placeholders' stylesheet (GET /test-api/placeholders.css) before it
//   POST /test-api/modules?delay=&hold=&only=   from now on the widget modules (`only`, a comma
//                                list of module names, else all) answer after `delay` ms, and
//                                with `hold=KEY` not before POST /test-api/release?hold=KEY
import {readFile} from 'node:fs/promises';
import {resolve, sep} from 'node:path';
import {Readable} from 'node:stream';
import {createApi} from '../../demo/api.mjs';

const root = resolve(new URL('../..', import.meta.url).pathname);
const requests = [];
const api = createApi();
let flakyCount = 0;
/** How late the widget modules answer (POST /test-api/modules), until the next reset. */
let moduleDelay = {delay: 0, hold: null, only: null};
// Each module name and its define module in src/ (src/widget-modules.ts).
const widgetSources = {
  // The everything bundle, for the partner page that loads it instead of the loader.
  all: '/src/all.ts',
  provider: '/src/context/provider.ts',
  ...Object.fromEntries(['icon', 'article-card', 'related-stories', 'email-signup', 'donate-cta'].map((m) => [m, `/src/components/${m}/${m}.ts`])),
};
/** Answers waiting for `POST /test-api/release?hold=`, by key. */
const held = new Map();
const released = new Set();

const readRaw = (req) =>
  new Promise((done) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => done(''));
  });

export async function testApi(ctx, next) {
  const page = /^\/page-\d+(?=\/)/.exec(ctx.url)?.[0] ?? '';
  if (page) ctx.url = ctx.url.slice(page.length);
  const url = new URL(ctx.url, 'http://localhost');
  const isControl = url.pathname.startsWith('/test-api/requests') || ['/test-api/reset', '/test-api/release', '/test-api/signups', '/test-api/modules'].includes(url.pathname);
  const record = {method: ctx.method, path: url.pathname, search: url.search, headers: {...ctx.headers}};
  if (!isControl) requests.push(record);

  if (url.pathname === '/test-api/requests') {
    ctx.body = requests;
    return;
  }
  if (url.pathname === '/test-api/release') {
    // Requests that arrive later (the release can overtake them) answer at once.
    const key = url.searchParams.get('hold');
    released.add(key);
    for (const answer of held.get(key) ?? []) answer();
    held.delete(key);
    ctx.body = {ok: true};
    return;
  }
  if (url.pathname === '/test-api/reset') {
    for (const answers of held.values()) for (const answer of answers) answer();
    held.clear();
    released.clear();
    requests.length = 0;
    flakyCount = 0;
    moduleDelay = {delay: 0, hold: null, only: null};
    api.reset();
    ctx.body = {ok: true};
    return;
  }
  if (url.pathname === '/test-api/placeholders.css' || url.pathname.endsWith('/src/placeholders.css')) {
    // (`…/src/placeholders.css`: beside src/loader.ts, where the loader links it on a page without it.)
    // What the build writes to dist/cdn/placeholders.css, from the committed generated module.
    const source = await readFile(resolve(root, 'src/styles/placeholders.generated.ts'), 'utf8');
    ctx.type = 'text/css';
    ctx.body = JSON.parse(/placeholderSheet = (".*");/.exec(source)[1]);
    return;
  }
  if (url.pathname === '/test/fixtures/partner-page/index.html' && (['head-plain', 'body', 'loader-only'].includes(url.searchParams.get('place')) || url.searchParams.get('csp') || url.searchParams.get('placeholders') === 'off')) {
    // The page as it comes is the README's snippet in <head> (the placeholders' stylesheet, then the
    // loader with blocking="render"). `?place=head-plain`: the loader without blocking="render";
    // `?place=body`: the snippet at the top of the body, where a CMS puts a paste; `?place=loader-only`:
    // the loader alone in <head> (an older paste: it links the stylesheet itself);
    // `?placeholders=off`: no stylesheet at all (what the placeholders prevent).
    const page = await readFile(resolve(root, 'test/fixtures/partner-page/index.html'), 'utf8');
    const snippet = /<link rel="stylesheet" href="[^"]*placeholders\.css" \/>\s*<script type="module"[^>]*loader\.ts"><\/script>/;
    ctx.type = 'text/html';
    ctx.set('cache-control', 'no-store');
    // `?csp=strict`: under the README's strict Content-Security-Policy.
    if (url.searchParams.get('csp') === 'strict') {
      ctx.set('content-security-policy', "script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html ijm-widgets");
    }
    const link = '<link rel="stylesheet" href="../../../src/placeholders.css" />';
    const script = (blocking) => `<script type="module"${blocking ? ' blocking="render"' : ''} src="../../../src/loader.ts"></script>`;
    const place = url.searchParams.get('placeholders') === 'off' ? 'loader-only' : url.searchParams.get('place');
    if (!snippet.test(page)) throw new Error('the partner page no longer has the README snippet in <head>');
    ctx.body =
      place === 'body'
        ? page.replace(snippet, '').replace('<body>', `<body>\n    ${link}\n    ${script(false)}`)
        : place === 'head-plain'
          ? page.replace(snippet, `${link}\n    ${script(false)}`)
          : place === 'loader-only'
            ? page.replace(snippet, script(true))
            : page;
    return;
  }
  if (url.pathname === '/test/fixtures/partner-page/bundle.html') {
    const page = await readFile(resolve(root, 'test/fixtures/partner-page/index.html'), 'utf8');
    ctx.type = 'text/html';
    ctx.set('cache-control', 'no-store');
    ctx.body = page.replace(/<link rel="stylesheet" href="[^"]*placeholders\.css" \/>\s*<script type="module"[^>]*loader\.ts"><\/script>/, '<link rel="stylesheet" href="/test-api/placeholders.css" />\n    <script type="module" src="../../../src/all.js"></script>');
    return;
  }
  if (url.pathname === '/test-api/modules') {
    const q = url.searchParams;
    moduleDelay = {delay: Number(q.get('delay') ?? 0), hold: q.get('hold'), only: q.get('only')?.split(',') ?? null};
    ctx.body = {ok: true};
    return;
  }
  // The loader's text preload (`locales/<lang>.js` beside it, src/i18n/preload.ts): the catalog
  // module the widgets import themselves (the esbuild plugin serves ./ro.js from src/i18n as ro.ts),
  // one module for both, as in the build. The catalog is held back with the widget code (`only`
  // naming `locales` or nothing).
  const preloaded = /^\/src\/locales\/([a-z]+)\.js$/.exec(url.pathname)?.[1];
  if (preloaded) {
    ctx.set('cache-control', 'no-store');
    ctx.redirect(`${page}/src/i18n/${preloaded}.ts`);
    return;
  }
  if (/^\/src\/i18n\/(ro|uk|bg)\.ts$/.test(url.pathname) && (!moduleDelay.only || moduleDelay.only.includes('locales'))) {
    const {delay, hold} = moduleDelay;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    if (hold && !released.has(hold)) await new Promise((r) => held.set(hold, [...(held.get(hold) ?? []), r]));
    ctx.set('cache-control', 'no-store');
  }
  const widgetModule = /^\/src\/([a-z-]+)\.js$/.exec(url.pathname)?.[1];
  if (widgetModule && widgetSources[widgetModule]) {
    const {delay, hold, only} = moduleDelay;
    if (!only || only.includes(widgetModule)) {
      if (delay > 0) await new Promise((r) => setTimeout(r, delay));
      if (hold && !released.has(hold)) await new Promise((r) => held.set(hold, [...(held.get(hold) ?? []), r]));
    }
    ctx.set('cache-control', 'no-store');
    ctx.redirect(page + widgetSources[widgetModule]);
    return;
  }
  if (url.pathname === '/test-api/signups') {
    ctx.body = api.signups;
    return;
  }
  if (url.pathname.startsWith('/api/')) {
    // Keep a copy of the body for the request log, then replay it to the demo handler.
    const raw = ctx.method === 'POST' ? await readRaw(ctx.req) : '';
    record.body = raw;
    const {Readable} = await import('node:stream');
    const replay = Object.assign(Readable.from([Buffer.from(raw)]), {
      method: ctx.req.method,
      url: ctx.req.url,
      headers: ctx.req.headers,
    });
    ctx.respond = false;
    if (await api.handle(replay, ctx.res)) return;
    ctx.respond = true;
    return next();
  }
  if (url.pathname.startsWith('/test-api/respond')) {
    if (ctx.method === 'POST' || ctx.method === 'PUT') record.body = await readRaw(ctx.req);
    const q = url.searchParams;
    const delay = Number(q.get('delay') ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    const hold = q.get('hold');
    if (hold && !released.has(hold)) await new Promise((r) => held.set(hold, [...(held.get(hold) ?? []), r]));
    if (q.get('drop')) {
      // The connection is lost: no answer at all, a network error in every browser.
      ctx.respond = false;
      ctx.status = 200; // for the dev server's log only (it lists 404s): nothing is sent
      ctx.req.socket.destroy();
      return;
    }
    ctx.status = Number(q.get('status') ?? 200);
    ctx.type = q.get('type') ?? 'application/json';
    if (q.get('cors')) ctx.set('access-control-allow-origin', '*');
    if (q.has('bytes')) {
      const filler = Buffer.alloc(Number(q.get('bytes')), 0x20);
      const chunks = function* () {
        for (let i = 0; i < filler.length; i += 1024) yield filler.subarray(i, i + 1024);
      };
      ctx.body = q.get('chunked') ? Readable.from(chunks()) : filler;
    } else if (q.has('file')) {
      const file = resolve(root, '.' + q.get('file'));
      if (!file.startsWith(root + sep)) ctx.throw(403);
      ctx.body = await readFile(file);
    } else {
      ctx.body = q.get('body') ?? '';
    }
    return;
  }
  if (url.pathname === '/test-api/slow-signup' || url.pathname === '/test-api/flaky-signup') {
    record.body = ctx.method === 'POST' ? await readRaw(ctx.req) : '';
    const q = url.searchParams;
    if (url.pathname === '/test-api/flaky-signup' && flakyCount++ < Number(q.get('fail') ?? 1)) {
      ctx.status = Number(q.get('status') ?? 503);
      ctx.body = {message: 'Failing on purpose.'};
      return;
    }
    const delay = Number(q.get('delay') ?? 0);
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));
    await forwardToSignup(ctx, record.body);
    return;
  }
  return next();
}

/** Hands a request (its body already read) to the demo's POST /api/signup. */
async function forwardToSignup(ctx, raw) {
  const {Readable} = await import('node:stream');
  const replay = Object.assign(Readable.from([Buffer.from(raw)]), {
    method: ctx.req.method,
    url: '/api/signup',
    headers: ctx.req.headers,
  });
  ctx.respond = false;
  await api.handle(replay, ctx.res);
}
