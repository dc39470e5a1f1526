import type { DocumentAction, DocumentFinding, DocumentInput } from '../../templates/roadmap-document';

/** A roadmap document's inputs, for the template's tests: a test overrides only what it is about. */
export function documentFinding(i: number, overrides: Partial<DocumentFinding> = {}): DocumentFinding {
  return {
    id: `f${i}`,
    code: `TUN-F-${String(i).padStart(3, '0')}`,
    kind: 'gap',
    thematicArea: 'uas',
    dimension: 'legal',
    phase: 'prevent',
    level: 2,
    title: `Finding ${i}`,
    observation: 'Observation.',
    frameworkRefs: [],
    evidence: [],
    ...overrides,
  };
}

export function documentAction(i: number, overrides: Partial<DocumentAction> = {}): DocumentAction {
  return {
    id: `a${i}`,
    code: `A-${String(i).padStart(2, '0')}`,
    title: `Action ${i}`,
    description: 'Description.',
    findingIds: ['f1'],
    thematicArea: 'uas',
    responsibleEntity: 'Ministry of the Interior',
    partners: ['UNOCT'],
    priority: 'high',
    timeframe: 'short',
    startDate: null,
    endDate: null,
    indicators: [],
    support: [],
    estimatedCostUsd: null,
    targetLevel: null,
    ...overrides,
  };
}

export function documentInput(overrides: Partial<DocumentInput> = {}): DocumentInput {
  return {
    countryName: 'Tunisia',
    engagementTitle: 'Tunisia roadmap',
    thematicAreas: ['uas', 'urban_centres', 'touristic_venues'],
    versionNumber: 2,
    status: 'draft',
    versionDate: '2026-11-23',
    audience: 'government',
    findings: [documentFinding(1)],
    actions: [documentAction(1)],
    missions: [],
    decisions: [],
    instruments: [],
    ...overrides,
  };
}
