/**
 * The plain words for every widget setting: a label and one sentence of help, written for a
 * volunteer (what the setting changes on their page, with an example), in en, ro, uk and bg,
 * plus the words for the values of settings that are a choice. Code names and developer notes stay
 * in the components' JSDoc. test/configure/settings-words.test.ts fails when a documented attribute
 * of custom-elements.json has no words here.
 */

export type Lang = 'en' | 'ro' | 'uk' | 'bg';
/** [label, help] */
export type Pair = readonly [label: string, help: string];
export interface Entry {
  en: Pair;
  ro: Pair;
  uk: Pair;
  bg: Pair;
  /** Words for each value of a choice, per language: `{monthly: {en: 'Monthly', …}}`. */
  choices?: Record<string, Record<Lang, string>>;
}

const lang: Entry = {
  en: ['Language', 'The language of the widget’s words, e.g. Română; leave “The page’s language” to follow your page.'],
  ro: ['Limba', 'Limba textelor din widget, de exemplu Română; lăsați „Limba paginii” ca să urmeze pagina dumneavoastră.'],
  uk: ['Мова', 'Мова написів у віджеті, наприклад Українська; залиште «Мова сторінки», щоб вона збігалася з вашою сторінкою.'],
  bg: ['Език', 'Езикът на надписите в уиджета, например Български; оставете „Езикът на страницата“, за да следва страницата ви.'],
};

const partner: Entry = {
  en: ['Partner id', 'The short name IJM gave your organisation, e.g. hope-bridge-ro, so IJM knows the gift or sign-up came through you.'],
  ro: ['Codul de partener', 'Numele scurt primit de organizația dumneavoastră de la IJM, de exemplu hope-bridge-ro, ca IJM să știe că donația sau înscrierea a venit prin voi.'],
  uk: ['Код партнера', 'Коротка назва, яку IJM дала вашій організації, наприклад hope-bridge-ro, щоб IJM знала, що пожертва чи підписка прийшла через вас.'],
  bg: ['Код на партньора', 'Краткото име, което IJM е дала на организацията ви, например hope-bridge-ro, за да знае IJM, че даренето или абонаментът са дошли чрез вас.'],
};

const currency: Entry = {
  en: ['Currency', 'The money the amounts are in, e.g. RON for lei; “lei”, “грн”, “₴”, “лв”, “€”, “$” and “£” are understood too.'],
  ro: ['Moneda', 'Moneda în care sunt sumele, de exemplu RON pentru lei; se înțeleg și „lei”, „грн”, „₴”, „лв”, „€”, „$” și „£”.'],
  uk: ['Валюта', 'Валюта сум, наприклад UAH для гривень; також розуміємо «грн», «₴», «lei», «лв», «€», «$» і «£».'],
  bg: ['Валута', 'Валутата на сумите, например EUR за евро или BGN за лева; разбираме и „лв“, „€“, „lei“, „грн“, „$“ и „£“.'],
};

const analytics: Entry = {
  en: ['Report to Google Tag Manager', 'With datalayer your own Google Tag Manager counts views, clicks and gifts; without it nothing is recorded.'],
  ro: ['Raportare către Google Tag Manager', 'Cu datalayer propriul Google Tag Manager numără afișările, clicurile și donațiile; fără el nu se înregistrează nimic.'],
  uk: ['Звіти в Google Tag Manager', 'Із datalayer ваш Google Tag Manager рахує покази, кліки й пожертви; без нього нічого не записується.'],
  bg: ['Отчети към Google Tag Manager', 'С datalayer вашият Google Tag Manager брои показванията, щракванията и даренията; без него нищо не се записва.'],
  choices: {
    datalayer: {en: 'Yes (datalayer)', ro: 'Da (datalayer)', uk: 'Так (datalayer)', bg: 'Да (datalayer)'},
  },
};

const carryUtm: Entry = {
  en: ['Pass on campaign tags', 'When a visitor arrives from one of your campaigns (a link with utm_… in it), the tags go along, so you see which campaign worked; off stops this.'],
  ro: ['Transmite etichetele de campanie', 'Când un vizitator vine dintr-o campanie a dumneavoastră (un link cu utm_…), etichetele merg mai departe, ca să vedeți ce campanie a funcționat; off oprește asta.'],
  uk: ['Передавати мітки кампаній', 'Коли відвідувач приходить з вашої кампанії (посилання з utm_…), мітки передаються далі, і ви бачите, яка кампанія спрацювала; off це вимикає.'],
  bg: ['Предаване на етикетите на кампании', 'Когато посетител идва от ваша кампания (връзка с utm_…), етикетите се предават нататък и виждате коя кампания е проработила; off го спира.'],
  choices: {
    off: {en: 'No (off)', ro: 'Nu (off)', uk: 'Ні (off)', bg: 'Не (off)'},
  },
};

const heading = (en: string, ro: string, uk: string, bg: string): Entry => ({
  en: ['Heading', `The title at the top of the box, e.g. “${en}”; leave it empty for the standard one.`],
  ro: ['Titlu', `Titlul din partea de sus a casetei, de exemplu „${ro}”; lăsați gol pentru cel obișnuit.`],
  uk: ['Заголовок', `Заголовок угорі блоку, наприклад «${uk}»; залиште порожнім для стандартного.`],
  bg: ['Заглавие', `Заглавието в горната част на блока, например „${bg}“; оставете празно за стандартното.`],
});

