/**
 * The embed builder's page: pick a widget, set its options (a form generated
 * from the manifest), see the real widget live, copy a snippet. Rendered in
 * the light DOM so the page's own stylesheet (configure.css) styles it.
 */
import {LitElement, html, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Story} from '../data/story.js';
import type {AttributeSpec, WidgetSpec} from './manifest.js';
import {CHILDREN, LANGUAGES, PICKABLE, THEME_TOKENS, WIDGETS, fieldHint, formAttributes, type FieldHint} from './hints.js';
import {ICON_NAMES, validateToken, validateValue} from './validate.js';
import {buildModel, tagsOf, themeCss, toHtml, toReact, type BuilderState, type SnippetElement, type SnippetModel} from './snippet.js';
import {parseSnippet} from './parse-snippet.js';

type Tab = 'html' | 'wordpress' | 'react';
const TABS: ReadonlyArray<[Tab, string]> = [
  ['html', 'Plain HTML'],
  ['wordpress', 'WordPress (Custom HTML block)'],
  ['react', 'npm / React'],
];

interface LogEntry {
  id: number;
  name: string;
  text: string;
}

/** The hint's label, else the attribute's name as words: `button-label` → "Button label". */
const labelOf = (tag: string, name: string) =>
  fieldHint(tag, name).label ?? (name === 'lang' ? 'Language' : name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' '));

