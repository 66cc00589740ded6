import {tr} from './sample-text.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html, nothing} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/components/icon/icon.js';
import {registerIcon} from '../src/components/icon/registry.js';
import {iconNames, type IconMapping} from '../src/components/icon/icon-names.js';

const names = Object.keys(iconNames);

interface IconArgs {
  name: string;
  label: string;
  size: number;
  color: string;
}

const meta: Meta<IconArgs> = {
  title: 'Widgets/Icon',
  component: 'ijm-icon',
  tags: ['autodocs'],
  args: {name: 'shield', label: '', size: 32, color: '#00558c'},
  argTypes: {
    name: {control: 'select', options: names},
    label: {control: 'text'},
    size: {control: {type: 'range', min: 12, max: 96, step: 2}, description: 'Surrounding `font-size` in px (the icon is 1em).'},
    color: {control: 'color', description: 'Surrounding text colour (the icon draws in `currentColor`).'},
  },
  parameters: {
    docs: {
      description: {
        component:
          'The charity site’s 53 icons, drawn from [Tabler Icons](https://tabler.io/icons) (MIT). Sized by the surrounding `font-size` (or `--ijm-icon-size`), coloured by the surrounding text colour, mirrored in right-to-left text when they point along the reading direction. Names are case-insensitive; partners add their own with `registerIcon(name, svg)`.',
      },
    },
  },
  render: ({name, label, size, color}) => html`
    <span style=${styleMap({fontSize: `${size}px`, color})}>
      <ijm-icon name=${name} label=${label || nothing}></ijm-icon>
    </span>
  `,
};
export default meta;

type Story = StoryObj<IconArgs>;

export const Default: Story = {};

export const Labelled: Story = {
  args: {name: 'facebook', label: 'IJM on Facebook'},
  parameters: {docs: {description: {story: 'With `label` the icon is an image with that accessible name; without it, it is hidden from assistive tech.'}}},
};

function filterGallery(event: Event) {
  const input = event.target as HTMLInputElement;
  const query = input.value.trim().toLowerCase();
  const gallery = input.closest('.gallery')!;
  let shown = 0;
  for (const cell of gallery.querySelectorAll<HTMLElement>('[data-search]')) {
    cell.hidden = query !== '' && !cell.dataset.search!.includes(query);
    if (!cell.hidden) shown++;
  }
  gallery.querySelector('output')!.value = `Showing ${shown} of ${names.length}`;
}

const galleryStyles = html`<style>
  .gallery { font-family: system-ui, sans-serif; color: var(--ijm-color-text, #1b2430); }
  .gallery label { display: inline-flex; flex-wrap: wrap; max-inline-size: 100%; align-items: center; gap: 0.5em; margin-block-end: 1em; }
  .gallery input { font: inherit; color: inherit; background: var(--ijm-color-surface, #fff); padding: 0.4em 0.6em; border: 1px solid var(--ijm-color-muted, #566170); border-radius: 6px; min-inline-size: min(16em, 100%); }
  .gallery output { color: var(--ijm-color-muted, #566170); font-size: 0.875em; margin-inline-start: 0.75em; }
  .gallery ul { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(9.5em, 1fr)); gap: 0.5em; }
  .gallery li { border: 1px solid var(--ijm-color-border, #cfd6df); border-radius: 6px; padding: 0.75em 0.5em; text-align: center; }
  .gallery li[hidden] { display: none; }
  .gallery .art { display: block; margin-block-end: 0.25em; }
  .gallery code { font-size: 0.8125em; overflow-wrap: anywhere; }
  .gallery small { display: block; color: var(--ijm-color-muted, #566170); font-size: 0.75em; margin-block-start: 0.25em; }
</style>`;

export const Gallery: Story = {
  parameters: {
    controls: {include: ['size', 'color']},
    docs: {description: {story: 'Every site icon with its name and its Tabler artwork. Type to filter by name, artwork or reason; use the controls for size and colour, the toolbar for right-to-left.'}},
  },
  render: ({size, color}) => html`
    ${galleryStyles}
    <div class="gallery" lang="en">
      <label>Search icons <input type="search" placeholder="arrow, speaker, brand…" @input=${filterGallery} /></label>
      <output aria-live="polite">Showing ${names.length} of ${names.length}</output>
      <ul>
        ${names.map((name) => {
          const {tabler, style = 'outline', why = ''} = iconNames[name as keyof typeof iconNames] as IconMapping;
          return html`<li data-search=${`${name} ${tabler} ${why}`.toLowerCase()} title=${why || nothing}>
            <span class="art" style=${styleMap({fontSize: `${size}px`, color})}><ijm-icon name=${name}></ijm-icon></span>
            <code>${name}</code>
            <small>${tabler}${style === 'filled' ? ' (filled)' : ''}</small>
          </li>`;
        })}
      </ul>
    </div>
  `,
};

