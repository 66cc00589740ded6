/**
 * The provider's theming attributes (`primary-color`, `accent-color`, `font-family`, `radius`):
 * each sets its `--ijm-*` token on the provider from script (a strict CSP allows that, and
 * WordPress keeps the attributes for every role, where it drops `<style>`), and every widget
 * inside inherits it. Text drawn on a chosen colour follows it (`-contrast`, ≥ 4.5:1) unless the
 * page sets that colour itself. Browser only.
 */
import {LIGHT_TEXT, contrastRatio, parseHex, readableTextOn, type Rgb} from '../styles/contrast.js';
import {warnOnce} from '../internal/warn.js';

/** The theming attributes' values, as the provider's properties hold them. */
export interface ThemeAttributes {
  primaryColor?: string;
  accentColor?: string;
  fontFamily?: string;
  radius?: string;
}

interface ThemeToken {
  attribute: string;
  token: string;
  /** The CSS property a value must be valid for. */
  check: string;
  /** The `-contrast` token that follows a colour. */
  contrast?: string;
  hint: string;
}

const themeTokens: Record<keyof ThemeAttributes, ThemeToken> = {
  primaryColor: {
    attribute: 'primary-color',
    token: '--ijm-color-primary',
    check: 'color',
    contrast: '--ijm-color-primary-contrast',
    hint: 'a CSS colour such as #0b6e4f',
  },
  accentColor: {
    attribute: 'accent-color',
    token: '--ijm-color-accent',
    check: 'color',
    contrast: '--ijm-color-accent-contrast',
    hint: 'a CSS colour such as #e4572e',
  },
  fontFamily: {attribute: 'font-family', token: '--ijm-font-family', check: 'font-family', hint: 'a font list such as "Georgia, serif"'},
  radius: {attribute: 'radius', token: '--ijm-radius', check: 'border-radius', hint: 'a length such as 8px (a bare number is read as px)'},
};

// Every colour a provider meets is read once.
const colours = new Map<string, Rgb | undefined>();

/**
 * `value` (any CSS colour) as sRGB channels, drawn over white as the widgets' surface is:
 * a 1×1 canvas turns named, `hsl()`, `oklch()` or translucent colours into pixels.
 */
function toRgb(value: string): Rgb | undefined {
  if (!colours.has(value)) {
    let rgb = parseHex(value);
    if (!rgb) {
      const context = document.createElement('canvas').getContext('2d', {willReadFrequently: true});
      if (context) {
        context.fillStyle = '#fff';
        context.fillRect(0, 0, 1, 1);
        context.fillStyle = value;
        context.fillRect(0, 0, 1, 1);
        const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
        rgb = [r, g, b];
      }
    }
    colours.set(value, rgb);
  }
  return colours.get(value);
}

/** A value as the token takes it (`8` → `8px` for the radius), or `undefined` if it is not one. */
function tokenValue(name: keyof ThemeAttributes, raw: string): string | undefined {
  const value = name === 'radius' && /^\d+(\.\d+)?$/.test(raw.trim()) ? `${raw.trim()}px` : raw.trim();
  return value && CSS.supports(themeTokens[name].check, value) ? value : undefined;
}

/** Sets (or, for an attribute removed, clears) the tokens of `theme` on `host`'s own style. */
export function applyTheme(host: HTMLElement, theme: ThemeAttributes): void {
  // A DOM without CSS (jsdom) cannot check values: nothing is set.
  if (typeof CSS === 'undefined' || !CSS.supports) return;
  const {style} = host;
  for (const name of Object.keys(themeTokens) as (keyof ThemeAttributes)[]) {
    const {attribute, token, contrast, hint} = themeTokens[name];
    const raw = theme[name];
    const value = raw == null ? undefined : tokenValue(name, raw);
    if (raw != null && !value) {
      warnOnce(`theme-${attribute}-${raw}`, `<ijm-widgets ${attribute}="${raw}"> is not valid, so the widgets keep their own; use ${hint}.`);
    }
    if (value) style.setProperty(token, value);
    else style.removeProperty(token);
    if (!contrast) continue;
    // The page's own -contrast colour (set on any ancestor, or on this element by a stylesheet) wins.
    style.removeProperty(contrast);
    const rgb = value ? toRgb(value) : undefined;
    if (!rgb || getComputedStyle(host).getPropertyValue(contrast).trim()) continue;
    style.setProperty(contrast, readableTextOn(rgb));
    // The primary colour is also drawn as text (headings, links) on the widgets' white surface.
    const surface = parseHex(LIGHT_TEXT)!;
    if (name === 'primaryColor' && contrastRatio(rgb, surface) < 3) {
      warnOnce(
        `theme-primary-light-${value}`,
        `<ijm-widgets primary-color="${raw}"> is ${contrastRatio(rgb, surface).toFixed(1)}:1 on the widgets' white background, so headings and links drawn in it are hard to read; choose a darker colour (at least 3:1, 4.5:1 for small text).`,
      );
    }
  }
}
