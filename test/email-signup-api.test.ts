import {expect} from '@open-wc/testing';
import {resetServer} from './helpers/server.js';

// The demo site's sign-up endpoint (demo/api.mjs), the stand-in for an email provider that
// `npm start` and the widget's tests use.

const post = (body: string, headers: Record<string, string> = {'content-type': 'application/json'}) =>
  fetch('/api/signup', {method: 'POST', body, headers});
const postJson = (body: unknown) => post(JSON.stringify(body));
const signups = async () => (await fetch('/test-api/signups')).json() as Promise<Array<Record<string, unknown>>>;

describe('demo sign-up endpoint (POST /api/signup)', () => {
  beforeEach(resetServer);

  it('accepts a JSON sign-up (201) and records its fields', async () => {
    const response = await postJson({
      email: ' reader@example.org ',
      firstName: 'Ana',
      consent: true,
      consentText: 'I agree.',
      consentAt: '2025-01-15T10:00:00.000Z',
      list: 'europe',
      partner: 'hope-ro',
      locale: 'ro',
      source: 'https://partner.example/',
      submissionId: 'id-1',
      unexpected: 'ignored',
    });
    expect(response.status).to.equal(201);
    expect(response.headers.get('content-type')).to.contain('application/json');
    expect(await response.json()).to.deep.equal({ok: true, id: 'id-1'});
    const [record] = await signups();
    expect(record).to.include({
      email: 'reader@example.org',
      firstName: 'Ana',
      consent: true,
      consentText: 'I agree.',
      consentAt: '2025-01-15T10:00:00.000Z',
      list: 'europe',
      partner: 'hope-ro',
      locale: 'ro',
      source: 'https://partner.example/',
      submissionId: 'id-1',
    });
    expect(record).not.to.have.property('unexpected');
    expect(Date.parse(record.receivedAt as string)).to.be.a('number').and.not.NaN;
  });

  it('accepts a urlencoded form; consent=true becomes true', async () => {
    const response = await post('email=form%40example.org&consent=true&consentText=OK&submissionId=f-1', {
      'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
    });
    expect(response.status).to.equal(201);
    expect((await signups())[0]).to.include({email: 'form@example.org', consent: true, consentText: 'OK'});
  });

  it('answers a repeated submissionId with 200 and records nothing more', async () => {
    expect((await postJson({email: 'a@example.org', submissionId: 'same'})).status).to.equal(201);
    const again = await postJson({email: 'a@example.org', submissionId: 'same'});
    expect(again.status).to.equal(200);
    expect(await again.json()).to.deep.equal({ok: true, duplicate: true, id: 'same'});
    expect(await signups()).to.have.length(1);
  });

  it('answers an address already on the list with 409, whatever its case', async () => {
    await postJson({email: 'a@example.org', submissionId: 'one'});
    const response = await postJson({email: 'A@Example.ORG', submissionId: 'two'});
    expect(response.status).to.equal(409);
    expect((await response.json()).message).to.be.a('string');
    expect(await signups()).to.have.length(1);
  });

  it('refuses a missing (400) or malformed (422) address, naming the field', async () => {
    const missing = await postJson({firstName: 'Ana'});
    expect(missing.status).to.equal(400);
    expect(await missing.json()).to.include({field: 'email'});
    for (const email of ['a@b', 'a@@b.co', 'a b@c.org', `${'a'.repeat(250)}@b.org`]) {
      const response = await postJson({email});
      expect(response.status, email).to.equal(422);
      expect(await response.json()).to.include({field: 'email'});
    }
    expect(await signups()).to.have.length(0);
  });

  it('refuses unreadable requests: bad JSON 400, other types 415, over 16 KB 413, GET 405', async () => {
    expect((await post('{not json')).status).to.equal(400);
    expect((await post('[1,2]')).status).to.equal(400);
    expect((await post('email=a%40b.org', {'content-type': 'text/plain'})).status).to.equal(415);
    expect((await postJson({email: 'big@example.org', firstName: 'x'.repeat(17 * 1024)})).status).to.equal(413);
    const get = await fetch('/api/signup');
    expect(get.status).to.equal(405);
    expect(get.headers.get('allow')).to.equal('POST');
  });

  it('rate-limits one address to 5 attempts a minute (429 with Retry-After)', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postJson({email: 'busy@example.org', submissionId: `r-${i}`})).status);
    expect(statuses).to.deep.equal([201, 409, 409, 409, 409, 429]);
    const limited = await postJson({email: 'busy@example.org'});
    expect(Number(limited.headers.get('retry-after'))).to.be.within(1, 60);
    expect((await postJson({email: 'other@example.org'})).status).to.equal(201);
  });

  it('answers a browser’s native form post (navigate mode) with a page', async () => {
    const response = await post('email=page%40example.org', {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    });
    expect(response.status).to.equal(201);
    expect(response.headers.get('content-type')).to.contain('text/html');
    expect(await response.text()).to.contain('<h1>You are signed up</h1>');
    const refused = await post('email=not-an-address', {'content-type': 'application/x-www-form-urlencoded', accept: 'text/html'});
    expect(refused.status).to.equal(422);
    expect(await refused.text()).to.contain('<h1>Not signed up</h1>').and.contain('does not look right');
  });
});
