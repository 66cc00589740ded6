/**
 * The block editor's own words (block titles, the sidebar panel), in the four languages the
 * widgets speak. The settings' labels and help come from src/settings-words (shared with the
 * embed builder).
 */
export type Language = 'en' | 'ro' | 'uk' | 'bg';

export interface EditorWords {
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  settings: string;
  more: string;
  byDefault: string;
}

const words: Record<Language, EditorWords> = {
  en: {
    titles: {
      'ijm-donate-cta': 'Donate box',
      'ijm-email-signup': 'Email sign-up',
      'ijm-article-card': 'Story card',
      'ijm-related-stories': 'Related stories',
      'ijm-icon': 'IJM icon',
    },
    descriptions: {
      'ijm-donate-cta': 'Asks readers to give, once or monthly, and sends them to the donation page with their choice filled in.',
      'ijm-email-signup': 'A form where readers leave their email address for your newsletter.',
      'ijm-article-card': 'One story: picture, title, a few words and a link.',
      'ijm-related-stories': 'A row of stories from a feed, such as this site\'s latest posts.',
      'ijm-icon': 'A small picture from IJM\'s set of icons.',
    },
    settings: 'Settings',
    more: 'More settings',
    byDefault: 'Default',
  },
  ro: {
    titles: {
      'ijm-donate-cta': 'Casetă de donație',
      'ijm-email-signup': 'Abonare prin e-mail',
      'ijm-article-card': 'Card de poveste',
      'ijm-related-stories': 'Povești similare',
      'ijm-icon': 'Pictogramă IJM',
    },
    descriptions: {
      'ijm-donate-cta': 'Îi invită pe cititori să doneze, o dată sau lunar, și îi duce la pagina de donații cu alegerea lor completată.',
      'ijm-email-signup': 'Un formular în care cititorii își lasă adresa de e-mail pentru buletinul vostru.',
      'ijm-article-card': 'O poveste: imagine, titlu, câteva cuvinte și un link.',
      'ijm-related-stories': 'Un rând de povești dintr-un flux, de exemplu cele mai noi articole ale acestui site.',
      'ijm-icon': 'O imagine mică din setul de pictograme IJM.',
    },
    settings: 'Setări',
    more: 'Mai multe setări',
    byDefault: 'Implicit',
  },
  uk: {
    titles: {
      'ijm-donate-cta': 'Блок пожертви',
      'ijm-email-signup': 'Підписка на розсилку',
      'ijm-article-card': 'Картка історії',
      'ijm-related-stories': 'Схожі історії',
      'ijm-icon': 'Значок IJM',
    },
    descriptions: {
      'ijm-donate-cta': 'Запрошує читачів зробити пожертву, разово чи щомісяця, і веде на сторінку пожертв із їхнім вибором.',
      'ijm-email-signup': 'Форма, де читачі залишають свою електронну адресу для вашої розсилки.',
      'ijm-article-card': 'Одна історія: зображення, заголовок, кілька слів і посилання.',
      'ijm-related-stories': 'Ряд історій зі стрічки, наприклад найновіші записи цього сайту.',
      'ijm-icon': 'Невелике зображення з набору значків IJM.',
    },
    settings: 'Налаштування',
    more: 'Більше налаштувань',
    byDefault: 'Типово',
  },
  bg: {
    titles: {
      'ijm-donate-cta': 'Каре за дарение',
      'ijm-email-signup': 'Абонамент по имейл',
      'ijm-article-card': 'Карта с история',
      'ijm-related-stories': 'Свързани истории',
      'ijm-icon': 'Икона на IJM',
    },
    descriptions: {
      'ijm-donate-cta': 'Кани читателите да дарят, еднократно или месечно, и ги води към страницата за дарения с избора им.',
      'ijm-email-signup': 'Форма, в която читателите оставят имейла си за вашия бюлетин.',
      'ijm-article-card': 'Една история: снимка, заглавие, няколко думи и връзка.',
      'ijm-related-stories': 'Ред от истории от емисия, например най-новите публикации в този сайт.',
      'ijm-icon': 'Малка картинка от иконите на IJM.',
    },
    settings: 'Настройки',
    more: 'Още настройки',
    byDefault: 'По подразбиране',
  },
};

/** `ro-RO` (WordPress's `<html lang>`) → `ro`; anything else → `en`. */
export function languageOf(htmlLang: string): Language {
  const primary = htmlLang.toLowerCase().split(/[-_]/)[0];
  return primary === 'ro' || primary === 'uk' || primary === 'bg' ? primary : 'en';
}

export function editorWords(lang: Language): EditorWords {
  return words[lang];
}
