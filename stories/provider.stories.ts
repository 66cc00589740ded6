import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/context/provider.js';

const meta: Meta = {
  title: 'Widgets/Provider',
  component: 'ijm-widgets',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Sets defaults for every widget inside it. It has no look of its own (`display: contents`). The locale toolbar of this Storybook works through an outer provider.',
      },
    },
  },
};
export default meta;

export const Defaults: StoryObj = {
  render: () => html`
    <ijm-widgets locale="uk" partner="kyiv-help" currency="UAH" donate-href="https://www.ijm.org/donate">
      <p>Widgets placed here speak Ukrainian, give in hryvnia and credit the partner “kyiv-help”.</p>
    </ijm-widgets>
  `,
};
