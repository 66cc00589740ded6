/** Detail of `ijm-icon-error`. */
export interface IconErrorDetail {
  /** The name that has no icon, as written on the element. */
  readonly name: string;
}

/** Fired by `<ijm-icon>` when its `name` matches no icon (built-in or registered). */
export class IjmIconErrorEvent extends CustomEvent<IconErrorDetail> {
  constructor(name: string) {
    super('ijm-icon-error', {bubbles: true, composed: true, detail: {name}});
  }
}

// It bubbles and is composed: typed on the element, on `document` and on `window` (each of their
// event maps extends GlobalEventHandlersEventMap).
declare global {
  interface GlobalEventHandlersEventMap {
    'ijm-icon-error': IjmIconErrorEvent;
  }
}
