import {expect} from '@open-wc/testing';
import {detectFeed, parseFeed} from '../../src/data/parse-feed.js';
import {FeedError} from '../../src/data/feed-error.js';
import {feedHtmlToText, trimToSentence} from '../../src/data/feed-text.js';
import {storyUrlKey} from '../../src/data/story-url.js';
import type {Story} from '../../src/data/story.js';

const fixture = async (name: string) => (await fetch(`/test/fixtures/feeds/${name}`)).text();

function expectAllSafe(stories: Story[]) {
  for (const story of stories) {
    for (const url of [story.url, story.image].filter(Boolean)) expect(url).to.match(/^https?:\/\//);
  }
}

describe('feed parsers', () => {
  afterEach(() => delete (window as {__ijmHacked?: number}).__ijmHacked);

  it('reads a WordPress REST export: entities decoded, excerpt trimmed, featured image, category, protected post', async () => {
    const stories = parseFeed(await fixture('wordpress.json'), 'application/json; charset=UTF-8', 'https://news.example.org/wp-json/wp/v2/posts?_embed');
    expect(stories).to.have.length(3);
    const [womensDay, nway, questions] = stories;
    expect(womensDay.title).to.equal('This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women');
    expect(womensDay.url).to.equal('https://news.example.org/2024/03/international-womens-day/');
    expect(womensDay.summary).to.equal(
      'Two years since war broke out in Ukraine, Ukrainian women are still facing risks of exploitation. “Women and children make up most of the refugees,” says IJM’s team in Romania & Bulgaria.',
    );
    expect(womensDay.image).to.equal('https://news.example.org/wp-content/uploads/2024/03/womens-day-768x512.jpg');
    expect(womensDay.imageAlt).to.equal('A mother and her daughter at a border crossing');
    expect(womensDay.date).to.equal('2024-03-08T09:00:00.000Z');
    expect(womensDay.kicker).to.equal('News & Stories');
    expect(womensDay.protected).to.equal(undefined);

    expect(nway).to.deep.equal({
      url: 'https://news.example.org/2024/02/nways-story/',
      title: 'this is Nway’s story',
      date: '2024-02-20T08:00:00.000Z',
      kicker: 'Stories',
      protected: true,
    });
    // A relative featured image resolves against the feed URL; empty alt means decorative.
    expect(questions.image).to.equal('https://news.example.org/wp-content/uploads/2024/01/questions.jpg');
    expect(questions).not.to.have.property('imageAlt');
    expect(questions.summary).to.equal('Your top questions about slavery answered.');
  });

  it('reads RSS 2.0 with CDATA, media:content, enclosure, media:thumbnail and images in content', async () => {
    const stories = parseFeed(await fixture('rss.xml'), 'application/rss+xml', 'https://stories.example.org/feed/');
    expect(stories.map((s) => s.url)).to.deep.equal([
      'https://stories.example.org/two-ukrainian-survivors/',
      'https://stories.example.org/events/fundraiser',
      'https://stories.example.org/podcast/rebuilding',
      'https://stories.example.org/content-only/',
    ]);
    const [survivors, fundraiser, podcast, contentOnly] = stories;
    expect(survivors).to.deep.equal({
      url: 'https://stories.example.org/two-ukrainian-survivors/',
      title: 'IJM supports two Ukrainian survivors of trafficking',
      summary: 'Two women who fled the war were recruited with false job offers. IJM’s lawyers stood with them in court. Read on…',
      image: 'https://stories.example.org/img/survivors.jpg',
      imageAlt: 'Two women walking along a river',
      date: '2024-03-05T10:15:00.000Z',
      kicker: 'Stories',
    });
    // Escaped markup in a title is text, shown as such, never markup.
    expect(fundraiser.title).to.equal('Tom & Jerry’s fundraiser');
    expect(fundraiser.image).to.equal('https://stories.example.org/img/bake-sale.png');
    expect(podcast.image).to.equal('https://stories.example.org/img/podcast.jpg');
    expect(contentOnly.image).to.equal('https://stories.example.org/img/content-only.jpg');
    expect(contentOnly.imageAlt).to.equal('A classroom');
    expect(contentOnly.summary).to.equal('Teachers learn to spot the signs of trafficking.');
    expectAllSafe(stories);
  });

  it('reads Atom 1.0, resolving relative links against xml:base and the feed URL', async () => {
    const stories = parseFeed(await fixture('atom.xml'), 'application/atom+xml', 'https://feeds.example.com/atom');
    expect(stories).to.have.length(3);
    const [commendation, memorandum, training] = stories;
    expect(commendation).to.deep.equal({
      url: 'https://atom.example.org/news/commendation.html',
      title: 'IJM awarded commendation by the Embassy of Ukraine &amp; partners'.replace('&amp;', '&'),
      summary: 'IJM was recently formally awarded an honorary commendation by the Embassy of Ukraine in Romania.',
      image: 'https://atom.example.org/images/commendation.jpg',
      imageAlt: 'The commendation certificate',
      date: '2024-03-01T07:30:00.000Z',
      kicker: 'News',
    });
    expect(memorandum.url).to.equal('https://atom.example.org/stories/2024/memorandum');
    expect(memorandum.image).to.equal('https://atom.example.org/stories/2024/thumbs/memorandum.jpg');
    expect(memorandum.summary).to.equal('At the end of 2024, IJM and the National Police of Ukraine signed a Memorandum of Cooperation.');
    expect(training.url).to.equal('https://other.example.net/training');
    expect(training.image).to.equal('https://atom.example.org/img/training.jpg');
    expect(training.date).to.equal('2023-11-20T08:00:00.000Z');
  });

  it('resolves Atom links against the feed URL when there is no xml:base', () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title><link href="../a/b"/></entry></feed>`;
    expect(parseFeed(atom, 'application/atom+xml', 'https://x.example/feeds/main/atom.xml')[0].url).to.equal('https://x.example/feeds/a/b');
  });

  it('reads JSON Feed 1.1: external_url, content_text and content_html, banner_image, the _ijm extension', async () => {
    const stories = parseFeed(await fixture('json-feed.json'), 'application/feed+json', 'https://json.example.org/feed.json');
    expect(stories).to.deep.equal([
      {
        url: 'https://json.example.org/stories/does-slavery-still-exist',
        title: 'Does slavery still exist?',
        // Plain text stays exactly as written.
        summary: 'Your top questions about slavery answered. Less than <5% & rising.',
        image: 'https://json.example.org/img/questions.jpg',
        date: '2024-01-15T07:00:00.000Z',
        kicker: 'Stories',
      },
      {
        url: 'https://json.example.org/stories/nway',
        title: 'this is Nway’s story',
        summary: 'From isolation and abuse to community and safety.',
        image: 'https://json.example.org/img/nway.jpg',
        imageAlt: 'Nway sewing',
        protected: true,
      },
      // No title: the text becomes the title.
      {url: 'https://elsewhere.example.com/report', title: 'A report on labour trafficking in Europe. It covers ten countries.'},
    ]);
  });

  it('reads the demo site feed (/api/stories.json)', async () => {
    const response = await fetch('/api/stories.json');
    const stories = parseFeed(await response.text(), response.headers.get('content-type')!, response.url);
    expect(stories.map((s) => s.title)).to.deep.equal([
      'Does slavery still exist?',
      'this is Nway’s story',
      'IJM supports two Ukrainian survivors of trafficking',
      'This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women',
    ]);
    expect(stories[1].protected).to.equal(true);
    // No tags in the demo feed: cards show the kicker in the reader's language.
    expect(stories.every((s) => s.kicker === undefined)).to.be.true;
  });

  it('detects the format from the body when the content type says nothing useful', async () => {
    expect(detectFeed(await fixture('rss.xml'), 'text/plain')?.format).to.equal('rss');
    expect(detectFeed(await fixture('atom.xml'), 'application/octet-stream')?.format).to.equal('atom');
    expect(detectFeed(await fixture('json-feed.json'), 'text/plain')?.format).to.equal('json-feed');
    expect(detectFeed(await fixture('wordpress.json'), '')?.format).to.equal('wordpress');
    expect(detectFeed('\uFEFF<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><item><title>A</title><link>https://a.example/</link></item></rdf:RDF>', 'application/rdf+xml')?.format).to.equal('rss');
  });

  const unparseable: Array<[string, string, string]> = [
    ['invalid XML', 'invalid.xml', 'application/xml'],
    ['an HTML page', '', 'text/html'],
    ['JSON that is not a feed', '{"code":"rest_no_route","message":"No route"}', 'application/json'],
    ['broken JSON', '{"items": [', 'application/json'],
    ['plain text', 'hello', 'text/plain'],
    ['XML that is not a feed', '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'image/svg+xml'],
  ];
  for (const [what, body, type] of unparseable) {
    it(`refuses ${what} as unparseable`, async () => {
      const text = body.endsWith('.xml') ? await fixture(body) : body || '<!doctype html><html><head><title>Not found</title></head><body><p>Oops</p></body></html>';
      expect(() => parseFeed(text, type, 'https://x.example/feed')).to.throw(FeedError).with.property('reason', 'unparseable');
    });
  }

  it('reports a feed with no usable items as empty', async () => {
    const empty = await fixture('empty.json');
    expect(() => parseFeed(empty, 'application/feed+json', 'https://x.example/')).to.throw(FeedError).with.property('reason', 'empty');
    expect(() => parseFeed('[]', 'application/json', 'https://x.example/')).to.throw(FeedError).with.property('reason', 'empty');
    expect(() => parseFeed('<rss version="2.0"><channel><title>x</title></channel></rss>', 'application/rss+xml', 'https://x.example/'))
      .to.throw(FeedError).with.property('reason', 'empty');
  });

  it('turns hostile JSON Feed items into safe text and drops unsafe links and images; nothing runs', async () => {
    const stories = parseFeed(await fixture('hostile.json'), 'application/feed+json', 'https://x.example/feed.json');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as {__ijmHacked?: number}).__ijmHacked).to.equal(undefined);
    expect(stories).to.deep.equal([
      // JSON Feed titles are plain text: markup in one stays visible text, never parsed or run.
      {url: 'https://ok.example/story', title: '<img src=x onerror="window.__ijmHacked=1">Innocent <script>window.__ijmHacked=1</script>title', summary: 'Body'},
      {url: 'https://ok.example/second', title: 'Second', summary: '<b>not bold</b>'},
    ]);
  });

  it('turns hostile RSS into safe text and drops unsafe links and images; nothing runs', async () => {
    const stories = parseFeed(await fixture('hostile.xml'), 'application/rss+xml', 'https://x.example/feed.xml');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as {__ijmHacked?: number}).__ijmHacked).to.equal(undefined);
    expect(stories).to.deep.equal([
      {url: 'https://ok.example/rss-story', title: 'Hello', summary: 'Text'},
      {url: 'https://ok.example/bad-image', title: 'Bad image'},
    ]);
    expectAllSafe(stories);
  });

  it('turns a hostile WordPress export into safe text and drops unsafe links and images; nothing runs', async () => {
    const stories = parseFeed(await fixture('hostile-wordpress.json'), 'application/json', 'https://x.example/wp-json/wp/v2/posts');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as {__ijmHacked?: number}).__ijmHacked).to.equal(undefined);
    // title.rendered, excerpt.rendered and term names are HTML: read as text, scripts and styles dropped.
    expect(stories).to.deep.equal([
      {url: 'https://ok.example/wp-story', title: 'Safe & sound', summary: 'Body text.', date: '2024-03-08T10:00:00.000Z', kicker: 'News'},
      {url: 'https://ok.example/wp-second', title: 'Second'},
    ]);
    expectAllSafe(stories);
  });

  it('turns hostile Atom into safe text, ignoring an unsafe xml:base; nothing runs', async () => {
    const stories = parseFeed(await fixture('hostile.atom'), 'application/atom+xml', 'https://x.example/feed.atom');
    await new Promise((r) => setTimeout(r, 50));
    expect((window as {__ijmHacked?: number}).__ijmHacked).to.equal(undefined);
    expect(stories).to.deep.equal([
      {url: 'https://ok.example/atom-story', title: 'Atom & safe', summary: 'Summary text.', date: '2024-01-01T00:00:00.000Z'},
      // type="xhtml": the markup is read as HTML, so the script's text is not shown either.
      {url: 'https://ok.example/atom-xhtml', title: 'XHTML title'},
      // A javascript: or data: xml:base cannot make a link safe: it resolves against the feed URL instead.
      {url: 'https://x.example/relative-story', title: 'Relative link under a data: base'},
    ]);
    expectAllSafe(stories);
  });
});

describe('feed text', () => {
  it('turns HTML into readable text with entities decoded and blocks separated', () => {
    expect(feedHtmlToText('<p>One&nbsp;&amp;&#8203;two</p><p>Three<br>four</p><ul><li>a</li><li>b</li></ul>')).to.equal('One &\u200btwo Three four a b');
    expect(feedHtmlToText('<p>Read more [&hellip;]</p>')).to.equal('Read more…');
    expect(feedHtmlToText('no markup')).to.equal('no markup');
    expect(feedHtmlToText(undefined)).to.equal('');
  });

  it('trims a summary at a sentence end, else at a word with an ellipsis', () => {
    const text = 'First sentence here. Second sentence is a bit longer! Third one never fits in.';
    expect(trimToSentence(text, 60)).to.equal('First sentence here. Second sentence is a bit longer!');
    expect(trimToSentence(text, 500)).to.equal(text);
    expect(trimToSentence('A long run of words without any full stop anywhere in it at all', 30)).to.equal('A long run of words without…');
    expect(trimToSentence('Short. Then a very long second sentence that runs on and on', 40)).to.equal('Short. Then a very long second sentence…');
  });
});

describe('storyUrlKey', () => {
  it('treats addresses of the same page as equal', () => {
    const key = storyUrlKey('https://www.example.org/stories/nway/');
    for (const same of [
      'http://example.org/stories/nway',
      'https://example.org/stories/nway/#top',
      'https://example.org/stories/nway/index.html',
      'https://example.org/stories/nway?utm_source=x&utm_medium=widget',
    ]) {
      expect(storyUrlKey(same), same).to.equal(key);
    }
    expect(storyUrlKey('https://example.org/stories/other')).not.to.equal(key);
    expect(storyUrlKey('https://example.org/stories/nway?page=2')).not.to.equal(key);
    expect(storyUrlKey('javascript:alert(1)')).to.equal(undefined);
  });
});
