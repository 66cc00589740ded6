import {setViewport} from '@web/test-runner-commands';

/**
 * Whether this engine's launcher can resize the page. WebKit runs through WebDriver
 * (`@web/test-runner-webdriver`), whose launcher has no `set-viewport` command, so the few
 * tests that need every widget on screen at once are skipped there until it gets one (issue 11).
 */
export const canSetViewport = !(/AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent));

/** `setViewport` where the launcher has it; nothing elsewhere (see {@link canSetViewport}). */
export const resizeViewport = (size: {width: number; height: number}) => (canSetViewport ? setViewport(size) : Promise.resolve());
