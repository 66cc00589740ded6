// React 19, client-rendered: the tags as they are (JSX types from the package) and the
// @ijm/widgets/react wrappers, side by side. The widget modules are imported before React renders,
// so React sets `stories` as a property, not as an attribute.
import '@ijm/widgets/related-stories.js';
import '@ijm/widgets/donate-cta.js';
import {useState} from 'react';
import {createRoot} from 'react-dom/client';
import type {IjmDonateEvent, Story} from '@ijm/widgets';
import {IjmDonateCta, IjmRelatedStories} from '@ijm/widgets/react';

const stories: Story[] = [
  {url: 'https://www.ijm.org/stories/one', title: 'Consumer story one'},
  {url: 'https://www.ijm.org/stories/two', title: 'Consumer story two'},
];

function App() {
  const [jsxChoice, setJsxChoice] = useState('');
  const [wrapperChoice, setWrapperChoice] = useState('');
  // Our own checkout: cancel the event, keep the choice.
  const checkout = (set: (s: string) => void) => (event: IjmDonateEvent) => {
    event.preventDefault();
    set(`${event.detail.amount ?? ''} ${event.detail.currency} ${event.detail.frequency}`);
  };
  return (
    <>
      <section id="jsx">
        <ijm-related-stories heading="Tags" stories={stories} limit={2}></ijm-related-stories>
        <ijm-donate-cta currency="EUR" amounts="10,25,50" amount={25} onijm-donate={checkout(setJsxChoice)}></ijm-donate-cta>
        <output>{jsxChoice}</output>
      </section>
      <section id="wrappers">
        <IjmRelatedStories heading="Wrappers" stories={stories} limit={2} />
        <IjmDonateCta currency="EUR" amounts="10,25,50" amount={50} onIjmDonate={checkout(setWrapperChoice)} />
        <output>{wrapperChoice}</output>
      </section>
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
