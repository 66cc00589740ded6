/** What `ijm-story-click` carries. */
export interface StoryClickDetail {
  /** The story's page, as the link opens it. */
  url: string;
  /** 1-based place of the card in its rail; absent for a card on its own. */
  position?: number;
  /** The rail's feed URL; absent for a card on its own, or a rail given `stories` or child cards. */
  src?: string;
}

/**
 * Fired when the reader opens a story (click, Enter, or a middle click for a new
 * tab) from an `<ijm-article-card>`, alone or in `<ijm-related-stories>`. It does
 * not stop the link: the story opens as usual.
 */
export class IjmStoryClickEvent extends CustomEvent<StoryClickDetail> {
  constructor(detail: StoryClickDetail) {
    super('ijm-story-click', {detail, bubbles: true, composed: true});
  }
}

// It bubbles and is composed: typed on the element, on `document` and on `window` (each of their
// event maps extends GlobalEventHandlersEventMap).
declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-story-click': IjmStoryClickEvent;
  }
}
