/**
 * The charity site's 53 icon names and the Tabler Icons artwork each one
 * draws. `scripts/build-icons.mjs` reads this file and writes
 * `icon-data.generated.ts`; nothing here ships to the browser unless a page
 * imports it (the Storybook gallery and the tests do).
 *
 * Families the site uses for arrows, and how they stay apart:
 * - `arrow-*`            a full arrow (shaft and head)            → Tabler `arrow-*`
 * - `arrow-long-*`       a long, thin arrow with a small head     → Tabler `arrow-narrow-*`
 * - `arrow-simple-*`     just the arrowhead, open                 → Tabler `chevron-*`
 * - `arrow-simple-alt-*` just the arrowhead, solid                → Tabler `caret-*` (filled)
 * Site names say top/bottom where Tabler says up/down.
 */
export interface IconMapping {
  /** Tabler icon name (file name without `.svg`). */
  readonly tabler: string;
  /** Tabler style: `outline` (2px stroke, the default) or `filled`. */
  readonly style?: 'outline' | 'filled';
  /** Mirrored in right-to-left text: icons that point along the reading direction. */
  readonly mirror?: boolean;
  /** Why this artwork, for every name whose meaning is not obvious. */
  readonly why?: string;
}

export const iconNames = {
  shield: {tabler: 'shield', why: 'Marks protected stories (article card); the plain shield stays legible at 12–16px.'},
  'arrow-simple-alt-top': {tabler: 'caret-up', style: 'filled', why: 'The solid arrowhead, the alternative to the open chevron of arrow-simple.'},
  'arrow-simple-alt-left': {tabler: 'caret-left', style: 'filled', mirror: true, why: 'Solid arrowhead (see arrow-simple-alt-top).'},
  'arrow-simple-alt-right': {tabler: 'caret-right', style: 'filled', mirror: true, why: 'Solid arrowhead (see arrow-simple-alt-top).'},
  'arrow-simple-alt-bottom': {tabler: 'caret-down', style: 'filled', why: 'Solid arrowhead (see arrow-simple-alt-top).'},
  facebook: {tabler: 'brand-facebook'},
  instagram: {tabler: 'brand-instagram'},
  linkedin: {tabler: 'brand-linkedin'},
  medium: {tabler: 'brand-medium'},
  pinterest: {tabler: 'brand-pinterest'},
  rss: {tabler: 'rss'},
  'search-alt': {tabler: 'search', style: 'filled', why: 'The alternative search glyph: a solid lens, so it differs from the outline search.'},
  shaper: {
    tabler: 'share',
    why: 'Read as “share”: it sits with the social icons (between search-alt and twitter); Tabler share (three linked nodes).',
  },
  twitter: {tabler: 'brand-x', why: 'Shows today’s X logo (Twitter was renamed X in 2023), not the old bird.'},
  'video-play': {tabler: 'circle-play', why: 'The play button over a video thumbnail: a play triangle in a circle, unlike the bare play.'},
  'arrow-long-right': {tabler: 'arrow-narrow-right', mirror: true, why: 'Long thin arrow: long shaft, small head (Tabler “narrow”).'},
  'arrow-long-left': {tabler: 'arrow-narrow-left', mirror: true, why: 'Long thin arrow (see arrow-long-right).'},
  'arrow-long-top': {tabler: 'arrow-narrow-up', why: 'Long thin arrow (see arrow-long-right).'},
  'arrow-long-bottom': {tabler: 'arrow-narrow-down', why: 'Long thin arrow (see arrow-long-right).'},
  'arrow-simple-right': {tabler: 'chevron-right', mirror: true, why: 'Just the arrowhead, open: a chevron. The rail’s previous/next buttons.'},
  'arrow-simple-left': {tabler: 'chevron-left', mirror: true, why: 'Chevron (see arrow-simple-right).'},
  'arrow-simple-bottom': {tabler: 'chevron-down', why: 'Chevron (see arrow-simple-right).'},
  readio: {
    tabler: 'headphones',
    why: '“Read” + “audio”: the listen-to-this-story control that sits with the speaker icons; headphones say “listen”.',
  },
  'arrow-simple-top': {tabler: 'chevron-up', why: 'Chevron (see arrow-simple-right).'},
  'speaker-down': {tabler: 'volume-2', why: 'Volume down: a speaker with one wave.'},
  plus: {tabler: 'plus'},
  minus: {tabler: 'minus'},
  cloud: {tabler: 'cloud'},
  hb: {tabler: 'menu-2', why: '“hb” is the hamburger: the three-line menu button.'},
  pin: {tabler: 'map-pin', why: 'A location pin (offices, events near you), not a drawing pin.'},
  camera: {tabler: 'camera'},
  globe: {tabler: 'world', why: 'The web/language globe; Tabler’s “globe” is a desk globe on a stand.'},
  cart: {tabler: 'shopping-cart'},
  rotate: {tabler: 'rotate-clockwise', why: 'Rotate in its usual, clockwise sense.'},
  'Group-35': {
    tabler: 'mail',
    why: 'A design-tool layer name (“Group 35”) with no meaning of its own; drawn as the envelope, the one common site icon (email sign-up) no other name covers.',
  },
  star: {tabler: 'star'},
  edit: {tabler: 'pencil', why: 'A bare pencil: crisper at small sizes than Tabler’s edit (pencil over a page).'},
  'arrow-top': {tabler: 'arrow-up'},
  'arrow-right': {tabler: 'arrow-right', mirror: true},
  'arrow-left': {tabler: 'arrow-left', mirror: true},
  'arrow-bottom': {tabler: 'arrow-down'},
  check: {tabler: 'check'},
  search: {tabler: 'search'},
  Close: {tabler: 'x', why: 'The close cross (Tabler x); the site spells it with a capital C, names are case-insensitive.'},
  square: {tabler: 'player-stop', why: 'Stop: the square among the site’s media controls (play, pause, speaker).'},
  'speaker-up': {tabler: 'volume', why: 'Volume up: a speaker with two waves.'},
  'speaker-mute': {tabler: 'volume-3', why: 'Muted: a speaker with a cross.'},
  return: {tabler: 'arrow-back-up', mirror: true, why: 'Go back / replay: an arrow turning back on itself; mirrors in RTL.'},
  play: {tabler: 'player-play'},
  pause: {tabler: 'player-pause'},
  love: {tabler: 'heart', why: 'A heart (like/favourite, and the charity’s “give” heart).'},
  'new-tab': {tabler: 'external-link', mirror: true, why: 'Opens in a new tab: an arrow leaving a box; mirrors in RTL.'},
  equalizer: {tabler: 'adjustments', why: 'Vertical sliders, as on a sound mixer: audio or filter settings.'},
} as const satisfies Record<string, IconMapping>;

/** A site icon name as the site spells it (matching is case-insensitive). */
export type IconName = keyof typeof iconNames;
