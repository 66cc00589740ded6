/// <reference types="vite/client" />
import type {Story} from '../src/data/story.js';
import {sampleStories} from '../src/configure/samples.js';
import {tr} from './sample-text.js';

/**
 * The seed page's four related stories (demo/seed-stories.json, shared with the demo feed and the
 * embed builder, whose samples.ts maps them to stories), for stories in Storybook, and a stand-in
 * feed server: Storybook has no backend, so a few made-up feed URLs answer here.
 */
// No kicker: the card shows its localised default ("Stories", "Історії", …), as on the demo page.
export const seedStories: Story[] = sampleStories();
const english = seedStories.map((s) => ({...s}));

/** A seed story's English title and summary (whatever the current locale). */
export const englishTitle = (story: Story) => english[seedStories.indexOf(story)]?.title ?? story.title;
export const englishSummary = (story: Story) => english[seedStories.indexOf(story)]?.summary ?? story.summary ?? '';

/** The seed stories' titles and summaries in `locale` (in place: stories hold these objects). */
export function localiseSeedStories(locale: string): void {
  seedStories.forEach((story, i) => {
    story.title = tr(english[i].title, locale);
    if (english[i].summary) story.summary = tr(english[i].summary!, locale);
  });
}

export const FEED_URL = 'https://feeds.example.org/ijm/stories.json';
export const SLOW_FEED_URL = 'https://feeds.example.org/ijm/slow.json';
export const BROKEN_FEED_URL = 'https://feeds.example.org/ijm/broken.json';
export const EMPTY_FEED_URL = 'https://feeds.example.org/ijm/empty.json';

const installed = Symbol.for('ijm-widgets.storybook-feeds');
const globals = window as typeof window & {[installed]?: boolean};
if (!globals[installed]) {
  globals[installed] = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url === FEED_URL) {
      const feed = {
        version: 'https://jsonfeed.org/version/1.1',
        title: 'IJM stories',
        items: seedStories.map((s) => ({
          url: s.url,
          title: s.protected ? `Protected: ${s.title}` : s.title,
          summary: s.summary,
          image: s.image,
          date_published: s.date,
          _ijm: {protected: s.protected === true},
        })),
      };
      return Promise.resolve(new Response(JSON.stringify(feed), {headers: {'content-type': 'application/feed+json'}}));
    }
    if (url === SLOW_FEED_URL) {
      // Never answers: the loading state stays on screen.
      return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)));
    }
    if (url === EMPTY_FEED_URL) {
      const feed = {version: 'https://jsonfeed.org/version/1.1', title: 'IJM stories', items: []};
      return Promise.resolve(new Response(JSON.stringify(feed), {headers: {'content-type': 'application/feed+json'}}));
    }
    if (url === BROKEN_FEED_URL) return Promise.resolve(new Response('Internal Server Error', {status: 500}));
    return realFetch(input, init);
  };
}
