import { libraryPhrasebook } from '../../templates/action-library-i18n';
import { LABELS, DocumentLanguage, Labels } from '../../templates/labels';
import { DocumentAction, DocumentAdoption, RoadmapDocument, roadmapDocument, typeset } from '../../templates/roadmap-document';
import { calendarDate } from '../common/calendar-date';
import { countryName } from '../reference/countries';
import { instrumentsIn, sectorName } from '../reference/catalogs';
import { RECOMMENDED_RESPONSIBLE_ENTITY } from '../roadmaps/actions.service';
import { Audience, ContentAction, forAudience } from '../roadmaps/roadmap-content';
import { parse } from '../roadmaps/versions.service';
import type { RoadmapVersion } from '../roadmaps/roadmap-version.entity';

/** One edition of a version: its language and audience. */
export interface Edition {
  lang: DocumentLanguage;
  audience: Audience;
}

/**
 * The document definition of one edition of a version: only what its audience may read, in its language.
 * `adoption`: the adoption record of this version, if it is the adopted one.
 */
export function editionDocument(version: RoadmapVersion, edition: Edition, adoption: DocumentAdoption | null = null): RoadmapDocument {
  const content = parse(version);
  const visible = forAudience(content, edition.audience);
  const labels = LABELS[edition.lang];
  const inLanguage = serviceTextIn(edition.lang, labels);
  return typeset(
    roadmapDocument(
      {
        countryName: countryName(content.engagement.country, edition.lang),
        engagementTitle: content.engagement.title,
        thematicAreas: content.engagement.thematicAreas,
        versionNumber: version.number,
        status: version.status,
        versionDate: calendarDate(version.createdAt),
        audience: edition.audience,
        findings: visible.findings,
        actions: visible.actions.map(inLanguage),
        missions: (visible.missions ?? []).map((mission) => ({
          ...mission,
          consultations: mission.consultations.map((consultation) => ({ ...consultation, sector: sectorName(consultation.sector, edition.lang) })),
        })),
        decisions: visible.decisions ?? [],
        instruments: instrumentsIn(edition.lang),
        adoption: version.status === 'final' ? adoption : null,
      },
      labels,
    ),
    edition.lang,
  );
}

/**
 * What the service wrote into an action it proposed (the library's title, description and indicator, the
 * placeholder for the responsible entity, capacity levels as baselines and targets), in the document's
 * language. Text a person wrote or changed is theirs and is printed as they wrote it.
 */
export function serviceTextIn(language: DocumentLanguage, labels: Labels): (action: ContentAction) => DocumentAction {
  const library = libraryPhrasebook(language);
  const english = LABELS.en.phrases;
  const capacity = new Map(
    [1, 2, 3, 4, 5].map((level) => [
      english.capacityLevel.replace('{level}', String(level)).replace('{name}', english.levelNames[level]),
      labels.phrases.capacityLevel.replace('{level}', String(level)).replace('{name}', labels.phrases.levelNames[level]),
    ]),
  );
  const phrase = (text: string): string => library.get(text) ?? capacity.get(text) ?? text;
  return (action) => ({
    ...action,
    title: phrase(action.title),
    description: phrase(action.description),
    responsibleEntity: action.responsibleEntity === RECOMMENDED_RESPONSIBLE_ENTITY ? labels.phrases.toBeDesignated : action.responsibleEntity,
    indicators: action.indicators.map((indicator) => ({
      description: phrase(indicator.description),
      baseline: phrase(indicator.baseline),
      target: phrase(indicator.target),
    })),
  });
}
