// The demo partner site's two endpoints, shared by `npm start` and the test server:
//   GET  /api/stories.json  a JSON Feed 1.1 of the seed page's four related stories
//   POST /api/signup        a stand-in for an email provider: validates, de-duplicates,
//                           answers JSON (201, 200 for a repeated submission, 400, 409, 413, 415),
//                           and appends accepted sign-ups to a JSON-lines file.
import {appendFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {dirname} from 'node:path';

const MAX_BODY = 16 * 1024;
// Same shape the widget checks: something@domain.tld, no spaces, ≤ 254 characters.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export const seedStories = (origin = '') => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'IJM stories',
  home_page_url: `${origin}/`,
  feed_url: `${origin}/api/stories.json`,
  language: 'en',
  items: [
    {
      id: 'does-slavery-still-exist',
      url: `${origin}/demo/stories/does-slavery-still-exist.html`,
      title: 'Does slavery still exist?',
      summary: 'Your top questions about slavery answered.',
      image: `${origin}/demo/images/story-questions.svg`,
      tags: ['Stories'],
    },
    {
      id: 'nways-story',
      url: `${origin}/demo/stories/nways-story.html`,
      title: 'Protected: this is Nway’s story',
      summary:
        'From isolation and abuse to community and safety: it took a movement of people to help Nway* stitch her life back together. That’s what your regular gift could do for a child like Nway.',
      image: `${origin}/demo/images/story-nway.svg`,
      tags: ['Stories'],
      _ijm: {protected: true},
    },
    {
      id: 'two-ukrainian-survivors',
      url: `${origin}/demo/stories/two-ukrainian-survivors.html`,
      title: 'IJM supports two Ukrainian survivors of trafficking',
      image: `${origin}/demo/images/story-survivors.svg`,
      tags: ['Stories'],
    },
    {
      id: 'international-womens-day',
      url: `${origin}/demo/stories/international-womens-day.html`,
      title: 'This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women',
      summary: 'Two years since war broke out in Ukraine, Ukrainian women are still facing risks of exploitation.',
      image: `${origin}/demo/images/story-womens-day.svg`,
      date_published: '2024-03-08T09:00:00Z',
      tags: ['Stories'],
    },
  ],
});

function send(res, status, body, headers = {}) {
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers});
  res.end(JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('too large'), {status: 413}));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseSignup(type, text) {
  if (type.includes('application/json')) return JSON.parse(text);
  if (type.includes('application/x-www-form-urlencoded') || type.includes('multipart/form-data') === false && text.includes('=')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  throw Object.assign(new Error('unsupported'), {status: 415});
}

/**
 * @param {{signupsFile?: string | null, log?: (line: string) => void}} options
 *   `signupsFile`: where accepted sign-ups are appended (null: memory only).
 * @returns {{handle: (req, res) => Promise<boolean>, signups: object[], reset: () => void}}
 */
export function createApi({signupsFile = null, log = () => {}} = {}) {
  const signups = [];
  const byEmail = new Set();
  const bySubmission = new Map();

  if (signupsFile && existsSync(signupsFile)) {
    for (const line of readFileSync(signupsFile, 'utf8').split('\n').filter(Boolean)) {
      try {
        const record = JSON.parse(line);
        signups.push(record);
        byEmail.add(String(record.email).toLowerCase());
        if (record.submissionId) bySubmission.set(record.submissionId, record);
      } catch {
        // A damaged line is skipped, not fatal.
      }
    }
  }

  async function handleSignup(req, res) {
    let body;
    try {
      body = parseSignup(String(req.headers['content-type'] ?? ''), await readBody(req));
    } catch (error) {
      const status = error.status ?? 400;
      send(res, status, {message: status === 413 ? 'The request is too large.' : status === 415 ? 'Send JSON or a form.' : 'The request could not be read.'});
      return;
    }
    if (!body || typeof body !== 'object') return send(res, 400, {message: 'The request could not be read.'});
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    if (!email) return send(res, 400, {message: 'An email address is required.', field: 'email'});
    if (email.length > 254 || !EMAIL.test(email)) return send(res, 422, {message: 'That email address does not look right.', field: 'email'});
    const submissionId = typeof body.submissionId === 'string' ? body.submissionId.slice(0, 100) : undefined;
    if (submissionId && bySubmission.has(submissionId)) {
      // The same submission again (a retry after a lost answer): succeed, record nothing.
      return send(res, 200, {ok: true, duplicate: true, id: submissionId});
    }
    const key = email.toLowerCase();
    if (byEmail.has(key)) return send(res, 409, {message: 'This address is already subscribed.'});
    const record = {
      receivedAt: new Date().toISOString(),
      email,
      firstName: typeof body.firstName === 'string' ? body.firstName.slice(0, 100) : undefined,
      consent: body.consent,
      list: body.list,
      partner: body.partner,
      locale: body.locale,
      source: body.source,
      submissionId,
    };
    signups.push(record);
    byEmail.add(key);
    if (submissionId) bySubmission.set(submissionId, record);
    if (signupsFile) {
      mkdirSync(dirname(signupsFile), {recursive: true});
      appendFileSync(signupsFile, JSON.stringify(record) + '\n');
    }
    log(`sign-up accepted (${signups.length} in all)`);
    send(res, 201, {ok: true, id: submissionId ?? null});
  }

  async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/api/stories.json') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, {message: 'Use GET.'}), true;
      res.writeHead(200, {'content-type': 'application/feed+json; charset=utf-8', 'cache-control': 'no-cache'});
      res.end(JSON.stringify(seedStories(), null, 2));
      return true;
    }
    if (url.pathname === '/api/signup') {
      if (req.method !== 'POST') {
        send(res, 405, {message: 'Use POST.'}, {allow: 'POST'});
        return true;
      }
      await handleSignup(req, res);
      return true;
    }
    return false;
  }

  return {
    handle,
    signups,
    reset() {
      signups.length = 0;
      byEmail.clear();
      bySubmission.clear();
    },
  };
}
