import {expect} from '@open-wc/testing';
import {isSafeHttpUrl, toSafeHttpUrl} from '../../src/data/url.js';

const base = 'https://partner.example.org/news/article.html';

describe('isSafeHttpUrl / toSafeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(toSafeHttpUrl('https://www.ijm.org/donate?x=1#top', base)).to.equal('https://www.ijm.org/donate?x=1#top');
    expect(toSafeHttpUrl('http://example.com', base)).to.equal('http://example.com/');
    expect(toSafeHttpUrl('HTTPS://EXAMPLE.COM/A', base)).to.equal('https://example.com/A');
  });

  it('resolves relative URLs against the base it is given', () => {
    expect(toSafeHttpUrl('../stories/one.html', base)).to.equal('https://partner.example.org/stories/one.html');
    expect(toSafeHttpUrl('/img/a.jpg', 'https://feeds.example.net/feed.xml')).to.equal('https://feeds.example.net/img/a.jpg');
    expect(toSafeHttpUrl('?page=2', base)).to.equal('https://partner.example.org/news/article.html?page=2');
  });

  it('resolves relative URLs against the document when no base is given', () => {
    expect(toSafeHttpUrl('/x')).to.equal(new URL('/x', document.baseURI).href);
  });

  it('resolves protocol-relative URLs to the base scheme, and refuses them with no http(s) base', () => {
    expect(toSafeHttpUrl('//cdn.example.com/a.png', base)).to.equal('https://cdn.example.com/a.png');
    expect(toSafeHttpUrl('//cdn.example.com/a.png', 'about:blank')).to.equal(undefined);
    expect(toSafeHttpUrl('/relative', 'data:text/html,x')).to.equal(undefined);
  });

  const hostile = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001\u001fjavascript:alert(1)',
    'javascript&colon;alert(1)'.replace('&colon;', ':'),
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    'VBScript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.com/uuid',
    'ftp://example.com/file',
    'mailto:someone@example.com',
    'https://user:secret@evil.example/',
    'https://user@evil.example/',
    'http://',
    '',
    '   ',
    'https://' + 'a'.repeat(9000) + '.com',
  ];
  for (const input of hostile) {
    it(`refuses ${JSON.stringify(input.slice(0, 40))}`, () => {
      expect(isSafeHttpUrl(input, base)).to.equal(false);
      expect(toSafeHttpUrl(input, base)).to.equal(undefined);
    });
  }

  it('refuses values that are not strings', () => {
    for (const value of [null, undefined, 42, {}, [], {toString: () => 'https://x.com'}]) {
      expect(isSafeHttpUrl(value, base)).to.equal(false);
    }
  });

  it('keeps a URL object that is safe', () => {
    expect(toSafeHttpUrl(new URL('https://example.com/a b'), base)).to.equal('https://example.com/a%20b');
  });

  it('strips tabs and newlines inside an otherwise safe URL', () => {
    expect(toSafeHttpUrl('https://exa\tmple.com/pa\nth', base)).to.equal('https://example.com/path');
  });

  it('reads an absolute http(s) URL as a full parse against each base would (it skips parsing the base)', () => {
    // The rule before the shortcut: the base parsed, kept if http(s), then the URL against it.
    const reference = (text: string, against: string): string | undefined => {
      try {
        let baseUrl: URL | undefined = new URL(against);
        if (baseUrl.protocol !== 'http:' && baseUrl.protocol !== 'https:') baseUrl = undefined;
        const parsed = new URL(text, baseUrl);
        return /^https?:$/.test(parsed.protocol) && !parsed.username && !parsed.password && parsed.hostname ? parsed.href : undefined;
      } catch {
        return undefined;
      }
    };
    const inputs = [
      'https://a.example/x',
      'HTTP://A.EXAMPLE',
      ' \u0000\u001f https://a.example/lead',
      '\u00a0https://a.example/nbsp',
      '\u2028http://a.example/ls',
      'http:a.example/same-scheme',
      'https:a.example/same-scheme',
      'http:/a.example/one-slash',
      'http:\\\\a.example\\backslashes',
      'ht\ttp://a.example/tab',
      'http:\t//a.example/tab',
      'http:///a.example/three',
      'https://user:pw@a.example/',
      'https://',
      'https://[::1]:99999/',
      '//a.example/scheme-relative',
    ];
    const bases = ['https://partner.example.org/news/a.html', 'http://partner.example.org/', 'about:blank', 'data:text/html,x', 'not a url'];
    for (const against of bases) {
      for (const input of inputs) {
        // Twice: the second with the base remembered.
        expect(toSafeHttpUrl(input, against), `${JSON.stringify(input)} against ${against}`).to.equal(reference(input, against));
        expect(toSafeHttpUrl(input, against), `${JSON.stringify(input)} against ${against}, again`).to.equal(reference(input, against));
      }
    }
  });
});
