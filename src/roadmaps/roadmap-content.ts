import { createHash } from 'node:crypto';
import { actionSensitivity, audienceMayRead, type Audience, type Sensitivity } from '../common/confidentiality';
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
  /**
   * Its effective sensitivity when the version was made (explicit, or the most restrictive of its findings').
   * Versions made before actions had one lack it: `sensitivityOf` derives it from the version's findings.
   */
  sensitivity?: Sensitivity;
}

/** An action as a new version holds it: the plan and its effective sensitivity. */
export function toVersionAction(a: Action, sensitivity: Sensitivity): ContentAction {
  return { ...toContentAction(a), sensitivity };
}

/** An action's plan, without its implementation status (nor its sensitivity, which depends on the findings). */
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

/**
 * An action's sensitivity in a version: as stored, or, for versions made before actions carried one, the
 * most restrictive of its findings' in that version (a link to a finding the version does not hold counts
 * as confidential, so an unknown fails closed).
 */
export function sensitivityOf(action: ContentAction, findings: readonly ContentFinding[]): Sensitivity {
  if (action.sensitivity) return action.sensitivity;
  const byId = new Map(findings.map((finding) => [finding.id, finding.sensitivity]));
  return actionSensitivity(null, action.findingIds.map((id) => byId.get(id)));
}

/**
 * The edition an audience may read: only the findings and actions at or below its ceiling, no link to a
 * finding it does not hold, and no decision on a comment about an action it does not hold (the public
 * edition holds no decisions at all). Every action carries its sensitivity, derived for older versions.
 */
export function forAudience(content: RoadmapContent, audience: Audience): RoadmapContent {
  const findings = content.findings.filter((finding) => audienceMayRead(audience, finding.sensitivity));
  const visible = new Set(findings.map((finding) => finding.id));
  const actions = content.actions
    .map((action) => ({ ...action, sensitivity: sensitivityOf(action, content.findings) }))
    .filter((action) => audienceMayRead(audience, action.sensitivity))
    .map((action) => ({ ...action, findingIds: action.findingIds.filter((id) => visible.has(id)) }));
  const codes = new Set(actions.map((action) => action.code));
  // What officials said in consultation stays between the programme and the government.
  const decisions =
    audience === 'public' ? [] : content.decisions?.filter((decision) => audience === 'internal' || decision.actionCode === null || codes.has(decision.actionCode));
  return { ...content, findings, actions, ...(content.decisions ? { decisions } : {}) };
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

/**
 * Changes of the actions only: the baseline-diff during implementation. A sensitivity known on one side
 * only (a version made before actions had one, or current actions read without it) is not a change.
 */
export function diffActions(before: ContentAction[], after: ContentAction[]): ItemsDiff<ContentAction> {
  const bothKnown = before.every((a) => a.sensitivity) && after.every((a) => a.sensitivity);
  const plain = (actions: ContentAction[]): ContentAction[] =>
    bothKnown
      ? actions
      : actions.map((action) => {
          const copy = { ...action };
          delete copy.sensitivity;
          return copy;
        });
  return diffItems(plain(before), plain(after));
}

/** What changed from `before` to `after`, item by item and field by field. */
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
