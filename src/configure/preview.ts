/**
 * "See it on a blank page" (`preview.html#<the code>`): the builder's code on a page of its own,
 * under the README's strict Content-Security-Policy (sent by the server, and as a meta tag for
 * static hosts). The code comes in the address's fragment (never sent to a server), is parsed
 * into a detached document through the library's Trusted Types route (`parseMarkup`) and only the
 * widgets' tags with their attributes, and the donate fallback link, are recreated on the page:
 * nothing else from the address is ever inserted, and no script from it runs. The widgets here are
 * this builder's own copy of the same version, so the page works offline and under `script-src
 * 'self'`; the note at the top says where the partner's page loads them from.
 */
import '../all.js';
import {parseMarkup} from '../internal/parse-markup.js';
import {toSafeHttpUrl} from '../data/url.js';
import {VERSION} from '../version.js';
import {PICKABLE} from './hints.js';
import {browserLanguage} from './embed-builder.js';

const WORDS = {
  en: (src: string) => `Your code on a blank page, under the strictest security rules. The widgets here are this builder’s copy of version ${VERSION}; your page loads them from ${src}.`,
  ro: (src: string) => `Codul dumneavoastră pe o pagină goală, cu cele mai stricte reguli de securitate. Widgeturile de aici sunt copia constructorului, versiunea ${VERSION}; pagina voastră le încarcă de la ${src}.`,
  uk: (src: string) => `Ваш код на порожній сторінці з найсуворішими правилами безпеки. Віджети тут — копія конструктора, версія ${VERSION}; ваша сторінка завантажує їх з ${src}.`,
  bg: (src: string) => `Вашият код на празна страница, с най-строгите правила за сигурност. Уиджетите тук са копието на конструктора, версия ${VERSION}; страницата ви ги зарежда от ${src}.`,
};
const EMPTY = {
  en: 'No code came with this address. Open it from the builder’s “See it on a blank page”.',
  ro: 'Adresa nu conține niciun cod. Deschideți-o din constructor, cu „Vedeți-l pe o pagină goală”.',
  uk: 'У цій адресі немає коду. Відкрийте її з конструктора кнопкою «Подивитися на порожній сторінці».',
  bg: 'В този адрес няма код. Отворете го от конструктора с „Вижте го на празна страница“.',
};

const TAGS: readonly string[] = PICKABLE;

/** A fresh copy of `source` (a widget tag, or a link inside one): its attributes but no `on…`/`style`, and only safe links. */
function copyOf(source: Element): Element | undefined {
  const tag = source.localName;
  if (!TAGS.includes(tag) && tag !== 'a') return undefined;
  const element = document.createElement(tag);
  for (const {name, value} of [...source.attributes]) {
    if (/^(on|style$|data-ijm-)/i.test(name)) continue;
    if (tag === 'a' && name !== 'href') continue;
    if (tag === 'a' && !toSafeHttpUrl(value, location.href)) continue;
    element.setAttribute(name, value);
  }
  for (const child of source.childNodes) {
    if (child.nodeType === Node.TEXT_NODE && tag === 'a') element.append(child.textContent ?? '');
    else if (child instanceof Element) {
      const copy = copyOf(child);
      if (copy) element.append(copy);
    }
  }
  return element;
}

const lang = browserLanguage();
const note = document.getElementById('blank-note')!;
const page = document.getElementById('page')!;
const code = decodeURIComponent(location.hash.slice(1));
const doc = parseMarkup(code, 'text/html');
const tops = [...doc.body.children].filter((element) => TAGS.includes(element.localName));
const src = doc.querySelector('script[src]')?.getAttribute('src') ?? '';
if (!tops.length) note.textContent = EMPTY[lang];
else {
  note.textContent = WORDS[lang](src);
  page.append(...tops.map((element) => copyOf(element)!));
}
document.documentElement.lang = lang;
