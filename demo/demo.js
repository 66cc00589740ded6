// The demo page's language switch: sets the provider's locale, as a partner's own site might.
const widgets = document.getElementById('widgets');
const buttons = document.querySelectorAll('[data-locale]');
const fromUrl = new URLSearchParams(location.search).get('lang');

function setLocale(locale) {
  widgets.setAttribute('locale', locale);
  buttons.forEach((button) => button.setAttribute('aria-pressed', String(button.dataset.locale === locale)));
}

buttons.forEach((button) => button.addEventListener('click', () => setLocale(button.dataset.locale)));
if (fromUrl) setLocale(fromUrl);
if (new URLSearchParams(location.search).get('dir') === 'rtl') document.documentElement.dir = 'rtl';

// Partners listen to widget events for their own analytics; the demo just logs them.
for (const type of ['ijm-donate', 'ijm-signup', 'ijm-signup-success', 'ijm-signup-error', 'ijm-stories-load', 'ijm-stories-error', 'ijm-donate-view', 'ijm-signup-view', 'ijm-stories-view', 'ijm-story-click']) {
  document.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail ? Object.keys(event.detail) : ''));
}

// What the page's Tag Manager would read: each dataLayer entry the widgets push, listed on the page.
const log = document.getElementById('datalayer-log');
const layer = (window.dataLayer ??= []);
const push = layer.push.bind(layer);
layer.push = (...items) => {
  for (const item of items) {
    if (item && item.ecommerce === null) continue;
    const line = document.createElement('li');
    line.textContent = JSON.stringify(item);
    log.append(line);
  }
  return push(...items);
};