/** A description with its `code` spans, as text and `<code>` elements (never parsed as HTML). */
const describe = (text: string) => text.split(/`([^`]*)`/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));

const fieldId = (tag: string, name: string) => `f-${tag}-${name}`;

/** The events a preview cancels, and what the page would have done. */
const CANCELLED: Record<string, string> = {
  'ijm-donate': 'Cancelled in the preview; on your page the donation page opens.',
  'ijm-signup': 'Cancelled in the preview; on your page the sign-up is sent.',
};

/** A short, readable summary of an event's detail. */
function summarize(detail: unknown): string {
  if (detail === undefined || detail === null) return '';
  try {
    const text = JSON.stringify(detail, (key, value: unknown) => {
      if (Array.isArray(value)) return `[${value.length} item${value.length === 1 ? '' : 's'}]`;
      if (value instanceof Error) return value.message;
      return key === 'submissionId' ? undefined : value;
    });
    return text.length > 300 ? `${text.slice(0, 299)}…` : text;
  } catch {
    return String(detail);
  }
}

export class EmbedBuilder extends LitElement {
  /** The widgets' declarations from `custom-elements.json`, by tag. */
  @property({attribute: false}) specs = new Map<string, WidgetSpec>();

  /** The package version the snippet pins. */
  @property() version = '';

  /** Stories the related-stories preview shows while it has no feed. */
  @property({attribute: false}) sampleStories: Story[] = [];

  @state() private builder: BuilderState = {pick: 'ijm-donate-cta', children: ['ijm-donate-cta', 'ijm-email-signup'], values: {}, theme: {}};
  @state() private tab: Tab = 'html';
  @state() private previewLang = 'en';
  @state() private rtl = false;
  @state() private phone = false;
  @state() private dark = false;
  @state() private log: LogEntry[] = [];
  @state() private copied?: string;
  @state() private copyFallback = false;
  @state() private pasteText = '';
  @state() private pasteResult?: {ok: boolean; lines: string[]};

  private model?: SnippetModel;
  private previewKey = '';
  private logId = 0;
  private copiedTimer?: ReturnType<typeof setTimeout>;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  private get tokenDefaults(): Record<string, string> {
    const provider = this.specs.get('ijm-widgets');
    return Object.fromEntries((provider?.cssProperties ?? []).map((p) => [p.name, p.default]));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('specs') || changed.has('builder' as keyof EmbedBuilder)) {
      this.model = buildModel(this.builder, this.specs, this.tokenDefaults);
    }
  }

  protected override updated(): void {
    this.updatePreview();
  }

  // ——— state changes ———

  private setValue(tag: string, name: string, value: string): void {
    const {builder} = this;
    this.builder = {...builder, values: {...builder.values, [tag]: {...builder.values[tag], [name]: value}}};
  }

  private setTheme(name: string, value: string): void {
    this.builder = {...this.builder, theme: {...this.builder.theme, [name]: value}};
  }

  private pick(tag: string): void {
    this.builder = {...this.builder, pick: tag};
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
    for (const {name} of THEME_TOKENS) stage.style.removeProperty(name);
    for (const [name, value] of model.theme) stage.style.setProperty(name, value);
    const key = JSON.stringify([model.root, model.children]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const root = this.createWidget(model.root);
    root.append(...model.children.map((child) => this.createWidget(child)));
    stage.replaceChildren(root);
  }

  private addLog(name: string, text: string): void {
    this.log = [{id: ++this.logId, name, text}, ...this.log].slice(0, 20);
  }

  private readonly onPreviewEvent = (event: Event) => {
    const note = CANCELLED[event.type];
    if (note) event.preventDefault();
    this.addLog(event.type, [summarize((event as CustomEvent).detail), note].filter(Boolean).join(' — '));
  };

  private readonly onPreviewClick = (event: MouseEvent) => {
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && !!node.href);
    if (!link) return;
    event.preventDefault();
    this.addLog('link', `${link.href} — not followed in the preview.`);
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

  protected override firstUpdated(): void {
    this.stage?.addEventListener('click', this.onPreviewClick);
  }

  // ——— copy, tabs, paste ———

  private codeFor(tab: Tab): string {
    if (!this.model) return '';
    return tab === 'react' ? toReact(this.model) : toHtml(this.model, this.version);
  }

  private async copy(tab: Tab | 'css'): Promise<void> {
    const text = tab === 'css' ? (this.model ? themeCss(this.model) : '') : this.codeFor(tab);
    clearTimeout(this.copiedTimer);
    try {
      await navigator.clipboard.writeText(text);
      this.copied = tab;
      this.copyFallback = false;
      this.copiedTimer = setTimeout(() => (this.copied = undefined), 4000);
    } catch {
      // No clipboard access (an old browser, an iframe without permission): select the code instead.
      this.copied = undefined;
      this.copyFallback = true;
      const code = this.querySelector(`#code-${tab}`);
      if (code) {
        window.getSelection()?.selectAllChildren(code);
        (code as HTMLElement).focus();
      }
    }
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = TABS.findIndex(([tab]) => tab === this.tab);
    const next =
      event.key === 'ArrowRight' || event.key === 'ArrowDown' ? (index + 1) % TABS.length
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? (index + TABS.length - 1) % TABS.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? TABS.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    this.tab = TABS[next][0];
    void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  private loadPasted(): void {
    const result = parseSnippet(this.pasteText, this.specs, this.version);
    if ('error' in result) {
      this.pasteResult = {ok: false, lines: [result.error]};
      return;
    }
    const {state: pasted, notes} = result;
    this.builder = {
      ...pasted,
      children: pasted.pick === 'ijm-widgets' ? pasted.children : this.builder.children,
    };
    const tags = tagsOf(pasted).map((tag) => WIDGETS[tag]?.label ?? tag);
    this.pasteResult = {ok: true, lines: [`Loaded: ${tags.join(', ')}. The form below now shows the snippet's settings.`, ...notes]};
  }

  // ——— rendering ———

  private renderControl(tag: string, attribute: AttributeSpec, hint: FieldHint, value: string, describedBy: string, error: boolean): TemplateResult {
    const id = fieldId(tag, attribute.name);
    const onInput = (event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLInputElement).value);
    const invalid = error ? 'true' : 'false';
    const choices = hint.type === 'language' ? ['', ...LANGUAGES.map(([code]) => code)]
      : hint.type === 'icon-name' ? ['', ...ICON_NAMES]
      : hint.values ?? (attribute.kind === 'choice' ? attribute.values : undefined);
    if (choices) {
      const shown = value === '' ? attribute.default : value;
      const all = choices.includes(shown) ? choices : [...choices, shown];
      const optionLabel = (choice: string) => {
        const name = hint.type === 'language' ? LANGUAGES.find(([code]) => code === choice)?.[1] : undefined;
        const text = choice === '' ? (hint.type === 'language' ? "The page's language" : 'Choose…') : name ? `${name} (${choice})` : choice;
        return choice === attribute.default ? `${text} (default)` : text;
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

  private renderField(tag: string, attribute: AttributeSpec): TemplateResult {
    const values = this.builder.values[tag] ?? {};
    const value = values[attribute.name] ?? '';
    const hint = fieldHint(tag, attribute.name);
    const id = fieldId(tag, attribute.name);
    const error = validateValue(attribute, hint, value.trim(), values);
    const describedBy = error ? `${id}-error ${id}-hint` : `${id}-hint`;
    const description = html`<p class="hint" id="${id}-hint">${describe(attribute.description)}</p>`;
    const message = error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing;
    if (attribute.kind === 'boolean') {
      return html`<div class="field check"><input type="checkbox" id=${id} aria-describedby=${describedBy} .checked=${value === 'true'}
        @change=${(event: Event) => this.setValue(tag, attribute.name, (event.target as HTMLInputElement).checked ? 'true' : '')}
        ><label for=${id}>${labelOf(tag, attribute.name)} <code class="attr">${attribute.name}</code></label>${description}${message}</div>`;
    }
    return html`<div class="field ${error ? 'invalid' : ''}"><label for=${id}>${labelOf(tag, attribute.name)} <code class="attr">${attribute.name}</code></label>${description}${this.renderControl(
      tag,
      attribute,
      hint,
      value,
      describedBy,
      !!error,
    )}${message}</div>`;
  }

  private renderWidgetOptions(tag: string): TemplateResult {
    const spec = this.specs.get(tag);
    const hint = WIDGETS[tag];
    if (!spec) return html`<p class="error">The manifest has no &lt;${tag}&gt;.</p>`;
    const attributes = formAttributes(tag, spec.attributes);
    const primary = hint ? attributes.filter((a) => hint.primary.includes(a.name)) : attributes;
    const more = attributes.filter((a) => !primary.includes(a));
    return html`<fieldset class="options"><legend>${hint?.label ?? tag} <code>&lt;${tag}&gt;</code></legend>
      <p class="summary">${describe(spec.summary)}</p>
      ${primary.map((attribute) => this.renderField(tag, attribute))}
      ${more.length
        ? html`<details class="more"><summary>More options (${more.length})</summary>${more.map((attribute) => this.renderField(tag, attribute))}</details>`
        : nothing}
    </fieldset>`;
  }

  private renderTheme(): TemplateResult {
    const defaults = this.tokenDefaults;
    return html`<fieldset class="options theme"><legend>Colours, font and corners</legend>
      <p class="summary">Changes here add a small <code>&lt;style&gt;</code> block to the code.</p>
      ${THEME_TOKENS.map((token) => {
        const id = `t-${token.name.slice(2)}`;
        const value = this.builder.theme[token.name] ?? '';
        const error = validateToken(token.name, value.trim());
        const fallback = defaults[token.name] ?? '';
        const describedBy = error ? `${id}-error ${id}-hint` : `${id}-hint`;
        const onInput = (event: Event) => this.setTheme(token.name, (event.target as HTMLInputElement).value);
        const picker = token.colour
          ? html`<input type="color" class="swatch" aria-label="${token.label}: colour picker" .value=${/^#[0-9a-f]{6}$/i.test(value) ? value : /^#[0-9a-f]{6}$/i.test(fallback) ? fallback : '#000000'} @input=${onInput}>`
          : nothing;
        return html`<div class="field ${error ? 'invalid' : ''}"><label for=${id}>${token.label}</label>
          <p class="hint" id="${id}-hint"><code>${token.name}</code>, default <code>${fallback}</code></p>
          <div class="token-row">${picker}<input id=${id} type="text" autocomplete="off" spellcheck="false" placeholder=${fallback}
            aria-describedby=${describedBy} aria-invalid=${error ? 'true' : 'false'} .value=${value} @input=${onInput}></div>
          ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}</div>`;
      })}
    </fieldset>`;
  }

  private renderPicker(): TemplateResult {
    const {builder} = this;
    return html`<fieldset class="picker"><legend>Widget</legend>
      ${PICKABLE.map((tag) => html`<label class="pick"><input type="radio" name="pick" .value=${tag} .checked=${builder.pick === tag}
        @change=${() => this.pick(tag)}><span>${WIDGETS[tag].label}</span></label>`)}
    </fieldset>
    ${builder.pick === 'ijm-widgets'
      ? html`<fieldset class="picker"><legend>Widgets inside</legend>
          ${CHILDREN.map((tag) => html`<label class="pick"><input type="checkbox" .checked=${builder.children.includes(tag)}
            @change=${(event: Event) => this.toggleChild(tag, (event.target as HTMLInputElement).checked)}><span>${WIDGETS[tag].label}</span></label>`)}
        </fieldset>`
      : nothing}`;
  }

  private renderPaste(): TemplateResult {
    const result = this.pasteResult;
    return html`<details class="paste"><summary>Paste a snippet to edit it</summary>
      <label for="paste">Code you copied before (from this page, or from your site)</label>
      <textarea id="paste" rows="6" spellcheck="false" .value=${this.pasteText}
        @input=${(event: Event) => (this.pasteText = (event.target as HTMLTextAreaElement).value)}></textarea>
      <button type="button" class="button" @click=${this.loadPasted}>Load into the form</button>
      <div role="status" class="paste-status">${result
        ? html`<ul class=${result.ok ? 'ok' : 'error'}>${result.lines.map((line) => html`<li>${line}</li>`)}</ul>`
        : nothing}</div>
    </details>`;
  }

  private renderToolbar(): TemplateResult {
    const radio = (name: string, label: string, checked: boolean, onChange: () => void) =>
      html`<label class="seg"><input type="radio" name=${name} .checked=${checked} @change=${onChange}><span>${label}</span></label>`;
    return html`<div class="toolbar">
      <fieldset><legend>Page language</legend>${LANGUAGES.map(([code, name]) =>
        html`<label class="seg"><input type="radio" name="preview-lang" .checked=${this.previewLang === code} @change=${() => (this.previewLang = code)}
          ><span lang=${code} title=${name}>${code.toUpperCase()}</span></label>`)}</fieldset>
      <fieldset><legend>Width</legend>${radio('width', 'Desktop', !this.phone, () => (this.phone = false))}${radio('width', 'Phone', this.phone, () => (this.phone = true))}</fieldset>
      <fieldset><legend>Page</legend>${radio('bg', 'Light', !this.dark, () => (this.dark = false))}${radio('bg', 'Dark', this.dark, () => (this.dark = true))}</fieldset>
      <label class="seg solo"><input type="checkbox" .checked=${this.rtl} @change=${(event: Event) => (this.rtl = (event.target as HTMLInputElement).checked)}
        ><span>Right-to-left</span></label>
    </div>`;
  }

  private renderCode(): TemplateResult {
    const model = this.model;
    const css = model ? themeCss(model) : '';
    const dropped = model?.dropped ?? [];
    const copyButton = (tab: Tab | 'css', label = 'Copy code') => html`<button type="button" class="button primary" @click=${() => this.copy(tab)}>${label}</button>`;
    const code = (tab: Tab | 'css', text: string, label: string) =>
      html`<pre class="code" id="code-${tab}" tabindex="0" aria-label=${label}><code>${text}</code></pre>`;
    const panel = (tab: Tab): TemplateResult => {
      if (tab === 'wordpress') {
        return html`<ol class="steps">
            <li>In WordPress, open the page and add a block: <strong>+</strong>, then search for <strong>Custom HTML</strong>.</li>
            <li>Click <strong>Copy code</strong> below and paste it into the block.</li>
            <li>Click <strong>Preview</strong> to check it, then <strong>Update</strong> (or <strong>Publish</strong>).</li>
          </ol>${code('wordpress', this.codeFor('html'), 'Code for a WordPress Custom HTML block')}${copyButton('wordpress')}`;
      }
      if (tab === 'react') {
        return html`<p>Install the package: <code>npm install @ijm/widgets</code>. Then:</p>${code('react', this.codeFor('react'), 'React code')}${copyButton('react')}`;
      }
      return html`<p>Paste this where the widget should appear.</p>${code('html', this.codeFor('html'), 'HTML code')}${copyButton('html')}${css
        ? html`<div class="note"><p><strong>Site doesn't allow inline styles?</strong> Some sites (a strict Content-Security-Policy, some
            page builders) block <code>&lt;style&gt;</code> blocks. Then leave that block out and add the same CSS to your site's stylesheet
            (in WordPress: Appearance → Customize → Additional CSS):</p>${code('css', css, 'Theme CSS for your stylesheet')}${copyButton('css', 'Copy CSS')}</div>`
        : nothing}<p class="hint">The script loads version ${this.version} from jsDelivr. If your site's Content-Security-Policy allows only its
        own scripts, copy <code>dist/cdn/</code> from the package to your site and change the <code>src</code> to your copy.</p>`;
    };
    return html`${dropped.length
        ? html`<div class="warning"><p>${dropped.length === 1 ? 'One value has' : `${dropped.length} values have`} a problem and ${dropped.length === 1 ? 'is' : 'are'}
            left out of the code (the widget would ignore ${dropped.length === 1 ? 'it' : 'them'}):</p>
            <ul>${dropped.map((d) => html`<li><a href="#${d.tag === 'theme' ? `t-${d.name.slice(2)}` : fieldId(d.tag, d.name)}">${d.tag === 'theme' ? d.name : `${labelOf(d.tag, d.name)} (${WIDGETS[d.tag]?.label ?? d.tag})`}</a></li>`)}</ul></div>`
        : nothing}
      <div role="tablist" aria-label="Where the code goes" class="tabs" @keydown=${this.onTabKey}>
        ${TABS.map(([tab, label]) => html`<button type="button" role="tab" id="tab-${tab}" aria-controls="panel-${tab}"
          aria-selected=${tab === this.tab ? 'true' : 'false'} tabindex=${tab === this.tab ? '0' : '-1'} @click=${() => (this.tab = tab)}>${label}</button>`)}
      </div>
      ${TABS.map(([tab]) => html`<div role="tabpanel" id="panel-${tab}" aria-labelledby="tab-${tab}" class="panel" ?hidden=${tab !== this.tab}>${tab === this.tab ? panel(tab) : nothing}</div>`)}
      <p role="status" class="copy-status">${this.copied
        ? html`<span class="ok">Copied. Now paste it into your page.</span>`
        : this.copyFallback
          ? html`<span>Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.</span>`
          : nothing}</p>`;
  }

  protected override render(): TemplateResult {
    if (!this.specs.size) return html`<p class="loading" role="status">Loading the widgets' options…</p>`;
    const tags = tagsOf(this.builder);
    return html`<div class="layout">
      <section class="settings" aria-labelledby="settings-heading">
        <h2 id="settings-heading"><span class="step">1</span> Choose and set up</h2>
        ${this.renderPicker()}
        ${tags.map((tag) => this.renderWidgetOptions(tag))}
        ${this.renderTheme()}
        ${this.renderPaste()}
        <datalist id="currencies">${(Intl.supportedValuesOf?.('currency') ?? []).map((code) => html`<option value=${code}></option>`)}</datalist>
      </section>
      <div class="output">
        <section class="preview" aria-labelledby="preview-heading">
          <h2 id="preview-heading"><span class="step">2</span> Preview</h2>
          ${this.renderToolbar()}
          <div class="stage-frame ${this.dark ? 'dark' : 'light'}">
            <div class="stage ${this.phone ? 'phone' : 'desktop'}" lang=${this.previewLang} dir=${this.rtl ? 'rtl' : 'ltr'}></div>
          </div>
          <h3 id="log-heading">What the widget did</h3>
          <ol class="log" tabindex="0" aria-labelledby="log-heading" aria-live="polite">${this.log.length
            ? this.log.map((entry) => html`<li><code>${entry.name}</code> ${entry.text}</li>`)
            : html`<li class="empty">Nothing yet. Try the widget: its events show here instead of opening pages or sending anything.</li>`}</ol>
          ${this.log.length ? html`<button type="button" class="button" @click=${() => (this.log = [])}>Clear the list</button>` : nothing}
        </section>
        <section class="code-area" aria-labelledby="code-heading">
          <h2 id="code-heading"><span class="step">3</span> Copy the code</h2>
          ${this.renderCode()}
        </section>
      </div>
    </div>`;
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    if (changed.has('specs')) this.listen();
  }
}
