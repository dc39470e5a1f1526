import * as countries from 'i18n-iso-countries';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A current ISO 3166-1 alpha-3 code (upper case), checked against the maintained i18n-iso-countries list. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: '$property must be an ISO 3166-1 alpha-3 country code, such as TGO, TUN or TJK',
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && /^[A-Z]{3}$/.test(value) && countries.isValid(value),
      },
    });
}
