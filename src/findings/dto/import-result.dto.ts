import { ApiProperty } from '@nestjs/swagger';

export class ImportResultDto {
  @ApiProperty({ description: 'Rows without a code, now new draft findings' }) created!: number;
  @ApiProperty({ description: 'Rows whose code names a finding that changed' }) updated!: number;
  @ApiProperty({ description: 'Rows identical to their finding' }) unchanged!: number;
  @ApiProperty({ type: [String], description: 'The codes of every imported row, in file order' }) codes!: string[];
}
