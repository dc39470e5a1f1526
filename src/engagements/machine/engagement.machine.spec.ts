import { getShortestPaths } from '@xstate/graph';
import {
  allStages,
  decide,
  EngagementEvent,
  EngagementEventType,
  EngagementFacts,
  EngagementSnapshot,
  engagementMachine,
  EVENT_TYPES,
  FACTS_SATISFYING_EVERY_GUARD,
  FINAL_STAGES,
  fromStored,
  INITIAL_STAGE,
  initialSnapshot,
  interruptionStages,
  isStage,
  MACHINE_VERSION,
  refusalsOf,
  SnapshotUnreadableError,
  Stage,
  STAGE_ACTIVITIES,
  StageActivity,
  stageOf,
  stagePermissions,
  stagePermits,
  stageFilters,
  stageRefusal,
  stagesPermitting,
  toMermaid,
  toStored,
  transitionOptions,
} from './engagement.machine';

const ready = FACTS_SATISFYING_EVERY_GUARD;
const nothingYet: EngagementFacts = {
  missionPlanned: false,
  consultations: 0,
  validatedFindings: 0,
  draftFindings: 0,
  areasWithoutValidatedFinding: ['uas'],
  roadmapVersions: 0,
  uncoveredPriorityGaps: [],
  undecidedComments: 0,
  adoptionRecorded: false,
  openActions: 0,
  cancelledActionsWithoutReason: 0,
};

function send(snapshot: EngagementSnapshot, type: EngagementEventType, facts: EngagementFacts = ready, comment?: string): EngagementSnapshot {
  const outcome = decide(snapshot, { type, facts, comment });
  if (!outcome.allowed) throw new Error(`${type} refused in ${stageOf(snapshot.value)}: ${outcome.reasons.join(' ')}`);
  return outcome.next;
}

function walk(...types: EngagementEventType[]): EngagementSnapshot {
  return types.reduce((snapshot, type) => send(snapshot, type, ready, 'a reason'), initialSnapshot());
}

