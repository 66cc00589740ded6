// The browser side, bundled by `vite build`: Lit's hydrate support before any Lit module, then
// the rail's stories (handed over as JSON), then the widgets, the provider before the widgets
// inside it. The app's own checkout takes over donations.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './stories.js';
import '@ijm/widgets/locales/uk.js';
import '@ijm/widgets/provider.js';
import '@ijm/widgets/icon.js';
import '@ijm/widgets/article-card.js';
import '@ijm/widgets/related-stories.js';
import '@ijm/widgets/donate-cta.js';
import '@ijm/widgets/email-signup.js';

document.addEventListener('ijm-donate', (event) => {
  event.preventDefault();
  const {amount, currency, frequency} = event.detail;
  document.getElementById('checkout').value = `${amount} ${currency} ${frequency}`;
});
