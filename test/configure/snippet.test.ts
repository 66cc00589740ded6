import {expect} from '@open-wc/testing';
import {readWidgetSpecs, type Manifest, type WidgetSpec} from '../../src/configure/manifest.js';
import {buildModel, loaderUrl, toHtml, toReact, toShortcodes, type BuilderState} from '../../src/configure/snippet.js';
import {parseSnippet} from '../../src/configure/parse-snippet.js';
import {currencyCode, validateTheme} from '../../src/configure/validate.js';
import {UI} from '../../src/configure/ui-words.js';
import {VERSION} from '../../src/version.js';

// A copy of custom-elements.json's widget declarations, with module paths as the shipped files have them
// (the builder finds declarations by tag name, wherever they live).
let specs: Map<string, WidgetSpec>;
before(async () => {
  const manifest = (await (await fetch(new URL('../fixtures/configure/manifest.json', import.meta.url))).json()) as Manifest;
  specs = readWidgetSpecs(manifest);
});

const state = (pick: string, values: BuilderState['values'], extra: Partial<BuilderState> = {}): BuilderState => ({
  pick,
  children: [],
  values,
  theme: {},
  ...extra,
});

describe('embed builder: reading the manifest', () => {
  it('finds every widget by tag, with kinds, defaults and allowed values', () => {
    expect([...specs.keys()].sort()).to.deep.equal(['ijm-article-card', 'ijm-donate-cta', 'ijm-email-signup', 'ijm-icon', 'ijm-related-stories', 'ijm-widgets']);
    const donate = specs.get('ijm-donate-cta')!;
    const attribute = (name: string) => donate.attributes.find((a) => a.name === name)!;
    // `Frequency` and `DonateVariant` are named types: their values come from the description.
    expect(attribute('frequency')).to.include({kind: 'choice', default: 'monthly'});
    expect(attribute('frequency').values).to.deep.equal(['monthly', 'once']);
    expect(attribute('variant').values).to.deep.equal(['panel', 'banner', 'compact']);
    expect(attribute('amount')).to.include({kind: 'number', default: ''});
    expect(attribute('min')).to.include({kind: 'number', default: '1'});
    expect(donate.events).to.deep.equal(['ijm-donate']);
    const signup = specs.get('ijm-email-signup')!;
    expect(signup.attributes.find((a) => a.name === 'encoding')!.values).to.deep.equal(['json', 'form']);
    expect(signup.attributes.find((a) => a.name === 'name-field')).to.include({kind: 'boolean', default: ''});
  });
});

