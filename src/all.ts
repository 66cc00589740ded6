/** Every widget, defined: the CDN's everything bundle and `@ijm/widgets/all.js`. */
import './context/provider.js';
import './components/icon/icon.js';
import './components/article-card/article-card.js';
import './components/related-stories/related-stories.js';
import './components/email-signup/email-signup.js';
import './components/donate-cta/donate-cta.js';

export * from './index.js';
