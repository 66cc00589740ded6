/** Public classes, types and helpers. Importing this defines no elements. */
// Types only: every tag's HTMLElementTagNameMap entry and React JSX props, for apps that load the
// widgets from the CDN and install the package for its types (`import type {} from '@ijm/widgets'`).
export type {} from './all.js';
export type {IjmJsxElements} from './react/jsx.js';
export {IjmWidgets} from './context/provider.component.js';
export {IjmIcon} from './components/icon/icon.component.js';
export {IjmIconErrorEvent, type IconErrorDetail} from './components/icon/events.js';
export {registerIcon, addBuiltinIcons, type RegisterIconOptions} from './components/icon/registry.js';
export type {IconData} from './components/icon/icon-data.js';
export * from './components/icon/icon-data.generated.js';
export {configContext, type WidgetConfig} from './context/config-context.js';
export {IjmEmailSignup} from './components/email-signup/email-signup.component.js';
export {
  buildSignupBody,
  classifySignupStatus,
  createSubmissionId,
  parseFieldNames,
  parseMetadata,
  parseTags,
  DEFAULT_MIN_TIME_MS,
  validateEmail,
  type EmailProblem,
  type FieldNames,
  type SignupBody,
  type SignupEncoding,
  type SignupErrorReason,
  type SignupSuccessReason,
  type SignupValues,
} from './components/email-signup/submission.js';
export type {
  IjmSignupEvent,
  IjmSignupSuccessEvent,
  IjmSignupSuccessDetail,
  IjmSignupErrorEvent,
  IjmSignupErrorDetail,
  IjmSignupViewEvent,
  IjmSignupViewDetail,
} from './components/email-signup/events.js';
export {IjmElement} from './internal/ijm-element.js';
export {define} from './internal/define.js';
export {isSafeHttpUrl, toSafeHttpUrl} from './data/url.js';
export {readPageUtm, UTM_PARAMS, type PageUtm, type UtmParam} from './data/utm.js';
export {catalogs, registerCatalog, loadCatalog, matchLocale, resolveLocale, findLangTag, type ResolvedLocale} from './i18n/locale.js';
export type {Strings, Frequency} from './i18n/strings.js';
export {TOKENS, type TokenName} from './styles/tokens.js';
export {widgetModules, type WidgetTag} from './widget-modules.js';
export {IjmArticleCard, type ArticleCardVariant} from './components/article-card/article-card.component.js';
export {IjmRelatedStories} from './components/related-stories/related-stories.component.js';
export type {StoriesLoadEvent, StoriesErrorEvent, StoriesViewEvent, StoriesLoadDetail, StoriesErrorDetail, StoriesViewDetail} from './components/related-stories/events.js';
export {IjmStoryClickEvent, type StoryClickDetail} from './components/article-card/events.js';
export type {Story} from './data/story.js';
export {FeedError, type FeedErrorReason} from './data/feed-error.js';
export {parseFeed, detectFeed, parseJsonFeed, parseRss, parseAtom, parseWordPressPosts, type FeedFormat, type WordPressPost} from './data/parse-feed.js';
export {fetchFeed, type FetchFeedOptions, type FeedResponse} from './data/fetch-feed.js';
export {loadStories, clearStoriesCache} from './data/load-stories.js';
export {VERSION} from './version.js';
export {IjmDonateCta, type DonateVariant} from './components/donate-cta/donate-cta.component.js';
export {IjmDonateEvent, IjmDonateViewEvent, type DonateDetail, type DonateViewDetail} from './components/donate-cta/events.js';
export {toDataLayerEntry, type DataLayerEntry} from './internal/datalayer-entry.js';
export {
  buildDonationUrl,
  parseAmountList,
  parseLocalizedAmount,
  normalizeCurrency,
  defaultAmounts,
  formatMoney,
  parseImpacts,
  impactFor,
  DEFAULT_DONATE_HREF,
  type ImpactTable,
  type DonationChoice,
  type DonationParam,
  type DonationParamNames,
} from './components/donate-cta/donation.js';
