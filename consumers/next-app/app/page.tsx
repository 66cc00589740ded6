// A server component: the wrappers render on the server and hydrate in the browser, where they
// set `stories` and listen for `ijm-donate` (React 19 alone does neither on hydration).
import type {Story} from '@ijm/widgets';
import {IjmRelatedStories} from '@ijm/widgets/react';
import {Donate} from './donate';

const stories: Story[] = [
  {url: 'https://www.ijm.org/stories/one', title: 'Next story one'},
  {url: 'https://www.ijm.org/stories/two', title: 'Next story two'},
];

export default function Page() {
  return (
    <main>
      <IjmRelatedStories heading="From the server" stories={stories} limit={2} />
      <Donate />
    </main>
  );
}
