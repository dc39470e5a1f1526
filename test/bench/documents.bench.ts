/**
 * `npm run bench`: figures for the roadmap documents, printed as a table. Runs on the machine at hand;
 * the targets are for the 2-core machines this project is developed and tested on.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import request from 'supertest';
import { benchConfig, median, Row, runBench } from './bench-kit';
import { LABELS } from '../../templates/labels';
import { DocumentAction, DocumentFinding, roadmapDocument } from '../../templates/roadmap-document';
import { createApp } from '../../src/app.setup';
import { SYSTEM_ACTOR } from '../../src/common/auth/actor';
import { DocumentRenderer } from '../../src/documents/document-renderer';
import { EngagementsService } from '../../src/engagements/engagements.service';
import { MembersService } from '../../src/engagements/members.service';
import { PipelineService } from '../../src/engagements/pipeline.service';
import { FindingsService } from '../../src/findings/findings.service';
import { MissionsService } from '../../src/missions/missions.service';
import { FRAMEWORK_INSTRUMENTS } from '../../src/reference/catalogs';
import { ActionsService } from '../../src/roadmaps/actions.service';
import { VersionsService } from '../../src/roadmaps/versions.service';
import { UsersService } from '../../src/users/users.service';

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits;

function largeRoadmap(): ReturnType<typeof roadmapDocument> {
  const areas = ['urban_centres', 'touristic_venues', 'major_sporting_events', 'religious_sites', 'uas'];
  const findings: DocumentFinding[] = Array.from({ length: 150 }, (_, i) => ({
    id: `f${i}`,
    code: `TGO-F-${String(i + 1).padStart(3, '0')}`,
    kind: i % 10 === 0 ? 'good_practice' : 'gap',
    thematicArea: areas[i % 5],
    dimension: ['legal', 'policy', 'institutional', 'operational'][i % 4],
    phase: ['prevent', 'protect', 'mitigate', 'investigate', 'respond', 'recover'][i % 6],
    level: (i % 5) + 1,
    title: `Les forces de sécurité n’ont pas de mandat pour détecter les drones (${i + 1})`,
    observation: 'Les forces de sécurité ne disposent d’aucun mandat pour détecter, suivre ou neutraliser les aéronefs sans pilote au-dessus des foules. '.repeat(3),
    frameworkRefs: ['a_res_75_291_op71', 's_res_2370_2017'],
    evidence: [{ kind: 'interview', reference: 'Ministère de la sécurité', date: '2026-02-10' }],
  }));
  const actions: DocumentAction[] = Array.from({ length: 100 }, (_, i) => ({
    id: `a${i}`,
    code: `A-${String(i + 1).padStart(3, '0')}`,
    title: `Adopter des règles pour l’enregistrement des drones et de leurs exploitants (${i + 1})`,
    description: 'Rédiger et adopter une réglementation exigeant l’enregistrement des aéronefs sans pilote au-delà d’un seuil de poids.',
    findingIds: [`f${i}`, `f${(i + 50) % 150}`],
    responsibleEntity: 'Ministère de la sécurité et de la protection civile',
    partners: ['UNOCT', 'UNICRI'],
    priority: ['high', 'medium', 'low'][i % 3],
    timeframe: ['short', 'medium', 'long'][i % 3],
    startDate: null,
    endDate: null,
    indicators: [{ description: 'Réglementation en vigueur', baseline: 'aucune', target: 'adoptée en 2027' }],
    support: [{ kind: 'training_course', course: 'risk_assessment' }, { kind: 'mentoring' }],
    estimatedCostUsd: i % 3 === 0 ? null : 25_000 + i * 1_000,
    targetLevel: 3,
  }));
  return roadmapDocument(
    {
      countryName: 'Togo',
      engagementTitle: 'Togo : protection des cibles vulnérables',
      thematicAreas: areas,
      versionNumber: 3,
      status: 'draft',
      versionDate: '2026-11-23',
      audience: 'government',
      findings,
      actions,
      missions: [],
      decisions: [],
      instruments: [...FRAMEWORK_INSTRUMENTS],
    },
    LABELS.fr,
  );
}

async function throughput(threads: number, documents: number): Promise<number> {
  const renderer = new DocumentRenderer(threads, threads);
  const document = largeRoadmap();
  // Every worker loads pdfmake and the fonts once: warm them all before measuring.
  await Promise.all(Array.from({ length: threads * 2 }, () => renderer.render(document)));
  const started = performance.now();
  await Promise.all(Array.from({ length: documents }, () => renderer.render(document)));
  const seconds = (performance.now() - started) / 1000;
  await renderer.onModuleDestroy();
  return documents / seconds;
}

async function repeatDownload(): Promise<{ first: number; repeat: number }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vt-bench-'));
  const app = await createApp(benchConfig({ dataDir }));
  try {
    await app.getHttpAdapter().getInstance().ready();
    const users = app.get(UsersService);
    await users.ensure(SYSTEM_ACTOR, { email: 'bench@example.org', name: 'Bench', role: 'programme_manager', password: 'bench-password-123' });
    const lead = await users.ensure(SYSTEM_ACTOR, { email: 'lead@example.org', name: 'Lead', role: 'mission_member', password: 'bench-password-123' });
    const engagement = await app.get(EngagementsService).create(SYSTEM_ACTOR, {
      country: 'TGO',
      title: 'Togo : protection des cibles vulnérables',
      thematicAreas: ['uas'],
      languages: ['fr'],
    });
    await app.get(MembersService).add(SYSTEM_ACTOR, engagement.id, { userId: lead.id, role: 'mission_lead' });
    const missions = app.get(MissionsService);
    const mission = await missions.create(SYSTEM_ACTOR, engagement.id, { type: 'scoping', startDate: '2026-02-09', endDate: '2026-02-13', leadId: lead.id });
    await missions.addConsultation(SYSTEM_ACTOR, engagement.id, mission.id, { institution: 'Ministère', sector: 'security', date: '2026-02-10', participants: 5 });
    const pipeline = app.get(PipelineService);
    await pipeline.send(SYSTEM_ACTOR, engagement.id, { type: 'START_MISSION' });
    await pipeline.send(SYSTEM_ACTOR, engagement.id, { type: 'COMPLETE_MISSION' });
    const findings = app.get(FindingsService);
    const ids: string[] = [];
    for (let i = 0; i < 150; i += 1) {
      const finding = await findings.create(SYSTEM_ACTOR, engagement.id, {
        kind: 'gap',
        thematicArea: 'uas',
        dimension: 'legal',
        phase: 'prevent',
        level: (i % 4) + 1,
        title: `Les forces de sécurité n’ont pas de mandat pour détecter les drones (${i + 1})`,
        observation: 'Les forces de sécurité ne disposent d’aucun mandat pour détecter les aéronefs sans pilote. '.repeat(3),
        sensitivity: 'restricted',
      });
      await findings.validate(SYSTEM_ACTOR, engagement.id, finding.id);
      ids.push(finding.id);
    }
    await pipeline.send(SYSTEM_ACTOR, engagement.id, { type: 'SUBMIT_ASSESSMENT' });
    const actions = app.get(ActionsService);
    for (let i = 0; i < 100; i += 1) {
      await actions.create(SYSTEM_ACTOR, engagement.id, {
        title: `Adopter des règles pour les drones (${i + 1})`,
        description: 'Rédiger et adopter une réglementation exigeant l’enregistrement des aéronefs sans pilote.',
        findingIds: [ids[i], ids[(i + 50) % 150]],
        thematicArea: 'uas',
        responsibleEntity: 'Ministère de la sécurité',
        priority: 'high',
        timeframe: (['short', 'medium', 'long'] as const)[i % 3],
      });
    }
    await app.get(VersionsService).create(SYSTEM_ACTOR, engagement.id);
    const login = await request(app.getHttpServer()).post('/api/auth/login').send({ email: 'bench@example.org', password: 'bench-password-123' });
    const token = login.body.accessToken as string;
    const url = `/api/engagements/${engagement.id}/roadmap/versions/1/document?lang=fr&audience=government`;
    let started = performance.now();
    await request(app.getHttpServer()).get(url).set('authorization', `Bearer ${token}`).expect(200);
    const first = performance.now() - started;
    const repeats: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      started = performance.now();
      await request(app.getHttpServer()).get(url).set('authorization', `Bearer ${token}`).expect(200);
      repeats.push(performance.now() - started);
    }
    return { first, repeat: median(repeats) };
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function measure(): Promise<Row[]> {
  const document = largeRoadmap();
  const single = new DocumentRenderer(1);
  await single.render(document); // warm: fonts and code loaded once per worker
  const renders: number[] = [];
  for (let i = 0; i < 7; i += 1) {
    const started = performance.now();
    await single.render(document);
    renders.push(performance.now() - started);
  }
  await single.onModuleDestroy();

  const pool = new DocumentRenderer();
  await Promise.all([pool.render(document), pool.render(document)]);
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  await Promise.all(Array.from({ length: 4 }, () => pool.render(document)));
  delay.disable();
  await pool.onModuleDestroy();

  const oneWorker = await throughput(1, 8);
  const withPool = await throughput(Math.max(2, availableParallelism()), 8);
  const http = await repeatDownload();

  return [
    ['first render, large roadmap (150 findings, 100 actions, fr), median of 7', `${round(median(renders), 0)} ms`, '≤ 350 ms'],
    ['first download over HTTP (same roadmap from the database)', `${round(http.first, 0)} ms`, '—'],
    ['repeat download over HTTP (cached, median of 30)', `${round(http.repeat)} ms`, '≤ 10 ms'],
    ['documents per second, one worker', `${round(oneWorker, 2)}`, '—'],
    ['documents per second, pool', `${round(withPool, 2)}`, '—'],
    ['pool / one worker', `${round(withPool / oneWorker, 2)}×`, '≥ 1.8×'],
    ['event loop p99 delay while 4 documents render', `${round(delay.percentile(99) / 1e6)} ms`, '≤ 50 ms'],
  ];
}

runBench('Roadmap documents', measure);
