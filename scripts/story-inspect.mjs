// What scripts/check-stories.mjs runs inside a story's page (Storybook's iframe.html), in every
// engine: one self-contained function (it is sent to the browser as source), so it uses nothing
// from this module's scope.

/** Recorded before anything else runs in the page: what a reader's console would show. */
export const HOOK = `(() => {
  const problems = (window.__storyProblems = []);
  const text = (args) => args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ');
  const original = console.error;
  console.error = function (...args) {
    problems.push('console error: ' + text(args));
    return original.apply(this, args);
  };
  addEventListener('error', (e) => {
    const target = e.target;
    if (target && target !== window) {
      // An image that fails on purpose (a story of a broken image) is the story's subject.
      if (!(target.localName === 'img' && /broken|missing/.test(target.src || ''))) problems.push('failed to load: ' + (target.src || target.href || target.localName));
    } else problems.push('page error: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => problems.push('unhandled rejection: ' + ((e.reason && e.reason.message) || e.reason)));
})();`;

/**
 * Waits for the story (Storybook's render, its play function, every widget's update, fonts), then
 * returns what is wrong on the whole page: recorded console errors, axe violations (WCAG A/AA and
 * best practice, colour contrast included), the page scrolling sideways, text running out of its
 * box or clipped, a scrolling row whose first item does not fit or whose next item does not peek,
 * and English words in a page of another language. `opts.locale` is the story's language.
 */
