/**
 * The embed builder's own words (everything but the widget settings, which come from
 * src/settings-words), in en, ro, uk and bg. A volunteer reads these: no code names
 * outside the "For developers" parts.
 */
import type {Lang} from '../settings-words/index.js';

export interface UiWords {
  title: string;
  lede: string;
  uiLanguage: string;
  loading: string;
  loadFailed: (message: string) => string;
  step1: string;
  step2: string;
  step3: string;
  widget: string;
  widgetNames: Record<string, string>;
  widgetsInside: string;
  severalNote: string;
  moreOptions: (n: number) => string;
  forDevelopers: string;
  devAttribute: (name: string) => string;
  pageLanguage: string;
  choose: string;
  standard: string;
  themeLegend: string;
  themeSummary: string;
  colourPicker: (label: string) => string;
  contrast: (text: string, ratio: string) => string;
  whiteText: string;
  darkText: string;
  blackText: string;
  onWhite: (ratio: string) => string;
  onWhiteLow: (ratio: string) => string;
  // validation: the help says the same
  errUrl: string;
  errScheme: string;
  errHttps: string;
  errNumber: string;
  errWhole: string;
  errMin: (n: number) => string;
  errMax: (n: number) => string;
  errUrlList: (bad: string) => string;
  errCurrency: (value: string) => string;
  currencyUnderstood: (code: string) => string;
  errAmounts: (bad: string) => string;
  errAmountsEmpty: string;
  errAmountsOutside: (bad: string) => string;
  errLanguage: (value: string) => string;
  errIcon: (value: string) => string;
  errJson: string;
  errDate: string;
  errFields: (bad: string, known: string) => string;
  errFieldPairs: string;
  errChoice: (allowed: string) => string;
  errColour: string;
  errRadius: string;
  errFont: string;
  // paste
  pasteSummary: string;
  pasteLabel: string;
  pasteButton: string;
  pasteLoaded: (what: string) => string;
  pasteNone: string;
  pasteUnknown: (tag: string, attribute: string) => string;
  pasteSecond: (tag: string) => string;
  pasteMerged: string;
  pasteVersion: (from: string, to: string) => string;
  pasteLoader: (address: string) => string;
  // preview
  previewPage: string;
  width: string;
  computer: string;
  phone: string;
  background: string;
  light: string;
  dark: string;
  rtl: string;
  logHeading: string;
  logEmpty: string;
  logClear: string;
  logDonate: (amount: string) => string;
  logSignup: string;
  logSignupDone: string;
  logSignupFailed: string;
  logLink: (href: string) => string;
  logStories: (n: number) => string;
  logStoriesFailed: string;
  logSeen: string;
  logClick: string;
  logOther: (name: string) => string;
  // code
  whereLabel: string;
  tabHtml: string;
  tabWordpress: string;
  tabReact: string;
  htmlIntro: string;
  loaderNote: (version: string, host: string) => string;
  selfHostNote: string;
  wpPluginHeading: string;
  wpPluginSteps: string[];
  wpPasteHeading: string;
  wpPasteWho: string;
  wpPasteNot: string;
  wpPasteSteps: string[];
  reactIntro: string;
  copy: string;
  copied: string;
  notCopied: string;
  fixFirst: string;
  copyFallback: string;
  seeBlank: string;
  seeBlankHint: string;
  shareNote: string;
  inWidget: (field: string, widget: string) => string;
  colours: string;
  everyWidget: string;
  wpShortcode: string;
}

