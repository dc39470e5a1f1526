import { ACTION_LIBRARY, LibraryText, LibraryTranslations } from './action-library';
import { ACTION_LIBRARY_FR } from './action-library.fr';
import { ACTION_LIBRARY_RU } from './action-library.ru';

const TRANSLATIONS: Record<'fr' | 'ru', LibraryTranslations> = { fr: ACTION_LIBRARY_FR, ru: ACTION_LIBRARY_RU };

const ENGLISH: LibraryTranslations = Object.fromEntries(
  ACTION_LIBRARY.map((entry) => [entry.key, { title: entry.title, description: entry.description, indicator: entry.indicator }]),
);

/** The library entry `key` in `language`; English when the language has none (never for fr and ru: a test checks). */
export function libraryText(key: string, language: string): LibraryText | undefined {
  return (TRANSLATIONS as Record<string, LibraryTranslations>)[language]?.[key] ?? ENGLISH[key];
}

/**
 * What the service wrote in English from the library, mapped to the same text in `language`: a title,
 * description or indicator that still reads exactly as the library wrote it is the library's, so it is
 * printed in the document's language; text a person changed is theirs and stays as they wrote it.
 */
export function libraryPhrasebook(language: string): ReadonlyMap<string, string> {
  const phrases = new Map<string, string>();
  for (const entry of ACTION_LIBRARY) {
    const text = libraryText(entry.key, language);
    if (!text) continue;
    phrases.set(entry.title, text.title);
    phrases.set(entry.description, text.description);
    phrases.set(entry.indicator, text.indicator);
  }
  return phrases;
}
