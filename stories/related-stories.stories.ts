import {attributes} from './attributes.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import '../src/components/related-stories/related-stories.js';
import {tr} from './sample-text.js';
import {BROKEN_FEED_URL, EMPTY_FEED_URL, FEED_URL, SLOW_FEED_URL, englishSummary, englishTitle, seedStories} from './seed-stories.js';

interface Args {
  src: string;
  limit: number;
  heading?: string;
  'more-href': string;
  'more-label'?: string;
  exclude?: string;
  timeout: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/Related stories',
  component: 'ijm-related-stories',
  tags: ['autodocs'],
  args: {
    src: FEED_URL,
    limit: 4,
    'more-href': 'https://www.ijm.org/stories',
    timeout: 8000,
  },
  argTypes: {
    src: {control: 'select', options: [FEED_URL, SLOW_FEED_URL, BROKEN_FEED_URL]},
    limit: {control: {type: 'number', min: 1, max: 24}},
  },
  render: (args) => html`<ijm-related-stories ${attributes('ijm-related-stories', args)}></ijm-related-stories>`,
  parameters: {
    docs: {
      description: {
        component:
          'The rail under a partner’s article. It reads JSON Feed, RSS, Atom or WordPress REST (`/wp-json/wp/v2/posts?_embed`) from `src`, or takes `stories` or `<ijm-article-card>` children. While the feed loads, skeleton cards hold the space; on error it shows its `fallback` slot or collapses. The feeds in these stories are stand-ins answered inside Storybook.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const FromFeed: Story = {name: 'From a feed (the seed’s stories)'};

/**
 * The skeleton row keeps scrolling while loading (its scrollbar is part of the height the stories
 * will take), and it is axe-clean: its cards are hidden from assistive technology and carry no
 * words (the rail says "Loading…" once), so it holds nothing a keyboard would need to reach.
 */
export const Loading: Story = {
  name: 'Loading (skeleton)',
  args: {src: SLOW_FEED_URL, timeout: 3_600_000},
};

export const ErrorWithFallback: Story = {
  name: 'Error, with a fallback',
  args: {src: BROKEN_FEED_URL},
  render: (args) => html`<ijm-related-stories src=${args.src}>
    <p slot="fallback">${tr('More stories from the field on')} <a href="https://www.ijm.org/stories">ijm.org/stories</a>.</p>
  </ijm-related-stories>`,
};

export const ErrorCollapsed: Story = {
  name: 'Error, no fallback (collapses)',
  args: {src: BROKEN_FEED_URL},
  render: (args) => html`<p>${tr('Partner text above.')}</p>
    <ijm-related-stories src=${args.src}></ijm-related-stories>
    <p>${tr('Partner text below: nothing between them, not even an empty box.')}</p>`,
};

export const EmptyFeed: Story = {
  name: 'Empty feed (the fallback)',
  args: {src: EMPTY_FEED_URL},
  render: (args) => html`<ijm-related-stories src=${args.src}>
    <p slot="fallback">${tr('More stories from the field on')} <a href="https://www.ijm.org/stories">ijm.org/stories</a>.</p>
  </ijm-related-stories>`,
};

/** The feed never answers: after `timeout` (1.5 s here) the rail gives up and shows its fallback. */
export const FeedTimeout: Story = {
  name: 'Feed timeout (the fallback)',
  args: {src: SLOW_FEED_URL, timeout: 1500},
  render: (args) => html`<ijm-related-stories src=${args.src} timeout=${args.timeout}>
    <p slot="fallback">${tr('More stories from the field on')} <a href="https://www.ijm.org/stories">ijm.org/stories</a>.</p>
  </ijm-related-stories>`,
  play: () => new Promise((resolve) => setTimeout(resolve, 2000)),
};

export const OneStory: Story = {
  name: 'One story',
  render: () => html`<ijm-related-stories .stories=${seedStories.slice(0, 1)} more-href="https://www.ijm.org/stories"></ijm-related-stories>`,
};

export const TooFewStories: Story = {
  name: 'Fewer stories than min-stories (the fallback)',
  render: () => html`<ijm-related-stories .stories=${seedStories.slice(0, 2)} min-stories="3">
    <p slot="fallback">${tr('Two stories are not a rail: the fallback shows instead.')} (<code>min-stories="3"</code>)</p>
  </ijm-related-stories>`,
};

/** Scroll the rail into view for a second (`ijm-stories-view`) and open a story (`ijm-story-click`, not followed here): see the console. */
export const ViewAndClickEvents: Story = {
  name: 'View and story-click events',
  render: () => html`<ijm-related-stories
    .stories=${seedStories}
    @ijm-stories-view=${(e: CustomEvent) => console.info('ijm-stories-view', e.detail)}
    @ijm-story-click=${(e: CustomEvent) => console.info('ijm-story-click', e.detail)}
    @click=${(e: Event) => e.preventDefault()}
  ></ijm-related-stories>`,
};

export const FromProperty: Story = {
  name: 'From the stories property',
  render: () => html`<ijm-related-stories .stories=${seedStories} more-href="https://www.ijm.org/stories"></ijm-related-stories>`,
};

export const FromChildren: Story = {
  name: 'From child cards',
  render: () => html`<ijm-related-stories limit="3">
    ${seedStories.slice(0, 3).map(
      (s) => html`<ijm-article-card href=${s.url} heading=${s.title} summary=${s.summary ?? nothing} image=${s.image ?? nothing} ?protected=${s.protected}></ijm-article-card>`,
    )}
  </ijm-related-stories>`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl"><ijm-related-stories .stories=${seedStories} more-href="https://www.ijm.org/stories"></ijm-related-stories></div>`,
};

/**
 * Right-to-left text, not a left-to-right language flipped: Hebrew stories on a Hebrew page (`lang="he" dir="rtl"`).
 * The widgets ship English, Romanian, Ukrainian and Bulgarian only, so their own words (the buttons' names, the
 * kicker) fall back to English here; the heading and "see more" are the page's own (`heading`, `more-label`).
 */
export const RightToLeftHebrew: Story = {
  name: 'Right to left, Hebrew text',
  parameters: {check: {english: true}},
  render: () => html`<div lang="he" dir="rtl">
    <ijm-related-stories
      heading="אולי יעניין אותך גם…"
      more-label="לעוד סיפורים"
      more-href="https://www.ijm.org/stories"
      .stories=${seedStories.map((s) => ({...s, title: tr(englishTitle(s), 'he'), summary: s.summary && tr(englishSummary(s), 'he'), kicker: 'סיפורים'}))}
    ></ijm-related-stories>
  </div>`,
};

export const NarrowViewport: Story = {
  name: 'Narrow viewport (scrolling rail)',
  globals: {viewport: {value: 'phone', isRotated: false}},
};

export const Eight: Story = {
  name: 'Limit 8 (two rows on wide screens)',
  render: () => html`<ijm-related-stories .stories=${[...seedStories, ...seedStories].map((s, i) => ({...s, url: `${s.url}?n=${i}`}))} limit="8"></ijm-related-stories>`,
};
