import {expect} from '@open-wc/testing';
import {parseFeed} from '../src/data/parse-feed.js';
import {feedHtmlToText} from '../src/data/feed-text.js';
import {registerIcon} from '../src/components/icon/registry.js';
import {sanitizeSvg} from '../src/components/icon/sanitize-svg.js';

// This page under the README's strict CSP, as a <meta> (it applies from insertion on; the
// directives a <meta> cannot carry do not matter here; 'report-sample' names what was
// reported), with a listener that sees what a partner's report-uri would.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective}: ${e.sample}`));
const meta = Object.assign(document.createElement('meta'), {httpEquiv: 'Content-Security-Policy'});
meta.content = "script-src 'self' 'report-sample'; style-src 'self' 'report-sample'; img-src 'self' https: data:; require-trusted-types-for 'script'; trusted-types lit-html ijm-widgets";
document.head.append(meta);

/**
 * The violations `run` caused. Reports arrive as events after the fact, in order: a known
 * violation made after `run` marks the end of its reports (and proves the policy is on).
 */
async function violationsDuring(run: () => void): Promise<string[]> {
  violations.length = 0;
  run();
  document.createElement('i').setAttribute('style', 'color: red');
  await new Promise<void>((resolve) => {
    const done = () => (violations.at(-1)?.startsWith('style-src-attr: color: red') ? resolve() : setTimeout(done, 10));
    done();
  });
  return violations.slice(0, -1);
}

describe('under the strict CSP', () => {
  afterEach(() => delete (window as {__ijmHacked?: number}).__ijmHacked);

  it('reading a WordPress feed whose HTML has style attributes, <style> and handlers reports nothing', async () => {
    const text = await (await fetch('/test/fixtures/feeds/styled-wordpress.json')).text();
    let stories: ReturnType<typeof parseFeed> = [];
    expect(await violationsDuring(() => (stories = parseFeed(text, 'application/json', 'https://news.example.org/wp-json/wp/v2/posts')))).to.deep.equal([]);
    expect(stories).to.deep.equal([
      {
        url: 'https://news.example.org/2024/04/styled-post/',
        title: 'Survivors lead the way',
        summary: 'Leaders who survived trafficking speak. Read on…',
        // Attribute values that merely look like style or handler names are left as they are.
        image: 'https://news.example.org/wp-content/uploads/2024/04/online-style.jpg',
        imageAlt: 'Two women, styled on stage',
        date: '2024-04-02T09:00:00.000Z',
        kicker: 'Stories',
      },
    ]);
    expect((window as {__ijmHacked?: number}).__ijmHacked).to.equal(undefined);
  });

  it('RSS and Atom with styled HTML in their content report nothing', async () => {
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><item>
      <title>RSS story</title><link>https://ok.example/rss</link>
      <content:encoded><![CDATA[<p style="margin:0"><img style="width:100%" src="/img/online.jpg" alt="on style"> Styled <b style="color:red">text</b>.</p>]]></content:encoded>
    </item></channel></rss>`;
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">&lt;span style="color:red"&gt;Atom&lt;/span&gt; story</title>
      <link href="https://ok.example/atom"/><summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><style>p{}</style><p style="color:red" onclick="x()">XHTML text</p></div></summary></entry></feed>`;
    let read: ReturnType<typeof parseFeed>[] = [];
    expect(await violationsDuring(() => (read = [parseFeed(rss, 'application/rss+xml', 'https://ok.example/feed'), parseFeed(atom, 'application/atom+xml', 'https://ok.example/feed')]))).to.deep.equal([]);
    expect(read).to.deep.equal([
      [{url: 'https://ok.example/rss', title: 'RSS story', summary: 'Styled text.', image: 'https://ok.example/img/online.jpg', imageAlt: 'on style'}],
      [{url: 'https://ok.example/atom', title: 'Atom story', summary: 'XHTML text'}],
    ]);
  });

  it('feed text keeps what a reader sees around the renamed markup', async () => {
    const cases: Record<string, string> = {
      '<p style="a>b" data-x=\'c"d\'>One</p><p onclick=go()>two</p>': 'One two',
      '<div><style type="text/css">div > p { color: red }</style>Three &lt;style&gt; four</div>': 'Three <style> four',
      '<p>a style="b" c</p><p>style = on</p>': 'a style="b" c style = on',
      '<p/style="x">slash</p><style-guide>custom</style-guide>': 'slash custom',
    };
    for (const [html, text] of Object.entries(cases)) {
      expect(await violationsDuring(() => expect(feedHtmlToText(html), html).to.equal(text))).to.deep.equal([]);
    }
  });

  it('registering an icon pasted with style attributes and a <style> element reports nothing', async () => {
    const source = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" style="enable-background:new 0 0 24 24">
      <style>.st0{fill:#c00}</style><path class="st0" style="fill:red" onclick="x()" d="M2 2h20v20H2z"/></svg>`;
    let registered = false;
    expect(await violationsDuring(() => (registered = registerIcon('styled-paste', source)))).to.deep.equal([]);
    expect(registered).to.be.true;
    expect(sanitizeSvg(source)!.shapes.innerHTML).to.equal('<path d="M2 2h20v20H2z"></path>');
  });

  it('the listener does see a violation (the check above can fail)', async () => {
    violations.length = 0;
    document.createElement('b').setAttribute('style', 'color: blue');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal(['style-src-attr: color: blue']);
  });
});