const timeout = (en: string, ro: string, uk: string, bg: string): Entry => ({
  en: ['Waiting time (milliseconds)', `How long to wait for ${en} before giving up, in thousandths of a second, e.g. 10000 for ten seconds.`],
  ro: ['Timp de așteptare (milisecunde)', `Cât se așteaptă ${ro} înainte de a renunța, în miimi de secundă, de exemplu 10000 pentru zece secunde.`],
  uk: ['Час очікування (мілісекунди)', `Скільки чекати на ${uk}, перш ніж здатися, у тисячних частках секунди, наприклад 10000 — це десять секунд.`],
  bg: ['Време за изчакване (милисекунди)', `Колко да се чака ${bg}, преди да се откаже, в хилядни от секундата, например 10000 за десет секунди.`],
});

const headingLevel = (en: string, ro: string, uk: string, bg: string): Entry => ({
  en: ['Heading level', `For screen readers: where the title sits in your page’s outline (${en}); 2 under the page title, 3 under a section.`],
  ro: ['Nivelul titlului', `Pentru cititoarele de ecran: locul titlului în structura paginii (${ro}); 2 sub titlul paginii, 3 sub o secțiune.`],
  uk: ['Рівень заголовка', `Для екранних читачів: місце заголовка в структурі сторінки (${uk}); 2 — під заголовком сторінки, 3 — під розділом.`],
  bg: ['Ниво на заглавието', `За екранните четци: мястото на заглавието в структурата на страницата (${bg}); 2 под заглавието на страницата, 3 под раздел.`],
});

const webAddress = (en: Pair, ro: Pair, uk: Pair, bg: Pair): Entry => ({en, ro, uk, bg});

