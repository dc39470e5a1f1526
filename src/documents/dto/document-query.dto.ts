import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DOCUMENT_LANGUAGES, DocumentLanguage } from '../../../templates/labels';
import { AUDIENCES, Audience } from '../../roadmaps/roadmap-content';

export class DocumentQuery {
  @ApiPropertyOptional({ enum: DOCUMENT_LANGUAGES, default: 'en' })
  @IsOptional()
  @IsIn(DOCUMENT_LANGUAGES, { message: `lang must be one of ${DOCUMENT_LANGUAGES.join(', ')} (Arabic is not available yet)` })
  lang?: DocumentLanguage;

  @ApiPropertyOptional({ enum: AUDIENCES, description: 'Defaults to internal, and to government for focal points (their maximum)' })
  @IsOptional()
  @IsIn(AUDIENCES)
  audience?: Audience;

  @ApiPropertyOptional({ enum: ['pdf'], default: 'pdf' })
  @IsOptional()
  @IsIn(['pdf'], { message: 'format must be pdf (Word documents are not available yet)' })
  format?: 'pdf';
}
