import {
  allStages,
  decide,
  EngagementEventType,
  EngagementSnapshot,
  EVENT_TYPES,
  FACTS_SATISFYING_EVERY_GUARD,
  initialSnapshot,
  Stage,
  stageOf,
  transitionOptions,
} from '../../src/engagements/machine/engagement.machine';

/** One event of a walk through the machine, and the snapshot it leaves. */
export interface Step {
  event: EngagementEventType;
  from: Stage;
  to: Stage;
  snapshot: EngagementSnapshot;
}

/** The comment the app would insist on for events that need a reason. */
const REASON = 'Reached by a test fixture';

const needsReason: ReadonlyMap<EngagementEventType, boolean> = new Map(
  transitionOptions(initialSnapshot(), FACTS_SATISFYING_EVERY_GUARD).map((option) => [option.type, option.requiresComment]),
);

export function commentFor(event: EngagementEventType): string | null {
  return needsReason.get(event) ? REASON : null;
}

function take(snapshot: EngagementSnapshot, event: EngagementEventType): Step | undefined {
  const outcome = decide(snapshot, { type: event, facts: FACTS_SATISFYING_EVERY_GUARD, comment: REASON });
  return outcome.allowed ? { event, from: stageOf(snapshot.value), to: stageOf(outcome.next.value), snapshot: outcome.next } : undefined;
}

/** These events from the machine's initial state, each one checked by the machine (guards aside). */
export function walkEvents(events: readonly EngagementEventType[]): Step[] {
  const steps: Step[] = [];
  let snapshot = initialSnapshot();
  for (const event of events) {
    const step = take(snapshot, event);
    if (!step) throw new Error(`The machine has no ${event} in ${stageOf(snapshot.value)}`);
    steps.push(step);
    snapshot = step.snapshot;
  }
  return steps;
}

/**
 * The shortest walk the machine allows from its initial state to `stage` (through `from` first, when given:
 * which stage a suspended or withdrawn engagement left). Derived from the machine, so a new stage or
 * event needs nothing here.
 */
export function shortestWalk(stage: Stage, from?: Stage): Step[] {
  const start = from === undefined ? [] : shortestWalk(from);
  const startSnapshot = start.at(-1)?.snapshot ?? initialSnapshot();
  if (!allStages().includes(stage)) throw new Error(`The machine has no stage ${stage}; it has ${allStages().join(', ')}`);
  const seen = new Set([stageOf(startSnapshot.value)]);
  let frontier: Step[][] = [[]];
  while (frontier.length > 0) {
    const walk = frontier.find((candidate) => (candidate.at(-1)?.to ?? stageOf(startSnapshot.value)) === stage);
    if (walk) return [...start, ...walk];
    const next: Step[][] = [];
    for (const candidate of frontier) {
      const snapshot = candidate.at(-1)?.snapshot ?? startSnapshot;
      for (const event of EVENT_TYPES) {
        const step = take(snapshot, event);
        if (!step || seen.has(step.to)) continue;
        seen.add(step.to);
        next.push([...candidate, step]);
      }
    }
    frontier = next;
  }
  throw new Error(`No walk of the machine reaches ${stage}${from ? ` from ${from}` : ''}`);
}
