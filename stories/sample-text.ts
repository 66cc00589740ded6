/**
 * The stories' sample content in each shipped language, so a story in Ukrainian shows Ukrainian
 * from top to bottom (the widgets' own words come from their catalogs; this is what a partner's
 * page or feed would give them). `tr()` gives the current toolbar locale's text of an English
 * sample; preview.ts sets that locale and translates every string arg before a story renders.
 * Hebrew (`he`) samples of the seed stories are here for a right-to-left story with right-to-left
 * text (not written yet): the widgets do not ship Hebrew, so their own words would fall back to
 * English there.
 */
import {pseudo, pseudoOn} from './pseudo.js';

type Lang = 'ro' | 'uk' | 'bg' | 'he';

const SAMPLES: Record<string, Partial<Record<Lang, string>>> = {
  'Does slavery still exist?': {ro: 'Mai există sclavia?', uk: 'Чи існує рабство досі?', bg: 'Съществува ли още робството?', he: 'האם העבדות עדיין קיימת?'},
  'Your top questions about slavery answered.': {
    ro: 'Răspunsuri la cele mai frecvente întrebări despre sclavie.',
    uk: 'Відповіді на найчастіші запитання про рабство.',
    bg: 'Отговори на най-честите въпроси за робството.',
    he: 'תשובות לשאלות הנפוצות ביותר על עבדות.',
  },
  'this is Nway’s story': {ro: 'aceasta este povestea lui Nway', uk: 'це історія Нвей', bg: 'това е историята на Нуей', he: 'זה הסיפור של נוויי'},
  'From isolation and abuse to community and safety: it took a movement of people to help Nway* stitch her life back together. That’s what your regular gift could do for a child like Nway.': {
    ro: 'De la izolare și abuz la comunitate și siguranță: a fost nevoie de o mișcare de oameni ca Nway* să-și refacă viața. Asta poate face darul tău lunar pentru un copil ca Nway.',
    uk: 'Від ізоляції та насильства до спільноти й безпеки: знадобився рух людей, щоб Нвей* змогла зібрати своє життя знову. Саме це ваш регулярний внесок може зробити для дитини, як Нвей.',
    bg: 'От изолация и насилие до общност и безопасност: нужно беше движение от хора, за да може Нуей* да събере живота си отново. Това може да направи редовното ви дарение за дете като Нуей.',
    he: 'מבידוד והתעללות אל קהילה וביטחון: נדרשה תנועה של אנשים כדי לעזור לנוויי* לאחות את חייה מחדש. זה מה שתרומה קבועה שלך יכולה לעשות לילדה כמו נוויי.',
  },
  'IJM supports two Ukrainian survivors of trafficking': {
    ro: 'IJM sprijină două supraviețuitoare ucrainene ale traficului de persoane',
    uk: 'IJM підтримує двох українок, які пережили торгівлю людьми',
    bg: 'IJM подкрепя две украинки, оцелели след трафик на хора',
    he: 'IJM תומכת בשתי ניצולות סחר בבני אדם מאוקראינה',
  },
  'This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women': {
    ro: 'De Ziua Internațională a Femeii nu putem ignora riscurile de exploatare cu care se confruntă femeile din Ucraina',
    uk: 'У Міжнародний жіночий день ми не можемо ігнорувати ризики експлуатації, з якими стикаються українки',
    bg: 'На Международния ден на жената не можем да пренебрегнем рисковете от експлоатация пред украинските жени',
    he: 'ביום האישה הבינלאומי איננו יכולים להתעלם מסכנות הניצול שעומדות בפני נשים מאוקראינה',
  },
  'Two years since war broke out in Ukraine, Ukrainian women are still facing risks of exploitation.': {
    ro: 'La doi ani de la izbucnirea războiului, femeile din Ucraina se confruntă în continuare cu riscuri de exploatare.',
    uk: 'Через два роки після початку війни українки досі наражаються на ризик експлуатації.',
    bg: 'Две години след началото на войната украинките все още са изложени на риск от експлоатация.',
    he: 'שנתיים אחרי פרוץ המלחמה באוקראינה, נשים אוקראיניות עדיין חשופות לסכנת ניצול.',
  },
  'This International Women’s Day, we cannot ignore the exploitation risks facing Ukrainian women, and what partners in Romania and Bulgaria are doing about it': {
    ro: 'De Ziua Internațională a Femeii nu putem ignora riscurile de exploatare cu care se confruntă femeile din Ucraina și ce fac partenerii din România și Bulgaria',
    uk: 'У Міжнародний жіночий день ми не можемо ігнорувати ризики експлуатації українок і те, що роблять партнери в Румунії та Болгарії',
    bg: 'На Международния ден на жената не можем да пренебрегнем рисковете от експлоатация пред украинките и какво правят партньорите в Румъния и България',
  },
  'IJM has directly provided support to Ukrainian refugees in Romania in over 7,000 cases.': {
    ro: 'IJM a sprijinit direct refugiați ucraineni din România în peste 7.000 de cazuri.',
    uk: 'IJM безпосередньо підтримала українських біженців у Румунії у понад 7 000 випадків.',
    bg: 'IJM е подкрепила пряко украински бежанци в Румъния в над 7000 случая.',
  },
  News: {ro: 'Știri', uk: 'Новини', bg: 'Новини'},
  'A card whose link and image were refused': {ro: 'Un card al cărui link și imagine au fost refuzate', uk: 'Картка, чиє посилання й зображення відхилено', bg: 'Карта, чиито връзка и изображение са отказани'},
  'Stand with survivors this spring': {ro: 'Fii alături de supraviețuitori în această primăvară', uk: 'Будьте поруч із тими, хто вижив, цієї весни', bg: 'Застанете до оцелелите тази пролет'},
  'Stand with survivors': {ro: 'Fii alături de supraviețuitori', uk: 'Будьте поруч із тими, хто вижив', bg: 'Застанете до оцелелите'},
  'One email a month: stories of rescue and restoration from Romania, Ukraine and Bulgaria.': {
    ro: 'Un e-mail pe lună: povești de salvare și refacere din România, Ucraina și Bulgaria.',
    uk: 'Один лист на місяць: історії порятунку та відновлення з Румунії, України й Болгарії.',
    bg: 'Един имейл на месец: истории за спасение и възстановяване от Румъния, Украйна и България.',
  },
  Subscribe: {ro: 'Abonează-te', uk: 'Підписатися', bg: 'Абонирайте се'},
  'I agree to receive emails from IJM about its work. I can unsubscribe at any time.': {
    ro: 'Sunt de acord să primesc e-mailuri de la IJM despre activitatea sa. Mă pot dezabona oricând.',
    uk: 'Я погоджуюся отримувати листи від IJM про її роботу. Я можу відписатися будь-коли.',
    bg: 'Съгласявам се да получавам имейли от IJM за работата ѝ. Мога да се отпиша по всяко време.',
  },
  'This address cannot receive our emails. Try another one.': {
    ro: 'Această adresă nu poate primi e-mailurile noastre. Încearcă alta.',
    uk: 'Ця адреса не може отримувати наші листи. Спробуйте іншу.',
    bg: 'Този адрес не може да получава нашите имейли. Опитайте с друг.',
  },
  'Previous stories': {ro: 'Poveștile anterioare', uk: 'Попередні історії', bg: 'Предишни истории'},
  'Next stories': {ro: 'Poveștile următoare', uk: 'Наступні історії', bg: 'Следващи истории'},
  Protected: {ro: 'Protejată', uk: 'Захищена', bg: 'Защитена'},
  'Find out more': {ro: 'Află mai multe', uk: 'Дізнатися більше', bg: 'Научете повече'},
  'Partner text above.': {ro: 'Textul partenerului, deasupra.', uk: 'Текст партнера вище.', bg: 'Текст на партньора отгоре.'},
  'Partner text below: nothing between them, not even an empty box.': {
    ro: 'Textul partenerului, dedesubt: nimic între ele, nici măcar o casetă goală.',
    uk: 'Текст партнера нижче: між ними нічого, навіть порожньої рамки.',
    bg: 'Текст на партньора отдолу: нищо между тях, дори празна рамка.',
  },
  'More stories from the field on': {ro: 'Mai multe povești de pe teren pe', uk: 'Більше історій з місць на', bg: 'Още истории от терена на'},
  'Two stories are not a rail: the fallback shows instead.': {
    ro: 'Două povești nu fac un carusel: apare în schimb conținutul de rezervă.',
    uk: 'Дві історії — ще не стрічка: замість неї видно запасний вміст.',
    bg: 'Две истории не са лента: вместо нея се показва резервното съдържание.',
  },
  'Every gift through Hope Church is doubled until 31 May.': {
    ro: 'Fiecare dar prin Biserica Speranța este dublat până pe 31 mai.',
    uk: 'Кожен внесок через церкву «Надія» подвоюється до 31 травня.',
    bg: 'Всяко дарение чрез църквата „Надежда“ се удвоява до 31 май.',
  },
  'A partner’s page while the widgets’ code is on its way': {
    ro: 'Pagina unui partener cât timp codul widgeturilor este pe drum',
    uk: 'Сторінка партнера, поки код віджетів ще завантажується',
    bg: 'Страница на партньор, докато кодът на уиджетите се зарежда',
  },
  'Partner text between the widgets.': {ro: 'Textul partenerului, între widgeturi.', uk: 'Текст партнера між віджетами.', bg: 'Текст на партньора между уиджетите.'},
  'Donate to IJM': {ro: 'Donează pentru IJM', uk: 'Пожертвувати IJM', bg: 'Дарете на IJM'},
  'Open me (the story is not followed here)': {ro: 'Deschide-mă (aici povestea nu se deschide)', uk: 'Відкрийте мене (тут історія не відкривається)', bg: 'Отворете ме (тук историята не се отваря)'},
};

let current = 'en';

/** The language the stories' sample content is in now (the toolbar's locale). */
export const sampleLocale = () => current;
export function setSampleLocale(locale: string): void {
  current = locale;
}

/** `text` (an English sample) in `locale` (default: the toolbar's), or as is when there is no translation. */
export function tr(text: string, locale = current): string {
  if (locale === 'en' && pseudoOn()) return pseudo(text);
  return SAMPLES[text]?.[locale as Lang] ?? text;
}

/** Every English sample with a translation: what `tr` knows. */
export const sampleTexts = Object.keys(SAMPLES);