const en: UiWords = {
  title: 'Make a widget for your page',
  lede: 'Pick a widget, set it up, see it, then copy the code into your site. No coding needed.',
  uiLanguage: 'Language of this page',
  loading: 'Loading the widgets’ settings…',
  loadFailed: (m) => `The widgets’ settings could not be loaded (${m}). Reload the page to try again.`,
  step1: 'Choose and set up',
  step2: 'Preview',
  step3: 'Copy the code',
  widget: 'Widget',
  widgetNames: {
    'ijm-donate-cta': 'Donate box',
    'ijm-email-signup': 'Email sign-up',
    'ijm-related-stories': 'Related stories',
    'ijm-article-card': 'Story card',
    'ijm-icon': 'Icon',
    'ijm-widgets': 'Several widgets on one page',
  },
  widgetsInside: 'Widgets on the page',
  severalNote: 'This is how to put several widgets on one page: tick them here and copy one code; the settings under “Every widget” apply to all of them.',
  moreOptions: (n) => `More settings (${n})`,
  forDevelopers: 'For developers',
  devAttribute: (name) => `Attribute ${name}`,
  pageLanguage: 'The page’s language',
  choose: 'Choose…',
  standard: '(standard)',
  themeLegend: 'Colours, font and corners',
  themeSummary: 'These go into the code as settings, so they work on any site, WordPress included.',
  colourPicker: (label) => `${label}: colour picker`,
  contrast: (text, ratio) => `Text on it: ${text}, contrast ${ratio}:1 (easy to read).`,
  whiteText: 'white',
  blackText: 'black',
  darkText: 'dark grey',
  onWhite: (r) => `On the white background: ${r}:1, readable for links.`,
  onWhiteLow: (r) => `On the white background it is only ${r}:1: links in it are hard to read. Choose a darker colour (at least 3:1).`,
  errUrl: 'This is not a web address. Write the whole address, starting with https://.',
  errScheme: 'Only web addresses starting with https:// work here.',
  errHttps: 'Write an address starting with https://: browsers do not send sign-ups from a secure page to an http:// address.',
  errNumber: 'Write a number with digits only, and a dot for decimals, e.g. 25 or 12.5.',
  errWhole: 'Write a whole number.',
  errMin: (n) => `Write a number of at least ${n}.`,
  errMax: (n) => `Write a number no bigger than ${n}.`,
  errUrlList: (bad) => `Not web addresses: ${bad}. Separate addresses with spaces.`,
  errCurrency: (v) => `“${v}” is not a currency we know. Write e.g. RON (or lei), UAH (or грн), BGN (or лв), EUR (or €), USD or GBP.`,
  currencyUnderstood: (code) => `Understood as ${code}; the code will say ${code}.`,
  errAmounts: (bad) => `Not amounts: ${bad}. Write numbers separated by commas, with a dot for decimals, e.g. 50, 100, 250.`,
  errAmountsEmpty: 'Write at least one amount, e.g. 50, 100, 250.',
  errAmountsOutside: (bad) => `Smaller than the smallest gift or bigger than the largest: ${bad}.`,
  errLanguage: (v) => `The widgets speak English, Română, Українська and Български; “${v}” is none of them.`,
  errIcon: (v) => `There is no icon called “${v}”. Pick one from the list.`,
  errJson: 'Write it like {"50": "Feeds a family for a week"}, with double quotes.',
  errDate: 'Write the date as year-month-day, e.g. 2026-03-08.',
  errFields: (bad, known) => `Unknown fields: ${bad}. The fields are: ${known}.`,
  errFieldPairs: 'Write field:name pairs, e.g. email:EMAIL,firstName:FNAME.',
  errChoice: (allowed) => `Choose one of: ${allowed}.`,
  errColour: 'Not a colour. Write it like #0b6e4f, or use the colour picker.',
  errRadius: 'Write a size, e.g. 6px or 0.5em.',
  errFont: 'Write a font list, e.g. Georgia, serif.',
  pasteSummary: 'Already have a code? Paste it here to change it',
  pasteLabel: 'Your code, from this page or from your site (one or several widgets)',
  pasteButton: 'Load into the form',
  pasteLoaded: (what) => `Loaded: ${what}. The form below shows its settings now.`,
  pasteNone: 'No IJM widget found in what you pasted. Paste the whole code, including the tags that start with <ijm-.',
  pasteUnknown: (tag, attribute) => `The setting ${attribute} of ${tag} is not one the builder knows; it was left out.`,
  pasteSecond: (tag) => `A second ${tag}: the builder edits one of each; it was left out.`,
  pasteMerged: 'Your code held several widgets: they are now “Several widgets on one page”, in one code.',
  pasteVersion: (from, to) => `Your code loaded version ${from}; the new code loads ${to}.`,
  pasteLoader: (address) => `Your code loads the widgets from your own copy (${address}); the new code keeps that address.`,
  previewPage: 'Preview on a page in',
  width: 'Width',
  computer: 'Computer',
  phone: 'Phone',
  background: 'Page',
  light: 'Light',
  dark: 'Dark',
  rtl: 'Right-to-left',
  logHeading: 'What the widget did',
  logEmpty: 'Nothing yet. Try the widget: what it would do on your page shows here, and nothing is sent.',
  logClear: 'Clear the list',
  logDonate: (amount) => `Donate pressed (${amount}). On your page the donation page opens.`,
  logSignup: 'Sign-up pressed. On your page it is sent to your mailing service.',
  logSignupDone: 'The sign-up was sent.',
  logSignupFailed: 'The sign-up could not be sent.',
  logLink: (href) => `A link to ${href} was pressed; the preview does not follow it.`,
  logStories: (n) => `${n} stories arrived.`,
  logStoriesFailed: 'The stories could not be loaded: check “Where the stories come from”.',
  logSeen: 'The widget was seen by the reader.',
  logClick: 'A story was opened.',
  logOther: (name) => `The widget reported “${name}”.`,
  whereLabel: 'Where the code goes',
  tabHtml: 'Any website',
  tabWordpress: 'WordPress',
  tabReact: 'For developers (npm, React)',
  htmlIntro: 'Paste this code where the widget should appear on your page.',
  loaderNote: (version, host) => `The code loads version ${version} of the widgets from ${host}.`,
  selfHostNote: 'If your site’s security rules allow only its own scripts, copy the package’s dist/cdn/ folder to your site and paste your code back above: the builder keeps your own address. Otherwise allow https://cdn.jsdelivr.net in both script-src and style-src.',
  wpPluginHeading: 'Best: the IJM Widgets plugin (works for every role)',
  wpPluginSteps: [
    'An administrator installs the “IJM Widgets” plugin once: Plugins → Add New → Upload Plugin.',
    'In any post or page, press + and search for “IJM”: each widget is a block, with these same settings in the sidebar.',
    'In the classic editor, or a Shortcode block, use the shortcode below instead.',
    'An administrator can set the partner id, currency and brand colours once for the whole site in Settings → IJM Widgets.',
  ],
  wpPasteHeading: 'Without the plugin: paste this code into a Custom HTML block',
  wpPasteWho: 'This works only for administrators and editors of a single WordPress site.',
  wpPasteNot: 'For authors and contributors, for every role on a multisite network except the network’s super admin, and on sites that forbid unfiltered HTML, WordPress removes this code when the post is saved, without a warning. The classic editor’s Visual tab removes it too: use its Text tab.',
  wpPasteSteps: [
    'Open the page, press + and search for “Custom HTML”.',
    'Press “Copy code” below and paste it into the block.',
    'Press Preview to check it, then Update or Publish.',
  ],
  reactIntro: 'Install the package (npm install @ijm/widgets), then use this component:',
  copy: 'Copy code',
  copied: 'Copied ✓',
  notCopied: 'Not copied yet. First fix:',
  fixFirst: 'Fix these before copying:',
  copyFallback: 'Your browser did not let this page copy. The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
  seeBlank: 'See it on a blank page',
  seeBlankHint: 'Opens this code on a page of its own, under the strictest security rules a site may have: what you see there is what your site will show.',
  shareNote: 'This page’s address keeps your settings: bookmark it, or send it to a colleague.',
  inWidget: (field, widget) => `${field} (${widget})`,
  colours: 'Colours, font and corners',
  everyWidget: 'Every widget',
  wpShortcode: 'The shortcode',
};

