import { validateSync } from 'class-validator';
import { IsCountryCode } from '../common/validation/is-country-code.decorator';
import { LANGUAGE_CODES } from './catalogs';
import { countryName, isUnCountryCode, UN_COUNTRY_CODES } from './countries';
import { UN_COUNTRIES } from './un-countries';

/** The forms the brief names, word for word as the United Nations writes them. */
const UN_FORMS: [code: string, language: 'en' | 'fr' | 'ru' | 'ar', name: string][] = [
  ['CIV', 'en', "Côte d'Ivoire"],
  ['CIV', 'fr', "Côte d'Ivoire"],
  ['CIV', 'ru', "Кот-д'Ивуар"],
  ['CIV', 'ar', 'كوت ديفوار'],
  ['TUR', 'en', 'Türkiye'],
  ['NLD', 'en', 'Netherlands (Kingdom of the)'],
  ['BOL', 'en', 'Bolivia (Plurinational State of)'],
  ['IRN', 'en', 'Iran (Islamic Republic of)'],
  ['KOR', 'en', 'Republic of Korea'],
  ['PRK', 'en', "Democratic People's Republic of Korea"],
  ['VNM', 'en', 'Viet Nam'],
  ['CZE', 'en', 'Czechia'],
  ['SWZ', 'en', 'Eswatini'],
  ['MKD', 'en', 'North Macedonia'],
  ['GBR', 'en', 'United Kingdom of Great Britain and Northern Ireland'],
  ['USA', 'en', 'United States of America'],
  ['RUS', 'en', 'Russian Federation'],
  ['SYR', 'en', 'Syrian Arab Republic'],
  ['LAO', 'en', "Lao People's Democratic Republic"],
  ['FSM', 'en', 'Micronesia (Federated States of)'],
  ['MDA', 'en', 'Republic of Moldova'],
  ['TZA', 'en', 'United Republic of Tanzania'],
  ['VEN', 'en', 'Venezuela (Bolivarian Republic of)'],
  ['TUN', 'fr', 'Tunisie'],
  ['TGO', 'fr', 'Togo'],
  ['TJK', 'fr', 'Tadjikistan'],
  ['GBR', 'fr', "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
  ['USA', 'fr', "États-Unis d'Amérique"],
  ['TUN', 'ru', 'Тунис'],
  ['TGO', 'ru', 'Того'],
  ['TJK', 'ru', 'Таджикистан'],
  ['TUN', 'ar', 'تونس'],
  ['TGO', 'ar', 'توغو'],
  ['TJK', 'ar', 'طاجيكستان'],
];

/**
 * Names that i18n-iso-countries (the generic package this table replaced) gives where the UN writes otherwise,
 * copied here rather than imported so that the package can leave the dependencies.
 */
const GENERIC_NAMES: [code: string, language: 'en' | 'fr' | 'ru' | 'ar', generic: string][] = [
  ['CIV', 'en', "Cote d'Ivoire"],
  ['NLD', 'en', 'Netherlands'],
  ['BOL', 'en', 'Bolivia'],
  ['IRN', 'en', 'Islamic Republic of Iran'],
  ['KOR', 'en', 'South Korea'],
  ['PRK', 'en', 'North Korea'],
  ['VNM', 'en', 'Vietnam'],
  ['CZE', 'en', 'Czech Republic'],
  ['MKD', 'en', 'The Republic of North Macedonia'],
  ['GBR', 'en', 'United Kingdom'],
  ['FSM', 'en', 'Micronesia, Federated States of'],
  ['MDA', 'en', 'Moldova, Republic of'],
  ['VEN', 'en', 'Venezuela'],
  ['CIV', 'fr', "Côte-d'Ivoire"],
  ['CIV', 'ru', 'Кот-д’Ивуар'],
  ['CIV', 'ar', 'ساحل العاج'],
];

/** Every letter of the name is in the script (spaces, hyphens, dashes, apostrophes and brackets are not letters). */
const lettersIn = (name: string, script: RegExp): boolean => [...name.matchAll(/\p{L}|\p{M}/gu)].every(([letter]) => script.test(letter));

describe('the United Nations names of States (un-countries.ts)', () => {
  const entries = Object.entries(UN_COUNTRIES);

  it('holds the 193 Member States and the two observer States, keyed by their alpha-3 codes', () => {
    expect(entries).toHaveLength(195);
    expect(UN_COUNTRY_CODES).toHaveLength(195);
    expect(new Set(UN_COUNTRY_CODES).size).toBe(195);
    expect(Object.keys(UN_COUNTRIES).sort()).toEqual([...UN_COUNTRY_CODES].sort());
    expect(UN_COUNTRY_CODES.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
    expect(UN_COUNTRIES.VAT.en).toBe('Holy See');
    expect(UN_COUNTRIES.PSE.en).toBe('State of Palestine');
    // Territories and States outside the UN are not there.
    for (const code of ['TWN', 'XKX', 'COK', 'NIU', 'ESH', 'GRL', 'PRI', 'HKG']) expect(code in UN_COUNTRIES).toBe(false);
  });

  it('names every State in each roadmap language, without stray spaces or typographic apostrophes', () => {
    for (const [code, names] of entries) {
      expect(Object.keys(names).sort()).toEqual([...LANGUAGE_CODES].sort());
      for (const language of LANGUAGE_CODES) {
        const name = names[language];
        expect({ code, language, name: name.trim() }).toEqual({ code, language, name });
        expect({ code, language, empty: name.length === 0, curly: name.includes('’'), doubled: name.includes('  ') }).toEqual({
          code,
          language,
          empty: false,
          curly: false,
          doubled: false,
        });
      }
    }
  });

  it('writes Arabic names in Arabic script and Russian names in Cyrillic, English and French in Latin', () => {
    const wrong = entries.flatMap(([code, names]) => [
      ...(lettersIn(names.ar, /\p{Script=Arabic}/u) ? [] : [`${code} ar ${names.ar}`]),
      ...(lettersIn(names.ru, /\p{Script=Cyrillic}/u) ? [] : [`${code} ru ${names.ru}`]),
      ...(lettersIn(names.en, /\p{Script=Latin}/u) ? [] : [`${code} en ${names.en}`]),
      ...(lettersIn(names.fr, /\p{Script=Latin}/u) ? [] : [`${code} fr ${names.fr}`]),
    ]);
    expect(wrong).toEqual([]);
    // The check bites: a Latin name where Arabic is due is refused.
    expect(lettersIn('Togo', /\p{Script=Arabic}/u)).toBe(false);
  });

  it.each(UN_FORMS)('writes %s in %s as "%s"', (code, language, name) => {
    expect(countryName(code, language)).toBe(name);
  });

  it.each(GENERIC_NAMES)('does not write %s in %s with the generic "%s", but the UN form', (code, language, generic) => {
    expect(countryName(code, language)).not.toBe(generic);
    expect(UN_FORMS).toContainEqual([code, language, countryName(code, language)]);
  });
});

describe('countryName', () => {
  it('answers English for a language without UN names, and the code itself for a code outside the list', () => {
    expect(countryName('TGO')).toBe('Togo');
    expect(countryName('CIV', 'es')).toBe("Côte d'Ivoire");
    expect(countryName('TJK', 'zh')).toBe('Tajikistan');
    expect(countryName('XKX', 'fr')).toBe('XKX');
  });
});

describe('isUnCountryCode and the request validator', () => {
  class Probe {
    @IsCountryCode()
    country!: unknown;
  }
  const errors = (country: unknown) => validateSync(Object.assign(new Probe(), { country })).flatMap((error) => Object.values(error.constraints ?? {}));

  it('accepts the codes of Member and observer States only, upper case', () => {
    expect(['TGO', 'TUN', 'TJK', 'VAT', 'PSE'].every(isUnCountryCode)).toBe(true);
    expect(['tgo', 'TWN', 'XXX', 'TG', '', 'constructor', 7, null].some(isUnCountryCode)).toBe(false);
    expect(errors('PSE')).toEqual([]);
    expect(errors('TWN')).toEqual([
      "country must be a United Nations Member or observer State's ISO 3166-1 alpha-3 code, such as TGO, TUN or TJK",
    ]);
  });
});