export const WORDS: Record<string, Record<string, Entry>> = {
  'ijm-donate-cta': {
    lang,
    href: webAddress(
      ['Donation page', 'The page people give on, starting with https://, e.g. https://www.ijm.org/donate; leave empty for IJM’s own.'],
      ['Pagina de donații', 'Pagina pe care oamenii donează, începând cu https://, de exemplu https://www.ijm.org/donate; lăsați gol pentru cea a IJM.'],
      ['Сторінка пожертв', 'Сторінка, де люди жертвують, починається з https://, наприклад https://www.ijm.org/donate; залиште порожнім для сторінки IJM.'],
      ['Страница за дарения', 'Страницата, на която хората даряват, започва с https://, например https://www.ijm.org/donate; оставете празно за тази на IJM.'],
    ),
    frequency: {
      en: ['Given at first', 'Which choice is ticked when the box appears, e.g. Monthly; the reader can still change it.'],
      ro: ['Ales de la început', 'Ce opțiune e bifată când apare caseta, de exemplu Lunar; cititorul o poate schimba.'],
      uk: ['Вибрано спочатку', 'Який варіант позначено, коли блок з’являється, наприклад Щомісяця; читач може його змінити.'],
      bg: ['Избрано отначало', 'Кой избор е отбелязан, когато блокът се появи, например Месечно; читателят може да го смени.'],
      choices: {
        monthly: {en: 'Monthly', ro: 'Lunar', uk: 'Щомісяця', bg: 'Месечно'},
        once: {en: 'Once', ro: 'O singură dată', uk: 'Одноразово', bg: 'Еднократно'},
      },
    },
    amounts: {
      en: ['Amounts to choose from', 'The gift buttons, numbers separated by commas, e.g. 50, 100, 250.'],
      ro: ['Sume de ales', 'Butoanele cu sume, numere despărțite prin virgulă, de exemplu 50, 100, 250.'],
      uk: ['Суми на вибір', 'Кнопки з сумами, числа через кому, наприклад 50, 100, 250.'],
      bg: ['Суми за избор', 'Бутоните със суми, числа, разделени със запетая, например 50, 100, 250.'],
    },
    'monthly-amounts': {
      en: ['Monthly amounts to choose from', 'Other gift buttons for monthly giving, e.g. 10, 20, 50; leave empty to use the amounts above.'],
      ro: ['Sume lunare de ales', 'Alte butoane cu sume pentru donația lunară, de exemplu 10, 20, 50; lăsați gol ca să folosiți sumele de mai sus.'],
      uk: ['Щомісячні суми на вибір', 'Інші кнопки з сумами для щомісячних пожертв, наприклад 10, 20, 50; залиште порожнім, щоб використати суми вище.'],
      bg: ['Месечни суми за избор', 'Други бутони със суми за месечно даряване, например 10, 20, 50; оставете празно, за да се ползват сумите отгоре.'],
    },
    amount: {
      en: ['Amount chosen at first', 'The amount already picked when the box appears, e.g. 100; leave empty for the second button.'],
      ro: ['Suma aleasă de la început', 'Suma deja aleasă când apare caseta, de exemplu 100; lăsați gol pentru al doilea buton.'],
      uk: ['Сума, вибрана спочатку', 'Сума, вже вибрана, коли блок з’являється, наприклад 100; залиште порожнім для другої кнопки.'],
      bg: ['Сума, избрана отначало', 'Сумата, която е избрана, когато блокът се появи, например 100; оставете празно за втория бутон.'],
    },
    currency,
    min: {
      en: ['Smallest gift', 'The smallest amount a reader may type as “Other amount”, e.g. 5.'],
      ro: ['Cea mai mică donație', 'Cea mai mică sumă pe care cititorul o poate scrie la „Altă sumă”, de exemplu 5.'],
      uk: ['Найменша пожертва', 'Найменша сума, яку читач може вписати в «Інша сума», наприклад 5.'],
      bg: ['Най-малко дарение', 'Най-малката сума, която читателят може да въведе в „Друга сума“, например 5.'],
    },
    max: {
      en: ['Largest gift', 'The largest amount a reader may type as “Other amount”, e.g. 10000; leave empty for no limit.'],
      ro: ['Cea mai mare donație', 'Cea mai mare sumă pe care cititorul o poate scrie la „Altă sumă”, de exemplu 10000; lăsați gol pentru nicio limită.'],
      uk: ['Найбільша пожертва', 'Найбільша сума, яку читач може вписати в «Інша сума», наприклад 10000; залиште порожнім, щоб не обмежувати.'],
      bg: ['Най-голямо дарение', 'Най-голямата сума, която читателят може да въведе в „Друга сума“, например 10000; оставете празно за без ограничение.'],
    },
    campaign: {
      en: ['Campaign name', 'A short name for this appeal, e.g. spring-2026, so you can find its gifts in IJM’s reports.'],
      ro: ['Numele campaniei', 'Un nume scurt pentru această campanie, de exemplu primavara-2026, ca să-i găsiți donațiile în rapoartele IJM.'],
      uk: ['Назва кампанії', 'Коротка назва цього збору, наприклад vesna-2026, щоб знайти його пожертви у звітах IJM.'],
      bg: ['Име на кампанията', 'Кратко име за тази кампания, например prolet-2026, за да намирате даренията ѝ в отчетите на IJM.'],
    },
    partner,
    heading: heading('Help free a family today', 'Ajutați azi la eliberarea unei familii', 'Допоможіть звільнити родину сьогодні', 'Помогнете днес да освободим едно семейство'),
    body: {
      en: ['Text under the heading', 'A sentence or two under the title, e.g. why you support IJM; leave empty for the standard text.'],
      ro: ['Textul de sub titlu', 'O propoziție sau două sub titlu, de exemplu de ce sprijiniți IJM; lăsați gol pentru textul obișnuit.'],
      uk: ['Текст під заголовком', 'Одне-два речення під заголовком, наприклад чому ви підтримуєте IJM; залиште порожнім для стандартного тексту.'],
      bg: ['Текст под заглавието', 'Едно-две изречения под заглавието, например защо подкрепяте IJM; оставете празно за стандартния текст.'],
    },
    'portal-href': {
      en: ['Donor portal', 'An https:// address where regular donors check their giving; when set, the box shows a “Sign in” link to it.'],
      ro: ['Portalul donatorilor', 'O adresă https:// unde donatorii obișnuiți își văd donațiile; dacă o completați, caseta arată un link „Autentificare” către ea.'],
      uk: ['Кабінет донора', 'Адреса https://, де постійні донори переглядають свої пожертви; якщо її вказати, у блоці з’явиться посилання «Увійти».'],
      bg: ['Портал за дарители', 'Адрес https://, където редовните дарители преглеждат даренията си; ако е попълнен, блокът показва връзка „Вход“ към него.'],
    },
    variant: {
      en: ['Look', 'How much the box shows, e.g. Banner for the foot of an article.'],
      ro: ['Aspect', 'Cât de mult arată caseta, de exemplu Banner pentru finalul unui articol.'],
      uk: ['Вигляд', 'Скільки показує блок, наприклад Банер для кінця статті.'],
      bg: ['Вид', 'Колко показва блокът, например Банер за края на статия.'],
      choices: {
        panel: {en: 'Panel: title, text and all choices', ro: 'Panou: titlu, text și toate opțiunile', uk: 'Панель: заголовок, текст і всі варіанти', bg: 'Панел: заглавие, текст и всички избори'},
        banner: {en: 'Banner: full width, for the foot of an article', ro: 'Banner: toată lățimea, pentru finalul unui articol', uk: 'Банер: на всю ширину, для кінця статті', bg: 'Банер: на цялата ширина, за края на статия'},
        compact: {en: 'Compact: one button', ro: 'Compact: un singur buton', uk: 'Компактний: одна кнопка', bg: 'Компактен: един бутон'},
      },
    },
    target: {
      en: ['Open the donation page', 'Where the donation page opens when someone gives, e.g. in a new tab so your page stays open.'],
      ro: ['Deschide pagina de donații', 'Unde se deschide pagina de donații când cineva donează, de exemplu într-o filă nouă, ca pagina voastră să rămână deschisă.'],
      uk: ['Відкривати сторінку пожертв', 'Де відкривається сторінка пожертв, коли хтось жертвує, наприклад у новій вкладці, щоб ваша сторінка лишилася відкритою.'],
      bg: ['Отваряне на страницата за дарения', 'Къде се отваря страницата за дарения, когато някой дари, например в нов раздел, за да остане отворена вашата страница.'],
      choices: {
        _self: {en: 'In the same tab', ro: 'În aceeași filă', uk: 'У тій самій вкладці', bg: 'В същия раздел'},
        _blank: {en: 'In a new tab', ro: 'Într-o filă nouă', uk: 'У новій вкладці', bg: 'В нов раздел'},
        _top: {en: 'In the whole window (when the box sits in a frame)', ro: 'În toată fereastra (când caseta e într-un cadru)', uk: 'У всьому вікні (коли блок у фреймі)', bg: 'В целия прозорец (когато блокът е в рамка)'},
        _parent: {en: 'In the frame around the box', ro: 'În cadrul din jurul casetei', uk: 'У фреймі навколо блоку', bg: 'В рамката около блока'},
      },
    },
    'carry-utm': carryUtm,
    analytics,
    impacts: {
      en: ['What each amount does', 'A sentence shown under each amount, written as {"50": "Feeds a family for a week"}; leave empty for none.'],
      ro: ['Ce face fiecare sumă', 'O propoziție arătată sub fiecare sumă, scrisă așa: {"50": "Hrănește o familie o săptămână"}; lăsați gol pentru niciuna.'],
      uk: ['Що дає кожна сума', 'Речення під кожною сумою, записане так: {"50": "Годує родину тиждень"}; залиште порожнім, щоб не показувати.'],
      bg: ['Какво прави всяка сума', 'Изречение под всяка сума, записано така: {"50": "Храни семейство за седмица"}; оставете празно за без такова.'],
    },
    'param-names': {
      en: ['Names your donation site expects', 'Only if your own donation site needs other names in its address, e.g. {"amount": "amt"}; ask your web developer.'],
      ro: ['Numele cerute de site-ul de donații', 'Doar dacă site-ul vostru de donații cere alte nume în adresă, de exemplu {"amount": "amt"}; întrebați-l pe cel care vă face site-ul.'],
      uk: ['Назви, які чекає ваш сайт пожертв', 'Лише якщо ваш сайт пожертв потребує інших назв в адресі, наприклад {"amount": "amt"}; запитайте свого веброзробника.'],
      bg: ['Имена, които сайтът ви за дарения очаква', 'Само ако вашият сайт за дарения иска други имена в адреса, например {"amount": "amt"}; попитайте уеб разработчика си.'],
    },
  },
  'ijm-email-signup': {
    lang,
    action: webAddress(
      ['Where sign-ups are sent', 'The https:// address your mailing service gave you for new sign-ups, e.g. https://www.example.org/api/signup.'],
      ['Unde se trimit înscrierile', 'Adresa https:// primită de la serviciul vostru de e-mail pentru înscrieri noi, de exemplu https://www.example.org/api/signup.'],
      ['Куди надсилати підписки', 'Адреса https://, яку ваш поштовий сервіс дав для нових підписок, наприклад https://www.example.org/api/signup.'],
      ['Къде се изпращат абонаментите', 'Адресът https://, който пощенската ви услуга е дала за нови абонаменти, например https://www.example.org/api/signup.'],
    ),
    encoding: {
      en: ['How the sign-up is sent', 'Ask whoever runs your mailing service; most take the first choice.'],
      ro: ['Cum se trimite înscrierea', 'Întrebați pe cine se ocupă de serviciul de e-mail; majoritatea acceptă prima variantă.'],
      uk: ['Як надсилається підписка', 'Запитайте того, хто веде ваш поштовий сервіс; більшість приймає перший варіант.'],
      bg: ['Как се изпраща абонаментът', 'Попитайте този, който поддържа пощенската ви услуга; повечето приемат първия избор.'],
      choices: {
        json: {en: 'As data (JSON)', ro: 'Ca date (JSON)', uk: 'Як дані (JSON)', bg: 'Като данни (JSON)'},
        form: {en: 'As a web form', ro: 'Ca formular web', uk: 'Як вебформа', bg: 'Като уеб формуляр'},
      },
    },
    mode: {
      en: ['Sending', 'Stay on the page while the sign-up is sent, or open your mailing service’s own page in a new tab (e.g. for a Mailchimp form).'],
      ro: ['Trimitere', 'Rămâneți pe pagină cât se trimite înscrierea sau deschideți pagina serviciului de e-mail într-o filă nouă (de exemplu pentru un formular Mailchimp).'],
      uk: ['Надсилання', 'Залишатися на сторінці, поки підписка надсилається, або відкрити сторінку поштового сервісу в новій вкладці (наприклад, для форми Mailchimp).'],
      bg: ['Изпращане', 'Оставане на страницата, докато абонаментът се изпраща, или отваряне на страницата на пощенската услуга в нов раздел (например за формуляр на Mailchimp).'],
      choices: {
        fetch: {en: 'Stay on the page', ro: 'Rămâne pe pagină', uk: 'Залишатися на сторінці', bg: 'Оставане на страницата'},
        navigate: {en: 'Open the service’s page in a new tab', ro: 'Deschide pagina serviciului într-o filă nouă', uk: 'Відкрити сторінку сервісу в новій вкладці', bg: 'Отваряне на страницата на услугата в нов раздел'},
      },
    },
    'name-field': {
      en: ['Ask for a first name', 'Adds a box for the reader’s first name; filling it in stays optional.'],
      ro: ['Cere prenumele', 'Adaugă o căsuță pentru prenumele cititorului; completarea rămâne opțională.'],
      uk: ['Питати ім’я', 'Додає поле для імені читача; заповнювати його не обов’язково.'],
      bg: ['Питане за име', 'Добавя поле за името на читателя; попълването му не е задължително.'],
    },
    consent: {
      en: ['Consent checkbox text', 'The sentence readers must tick before signing up, e.g. “I agree to receive emails from IJM.”; leave empty for no checkbox.'],
      ro: ['Textul căsuței de acord', 'Propoziția pe care cititorii trebuie s-o bifeze înainte de înscriere, de exemplu „Sunt de acord să primesc e-mailuri de la IJM.”; lăsați gol pentru nicio căsuță.'],
      uk: ['Текст позначки згоди', 'Речення, яке читачі мають позначити перед підпискою, наприклад «Я погоджуюся отримувати листи від IJM.»; залиште порожнім, щоб позначки не було.'],
      bg: ['Текст на отметката за съгласие', 'Изречението, което читателите трябва да отметнат преди абониране, например „Съгласен съм да получавам имейли от IJM.“; оставете празно за без отметка.'],
    },
    list: {
      en: ['Mailing list', 'The name of the list new readers join, as your mailing service writes it, e.g. europe-news.'],
      ro: ['Lista de e-mail', 'Numele listei în care intră cititorii noi, așa cum îl scrie serviciul vostru de e-mail, de exemplu europe-news.'],
      uk: ['Список розсилки', 'Назва списку, до якого додаються нові читачі, як її пише ваш поштовий сервіс, наприклад europe-news.'],
      bg: ['Пощенски списък', 'Името на списъка, в който влизат новите читатели, както го пише пощенската ви услуга, например europe-news.'],
    },
    partner,
    heading: heading('News from our work', 'Vești din munca noastră', 'Новини про нашу роботу', 'Новини от нашата работа'),
    description: {
      en: ['Text under the heading', 'A sentence under the title, e.g. “One email a month about our work.”; leave empty for the standard text.'],
      ro: ['Textul de sub titlu', 'O propoziție sub titlu, de exemplu „Un e-mail pe lună despre munca noastră.”; lăsați gol pentru textul obișnuit.'],
      uk: ['Текст під заголовком', 'Речення під заголовком, наприклад «Один лист на місяць про нашу роботу.»; залиште порожнім для стандартного тексту.'],
      bg: ['Текст под заглавието', 'Изречение под заглавието, например „Един имейл на месец за нашата работа.“; оставете празно за стандартния текст.'],
    },
    'button-label': {
      en: ['Button text', 'The words on the sign-up button, e.g. “Keep me posted”; leave empty for “Sign up”.'],
      ro: ['Textul butonului', 'Cuvintele de pe butonul de înscriere, de exemplu „Țineți-mă la curent”; lăsați gol pentru „Înscrie-te”.'],
      uk: ['Текст кнопки', 'Слова на кнопці підписки, наприклад «Повідомляйте мене»; залиште порожнім для «Підписатися».'],
      bg: ['Текст на бутона', 'Думите на бутона за абониране, например „Дръжте ме в течение“; оставете празно за „Абонирай се“.'],
    },
    'double-opt-in': {
      en: ['Readers confirm by email', 'Tick it when your mailing service sends a confirmation email, so the thank-you says “check your inbox”.'],
      ro: ['Cititorii confirmă prin e-mail', 'Bifați dacă serviciul de e-mail trimite un mesaj de confirmare, ca mulțumirea să spună „verificați-vă căsuța de e-mail”.'],
      uk: ['Читачі підтверджують листом', 'Позначте, якщо ваш поштовий сервіс надсилає лист для підтвердження, тоді подяка скаже «перевірте пошту».'],
      bg: ['Читателите потвърждават по имейл', 'Отметнете, ако пощенската ви услуга изпраща имейл за потвърждение, за да пише в благодарността „проверете пощата си“.'],
    },
    'field-names': {
      en: ['Names your mailing service expects', 'Only if your mailing service needs other field names, e.g. email:EMAIL,firstName:FNAME for Mailchimp.'],
      ro: ['Numele cerute de serviciul de e-mail', 'Doar dacă serviciul de e-mail cere alte nume de câmpuri, de exemplu email:EMAIL,firstName:FNAME pentru Mailchimp.'],
      uk: ['Назви, які чекає поштовий сервіс', 'Лише якщо ваш поштовий сервіс потребує інших назв полів, наприклад email:EMAIL,firstName:FNAME для Mailchimp.'],
      bg: ['Имена, които пощенската услуга очаква', 'Само ако пощенската ви услуга иска други имена на полетата, например email:EMAIL,firstName:FNAME за Mailchimp.'],
    },
    'carry-utm': carryUtm,
    analytics,
    'min-time': {
      en: ['Robot guard (milliseconds)', 'Sign-ups sent faster than this after the form appears are treated as robots, e.g. 2000 for two seconds; 0 turns it off.'],
      ro: ['Protecție anti-roboți (milisecunde)', 'Înscrierile trimise mai repede de atât după apariția formularului sunt tratate ca roboți, de exemplu 2000 pentru două secunde; 0 o oprește.'],
      uk: ['Захист від роботів (мілісекунди)', 'Підписки, надіслані швидше за цей час після появи форми, вважаються роботами, наприклад 2000 — дві секунди; 0 вимикає захист.'],
      bg: ['Защита от роботи (милисекунди)', 'Абонаменти, изпратени по-бързо от това след появата на формуляра, се смятат за роботи, например 2000 за две секунди; 0 я изключва.'],
    },
    tags: {
      en: ['Tags for new readers', 'Words your mailing service files each new reader under, separated by spaces, e.g. ukraine volunteers.'],
      ro: ['Etichete pentru cititorii noi', 'Cuvinte sub care serviciul de e-mail trece fiecare cititor nou, despărțite prin spații, de exemplu ucraina voluntari.'],
      uk: ['Мітки для нових читачів', 'Слова, під якими поштовий сервіс записує кожного нового читача, через пробіл, наприклад ukraine volunteers.'],
      bg: ['Етикети за новите читатели', 'Думи, под които пощенската услуга записва всеки нов читател, разделени с интервал, например ukraine volunteers.'],
    },
    metadata: {
      en: ['Extra data sent along', 'Only if your mailing service wants it: hidden data sent with each sign-up, written as {"form": "footer"}.'],
      ro: ['Date suplimentare trimise', 'Doar dacă le cere serviciul de e-mail: date ascunse trimise cu fiecare înscriere, scrise așa: {"form": "footer"}.'],
      uk: ['Додаткові дані', 'Лише якщо їх просить поштовий сервіс: приховані дані, що надсилаються з кожною підпискою, записані так: {"form": "footer"}.'],
      bg: ['Допълнителни данни', 'Само ако пощенската услуга ги иска: скрити данни, изпращани с всеки абонамент, записани така: {"form": "footer"}.'],
    },
    timeout: timeout('your mailing service to answer', 'răspunsul serviciului de e-mail', 'відповідь поштового сервісу', 'отговор от пощенската услуга'),
    layout: {
      en: ['Layout', 'Fields one under the other, or in one row when there is room (e.g. in a wide footer).'],
      ro: ['Așezare', 'Câmpurile unul sub altul sau pe un singur rând când e loc (de exemplu într-un subsol lat).'],
      uk: ['Розташування', 'Поля одне під одним або в один рядок, коли є місце (наприклад, у широкому підвалі сторінки).'],
      bg: ['Подредба', 'Полетата едно под друго или на един ред, когато има място (например в широк долен колонтитул).'],
      choices: {
        stacked: {en: 'One under the other', ro: 'Unul sub altul', uk: 'Одне під одним', bg: 'Едно под друго'},
        inline: {en: 'In one row', ro: 'Pe un rând', uk: 'В один рядок', bg: 'На един ред'},
      },
    },
  },
  'ijm-related-stories': {
    lang,
    src: webAddress(
      ['Where the stories come from', 'The https:// address of your stories’ feed, e.g. https://www.example.org/feed/ (RSS, Atom, JSON Feed or WordPress).'],
      ['De unde vin poveștile', 'Adresa https:// a fluxului cu povești, de exemplu https://www.example.org/feed/ (RSS, Atom, JSON Feed sau WordPress).'],
      ['Звідки беруться історії', 'Адреса https:// стрічки ваших історій, наприклад https://www.example.org/feed/ (RSS, Atom, JSON Feed або WordPress).'],
      ['Откъде идват историите', 'Адресът https:// на емисията с истории, например https://www.example.org/feed/ (RSS, Atom, JSON Feed или WordPress).'],
    ),
    limit: {
      en: ['How many stories', 'How many stories to show, from 1 to 24, e.g. 3.'],
      ro: ['Câte povești', 'Câte povești se arată, de la 1 la 24, de exemplu 3.'],
      uk: ['Скільки історій', 'Скільки історій показувати, від 1 до 24, наприклад 3.'],
      bg: ['Колко истории', 'Колко истории да се показват, от 1 до 24, например 3.'],
    },
    heading: heading('More stories of freedom', 'Alte povești despre libertate', 'Більше історій свободи', 'Още истории за свобода'),
    'heading-level': headingLevel('2 to 5', 'de la 2 la 5', 'від 2 до 5', 'от 2 до 5'),
    'more-href': {
      en: ['“See more” link', 'The https:// page with all your stories, e.g. https://www.example.org/stories/; leave empty for no link.'],
      ro: ['Linkul „Vezi mai multe”', 'Pagina https:// cu toate poveștile voastre, de exemplu https://www.example.org/stories/; lăsați gol pentru niciun link.'],
      uk: ['Посилання «Дивитися ще»', 'Сторінка https:// з усіма вашими історіями, наприклад https://www.example.org/stories/; залиште порожнім, щоб посилання не було.'],
      bg: ['Връзка „Вижте още“', 'Страницата https:// с всичките ви истории, например https://www.example.org/stories/; оставете празно за без връзка.'],
    },
    'more-label': {
      en: ['“See more” text', 'The words of that link, e.g. “All our stories”; leave empty for “see more”.'],
      ro: ['Textul „Vezi mai multe”', 'Cuvintele acelui link, de exemplu „Toate poveștile noastre”; lăsați gol pentru „vezi mai multe”.'],
      uk: ['Текст «Дивитися ще»', 'Слова цього посилання, наприклад «Усі наші історії»; залиште порожнім для «дивитися ще».'],
      bg: ['Текст „Вижте още“', 'Думите на тази връзка, например „Всички наши истории“; оставете празно за „вижте още“.'],
    },
    exclude: {
      en: ['Stories to leave out', 'Addresses of stories not to show, separated by spaces; the page the box is on is always left out.'],
      ro: ['Povești de lăsat deoparte', 'Adresele poveștilor care nu se arată, despărțite prin spații; pagina pe care e caseta e mereu lăsată deoparte.'],
      uk: ['Історії, які не показувати', 'Адреси історій, які не треба показувати, через пробіл; сторінка, де стоїть блок, не показується ніколи.'],
      bg: ['Истории, които да се пропуснат', 'Адреси на истории, които да не се показват, разделени с интервал; страницата, на която е блокът, винаги се пропуска.'],
    },
    'min-stories': {
      en: ['Fewest stories to show', 'With fewer stories than this the box hides itself, e.g. 2; leave empty for 1.'],
      ro: ['Cele mai puține povești', 'Cu mai puține povești decât atât caseta se ascunde, de exemplu 2; lăsați gol pentru 1.'],
      uk: ['Найменше історій', 'Якщо історій менше, блок ховається, наприклад 2; залиште порожнім для 1.'],
      bg: ['Най-малко истории', 'При по-малко истории блокът се скрива, например 2; оставете празно за 1.'],
    },
    timeout: timeout('the stories', 'poveștile', 'історії', 'историите'),
    analytics,
  },
  'ijm-article-card': {
    lang,
    href: webAddress(
      ['Story page', 'The https:// page the card opens, e.g. https://www.example.org/stories/nway.'],
      ['Pagina poveștii', 'Pagina https:// pe care o deschide cardul, de exemplu https://www.example.org/stories/nway.'],
      ['Сторінка історії', 'Сторінка https://, яку відкриває картка, наприклад https://www.example.org/stories/nway.'],
      ['Страница на историята', 'Страницата https://, която картата отваря, например https://www.example.org/stories/nway.'],
    ),
    heading: {
      en: ['Story title', 'The title on the card, e.g. “Nway’s way home”.'],
      ro: ['Titlul poveștii', 'Titlul de pe card, de exemplu „Drumul spre casă al lui Nway”.'],
      uk: ['Назва історії', 'Заголовок на картці, наприклад «Шлях Нвей додому».'],
      bg: ['Заглавие на историята', 'Заглавието на картата, например „Пътят на Нуей към дома“.'],
    },
    summary: {
      en: ['Short summary', 'A sentence or two about the story under its title.'],
      ro: ['Rezumat scurt', 'O propoziție sau două despre poveste, sub titlu.'],
      uk: ['Короткий опис', 'Одне-два речення про історію під її назвою.'],
      bg: ['Кратко резюме', 'Едно-две изречения за историята под заглавието ѝ.'],
    },
    image: {
      en: ['Picture', 'The https:// address of the story’s picture, e.g. https://www.example.org/images/nway.jpg.'],
      ro: ['Imagine', 'Adresa https:// a imaginii poveștii, de exemplu https://www.example.org/images/nway.jpg.'],
      uk: ['Зображення', 'Адреса https:// зображення до історії, наприклад https://www.example.org/images/nway.jpg.'],
      bg: ['Снимка', 'Адресът https:// на снимката към историята, например https://www.example.org/images/nway.jpg.'],
    },
    'image-alt': {
      en: ['Picture description', 'What the picture shows, for readers who cannot see it, e.g. “Nway smiling at her door”; leave empty if it is only decoration.'],
      ro: ['Descrierea imaginii', 'Ce arată imaginea, pentru cei care nu o pot vedea, de exemplu „Nway zâmbind la ușa ei”; lăsați gol dacă e doar decor.'],
      uk: ['Опис зображення', 'Що на зображенні, для тих, хто не може його бачити, наприклад «Нвей усміхається біля своїх дверей»; залиште порожнім, якщо це лише прикраса.'],
      bg: ['Описание на снимката', 'Какво показва снимката, за хората, които не могат да я видят, например „Нуей се усмихва на вратата си“; оставете празно, ако е само украса.'],
    },
    kicker: {
      en: ['Small label above the title', 'A word or two above the title, e.g. “Ukraine”; leave empty for “Stories”.'],
      ro: ['Etichetă mică deasupra titlului', 'Un cuvânt sau două deasupra titlului, de exemplu „Ucraina”; lăsați gol pentru „Povești”.'],
      uk: ['Мітка над заголовком', 'Одне-два слова над заголовком, наприклад «Україна»; залиште порожнім для «Історії».'],
      bg: ['Малък надпис над заглавието', 'Една-две думи над заглавието, например „Украйна“; оставете празно за „Истории“.'],
    },
    date: {
      en: ['Date', 'When the story was published, written year-month-day, e.g. 2026-03-08; it shows in the reader’s language.'],
      ro: ['Data', 'Când a fost publicată povestea, scrisă an-lună-zi, de exemplu 2026-03-08; apare în limba cititorului.'],
      uk: ['Дата', 'Коли опубліковано історію, у форматі рік-місяць-день, наприклад 2026-03-08; показується мовою читача.'],
      bg: ['Дата', 'Кога е публикувана историята, във вида година-месец-ден, например 2026-03-08; показва се на езика на читателя.'],
    },
    variant: {
      en: ['Layout', 'The picture above the text, or beside it (good in a wide column).'],
      ro: ['Așezare', 'Imaginea deasupra textului sau alături de el (potrivit pentru o coloană lată).'],
      uk: ['Розташування', 'Зображення над текстом або поруч із ним (добре для широкої колонки).'],
      bg: ['Подредба', 'Снимката над текста или до него (добре за широка колона).'],
      choices: {
        vertical: {en: 'Picture above the text', ro: 'Imaginea deasupra textului', uk: 'Зображення над текстом', bg: 'Снимката над текста'},
        horizontal: {en: 'Picture beside the text', ro: 'Imaginea lângă text', uk: 'Зображення поруч із текстом', bg: 'Снимката до текста'},
      },
    },
    protected: {
      en: ['Protected story', 'Tick it when the story is behind a password: the card shows a shield and says so.'],
      ro: ['Poveste protejată', 'Bifați dacă povestea e protejată cu parolă: cardul arată un scut și spune asta.'],
      uk: ['Захищена історія', 'Позначте, якщо історія під паролем: картка покаже щит і скаже про це.'],
      bg: ['Защитена история', 'Отметнете, ако историята е зад парола: картата показва щит и го казва.'],
    },
    loading: {
      en: ['Still loading', 'Shows an empty card of the same size while the story is on its way; set by web developers, not by hand.'],
      ro: ['Încă se încarcă', 'Arată un card gol de aceeași mărime cât timp povestea se încarcă; îl setează dezvoltatorii, nu se pune de mână.'],
      uk: ['Ще завантажується', 'Показує порожню картку того ж розміру, поки історія завантажується; це вмикають розробники, не вручну.'],
      bg: ['Още се зарежда', 'Показва празна карта със същия размер, докато историята се зарежда; задава се от разработчици, не на ръка.'],
    },
    'heading-level': headingLevel('2 to 6', 'de la 2 la 6', 'від 2 до 6', 'от 2 до 6'),
    analytics,
  },
  'ijm-icon': {
    name: {
      en: ['Icon', 'Which picture to show, e.g. arrow-right.'],
      ro: ['Pictogramă', 'Ce desen se arată, de exemplu arrow-right.'],
      uk: ['Піктограма', 'Який малюнок показати, наприклад arrow-right.'],
      bg: ['Икона', 'Коя рисунка да се покаже, например arrow-right.'],
    },
    label: {
      en: ['What the icon means', 'Words read out to blind readers when the icon alone says something, e.g. “Close”; leave empty when it only decorates.'],
      ro: ['Ce înseamnă pictograma', 'Cuvintele citite cu voce tare pentru nevăzători când pictograma singură spune ceva, de exemplu „Închide”; lăsați gol dacă e doar decor.'],
      uk: ['Що означає піктограма', 'Слова, які зачитуються незрячим читачам, коли піктограма сама щось означає, наприклад «Закрити»; залиште порожнім, якщо це лише прикраса.'],
      bg: ['Какво означава иконата', 'Думите, прочетени на незрящите читатели, когато иконата сама казва нещо, например „Затвори“; оставете празно, ако е само украса.'],
    },
  },
  'ijm-widgets': {
    locale: {
      en: ['Language', 'The language of every widget inside, e.g. Română; leave “The page’s language” to follow your page.'],
      ro: ['Limba', 'Limba tuturor widgeturilor dinăuntru, de exemplu Română; lăsați „Limba paginii” ca să urmeze pagina dumneavoastră.'],
      uk: ['Мова', 'Мова всіх віджетів усередині, наприклад Українська; залиште «Мова сторінки», щоб вона збігалася з вашою сторінкою.'],
      bg: ['Език', 'Езикът на всички уиджети вътре, например Български; оставете „Езикът на страницата“, за да следва страницата ви.'],
    },
    partner,
    currency,
    'donate-href': {
      en: ['Donation page', 'The https:// page every donate box inside links to, e.g. https://www.ijm.org/donate; leave empty for IJM’s own.'],
      ro: ['Pagina de donații', 'Pagina https:// la care duc toate casetele de donație dinăuntru, de exemplu https://www.ijm.org/donate; lăsați gol pentru cea a IJM.'],
      uk: ['Сторінка пожертв', 'Сторінка https://, куди ведуть усі блоки пожертв усередині, наприклад https://www.ijm.org/donate; залиште порожнім для сторінки IJM.'],
      bg: ['Страница за дарения', 'Страницата https://, към която водят всички блокове за дарения вътре, например https://www.ijm.org/donate; оставете празно за тази на IJM.'],
    },
    'signup-action': {
      en: ['Where sign-ups are sent', 'The https:// address your mailing service gave you, used by every sign-up form inside, e.g. https://www.example.org/api/signup.'],
      ro: ['Unde se trimit înscrierile', 'Adresa https:// primită de la serviciul de e-mail, folosită de toate formularele de înscriere dinăuntru, de exemplu https://www.example.org/api/signup.'],
      uk: ['Куди надсилати підписки', 'Адреса https:// від вашого поштового сервісу для всіх форм підписки всередині, наприклад https://www.example.org/api/signup.'],
      bg: ['Къде се изпращат абонаментите', 'Адресът https:// от пощенската ви услуга, за всички формуляри за абониране вътре, например https://www.example.org/api/signup.'],
    },
    'carry-utm': carryUtm,
    analytics,
    'primary-color': {
      en: ['Main colour', 'Your brand colour for links, the chosen amount, the banner and buttons such as Sign up, e.g. #0b6e4f; the text on it turns black or white to stay readable.'],
      ro: ['Culoarea principală', 'Culoarea organizației pentru linkuri, suma aleasă, banner și butoane ca Înscrie-te, de exemplu #0b6e4f; textul de pe ea devine negru sau alb ca să se citească.'],
      uk: ['Основний колір', 'Колір вашої організації для посилань, вибраної суми, банера й кнопок на кшталт «Підписатися», наприклад #0b6e4f; текст на ньому стає чорним або білим, щоб читатися.'],
      bg: ['Основен цвят', 'Цветът на организацията ви за връзки, избраната сума, банера и бутони като „Абонирай се“, например #0b6e4f; текстът върху него става черен или бял, за да се чете.'],
    },
    'accent-color': {
      en: ['Donate button colour', 'Only the colour of the big donate button at the bottom of the donate box, e.g. #e4572e; the text on it turns black or white to stay readable.'],
      ro: ['Culoarea butonului de donație', 'Doar culoarea butonului mare de donație din josul casetei, de exemplu #e4572e; textul de pe ea devine negru sau alb ca să se citească.'],
      uk: ['Колір кнопки пожертви', 'Лише колір великої кнопки пожертви внизу блоку, наприклад #e4572e; текст на ньому стає чорним або білим, щоб читатися.'],
      bg: ['Цвят на бутона за дарение', 'Само цветът на големия бутон за дарение в долната част на блока, например #e4572e; текстът върху него става черен или бял, за да се чете.'],
    },
    'font-family': {
      en: ['Font', 'The typeface of the widgets, e.g. Georgia, serif; leave empty to use your page’s font.'],
      ro: ['Font', 'Fontul widgeturilor, de exemplu Georgia, serif; lăsați gol ca să folosiți fontul paginii.'],
      uk: ['Шрифт', 'Шрифт віджетів, наприклад Georgia, serif; залиште порожнім, щоб використати шрифт вашої сторінки.'],
      bg: ['Шрифт', 'Шрифтът на уиджетите, например Georgia, serif; оставете празно, за да се ползва шрифтът на страницата ви.'],
    },
    radius: {
      en: ['Corner roundness', 'How round the corners of boxes and buttons are, e.g. 0px for square or 12px for round.'],
      ro: ['Rotunjirea colțurilor', 'Cât de rotunde sunt colțurile casetelor și butoanelor, de exemplu 0px pentru drepte sau 12px pentru rotunde.'],
      uk: ['Заокруглення кутів', 'Наскільки заокруглені кути блоків і кнопок, наприклад 0px — прямі, 12px — круглі.'],
      bg: ['Заобляне на ъглите', 'Колко заоблени са ъглите на блоковете и бутоните, например 0px за прави или 12px за заоблени.'],
    },
  },
};
