import { ApiProperty } from '@nestjs/swagger';

/** The answer to `Prefer: respond-async` while the document is being rendered (202 Accepted). */
export class DocumentPreparingDto {
  @ApiProperty({ enum: ['preparing'] }) status!: 'preparing';
  @ApiProperty({ example: 'Preparing the document (French, government edition)…', description: 'For the person waiting' }) message!: string;
  @ApiProperty({ example: 2, description: 'Seconds to wait before asking again (as Retry-After)' }) retryAfter!: number;
}
