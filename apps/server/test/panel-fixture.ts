import {
  createApiContext,
  createApiServices,
  createCaller,
  hashPassword,
  type TApiServices,
  type TCookieJar,
} from '@duiding/api';
import {
  addProjectMember,
  createCollection,
  createFramework,
  createFrameworkVersion,
  createProject,
  createUser,
  openDatabase,
  publishFrameworkVersion,
  type TDatabase,
} from '@duiding/db';
import { haaglandenPanelWave1 } from '@duiding/survey';

class Jar implements TCookieJar {
  private readonly values = new Map<string, string>();
  get(name: string) {
    return this.values.get(name);
  }
  set(name: string, value: string) {
    this.values.set(name, value);
  }
  clear(name: string) {
    this.values.delete(name);
  }
}

export const WAVE_OPENS = new Date('2026-11-01T08:00:00Z');
export const WAVE_CLOSES = new Date('2026-11-30T22:00:00Z');

export interface TPanelFixture {
  database: TDatabase;
  services: TApiServices;
  projectId: string;
  waveId: string;
  now(): Date;
  setNow(now: Date): void;
  caller(): ReturnType<typeof createCaller>;
  researcher: ReturnType<typeof createCaller>;
}

/** An in-memory installation with the panel's first wave open and a signed-in researcher. */
export async function createPanelFixture(start: Date): Promise<TPanelFixture> {
  let now = start;
  const database = openDatabase({ file: ':memory:' });
  const db = database.orm;
  const project = createProject(db, {
    slug: 'haaglanden',
    name: 'Kennisnetwerk Jeugd Haaglanden',
    now,
  });
  const framework = createFramework(db, {
    projectId: project.id,
    key: haaglandenPanelWave1.id,
    title: 'Panel',
    now,
  });
  const version = createFrameworkVersion(db, {
    frameworkId: framework.id,
    version: 1,
    definition: haaglandenPanelWave1,
    now,
  });
  publishFrameworkVersion(db, version.id, now);
  const wave = createCollection(db, {
    projectId: project.id,
    frameworkVersionId: version.id,
    slug: 'ronde-1',
    title: 'Ronde 1',
    kind: 'panel_wave',
    opensAt: WAVE_OPENS,
    closesAt: WAVE_CLOSES,
    now,
  });
  const password = 'onderzoeker-wachtwoord-1';
  const user = createUser(db, {
    email: 'onderzoek@example.nl',
    name: 'Onderzoek',
    passwordHash: await hashPassword(password),
    now,
  });
  addProjectMember(db, { projectId: project.id, userId: user.id, role: 'researcher', now });
  const services = createApiServices({
    db,
    clock: () => now,
    publicBaseUrl: () => 'http://panel.test',
  });
  const caller = () =>
    createCaller(() =>
      createApiContext(services, { cookies: new Jar(), secure: false, clientAddress: '192.0.2.9' }),
    );
  const jar = new Jar();
  const researcher = createCaller(() =>
    createApiContext(services, { cookies: jar, secure: false, clientAddress: '192.0.2.1' }),
  );
  await researcher.portal.signIn({ email: 'onderzoek@example.nl', password });
  return {
    database,
    services,
    projectId: project.id,
    waveId: wave.id,
    now: () => now,
    setNow: (next) => {
      now = next;
    },
    caller,
    researcher,
  };
}
