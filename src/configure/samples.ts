/// <reference types="vite/client" />
/**
 * The demo page's four stories (demo/seed-stories.json) as `Story` objects, with their images
 * served as files (cards refuse data: images): what the builder's related-stories preview shows
 * until a feed URL is given, and Storybook's seed stories (stories/seed-stories.ts).
 */
import type {Story} from '../data/story.js';
import questions from '../../demo/images/story-questions.svg?no-inline';
import nway from '../../demo/images/story-nway.svg?no-inline';
import survivors from '../../demo/images/story-survivors.svg?no-inline';
import womensDay from '../../demo/images/story-womens-day.svg?no-inline';
import seed from '../../demo/seed-stories.json';

const images: Record<string, string> = {
  'story-questions.svg': questions,
  'story-nway.svg': nway,
  'story-survivors.svg': survivors,
  'story-womens-day.svg': womensDay,
};

export function sampleStories(): Story[] {
  return seed.stories.map((story) => ({
    url: `https://www.ijm.org/stories/${story.slug}`,
    title: story.title,
    summary: 'summary' in story ? story.summary : undefined,
    image: new URL(images[story.image], location.href).href,
    date: 'date' in story ? story.date : undefined,
    protected: 'protected' in story ? story.protected : undefined,
  }));
}
