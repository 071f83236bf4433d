import { randomBytes } from 'node:crypto';
import { newPanelMember, openWaveForPanel, type TPanelServices } from '@duiding/api';
import {
  addPanelMembers,
  createCollection,
  findFrameworkByKey,
  findFrameworkVersion,
  findPlatformFact,
  findProjectBySlug,
  listProjectFrameworks,
  recordPlatformFactOnce,
  storePanelAnswer,
} from '@duiding/db';
import { generateDemoPanelResponses } from '@duiding/demo';
import { haaglandenPanelWave1, validateResponse } from '@duiding/survey';
import { DEMO_PROJECT } from './seed';

const DAY = 24 * 60 * 60 * 1000;

/** The demo panel's members: example.org addresses, which no mail server delivers to. */
export const DEMO_PANEL_MEMBERS = [
  ['Sanne Bakker', 'CJG Delft', 'Delft', 'jeugdprofessional'],
  ['Mohamed El Amrani', 'Jeugdformaat', 'Den Haag', 'gezinsbegeleider'],
  ['Lotte de Graaf', 'Youz', 'Zoetermeer', 'gedragswetenschapper'],
  ['Daan Visser', 'Wijkteam Westland', 'Westland', 'jeugdprofessional'],
  ['Priya Ramdin', 'Jeugdbescherming West', 'Den Haag', 'jeugdbeschermer'],
  ['Tim Hoekstra', 'CJG Rijswijk', 'Rijswijk', 'teamleider'],
].map(([name, organisation, municipality, role], i) => ({
  name: name!,
  email: `panellid${i + 1}@example.org`,
  organisation: organisation!,
  municipality: municipality!,
  role: role!,
}));

/**
 * The demo's panel, once: wave 1 (werken in de coronatijd) closed with 40 generated
 * answers, so its results show; wave 2 (samenwerken met het onderwijs) open for a month,
 * with six demo members invited. Their invitations land in the mail folder.
 */
export async function seedDemoPanelOnce(services: TPanelServices): Promise<{ seeded: boolean }> {
  const db = services.db;
  if (findPlatformFact(db, 'demo-panel-seeded') !== undefined) return { seeded: false };
  const project = findProjectBySlug(db, DEMO_PROJECT.slug);
  const framework = project && findFrameworkByKey(db, project.id, haaglandenPanelWave1.id);
  if (!project || !framework) return { seeded: false };
  const versions = listProjectFrameworks(db, project.id)
    .find((f) => f.id === framework.id)!
    .versions.sort((a, b) => a.version - b.version);
  if (
    !recordPlatformFactOnce(db, 'demo-panel-seeded', { projectId: project.id }, services.clock())
  ) {
    return { seeded: false };
  }
  const now = services.clock();
  const wave1 = createCollection(db, {
    projectId: project.id,
    frameworkVersionId: versions[0]!.id,
    slug: 'panel-ronde-1-corona',
    title: 'Ronde 1: werken in de coronatijd',
    kind: 'panel_wave',
    opensAt: new Date(now.getTime() - 120 * DAY),
    closesAt: new Date(now.getTime() - 90 * DAY),
    now,
  });
  const wave2 = createCollection(db, {
    projectId: project.id,
    frameworkVersionId: versions[1]!.id,
    slug: 'panel-ronde-2-onderwijs',
    title: 'Ronde 2: samenwerken met het onderwijs',
    kind: 'panel_wave',
    opensAt: new Date(now.getTime() - DAY),
    closesAt: new Date(now.getTime() + 30 * DAY),
    now,
  });
  await openWaveForPanel(services, wave1, { reminderAfterDays: 7, maxReminders: 2 });
  const definition = findFrameworkVersion(db, versions[0]!.id)!.definition;
  const { responses } = generateDemoPanelResponses({
    waves: [definition],
    countPerWave: 40,
    seed: 2026,
  });
  for (const response of responses) {
    const profile = validateResponse(definition, response.participantAnswers, {
      scope: 'participant',
    });
    const answers = validateResponse(definition, response.answers, {
      context: response.participantAnswers,
    });
    if (!profile.ok || !answers.ok) continue;
    storePanelAnswer(db, {
      collectionId: wave1.id,
      // Demo answers paid with no token: a random hash stands in for it.
      tokenHash: randomBytes(32).toString('hex'),
      answers: { ...profile.value, ...answers.value },
      receivedOn: response.createdOn,
    });
  }
  addPanelMembers(
    db,
    project.id,
    DEMO_PANEL_MEMBERS.map((profile) =>
      newPanelMember(services, {
        projectId: project.id,
        projectName: project.name,
        profile,
        consent: {
          at: now,
          text: 'Demo: toestemming voor deelname aan het professionalpanel.',
          source: 'demo',
          recordedByUserId: null,
        },
      }),
    ),
    now,
  );
  await openWaveForPanel(services, wave2, { reminderAfterDays: 7, maxReminders: 2 });
  return { seeded: true };
}
