import {executeServerCommand} from '@web/test-runner-commands';

const QUERY = /\(\s*prefers-reduced-motion\s*(?::\s*(reduce|no-preference)\s*)?\)/;
const realMatchMedia = window.matchMedia;

/**
 * Sets the reader's reduced-motion setting. In Chromium by media emulation, so the media query
 * itself changes, in CSS too. Firefox over WebDriver BiDi and WebDriver (WebKit) have no media
 * emulation (test/server/commands.mjs): there `matchMedia` answers for `prefers-reduced-motion`
 * as set, which is what widgets read in script (the rail does, because WebKit's shadow-DOM
 * styles miss a change of the setting). Returns how: `'media'` (CSS follows) or `'script'`.
 */
export async function setReducedMotion(reduce: boolean): Promise<'media' | 'script'> {
  window.matchMedia = realMatchMedia;
  if (await executeServerCommand<boolean, {reduce: boolean}>('reduced-motion', {reduce})) return 'media';
  window.matchMedia = (query: string) => {
    const feature = QUERY.exec(query);
    if (!feature) return realMatchMedia.call(window, query);
    const list = {
      matches: feature[1] === 'no-preference' ? !reduce : reduce,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    };
    return list as unknown as MediaQueryList;
  };
  return 'script';
}

/** Back to the browser's own setting (for `afterEach`). */
export async function resetReducedMotion(): Promise<void> {
  window.matchMedia = realMatchMedia;
  await executeServerCommand('reduced-motion', {reduce: false});
}
