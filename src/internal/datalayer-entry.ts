/**
 * The GA4 / Tag Manager shape of the widget events, for the opt-in analytics bridge
 * (datalayer.ts). Its own module: a page downloads it only once a widget or the provider has
 * `analytics="datalayer"`.
 */

/** One entry pushed to `window.dataLayer`. */
export type DataLayerEntry = Record<string, unknown>;

type Detail = Record<string, unknown>;

/** Drops absent values: Tag Manager variables then stay undefined instead of holding `undefined`. */
const defined = (entry: DataLayerEntry): DataLayerEntry => Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined));

/** A gift as a GA4 ecommerce item. */
const donationItem = (d: Detail) =>
  defined({item_id: `donation-${d.frequency}`, item_name: 'Donation', item_category: 'donation', item_variant: d.frequency, price: d.amount, quantity: 1});

/**
 * The GA4 / Tag Manager event for a widget event, or `undefined` for any
 * other event: `view_promotion` when a widget has been seen, `select_promotion`
 * when a story is opened, `begin_checkout` when the reader donates,
 * `generate_lead` when a sign-up succeeds. Each carries `widget` (the tag
 * without `ijm-`) and what the widget knows (`partner`, `campaign`, `amount`,
 * `currency`, `frequency`, `list`, `src`) at the top level, for Data Layer
 * Variables, and GA4's `ecommerce` object where GA4 has one.
 */
export function toDataLayerEntry(event: Event, widget: string): DataLayerEntry | undefined {
  const d = ((event as CustomEvent).detail ?? {}) as Detail;
  const donation = {widget, partner: d.partner, campaign: d.campaign, amount: d.amount, currency: d.currency, frequency: d.frequency};
  const promotion = (items: unknown[], extra: Detail = {}) =>
    defined({creative_name: `ijm-${widget}`, promotion_id: d.campaign ?? d.list, promotion_name: d.campaign ?? d.list, ...extra, items});
  const stories = (d.stories ?? []) as Array<{url: string; title: string}>;
  switch (event.type) {
    case 'ijm-donate-view':
      return defined({event: 'view_promotion', ...donation, ecommerce: promotion([donationItem(d)], {creative_slot: d.variant})});
    case 'ijm-donate':
      return defined({event: 'begin_checkout', ...donation, ecommerce: defined({currency: d.currency, value: d.amount, items: [donationItem(d)]})});
    case 'ijm-signup-view':
      return defined({event: 'view_promotion', widget, partner: d.partner, list: d.list, ecommerce: promotion([defined({item_id: d.list ?? 'email-signup', item_name: 'Email sign-up'})])});
    case 'ijm-signup-success':
      return defined({event: 'generate_lead', widget, partner: d.partner, list: d.list, lead_source: `ijm-${widget}`, signup_result: d.reason});
    case 'ijm-stories-view':
      return defined({
        event: 'view_promotion',
        widget,
        src: d.src,
        ecommerce: promotion(stories.map((story, index) => ({item_id: story.url, item_name: story.title, index}))),
      });
    case 'ijm-story-click':
      return defined({
        event: 'select_promotion',
        widget,
        src: d.src,
        url: d.url,
        position: d.position,
        ecommerce: promotion([defined({item_id: d.url, index: typeof d.position === 'number' ? d.position - 1 : undefined})]),
      });
  }
  return undefined;
}
