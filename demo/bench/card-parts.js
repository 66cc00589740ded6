// Run by scripts/bench-card-parts.mjs: mounts 100 cards of one tag (ours, each variant of
// apps/ijm-card-ablation.js, the minimal Lit card, Shoelace's) the way cards.js does, the whole
// mount between two console.timeStamp() marks that the script finds in Chromium's trace.
const stage = document.getElementById('stage');
const image = new URL('/demo/images/story-nway.svg', location.href).href;
const heading = (i) => `Story number ${i}: a long enough headline to wrap onto two lines`;
const summary = 'From isolation and abuse to community and safety: it took a movement of people.';

const make = (tag, i) => {
  if (tag === 'sl-card') {
    const el = document.createElement('sl-card');
    el.append(
      Object.assign(document.createElement('img'), {slot: 'image', src: image, alt: ''}),
      Object.assign(document.createElement('strong'), {textContent: heading(i)}),
      Object.assign(document.createElement('p'), {textContent: summary}),
      Object.assign(document.createElement('small'), {textContent: '8 Mar 2024'}),
    );
    return el;
  }
  const story = {href: `https://example.org/stories/${i}`, heading: heading(i), summary, date: '2024-03-08'};
  return Object.assign(document.createElement(tag), tag === 'bench-card-placeholder' ? story : {...story, image});
};

const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** Mounts `n` cards of `tag` until they are painted, marked `S|tag|run` and `E|tag|run` in the trace. */
window.benchMount = async (n, tag, run = -1) => {
  stage.replaceChildren();
  await frame();
  console.timeStamp(`S|${tag}|${run}`);
  const cards = Array.from({length: n}, (_, i) => make(tag, i));
  stage.append(...cards);
  await Promise.all(cards.map((el) => el.updateComplete));
  void stage.offsetHeight;
  await frame();
  console.timeStamp(`E|${tag}|${run}`);
};

await Promise.all(['/dist/bench/ijm-card-ablation/ijm-card-ablation.js', '/dist/bench/ijm-card/ijm-card.js', '/dist/bench/sl-card/sl-card.js'].map((src) => import(src)));
window.benchReady = true;
