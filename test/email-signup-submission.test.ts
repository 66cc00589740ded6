import {expect} from '@open-wc/testing';
import {
  buildSignupBody,
  classifySignupStatus,
  createSubmissionId,
  parseFieldNames,
  readProviderMessage,
  signupEntries,
  formPairs,
  parseMetadata,
  parseTags,
  validateEmail,
  type SignupValues,
} from '../src/components/email-signup/submission.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('validateEmail', () => {
  const cases: Array<[string, ReturnType<typeof validateEmail>]> = [
    // accepted
    ['reader@example.org', undefined],
    ['  reader@example.org  ', undefined],
    ['first.last@example.co.uk', undefined],
    ['first+tag@example.org', undefined],
    ["o'brien@example.ie", undefined],
    ['x@example.io', undefined],
    ['UPPER@EXAMPLE.ORG', undefined],
    ['user_name-1@sub.domain-with-hyphen.ro', undefined],
    ['іван@приклад.укр', undefined],
    ['мария@пример.бг', undefined],
    ['user@xn--80ak6aa92e.com', undefined],
    ['a'.repeat(64) + '@example.org', undefined],
    // empty
    ['', 'required'],
    ['   \t ', 'required'],
    // refused
    ['a@b', 'invalid'],
    ['a@@b.co', 'invalid'],
    ['a@b.c', 'invalid'],
    ['@example.org', 'invalid'],
    ['reader@', 'invalid'],
    ['reader', 'invalid'],
    ['reader@example', 'invalid'],
    ['read er@example.org', 'invalid'],
    ['reader@exa mple.org', 'invalid'],
    ['reader@example..org', 'invalid'],
    ['reader@.example.org', 'invalid'],
    ['reader@example.org.', 'invalid'],
    ['.reader@example.org', 'invalid'],
    ['reader.@example.org', 'invalid'],
    ['re..ader@example.org', 'invalid'],
    ['reader@-example.org', 'invalid'],
    ['reader@example-.org', 'invalid'],
    ['reader@example.123', 'invalid'],
    ['<reader@example.org>', 'invalid'],
    ['reader@example.org, other@example.org', 'invalid'],
    ['"quoted"@example.org', 'invalid'],
    ['a'.repeat(65) + '@example.org', 'invalid'],
    [`reader@${'b'.repeat(64)}.org`, 'invalid'], // a domain label over 63 characters
  ];

  it('has a table of at least 20 addresses', () => expect(cases.length).to.be.at.least(20));

  for (const [address, expected] of cases) {
    it(`${JSON.stringify(address.length > 40 ? address.slice(0, 30) + '…' : address)} → ${expected ?? 'valid'}`, () => {
      expect(validateEmail(address)).to.equal(expected);
    });
  }

  it('accepts exactly 254 characters and refuses 255', () => {
    const domain = `${'d'.repeat(63)}.${'e'.repeat(63)}.${'f'.repeat(63)}.org`; // 195 characters
    const at254 = `${'a'.repeat(254 - domain.length - 1)}@${domain}`;
    expect(at254).to.have.length(254);
    expect(validateEmail(at254)).to.equal(undefined);
    const at255 = `${'a'.repeat(255 - domain.length - 1)}@${domain}`;
    expect(validateEmail(at255)).to.equal('invalid');
  });
});

const values: SignupValues = {
  email: 'reader@example.org',
  firstName: 'Ana',
  consent: true,
  consentText: 'I agree to emails from IJM.',
  consentAt: '2025-01-15T10:00:00.000Z',
  list: 'europe',
  partner: 'hope-ro',
  locale: 'ro',
  source: 'https://partner.example/news/',
  submissionId: '0b7c7f1e-2f0a-4c41-9d3e-5a6b7c8d9e0f',
};

