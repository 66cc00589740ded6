import {tr} from './sample-text.js';
import {attributes} from './attributes.js';
import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import '../src/components/email-signup/email-signup.js';
import type {IjmEmailSignup} from '../src/components/email-signup/email-signup.component.js';

/**
 * Storybook only: a pretend sign-up endpoint, so every state can be shown without a server.
 * `fetch` is wrapped once, and only for URLs under https://example.invalid/mock/ (a domain that
 * can never exist); every other request goes to the real `fetch` untouched. The path says how
 * to answer: `/mock/201`, `/mock/409`, `/mock/422`, `/mock/429`, `/mock/503`; `/mock/flaky`
 * (503, then 201 on the retry); `/mock/hang` (never answers: the sending state and timeouts).
 * Each answer comes after 600 ms so the sending state shows. Nothing of this ships.
 */
const MOCK = 'https://example.invalid/mock/';

function installMockEndpoint(): void {
  const page = window as Window & {ijmSignupMock?: true};
  if (page.ijmSignupMock) return;
  page.ijmSignupMock = true;
  const realFetch = window.fetch.bind(window);
  let flakyCalls = 0;
  window.fetch = async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.startsWith(MOCK)) return realFetch(input, init);
    const answer = url.slice(MOCK.length).split(/[?#]/)[0];
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, answer === 'hang' ? 2 ** 31 - 1 : 600);
      init?.signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('The request was aborted.', 'AbortError'));
      });
    });
    const status = answer === 'flaky' ? (flakyCalls++ % 2 === 0 ? 503 : 201) : Number(answer) || 201;
    const body = status === 422 ? {message: tr('This address cannot receive our emails. Try another one.')} : {ok: status < 300};
    return new Response(JSON.stringify(body), {status, headers: {'content-type': 'application/json'}});
  };
}
installMockEndpoint();

interface Args {
  action?: string;
  encoding?: 'json' | 'form';
  mode?: 'fetch' | 'navigate';
  'name-field'?: boolean;
  consent?: string;
  list?: string;
  partner?: string;
  heading?: string;
  description?: string;
  'button-label'?: string;
  'double-opt-in'?: boolean;
  'field-names'?: string;
  timeout?: number;
  layout?: 'stacked' | 'inline';
  'min-time'?: number;
  tags?: string;
  metadata?: string;
}

const render = (args: Args) => html`<ijm-email-signup ${attributes('ijm-email-signup', args)}></ijm-email-signup>`;

/**
 * Types an address (unless `email` is empty) and submits, as a reader would; then, unless `outcome`
 * is false (a story of the sending state, or of a submission that fires no event), waits for the
 * answer (`ijm-signup-success` or `ijm-signup-error`, 5 s at most), so that the story ends in the
 * state it shows (scripts/check-stories.mjs compares its screenshot with a baseline).
 */
async function submit(canvasElement: HTMLElement, email = 'reader@example.org', outcome = true): Promise<IjmEmailSignup> {
  const el = canvasElement.querySelector('ijm-email-signup')!;
  await el.updateComplete;
  const root = el.shadowRoot!;
  root.querySelector<HTMLInputElement>('#email')!.value = email;
  const consent = root.querySelector<HTMLInputElement>('#consent');
  if (consent && email) consent.checked = true;
  const answered = new Promise<void>((resolve) => {
    for (const type of ['ijm-signup-success', 'ijm-signup-error']) el.addEventListener(type, () => resolve(), {once: true});
    setTimeout(resolve, 5000);
  });
  root.querySelector('form')!.requestSubmit();
  if (outcome) await answered;
  await el.updateComplete;
  return el;
}

const CONSENT = 'I agree to receive emails from IJM about its work. I can unsubscribe at any time.';

