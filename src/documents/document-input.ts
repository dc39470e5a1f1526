import { FRAMEWORK_INSTRUMENTS } from '../reference/catalogs';
import { LABELS, DocumentLanguage } from '../../templates/labels';
import { RoadmapDocument, roadmapDocument } from '../../templates/roadmap-document';
import { calendarDate } from '../common/calendar-date';
import { countryName } from '../reference/countries';
import { Audience, forAudience } from '../roadmaps/roadmap-content';
import { parse } from '../roadmaps/versions.service';
import type { RoadmapVersion } from '../roadmaps/roadmap-version.entity';

/** One edition of a version: its language and audience. */
export interface Edition {
  lang: DocumentLanguage;
  audience: Audience;
}

/** The document definition of one edition of a version: only what its audience may read, in its language. */
export function editionDocument(version: RoadmapVersion, edition: Edition): RoadmapDocument {
  const content = parse(version);
  const visible = forAudience(content, edition.audience);
  return roadmapDocument(
    {
      countryName: countryName(content.engagement.country, edition.lang),
      engagementTitle: content.engagement.title,
      thematicAreas: content.engagement.thematicAreas,
      versionNumber: version.number,
      status: version.status,
      versionDate: calendarDate(version.createdAt),
      audience: edition.audience,
      findings: visible.findings,
      actions: visible.actions,
      missions: visible.missions ?? [],
      decisions: visible.decisions ?? [],
      instruments: [...FRAMEWORK_INSTRUMENTS],
    },
    LABELS[edition.lang],
  );
}
