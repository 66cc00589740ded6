// Node's require() of the ESM package (Node >= 20.19 / 22.12 load ES modules from require).
const assert = require('node:assert');
const {buildDonationUrl, isSafeHttpUrl, VERSION} = require('@ijm/widgets');
require('@ijm/widgets/donate-cta.js'); // defines nothing on a server, and does not throw

const url = buildDonationUrl('https://www.ijm.org/donate', {amount: 25, frequency: 'once', currency: 'EUR'});
assert.ok(url.startsWith('https://www.ijm.org/donate?amount=25'), url);
assert.strictEqual(isSafeHttpUrl('javascript:alert(1)'), false);
console.log(`require('@ijm/widgets') ${VERSION}: ok`);
