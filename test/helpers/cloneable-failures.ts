// Loaded by the test page before any test (web-test-runner.config.mjs `testRunnerHtml`).
// The runner sends a failed assertion's `actual` and `expected` to the server through
// `structuredClone`, which throws on DOM nodes: `expect(root.activeElement).to.equal(button)`
// failing would lose the whole file's results and hang it until the runner's timeout. Such
// values are sent as a description instead ("<button part="next-button">").

type Runner = {prototype: {fail(test: unknown, err: unknown, ...rest: unknown[]): unknown}};
const {Runner} = (window as unknown as {Mocha: {Runner: Runner}}).Mocha;

function describeValue(value: unknown): string {
  if (value instanceof Element) {
    const attributes = [...value.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
    return `<${value.localName}${attributes}>`;
  }
  if (value instanceof Node) return value.nodeName;
  return String(value);
}

const fail = Runner.prototype.fail;
Runner.prototype.fail = function (test, err, ...rest) {
  if (err && typeof err === 'object') {
    const error = err as Record<string, unknown>;
    for (const key of ['actual', 'expected']) {
      try {
        structuredClone(error[key]);
      } catch {
        error[key] = Array.isArray(error[key]) ? (error[key] as unknown[]).map(describeValue) : describeValue(error[key]);
      }
    }
  }
  return fail.call(this, test, err, ...rest);
};
