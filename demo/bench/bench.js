// Run by `npm run bench` (scripts/bench.mjs) against the built everything bundle.
// Each case mounts N elements and waits until all have rendered; the baseline is the lightest
// Lit element in the same bundle (<ijm-widgets>, a slot and nothing else) measured in the same run,
// so results read as "x times the cost of an empty Lit element" on whatever machine runs them.
import * as ijm from '/dist/cdn/ijm-widgets.js';

const stage = document.getElementById('stage');
const N = 100;
const TRIALS = 9;
const story = (i) => ({
  url: `https://example.org/stories/${i}`,
  title: `Story number ${i}: a long enough headline to wrap onto two lines`,
  summary: 'From isolation and abuse to community and safety: it took a movement of people.',
  image: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
  date: '2024-03-08',
});

const cases = [
  {name: 'baseline: <ijm-widgets> (empty Lit element)', tag: 'ijm-widgets', setup: () => {}},
  {name: '<ijm-icon name="facebook">', tag: 'ijm-icon', setup: (el) => el.setAttribute('name', 'facebook')},
  {
    name: '<ijm-article-card>',
    tag: 'ijm-article-card',
    setup: (el, i) => {
      const s = story(i);
      el.setAttribute('href', s.url);
      el.setAttribute('heading', s.title);
      el.setAttribute('summary', s.summary);
      el.setAttribute('date', s.date);
    },
  },
  {name: '<ijm-related-stories> (4 stories)', tag: 'ijm-related-stories', n: 20, setup: (el, i) => (el.stories = [0, 1, 2, 3].map((k) => story(i * 4 + k)))},
  {name: '<ijm-donate-cta>', tag: 'ijm-donate-cta', n: 20, setup: () => {}},
  {name: '<ijm-email-signup>', tag: 'ijm-email-signup', n: 20, setup: () => {}},
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function mount(tag, n, setup) {
  const els = Array.from({length: n}, (_, i) => {
    const el = document.createElement(tag);
    setup(el, i);
    return el;
  });
  const t0 = performance.now();
  stage.append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  const t1 = performance.now();
  stage.replaceChildren();
  return (t1 - t0) / n;
}

async function parseCase() {
  const parse = ijm.parseFeed;
  if (typeof parse !== 'function') return [];
  const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>t</title>${Array.from(
    {length: 20},
    (_, i) => `<item><title><![CDATA[Story ${i} &amp; more]]></title><link>https://example.org/${i}</link><description><![CDATA[<p>Summary <b>${i}</b>. Second sentence.</p>]]></description><pubDate>Fri, 08 Mar 2024 09:00:00 GMT</pubDate><media:content url="https://example.org/${i}.jpg" medium="image"/></item>`,
  ).join('')}</channel></rss>`;
  const time = (fn) => {
    const runs = [];
    for (let t = 0; t < TRIALS; t++) {
      const t0 = performance.now();
      for (let i = 0; i < 50; i++) fn();
      runs.push((performance.now() - t0) / 50);
    }
    return median(runs);
  };
  const base = time(() => new DOMParser().parseFromString(rss, 'text/xml'));
  let ours;
  try {
    ours = time(() => parse(rss, {url: 'https://example.org/feed.xml', contentType: 'application/rss+xml'}));
  } catch (error) {
    return [{name: `parseFeed: ${error.message}`, ms: NaN}];
  }
  return [
    {name: 'baseline: DOMParser on a 20-item RSS feed', ms: base, ratio: 1},
    {name: 'parseFeed on the same feed (to Story[])', ms: ours, ratio: ours / base},
  ];
}

async function run() {
  const results = [];
  await customElements.whenDefined('ijm-widgets');
  // Warm up every defined case once.
  for (const c of cases) if (customElements.get(c.tag)) await mount(c.tag, 5, c.setup);
  let baseline;
  for (const c of cases) {
    if (!customElements.get(c.tag)) continue;
    const runs = [];
    for (let t = 0; t < TRIALS; t++) runs.push(await mount(c.tag, c.n ?? N, c.setup));
    const ms = median(runs);
    baseline ??= ms;
    results.push({name: c.name, ms, ratio: ms / baseline});
  }
  results.push(...(await parseCase()));
  window.__bench = results;
}
run().catch((error) => (window.__bench = {error: String(error)}));