describe('embed builder: the snippet', () => {
  it('holds the pinned loader, only non-default attributes and a fallback link inside the donate tag', () => {
    const model = buildModel(state('ijm-donate-cta', {'ijm-donate-cta': {frequency: 'monthly', currency: 'ron', partner: 'hope-ro', amounts: '25, 50'}}), specs);
    const code = toHtml(model, VERSION);
    expect(code).to.equal(
      `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@ijm/widgets@${VERSION}/dist/cdn/placeholders.css">\n` +
        `<script type="module" src="https://cdn.jsdelivr.net/npm/@ijm/widgets@${VERSION}/dist/cdn/loader.js"></script>\n\n` +
        '<ijm-donate-cta amounts="25, 50" currency="RON" partner="hope-ro">\n' +
        '  <a href="https://www.ijm.org/donate">Donate to IJM</a>\n' +
        '</ijm-donate-cta>\n',
    );
    expect(loaderUrl(VERSION)).to.contain(`@${VERSION}/`);
  });

  it('leaves out every value the widget would drop, and says why', () => {
    const model = buildModel(
      state('ijm-donate-cta', {'ijm-donate-cta': {href: 'javascript:alert(1)', currency: 'dinars', amounts: '10, ten, 20', amount: 'fifty'}}),
      specs,
    );
    const code = toHtml(model, VERSION);
    for (const bad of ['javascript', 'dinars', 'ten', 'fifty']) expect(code).not.to.contain(bad);
    expect(model.dropped.map((d) => d.name).sort()).to.deep.equal(['amount', 'amounts', 'currency', 'href']);
    expect(model.dropped.find((d) => d.name === 'currency')!.message).to.contain('not a currency we know');
    expect(model.dropped.find((d) => d.name === 'amounts')!.message).to.contain('ten');
    // The fallback link goes to the default donation page instead of the unsafe one.
    expect(code).to.contain('<a href="https://www.ijm.org/donate">');
  });

  it('refuses a sign-up endpoint that is not https, with the same words as the help', () => {
    const model = buildModel(state('ijm-email-signup', {'ijm-email-signup': {action: 'http://example.org/signup', 'name-field': 'true'}}), specs);
    expect(model.dropped[0]).to.include({name: 'action'});
    expect(model.dropped[0].message).to.contain('starting with https://');
    const ro = buildModel(state('ijm-email-signup', {'ijm-email-signup': {action: 'http://example.org/signup'}}), specs, UI.ro);
    expect(ro.dropped[0].message).to.contain('începe cu https://');
  });

  it('understands the ways people write currencies', () => {
    const cases: Array<[string, string]> = [['lei', 'RON'], ['Lei', 'RON'], ['грн', 'UAH'], ['грн.', 'UAH'], ['₴', 'UAH'], ['лв', 'BGN'], ['лв.', 'BGN'], ['€', 'EUR'], ['$', 'USD'], ['£', 'GBP'], ['eur', 'EUR']];
    for (const [typed, code] of cases) expect(currencyCode(typed), typed).to.equal(code);
    expect(currencyCode('EURO')).to.equal('EUR');
    expect(currencyCode('dinars')).to.equal(undefined);
    const model = buildModel(state('ijm-donate-cta', {'ijm-donate-cta': {currency: 'lei'}}), specs);
    expect(model.dropped).to.deep.equal([]);
    expect(model.understood).to.deep.equal([{tag: 'ijm-donate-cta', name: 'currency', from: 'lei', to: 'RON'}]);
    expect(toHtml(model, VERSION)).to.contain('<ijm-donate-cta currency="RON">');
  });

  it('themes through the provider’s attributes, never a <style> block, and refuses CSS that would escape', () => {
    const model = buildModel(
      state('ijm-donate-cta', {'ijm-donate-cta': {currency: 'RON'}}, {theme: {'primary-color': '#0b6e4f', 'accent-color': '#e4572e', 'font-family': 'x; } body { color: red'}}),
      specs,
    );
    const code = toHtml(model, VERSION);
    expect(code).not.to.contain('<style');
    expect(code).to.contain('<ijm-widgets primary-color="#0b6e4f" accent-color="#e4572e">\n  <ijm-donate-cta currency="RON">');
    expect(code).not.to.contain('body');
    expect(model.dropped.map((d) => d.name)).to.deep.equal(['font-family']);
    expect(validateTheme('accent-color', 'not-a-colour')).to.contain('Not a colour');
  });

  it('keeps a partner’s own loader address, with the placeholders beside it', () => {
    const model = buildModel(state('ijm-icon', {'ijm-icon': {name: 'rss'}}, {loader: 'https://partner.example/widgets/loader.js'}), specs);
    expect(toHtml(model, VERSION)).to.match(
      /^<link rel="stylesheet" href="https:\/\/partner.example\/widgets\/placeholders.css">\n<script type="module" src="https:\/\/partner.example\/widgets\/loader.js"><\/script>/,
    );
  });

  it('writes the WordPress plugin’s shortcodes, the shared settings on each widget', () => {
    const model = buildModel(
      state('ijm-widgets', {'ijm-widgets': {locale: 'ro', partner: 'hope-ro'}, 'ijm-donate-cta': {currency: 'lei'}, 'ijm-email-signup': {consent: 'I am > 16 [ok]'}}, {children: ['ijm-donate-cta', 'ijm-email-signup']}),
      specs,
    );
    expect(toShortcodes(model)).to.equal(
      '[ijm_donate_cta currency="RON" lang="ro" partner="hope-ro"]\n[ijm_email_signup consent="I am &gt; 16 &#91;ok&#93;" lang="ro" partner="hope-ro"]\n',
    );
  });

  it('nests the widgets inside a provider', () => {
    const model = buildModel(
      state('ijm-widgets', {'ijm-widgets': {locale: 'uk', currency: 'UAH'}, 'ijm-donate-cta': {campaign: 'kyiv'}}, {children: ['ijm-donate-cta', 'ijm-email-signup']}),
      specs,
    );
    expect(toHtml(model, VERSION)).to.contain(
      '<ijm-widgets locale="uk" currency="UAH">\n  <ijm-donate-cta campaign="kyiv">\n    <a href="https://www.ijm.org/donate">Пожертвувати · IJM</a>\n  </ijm-donate-cta>\n  <ijm-email-signup></ijm-email-signup>\n</ijm-widgets>',
    );
  });

  it('gives React the imports and JSX, with numbers as numbers', () => {
    const model = buildModel(state('ijm-donate-cta', {'ijm-donate-cta': {amount: '50', partner: 'a"b'}}), specs);
    const code = toReact(model);
    expect(code).to.contain("import '@ijm/widgets/donate-cta.js';");
    expect(code).to.contain('<ijm-donate-cta amount={50} partner={"a\\"b"}>');
  });

  it('escapes attribute values', () => {
    const model = buildModel(state('ijm-email-signup', {'ijm-email-signup': {heading: 'Tom & "Jerry" <3'}}), specs);
    expect(toHtml(model, VERSION)).to.contain('heading="Tom &amp; &quot;Jerry&quot; &lt;3"');
    // WordPress's HTML filter cuts an attribute at a raw `>` (issue 22).
    const consent = buildModel(state('ijm-email-signup', {'ijm-email-signup': {consent: 'I am > 16'}}), specs);
    expect(toHtml(consent, VERSION)).to.contain('consent="I am &gt; 16"');
  });
});

