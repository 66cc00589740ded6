import {executeServerCommand} from '@web/test-runner-commands';

/**
 * Sets the page's viewport (`innerWidth` × `innerHeight`) in every engine the suite runs in
 * (the `viewport` command, test/server/commands.mjs): Playwright and puppeteer set it; over
 * WebDriver (WebKit) the window is resized to fit. WebKit's MiniBrowser window is at least about
 * 450 px wide: a narrower size fails there with the size it got, rather than testing the wrong one.
 */
export async function resizeViewport(size: {width: number; height: number}): Promise<void> {
  await executeServerCommand('viewport', size);
}
