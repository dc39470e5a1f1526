import { AnyStateNode, createActor, getInitialSnapshot, setup, Snapshot, SnapshotFrom, StateValue, transition } from 'xstate';

/**
 * The engagement pipeline (DESIGN §2). This file alone knows the states, the events, the guards and
 * the reasons a guard refuses; everything else (the service, the API, the diagram, the web page's
 * buttons) is derived from it.
 *
 * Guards are pure functions of the facts the service loads from the database and sends with every
 * event: the machine decides, the service never re-implements a rule.
 */

/** Bump when a change to states or events makes stored snapshots unreadable; see MACHINE_VERSION checks. */
export const MACHINE_VERSION = 1;

/** What the guards look at, counted by the service from the database at the time of the event. */
export interface EngagementFacts {
  /** A mission with start and end dates and a lead exists. */
  missionPlanned: boolean;
  consultations: number;
  validatedFindings: number;
  draftFindings: number;
  /** Thematic areas in the engagement's scope without a validated finding (gap or good practice). */
  areasWithoutValidatedFinding: string[];
  roadmapVersions: number;
  /** Codes of validated gaps of capacity level 1–2 that the latest version covers with no action. */
  uncoveredPriorityGaps: string[];
  /** Comments on released versions that have no decision yet. */
  undecidedComments: number;
  /** An adoption record exists for the final version submitted for adoption. */
  adoptionRecorded: boolean;
  /** Actions neither completed nor cancelled. */
  openActions: number;
  cancelledActionsWithoutReason: number;
}

export const EVENT_TYPES = [
  'START_MISSION',
  'COMPLETE_MISSION',
  'SUBMIT_ASSESSMENT',
  'RELEASE_DRAFT',
  'REVISE',
  'REOPEN_ASSESSMENT',
  'SUBMIT_FOR_ADOPTION',
  'RECORD_ADOPTION',
  'REQUEST_REVISION',
  'COMPLETE',
  'SUSPEND',
  'RESUME',
  'WITHDRAW',
] as const;

export type EngagementEventType = (typeof EVENT_TYPES)[number];

export interface EngagementEvent {
  type: EngagementEventType;
  facts: EngagementFacts;
  comment?: string;
}

/** Events a mission lead may send on their engagement (DESIGN §2); programme managers and admins send all. */
export const MISSION_LEAD_EVENTS: readonly EngagementEventType[] = ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT'];

/**
 * The event that adopts the State's plan (it enters implementation, and nothing leads back): from then on the
 * State reads the plan as it stands, adopted and re-planned actions; before, only the versions released to it.
 */
export const PLAN_ADOPTING_EVENT: EngagementEventType = 'RECORD_ADOPTION';

/**
 * What a stage lets people do to the engagement's data besides sending events. Each stage lists its activities in
 * its `meta.permits` (a parent's hold for its children); services ask `stagePermits` before the work, and the web
 * page offers only what the stage permits. Work no stage restricts (missions, findings, comments) is not listed.
 */
export const STAGE_ACTIVITIES = [
  /** Recommending actions from the library and removing an action: the draft only. */
  'draftActions',
  /** Adding and changing actions (their sensitivity too): drafted before adoption, re-planned during implementation. */
  'planActions',
  'makeVersions',
  /** Showing the latest version to the focal points (RELEASE_DRAFT, which needs it, moves the stage). */
  'releaseVersions',
  'recordAdoption',
  'attachSignedDocument',
  /** Once attached, the signed document is replaced only while the adoption record itself may change. */
  'replaceSignedDocument',
  'reportProgress',
  'recordMentoring',
  'recordTrainings',
  /** The adopted plan is being carried out, or was: its roll-ups and schedule are shown. */
  'followImplementation',
] as const;

export type StageActivity = (typeof STAGE_ACTIVITIES)[number];

export interface StageMeta {
  permits: readonly StageActivity[];
}