const meta: Meta<Args> = {
  title: 'Widgets/Email sign-up',
  component: 'ijm-email-signup',
  tags: ['autodocs'],
  render,
  // The play functions below submit at once, faster than any person: the minimum-time trap is off in these stories.
  args: {action: `${MOCK}201`, 'min-time': 0},
  argTypes: {
    encoding: {control: 'inline-radio', options: ['json', 'form']},
    mode: {control: 'inline-radio', options: ['fetch', 'navigate']},
    layout: {control: 'inline-radio', options: ['stacked', 'inline']},
  },
  parameters: {
    docs: {
      description: {
        component:
          'An email sign-up form that posts to any provider: JSON or a urlencoded form, or a native form post in a new tab (`mode="navigate"`) for providers without CORS. Typed values survive every failure, a retry resends the same `submissionId`, and offline sign-ups go out when the browser is back online.\n\n' +
          'These stories talk to a pretend endpoint that exists only in Storybook: `fetch` is wrapped for URLs under `https://example.invalid/mock/`, whose path picks the answer (`201`, `409`, `422`, `429`, `503`, `flaky`, `hang`).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The bare form with the charity's own words. */
export const Default: Story = {};

export const WithNameAndConsent: Story = {
  args: {'name-field': true, consent: CONSENT, list: 'europe-news'},
};

/** Fields and button in one row when the widget is at least 34em wide; stacked when narrower. */
export const Inline: Story = {
  args: {layout: 'inline', 'name-field': true, consent: CONSENT},
};

export const Invalid: Story = {
  args: {consent: CONSENT},
  play: async ({canvasElement}) => {
    await submit(canvasElement, '');
  },
};

/** An address without its domain ("reader@"): the field says what is wrong, and focus moves to it. */
export const BadlyFormedEmail: Story = {
  play: async ({canvasElement}) => {
    await submit(canvasElement, 'reader@');
  },
};

export const Sending: Story = {
  args: {action: `${MOCK}hang`, 'name-field': true},
  play: async ({canvasElement}) => {
    await submit(canvasElement, undefined, false);
  },
};

export const Success: Story = {
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/** The provider sends a confirmation email first. */
export const SuccessDoubleOptIn: Story = {
  args: {'double-opt-in': true},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/** A 409: treated as success. */
export const AlreadySubscribed: Story = {
  args: {action: `${MOCK}409`},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/** A 422 with the provider's own message; the values stay. */
export const Refused: Story = {
  args: {action: `${MOCK}422`},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

export const TooManyAttempts: Story = {
  args: {action: `${MOCK}429`},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/** A 503. "Try again" resends the same submission, and this time it works. */
export const ServerErrorWithRetry: Story = {
  args: {action: `${MOCK}flaky`, 'name-field': true},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/** No answer within `timeout` (1.5 s here; 10 s by default). */
export const Timeout: Story = {
  args: {action: `${MOCK}hang`, timeout: 1500},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/** Offline: the sign-up waits. The button below pretends the connection came back. */
export const Offline: Story = {
  render: (args) => html`${render(args)}
    <p lang="en"><button type="button" @click=${() => window.dispatchEvent(new Event('online'))}>Simulate “back online”</button></p>`,
  play: async ({canvasElement}) => {
    Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => false});
    try {
      await submit(canvasElement);
    } finally {
      delete (navigator as {onLine?: boolean}).onLine;
    }
  },
};

/** No `action` and no provider `signup-action`: the form shows, a console warning explains, submitting says sign-up is unavailable. */
export const NoEndpoint: Story = {
  args: {action: undefined},
  play: async ({canvasElement}) => {
    await submit(canvasElement);
  },
};

/**
 * A Mailchimp form action: a native form post in a new tab, fields renamed for Mailchimp.
 * In Storybook the post is stopped and its fields listed below instead.
 */
export const MailchimpNavigate: Story = {
  args: {
    mode: 'navigate',
    action: 'https://example.us1.list-manage.com/subscribe/post?u=0123456789abcdef&id=fedcba9876',
    'name-field': true,
    'field-names': 'email:EMAIL,firstName:FNAME,source:-,submissionId:-,locale:-',
  },
  render: (args) => html`${render(args)}
    <output class="posted" lang="en" style="overflow-wrap: anywhere"></output>`,
  play: async ({canvasElement}) => {
    const el = canvasElement.querySelector('ijm-email-signup')!;
    await el.updateComplete;
    const output = canvasElement.querySelector('output')!;
    el.shadowRoot!.addEventListener('submit', (event) => {
      const form = event.target as HTMLFormElement;
      if (form.getAttribute('part') === 'form') return; // the widget's own form, not the post
      event.preventDefault();
      const fields = [...new FormData(form)].map(([name, value]) => `${name}=${value}`).join(', ');
      output.textContent = `Would open a new tab posting to ${form.action}: ${fields}`;
    });
    await submit(canvasElement);
  },
};

/** Each shipped language, chosen by `lang` (the toolbar's locale switch sets the provider's). */
export const Languages: Story = {
  render: (args) => html`${['en', 'ro', 'uk', 'bg'].map(
    (lang) => html`<div lang=${lang}>
      <p><strong>${new Intl.DisplayNames([lang], {type: 'language'}).of(lang)}</strong></p>
      ${render({...args, 'name-field': true})}
    </div>`,
  )}`,
};

/** Another heading, description and button text. */
export const CustomText: Story = {
  args: {
    heading: 'Stand with survivors',
    description: 'One email a month: stories of rescue and restoration from Romania, Ukraine and Bulgaria.',
    'button-label': 'Subscribe',
  },
};

/**
 * The second bot trap: submitted 0.1 s after the form showed, sooner than `min-time` (default 2000 ms). It shows success,
 * sends nothing and fires no events — look at the console and the network panel.
 */
export const TooFastForAPerson: Story = {
  args: {'min-time': undefined},
  play: async ({canvasElement}) => {
    await new Promise((resolve) => setTimeout(resolve, 100));
    await submit(canvasElement, undefined, false);
  },
};

/** Tags (space-separated, sent as a list) and hidden metadata (a JSON object, sent as is). Submit and see the `ijm-signup` detail in the console. */
export const TagsAndMetadata: Story = {
  args: {tags: 'ukraine volunteers', metadata: '{"form": "footer", "page": "news"}'},
  render: (args) => html`<div @ijm-signup=${(e: CustomEvent) => console.info('ijm-signup', e.detail)}>${render(args)}</div>`,
};
