// A page that loads the widgets from the CDN and installs the package for its types only.
import type {} from '@ijm/widgets';

const card = document.querySelector('ijm-article-card');
if (card) card.heading = 'Typed without importing any widget code';
document.addEventListener('ijm-signup-error', (e) => e.detail.reason);