/** Target durations per stage, in days; past them the engagement is overdue (DESIGN §2). */
export const DEFAULT_STAGE_TARGET_DAYS = { scoping: 60, gapAssessment: 45, roadmap: 90, adoption: 120 } as const;
export type TimedStage = keyof typeof DEFAULT_STAGE_TARGET_DAYS;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function reasonRequired(event: EngagementEvent, what: string): string[] {
  return event.comment && event.comment.trim().length > 0 ? [] : [`A reason is required to ${what}.`];
}

/**
 * Why each guarded event would be refused now; an empty list means the guard passes. These are the
 * sentences the API returns in `GET …/transitions` and in a 422.
 */
const REFUSALS: Partial<Record<EngagementEventType, (event: EngagementEvent) => string[]>> = {
  START_MISSION: ({ facts }) => (facts.missionPlanned ? [] : ['No mission has both its dates and a lead yet.']),
  COMPLETE_MISSION: ({ facts }) => (facts.consultations > 0 ? [] : ['The mission has no consultation recorded yet.']),
  SUBMIT_ASSESSMENT: ({ facts }) => [
    ...(facts.validatedFindings === 0 ? ['No finding has been validated yet.'] : []),
    ...(facts.draftFindings > 0 ? [`${plural(facts.draftFindings, 'finding is', 'findings are')} still in draft.`] : []),
    ...facts.areasWithoutValidatedFinding.map((area) => `The thematic area ${area} has no validated finding.`),
  ],
  RELEASE_DRAFT: ({ facts }) => (facts.roadmapVersions > 0 ? [] : ['No roadmap version has been created yet.']),
  REOPEN_ASSESSMENT: (event) => reasonRequired(event, 'reopen the assessment'),
  SUBMIT_FOR_ADOPTION: ({ facts }) => [
    ...(facts.roadmapVersions === 0 ? ['No roadmap version has been created yet.'] : []),
    ...(facts.uncoveredPriorityGaps.length > 0
      ? [`The latest version has no action for the level 1–2 gaps ${facts.uncoveredPriorityGaps.join(', ')}.`]
      : []),
    ...(facts.undecidedComments > 0
      ? [`${plural(facts.undecidedComments, 'comment', 'comments')} on released versions still ${facts.undecidedComments === 1 ? 'needs' : 'need'} a decision.`]
      : []),
  ],
  RECORD_ADOPTION: ({ facts }) => (facts.adoptionRecorded ? [] : ['No adoption of the final version has been recorded yet.']),
  COMPLETE: ({ facts }) => [
    ...(facts.openActions > 0 ? [`${plural(facts.openActions, 'action is', 'actions are')} neither completed nor cancelled.`] : []),
    ...(facts.cancelledActionsWithoutReason > 0
      ? [`${plural(facts.cancelledActionsWithoutReason, 'cancelled action has', 'cancelled actions have')} no reason.`]
      : []),
  ],
  SUSPEND: (event) => reasonRequired(event, 'suspend the engagement'),
  WITHDRAW: (event) => reasonRequired(event, 'withdraw the engagement'),
};

/** The reasons the guard of this event would give now (empty when it passes or the event has no guard). */
export function refusalsOf(event: EngagementEvent): string[] {
  return REFUSALS[event.type]?.(event) ?? [];
}

const passes = ({ event }: { event: EngagementEvent }): boolean => refusalsOf(event).length === 0;