export async function inspect(opts) {
  const problems = [];
  const wait = (ms) => new Promise((r) => setTimeout(r, ms));
  const preview = () => window.__STORYBOOK_PREVIEW__;
  const done = ['completed', 'finished', 'played', 'errored', 'aborted'];
  for (const end = Date.now() + 20000; ; await wait(50)) {
    const phase = preview()?.currentRender?.phase;
    if (done.includes(phase) || document.body.classList.contains('sb-show-errordisplay')) break;
    if (Date.now() > end) {
      problems.push(`story did not finish rendering (phase ${phase})`);
      break;
    }
  }
  if (document.body.classList.contains('sb-show-errordisplay')) {
    problems.push(`story error: ${(document.querySelector('#error-message')?.textContent ?? '').trim().slice(0, 200)}`);
  }
  const parameters = preview()?.currentRender?.story?.parameters?.check ?? {};

  /** Every element, through open shadow roots, in tree order. */
  const deep = (root, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  };
  const composedParent = (node) => {
    const p = node.assignedSlot ?? node.parentNode;
    return p instanceof ShadowRoot ? p.host : p;
  };
  for (let i = 0; i < 3; i++) {
    const widgets = deep(document).filter((el) => el.localName.startsWith('ijm-'));
    await Promise.race([Promise.all(widgets.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))), wait(5000)]);
    await wait(80);
  }
  await document.fonts?.ready;
  await wait(opts.settle ?? 300);

  const root = document.querySelector('#storybook-root') ?? document.body;
  const all = deep(root);
  const widgets = all.filter((el) => el.localName.startsWith('ijm-') && el.localName !== 'ijm-widgets');
  const name = (el) => {
    if (!el) return '?';
    const part = el.getAttribute?.('part');
    const cls = el.getAttribute?.('class');
    return `${el.localName}${part ? `[part=${part}]` : cls ? '.' + cls.split(/\s+/)[0] : ''}`;
  };
  const hostOf = (el) => {
    for (let n = el; n; n = n.parentNode ?? n.host) if (n instanceof ShadowRoot) return n.host;
    return null;
  };
  const where = (el) => {
    const host = hostOf(el);
    return host ? `${name(host)} ${name(el)}` : name(el);
  };
  const style = (el) => getComputedStyle(el);
  /** Hidden from sight: not rendered, invisible, or the 1 px visually-hidden pattern. */
  const unseen = (el) => {
    if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true, opacityProperty: false})) return true;
    for (let n = el; n && n.nodeType === 1; n = composedParent(n)) {
      if (style(n).display === 'contents') continue;
      const r = n.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return true;
      if (style(n).clipPath.startsWith('inset(50%')) return true;
    }
    return false;
  };

  // The page scrolls sideways.
  const page = document.scrollingElement ?? document.documentElement;
  if (page.scrollWidth > window.innerWidth + 1) {
    const wide = all.filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 || el.getBoundingClientRect().left < -1);
    const culprit = wide.filter((el) => !wide.some((w) => w !== el && w.contains?.(el)) || el.shadowRoot === null).pop();
    problems.push(`page scrolls sideways: ${page.scrollWidth} px wide at ${window.innerWidth} px${culprit ? ` (${where(culprit)})` : ''}`);
  }

  // Text that runs out of its box or is clipped, in the widgets and what is slotted into them.
  const textNodes = [];
  const collect = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3 && child.data.trim()) textNodes.push(child);
      else if (child.nodeType === 1) {
        collect(child);
        if (child.shadowRoot) collect(child.shadowRoot);
      }
    }
  };
  collect(root);
  const range = document.createRange();
  const seen = new Set();
  const report = (key, text) => {
    if (seen.has(key) || seen.size > 12) return;
    seen.add(key);
    problems.push(text);
  };
  for (const node of textNodes) {
    const parent = node.parentElement ?? node.parentNode?.host;
    if (!parent || ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName) || unseen(parent)) continue;
    if (parent.closest('pre, code')) continue;
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0.5);
    if (!rects.length) continue;
    const text = node.data.trim().slice(0, 40);
    // Its own box: the closest ancestor that is not inline.
    let box = parent;
    while (box && ['inline', 'contents'].includes(style(box).display)) box = composedParent(box);
    for (let n = box, first = true; n && n.nodeType === 1; n = composedParent(n), first = false) {
      const s = style(n);
      const clips = s.overflowX !== 'visible' || s.overflowY !== 'visible';
      if (!first && !clips) {
        if (n === document.body) break;
        continue;
      }
      const b = n.getBoundingClientRect();
      const scrolls = /auto|scroll/.test(s.overflowX + s.overflowY);
      // Cut on purpose, with an ellipsis the reader sees (a card's clamped summary).
      if (s.webkitLineClamp && s.webkitLineClamp !== 'none') break;
      if (s.textOverflow === 'ellipsis') break;
      const pad = first && !clips ? ['Left', 'Right'].map((side) => parseFloat(s[`padding${side}`]) + parseFloat(s[`border${side}Width`])) : [0, 0];
      const out = rects.some((r) => r.left < b.left + pad[0] - 1.5 || r.right > b.right - pad[1] + 1.5);
      const outY = clips && rects.some((r) => r.top < b.top - 1.5 || r.bottom > b.bottom + 1.5);
      if (!out && !outY) continue;
      if (scrolls) break; // scrolled out of view: reachable
      report(`${where(n)}|${text}`, first && !clips ? `text runs out of its box: "${text}" in ${where(n)}` : `text clipped: "${text}" by ${where(n)}`);
      break;
    }
  }

  // A scrolling row: its first item fits, and the next one shows (peeks) when there are more.
  for (const el of all) {
    const s = style(el);
    if (!/auto|scroll/.test(s.overflowX) || el.scrollWidth <= el.clientWidth + 1 || unseen(el)) continue;
    const items = [...el.children].filter((c) => !unseen(c));
    if (items.length < 2) continue;
    const b = el.getBoundingClientRect();
    const inner = [b.left + parseFloat(s.paddingLeft), b.right - parseFloat(s.paddingRight)];
    const [first, second] = items.map((c) => c.getBoundingClientRect());
    if (first.width > inner[1] - inner[0] + 1) problems.push(`scrolling row ${where(el)}: its first item (${Math.round(first.width)} px) is wider than the row (${Math.round(inner[1] - inner[0])} px)`);
    else {
      const peek = Math.min(second.right, b.right) - Math.max(second.left, b.left);
      if (peek < 12) problems.push(`scrolling row ${where(el)}: the next item does not peek (${Math.max(0, Math.round(peek))} px of it in view)`);
    }
  }

  // English in another language's interface (text, and names read out).
  const lang = (node) => {
    for (let n = node.nodeType === 1 ? node : node.parentNode ?? node.host; n; n = n.assignedSlot ?? n.parentNode ?? n.host) {
      // The story's own markup may say a part is English; what a widget marks from its data does not count.
      if (n.nodeType === 1 && n.getRootNode() === document && n.getAttribute('lang') && n !== document.documentElement) return n.getAttribute('lang');
    }
    return opts.locale;
  };
  const english = /\b(the|and|of|to|your|you|for|with|this|that|our|we|more|stories|story|read|give|donate|monthly|email|sign|subscribe|help|see|amount|other|today|rescue|next|previous|loading|opens|new|tab|thank|please|enter|address|name|try|again|survivors|justice|from)\b/gi;
  const englishIn = (text) => (text.match(english) ?? []).length >= 2;
  if (opts.locale !== 'en' && !parameters.english) {
    for (const node of textNodes) {
      const parent = node.parentElement ?? node.parentNode?.host;
      if (!parent || ['STYLE', 'SCRIPT'].includes(parent.tagName) || parent.closest('pre, code')) continue;
      if (parent.closest('[hidden]') || (unseen(parent) && !parent.closest('.visually-hidden, [class*=visually-hidden]'))) continue;
      if (lang(node).startsWith('en') || !englishIn(node.data)) continue;
      report(`en|${node.data}`, `English in a ${opts.locale} page: "${node.data.trim().slice(0, 60)}" in ${where(parent)}`);
    }
    for (const el of all) {
      for (const attr of ['aria-label', 'alt', 'placeholder', 'title']) {
        const value = el.getAttribute(attr);
        if (value && englishIn(value) && !lang(el).startsWith('en')) report(`en|${value}`, `English in a ${opts.locale} page: ${attr}="${value.slice(0, 60)}" on ${where(el)}`);
      }
    }
  }

  // axe, on the whole page.
  if (window.axe) {
    // A frame of the story's own (the loading placeholder's page) is checked too: axe runs in each
    // frame it reaches, so it is added to same-origin frames that lack it.
    const script = document.querySelector('script[src$="/__check/axe.js"]')?.src;
    for (const frame of document.querySelectorAll('iframe')) {
      const doc = frame.contentDocument;
      if (!doc || frame.contentWindow.axe || !script) continue;
      await new Promise((resolve) => {
        const s = doc.createElement('script');
        s.src = script;
        s.onload = s.onerror = resolve;
        doc.head.append(s);
        setTimeout(resolve, 5000);
      });
    }
    const result = await window.axe.run(document, {
      rules: {
        region: {enabled: false},
        'landmark-one-main': {enabled: false},
        'page-has-heading-one': {enabled: false},
        ...Object.fromEntries((parameters.axeOff ?? []).map((id) => [id, {enabled: false}])),
      },
      resultTypes: ['violations'],
    });
    for (const v of result.violations) {
      const target = v.nodes
        .slice(0, 2)
        .map((n) => n.target.flat().join(' » '))
        .join('; ');
      const extra = v.id === 'color-contrast' ? ` (${v.nodes[0]?.any?.[0]?.message?.match(/contrast of [\d.]+/)?.[0] ?? ''})` : '';
      problems.push(`axe ${v.id}: ${v.nodes.length} node(s), ${target}${extra}`);
    }
  } else problems.push('axe did not load');

  return [...(window.__storyProblems ?? ['the recording script did not run']), ...problems];
}

