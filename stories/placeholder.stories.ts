import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {placeholderSheet} from '../src/styles/placeholders.generated.js';
import {TOKENS} from '../src/styles/token-values.js';
import {tr} from './sample-text.js';
import {PARTNER_HEAD} from './partner-head.js';

/**
 * The loading placeholder: what a partner's page shows between the tags arriving and the widgets'
 * code (each keeps the box it will take, a quiet grey outline, from `placeholders.css`). In this
 * Storybook every `ijm-*` element is defined, so the page is a frame of its own (`srcdoc`, same
 * origin) where none is: the tags with the placeholders' rules (the generated stylesheet,
 * src/styles/placeholders.generated.ts, the rules of dist/cdn/placeholders.css) and no code. The
 * frame takes the toolbar's language, direction and theme (the tokens of the theme's page).
 */
const meta: Meta = {
  title: 'Widgets/Loading placeholder',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Before a widget’s code arrives, its tag keeps the box the widget will take, drawn as a quiet grey outline, so the page does not move when the widget draws itself. What a tag holds (a plain donate link) shows in it meanwhile. The boxes come from `placeholders.css`, the first line of the snippet. The frame below is a page where the widgets are not defined.',
      },
      // What the partner pastes (the frame is this Storybook's way of showing a page without the code).
      source: {
        code: [
          PARTNER_HEAD,
          '',
          '<ijm-related-stories src="https://www.example.org/stories.json"></ijm-related-stories>',
          '<ijm-donate-cta partner="hope-bridge-ro"><a href="https://www.ijm.org/donate">Donate to IJM</a></ijm-donate-cta>',
          '<ijm-email-signup action="https://www.example.org/subscribe"></ijm-email-signup>',
          '<ijm-article-card href="https://www.ijm.org/stories" heading="Does slavery still exist?" summary="Your top questions about slavery answered."></ijm-article-card>',
        ].join('\n'),
      },
    },
  },
};
export default meta;

/** The frame's page: the theme's tokens and colours (read from the story's themed page), the placeholders' rules, the tags. */
function framePage(themed: Element, locale: string, dir: string): string {
  const style = getComputedStyle(themed);
  const tokens = Object.keys(TOKENS)
    .map((name) => [name, style.getPropertyValue(name).trim()])
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}:${value};`)
    .join('');
  const text = (value: string) => value.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const link = style.getPropertyValue('--ijm-color-primary').trim() || TOKENS['--ijm-color-primary'];
  return `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><style>
:root{${tokens}}
body{margin:0;background:${style.backgroundColor};color:${style.color};font:16px/1.5 ${style.fontFamily}}
a{color:${link}}
body>*+*{margin-top:1.5rem}
ijm-article-card{max-width:22rem}
${placeholderSheet}
</style></head><body>
<p>${text(tr('Partner text above.'))}</p>
<ijm-related-stories src="https://www.example.org/stories.json"></ijm-related-stories>
<ijm-donate-cta partner="hope-bridge-ro"><a href="https://www.ijm.org/donate">${text(tr('Donate to IJM'))}</a></ijm-donate-cta>
<p>${text(tr('Partner text between the widgets.'))}</p>
<ijm-email-signup action="https://www.example.org/subscribe"></ijm-email-signup>
<ijm-article-card href="https://www.ijm.org/stories" heading="${text(tr('Does slavery still exist?'))}" summary="${text(tr('Your top questions about slavery answered.'))}"></ijm-article-card>
</body></html>`;
}

/** Sizes the frame to its page (it has no height of its own), now and whenever its width changes. */
function fit(frame: HTMLIFrameElement): void {
  const size = () => {
    const root = frame.contentDocument?.documentElement;
    if (root) frame.style.height = `${root.scrollHeight}px`;
  };
  size();
  new ResizeObserver(size).observe(frame);
}

export const BeforeTheCode: StoryObj = {
  name: 'Before the code arrives',
  // The frame's page is written by the play function: on the docs page too.
  parameters: {docs: {story: {autoplay: true}}},
  render: (_args, {globals}) => {
    const frame = document.createElement('iframe');
    frame.title = tr('A partner’s page while the widgets’ code is on its way');
    frame.style.cssText = 'display:block;width:100%;border:0';
    frame.dataset.locale = globals.pseudo === 'on' ? 'en' : (globals.locale ?? 'en');
    frame.dataset.dir = globals.dir ?? 'ltr';
    return html`${frame}`;
  },
  // The theme's page is the decorator's element around the story: known once it is in the page.
  play: async ({canvasElement}) => {
    const frame = canvasElement.querySelector('iframe')!;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    frame.srcdoc = framePage(frame.closest('.sb-theme') ?? document.body, frame.dataset.locale!, frame.dataset.dir!);
    await loaded;
    await frame.contentDocument!.fonts.ready;
    fit(frame);
  },
};
