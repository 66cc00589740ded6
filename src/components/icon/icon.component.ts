import {LitElement, html, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import {iconStyles} from './icon.styles.js';
import {IjmIconErrorEvent} from './events.js';
import {findIcon, normalizeIconName, onIconRegistered} from './registry.js';
import {warnOnce} from '../../internal/warn.js';
import {pageSettled} from '../../internal/page-settled.js';
import {restyleBlockedServerRoot} from '../../internal/server-styles.js';
import {VERSION} from '../../version.js';

// Extends `LitElement`, not `IjmElement`: an icon has no text, locale or provider
// settings, and a page may hold hundreds of them.
/**
 * Inline SVG in a shadow root, 1em square, drawn in `currentColor`. Icons that point
 * along the reading direction mirror in right-to-left text.
 *
 * @summary An icon from the charity site's set (Tabler Icons artwork), or one added with `registerIcon()`.
 *
 * @tagname ijm-icon
 *
 * @csspart svg - The drawn `<svg>`.
 *
 * @cssproperty [--ijm-icon-size=1em] - Width and height of the icon; by default the surrounding font size.
 *
 * @event {IjmIconErrorEvent} ijm-icon-error - `name` matches no built-in or registered icon; `detail: {name}`. The icon then renders nothing.
 *
 * @example
 * ```html
 * <ijm-icon name="facebook" label="Facebook"></ijm-icon>
 * <button><ijm-icon name="close"></ijm-icon> Close</button>
 * ```
 */
export class IjmIcon extends LitElement {
  static readonly version = VERSION;

  static override styles = iconStyles;

  /** Icon name, case-insensitive: one of the site's 53 names (e.g. `arrow-right`, `Close`) or a registered one. */
  @property({reflect: true, useDefault: true}) name = '';

  /**
   * Accessible name. Set it when the icon alone carries meaning; its drawing is then an image
   * (`role="img"`) with that name. Without it the icon is decorative and hidden from assistive
   * tech. Both are said inside the shadow root: the element writes no attribute onto itself.
   */
  @property({reflect: true, useDefault: true}) label = '';

  private stopListening?: () => void;
  private reportedName?: string;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return restyleBlockedServerRoot(super.createRenderRoot(), IjmIcon.elementStyles);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // an icon registered while this one was off the page
    this.stopListening = onIconRegistered((name) => {
      if (name === normalizeIconName(this.name)) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
  }

  protected override updated(): void {
    const key = normalizeIconName(this.name);
    if (!key || findIcon(key)) {
      this.reportedName = undefined;
    } else if (this.reportedName !== key) {
      // Reported only if still missing once the page has settled: the full icon set may arrive
      // after the chunk of a widget that defined <ijm-icon> with just the icons it draws.
      this.reportedName = key;
      void pageSettled().then(() => {
        // A new name, or artwork for this one (registering redraws, and so resets reportedName).
        if (this.reportedName !== key || !this.isConnected) return;
        warnOnce(`icon:${key}`, `<ijm-icon>: no icon named "${this.name}"; use a built-in name or registerIcon().`);
        // Through a variable so the manifest lists this event once, from the JSDoc above.
        const error = new IjmIconErrorEvent(this.name);
        this.dispatchEvent(error);
      });
    }
  }

  protected override render() {
    const icon = findIcon(this.name);
    if (!icon) return nothing;
    const mirror = icon.mirror ? 'mirror' : '';
    const label = this.label.trim() || nothing;
    const role = label === nothing ? nothing : 'img';
    const hidden = label === nothing ? 'true' : nothing;
    return 'd' in icon
      ? html`<svg part="svg" class="${icon.filled ? '' : 'stroked'} ${mirror}" viewBox="0 0 24 24" role=${role} aria-label=${label} aria-hidden=${hidden}><path d=${icon.d}></path></svg>`
      : html`<svg part="svg" class=${mirror} viewBox=${icon.viewBox} role=${role} aria-label=${label} aria-hidden=${hidden}>${icon.shapes.cloneNode(true)}</svg>`;
  }
}
