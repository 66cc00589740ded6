/**
 * The block editor's own words (block titles, the sidebar panel), in the four languages the
 * widgets speak. The settings' labels and help come from src/settings-words (shared with the
 * embed builder).
 */
export type Language = 'en' | 'ro' | 'uk' | 'bg';

export interface EditorWords {
  titles: Record<string, string>;
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