export const engagementMachine = setup({
  types: { events: {} as EngagementEvent, meta: {} as StageMeta },
  guards: { passes },
}).createMachine({
  id: 'engagement',
  initial: 'active',
  states: {
    // Every stage that can be suspended or withdrawn; `history` remembers where RESUME returns to.
    active: {
      initial: 'scoping',
      on: {
        SUSPEND: { target: 'suspended', guard: 'passes' },
        WITHDRAW: { target: 'withdrawn', guard: 'passes' },
      },
      states: {
        history: { type: 'history', history: 'deep' },
        scoping: {
          initial: 'planning',
          states: {
            planning: { on: { START_MISSION: { target: 'fieldwork', guard: 'passes' } } },
            fieldwork: { on: { COMPLETE_MISSION: { target: '#engagement.active.gapAssessment', guard: 'passes' } } },
          },
        },
        gapAssessment: {
          on: { SUBMIT_ASSESSMENT: { target: 'roadmap.drafting', guard: 'passes' } },
        },
        roadmap: {
          initial: 'drafting',
          on: { SUBMIT_FOR_ADOPTION: { target: 'adoption', guard: 'passes' } },
          states: {
            drafting: {
              meta: { permits: ['draftActions', 'planActions', 'makeVersions', 'releaseVersions'] },
              on: {
                RELEASE_DRAFT: { target: 'consultation', guard: 'passes' },
                REOPEN_ASSESSMENT: { target: '#engagement.active.gapAssessment', guard: 'passes' },
              },
            },
            consultation: { on: { REVISE: { target: 'drafting' } } },
          },
        },
        adoption: {
          meta: { permits: ['recordAdoption', 'attachSignedDocument', 'replaceSignedDocument'] },
          on: {
            RECORD_ADOPTION: { target: 'implementation', guard: 'passes' },
            REQUEST_REVISION: { target: 'roadmap.drafting' },
          },
        },
        implementation: {
          meta: { permits: ['planActions', 'attachSignedDocument', 'reportProgress', 'recordMentoring', 'recordTrainings', 'followImplementation'] },
          on: { COMPLETE: { target: '#engagement.completed', guard: 'passes' } },
        },
      },
    },
    suspended: {
      on: {
        RESUME: { target: 'active.history' },
        WITHDRAW: { target: 'withdrawn', guard: 'passes' },
      },
    },
    completed: { type: 'final', meta: { permits: ['attachSignedDocument', 'followImplementation'] } },
    withdrawn: { type: 'final' },
  },
});

export type EngagementSnapshot = SnapshotFrom<typeof engagementMachine>;

const WRAPPER = 'active';

/** A state value as dotted paths: `{ active: { roadmap: 'drafting' } }` → `'active.roadmap.drafting'`. */
type DottedPaths<V> = V extends string ? V : { [K in keyof V & string]: `${K}.${DottedPaths<V[K]>}` }[keyof V & string];
type WithoutWrapper<P> = P extends `${typeof WRAPPER}.${infer Inner}` ? Inner : P;

/** Every stage an engagement can rest in, as the API shows it (`'roadmap.drafting'`): derived from the states above. */
export type Stage = WithoutWrapper<DottedPaths<EngagementSnapshot['value']>>;

/** The stage as the API shows it: the state value as a dotted path, without the internal `active` wrapper. */
export function stageOf(value: EngagementSnapshot['value']): Stage;
export function stageOf(value: StateValue): string;
export function stageOf(value: StateValue): string {
  const path: string[] = [];
  let current: StateValue = value;
  while (typeof current !== 'string') {
    const [key, child] = Object.entries(current)[0] as [string, StateValue];
    path.push(key);
    current = child;
  }
  path.push(current);
  return (path[0] === WRAPPER ? path.slice(1) : path).join('.');
}

type EngagementStateNode = typeof engagementMachine.root;

/** The stage a node of the machine stands for (a leaf's path is a state value of this machine, hence a `Stage`). */
function stageOfNode(node: AnyStateNode): Stage {
  return stageOf(pathToValue(node.path)) as Stage;
}

function pathToValue(path: string[]): StateValue {
  return path.reduceRight<StateValue>((child, key) => (child === '' ? key : { [key]: child }), '');
}