export const Sizes: Story = {
  parameters: {docs: {description: {story: '1em of the surrounding font size (12–64 px here), or `--ijm-icon-size`. The rail’s chevrons and the card’s shield are drawn for 12–20 px.'}}},
  render: () => html`
    ${[12, 16, 20, 24, 32, 48, 64].map(
      (px) => html`<span style=${styleMap({fontSize: `${px}px`, marginInlineEnd: '0.5em'})}>
        <ijm-icon name="shield"></ijm-icon><ijm-icon name="arrow-simple-right"></ijm-icon>
      </span>`,
    )}
    <p><span style=${styleMap({'--ijm-icon-size': '40px'})}><ijm-icon name="love"></ijm-icon></span> <code>--ijm-icon-size: 40px</code></p>
  `,
};

export const Colours: Story = {
  parameters: {docs: {description: {story: 'Icons draw in `currentColor`, so they follow the text colour, including on dark backgrounds and in forced-colours mode.'}}},
  render: () => html`
    <div style=${styleMap({fontSize: '32px', display: 'flex', gap: '0.5em', alignItems: 'center'})}>
      ${['#00558c', '#f5b335', '#b42318', '#1d7a3a', '#1b2430'].map((color) => html`<ijm-icon name="love" style=${styleMap({color})}></ijm-icon>`)}
      <span style=${styleMap({background: '#1b2430', color: '#fff', padding: '0.2em', borderRadius: '6px'})}>
        <ijm-icon name="facebook"></ijm-icon><ijm-icon name="instagram"></ijm-icon><ijm-icon name="twitter"></ijm-icon>
      </span>
    </div>
  `,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  parameters: {docs: {description: {story: 'In right-to-left text, icons that point along the reading direction (left/right arrows, `new-tab`, `return`) mirror; everything else, such as `play`, keeps its drawing.'}}},
  render: () => html`
    ${['ltr', 'rtl'].map(
      (dir) => html`<p dir=${dir} style=${styleMap({fontSize: '28px', display: 'flex', flexWrap: 'wrap', gap: '0.5em', alignItems: 'center'})}>
        <code style=${styleMap({fontSize: '14px'})}>${dir}</code>
        ${['arrow-right', 'arrow-long-right', 'arrow-simple-right', 'arrow-simple-alt-right', 'new-tab', 'return', 'play', 'speaker-up'].map(
          (name) => html`<ijm-icon name=${name}></ijm-icon>`,
        )}
      </p>`,
    )}
  `,
};

export const InOtherWidgets: Story = {
  name: 'In buttons and labels',
  parameters: {docs: {description: {story: 'How the rail (previous/next) and the article card (protected story) use icons: the button or text carries the name, so the icon has no label.'}}},
  render: () => html`
    <div style=${styleMap({display: 'flex', gap: '1em', alignItems: 'center', fontFamily: 'system-ui, sans-serif'})}>
      <button aria-label=${tr('Previous stories')} style=${styleMap({fontSize: '20px', inlineSize: '40px', blockSize: '40px', borderRadius: '50%'})}>
        <ijm-icon name="arrow-simple-left"></ijm-icon>
      </button>
      <button aria-label=${tr('Next stories')} style=${styleMap({fontSize: '20px', inlineSize: '40px', blockSize: '40px', borderRadius: '50%'})}>
        <ijm-icon name="arrow-simple-right"></ijm-icon>
      </button>
      <span style=${styleMap({fontSize: '14px', fontWeight: '600', color: 'var(--ijm-color-muted, #566170)'})}><ijm-icon name="shield"></ijm-icon> ${tr('Protected')}</span>
      <a href="https://www.ijm.org/" style=${styleMap({color: 'var(--ijm-color-primary, #00558c)'})}>${tr('Find out more')} <ijm-icon name="arrow-long-right"></ijm-icon></a>
    </div>
  `,
};

export const RegisteredIcon: Story = {
  name: 'Registered partner icon',
  parameters: {docs: {description: {story: '`registerIcon(name, svgText)` adds a partner’s icon. The source is untrusted: only shapes and paint survive (the `<script>` and `onload` in this one are dropped).'}}},
  render: () => {
    registerIcon(
      'partner-badge',
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" onload="alert(1)"><circle cx="12" cy="12" r="10" fill="#f5b335"/><path d="M7 12l3 3l7-7" fill="none" stroke="#1b2430" stroke-width="2.5" stroke-linecap="round"/><script>alert(1)</script></svg>',
    );
    return html`<span style=${styleMap({fontSize: '48px'})}><ijm-icon name="partner-badge" label="Partner badge"></ijm-icon></span>`;
  },
};

export const UnknownName: Story = {
  name: 'Unknown name',
  args: {name: 'no-such-icon'},
  argTypes: {name: {control: 'text'}},
  parameters: {docs: {description: {story: 'An unknown name renders nothing (the 1em box stays, so nothing shifts), warns once in the console and fires `ijm-icon-error` with `detail.name`.'}}},
};
