import {attributes} from './attributes.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/article-card/article-card.js';
import {seedStories} from './seed-stories.js';

interface Args {
  href: string;
  heading: string;
  summary: string;
  image: string;
  'image-alt': string;
  kicker?: string;
  date: string;
  variant: 'vertical' | 'horizontal';
  protected: boolean;
  loading: boolean;
  'heading-level': number;
}

const [questions, nway, survivors, womensDay] = seedStories;

const meta: Meta<Args> = {
  title: 'Widgets/Article card',
  component: 'ijm-article-card',
  tags: ['autodocs'],
  argTypes: {
    variant: {control: 'inline-radio', options: ['vertical', 'horizontal']},
    'heading-level': {control: {type: 'number', min: 2, max: 6}},
  },
  args: {
    href: questions.url,
    heading: questions.title,
    summary: questions.summary!,
    image: questions.image!,
    'image-alt': '',
    date: '2024-01-15',
    variant: 'vertical',
    protected: false,
    loading: false,
    'heading-level': 3,
  },
  render: (args) => html`<ijm-article-card ${attributes('ijm-article-card', args)}></ijm-article-card>`,
  decorators: [(story) => html`<style>.sb-card-frame{max-width:20rem}.sb-card-frame:has([variant='horizontal']){max-width:40rem}</style><div class="sb-card-frame">${story()}</div>`],
  parameters: {
    docs: {
      description: {
        component:
          'One story. The heading’s link is stretched over the whole card, so the card is one link with one focus ring. The image lazy-loads into a fixed aspect-ratio box, so nothing moves when it arrives. Feed text is always shown as text, never as markup; `href` and `image` must be `http(s)` URLs or they are dropped.',
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const Protected: Story = {
  args: {href: nway.url, heading: nway.title, summary: nway.summary!, image: nway.image!, protected: true, date: ''},
};

export const WithoutImage: Story = {
  name: 'Without image (placeholder)',
  args: {href: survivors.url, heading: survivors.title, summary: '', image: '', date: '2024-03-05'},
};

export const LongHeading: Story = {
  name: 'Long heading (clamped)',
  args: {
    href: womensDay.url,
    heading: `${womensDay.title}, and what partners in Romania and Bulgaria are doing about it`,
    summary: womensDay.summary!,
    image: womensDay.image!,
    date: '2024-03-08',
  },
};

export const Loading: Story = {
  name: 'Loading skeleton',
  args: {loading: true},
};

export const Horizontal: Story = {
  args: {variant: 'horizontal', href: survivors.url, heading: survivors.title, summary: 'IJM has directly provided support to Ukrainian refugees in Romania in over 7,000 cases.', image: survivors.image!, kicker: 'News'},
};

export const HorizontalProtected: Story = {
  name: 'Horizontal, protected',
  args: {variant: 'horizontal', href: nway.url, heading: nway.title, summary: nway.summary!, image: nway.image!, protected: true, date: ''},
  parameters: {docs: {description: {story: 'The protected mark stays a small badge on the image beside the text; the image fills its box whatever the text height.'}}},
};

export const HorizontalLoading: Story = {
  name: 'Horizontal, loading',
  args: {variant: 'horizontal', loading: true},
};

/** The image address answers with an error: the card keeps its box and shows the placeholder drawing. */
export const ImageFailsToLoad: Story = {
  name: 'Image that fails to load',
  args: {image: 'https://images.example.invalid/broken-story.jpg'},
};

export const UnsafeLink: Story = {
  name: 'Unsafe href and image (dropped)',
  args: {href: 'javascript:alert(1)', image: 'data:image/svg+xml,<svg/>', heading: 'A card whose link and image were refused'},
  parameters: {docs: {description: {story: 'Anything but an `http(s)` URL is dropped: the card is not a link, the placeholder shows, and the console says so once.'}}},
};

export const SlottedResponsiveImage: Story = {
  name: 'Your own responsive image (slot)',
  render: () => html`<ijm-article-card href=${nway.url} heading=${nway.title} summary=${nway.summary!} protected>
    <img slot="image" src=${nway.image!} srcset=${`${nway.image!} 1x, ${nway.image!} 2x`} sizes="20rem" alt="" />
  </ijm-article-card>`,
};
