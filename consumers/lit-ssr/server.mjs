// A web team's Node server, as Astro or Eleventy would do it: renders the page with
// @lit-labs/ssr from the installed package (imports as the README shows) and serves the client
// bundle that `vite build` made from client.js. The CSP is the
// README's, plus the hashes of the <style> elements Lit's server render puts in each
// declarative shadow root (README: server rendering and CSP).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '@ijm/widgets/locales/uk.js'; // the server renders Ukrainian too
import '@ijm/widgets/provider.js';
import '@ijm/widgets/icon.js';
import '@ijm/widgets/article-card.js';
import '@ijm/widgets/related-stories.js';
import '@ijm/widgets/donate-cta.js';
import '@ijm/widgets/email-signup.js';
// The README's own recipe, as readme/extract.mjs took it from the packed README.
import {styleHashes} from '../readme/examples/styleHashes.js';

export const stories = [
  {url: 'https://www.ijm.org/stories/nway', title: 'This is Nway’s story', summary: 'From isolation and abuse to safety.', date: '2024-02-20'},
  {url: 'https://www.ijm.org/stories/court', title: 'A court convicts three traffickers'},
];

const widgets = html`
  <section data-fixture="icon"><ijm-icon name="facebook" label="Facebook"></ijm-icon></section>
  <section data-fixture="card">
    <ijm-article-card href="https://www.ijm.org/stories/nway" heading="This is Nway’s story" date="2024-02-20" protected></ijm-article-card>
  </section>
  <section data-fixture="rail"><ijm-related-stories .stories=${stories} more-href="https://www.ijm.org/stories/"></ijm-related-stories></section>
  <section data-fixture="donate"><ijm-donate-cta currency="EUR" amounts="25, 50, 100" amount="100"></ijm-donate-cta></section>
  <section data-fixture="signup">
    <ijm-email-signup action="/signup" name-field consent="I agree to receive emails from IJM."></ijm-email-signup>
  </section>
  <section data-fixture="uk">
    <ijm-article-card lang="uk" heading="Історія Нвей" date="2024-02-20"></ijm-article-card>
    <ijm-widgets locale="uk" currency="UAH"><ijm-donate-cta amounts="100, 250" amount="250"></ijm-donate-cta></ijm-widgets>
  </section>
`;

const csp = `script-src 'self'; style-src 'self'; img-src 'self' https: data:; connect-src 'self' https:; require-trusted-types-for 'script'; trusted-types lit-html ijm-widgets`;
/** The page: the widgets as the server rendered them, the stories for the client as JSON. */
export async function renderPage() {
  const body = await collectResult(render(widgets));
  // HTML carries no properties: the client sets `stories` from this before the rail upgrades.
  const data = JSON.stringify(stories).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lit SSR consumer</title>
<link rel="stylesheet" href="/page.css"><script type="module" src="/client.js"></script></head><body>
${body}
<script type="application/json" id="stories">${data}</script>
<output id="checkout"></output>
</body></html>`;
}

/** Starts the server; `hashStyles: false` sends the README's CSP as it is. */
export async function start({hashStyles = true} = {}) {
  const dist = new URL('./dist/', import.meta.url);
  const server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    if (path === '/') {
      const page = await renderPage();
      const policy = hashStyles ? csp.replace(`style-src 'self'`, `style-src 'self' ${styleHashes(page).join(' ')}`) : csp;
      return res.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'content-security-policy': policy}).end(page);
    }
    if (path === '/page.css') return res.writeHead(200, {'content-type': 'text/css'}).end('body { margin: 0; font: 16px/1.5 sans-serif; width: 1000px; }');
    // client.js and the chunks it loads (the languages the page may switch to).
    if (/^\/[\w-]+\.js$/.test(path)) {
      const body = await readFile(new URL(`.${path}`, dist)).catch(() => undefined);
      if (body) return res.writeHead(200, {'content-type': 'text/javascript'}).end(body);
    }
    res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close()};
}
