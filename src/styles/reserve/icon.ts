// The icon's box: see ../reserve.ts.

/** `<ijm-icon>`: a square of the surrounding text's size, on its baseline like a letter. */
export const iconBox =
  'display:inline-block;flex:none;width:var(--ijm-icon-size,1em);height:var(--ijm-icon-size,1em);vertical-align:-0.125em';
