/**
 * The few parts of the block editor's globals (`window.wp`, WordPress 6.1) the plugin's editor
 * script uses, typed by hand: the editor provides them at run time, so nothing is bundled.
 */
export type Child = WpElement | string | null | undefined | false;
export interface WpElement {
  readonly type: unknown;
}
export type Props = Record<string, unknown>;
export type Component<P> = (props: P) => WpElement | null;

export interface BlockEditProps {
  attributes: Record<string, unknown>;
  setAttributes(next: Record<string, unknown>): void;
  isSelected: boolean;
}

export interface Wp {
  element: {
    createElement(type: string | Component<never>, props?: Props | null, ...children: Child[]): WpElement;
    Fragment: Component<never>;
  };
  blocks: {
    registerBlockType(name: string, settings: {title?: string; description?: string; edit: Component<BlockEditProps>; save: () => null}): unknown;
  };
  blockEditor: {
    InspectorControls: Component<never>;
    useBlockProps(props?: Props): Props;
  };
  components: {
    PanelBody: Component<never>;
    TextControl: Component<never>;
    TextareaControl: Component<never>;
    ToggleControl: Component<never>;
    SelectControl: Component<never>;
  };
}

/** What the plugin's PHP puts on the page before the script (ijm_widgets_editor_assets). */
export interface EditorData {
  elements: Record<string, ElementData>;
  /** The provider's attributes from Settings → IJM Widgets. */
  provider: Record<string, string>;
  /** The site's language as `<html lang>` writes it (`ro-RO`). */
  lang: string;
}

export interface ElementData {
  block?: string;
  title?: string;
  description: string;
  attributes: AttributeData[];
}

export interface AttributeData {
  name: string;
  property: string;
  type: 'string' | 'number' | 'boolean';
  url?: boolean;
  enum?: string[];
  /** Shown first in the sidebar; the rest are under "More settings". */
  main?: boolean;
  description: string;
}

declare global {
  interface Window {
    wp: Wp;
    ijmWidgetsEditor: EditorData;
  }
}
