import {executeServerCommand} from '@web/test-runner-commands';

/**
 * Presses one key ("Tab", "Space", "Enter", "ArrowLeft") or a chord ("Shift+Tab") in every
 * engine the suite runs in (test/server/commands.mjs), where `sendKeys({press})` fails in
 * Firefox for "Space" and for chords.
 */
export async function pressKeys(keys: string): Promise<void> {
  await executeServerCommand('press-keys', {keys});
}
