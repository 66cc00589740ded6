/// <reference types="vite/client" />
import type {Story} from '../src/data/story.js';
// `?no-inline`: served as files, so they have http(s) URLs (cards refuse data: images).
import questionsImage from '../demo/images/story-questions.svg?no-inline';
import nwayImage from '../demo/images/story-nway.svg?no-inline';
import survivorsImage from '../demo/images/story-survivors.svg?no-inline';
import womensDayImage from '../demo/images/story-womens-day.svg?no-inline';

/**
 * The seed page's four related stories, for stories in Storybook, and a stand-in
 * feed server: Storybook has no backend, so a few made-up feed URLs answer here.
 */
const image = (path: string) => new URL(path, location.href).href;

export const seedStories: Story[] = [
  {
    url: 'https://www.ijm.org/stories/does-slavery-still-exist',
    title: 'Does slavery still exist?',
    summary: 'Your top questions about slavery answered.',
    image: image(questionsImage),
    kicker: 'Stories',
  },
  {
    url: 'https://www.ijm.org/stories/nways-story',
    title: 'this is Nway’s story',
    summary:
      'From isolation and abuse to community and safety: it took a movement of people to help Nway* stitch her life back together. That’s what your regular gift could do for a child like Nway.',
    image: image(nwayImage),
    kicker: 'Stories',
    protected: true,
  },
  {
    url: 'https://www.ijm.org/stories/two-ukrainian-survivors',
    title: 'IJM supports two Ukrainian survivors of trafficking',
    image: image(survivorsImage),
    kicker: 'Stories',
  },
  {
    url: 'https://www.ijm.org/stories/international-womens-day',
    title: 'This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women',
    summary: 'Two years since war broke out in Ukraine, Ukrainian women are still facing risks of exploitation.',
    image: image(womensDayImage),
    date: '2024-03-08T09:00:00Z',
    kicker: 'Stories',
  },
];

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
          tags: ['Stories'],
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
