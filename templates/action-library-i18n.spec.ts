import { ACTION_LIBRARY } from './action-library';
import { libraryPhrasebook, libraryText } from './action-library-i18n';
import { ACTION_LIBRARY_FR } from './action-library.fr';
import { ACTION_LIBRARY_RU } from './action-library.ru';

const ENGLISH_WORDS = /\b(the|and|of|to|for|with|by|on|in|their|from|at)\b/gi;

describe.each([
  ['fr', ACTION_LIBRARY_FR],
  ['ru', ACTION_LIBRARY_RU],
])('the action library in %s', (language, translations) => {
  it('has every entry, and no other', () => {
    expect(Object.keys(translations).sort()).toEqual(ACTION_LIBRARY.map((entry) => entry.key).sort());
  });

  it('translates every text (no English left, nothing empty)', () => {
    for (const entry of ACTION_LIBRARY) {
      const text = translations[entry.key];
      for (const field of ['title', 'description', 'indicator'] as const) {
        expect({ key: entry.key, field, empty: text[field].trim().length === 0 }).toEqual({ key: entry.key, field, empty: false });
        expect({ key: entry.key, field, same: text[field] === entry[field] }).toEqual({ key: entry.key, field, same: false });
        expect({ key: entry.key, field, english: text[field].match(ENGLISH_WORDS) ?? [] }).toEqual({ key: entry.key, field, english: [] });
      }
      if (language === 'ru') {
        const latin = (text.title + text.description).match(/[A-Za-z]+/g) ?? [];
        // Only acronyms and symbols (UNOCT, UAS, S/RES/2370) may stay in Latin script.
        expect({ key: entry.key, latin: latin.filter((word) => word !== word.toUpperCase() && !/^[A-Z]/.test(word)) }).toEqual({ key: entry.key, latin: [] });
      }
    }
  });

  it('maps the English text the service wrote to the same text in the language', () => {
    const phrases = libraryPhrasebook(language);
    const entry = ACTION_LIBRARY[0];
    expect(phrases.get(entry.title)).toBe(libraryText(entry.key, language)?.title);
    expect(phrases.get(entry.indicator)).toBe(translations[entry.key].indicator);
  });
});