const ro: UiWords = {
  title: 'Faceți un widget pentru pagina dumneavoastră',
  lede: 'Alegeți un widget, setați-l, priviți-l, apoi copiați codul în site. Nu e nevoie să știți programare.',
  uiLanguage: 'Limba acestei pagini',
  loading: 'Se încarcă setările widgeturilor…',
  loadFailed: (m) => `Setările widgeturilor nu s-au putut încărca (${m}). Reîncărcați pagina ca să încercați din nou.`,
  step1: 'Alegeți și setați',
  step2: 'Previzualizare',
  step3: 'Copiați codul',
  widget: 'Widget',
  widgetNames: {
    'ijm-donate-cta': 'Casetă de donație',
    'ijm-email-signup': 'Înscriere prin e-mail',
    'ijm-related-stories': 'Povești similare',
    'ijm-article-card': 'Card de poveste',
    'ijm-icon': 'Pictogramă',
    'ijm-widgets': 'Mai multe widgeturi pe o pagină',
  },
  widgetsInside: 'Widgeturile de pe pagină',
  severalNote: 'Așa puneți mai multe widgeturi pe o pagină: bifați-le aici și copiați un singur cod; setările de la „Toate widgeturile” se aplică tuturor.',
  moreOptions: (n) => `Mai multe setări (${n})`,
  forDevelopers: 'Pentru dezvoltatori',
  devAttribute: (name) => `Atributul ${name}`,
  pageLanguage: 'Limba paginii',
  choose: 'Alegeți…',
  standard: '(obișnuit)',
  themeLegend: 'Culori, font și colțuri',
  themeSummary: 'Acestea intră în cod ca setări, deci merg pe orice site, inclusiv WordPress.',
  colourPicker: (label) => `${label}: alegerea culorii`,
  contrast: (text, ratio) => `Textul de pe ea: ${text}, contrast ${ratio}:1 (ușor de citit).`,
  whiteText: 'alb',
  blackText: 'negru',
  darkText: 'gri închis',
  onWhite: (r) => `Pe fundalul alb: ${r}:1, linkurile se citesc bine.`,
  onWhiteLow: (r) => `Pe fundalul alb are doar ${r}:1: linkurile în această culoare se citesc greu. Alegeți o culoare mai închisă (cel puțin 3:1).`,
  errUrl: 'Aceasta nu este o adresă web. Scrieți adresa întreagă, începând cu https://.',
  errScheme: 'Aici merg doar adresele web care încep cu https://.',
  errHttps: 'Scrieți o adresă care începe cu https://: browserele nu trimit înscrieri de pe o pagină sigură către o adresă http://.',
  errNumber: 'Scrieți un număr doar din cifre, cu punct pentru zecimale, de exemplu 25 sau 12.5.',
  errWhole: 'Scrieți un număr întreg.',
  errMin: (n) => `Scrieți un număr de cel puțin ${n}.`,
  errMax: (n) => `Scrieți un număr de cel mult ${n}.`,
  errUrlList: (bad) => `Nu sunt adrese web: ${bad}. Despărțiți adresele prin spații.`,
  errCurrency: (v) => `„${v}” nu e o monedă cunoscută. Scrieți de exemplu RON (sau lei), UAH (sau грн), BGN (sau лв), EUR (sau €), USD sau GBP.`,
  currencyUnderstood: (code) => `Înțeles ca ${code}; în cod va scrie ${code}.`,
  errAmounts: (bad) => `Nu sunt sume: ${bad}. Scrieți numere despărțite prin virgulă, cu punct pentru zecimale, de exemplu 50, 100, 250.`,
  errAmountsEmpty: 'Scrieți cel puțin o sumă, de exemplu 50, 100, 250.',
  errAmountsOutside: (bad) => `Mai mici decât cea mai mică donație sau mai mari decât cea mai mare: ${bad}.`,
  errLanguage: (v) => `Widgeturile vorbesc English, Română, Українська și Български; „${v}” nu e niciuna.`,
  errIcon: (v) => `Nu există nicio pictogramă „${v}”. Alegeți una din listă.`,
  errJson: 'Scrieți așa: {"50": "Hrănește o familie o săptămână"}, cu ghilimele drepte.',
  errDate: 'Scrieți data ca an-lună-zi, de exemplu 2026-03-08.',
  errFields: (bad, known) => `Câmpuri necunoscute: ${bad}. Câmpurile sunt: ${known}.`,
  errFieldPairs: 'Scrieți perechi câmp:nume, de exemplu email:EMAIL,firstName:FNAME.',
  errChoice: (allowed) => `Alegeți una dintre: ${allowed}.`,
  errColour: 'Nu e o culoare. Scrieți-o ca #0b6e4f sau folosiți alegerea culorii.',
  errRadius: 'Scrieți o mărime, de exemplu 6px sau 0.5em.',
  errFont: 'Scrieți o listă de fonturi, de exemplu Georgia, serif.',
  pasteSummary: 'Aveți deja un cod? Lipiți-l aici ca să-l schimbați',
  pasteLabel: 'Codul dumneavoastră, de pe această pagină sau din site (unul sau mai multe widgeturi)',
  pasteButton: 'Încarcă în formular',
  pasteLoaded: (what) => `Încărcat: ${what}. Formularul de mai jos arată acum setările lui.`,
  pasteNone: 'Nu am găsit niciun widget IJM în ce ați lipit. Lipiți tot codul, inclusiv etichetele care încep cu <ijm-.',
  pasteUnknown: (tag, attribute) => `Setarea ${attribute} a lui ${tag} nu e cunoscută de constructor; a fost lăsată deoparte.`,
  pasteSecond: (tag) => `Un al doilea ${tag}: constructorul editează câte unul din fiecare; a fost lăsat deoparte.`,
  pasteMerged: 'Codul avea mai multe widgeturi: acum sunt „Mai multe widgeturi pe o pagină”, într-un singur cod.',
  pasteVersion: (from, to) => `Codul încărca versiunea ${from}; codul nou încarcă ${to}.`,
  pasteLoader: (address) => `Codul încarcă widgeturile din copia voastră (${address}); codul nou păstrează adresa.`,
  previewPage: 'Previzualizare pe o pagină în',
  width: 'Lățime',
  computer: 'Calculator',
  phone: 'Telefon',
  background: 'Pagină',
  light: 'Deschisă',
  dark: 'Închisă',
  rtl: 'De la dreapta la stânga',
  logHeading: 'Ce a făcut widgetul',
  logEmpty: 'Nimic încă. Încercați widgetul: aici apare ce ar face pe pagina voastră, și nu se trimite nimic.',
  logClear: 'Golește lista',
  logDonate: (amount) => `S-a apăsat Donează (${amount}). Pe pagina voastră se deschide pagina de donații.`,
  logSignup: 'S-a apăsat înscrierea. Pe pagina voastră se trimite la serviciul de e-mail.',
  logSignupDone: 'Înscrierea a fost trimisă.',
  logSignupFailed: 'Înscrierea nu a putut fi trimisă.',
  logLink: (href) => `S-a apăsat un link către ${href}; previzualizarea nu îl urmează.`,
  logStories: (n) => `Au sosit ${n} povești.`,
  logStoriesFailed: 'Poveștile nu s-au putut încărca: verificați „De unde vin poveștile”.',
  logSeen: 'Cititorul a văzut widgetul.',
  logClick: 'S-a deschis o poveste.',
  logOther: (name) => `Widgetul a raportat „${name}”.`,
  whereLabel: 'Unde merge codul',
  tabHtml: 'Orice site',
  tabWordpress: 'WordPress',
  tabReact: 'Pentru dezvoltatori (npm, React)',
  htmlIntro: 'Lipiți acest cod acolo unde vreți să apară widgetul pe pagină.',
  loaderNote: (version, host) => `Codul încarcă versiunea ${version} a widgeturilor de la ${host}.`,
  selfHostNote: 'Dacă regulile de securitate ale site-ului permit doar scripturile proprii, copiați în site dosarul dist/cdn/ din pachet și lipiți codul înapoi mai sus: constructorul păstrează adresa voastră. Altfel permiteți https://cdn.jsdelivr.net atât în script-src, cât și în style-src.',
  wpPluginHeading: 'Cel mai bine: modulul IJM Widgets (merge pentru orice rol)',
  wpPluginSteps: [
    'Un administrator instalează o dată modulul „IJM Widgets”: Module → Adaugă un modul nou → Încarcă un modul.',
    'În orice articol sau pagină, apăsați + și căutați „IJM”: fiecare widget e un bloc, cu aceleași setări în bara laterală.',
    'În editorul clasic sau într-un bloc Shortcode, folosiți în schimb codul scurt de mai jos.',
    'Un administrator poate seta o dată, pentru tot site-ul, codul de partener, moneda și culorile organizației în Setări → IJM Widgets.',
  ],
  wpPasteHeading: 'Fără modul: lipiți acest cod într-un bloc HTML personalizat',
  wpPasteWho: 'Merge doar pentru administratorii și editorii unui site WordPress simplu.',
  wpPasteNot: 'Pentru autori și colaboratori, pentru orice rol dintr-o rețea multisite în afară de super-administrator și pe site-urile care interzic HTML nefiltrat, WordPress șterge codul la salvare, fără niciun avertisment. Fila Vizual a editorului clasic îl șterge și ea: folosiți fila Text.',
  wpPasteSteps: [
    'Deschideți pagina, apăsați + și căutați „HTML personalizat”.',
    'Apăsați „Copiază codul” mai jos și lipiți-l în bloc.',
    'Apăsați Previzualizare ca să verificați, apoi Actualizează sau Publică.',
  ],
  reactIntro: 'Instalați pachetul (npm install @ijm/widgets), apoi folosiți această componentă:',
  copy: 'Copiază codul',
  copied: 'Copiat ✓',
  notCopied: 'Încă nu s-a copiat. Corectați întâi:',
  fixFirst: 'Corectați acestea înainte de copiere:',
  copyFallback: 'Browserul nu a lăsat pagina să copieze. Codul e selectat: apăsați Ctrl+C (⌘C pe Mac) ca să-l copiați.',
  seeBlank: 'Vedeți-l pe o pagină goală',
  seeBlankHint: 'Deschide acest cod pe o pagină separată, cu cele mai stricte reguli de securitate pe care le poate avea un site: ce vedeți acolo va arăta și site-ul vostru.',
  shareNote: 'Adresa acestei pagini păstrează setările: salvați-o sau trimiteți-o unui coleg.',
  inWidget: (field, widget) => `${field} (${widget})`,
  colours: 'Culori, font și colțuri',
  everyWidget: 'Toate widgeturile',
  wpShortcode: 'Codul scurt',
};

