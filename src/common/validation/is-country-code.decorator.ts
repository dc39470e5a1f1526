import { registerDecorator, ValidationOptions } from 'class-validator';
import { isUnCountryCode } from './un-country-codes';

/** The upper-case ISO 3166-1 alpha-3 code of a United Nations Member or observer State: the States a roadmap is written for. */
export function IsCountryCode(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isCountryCode',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: "$property must be a United Nations Member or observer State's ISO 3166-1 alpha-3 code, such as TGO, TUN or TJK",
        ...options,
      },
      validator: {
        validate: (value: unknown) => isUnCountryCode(value),
      },
    });
}
