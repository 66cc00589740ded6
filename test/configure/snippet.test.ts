import {expect} from '@open-wc/testing';
import {readWidgetSpecs, type Manifest, type WidgetSpec} from '../../src/configure/manifest.js';
import {buildModel, loaderUrl, toHtml, toReact, type BuilderState} from '../../src/configure/snippet.js';
import {parseSnippet} from '../../src/configure/parse-snippet.js';
import {validateToken} from '../../src/configure/validate.js';
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
      `<script type="module" src="https://cdn.jsdelivr.net/npm/@ijm/widgets@${VERSION}/dist/cdn/loader.js"></script>\n\n` +
        '<ijm-donate-cta amounts="25, 50" currency="ron" partner="hope-ro">\n' +
        '  <a href="https://www.ijm.org/donate">Donate to IJM</a>\n' +
        '</ijm-donate-cta>\n',
    );
    expect(loaderUrl(VERSION)).to.contain(`@${VERSION}/`);
  });

  it('leaves out every value the widget would drop, and says why', () => {
    const model = buildModel(
      state('ijm-donate-cta', {'ijm-donate-cta': {href: 'javascript:alert(1)', currency: 'EURO', amounts: '10, ten, 20', amount: 'fifty'}}),
      specs,
    );
    const code = toHtml(model, VERSION);
    for (const bad of ['javascript', 'EURO', 'ten', 'fifty']) expect(code).not.to.contain(bad);
    expect(model.dropped.map((d) => d.name).sort()).to.deep.equal(['amount', 'amounts', 'currency', 'href']);
    expect(model.dropped.find((d) => d.name === 'currency')!.message).to.contain('not a currency code');
    expect(model.dropped.find((d) => d.name === 'amounts')!.message).to.contain('ten');
    // The fallback link goes to the default donation page instead of the unsafe one.
    expect(code).to.contain('<a href="https://www.ijm.org/donate">');
  });

  it('refuses a sign-up endpoint that is not https', () => {
    const model = buildModel(state('ijm-email-signup', {'ijm-email-signup': {action: 'http://example.org/signup', 'name-field': 'true'}}), specs);
    expect(model.dropped[0]).to.include({name: 'action'});
    expect(model.dropped[0].message).to.contain('https');
    expect(toHtml(model, VERSION)).to.contain('<ijm-email-signup name-field></ijm-email-signup>');
  });

  it('writes changed theme tokens as a <style> block on the snippet’s tag, and refuses CSS that would escape it', () => {
    const model = buildModel(
      state('ijm-icon', {'ijm-icon': {name: 'facebook'}}, {theme: {'--ijm-color-primary': '#1f6f50', '--ijm-radius': '6px', '--ijm-font-family': 'x; } body { color: red'}}),
      specs,
      {'--ijm-radius': '6px'},
    );
    const code = toHtml(model, VERSION);
    expect(code).to.contain('<style>\n  ijm-icon {\n    --ijm-color-primary: #1f6f50;\n  }\n</style>');
    expect(code).not.to.contain('--ijm-radius');
    expect(code).not.to.contain('body');
    expect(validateToken('--ijm-color-accent', 'not-a-colour')).to.contain('Not a colour');
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
  });
});

describe('embed builder: paste a snippet to edit it', () => {
  it('reads back what the builder wrote', () => {
    const original = state(
      'ijm-widgets',
      {'ijm-widgets': {partner: 'hope-ro', currency: 'RON'}, 'ijm-email-signup': {'name-field': 'true', list: 'news'}, 'ijm-icon': {name: 'rss'}},
      {children: ['ijm-email-signup', 'ijm-icon'], theme: {'--ijm-color-accent': '#e4572e'}},
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
    expect(parsed.state.pick).to.equal('ijm-donate-cta');
    expect(parsed.state.values['ijm-donate-cta']).to.deep.equal({currency: 'EUR'});
    expect(parsed.notes.join(' ')).to.contain('onclick').and.contain('0.0.9').and.contain('Only the first widget');
    expect((window as {pwned?: number}).pwned).to.equal(undefined);
    expect(document.body.innerHTML).to.equal(before);
  });

  it('says so when there is no widget in the text', () => {
    expect(parseSnippet('<p>hello</p>', specs, VERSION)).to.have.property('error').that.contains('No IJM widget');
  });
});
