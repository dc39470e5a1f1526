import { createHash } from 'node:crypto';
import type { Audience } from '../common/confidentiality';
import type { Action } from './action.entity';

/** What a roadmap version holds: the engagement, its validated findings and the actions, as they stood. */
export interface RoadmapContent {
  engagement: {
    id: string;
    country: string;
    countryName: string;
    title: string;
    thematicAreas: string[];
    languages: string[];
  };
  findings: ContentFinding[];
  actions: ContentAction[];
  /** Who the missions met and what they read, as it stood when the version was made. */
  missions?: ContentMission[];
  /** The decisions on comments made on earlier versions, as they stood when this version was made. */
  decisions?: ContentDecision[];
}

export interface ContentMission {
  type: string;
  startDate: string | null;
  endDate: string | null;
  documentsReviewed: { title: string; reference?: string }[];
  consultations: { institution: string; sector: string; date: string; participants: number }[];
}

export interface ContentDecision {
  versionNumber: number;
  actionCode: string | null;
  body: string;
  decision: string;
  reply: string;
}

export interface ContentFinding {
  id: string;
  code: string;
  kind: string;
  thematicArea: string;
  dimension: string;
  phase: string;
  level: number;
  title: string;
  observation: string;
  sensitivity: 'public' | 'restricted' | 'confidential';
  frameworkRefs: string[];
  evidence: { kind: string; reference: string; date: string }[];
}

export interface ContentAction {
  id: string;
  code: string;
  title: string;
  description: string;
  findingIds: string[];
  thematicArea: string;
  responsibleEntity: string;
  partners: string[];
  priority: string;
  timeframe: string;
  startDate: string | null;
  endDate: string | null;
  indicators: { description: string; baseline: string; target: string }[];
  support: { kind: string; course?: string }[];
  estimatedCostUsd: number | null;
  targetLevel: number | null;
}

/** An action as a version holds it: the plan, without its implementation status. */
export function toContentAction(a: Action): ContentAction {
  return {
    id: a.id,
    code: a.code,
    title: a.title,
    description: a.description,
    findingIds: a.findingIds,
    thematicArea: a.thematicArea,
    responsibleEntity: a.responsibleEntity,
    partners: a.partners,
    priority: a.priority,
    timeframe: a.timeframe,
    startDate: a.startDate,
    endDate: a.endDate,
    indicators: a.indicators,
    support: a.support,
    estimatedCostUsd: a.estimatedCostUsd,
    targetLevel: a.targetLevel,
  };
}

/** JSON with object keys sorted at every depth: the same content always gives the same text, and hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Who reads a version: the programme (internal), a government (no confidential findings), the public. */
export { AUDIENCES, type Audience } from '../common/confidentiality';

const VISIBLE: Record<Audience, readonly ContentFinding['sensitivity'][]> = {
  internal: ['public', 'restricted', 'confidential'],
  government: ['public', 'restricted'],
  public: ['public'],
};

/** The content an audience may see: findings above its sensitivity, and every link to them, are removed. */
export function forAudience(content: RoadmapContent, audience: Audience): RoadmapContent {
  const findings = content.findings.filter((finding) => VISIBLE[audience].includes(finding.sensitivity));
  const visible = new Set(findings.map((finding) => finding.id));
  return {
    ...content,
    findings,
    actions: content.actions.map((action) => ({ ...action, findingIds: action.findingIds.filter((id) => visible.has(id)) })),
    // What officials said in consultation stays between the programme and the government.
    ...(audience === 'public' && content.decisions ? { decisions: [] } : {}),
  };
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface ItemChange {
  id: string;
  code: string;
  changes: FieldChange[];
}

export interface ItemsDiff<T> {
  added: T[];
  removed: T[];
  changed: ItemChange[];
}

export interface RoadmapDiff {
  actions: ItemsDiff<ContentAction>;
  findings: ItemsDiff<ContentFinding>;
}

/** What changed from `before` to `after`, item by item and field by field. */
/** Changes of the actions only: the baseline-diff during implementation. */
export function diffActions(before: ContentAction[], after: ContentAction[]): ItemsDiff<ContentAction> {
  return diffItems(before, after);
}

export function diffContent(before: RoadmapContent, after: RoadmapContent): RoadmapDiff {
  return { actions: diffItems(before.actions, after.actions), findings: diffItems(before.findings, after.findings) };
}

function diffItems<T extends { id: string; code: string }>(before: T[], after: T[]): ItemsDiff<T> {
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterById = new Map(after.map((item) => [item.id, item]));
  const changed: ItemChange[] = [];
  for (const item of after) {
    const previous = beforeById.get(item.id);
    if (!previous) continue;
    const fields = [...new Set([...Object.keys(previous), ...Object.keys(item)])].sort();
    const changes = fields
      .filter((field) => canonicalJson(previous[field as keyof T]) !== canonicalJson(item[field as keyof T]))
      .map((field) => ({ field, before: previous[field as keyof T] ?? null, after: item[field as keyof T] ?? null }));
    if (changes.length > 0) changed.push({ id: item.id, code: item.code, changes });
  }
  return {
    added: after.filter((item) => !beforeById.has(item.id)),
    removed: before.filter((item) => !afterById.has(item.id)),
    changed,
  };
}
