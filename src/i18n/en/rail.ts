import type {Strings} from '../strings.js';

/** English text of the related-stories rail: a module of its own, so it ships with that widget only. */
export const rail: Strings['rail'] = {
  heading: 'You might also be interested in…',
  seeMore: 'see more',
  seeMoreName: 'See more stories',
  previous: 'Previous stories',
  next: 'Next stories',
  carousel: 'carousel',
  slide: 'story',
  position: (index, total) => `${index} of ${total}`,
  error: 'Stories could not be loaded.',
  empty: 'No stories to show yet.',
};
