/// <reference types="vite/client" />
import type {Story} from '../src/data/story.js';
// `?no-inline`: served as files, so they have http(s) URLs (cards refuse data: images).
import questionsImage from '../demo/images/story-questions.svg?no-inline';
import nwayImage from '../demo/images/story-nway.svg?no-inline';
import survivorsImage from '../demo/images/story-survivors.svg?no-inline';
import womensDayImage from '../demo/images/story-womens-day.svg?no-inline';

import seed from '../demo/seed-stories.json';

/**
 * The seed page's four related stories (demo/seed-stories.json, shared with the demo feed), for
 * stories in Storybook, and a stand-in feed server: Storybook has no backend, so a few made-up
 * feed URLs answer here.
 */
const images: Record<string, string> = {
  'story-questions.svg': questionsImage,
  'story-nway.svg': nwayImage,
  'story-survivors.svg': survivorsImage,
  'story-womens-day.svg': womensDayImage,
};

export const seedStories: Story[] = seed.stories.map((story) => ({
  url: `https://www.ijm.org/stories/${story.slug}`,
  title: story.title,
  summary: 'summary' in story ? story.summary : undefined,
  image: new URL(images[story.image], location.href).href,
  date: 'date' in story ? story.date : undefined,
  // No kicker: the card shows its localised default ("Stories", "Історії", …), as on the demo page.
  protected: 'protected' in story ? story.protected : undefined,
}));

export const FEED_URL = 'https://feeds.example.org/ijm/stories.json';
export const SLOW_FEED_URL = 'https://feeds.example.org/ijm/slow.json';
export const BROKEN_FEED_URL = 'https://feeds.example.org/ijm/broken.json';

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
    if (url === BROKEN_FEED_URL) return Promise.resolve(new Response('Internal Server Error', {status: 500}));
    return realFetch(input, init);
  };
}
