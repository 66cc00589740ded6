/**
 * The embed builder's page: pick a widget, set it up (a form generated from the manifest, in the
 * volunteer's words from src/settings-words), see the real widget live, copy a code that works as
 * pasted. Its own words are in en, ro, uk and bg (ui-words.ts), picked from the browser and
 * switchable; everything it holds is in the page's address (no cookies, no storage), so a reload
 * keeps it and the link can be sent to a colleague. Rendered in the light DOM so the page's own
 * stylesheet (configure.css) styles it.
 */
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Story} from '../data/story.js';
import {SETTINGS_LANGUAGES, choiceWords, settingWords, wordsLanguage, type Lang} from '../settings-words/index.js';
import type {AttributeSpec, WidgetSpec} from './manifest.js';
import {CHILDREN, LANGUAGES, PICKABLE, THEME, WIDGETS, fieldHint, formAttributes, type FieldHint} from './hints.js';
import {ICON_NAMES, currencyCode, validateTheme, validateValue} from './validate.js';
import {buildModel, loaderUrl, tagsOf, toHtml, toReact, toShortcodes, type BuilderState, type SnippetElement, type SnippetModel} from './snippet.js';
import {parseSnippet} from './parse-snippet.js';
import {UI, type UiWords} from './ui-words.js';
import {formatRatio, textOn} from './contrast.js';

type Tab = 'html' | 'wordpress' | 'react';
const TAB_ORDER: readonly Tab[] = ['html', 'wordpress', 'react'];

interface LogEntry {
  id: number;
  text: string;
  /** The event's name and detail, for developers. */
  raw: string;
}

/** The attribute's name as words (`button-label` → "Button label"), for a setting with no words yet. */
const nameAsWords = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** A description with its `code` spans, as text and `<code>` elements (never parsed as HTML). */
const describe = (text: string) => text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

const fieldId = (tag: string, name: string) => `f-${tag}-${name}`;
const themeId = (name: string) => `t-${name}`;

/** The builder's language from the browser's list: the first of en, ro, uk, bg it names, else English. */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Lang {
  for (const language of languages) {
    const base = language.toLowerCase().split(/[-_]/)[0];
    if (SETTINGS_LANGUAGES.some(([code]) => code === base)) return base as Lang;
  }
  return 'en';
}

/** What the page's address holds: the builder's state and its languages. */
interface Saved {
  ui?: Lang;
  preview?: string;
  tab?: Tab;
  state?: BuilderState;
}