describe('embed builder: paste a snippet to edit it', () => {
  it('reads back what the builder wrote', () => {
    const original = state(
      'ijm-widgets',
      {'ijm-widgets': {partner: 'hope-ro', currency: 'RON'}, 'ijm-email-signup': {'name-field': 'true', list: 'news'}, 'ijm-icon': {name: 'rss'}},
      {children: ['ijm-email-signup', 'ijm-icon'], theme: {'accent-color': '#e4572e'}},
    );
    const parsed = parseSnippet(toHtml(buildModel(original, specs), VERSION), specs, VERSION);
    expect(parsed).not.to.have.property('error');
    if ('error' in parsed) return;
    expect(parsed.state).to.deep.equal(original);
    expect(parsed.notes).to.deep.equal([]);
  });

  it('notes what it leaves out, and never runs or inserts the pasted markup', () => {
    const before = document.body.innerHTML;
    const parsed = parseSnippet(
      '<script src="https://cdn.jsdelivr.net/npm/@ijm/widgets@0.0.9/dist/cdn/loader.js"></script><img src=x onerror="window.pwned=1"><ijm-donate-cta onclick="x()" currency="EUR"></ijm-donate-cta><ijm-icon name="rss"></ijm-icon>',
      specs,
      VERSION,
    );
    if ('error' in parsed) throw new Error(parsed.error);
    // Two widgets outside a provider: both are read, as several widgets on one page.
    expect(parsed.state.pick).to.equal('ijm-widgets');
    expect(parsed.state.children).to.deep.equal(['ijm-donate-cta', 'ijm-icon']);
    expect(parsed.state.values['ijm-donate-cta']).to.deep.equal({currency: 'EUR'});
    expect(parsed.state.values['ijm-icon']).to.deep.equal({name: 'rss'});
    expect(parsed.notes.join(' ')).to.contain('onclick').and.contain('0.0.9').and.contain('several widgets');
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
    expect(document.body.innerHTML).to.equal(before);
  });

  it('keeps the partner’s own loader address, and reads an older snippet’s <style> theme', () => {
    const parsed = parseSnippet(
      '<script type="module" src="https://partner.example/js/ijm/loader.js"></script><style>ijm-donate-cta { --ijm-color-primary: #0b6e4f; }</style><ijm-donate-cta currency="RON"></ijm-donate-cta>',
      specs,
      VERSION,
    );
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.state).to.deep.equal({pick: 'ijm-donate-cta', children: [], values: {'ijm-donate-cta': {currency: 'RON'}}, theme: {'primary-color': '#0b6e4f'}, loader: 'https://partner.example/js/ijm/loader.js'});
    expect(toHtml(buildModel(parsed.state, specs), VERSION)).to.contain('src="https://partner.example/js/ijm/loader.js"');
  });

  it('says so when there is no widget in the text', () => {
    expect(parseSnippet('<p>hello</p>', specs, VERSION)).to.have.property('error').that.contains('No IJM widget');
  });
});
