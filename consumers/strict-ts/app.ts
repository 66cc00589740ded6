// A strict TypeScript 5.9 app (skipLibCheck off): the README "In an app" examples as written.
import '@ijm/widgets/donate-cta.js';
import '@ijm/widgets/related-stories.js';
import {buildDonationUrl, isSafeHttpUrl, type IjmDonateCta, type Story} from '@ijm/widgets';

declare const analytics: {track(name: string, data: unknown): void};

document.addEventListener('ijm-donate', (event) => analytics.track('donate', event.detail));
document.addEventListener('ijm-icon-error', (e) => e.detail.name);
window.addEventListener('ijm-stories-error', (e) => console.warn(e.detail.message, e.detail.error.reason));
window.addEventListener('ijm-signup-success', (e) => analytics.track('signup', e.detail.submissionId));

const donate: IjmDonateCta = document.createElement('ijm-donate-cta');
donate.currency = 'EUR';
donate.addEventListener('ijm-donate', (event) => {
  event.preventDefault();
  const amount: number | undefined = event.detail.amount;
  analytics.track('checkout', {amount, url: event.detail.url});
});

const rail = document.querySelector('ijm-related-stories');
const stories: Story[] = [{url: 'https://www.ijm.org/stories/a', title: 'A story'}];
if (rail) rail.stories = stories;

const url: string | undefined = buildDonationUrl('https://www.ijm.org/donate', {amount: 50, frequency: 'monthly', currency: 'EUR'});
const safe: boolean = isSafeHttpUrl(url);
console.log(url, safe);
