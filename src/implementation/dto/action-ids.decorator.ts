import { Ids } from '../../common/validation/fields.decorator';

/** The actions a mentoring session or a training supports: at least one; the service checks they are this engagement's. */
export const IsActionIds = (what: string): PropertyDecorator =>
  Ids({ minItems: 1, maxItems: 200, description: `Actions of this engagement the ${what} supports (at least one)` });