/**
 * Run just before a visit's screenshot (after inspect()): holds the page still so that two runs
 * with the same code draw the same pixels. Every animation and transition, in the page and in each
 * open shadow root, is finished (a running one) or stopped at its start (an endless one: the
 * skeleton's pulse); text carets are transparent (a constructed stylesheet adopted by the document
 * and each shadow root: no <style> in the page); with `scrollbars: false` scrollbars are hidden, the
 * page's, its frames' and every scrolling box's (WebKitGTK's overlay scrollbars fade in and out). Returns what it did, for the log.
 */
export async function still(opts = {}) {
  const roots = [document];
  for (let i = 0; i < roots.length; i++) for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  const animations = new Set(roots.flatMap((root) => root.getAnimations?.() ?? []));
  for (const animation of animations) {
    try {
      animation.finish();
    } catch {
      animation.pause();
      animation.currentTime = 0;
    }
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('*, *::before, *::after { caret-color: transparent !important; }');
  for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  if (opts.scrollbars === false) {
    // The page does not scroll in its shot (WebKitGTK's overlay scrollbar is not a ::-webkit-scrollbar).
    const hide = new CSSStyleSheet();
    hide.replaceSync(':root { overflow: hidden !important; } ::-webkit-scrollbar { display: none !important; }');
    for (const root of roots) root.adoptedStyleSheets = [...root.adoptedStyleSheets, hide];
    for (const frame of document.querySelectorAll('iframe')) {
      const doc = frame.contentDocument;
      if (!doc) continue;
      const sheet = new frame.contentWindow.CSSStyleSheet();
      sheet.replaceSync(':root { overflow: hidden !important; } ::-webkit-scrollbar { display: none !important; }');
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
  }
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return animations.size;
}
