import * as countries from 'i18n-iso-countries';
import { Language } from './catalogs';

/** The State's short name in the given language, from the maintained i18n-iso-countries data. */
export function countryName(alpha3: string, language: Language = 'en'): string {
  return countries.getName(alpha3, language) ?? countries.getName(alpha3, 'en') ?? alpha3;
}
