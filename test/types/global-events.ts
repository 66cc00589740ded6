// Type-checked by `npm run lint`, never run: every documented event is typed on its element, on
// `document` and on `window`, as a page's strict TypeScript sees them (README "In an app").
import type {FeedError, IjmDonateCta, IjmIcon, Story} from '../../src/index.js';
import '../../src/all.js';

declare const icon: IjmIcon;
declare const donate: IjmDonateCta;

icon.addEventListener('ijm-icon-error', (e) => e.detail.name satisfies string);
document.addEventListener('ijm-icon-error', (e) => e.detail.name satisfies string);
window.addEventListener('ijm-icon-error', (e) => e.detail.name satisfies string);

donate.addEventListener('ijm-donate', (e) => e.detail.url satisfies string);
document.addEventListener('ijm-donate', (e) => e.preventDefault());
window.addEventListener('ijm-donate', (e) => e.detail.frequency satisfies string);

document.addEventListener('ijm-signup', (e) => e.detail.email satisfies string);
window.addEventListener('ijm-signup-success', (e) => e.detail.submissionId satisfies string);
document.addEventListener('ijm-signup-error', (e) => e.detail.reason satisfies string);

window.addEventListener('ijm-stories-load', (e) => e.detail.stories satisfies Story[]);
document.addEventListener('ijm-stories-error', (e) => e.detail.error satisfies FeedError);

donate.addEventListener('ijm-donate-view', (e) => e.detail.variant satisfies string);
document.addEventListener('ijm-signup-view', (e) => e.detail.list satisfies string | undefined);
window.addEventListener('ijm-stories-view', (e) => e.detail.stories satisfies Story[]);
document.addEventListener('ijm-story-click', (e) => e.detail.url satisfies string);
window.addEventListener('ijm-story-click', (e) => e.detail.position satisfies number | undefined);
