import {expect} from '@open-wc/testing';
import {SETTINGS_LANGUAGES, choiceWords, settingWords, wordedSettings, wordsLanguage} from '../../src/settings-words/index.js';
import {readWidgetSpecs, type Manifest, type WidgetSpec} from '../../src/configure/manifest.js';

// The real manifest (`npm run analyze` / `npm run build` writes it): every attribute it documents needs words.
let specs: Map<string, WidgetSpec>;
before(async () => {
  const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
  if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run analyze` first.');
  specs = readWidgetSpecs((await response.json()) as Manifest);
});

/** The provider's colour and shape attributes, which the builder's theme uses (PRODUCT.md, theming without a <style> block). */
const THEME_ATTRIBUTES = ['primary-color', 'accent-color', 'font-family', 'radius'];

describe('settings words', () => {
  it('has a label and one sentence of help for every documented attribute, in en, ro, uk and bg', () => {
    const missing: string[] = [];
    const wanted: Array<[string, string]> = [];
    for (const spec of specs.values()) {
      for (const attribute of spec.attributes) wanted.push([spec.tag, attribute.name]);
      if (spec.tag !== 'ijm-widgets' && spec.tag !== 'ijm-icon') wanted.push([spec.tag, 'lang']);
    }
    for (const name of THEME_ATTRIBUTES) wanted.push(['ijm-widgets', name]);
    expect(wanted.length).to.be.greaterThan(60);
    for (const [tag, name] of wanted) {
      for (const [lang] of SETTINGS_LANGUAGES) {
        const words = settingWords(tag, name, lang);
        if (!words) {
          missing.push(`${tag} ${name} (${lang})`);
          continue;
        }
        expect(words.label.trim(), `${tag} ${name} ${lang} label`).to.not.equal('');
        // One sentence, for a volunteer: it ends once, and carries no code marks or developer words.
        expect(words.help, `${tag} ${name} ${lang} help`).to.match(/[.!?]$/);
        expect(words.help.slice(0, -1), `${tag} ${name} ${lang} help is one sentence`).to.not.match(/(?<!e\.g)[.!?]\s+\p{Lu}/u);
        expect(`${words.label} ${words.help}`, `${tag} ${name} ${lang}`).to.not.match(/`|ISO 4217|GA4|CORS|JSDoc|submissionId|honeypot|_top|_parent/);
      }
    }
    expect(missing, 'settings without words').to.deep.equal([]);
  });

  it('has no words for settings that do not exist (a renamed attribute fails here)', () => {
    const known = new Set<string>();
    for (const spec of specs.values()) for (const attribute of spec.attributes) known.add(`${spec.tag} ${attribute.name}`);
    const stale = wordedSettings().filter(([tag, name]) => name !== 'lang' && !(tag === 'ijm-widgets' && THEME_ATTRIBUTES.includes(name)) && !known.has(`${tag} ${name}`));
    expect(stale).to.deep.equal([]);
  });

  it('is written in each language, not copied from English', () => {
    for (const [tag, name] of wordedSettings()) {
      const en = settingWords(tag, name, 'en')!;
      for (const lang of ['ro', 'uk', 'bg']) expect(settingWords(tag, name, lang)!.help, `${tag} ${name} ${lang}`).to.not.equal(en.help);
      for (const lang of ['uk', 'bg']) expect(settingWords(tag, name, lang)!.label, `${tag} ${name} ${lang}`).to.match(/[\u0400-\u04FF]/);
    }
  });

  it('names every value of a setting that is a choice, in each language', () => {
    for (const spec of specs.values()) {
      for (const attribute of spec.attributes.filter((a) => a.kind === 'choice')) {
        for (const value of attribute.values) {
          for (const [lang] of SETTINGS_LANGUAGES) expect(choiceWords(spec.tag, attribute.name, value, lang), `${spec.tag} ${attribute.name}=${value} ${lang}`).to.be.a('string');
        }
      }
    }
  });

  it('reads a regional language as its base and falls back to English', () => {
    expect(wordsLanguage('ro-RO')).to.equal('ro');
    expect(wordsLanguage('uk_UA')).to.equal('uk');
    expect(wordsLanguage('fr')).to.equal('en');
    expect(settingWords('ijm-donate-cta', 'currency', 'bg-BG')!.label).to.equal('Валута');
    expect(settingWords('ijm-donate-cta', 'no-such-thing', 'en')).to.equal(undefined);
  });
});
