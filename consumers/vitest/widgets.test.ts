// Vitest with jsdom, importing the installed package as an app's unit tests would.
import {describe, expect, it} from 'vitest';
import '@ijm/widgets/all.js';
import {buildDonationUrl, widgetModules, type WidgetTag} from '@ijm/widgets';

describe('@ijm/widgets in jsdom', () => {
  it('builds a donation URL', () => {
    expect(buildDonationUrl('https://www.ijm.org/donate', {amount: 10, frequency: 'monthly', currency: 'EUR'})).toContain('frequency=monthly');
  });

  for (const tag of Object.keys(widgetModules) as WidgetTag[]) {
    it(`creates and connects <${tag}>`, async () => {
      const el = document.createElement(tag);
      document.body.append(el);
      await el.updateComplete;
      expect(el.shadowRoot).not.toBeNull();
      el.remove();
    });
  }
});