describe('engagement machine', () => {
  it('starts in scoping.planning', () => {
    expect(stageOf(initialSnapshot().value)).toBe('scoping.planning');
  });

  it('reaches every stage (xstate graph traversal)', () => {
    const events = EVENT_TYPES.map((type): EngagementEvent => ({ type, facts: ready, comment: 'a reason' }));
    const paths = getShortestPaths(engagementMachine, { events });
    const reached = new Set(paths.map((path) => stageOf(path.state.value)));
    expect([...reached].sort()).toEqual([...allStages()].sort());
    expect(allStages()).toEqual([
      'scoping.planning',
      'scoping.fieldwork',
      'gapAssessment',
      'roadmap.drafting',
      'roadmap.consultation',
      'adoption',
      'implementation',
      'suspended',
      'completed',
      'withdrawn',
    ]);
  });

  it('walks the whole pipeline when the facts allow it', () => {
    const done = walk(
      'START_MISSION',
      'COMPLETE_MISSION',
      'SUBMIT_ASSESSMENT',
      'RELEASE_DRAFT',
      'REVISE',
      'RELEASE_DRAFT',
      'SUBMIT_FOR_ADOPTION',
      'REQUEST_REVISION',
      'SUBMIT_FOR_ADOPTION',
      'RECORD_ADOPTION',
      'COMPLETE',
    );
    expect(stageOf(done.value)).toBe('completed');
    expect(done.status).toBe('done');
  });

  it('reopens the assessment from drafting only, with a reason', () => {
    const drafting = walk('START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT');
    expect(decide(drafting, { type: 'REOPEN_ASSESSMENT', facts: ready })).toEqual({
      allowed: false,
      reasons: ['A reason is required to reopen the assessment.'],
    });
    expect(stageOf(send(drafting, 'REOPEN_ASSESSMENT', ready, 'new evidence from the follow-up mission').value)).toBe('gapAssessment');
    const consultation = send(drafting, 'RELEASE_DRAFT');
    expect(decide(consultation, { type: 'REOPEN_ASSESSMENT', facts: ready, comment: 'why' })).toEqual({
      allowed: false,
      reasons: ['REOPEN_ASSESSMENT is not possible in the stage roadmap.consultation.'],
    });
  });

  it.each([
    ['scoping.planning', []],
    ['scoping.fieldwork', ['START_MISSION']],
    ['gapAssessment', ['START_MISSION', 'COMPLETE_MISSION']],
    ['roadmap.drafting', ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT']],
    ['roadmap.consultation', ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'RELEASE_DRAFT']],
    ['adoption', ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'SUBMIT_FOR_ADOPTION']],
    ['implementation', ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'SUBMIT_FOR_ADOPTION', 'RECORD_ADOPTION']],
  ] as [string, EngagementEventType[]][])('suspends from %s and resumes to the same stage, even through storage', (stage, path) => {
    const before = walk(...path);
    expect(stageOf(before.value)).toBe(stage);
    const suspended = send(before, 'SUSPEND', nothingYet, 'elections');
    expect(stageOf(suspended.value)).toBe('suspended');
    const restored = fromStored(JSON.parse(JSON.stringify(toStored(suspended))));
    expect(stageOf(send(restored, 'RESUME', nothingYet).value)).toBe(stage);
  });

  it('needs a reason to suspend or withdraw, and allows neither once final', () => {
    const planning = initialSnapshot();
    expect(decide(planning, { type: 'SUSPEND', facts: ready, comment: '  ' })).toEqual({
      allowed: false,
      reasons: ['A reason is required to suspend the engagement.'],
    });
    expect(decide(planning, { type: 'WITHDRAW', facts: ready })).toEqual({
      allowed: false,
      reasons: ['A reason is required to withdraw the engagement.'],
    });
    const withdrawn = send(send(planning, 'SUSPEND', ready, 'security situation'), 'WITHDRAW', ready, 'request of the State');
    expect(stageOf(withdrawn.value)).toBe('withdrawn');
    for (const type of EVENT_TYPES) {
      expect(decide(withdrawn, { type, facts: ready, comment: 'x' })).toEqual({
        allowed: false,
        reasons: [`${type} is not possible in the stage withdrawn.`],
      });
    }
  });

  describe('guards refuse with human reasons', () => {
    it('START_MISSION without a planned mission', () => {
      expect(refusalsOf({ type: 'START_MISSION', facts: nothingYet })).toEqual(['No mission has both its dates and a lead yet.']);
    });

    it('COMPLETE_MISSION without a consultation', () => {
      expect(refusalsOf({ type: 'COMPLETE_MISSION', facts: nothingYet })).toEqual(['The mission has no consultation recorded yet.']);
    });

    it('SUBMIT_ASSESSMENT with nothing validated, drafts left and areas uncovered', () => {
      const facts = { ...nothingYet, draftFindings: 2, areasWithoutValidatedFinding: ['uas', 'religious_sites'] };
      expect(refusalsOf({ type: 'SUBMIT_ASSESSMENT', facts })).toEqual([
        'No finding has been validated yet.',
        '2 findings are still in draft.',
        'The thematic area uas has no validated finding.',
        'The thematic area religious_sites has no validated finding.',
      ]);
      expect(refusalsOf({ type: 'SUBMIT_ASSESSMENT', facts: { ...ready, draftFindings: 1 } })).toEqual(['1 finding is still in draft.']);
    });

    it('RELEASE_DRAFT without a version', () => {
      expect(refusalsOf({ type: 'RELEASE_DRAFT', facts: nothingYet })).toEqual(['No roadmap version has been created yet.']);
    });

    it('SUBMIT_FOR_ADOPTION with uncovered level 1–2 gaps and undecided comments', () => {
      const facts = { ...ready, uncoveredPriorityGaps: ['TGO-F-003', 'TGO-F-007'], undecidedComments: 3 };
      expect(refusalsOf({ type: 'SUBMIT_FOR_ADOPTION', facts })).toEqual([
        'The latest version has no action for the level 1–2 gaps TGO-F-003, TGO-F-007.',
        '3 comments on released versions still need a decision.',
      ]);
    });

    it('RECORD_ADOPTION without an adoption record', () => {
      expect(refusalsOf({ type: 'RECORD_ADOPTION', facts: nothingYet })).toEqual(['No adoption of the final version has been recorded yet.']);
    });

    it('COMPLETE with open actions or cancellations without a reason', () => {
      expect(refusalsOf({ type: 'COMPLETE', facts: { ...ready, openActions: 4, cancelledActionsWithoutReason: 1 } })).toEqual([
        '4 actions are neither completed nor cancelled.',
        '1 cancelled action has no reason.',
      ]);
    });

    it('and the refusal leaves the stage unchanged', () => {
      const planning = initialSnapshot();
      expect(decide(planning, { type: 'START_MISSION', facts: nothingYet })).toEqual({
        allowed: false,
        reasons: ['No mission has both its dates and a lead yet.'],
      });
      expect(stageOf(planning.value)).toBe('scoping.planning');
    });
  });

  it('lists every event with whether it is allowed now and why not', () => {
    const options = transitionOptions(initialSnapshot(), nothingYet);
    expect(options.map((option) => option.type)).toEqual([...EVENT_TYPES]);
    expect(options.find((option) => option.type === 'START_MISSION')).toEqual({
      type: 'START_MISSION',
      allowed: false,
      reasons: ['No mission has both its dates and a lead yet.'],
      requiresComment: false,
      inStage: true,
    });
    expect(options.find((option) => option.type === 'SUSPEND')).toEqual({ type: 'SUSPEND', allowed: true, reasons: [], requiresComment: true, inStage: true });
    expect(options.find((option) => option.type === 'COMPLETE')).toMatchObject({ reasons: ['COMPLETE is not possible in the stage scoping.planning.'], inStage: false });
  });

  it('refuses to restore a snapshot of another machine version or of an unknown state', () => {
    const stored = toStored(initialSnapshot());
    expect(stored.machineVersion).toBe(MACHINE_VERSION);
    expect(() => fromStored({ ...stored, machineVersion: MACHINE_VERSION + 1 })).toThrow(SnapshotUnreadableError);
    const unknown = { ...stored, snapshot: { ...stored.snapshot, value: { active: 'negotiation' } } };
    expect(() => fromStored(unknown)).toThrow(SnapshotUnreadableError);
    expect(() => fromStored({ ...stored, snapshot: { ...stored.snapshot, value: 'nope' } })).toThrow(SnapshotUnreadableError);
  });

  it('draws itself as a Mermaid state diagram with every transition', () => {
    const mermaid = toMermaid();
    expect(mermaid.split('\n')[0]).toBe('stateDiagram-v2');
    for (const type of EVENT_TYPES) expect(mermaid).toContain(`: ${type}`);
    expect(mermaid).toContain('active_scoping_planning --> active_scoping_fieldwork : START_MISSION');
    expect(mermaid).toContain('suspended --> active : RESUME (back to the stage it left)');
    expect(mermaid).toContain('completed --> [*]');
  });

  describe('stage rules', () => {
    // Typed by `Stage`: a stage added to or removed from the machine does not compile here until it is listed.
    const EVERY_STAGE: Record<Stage, true> = {
      'scoping.planning': true,
      'scoping.fieldwork': true,
      gapAssessment: true,
      'roadmap.drafting': true,
      'roadmap.consultation': true,
      adoption: true,
      implementation: true,
      suspended: true,
      completed: true,
      withdrawn: true,
    };

    it('derives the Stage type from the states: the same stages as the machine rests in', () => {
      expect(Object.keys(EVERY_STAGE).sort()).toEqual([...allStages()].sort());
      expect(allStages().every(isStage)).toBe(true);
      expect(isStage('roadmap')).toBe(false);
      expect(isStage('active.adoption')).toBe(false);
      expect(INITIAL_STAGE).toBe('scoping.planning');
      expect(FINAL_STAGES).toEqual(['completed', 'withdrawn']);
      expect(interruptionStages()).toEqual(['suspended', 'withdrawn']);
      expect(stageFilters()).toEqual([
        'scoping',
        'scoping.planning',
        'scoping.fieldwork',
        'gapAssessment',
        'roadmap',
        'roadmap.drafting',
        'roadmap.consultation',
        'adoption',
        'implementation',
        'suspended',
        'completed',
        'withdrawn',
      ]);
    });

    // What the services checked with stage names before the machine knew (issue 15): unchanged.
    const EXPECTED: Record<StageActivity, Stage[]> = {
      draftActions: ['roadmap.drafting'],
      planActions: ['roadmap.drafting', 'implementation'],
      makeVersions: ['roadmap.drafting'],
      releaseVersions: ['roadmap.drafting'],
      recordAdoption: ['adoption'],
      attachSignedDocument: ['adoption', 'implementation', 'completed'],
      replaceSignedDocument: ['adoption'],
      reportProgress: ['implementation'],
      recordMentoring: ['implementation'],
      recordTrainings: ['implementation'],
      followImplementation: ['implementation', 'completed'],
    };

    it.each(STAGE_ACTIVITIES.map((activity) => [activity, EXPECTED[activity]] as const))('permits %s exactly in %j', (activity, stages) => {
      expect(stagesPermitting(activity)).toEqual(stages);
      for (const stage of allStages()) {
        expect({ stage, permitted: stagePermits(stage, activity) }).toEqual({ stage, permitted: stages.includes(stage) });
        expect(stagePermissions(stage)[activity]).toBe(stages.includes(stage));
      }
    });

    it('offers release where RELEASE_DRAFT is possible, and records adoption where RECORD_ADOPTION can follow', () => {
      const stagesAccepting = (type: EngagementEventType): Stage[] =>
        allStages().filter((stage) => reachStage(stage).can({ type, facts: ready, comment: 'a reason' }));
      expect(stagesPermitting('releaseVersions')).toEqual(stagesAccepting('RELEASE_DRAFT'));
      expect(stagesPermitting('recordAdoption')).toEqual(stagesAccepting('RECORD_ADOPTION'));
      expect(stagesPermitting('reportProgress')).toEqual(stagesAccepting('COMPLETE'));
    });

    it('refuses with the sentences the API has always answered with', () => {
      expect(stageRefusal('roadmap.consultation', 'planActions')).toBe(
        'This change to the roadmap is made only in roadmap.drafting or implementation; the engagement is in roadmap.consultation.',
      );
      expect(stageRefusal('implementation', 'makeVersions')).toBe('This change to the roadmap is made only in roadmap.drafting; the engagement is in implementation.');
      expect(stageRefusal('implementation', 'draftActions')).toBe(
        'This change to the roadmap is made only in roadmap.drafting; the engagement is in implementation. During implementation an action is cancelled, with a reason, through a progress update.',
      );
      expect(stageRefusal('adoption', 'draftActions')).toBe('This change to the roadmap is made only in roadmap.drafting; the engagement is in adoption.');
      expect(stageRefusal('completed', 'reportProgress')).toBe('Progress is reported only during implementation; the engagement is in completed.');
      expect(stageRefusal('adoption', 'recordTrainings')).toBe('Trainings are recorded only during implementation; the engagement is in adoption.');
      expect(stageRefusal('implementation', 'recordAdoption')).toBe('The adoption is on record and the engagement is in implementation: it can no longer change.');
      expect(stageRefusal('roadmap.drafting', 'recordAdoption')).toBe(
        'An adoption is recorded once the roadmap has been submitted for adoption; the engagement is in roadmap.drafting.',
      );
      expect(stageRefusal('withdrawn', 'attachSignedDocument')).toBe(
        'An adoption is recorded once the roadmap has been submitted for adoption; the engagement is in withdrawn.',
      );
      for (const activity of STAGE_ACTIVITIES) {
        for (const stage of allStages().filter((other) => !stagePermits(other, activity))) {
          expect(stageRefusal(stage, activity)).toMatch(/\.$/);
        }
      }
    });
  });
});

/** A snapshot resting in the stage, reached by events (suspended from planning). */
function reachStage(stage: Stage): EngagementSnapshot {
  const paths: Record<Stage, EngagementEventType[]> = {
    'scoping.planning': [],
    'scoping.fieldwork': ['START_MISSION'],
    gapAssessment: ['START_MISSION', 'COMPLETE_MISSION'],
    'roadmap.drafting': ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT'],
    'roadmap.consultation': ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'RELEASE_DRAFT'],
    adoption: ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'SUBMIT_FOR_ADOPTION'],
    implementation: ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'SUBMIT_FOR_ADOPTION', 'RECORD_ADOPTION'],
    suspended: ['SUSPEND'],
    completed: ['START_MISSION', 'COMPLETE_MISSION', 'SUBMIT_ASSESSMENT', 'SUBMIT_FOR_ADOPTION', 'RECORD_ADOPTION', 'COMPLETE'],
    withdrawn: ['WITHDRAW'],
  };
  const snapshot = walk(...paths[stage]);
  expect(stageOf(snapshot.value)).toBe(stage);
  return snapshot;
}
