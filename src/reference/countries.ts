import { isUnCountryCode } from '../common/validation/un-country-codes';
import { Language, LANGUAGE_CODES } from './catalogs';
import { UN_COUNTRIES } from './un-countries';

export { isUnCountryCode, UN_COUNTRY_CODES } from '../common/validation/un-country-codes';
export type { UnCountryCode } from '../common/validation/un-country-codes';

const isRoadmapLanguage = (language: string): language is Language => (LANGUAGE_CODES as readonly string[]).includes(language);

/**
 * The State's short name as the United Nations writes it in the given language (en, fr, ru or ar); any other
 * language gets the English name. A code that is not a Member or observer State's (an engagement stored before the
 * list was enforced) is returned as it is, so a page still shows something recognisable.
 */
export function countryName(alpha3: string, language: string = 'en'): string {
  if (!isUnCountryCode(alpha3)) return alpha3;
  const names = UN_COUNTRIES[alpha3];
  return isRoadmapLanguage(language) ? names[language] : names.en;
}