describe('tags, metadata and extra fields', () => {
  const values = {email: 'a@example.org', tags: ['ukraine', 'volunteers'], metadata: {form: 'footer', n: 2}, submissionId: 'id-1', fields: {'cf-turnstile-response': 'tok', email: 'spoof@example.org'}};

  it('parseTags splits on spaces, each once; parseMetadata takes a JSON object only', () => {
    expect(parseTags('  ukraine volunteers\tukraine ')).to.deep.equal(['ukraine', 'volunteers']);
    expect(parseTags(undefined)).to.deep.equal([]);
    expect(parseMetadata('{"form": "footer"}')).to.deep.equal({metadata: {form: 'footer'}});
    expect(parseMetadata({a: 1})).to.deep.equal({metadata: {a: 1}});
    expect(parseMetadata('{form: footer}').error).to.contain('not valid JSON');
    expect(parseMetadata('[1]').error).to.contain('not a JSON object');
    expect(parseMetadata('3').error).to.contain('not a JSON object');
    expect(parseMetadata('')).to.deep.equal({});
  });

  it('JSON: tags a list, metadata as is, extra fields last under their own names (never over a widget field)', () => {
    expect(JSON.parse(buildSignupBody(values).body)).to.deep.equal({
      email: 'a@example.org',
      tags: ['ukraine', 'volunteers'],
      metadata: {form: 'footer', n: 2},
      submissionId: 'id-1',
      'cf-turnstile-response': 'tok',
    });
  });

  it('a form: one field per tag, the metadata as JSON text; no tags, no field', () => {
    expect(formPairs(signupEntries(values))).to.deep.equal([
      ['email', 'a@example.org'],
      ['tags', 'ukraine'],
      ['tags', 'volunteers'],
      ['metadata', '{"form":"footer","n":2}'],
      ['submissionId', 'id-1'],
      ['cf-turnstile-response', 'tok'],
    ]);
    expect(buildSignupBody({...values, fields: undefined}, {encoding: 'form'}).body).to.equal(
      'email=a%40example.org&tags=ukraine&tags=volunteers&metadata=%7B%22form%22%3A%22footer%22%2C%22n%22%3A2%7D&submissionId=id-1',
    );
    expect(signupEntries({email: 'a@example.org', tags: [], submissionId: 'x'})).to.deep.equal([['email', 'a@example.org'], ['submissionId', 'x']]);
  });
});

describe('buildSignupBody', () => {
  it('sends JSON with every field, in order, consent as a boolean', () => {
    const {body, contentType} = buildSignupBody(values);
    expect(contentType).to.equal('application/json');
    expect(body).to.equal(
      '{"email":"reader@example.org","firstName":"Ana","consent":true,"consentText":"I agree to emails from IJM.",' +
        '"consentAt":"2025-01-15T10:00:00.000Z","list":"europe","partner":"hope-ro","locale":"ro",' +
        '"source":"https://partner.example/news/","submissionId":"0b7c7f1e-2f0a-4c41-9d3e-5a6b7c8d9e0f"}',
    );
  });

  it('leaves absent and empty fields out', () => {
    const {body} = buildSignupBody({email: 'a@example.org', firstName: '', submissionId: 'id-1', locale: 'en'});
    expect(body).to.equal('{"email":"a@example.org","locale":"en","submissionId":"id-1"}');
  });

  it('sends a urlencoded form with consent=true', () => {
    const {body, contentType} = buildSignupBody(values, {encoding: 'form'});
    expect(contentType).to.equal('application/x-www-form-urlencoded;charset=UTF-8');
    expect(body).to.equal(
      'email=reader%40example.org&firstName=Ana&consent=true&consentText=I+agree+to+emails+from+IJM.' +
        '&consentAt=2025-01-15T10%3A00%3A00.000Z&list=europe&partner=hope-ro&locale=ro' +
        '&source=https%3A%2F%2Fpartner.example%2Fnews%2F&submissionId=0b7c7f1e-2f0a-4c41-9d3e-5a6b7c8d9e0f',
    );
  });

  it('renames fields for providers such as Mailchimp and drops fields mapped to -', () => {
    const names = parseFieldNames('email:EMAIL, firstName:FNAME,source:-,submissionId:');
    const {body} = buildSignupBody(values, {encoding: 'form', fieldNames: names});
    const sent = [...new URLSearchParams(body).keys()];
    expect(sent).to.deep.equal(['EMAIL', 'FNAME', 'consent', 'consentText', 'consentAt', 'list', 'partner', 'locale']);
    expect(JSON.parse(buildSignupBody(values, {fieldNames: names}).body)).to.include({EMAIL: 'reader@example.org', FNAME: 'Ana'});
  });
});