/** Each stage (leaves only, in document order) with what it permits: its own `meta.permits` and its parents'. */
const PERMITS: ReadonlyMap<Stage, ReadonlySet<StageActivity>> = (() => {
  const permits = new Map<Stage, ReadonlySet<StageActivity>>();
  const visit = (node: EngagementStateNode, inherited: readonly StageActivity[]): void => {
    const own = [...inherited, ...(node.meta?.permits ?? [])];
    const children = Object.values(node.states).filter((child) => child.type !== 'history');
    if (children.length === 0) permits.set(stageOfNode(node), new Set(own));
    children.forEach((child) => visit(child, own));
  };
  Object.values(engagementMachine.root.states).forEach((node) => visit(node, []));
  return permits;
})();

/** Every stage a snapshot can rest in, as dotted paths (leaves only), in document order. */
export function allStages(): Stage[] {
  return [...PERMITS.keys()];
}

export function isStage(value: string): value is Stage {
  return PERMITS.has(value as Stage);
}

/** What a stage filter accepts: every stage and every group of stages (`roadmap` holds `roadmap.drafting`), in document order. */
export function stageFilters(): string[] {
  const filters = new Set<string>();
  for (const stage of allStages()) {
    const parts = stage.split('.');
    parts.forEach((_, index) => filters.add(parts.slice(0, index + 1).join('.')));
  }
  return [...filters];
}

/** Where every engagement starts. */
export const INITIAL_STAGE: Stage = stageOf(getInitialSnapshot(engagementMachine).value);

/** The stages an engagement never leaves; after them a State may start a new engagement. */
export const FINAL_STAGES: readonly Stage[] = Object.values(engagementMachine.root.states)
  .filter((node) => node.type === 'final')
  .map(stageOfNode);

/** Stages that interrupt the pipeline from any of its stages (suspended, withdrawn): entered by the wrapper's own events. */
export function interruptionStages(): Stage[] {
  const wrapper = engagementMachine.root.states[WRAPPER];
  return [...wrapper.transitions.values()].flat().flatMap((definition) => (definition.target ?? []).map(stageOfNode));
}

/** Whether the stage permits the activity (its state's `meta.permits`, or a parent's). */
export function stagePermits(stage: Stage, activity: StageActivity): boolean {
  return PERMITS.get(stage)?.has(activity) ?? false;
}

/** The stages that permit an activity, in document order. */
export function stagesPermitting(activity: StageActivity): Stage[] {
  return allStages().filter((stage) => stagePermits(stage, activity));
}

/** Every activity with whether the stage permits it (what a page may offer). */
export function stagePermissions(stage: Stage): Record<StageActivity, boolean> {
  return Object.fromEntries(STAGE_ACTIVITIES.map((activity) => [activity, stagePermits(stage, activity)])) as Record<StageActivity, boolean>;
}

function roadmapLocked(stage: Stage, permittedIn: string): string {
  return `This change to the roadmap is made only in ${permittedIn}; the engagement is in ${stage}.`;
}

function adoptionNotYetPossible(stage: Stage): string {
  return `An adoption is recorded once the roadmap has been submitted for adoption; the engagement is in ${stage}.`;
}

/** The sentence each activity is refused with, given the stage it was asked in and the stages that permit it. */
const STAGE_REFUSALS: Record<StageActivity, (stage: Stage, permittedIn: string) => string> = {
  draftActions: (stage, permittedIn) =>
    roadmapLocked(stage, permittedIn) +
    (stagePermits(stage, 'reportProgress') ? ' During implementation an action is cancelled, with a reason, through a progress update.' : ''),
  planActions: roadmapLocked,
  makeVersions: roadmapLocked,
  releaseVersions: (stage, permittedIn) => `A version is released to the focal points only in ${permittedIn}; the engagement is in ${stage}.`,
  recordAdoption: (stage) =>
    stagePermits(stage, 'followImplementation') ? `The adoption is on record and the engagement is in ${stage}: it can no longer change.` : adoptionNotYetPossible(stage),
  attachSignedDocument: adoptionNotYetPossible,
  replaceSignedDocument: () => 'The signed document is part of the adopted record: once implementation has begun it cannot be replaced.',
  reportProgress: (stage, permittedIn) => `Progress is reported only during ${permittedIn}; the engagement is in ${stage}.`,
  recordMentoring: (stage, permittedIn) => `Mentoring sessions are recorded only during ${permittedIn}; the engagement is in ${stage}.`,
  recordTrainings: (stage, permittedIn) => `Trainings are recorded only during ${permittedIn}; the engagement is in ${stage}.`,
  followImplementation: (stage, permittedIn) => `Implementation is followed only in ${permittedIn}; the engagement is in ${stage}.`,
};

