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
for (const type of ['ijm-donate', 'ijm-signup', 'ijm-signup-success', 'ijm-signup-error', 'ijm-stories-load', 'ijm-stories-error']) {
  document.addEventListener(type, (event) => console.info(`[demo] ${type}`, event.detail ? Object.keys(event.detail) : ''));
}
