import { Code } from '../../common/validation/fields.decorator';
import { DOCUMENT_LANGUAGES, DocumentLanguage } from '../../../templates/labels';
import { AUDIENCES, Audience } from '../../roadmaps/roadmap-content';

export class DocumentQuery {
  @Code(DOCUMENT_LANGUAGES, {
    optional: true,
    default: 'en',
    message: `lang must be one of ${DOCUMENT_LANGUAGES.join(', ')} (Arabic is not available yet)`,
  })
  lang?: DocumentLanguage;

  @Code(AUDIENCES, { optional: true, description: 'Defaults to internal, and to government for focal points (their maximum)' })
  audience?: Audience;

  @Code(['pdf'], { optional: true, default: 'pdf', message: 'format must be pdf (Word documents are not available yet)' })
  format?: 'pdf';
}