const uk: UiWords = {
  title: 'Створіть віджет для своєї сторінки',
  lede: 'Виберіть віджет, налаштуйте його, подивіться, а потім скопіюйте код на свій сайт. Програмувати не потрібно.',
  uiLanguage: 'Мова цієї сторінки',
  loading: 'Завантажуємо налаштування віджетів…',
  loadFailed: (m) => `Не вдалося завантажити налаштування віджетів (${m}). Перезавантажте сторінку, щоб спробувати ще раз.`,
  step1: 'Виберіть і налаштуйте',
  step2: 'Попередній перегляд',
  step3: 'Скопіюйте код',
  widget: 'Віджет',
  widgetNames: {
    'ijm-donate-cta': 'Блок пожертви',
    'ijm-email-signup': 'Підписка на листи',
    'ijm-related-stories': 'Схожі історії',
    'ijm-article-card': 'Картка історії',
    'ijm-icon': 'Піктограма',
    'ijm-widgets': 'Кілька віджетів на одній сторінці',
  },
  widgetsInside: 'Віджети на сторінці',
  severalNote: 'Так можна поставити кілька віджетів на одну сторінку: позначте їх тут і скопіюйте один код; налаштування «Усі віджети» діють на всі.',
  moreOptions: (n) => `Більше налаштувань (${n})`,
  forDevelopers: 'Для розробників',
  devAttribute: (name) => `Атрибут ${name}`,
  pageLanguage: 'Мова сторінки',
  choose: 'Виберіть…',
  standard: '(стандартно)',
  themeLegend: 'Кольори, шрифт і кути',
  themeSummary: 'Вони потрапляють у код як налаштування, тож працюють на будь-якому сайті, зокрема у WordPress.',
  colourPicker: (label) => `${label}: вибір кольору`,
  contrast: (text, ratio) => `Текст на ньому: ${text}, контраст ${ratio}:1 (легко читати).`,
  whiteText: 'білий',
  blackText: 'чорний',
  darkText: 'темно-сірий',
  onWhite: (r) => `На білому тлі: ${r}:1, посилання добре читаються.`,
  onWhiteLow: (r) => `На білому тлі лише ${r}:1: посилання цим кольором важко читати. Виберіть темніший колір (щонайменше 3:1).`,
  errUrl: 'Це не вебадреса. Напишіть адресу повністю, починаючи з https://.',
  errScheme: 'Тут працюють лише вебадреси, що починаються з https://.',
  errHttps: 'Напишіть адресу, що починається з https://: браузери не надсилають підписки із захищеної сторінки на адресу http://.',
  errNumber: 'Напишіть число лише цифрами, з крапкою для дробів, наприклад 25 або 12.5.',
  errWhole: 'Напишіть ціле число.',
  errMin: (n) => `Напишіть число не менше ніж ${n}.`,
  errMax: (n) => `Напишіть число не більше ніж ${n}.`,
  errUrlList: (bad) => `Це не вебадреси: ${bad}. Розділяйте адреси пробілами.`,
  errCurrency: (v) => `«${v}» — невідома валюта. Напишіть, наприклад, UAH (або грн), RON (або lei), BGN (або лв), EUR (або €), USD чи GBP.`,
  currencyUnderstood: (code) => `Зрозуміло як ${code}; у коді буде ${code}.`,
  errAmounts: (bad) => `Це не суми: ${bad}. Напишіть числа через кому, з крапкою для дробів, наприклад 50, 100, 250.`,
  errAmountsEmpty: 'Напишіть хоча б одну суму, наприклад 50, 100, 250.',
  errAmountsOutside: (bad) => `Менші за найменшу пожертву або більші за найбільшу: ${bad}.`,
  errLanguage: (v) => `Віджети говорять English, Română, Українська і Български; «${v}» — жодна з них.`,
  errIcon: (v) => `Піктограми «${v}» немає. Виберіть зі списку.`,
  errJson: 'Напишіть так: {"50": "Годує родину тиждень"}, з прямими лапками.',
  errDate: 'Напишіть дату як рік-місяць-день, наприклад 2026-03-08.',
  errFields: (bad, known) => `Невідомі поля: ${bad}. Поля: ${known}.`,
  errFieldPairs: 'Напишіть пари поле:назва, наприклад email:EMAIL,firstName:FNAME.',
  errChoice: (allowed) => `Виберіть одне з: ${allowed}.`,
  errColour: 'Це не колір. Напишіть його як #0b6e4f або скористайтеся вибором кольору.',
  errRadius: 'Напишіть розмір, наприклад 6px або 0.5em.',
  errFont: 'Напишіть перелік шрифтів, наприклад Georgia, serif.',
  pasteSummary: 'Уже маєте код? Вставте його сюди, щоб змінити',
  pasteLabel: 'Ваш код, з цієї сторінки або з вашого сайту (один чи кілька віджетів)',
  pasteButton: 'Завантажити у форму',
  pasteLoaded: (what) => `Завантажено: ${what}. Форма нижче тепер показує його налаштування.`,
  pasteNone: 'У вставленому тексті немає віджета IJM. Вставте весь код, разом із тегами, що починаються з <ijm-.',
  pasteUnknown: (tag, attribute) => `Налаштування ${attribute} у ${tag} конструктор не знає; його пропущено.`,
  pasteSecond: (tag) => `Другий ${tag}: конструктор редагує по одному кожного виду; його пропущено.`,
  pasteMerged: 'У коді було кілька віджетів: тепер це «Кілька віджетів на одній сторінці», в одному коді.',
  pasteVersion: (from, to) => `Ваш код завантажував версію ${from}; новий код завантажує ${to}.`,
  pasteLoader: (address) => `Ваш код завантажує віджети з вашої копії (${address}); новий код зберігає цю адресу.`,
  previewPage: 'Перегляд на сторінці мовою',
  width: 'Ширина',
  computer: 'Комп’ютер',
  phone: 'Телефон',
  background: 'Сторінка',
  light: 'Світла',
  dark: 'Темна',
  rtl: 'Справа наліво',
  logHeading: 'Що зробив віджет',
  logEmpty: 'Поки нічого. Спробуйте віджет: тут з’явиться, що він зробив би на вашій сторінці, і нічого не надсилається.',
  logClear: 'Очистити список',
  logDonate: (amount) => `Натиснуто «Пожертвувати» (${amount}). На вашій сторінці відкриється сторінка пожертв.`,
  logSignup: 'Натиснуто підписку. На вашій сторінці вона надсилається вашому поштовому сервісу.',
  logSignupDone: 'Підписку надіслано.',
  logSignupFailed: 'Підписку не вдалося надіслати.',
  logLink: (href) => `Натиснуто посилання на ${href}; перегляд не переходить за ним.`,
  logStories: (n) => `Надійшло історій: ${n}.`,
  logStoriesFailed: 'Не вдалося завантажити історії: перевірте «Звідки беруться історії».',
  logSeen: 'Читач побачив віджет.',
  logClick: 'Відкрито історію.',
  logOther: (name) => `Віджет повідомив «${name}».`,
  whereLabel: 'Куди йде код',
  tabHtml: 'Будь-який сайт',
  tabWordpress: 'WordPress',
  tabReact: 'Для розробників (npm, React)',
  htmlIntro: 'Вставте цей код туди, де на сторінці має бути віджет.',
  loaderNote: (version, host) => `Код завантажує версію ${version} віджетів з ${host}.`,
  selfHostNote: 'Якщо правила безпеки вашого сайту дозволяють лише власні скрипти, скопіюйте теку dist/cdn/ з пакета на свій сайт і вставте свій код вище: конструктор збереже вашу адресу. Інакше дозвольте https://cdn.jsdelivr.net і в script-src, і в style-src.',
  wpPluginHeading: 'Найкраще: плагін IJM Widgets (працює для будь-якої ролі)',
  wpPluginSteps: [
    'Адміністратор один раз встановлює плагін «IJM Widgets»: Плагіни → Додати новий → Завантажити плагін.',
    'У будь-якому записі чи сторінці натисніть + і знайдіть «IJM»: кожен віджет — це блок із тими самими налаштуваннями на бічній панелі.',
    'У класичному редакторі або в блоці «Шорткод» використайте натомість шорткод нижче.',
    'Адміністратор може один раз для всього сайту вказати код партнера, валюту й кольори організації в Налаштування → IJM Widgets.',
  ],
  wpPasteHeading: 'Без плагіна: вставте цей код у блок «Довільний HTML»',
  wpPasteWho: 'Це працює лише для адміністраторів і редакторів окремого сайту WordPress.',
  wpPasteNot: 'Для авторів і учасників, для будь-якої ролі в мережі multisite, крім суперадміністратора, і на сайтах, що забороняють нефільтрований HTML, WordPress видаляє цей код під час збереження без жодного попередження. Вкладка «Візуально» класичного редактора теж його видаляє: використовуйте вкладку «Текст».',
  wpPasteSteps: [
    'Відкрийте сторінку, натисніть + і знайдіть «Довільний HTML».',
    'Натисніть «Скопіювати код» нижче та вставте його в блок.',
    'Натисніть «Попередній перегляд», щоб перевірити, потім «Оновити» або «Опублікувати».',
  ],
  reactIntro: 'Встановіть пакет (npm install @ijm/widgets), потім використайте цей компонент:',
  copy: 'Скопіювати код',
  copied: 'Скопійовано ✓',
  notCopied: 'Ще не скопійовано. Спершу виправте:',
  fixFirst: 'Виправте це перед копіюванням:',
  copyFallback: 'Браузер не дозволив сторінці копіювати. Код виділено: натисніть Ctrl+C (⌘C на Mac), щоб скопіювати.',
  seeBlank: 'Подивитися на порожній сторінці',
  seeBlankHint: 'Відкриває цей код на окремій сторінці з найсуворішими правилами безпеки, які може мати сайт: що ви там побачите, те й покаже ваш сайт.',
  shareNote: 'Адреса цієї сторінки зберігає ваші налаштування: додайте її в закладки або надішліть колезі.',
  inWidget: (field, widget) => `${field} (${widget})`,
  colours: 'Кольори, шрифт і кути',
  everyWidget: 'Усі віджети',
  wpShortcode: 'Шорткод',
};