describe('parseFieldNames', () => {
  it('reads pairs, ignoring blanks and unknown fields', () => {
    expect(parseFieldNames('email:EMAIL,,firstName:FNAME , nickname:NICK,list:-,:x,source')).to.deep.equal({
      email: 'EMAIL',
      firstName: 'FNAME',
      list: '',
      source: '',
    });
    expect(parseFieldNames(undefined)).to.deep.equal({});
    expect(parseFieldNames('')).to.deep.equal({});
  });

  it('gives the same entries to the native form as to the request', () => {
    const names = parseFieldNames('email:EMAIL');
    expect(signupEntries({email: 'a@example.org', consent: true, submissionId: 'x'}, names)).to.deep.equal([
      ['EMAIL', 'a@example.org'],
      ['consent', true],
      ['submissionId', 'x'],
    ]);
  });
});

describe('classifySignupStatus', () => {
  const table: Array<[number, boolean, string]> = [
    [200, true, 'subscribed'],
    [201, true, 'subscribed'],
    [204, true, 'subscribed'],
    [409, true, 'already-subscribed'],
    [400, false, 'invalid'],
    [422, false, 'invalid'],
    [429, false, 'rate-limited'],
    [500, false, 'server'],
    [502, false, 'server'],
    [503, false, 'server'],
    [401, false, 'rejected'],
    [403, false, 'rejected'],
    [404, false, 'rejected'],
    [405, false, 'rejected'],
    [0, false, 'rejected'],
  ];
  for (const [status, ok, reason] of table) {
    it(`${status} → ${reason}`, () => expect(classifySignupStatus(status)).to.deep.equal({ok, reason}));
  }
});

describe('readProviderMessage', () => {
  it('takes a JSON body’s message as text, trimmed and capped at 300 characters', () => {
    expect(readProviderMessage({message: '  Bad address. ', field: 'email'})).to.equal('Bad address.');
    expect(readProviderMessage({message: 'x'.repeat(500)})).to.have.length(300);
    for (const body of [{message: 42}, {message: '  '}, {detail: 'x'}, null, 0, '<b>html</b>']) {
      expect(readProviderMessage(body), JSON.stringify(body)).to.equal(undefined);
    }
  });
});

describe('createSubmissionId', () => {
  it('uses crypto.randomUUID and gives a new id each time', () => {
    const ids = new Set(Array.from({length: 50}, () => createSubmissionId()));
    expect(ids.size).to.equal(50);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });

  it('falls back to getRandomValues without randomUUID (an http page)', () => {
    const calls: number[] = [];
    const getRandomValues = (array: Uint8Array<ArrayBuffer>) => {
      calls.push(array.length);
      return crypto.getRandomValues(array);
    };
    const id = createSubmissionId({getRandomValues: getRandomValues as Crypto['getRandomValues']});
    expect(calls).to.deep.equal([16]);
    expect(id).to.match(UUID_V4);
  });

  it('still makes a well-formed id with no crypto at all', () => {
    const ids = new Set(Array.from({length: 20}, () => createSubmissionId({})));
    expect(ids.size).to.equal(20);
    for (const id of ids) expect(id).to.match(UUID_V4);
  });
});