/** Why the stage does not permit the activity, in the words the API answers with. */
export function stageRefusal(stage: Stage, activity: StageActivity): string {
  return STAGE_REFUSALS[activity](stage, stagesPermitting(activity).join(' or '));
}

/** The stage's timed part (scoping, gapAssessment, roadmap, adoption), if it has a target duration. */
export function timedStageOf(stage: string): TimedStage | undefined {
  const top = stage.split('.')[0];
  return top in DEFAULT_STAGE_TARGET_DAYS ? (top as TimedStage) : undefined;
}

export interface MachineTransition {
  from: string;
  to: string;
  event: EngagementEventType;
  guarded: boolean;
}

/** Every transition of the machine, between stages or groups of stages, for the diagram and the API. */
export function machineTransitions(): MachineTransition[] {
  const transitions: MachineTransition[] = [];
  const visit = (node: AnyStateNode): void => {
    for (const [eventType, definitions] of node.transitions) {
      for (const definition of definitions) {
        for (const target of definition.target ?? []) {
          transitions.push({
            from: diagramName(node),
            to: diagramName(target),
            event: eventType as EngagementEventType,
            guarded: Boolean(definition.guard),
          });
        }
      }
    }
    Object.values(node.states).forEach(visit);
  };
  Object.values(engagementMachine.root.states).forEach(visit);
  return transitions;
}

function diagramName(node: AnyStateNode): string {
  return node.path.join('_');
}

/** The machine as Mermaid `stateDiagram-v2` text, generated from its definition. */
export function toMermaid(): string {
  const lines = ['stateDiagram-v2'];
  const declare = (node: AnyStateNode, indent: string): void => {
    const children = Object.values(node.states).filter((child) => child.type !== 'history');
    const name = diagramName(node);
    if (children.length === 0) {
      lines.push(`${indent}state "${node.key}" as ${name}`);
      return;
    }
    lines.push(`${indent}state "${node.key}" as ${name} {`);
    const initial = node.initial?.target[0];
    if (initial) lines.push(`${indent}  [*] --> ${diagramName(initial)}`);
    children.forEach((child) => declare(child, `${indent}  `));
    lines.push(`${indent}}`);
  };
  const initial = engagementMachine.root.initial?.target[0];
  if (initial) lines.push(`  [*] --> ${diagramName(initial)}`);
  Object.values(engagementMachine.root.states).forEach((node) => declare(node, '  '));
  for (const transition of machineTransitions()) {
    const history = transition.to.endsWith('_history');
    const to = history ? transition.to.slice(0, -'_history'.length) : transition.to;
    lines.push(`  ${transition.from} --> ${to} : ${transition.event}${history ? ' (back to the stage it left)' : ''}`);
  }
  for (const node of Object.values(engagementMachine.root.states)) {
    if (node.type === 'final') lines.push(`  ${diagramName(node)} --> [*]`);
  }
  return lines.join('\n');
}

/** What is stored beside an engagement: XState's persisted snapshot and the machine version that wrote it. */
export interface StoredSnapshot {
  snapshot: object;
  machineVersion: number;
}

export class SnapshotUnreadableError extends Error {}

export function initialSnapshot(): EngagementSnapshot {
  return getInitialSnapshot(engagementMachine);
}

