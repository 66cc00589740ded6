/** The README's snippet for any page: the placeholders' stylesheet first, then the loader ("Show code" starts with it). */
export const PARTNER_HEAD = [
  '<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/@ijm/widgets@0/dist/cdn/placeholders.css">',
  '<script type="module" src="https://cdn.jsdelivr.net/npm/@ijm/widgets@0/dist/cdn/loader.js"></script>',
].join('\n');
