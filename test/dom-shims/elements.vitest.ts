// Every element can be created, connected and rendered in jsdom and happy-dom (the DOMs of
// Vitest and Jest) without throwing: what those DOMs lack (ResizeObserver, IntersectionObserver,
// attachInternals, CSS.supports, matchMedia…) is feature-detected. Run by `npm run test:dom-shims`.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {html, render, type TemplateResult} from 'lit';
import '../../src/all.js';
import type {IjmRelatedStories} from '../../src/components/related-stories/related-stories.component.js';

/** The text in `node` and the shadow roots inside it. */
function deepText(node: Node): string {
  return [...node.childNodes]
    .map((n) => (n.nodeType === 3 ? (n as Text).data : n.nodeType === 1 && (n as Element).localName !== 'style' ? deepText(n) + ((n as Element).shadowRoot ? deepText((n as Element).shadowRoot!) : '') : ''))
    .join('')
    .replace(/\s+/g, ' ');
}

async function mount<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  const box = document.createElement('div');
  render(template, box);
  document.body.append(box);
  const el = box.firstElementChild as T & {updateComplete?: Promise<unknown>};
  await el.updateComplete;
  // Nested widgets (cards in the rail) render in the next updates.
  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) await (inner as {updateComplete?: Promise<unknown>}).updateComplete;
  return el;
}

describe('widgets in a test DOM', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  window.addEventListener('error', onError);
  afterEach(() => {
    document.body.replaceChildren();
    expect(errors).toEqual([]);
    vi.restoreAllMocks();
  });

  it('<ijm-icon> draws its icon', async () => {
    const el = await mount(html`<ijm-icon name="close"></ijm-icon>`);
    expect(el.shadowRoot!.querySelector('svg path')?.getAttribute('d')).toBeTruthy();
  });

  it('<ijm-article-card> shows its heading as a link', async () => {
    const el = await mount(html`<ijm-article-card href="https://www.ijm.org/stories/nway" heading="This is Nway’s story" date="2024-03-08"></ijm-article-card>`);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe('https://www.ijm.org/stories/nway');
    expect(deepText(el.shadowRoot!)).toContain('This is Nway’s story');
  });

  it('<ijm-related-stories> shows the stories given as a property', async () => {
    const el = document.createElement('ijm-related-stories') as IjmRelatedStories;
    el.stories = [
      {url: 'https://www.ijm.org/stories/a', title: 'Story A'},
      {url: 'https://www.ijm.org/stories/b', title: 'Story B'},
    ];
    document.body.append(el);
    await el.updateComplete;
    for (const card of el.shadowRoot!.querySelectorAll('ijm-article-card')) await (card as {updateComplete?: Promise<unknown>}).updateComplete;
    expect(el.shadowRoot!.querySelectorAll('ijm-article-card')).toHaveLength(2);
    expect(deepText(el.shadowRoot!)).toContain('Story B');
  });

  it('<ijm-related-stories> with a feed shows skeletons while it loads', async () => {
    vi.spyOn(globalThis, 'fetch').mockReturnValue(new Promise(() => {}));
    const el = await mount(html`<ijm-related-stories src="https://www.example.org/feed.json" limit="3"></ijm-related-stories>`);
    expect(el.shadowRoot!.querySelectorAll('ijm-article-card[loading]')).toHaveLength(3);
  });

  it('<ijm-donate-cta> checks the chosen amount', async () => {
    const el = await mount(html`<ijm-donate-cta currency="EUR" amounts="25, 50, 100" amount="100"></ijm-donate-cta>`);
    const checked = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].filter((i) => i.checked).map((i) => i.value);
    expect(checked).toEqual(['monthly', '100']);
  });

  it('<ijm-email-signup> shows its form', async () => {
    const el = await mount(html`<ijm-email-signup action="https://www.example.org/signup" name-field></ijm-email-signup>`);
    expect(el.shadowRoot!.querySelector('input[type=email]')).toBeTruthy();
    expect(deepText(el.shadowRoot!)).toContain('Sign up');
  });

  it('<ijm-widgets> gives its locale to the widgets inside', async () => {
    const el = await mount(html`<ijm-widgets locale="uk"><ijm-email-signup action="https://www.example.org/signup"></ijm-email-signup></ijm-widgets>`);
    const signup = el.querySelector('ijm-email-signup') as HTMLElement & {updateComplete: Promise<unknown>};
    await signup.updateComplete;
    expect(deepText(signup.shadowRoot!)).toContain('Підписка на новини');
  });
});
