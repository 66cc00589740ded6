/// <reference types="vite/client" />
/**
 * The stories the related-stories preview shows until a feed URL is given:
 * the demo page's four (demo/seed-stories.json), with their images served
 * as files beside the builder (cards refuse data: images).
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
