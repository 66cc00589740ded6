// Visual baselines for scripts/check-stories.mjs: a visit's whole-page screenshot against
// visual-baselines/<engine>/<visit>.png. A pixel counts as changed when a channel differs by more
// than THRESHOLD (anti-aliasing noise stays under it); a visit fails when more than TOLERANCE of
// its pixels changed or its size changed, and a diff image (changed pixels red over a faded copy
// of the new shot) is written to screenshots/visual-diff/<engine>/<visit>.png, the new shot beside
// it as .new.png. `accept` writes the new shots as the baselines instead. A missing baseline is a
// failure with CI set (a baseline is made here and committed, never on CI); elsewhere it is written
// and said. PNGs are decoded and compared in a headless Chromium page (canvas), so no image library
// is needed.
import {chromium} from 'playwright-core';
import {existsSync} from 'node:fs';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {dirname} from 'node:path';
import {launchOptions} from './browser.mjs';

export const THRESHOLD = 24;
export const TOLERANCE = 0.002;

/** Compares in a page: returns {width, height, changed, total, sameSize, diff (data URL)}. */
async function compareInPage([baseline, actual, threshold]) {
  const load = (src) =>
    new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = reject;
      image.src = src;
    });
  const [a, b] = await Promise.all([load(baseline), load(actual)]);
  const width = Math.max(a.width, b.width);
  const height = Math.max(a.height, b.height);
  const pixels = (image) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, width, height).data;
  };
  const [pa, pb] = [pixels(a), pixels(b)];
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  const out = context.createImageData(width, height);
  let changed = 0;
  for (let i = 0; i < pa.length; i += 4) {
    const differs = Math.abs(pa[i] - pb[i]) > threshold || Math.abs(pa[i + 1] - pb[i + 1]) > threshold || Math.abs(pa[i + 2] - pb[i + 2]) > threshold || Math.abs(pa[i + 3] - pb[i + 3]) > threshold;
    if (differs) {
      changed++;
      out.data.set([255, 0, 0, 255], i);
    } else {
      const grey = (pb[i] + pb[i + 1] + pb[i + 2]) / 3;
      out.data.set([grey, grey, grey, 60], i);
    }
  }
  context.putImageData(out, 0, 0);
  const blob = await canvas.convertToBlob({type: 'image/png'});
  const diff = await new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.readAsDataURL(blob);
  });
  return {width, height, changed, total: width * height, sameSize: a.width === b.width && a.height === b.height, diff};
}

/** The one command that makes the current screenshots the baselines (printed with each failure). */
export const ACCEPT = 'npm run check:stories -- --accept';

export async function visualChecker({accept}) {
  const browser = await chromium.launch(launchOptions);
  const page = await browser.newPage();
  await page.goto('about:blank');
  const dataUrl = (buffer) => `data:image/png;base64,${buffer.toString('base64')}`;
  return {
    /**
     * `shot`: the PNG bytes of this visit. Returns {problem} (a failure), {note} (a baseline
     * written), or {} (it matches).
     */
    async check(engine, name, shot) {
      const baseline = `visual-baselines/${engine}/${name}.png`;
      const write = async () => {
        await mkdir(dirname(baseline), {recursive: true});
        await writeFile(baseline, shot);
      };
      if (!existsSync(baseline)) {
        if (process.env.CI && !accept) return {problem: `no visual baseline ${baseline}: make it with \`${ACCEPT}\` and commit it`};
        await write();
        return {note: `new visual baseline written: ${baseline} (commit it)`};
      }
      const result = await page.evaluate(compareInPage, [dataUrl(await readFile(baseline)), dataUrl(shot), THRESHOLD]);
      if (result.sameSize && result.changed / result.total <= TOLERANCE) return {};
      const change = `${((result.changed / result.total) * 100).toFixed(2)}% of pixels${result.sameSize ? '' : ' (and its size)'}`;
      if (accept) {
        await write();
        return {note: `visual baseline updated (${change} changed): ${baseline}`};
      }
      const file = `screenshots/visual-diff/${engine}/${name}.png`;
      await mkdir(dirname(file), {recursive: true});
      await writeFile(file, Buffer.from(result.diff.split(',')[1], 'base64'));
      await writeFile(file.replace(/\.png$/, '.new.png'), shot);
      return {problem: `looks different from its baseline: ${change}; see ${file} (if intended: \`${ACCEPT}\`)`};
    },
    close: () => browser.close(),
  };
}
