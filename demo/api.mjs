// The demo partner site's two endpoints, shared by `npm start` and the test server:
//   GET  /api/stories.json  a JSON Feed 1.1 of the seed page's four related stories
//   POST /api/signup        a stand-in for an email provider, behaving like one:
//     - reads JSON or a urlencoded form (what <ijm-email-signup> sends with `encoding="form"`
//       and what a native form post in `navigate` mode sends); anything else 415, over 16 KB 413;
//     - validates the address with the widget's own rule (400 missing, 422 malformed, with
//       `{message, field: "email"}`);
//     - de-duplicates: the same `submissionId` again → 200 `{ok, duplicate: true}` and nothing
//       recorded (a retry after a lost answer); an address already on the list → 409;
//     - rate-limits: more than 5 attempts for one address within a minute → 429 + Retry-After;
//     - answers JSON, or a small HTML page to a browser navigating to it (a native form post);
//     - appends each accepted sign-up to a JSON-lines file (`signupsFile`).
import {appendFileSync, existsSync, mkdirSync, readFileSync} from 'node:fs';
import {dirname} from 'node:path';

const MAX_BODY = 16 * 1024;
const RATE_LIMIT = {attempts: 5, windowMs: 60_000};

// The widget's address rule (src/components/email-signup/submission.ts, validateEmail), in JS.
const LOCAL = /^[^\s@<>()[\]\\,;:"]+$/u;
const LABEL = /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u;
const TLD = /^(?:[\p{L}\p{M}]{2,}|xn--[a-z0-9-]+)$/iu;

/** Whether a trimmed address has the shape the widget accepts. */
export function isEmailShape(email) {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  return (
    email.length <= 254 &&
    at > 0 &&
    local.length <= 64 &&
    LOCAL.test(local) &&
    !/^\.|\.\.|\.$/.test(local) &&
    labels.length > 1 &&
    labels.every((label) => LABEL.test(label)) &&
    TLD.test(labels[labels.length - 1])
  );
}

const {stories: seed} = JSON.parse(readFileSync(new URL('./seed-stories.json', import.meta.url), 'utf8'));

/** The seed stories as a JSON Feed 1.1, the way a partner's site would publish them. */
export const seedStories = (origin = '') => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'IJM stories',
  home_page_url: `${origin}/`,
  feed_url: `${origin}/api/stories.json`,
  language: 'en',
  items: seed.map((story) => ({
    id: story.slug,
    url: `${origin}/demo/stories/${story.slug}.html`,
    // The charity's site titles a protected story "Protected: …", as the seed page shows.
    title: story.protected ? `Protected: ${story.title}` : story.title,
    summary: story.summary,
    image: `${origin}/demo/images/${story.image}`,
    date_published: story.date,
    ...(story.protected ? {_ijm: {protected: true}} : {}),
  })),
});

function send(res, status, body, headers = {}) {
  res.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers});
  res.end(JSON.stringify(body));
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page for a reader whose browser posted the form itself (`navigate` mode). */
function sendPage(res, status, body, headers = {}) {
  const title = status < 300 ? 'You are signed up' : status === 409 ? 'You are already signed up' : 'Not signed up';
  const text = status < 300 ? 'Thank you for signing up to IJM updates.' : body.message;
  res.writeHead(status, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers});
  res.end(
    `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
      `<title>${escapeHtml(title)}</title><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p>` +
      `<p><a href="/">Back to the site</a></p></body></html>`,
  );
}

/** JSON for scripts; HTML when a browser navigates here (its Accept puts text/html first). */
const wantsHtml = (req) => /^text\/html\b/.test(String(req.headers.accept ?? ''));

const UTM = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'];

/** `tags`: a list (JSON array, or a form's repeated or single `tags`) of short texts. */
const list = (value) => {
  const items = (Array.isArray(value) ? value : [value]).map((item) => text(item, 100)).filter(Boolean).slice(0, 20);
  return items.length ? items : undefined;
};

/** `metadata`: a JSON object (a form sends it as JSON text). */
const object = (value) => {
  try {
    const parsed = typeof value === 'string' ? JSON.parse(value) : value;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

const text = (value, max) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : undefined);

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

function parseSignup(type, raw) {
  if (/^application\/(\w+\+)?json\b/i.test(type)) return JSON.parse(raw);
  if (/^application\/x-www-form-urlencoded\b/i.test(type)) {
    // A repeated name (`tags=a&tags=b`) is a list.
    const form = new URLSearchParams(raw);
    return Object.fromEntries([...new Set(form.keys())].map((name) => [name, form.getAll(name).length > 1 ? form.getAll(name) : form.get(name)]));
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

  const attempts = new Map();
  /** Seconds to wait when `key` has used up its attempts for this minute, else 0 (and counts one). */
  function rateLimited(key, now = Date.now()) {
    const recent = (attempts.get(key) ?? []).filter((time) => now - time < RATE_LIMIT.windowMs);
    if (recent.length >= RATE_LIMIT.attempts) return Math.ceil((RATE_LIMIT.windowMs - (now - recent[0])) / 1000);
    attempts.set(key, [...recent, now]);
    return 0;
  }

  async function handleSignup(req, res) {
    const reply = (status, body, headers) => (wantsHtml(req) ? sendPage : send)(res, status, body, headers);
    let body;
    try {
      body = parseSignup(String(req.headers['content-type'] ?? ''), await readBody(req));
    } catch (error) {
      const status = error.status ?? 400;
      return reply(status, {message: status === 413 ? 'The request is too large.' : status === 415 ? 'Send JSON or a form.' : 'The request could not be read.'});
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return reply(400, {message: 'The request could not be read.'});
    const email = typeof body.email === 'string' ? body.email.trim() : '';
    if (!email) return reply(400, {message: 'An email address is required.', field: 'email'});
    if (!isEmailShape(email)) return reply(422, {message: 'That email address does not look right.', field: 'email'});
    const key = email.toLowerCase();
    const wait = rateLimited(key);
    if (wait) return reply(429, {message: 'Too many attempts. Try again in a minute.'}, {'retry-after': String(wait)});
    const submissionId = text(body.submissionId, 100);
    if (submissionId && bySubmission.has(submissionId)) {
      // The same submission again (a retry after a lost answer): succeed, record nothing.
      return reply(200, {ok: true, duplicate: true, id: submissionId});
    }
    if (byEmail.has(key)) return reply(409, {message: 'This address is already subscribed.'});
    const consent = body.consent === true || ['true', 'on', 'yes', '1'].includes(String(body.consent ?? '').toLowerCase());
    const record = {
      receivedAt: new Date().toISOString(),
      email,
      firstName: text(body.firstName, 100),
      consent: consent || undefined,
      consentText: consent ? text(body.consentText, 2000) : undefined,
      consentAt: consent ? text(body.consentAt, 40) : undefined,
      list: text(body.list, 100),
      partner: text(body.partner, 100),
      locale: text(body.locale, 35),
      source: text(body.source, 2000),
      ...Object.fromEntries(UTM.map((name) => [name, text(body[name], 200)])),
      tags: list(body.tags),
      metadata: object(body.metadata),
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
    reply(201, {ok: true, id: submissionId ?? null});
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
      attempts.clear();
    },
  };
}