export function toStored(snapshot: EngagementSnapshot): StoredSnapshot {
  // An actor that is never started only serialises: no actions run.
  const persisted = createActor(engagementMachine, { snapshot }).getPersistedSnapshot();
  return { snapshot: JSON.parse(JSON.stringify(persisted)) as object, machineVersion: MACHINE_VERSION };
}

/**
 * Restores a stored snapshot, refusing one written by another machine version or naming a state this
 * machine does not have (XState would otherwise restore it silently, or fail later, asynchronously).
 */
export function fromStored(stored: StoredSnapshot): EngagementSnapshot {
  if (stored.machineVersion !== MACHINE_VERSION) {
    throw new SnapshotUnreadableError(`snapshot of machine version ${stored.machineVersion}, this is version ${MACHINE_VERSION}`);
  }
  let snapshot: EngagementSnapshot;
  try {
    snapshot = createActor(engagementMachine, { snapshot: stored.snapshot as Snapshot<unknown> }).getSnapshot();
  } catch (error) {
    throw new SnapshotUnreadableError(`snapshot cannot be restored: ${(error as Error).message}`);
  }
  const value = snapshot.value as StateValue | undefined;
  if (value === undefined || !isStage(stageOf(value))) {
    throw new SnapshotUnreadableError(`snapshot names a state this machine does not have: ${JSON.stringify(stored.snapshot)}`);
  }
  return snapshot;
}

export type Outcome = { allowed: true; next: EngagementSnapshot } | { allowed: false; reasons: string[] };

/** Decides an event: the next snapshot, or the human reasons why not. Pure: nothing is run or stored. */
export function decide(snapshot: EngagementSnapshot, event: EngagementEvent): Outcome {
  if (!acceptsInStage(snapshot, event.type)) {
    return { allowed: false, reasons: [`${event.type} is not possible in the stage ${stageOf(snapshot.value)}.`] };
  }
  if (!snapshot.can(event)) return { allowed: false, reasons: refusalsOf(event) };
  const [next] = transition(engagementMachine, snapshot, event);
  return { allowed: true, next };
}

/** Events that need a reason in their comment; the transitions list reports them without one. */
const NEEDS_REASON: readonly EngagementEventType[] = ['SUSPEND', 'WITHDRAW', 'REOPEN_ASSESSMENT'];

export interface TransitionOption {
  type: EngagementEventType;
  allowed: boolean;
  reasons: string[];
  requiresComment: boolean;
  /** The current stage has this event at all (its guard may still refuse it). */
  inStage: boolean;
}

/** Every event of the machine with whether it is allowed now, and why not (`GET …/transitions`). */
export function transitionOptions(snapshot: EngagementSnapshot, facts: EngagementFacts): TransitionOption[] {
  return EVENT_TYPES.map((type) => {
    const requiresComment = NEEDS_REASON.includes(type);
    const outcome = decide(snapshot, { type, facts, comment: requiresComment ? 'reason given' : undefined });
    return { type, allowed: outcome.allowed, reasons: outcome.allowed ? [] : outcome.reasons, requiresComment, inStage: acceptsInStage(snapshot, type) };
  });
}

/** Facts under which every guard passes: asking `can` with them tells whether a stage has the event at all. */
export const FACTS_SATISFYING_EVERY_GUARD: EngagementFacts = {
  missionPlanned: true,
  consultations: 1,
  validatedFindings: 1,
  draftFindings: 0,
  areasWithoutValidatedFinding: [],
  roadmapVersions: 1,
  uncoveredPriorityGaps: [],
  undecidedComments: 0,
  adoptionRecorded: true,
  openActions: 0,
  cancelledActionsWithoutReason: 0,
};

function acceptsInStage(snapshot: EngagementSnapshot, type: EngagementEventType): boolean {
  return snapshot.can({ type, facts: FACTS_SATISFYING_EVERY_GUARD, comment: 'reason given' });
}
