import { CreateFindingDto } from '../../src/findings/dto/finding.dto';
import { CreateActionDto } from '../../src/roadmaps/dto/action.dto';
import { TestApp } from '../utils/create-test-app';
import { dayFromToday } from '../utils/dates';
import { addMember, Session } from '../utils/sessions';
import { actionInput } from './action.factory';
import { engagementInput } from './engagement.factory';
import { findingInput } from './finding.factory';
import { consultationInput, missionInput } from './mission.factory';

export interface Drafting {
  id: string;
  url: string;
  /** Finding ids in the order given. */
  findingIds: string[];
}

/**
 * An engagement walked through scoping and the gap assessment into roadmap.drafting over HTTP, with these
 * findings validated (their areas become the engagement's scope) and these users as members.
 */
export async function walkToDrafting(
  t: TestApp,
  pm: Session,
  options: { country: string; findings: Partial<CreateFindingDto>[]; lead: Session; focal?: Session; draftFindings?: Partial<CreateFindingDto>[] },
): Promise<Drafting> {
  const findings = options.findings.map((f) => findingInput(f));
  const areas = [...new Set(findings.map((f) => f.thematicArea).filter((a) => a !== 'cross_cutting'))];
  const id = (await pm.post('/api/engagements').send(engagementInput({ country: options.country, thematicAreas: areas })).expect(201)).body.id as string;
  const url = `/api/engagements/${id}`;
  await addMember(t, id, options.lead.userId, 'mission_lead');
  if (options.focal) await addMember(t, id, options.focal.userId, 'focal_point');
  const mission = (await pm.post(`${url}/missions`).send(missionInput({ leadId: options.lead.userId })).expect(201)).body;
  await pm.post(`${url}/missions/${mission.id}/consultations`).send(consultationInput()).expect(201);
  await pm.post(`${url}/events`).send({ type: 'START_MISSION' }).expect(200);
  await pm.post(`${url}/events`).send({ type: 'COMPLETE_MISSION' }).expect(200);
  const findingIds: string[] = [];
  for (const finding of findings) {
    const created = (await pm.post(`${url}/findings`).send(finding).expect(201)).body;
    await pm.post(`${url}/findings/${created.id}/validate`).expect(200);
    findingIds.push(created.id);
  }
  await pm.post(`${url}/events`).send({ type: 'SUBMIT_ASSESSMENT' }).expect(200);
  for (const draft of options.draftFindings ?? []) await pm.post(`${url}/findings`).send(findingInput(draft)).expect(201);
  return { id, url, findingIds };
}

export interface Adopted extends Drafting {
  /** Action ids in the order given. */
  actionIds: string[];
}

/**
 * An engagement walked on from roadmap drafting: these actions (each answering every finding unless it
 * names its own), version 1 submitted for adoption, and, unless `stopAt: 'adoption'`, its adoption recorded
 * and implementation begun.
 */
export async function walkToImplementation(
  t: TestApp,
  pm: Session,
  options: Parameters<typeof walkToDrafting>[2] & { actions: Partial<CreateActionDto>[]; stopAt?: 'adoption' },
): Promise<Adopted> {
  const drafting = await walkToDrafting(t, pm, options);
  const actionIds: string[] = [];
  for (const action of options.actions) {
    actionIds.push((await pm.post(`${drafting.url}/roadmap/actions`).send(actionInput(drafting.findingIds, action)).expect(201)).body.id);
  }
  await pm.post(`${drafting.url}/roadmap/versions`).expect(201);
  await pm.post(`${drafting.url}/events`).send({ type: 'SUBMIT_FOR_ADOPTION' }).expect(200);
  if (options.stopAt !== 'adoption') {
    await pm.put(`${drafting.url}/adoption`).send(adoptionInput()).expect(200);
    await pm.post(`${drafting.url}/events`).send({ type: 'RECORD_ADOPTION' }).expect(200);
  }
  return { ...drafting, actionIds };
}

export function adoptionInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    versionNumber: 1,
    adoptedOn: dayFromToday(),
    adoptingAuthority: 'Council of Ministers',
    instrumentReference: 'Decree 2026-118',
    ...overrides,
  };
}