const bg: UiWords = {
  title: 'Направете уиджет за страницата си',
  lede: 'Изберете уиджет, настройте го, вижте го, после копирайте кода в сайта си. Не е нужно да програмирате.',
  uiLanguage: 'Език на тази страница',
  loading: 'Зареждат се настройките на уиджетите…',
  loadFailed: (m) => `Настройките на уиджетите не можаха да се заредят (${m}). Презаредете страницата, за да опитате отново.`,
  step1: 'Изберете и настройте',
  step2: 'Преглед',
  step3: 'Копирайте кода',
  widget: 'Уиджет',
  widgetNames: {
    'ijm-donate-cta': 'Блок за дарение',
    'ijm-email-signup': 'Абонамент по имейл',
    'ijm-related-stories': 'Свързани истории',
    'ijm-article-card': 'Карта на история',
    'ijm-icon': 'Икона',
    'ijm-widgets': 'Няколко уиджета на една страница',
  },
  widgetsInside: 'Уиджети на страницата',
  severalNote: 'Така се слагат няколко уиджета на една страница: отметнете ги тук и копирайте един код; настройките в „Всички уиджети“ важат за всички.',
  moreOptions: (n) => `Още настройки (${n})`,
  forDevelopers: 'За разработчици',
  devAttribute: (name) => `Атрибут ${name}`,
  pageLanguage: 'Езикът на страницата',
  choose: 'Изберете…',
  standard: '(стандартно)',
  themeLegend: 'Цветове, шрифт и ъгли',
  themeSummary: 'Те влизат в кода като настройки, така че работят на всеки сайт, включително WordPress.',
  colourPicker: (label) => `${label}: избор на цвят`,
  contrast: (text, ratio) => `Текст върху него: ${text}, контраст ${ratio}:1 (лесен за четене).`,
  whiteText: 'бял',
  blackText: 'черен',
  darkText: 'тъмносив',
  onWhite: (r) => `Върху белия фон: ${r}:1, връзките се четат добре.`,
  onWhiteLow: (r) => `Върху белия фон е само ${r}:1: връзките в този цвят се четат трудно. Изберете по-тъмен цвят (поне 3:1).`,
  errUrl: 'Това не е уеб адрес. Напишете целия адрес, започващ с https://.',
  errScheme: 'Тук работят само уеб адреси, които започват с https://.',
  errHttps: 'Напишете адрес, започващ с https://: браузърите не изпращат абонаменти от защитена страница към адрес http://.',
  errNumber: 'Напишете число само с цифри, с точка за десетичните, например 25 или 12.5.',
  errWhole: 'Напишете цяло число.',
  errMin: (n) => `Напишете число поне ${n}.`,
  errMax: (n) => `Напишете число не по-голямо от ${n}.`,
  errUrlList: (bad) => `Не са уеб адреси: ${bad}. Разделяйте адресите с интервали.`,
  errCurrency: (v) => `„${v}“ не е позната валута. Напишете например EUR (или €), BGN (или лв), RON (или lei), UAH (или грн), USD или GBP.`,
  currencyUnderstood: (code) => `Разбрано като ${code}; в кода ще пише ${code}.`,
  errAmounts: (bad) => `Не са суми: ${bad}. Напишете числа, разделени със запетая, с точка за десетичните, например 50, 100, 250.`,
  errAmountsEmpty: 'Напишете поне една сума, например 50, 100, 250.',
  errAmountsOutside: (bad) => `По-малки от най-малкото дарение или по-големи от най-голямото: ${bad}.`,
  errLanguage: (v) => `Уиджетите говорят English, Română, Українська и Български; „${v}“ не е нито един от тях.`,
  errIcon: (v) => `Няма икона „${v}“. Изберете от списъка.`,
  errJson: 'Напишете така: {"50": "Храни семейство за седмица"}, с прави кавички.',
  errDate: 'Напишете датата като година-месец-ден, например 2026-03-08.',
  errFields: (bad, known) => `Непознати полета: ${bad}. Полетата са: ${known}.`,
  errFieldPairs: 'Напишете двойки поле:име, например email:EMAIL,firstName:FNAME.',
  errChoice: (allowed) => `Изберете едно от: ${allowed}.`,
  errColour: 'Това не е цвят. Напишете го като #0b6e4f или използвайте избора на цвят.',
  errRadius: 'Напишете размер, например 6px или 0.5em.',
  errFont: 'Напишете списък от шрифтове, например Georgia, serif.',
  pasteSummary: 'Вече имате код? Поставете го тук, за да го промените',
  pasteLabel: 'Вашият код, от тази страница или от сайта ви (един или няколко уиджета)',
  pasteButton: 'Зареди във формуляра',
  pasteLoaded: (what) => `Заредено: ${what}. Формулярът по-долу вече показва настройките му.`,
  pasteNone: 'В поставения текст няма уиджет на IJM. Поставете целия код, заедно с етикетите, които започват с <ijm-.',
  pasteUnknown: (tag, attribute) => `Настройката ${attribute} на ${tag} не е позната на конструктора; пропусната е.`,
  pasteSecond: (tag) => `Втори ${tag}: конструкторът редактира по един от вид; пропуснат е.`,
  pasteMerged: 'Кодът ви съдържаше няколко уиджета: сега те са „Няколко уиджета на една страница“, в един код.',
  pasteVersion: (from, to) => `Кодът ви зареждаше версия ${from}; новият код зарежда ${to}.`,
  pasteLoader: (address) => `Кодът ви зарежда уиджетите от ваше копие (${address}); новият код запазва този адрес.`,
  previewPage: 'Преглед на страница на',
  width: 'Ширина',
  computer: 'Компютър',
  phone: 'Телефон',
  background: 'Страница',
  light: 'Светла',
  dark: 'Тъмна',
  rtl: 'Отдясно наляво',
  logHeading: 'Какво направи уиджетът',
  logEmpty: 'Още нищо. Опитайте уиджета: тук се показва какво би направил на вашата страница, и нищо не се изпраща.',
  logClear: 'Изчисти списъка',
  logDonate: (amount) => `Натиснато „Дари“ (${amount}). На вашата страница се отваря страницата за дарения.`,
  logSignup: 'Натиснат абонамент. На вашата страница той се изпраща до пощенската ви услуга.',
  logSignupDone: 'Абонаментът е изпратен.',
  logSignupFailed: 'Абонаментът не можа да се изпрати.',
  logLink: (href) => `Натисната връзка към ${href}; прегледът не я следва.`,
  logStories: (n) => `Пристигнаха истории: ${n}.`,
  logStoriesFailed: 'Историите не можаха да се заредят: проверете „Откъде идват историите“.',
  logSeen: 'Читателят видя уиджета.',
  logClick: 'Отворена е история.',
  logOther: (name) => `Уиджетът съобщи „${name}“.`,
  whereLabel: 'Къде отива кодът',
  tabHtml: 'Всеки сайт',
  tabWordpress: 'WordPress',
  tabReact: 'За разработчици (npm, React)',
  htmlIntro: 'Поставете този код там, където уиджетът трябва да се появи на страницата.',
  loaderNote: (version, host) => `Кодът зарежда версия ${version} на уиджетите от ${host}.`,
  selfHostNote: 'Ако правилата за сигурност на сайта ви позволяват само собствени скриптове, копирайте папката dist/cdn/ от пакета в сайта си и поставете кода си отгоре: конструкторът запазва вашия адрес. Иначе разрешете https://cdn.jsdelivr.net и в script-src, и в style-src.',
  wpPluginHeading: 'Най-добре: разширението IJM Widgets (работи за всяка роля)',
  wpPluginSteps: [
    'Администратор инсталира веднъж разширението „IJM Widgets“: Разширения → Добавяне → Качване на разширение.',
    'Във всяка публикация или страница натиснете + и потърсете „IJM“: всеки уиджет е блок, със същите настройки в страничния панел.',
    'В класическия редактор или в блок „Кратък код“ използвайте вместо това краткия код по-долу.',
    'Администратор може веднъж за целия сайт да зададе кода на партньора, валутата и цветовете на организацията в Настройки → IJM Widgets.',
  ],
  wpPasteHeading: 'Без разширението: поставете този код в блок „Персонализиран HTML“',
  wpPasteWho: 'Това работи само за администраторите и редакторите на самостоятелен сайт с WordPress.',
  wpPasteNot: 'За автори и сътрудници, за всяка роля в мрежа multisite освен супер администратора и на сайтове, които забраняват нефилтриран HTML, WordPress премахва този код при запазване, без предупреждение. Разделът „Визуален“ на класическия редактор също го премахва: използвайте раздела „Текст“.',
  wpPasteSteps: [
    'Отворете страницата, натиснете + и потърсете „Персонализиран HTML“.',
    'Натиснете „Копирай кода“ по-долу и го поставете в блока.',
    'Натиснете „Преглед“, за да проверите, после „Обновяване“ или „Публикуване“.',
  ],
  reactIntro: 'Инсталирайте пакета (npm install @ijm/widgets), после използвайте този компонент:',
  copy: 'Копирай кода',
  copied: 'Копирано ✓',
  notCopied: 'Още не е копирано. Първо поправете:',
  fixFirst: 'Поправете това преди копиране:',
  copyFallback: 'Браузърът не позволи на страницата да копира. Кодът е маркиран: натиснете Ctrl+C (⌘C на Mac), за да го копирате.',
  seeBlank: 'Вижте го на празна страница',
  seeBlankHint: 'Отваря този код на отделна страница с най-строгите правила за сигурност, които един сайт може да има: каквото видите там, това ще покаже и сайтът ви.',
  shareNote: 'Адресът на тази страница пази настройките ви: запазете го или го изпратете на колега.',
  inWidget: (field, widget) => `${field} (${widget})`,
  colours: 'Цветове, шрифт и ъгли',
  everyWidget: 'Всички уиджети',
  wpShortcode: 'Краткият код',
};

export const UI: Readonly<Record<Lang, UiWords>> = {en, ro, uk, bg};
