import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsUUID } from 'class-validator';

/** The actions a mentoring session or a training supports: at least one; the service checks they are this engagement's. */
export function IsActionIds(what: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: [String], description: `Actions of this engagement the ${what} supports (at least one)` }),
    // Listed from the outermost rule to the one closest to the property, which runs first.
    IsUUID('all', { each: true }),
    ArrayUnique(),
    ArrayMaxSize(200),
    ArrayMinSize(1),
    IsArray(),
  );
}
