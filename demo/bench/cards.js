// Run by `npm run bench` (scripts/bench.mjs): mounts N cards of one implementation and reports how
// long until they are laid out. `?impl=` lists the implementations the page loads (comma-separated
// bundles in dist/bench/, built from demo/bench/apps/): the bench loads them all in one page and
// takes turns, so that every one is measured in the same document, warm, on the same machine moment.
const impls = new URLSearchParams(location.search).get('impl').split(',');
const stage = document.getElementById('stage');
const image = new URL('/demo/images/story-nway.svg', location.href).href;

/** A card element of `tag` with the same story as properties (our card, its parts and the minimal Lit one). */
const propertyCard = (tag, i) =>
  Object.assign(document.createElement(tag), {
    href: `https://example.org/stories/${i}`,
    heading: `Story number ${i}: a long enough headline to wrap onto two lines`,
    summary: 'From isolation and abuse to community and safety: it took a movement of people.',
    image,
    date: '2024-03-08',
  });

const makers = {
  'ijm-card': (i) => propertyCard('ijm-article-card', i),
  'lit-card': (i) => propertyCard('bench-lit-card', i),
  'ijm-base': (i) => propertyCard('bench-ijm-base', i),
  'ijm-no-css': (i) => propertyCard('bench-ijm-no-css', i),
  'sl-card': (i) => {
    const el = document.createElement('sl-card');
    const img = Object.assign(document.createElement('img'), {slot: 'image', src: image, alt: ''});
    const heading = Object.assign(document.createElement('strong'), {textContent: `Story number ${i}: a long enough headline to wrap onto two lines`});
    const summary = Object.assign(document.createElement('p'), {textContent: 'From isolation and abuse to community and safety: it took a movement of people.'});
    const date = Object.assign(document.createElement('small'), {textContent: '8 Mar 2024'});
    el.append(img, heading, summary, date);
    return el;
  },
};

/**
 * Mounts `n` cards; resolves with the milliseconds from append until they are rendered and laid
 * out (`ms`), split into rendering (append until every card's update is complete: script) and the
 * style and layout that follow (`render` + `layout` = `ms`).
 */
window.benchMount = async (n, impl = impls[0]) => {
  stage.replaceChildren();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
  const cards = Array.from({length: n}, (_, i) => makers[impl](i));
  const t0 = performance.now();
  stage.append(...cards);
  await Promise.all(cards.map((el) => el.updateComplete));
  const t1 = performance.now();
  void stage.offsetHeight; // style and layout, synchronously
  const t2 = performance.now();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r))); // and the frame is painted
  return {ms: t2 - t0, render: t1 - t0, layout: t2 - t1};
};

for (const impl of impls) await import(`/dist/bench/${impl}.js`);
window.benchReady = true;