export function readAddress(hash: string): Saved {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const saved: Saved = {};
  const ui = params.get('ui');
  if (ui && SETTINGS_LANGUAGES.some(([code]) => code === ui)) saved.ui = ui as Lang;
  const preview = params.get('preview');
  if (preview && LANGUAGES.some(([code]) => code === preview)) saved.preview = preview;
  const tab = params.get('tab');
  if (tab && (TAB_ORDER as readonly string[]).includes(tab)) saved.tab = tab as Tab;
  try {
    const raw = params.get('state');
    const parsed = raw ? (JSON.parse(raw) as Partial<BuilderState>) : undefined;
    if (parsed && typeof parsed === 'object' && (PICKABLE as readonly string[]).includes(parsed.pick ?? '')) {
      const strings = (object: unknown) =>
        Object.fromEntries(Object.entries(object && typeof object === 'object' ? object : {}).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
      saved.state = {
        pick: parsed.pick!,
        children: Array.isArray(parsed.children) ? CHILDREN.filter((tag) => parsed.children!.includes(tag)) : [...CHILDREN.slice(0, 2)],
        values: Object.fromEntries(PICKABLE.map((tag) => [tag, strings(parsed.values?.[tag])]).filter(([, v]) => Object.keys(v).length)),
        theme: strings(parsed.theme),
        ...(typeof parsed.loader === 'string' && /^https?:\/\//.test(parsed.loader) ? {loader: parsed.loader} : {}),
      };
    }
  } catch {
    // A damaged address: start afresh.
  }
  return saved;
}

export class EmbedBuilder extends LitElement {
  /** The widgets' declarations from `custom-elements.json`, by tag. */
  @property({attribute: false}) specs = new Map<string, WidgetSpec>();

  /** The package version the snippet pins. */
  @property() version = '';

  /** Stories the related-stories preview shows while it has no feed. */
  @property({attribute: false}) sampleStories: Story[] = [];

  /** The builder's own language. */
  @property() ui: Lang = 'en';

  @state() private builder: BuilderState = {pick: 'ijm-donate-cta', children: ['ijm-donate-cta', 'ijm-email-signup'], values: {}, theme: {}};
  @state() private tab: Tab = 'html';
  @state() private previewLang = 'en';
  @state() private rtl = false;
  @state() private phone = false;
  @state() private dark = false;
  @state() private log: LogEntry[] = [];
  /** The code last copied (the button says "Copied ✓" while the code is still that). */
  @state() private copiedCode?: string;
  @state() private copyBlocked = false;
  @state() private copyFallback = false;
  @state() private pasteText = '';
  @state() private pasteResult?: {ok: boolean; lines: string[]};

  private model?: SnippetModel;
  private previewKey = '';
  private logId = 0;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get words(): UiWords {
    return UI[this.ui] ?? UI.en;
  }

  /** Starts from the page's address, else the browser's language. */
  restore(hash = location.hash): void {
    const saved = readAddress(hash);
    this.ui = saved.ui ?? browserLanguage();
    this.previewLang = saved.preview ?? this.ui;
    if (saved.tab) this.tab = saved.tab;
    if (saved.state) this.builder = saved.state;
  }

  private saveAddress(): void {
    const params = new URLSearchParams({ui: this.ui, preview: this.previewLang, tab: this.tab, state: JSON.stringify(this.builder)});
    const hash = `#${params.toString()}`;
    if (location.hash !== hash) history.replaceState(null, '', hash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('specs') || changed.has('builder' as keyof EmbedBuilder) || changed.has('ui')) {
      this.model = buildModel(this.builder, this.specs, this.words);
      if (this.copyBlocked && !this.model.dropped.length) this.copyBlocked = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.updatePreview();
    this.paintSamples();
    if (changed.has('ui')) {
      document.documentElement.lang = this.ui;
      const set = (id: string, text: string) => {
        const node = document.getElementById(id);
        if (node) node.textContent = text;
      };
      set('page-title', this.words.title);
      set('page-lede', this.words.lede);
      document.title = `${this.words.title} — IJM Widgets`;
    }
    if (this.specs.size) this.saveAddress();
  }

  // ——— state changes ———

  private setValue(tag: string, name: string, value: string): void {
    const {builder} = this;
    this.builder = {...builder, values: {...builder.values, [tag]: {...builder.values[tag], [name]: value}}};
  }

  private setTheme(name: string, value: string): void {
    this.builder = {...this.builder, theme: {...this.builder.theme, [name]: value}};
  }

  /** Picks a widget; the language chosen for the last one stays chosen. */
  private pick(tag: string): void {
    const {builder} = this;
    const language = (t: string) => builder.values[t]?.[t === 'ijm-widgets' ? 'locale' : 'lang'] ?? '';
    const before = tagsOf(builder).map(language).find(Boolean) ?? '';
    const values = {...builder.values};
    const key = tag === 'ijm-widgets' ? 'locale' : 'lang';
    if (before && !language(tag) && (tag === 'ijm-widgets' || WIDGETS[tag]?.fields.lang)) values[tag] = {...values[tag], [key]: before};
    this.builder = {...builder, pick: tag, values};
    this.log = [];
  }

  private toggleChild(tag: string, on: boolean): void {
    const children = on ? CHILDREN.filter((t) => t === tag || this.builder.children.includes(t)) : this.builder.children.filter((t) => t !== tag);
    this.builder = {...this.builder, children};
  }

  // ——— preview ———

  private get stage(): HTMLElement | null {
    return this.querySelector('.stage');
  }

  private createWidget(element: SnippetElement): HTMLElement {
    const node = document.createElement(element.tag);
    for (const [name, value] of element.attributes) node.setAttribute(name, value);
    if (element.fallback) {
      const link = document.createElement('a');
      link.href = element.fallback.href;
      link.textContent = element.fallback.text;
      node.append(link);
    }
    if (element.tag === 'ijm-related-stories' && !element.attributes.some(([name]) => name === 'src')) {
      (node as HTMLElement & {stories?: Story[]}).stories = this.sampleStories;
    }
    return node;
  }

  /** Rebuilds the preview from the snippet's model when the snippet changed. */
  private updatePreview(): void {
    const stage = this.stage;
    const model = this.model;
    if (!stage || !model) return;
    const key = JSON.stringify([model.root, model.children]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const root = this.createWidget(model.root);
    root.append(...model.children.map((child) => this.createWidget(child)));
    stage.replaceChildren(root);
  }

  /** The colour samples next to the theme fields (CSSOM from script: allowed by the CSP). */
  private paintSamples(): void {
    for (const sample of this.querySelectorAll<HTMLElement>('.sample[data-colour]')) {
      const colour = sample.dataset.colour ?? '';
      const text = textOn(colour);
      sample.style.setProperty('background-color', colour);
      if (text) sample.style.setProperty('color', text.css);
    }
  }

  /**
   * While a widget's field is being edited, its widget is shown in the preview: the preview's own
   * scroll box (at phone width the sticky preview, beside the form the preview-and-code column)
   * scrolls to it. The page itself does not move.
   */
  private readonly onSettingsFocus = (event: FocusEvent) => {
    const id = (event.target as HTMLElement | null)?.id ?? '';
    const tag = PICKABLE.find((t) => id.startsWith(`f-${t}-`));
    const widget = tag && tag !== 'ijm-widgets' ? this.querySelector<HTMLElement>(`.stage ${tag}`) : null;
    if (!widget) return;
    const scroller = [this.querySelector<HTMLElement>('section.preview'), this.querySelector<HTMLElement>('.output')].find(
      (box) => box && /auto|scroll/.test(getComputedStyle(box).overflowY) && box.scrollHeight > box.clientHeight,
    );
    if (!scroller) return;
    const heading = this.querySelector('#preview-heading')?.getBoundingClientRect().height ?? 0;
    const top = widget.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop - heading - 24;
    scroller.scrollTo({top: Math.max(0, top), behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'});
  };

  private addLog(text: string, raw: string): void {
    // Each rebuilt preview is seen again: one line says it.
    if (this.log[0]?.text === text && text === this.words.logSeen) return;
    this.log = [{id: ++this.logId, text, raw}, ...this.log].slice(0, 20);
  }

  private readonly onPreviewEvent = (event: Event) => {
    const w = this.words;
    const detail = (event as CustomEvent).detail as Record<string, unknown> | undefined;
    let text: string;
    switch (event.type) {
      case 'ijm-donate': {
        event.preventDefault();
        const amount = detail?.amount;
        const money =
          typeof amount === 'number' && typeof detail?.currency === 'string'
            ? new Intl.NumberFormat(this.ui, {style: 'currency', currency: detail.currency, maximumFractionDigits: 2}).format(amount)
            : '';
        const often = detail?.frequency === 'monthly' || detail?.frequency === 'once' ? choiceWords('ijm-donate-cta', 'frequency', detail.frequency, this.ui) : '';
        text = w.logDonate([money, often?.toLowerCase()].filter(Boolean).join(', '));
        break;
      }
      case 'ijm-signup':
        event.preventDefault();
        text = w.logSignup;
        break;
      case 'ijm-signup-success':
        text = w.logSignupDone;
        break;
      case 'ijm-signup-error':
        text = w.logSignupFailed;
        break;
      case 'ijm-stories-load':
        text = w.logStories(Array.isArray(detail?.stories) ? detail.stories.length : 0);
        break;
      case 'ijm-stories-error':
        text = w.logStoriesFailed;
        break;
      case 'ijm-story-click':
        text = w.logClick;
        break;
      default:
        text = event.type.endsWith('-view') ? w.logSeen : w.logOther(event.type);
    }
    let raw = event.type;
    try {
      raw += ` ${JSON.stringify(detail, (_key, value: unknown) => (Array.isArray(value) ? `[${value.length}]` : value instanceof Error ? value.message : value)) ?? ''}`;
    } catch {
      // Detail that does not serialise: the name says enough.
    }
    this.addLog(text, raw.slice(0, 300));
  };

  private readonly onPreviewClick = (event: MouseEvent) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
    if (!link) return;
    event.preventDefault();
    this.addLog(this.words.logLink(link.href), `link ${link.href}`);
  };

  private listened = new Set<string>();

  /** Listens on the stage for every event the manifest declares. */
  private listen(): void {
    const stage = this.stage;
    if (!stage) return;
    for (const spec of this.specs.values()) {
      for (const name of spec.events) {
        if (this.listened.has(name)) continue;
        this.listened.add(name);
        stage.addEventListener(name, this.onPreviewEvent);
      }
    }
  }

  // ——— copy, tabs, paste ———

  private codeFor(tab: Tab): string {
    if (!this.model) return '';
    return tab === 'react' ? toReact(this.model) : toHtml(this.model, this.version);
  }

  private async copy(tab: Tab): Promise<void> {
    const text = this.codeFor(tab);
    this.copyFallback = false;
    if (this.model?.dropped.length) {
      // Nothing is copied while a value has a problem: the message by the button names each one.
      this.copiedCode = undefined;
      this.copyBlocked = true;
      await this.updateComplete;
      this.querySelector<HTMLElement>('.copy-blocked')?.focus();
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      this.copiedCode = text;
    } catch {
      // No clipboard access (an old browser, an iframe without permission): select the code instead.
      this.copiedCode = undefined;
      this.copyFallback = true;
      const code = this.querySelector(`#code-${tab}`);
      if (code) {
        window.getSelection()?.selectAllChildren(code);
        (code as HTMLElement).focus();
      }
    }
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = TAB_ORDER.indexOf(this.tab);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? (index + 1) % TAB_ORDER.length
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? (index + TAB_ORDER.length - 1) % TAB_ORDER.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TAB_ORDER.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    this.tab = TAB_ORDER[next];
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  private loadPasted(): void {
    const result = parseSnippet(this.pasteText, this.specs, this.version, this.words);
    if ('error' in result) {
      this.pasteResult = {ok: false, lines: [result.error]};
      return;
    }
    const {state: pasted, notes} = result;
    this.builder = {...pasted, children: pasted.pick === 'ijm-widgets' ? pasted.children : this.builder.children};
    this.log = [];
    const names = tagsOf(pasted).map((tag) => this.words.widgetNames[tag] ?? tag);
    this.pasteResult = {ok: true, lines: [this.words.pasteLoaded(names.join(', ')), ...notes]};
  }

  // ——— rendering ———

  private wordsFor(tag: string, name: string): {label: string; help: string} {
    return settingWords(tag, name, this.ui) ?? {label: nameAsWords(name), help: ''};
  }

  private renderControl(tag: string, attribute: AttributeSpec, hint: FieldHint, value: string, describedBy: string, error: boolean): TemplateResult {
    const w = this.words;
    const id = fieldId(tag, attribute.name);
    const onInput = (event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLInputElement).value);
    const invalid = error ? 'true' : 'false';
    const choices =
      hint.type === 'language' ? ['', ...LANGUAGES.map(([code]) => code)]
      : hint.type === 'icon-name' ? ['', ...ICON_NAMES]
      : hint.values ? ['', ...hint.values]
      : attribute.kind === 'choice' ? attribute.values
      : undefined;
    if (choices) {
      const shown = value === '' ? attribute.default : value;
      const all = choices.includes(shown) ? choices : [...choices, shown];
      const optionLabel = (choice: string) => {
        if (choice === '') return hint.type === 'language' ? w.pageLanguage : hint.type === 'icon-name' ? w.choose : w.standard;
        const name = hint.type === 'language' ? LANGUAGES.find(([code]) => code === choice)?.[1] : choiceWords(tag, attribute.name, choice, this.ui);
        const text = name ?? choice;
        return choice === attribute.default ? `${text} ${w.standard}` : text;
      };
      return html`<select id=${id} aria-describedby=${describedBy} aria-invalid=${invalid} @change=${onInput}
        >${all.map((choice) => html`<option value=${choice} ?selected=${choice === shown}>${optionLabel(choice)}</option>`)}</select>`;
    }
    if (hint.type === 'long-text') {
      return html`<textarea id=${id} rows="3" aria-describedby=${describedBy} aria-invalid=${invalid} placeholder=${ifDefined(hint.placeholder)} .value=${value} @input=${onInput}></textarea>`;
    }
    const numeric = attribute.kind === 'number';
    return html`<input id=${id} type="text" inputmode=${numeric ? 'decimal' : hint.type?.includes('url') ? 'url' : nothing}
      list=${ifDefined(hint.type === 'currency' ? 'currencies' : undefined)} autocomplete="off" spellcheck="false"
      placeholder=${ifDefined(hint.placeholder ?? (numeric && attribute.default ? attribute.default : undefined))}
      aria-describedby=${describedBy} aria-invalid=${invalid} .value=${value} @input=${onInput}>`;
  }

  private renderDev(name: string, description: string): TemplateResult {
    return html`<details class="dev"><summary>${this.words.forDevelopers}</summary><p><code>${name}</code> — ${describe(description)}</p></details>`;
  }

  private renderField(tag: string, attribute: AttributeSpec): TemplateResult {
    const values = this.builder.values[tag] ?? {};
    const value = values[attribute.name] ?? '';
    const hint = fieldHint(tag, attribute.name);
    const id = fieldId(tag, attribute.name);
    const {label, help} = this.wordsFor(tag, attribute.name);
    const error = validateValue(attribute, hint, value.trim(), values, this.words);
    const code = hint.type === 'currency' && !error && value.trim() ? currencyCode(value) : undefined;
    const understood = code && code !== value.trim() ? html`<p class="understood" id="${id}-note">${this.words.currencyUnderstood(code)}</p>` : nothing;
    const describedBy = [error ? `${id}-error` : '', understood !== nothing ? `${id}-note` : '', `${id}-hint`].filter(Boolean).join(' ');
    const description = html`<p class="hint" id="${id}-hint">${help}</p>`;
    const message = error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing;
    const dev = this.renderDev(attribute.name, attribute.description);
    if (attribute.kind === 'boolean') {
      return html`<div class="field check"><input type="checkbox" id=${id} aria-describedby=${describedBy} .checked=${value === 'true'}
        @change=${(event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLInputElement).checked ? 'true' : '')}
        ><label for=${id}>${label}</label>${description}${message}${dev}</div>`;
    }
    return html`<div class="field ${error ? 'invalid' : ''}"><label for=${id}>${label}</label>${description}${this.renderControl(
      tag,
      attribute,
      hint,
      value,
      describedBy,
      !!error,
    )}${message}${understood}${dev}</div>`;
  }

  private renderWidgetOptions(tag: string): TemplateResult {
    const spec = this.specs.get(tag);
    const hint = WIDGETS[tag];
    const w = this.words;
    if (!spec) return html`<p class="error">${w.loadFailed(tag)}</p>`;
    const attributes = formAttributes(tag, spec.attributes);
    const primary = hint ? attributes.filter((a) => hint.primary.includes(a.name)) : attributes;
    const more = attributes.filter((a) => !primary.includes(a));
    const legend = tag === 'ijm-widgets' ? w.everyWidget : w.widgetNames[tag] ?? tag;
    return html`<fieldset class="options"><legend>${legend}</legend>
      ${primary.map((attribute) => this.renderField(tag, attribute))}
      ${more.length
        ? html`<details class="more"><summary>${w.moreOptions(more.length)}</summary>${more.map((attribute) => this.renderField(tag, attribute))}</details>`
        : nothing}
      ${this.renderDev(`<${tag}>`, spec.summary)}
    </fieldset>`;
  }

  private renderTheme(): TemplateResult {
    const w = this.words;
    const provider = this.specs.get('ijm-widgets');
    return html`<fieldset class="options theme"><legend>${w.themeLegend}</legend>
      <p class="summary">${w.themeSummary}</p>
      ${THEME.map((theme) => {
        const id = themeId(theme.name);
        const value = this.builder.theme[theme.name] ?? '';
        const error = validateTheme(theme.name, value.trim(), w);
        const {label, help} = this.wordsFor('ijm-widgets', theme.name);
        const text = theme.colour && value.trim() && !error ? textOn(value.trim()) : undefined;
        const onWhite = text && theme.name === 'primary-color'
          ? html` <span class=${text.onWhite < 3 ? 'low' : ''}>${(text.onWhite < 3 ? w.onWhiteLow : w.onWhite)(formatRatio(text.onWhite))}</span>`
          : nothing;
        const contrast = text
          ? html`<p class="contrast" id="${id}-contrast"><span class="sample" data-colour=${value.trim()} aria-hidden="true">Aa</span>
              <span>${w.contrast(text.text === 'white' ? w.whiteText : text.text === 'dark' ? w.darkText : w.blackText, formatRatio(text.ratio))}${onWhite}</span></p>`
          : nothing;
        const describedBy = [error ? `${id}-error` : '', text ? `${id}-contrast` : '', `${id}-hint`].filter(Boolean).join(' ');
        const onInput = (event: Event) => this.setTheme(theme.name, (event.target as HTMLInputElement).value);
        const picker = theme.colour
          ? html`<input type="color" class="swatch" aria-label=${w.colourPicker(label)} .value=${/^#[0-9a-f]{6}$/i.test(value.trim()) ? value.trim().toLowerCase() : theme.placeholder} @input=${onInput}>`
          : nothing;
        const documented = provider?.attributes.find((a) => a.name === theme.name)?.description ?? `${theme.token}`;
        return html`<div class="field ${error ? 'invalid' : ''}"><label for=${id}>${label}</label>
          <p class="hint" id="${id}-hint">${help}</p>
          <div class="token-row">${picker}<input id=${id} type="text" autocomplete="off" spellcheck="false" placeholder=${theme.placeholder}
            aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} .value=${value} @input=${onInput}></div>
          ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}${contrast}
          ${this.renderDev(`${theme.name} (${theme.token})`, documented)}</div>`;
      })}
    </fieldset>`;
  }

  private renderPicker(): TemplateResult {
    const {builder} = this;
    const w = this.words;
    return html`<fieldset class="picker"><legend>${w.widget}</legend>
      ${PICKABLE.map((tag) => html`<label class="pick"><input type="radio" name="pick" .value=${tag} .checked=${builder.pick === tag}
        @change=${() => this.pick(tag)}><span>${w.widgetNames[tag]}</span></label>`)}
    </fieldset>
    ${builder.pick === 'ijm-widgets'
      ? html`<fieldset class="picker"><legend>${w.widgetsInside}</legend>
          <p class="summary">${w.severalNote}</p>
          ${CHILDREN.map((tag) => html`<label class="pick"><input type="checkbox" .checked=${builder.children.includes(tag)}
            @change=${(event: Event) => this.toggleChild(tag, (event.target as HTMLInputElement).checked)}><span>${w.widgetNames[tag]}</span></label>`)}
        </fieldset>`
      : nothing}`;
  }

  private renderPaste(): TemplateResult {
    const result = this.pasteResult;
    const w = this.words;
    return html`<details class="paste" ?open=${!!result}><summary>${w.pasteSummary}</summary>
      <label for="paste">${w.pasteLabel}</label>
      <textarea id="paste" rows="5" spellcheck="false" .value=${this.pasteText}
        @input=${(event: Event) => (this.pasteText = (event.target as HTMLTextAreaElement).value)}></textarea>
      <button type="button" class="button" @click=${this.loadPasted}>${w.pasteButton}</button>
      <div role="status" class="paste-status">${result
        ? html`<p class=${result.ok ? 'ok' : 'error'}>${result.lines[0]}</p>${result.lines.length > 1
            ? html`<ul class="notes">${result.lines.slice(1).map((line) => html`<li>${line}</li>`)}</ul>`
            : nothing}`
        : nothing}</div>
    </details>`;
  }

  private renderLanguage(): TemplateResult {
    return html`<div class="ui-language"><label for="ui-language">${this.words.uiLanguage}</label>
      <select id="ui-language" @change=${(event: Event) => {
        const lang = wordsLanguage((event.target as HTMLSelectElement).value);
        if (this.previewLang === this.ui) this.previewLang = lang;
        this.ui = lang;
      }}>${SETTINGS_LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${code === this.ui}>${name}</option>`)}</select></div>`;
  }

  private renderToolbar(): TemplateResult {
    const w = this.words;
    const radio = (name: string, label: string, checked: boolean, onChange: () => void) =>
      html`<label class="seg"><input type="radio" name=${name} .checked=${checked} @change=${onChange}><span>${label}</span></label>`;
    return html`<div class="toolbar">
      <fieldset><legend>${w.previewPage}</legend>${LANGUAGES.map(([code, name]) =>
        html`<label class="seg"><input type="radio" name="preview-lang" .checked=${this.previewLang === code} @change=${() => (this.previewLang = code)}
          ><span lang=${code} title=${name}>${code.toUpperCase()}</span></label>`)}</fieldset>
      <fieldset><legend>${w.width}</legend>${radio('width', w.computer, !this.phone, () => (this.phone = false))}${radio('width', w.phone, this.phone, () => (this.phone = true))}</fieldset>
      <fieldset><legend>${w.background}</legend>${radio('bg', w.light, !this.dark, () => (this.dark = false))}${radio('bg', w.dark, this.dark, () => (this.dark = true))}</fieldset>
      <label class="seg solo"><input type="checkbox" .checked=${this.rtl} @change=${(event: Event) => (this.rtl = (event.target as HTMLInputElement).checked)}
        ><span>${w.rtl}</span></label>
    </div>`;
  }

  private fieldName(d: {tag: string; name: string}): string {
    if (d.tag === 'theme') return this.wordsFor('ijm-widgets', d.name).label;
    return this.words.inWidget(this.wordsFor(d.tag, d.name).label, this.words.widgetNames[d.tag] ?? d.tag);
  }

  private renderProblems(className: string, heading: string): TemplateResult {
    const dropped = this.model?.dropped ?? [];
    return html`<p>${heading}</p><ul>${dropped.map(
      (d) => html`<li><a href="#${d.tag === 'theme' ? themeId(d.name) : fieldId(d.tag, d.name)}" class=${className} @click=${(event: Event) => this.goToField(event, d)}
        >${this.fieldName(d)}</a>: ${d.message}</li>`,
    )}</ul>`;
  }

  /** Opens what holds the field ("More settings") and moves focus to it, keeping the address's hash for the state. */
  private goToField(event: Event, d: {tag: string; name: string}): void {
    event.preventDefault();
    const field = this.querySelector<HTMLElement>(`[id="${d.tag === 'theme' ? themeId(d.name) : fieldId(d.tag, d.name)}"]`);
    const more = field?.closest('details');
    if (more) more.open = true;
    field?.scrollIntoView({block: 'center'});
    field?.focus();
  }

  private renderCopy(tab: Tab): TemplateResult {
    const w = this.words;
    const copied = this.copiedCode !== undefined && this.copiedCode === this.codeFor(tab);
    const blocked = this.copyBlocked && !!this.model?.dropped.length;
    return html`<div class="copy-row">
        <button type="button" class="button primary copy" @click=${() => this.copy(tab)}>${copied ? w.copied : w.copy}</button>
        ${tab !== 'react' ? this.renderBlankLink() : nothing}
      </div>
      <div role="status" class="copy-status">${blocked
        ? html`<div class="copy-blocked" tabindex="-1">${this.renderProblems('fix', w.notCopied)}</div>`
        : this.copyFallback
          ? html`<p>${w.copyFallback}</p>`
          : nothing}</div>`;
  }

  private renderBlankLink(): TemplateResult {
    const w = this.words;
    if (this.model?.dropped.length) return nothing as unknown as TemplateResult;
    const href = `preview.html#${encodeURIComponent(this.codeFor('html'))}`;
    return html`<a class="button" href=${href} target="_blank" rel="noopener" aria-describedby="blank-hint">${w.seeBlank}</a>`;
  }

  private renderCode(): TemplateResult {
    const model = this.model;
    const w = this.words;
    const dropped = model?.dropped ?? [];
    const code = (id: string, text: string, label: string) =>
      html`<pre class="code" id="code-${id}" tabindex="0" aria-label=${label}><code>${text}</code></pre>`;
    const host = (() => {
      try {
        return new URL(model?.loader ?? loaderUrl(this.version)).host;
      } catch {
        return model?.loader ?? '';
      }
    })();
    const panel = (tab: Tab): TemplateResult => {
      if (tab === 'wordpress') {
        return html`<h3>${w.wpPluginHeading}</h3>
          <ol class="steps">${w.wpPluginSteps.map((step) => html`<li>${step}</li>`)}</ol>
          ${model ? code('shortcode', toShortcodes(model), w.wpShortcode) : nothing}
          <h3>${w.wpPasteHeading}</h3>
          <p><strong>${w.wpPasteWho}</strong> ${w.wpPasteNot}</p>
          <ol class="steps">${w.wpPasteSteps.map((step) => html`<li>${step}</li>`)}</ol>
          ${code('wordpress', this.codeFor('html'), w.tabWordpress)}${this.renderCopy('wordpress')}`;
      }
      if (tab === 'react') {
        return html`<p>${w.reactIntro}</p>${code('react', this.codeFor('react'), w.tabReact)}${this.renderCopy('react')}`;
      }
      return html`<p>${w.htmlIntro}</p>${code('html', this.codeFor('html'), w.tabHtml)}${this.renderCopy('html')}
        <p class="hint" id="blank-hint">${w.seeBlankHint}</p>
        <p class="hint">${w.loaderNote(this.version, host)}</p>
        <details class="dev"><summary>${w.forDevelopers}</summary><p>${w.selfHostNote}</p></details>`;
    };
    const tabs: Array<[Tab, string]> = [
      ['html', w.tabHtml],
      ['wordpress', w.tabWordpress],
      ['react', w.tabReact],
    ];
    return html`${dropped.length && !this.copyBlocked ? html`<div class="warning">${this.renderProblems('fix', w.fixFirst)}</div>` : nothing}
      <div role="tablist" aria-label=${w.whereLabel} class="tabs" @keydown=${this.onTabKey}>
        ${tabs.map(([tab, label]) => html`<button type="button" role="tab" id="tab-${tab}" aria-controls="panel-${tab}"
          aria-selected=${tab === this.tab ? 'true' : 'false'} tabindex=${tab === this.tab ? '0' : '-1'} @click=${() => (this.tab = tab)}>${label}</button>`)}
      </div>
      ${tabs.map(([tab]) => html`<div role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}" class="panel" ?hidden=${tab !== this.tab}>${tab === this.tab ? panel(tab) : nothing}</div>`)}
      <p class="hint share">${w.shareNote}</p>`;
  }

  protected override render(): TemplateResult {
    const w = this.words;
    if (!this.specs.size) return html`<p class="loading" role="status">${w.loading}</p>`;
    const tags = tagsOf(this.builder);
    return html`${this.renderLanguage()}${this.renderPaste()}<div class="layout">
      <section class="settings" aria-labelledby="settings-heading" @focusin=${this.onSettingsFocus}>
        <h2 id="settings-heading"><span class="step">1</span> ${w.step1}</h2>
        ${this.renderPicker()}
        ${tags.map((tag) => this.renderWidgetOptions(tag))}
        ${this.renderTheme()}
        <datalist id="currencies">${(Intl.supportedValuesOf?.('currency') ?? []).map((code) => html`<option value=${code}></option>`)}</datalist>
      </section>
      <div class="output">
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading"><span class="step">2</span> ${w.step2}</h2>
          <div class="stage-frame ${this.dark ? 'dark' : 'light'}">
            <div class="stage ${this.phone ? 'phone' : 'desktop'}" lang=${this.previewLang} dir=${this.rtl ? 'rtl' : 'ltr'}></div>
          </div>
          ${this.renderToolbar()}
          <h3 id="log-heading">${w.logHeading}</h3>
          <ol class="log" tabindex="0" aria-labelledby="log-heading" aria-live="polite">${this.log.length
            ? this.log.map((entry) => html`<li>${entry.text}</li>`)
            : html`<li class="empty">${w.logEmpty}</li>`}</ol>
          ${this.log.length
            ? html`<button type="button" class="button" @click=${() => (this.log = [])}>${w.logClear}</button>
                <details class="dev"><summary>${w.forDevelopers}</summary><ol class="raw">${this.log.map((entry) => html`<li><code>${entry.raw}</code></li>`)}</ol></details>`
            : nothing}
        </section>
        <section class="code-area" aria-labelledby="code-heading">
          <h2 id="code-heading"><span class="step">3</span> ${w.step3}</h2>
          ${this.renderCode()}
        </section>
      </div>
    </div>`;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (changed.has('specs')) {
      this.listen();
      this.stage?.addEventListener('click', this.onPreviewClick);
    }
  }
}
