import {
  addProjectMember,
  createCollection,
  createProject,
  createPublishedFramework,
  createUser,
  openDatabase,
  type TDatabase,
  type TMemberRole,
} from '@duiding/db';
import { zhzJeugdhulp } from '@duiding/survey';
import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';
import { hashPassword } from '../src/auth/password';
import { RateLimiter } from '../src/auth/rate-limit';
import type { TCookieOptions } from '../src/auth/session';
import {
  createApiContext,
  createApiServices,
  type TApiServices,
  type TCookieJar,
} from '../src/context';
import { describeError, type TAppErrorCode } from '../src/errors';
import { createCaller } from '../src/router';

/** The demo collection's window: 1 Oct 2026 00:00 until 31 Jan 2027 23:59 in Amsterdam. */
export const OPENS_AT = new Date('2026-09-30T22:00:00Z');
export const CLOSES_AT = new Date('2027-01-31T22:59:00Z');
export const DURING = new Date('2026-11-15T10:00:00Z');

export const MEMBER = {
  email: 'onderzoeker@example.nl',
  name: 'Onderzoeker',
  password: 'geheim-wachtwoord-1',
};
export const STRANGER = {
  email: 'buiten@example.nl',
  name: 'Buitenstaander',
  password: 'ander-wachtwoord-2',
};

/** A cookie jar that keeps what the procedures set, like a browser would. */
export class MemoryCookieJar implements TCookieJar {
  readonly values = new Map<string, string>();
  readonly lastOptions = new Map<string, TCookieOptions>();

  get(name: string) {
    return this.values.get(name);
  }
  set(name: string, value: string, options: TCookieOptions) {
    this.values.set(name, value);
    this.lastOptions.set(name, options);
  }
  clear(name: string, options: TCookieOptions) {
    this.values.delete(name);
    this.lastOptions.set(name, options);
  }
}

export interface TTestApi {
  database: TDatabase;
  services: TApiServices;
  projectId: string;
  collectionId: string;
  /** Moves the fixed clock. */
  setNow(now: Date): void;
  /** Makes an account (with a role in the project, or as admin) and returns how to sign in. */
  addUser(options: {
    email: string;
    role?: TMemberRole;
    projectId?: string;
    isAdmin?: boolean;
  }): Promise<{ id: string; email: string; password: string }>;
  /** A caller for one browser: its cookie jar and address persist across calls. */
  caller(options?: {
    cookies?: MemoryCookieJar;
    address?: string;
    secure?: boolean;
  }): ReturnType<typeof createCaller>;
}

/**
 * An in-memory database (or a file, to test a restart) with the real migrations, the ZHZ framework published, the
 * collection "ZHZ vertelt 2026", a member of its project and a stranger.
 */
export async function createTestApi(
  options: { now?: Date; rateLimiter?: RateLimiter; file?: string } = {},
): Promise<TTestApi> {
  let now = options.now ?? DURING;
  const database = openDatabase({ file: options.file ?? ':memory:' });
  const db = database.orm;
  const project = createProject(db, {
    slug: 'zhz',
    name: 'Cliëntervaringsonderzoek Jeugdhulp ZHZ',
    now,
  });
  const [versionId] = createPublishedFramework(db, {
    projectId: project.id,
    versions: [zhzJeugdhulp],
    title: 'ZHZ',
    now,
  });
  const collection = createCollection(db, {
    projectId: project.id,
    frameworkVersionId: versionId!,
    slug: 'zhz-vertelt-2026',
    title: 'ZHZ vertelt 2026',
    kind: 'public',
    opensAt: OPENS_AT,
    closesAt: CLOSES_AT,
    now,
  });
  const member = createUser(db, {
    ...MEMBER,
    passwordHash: await hashPassword(MEMBER.password),
    now,
  });
  createUser(db, { ...STRANGER, passwordHash: await hashPassword(STRANGER.password), now });
  addProjectMember(db, { projectId: project.id, userId: member.id, role: 'researcher', now });

  const services = createApiServices({
    db,
    clock: () => now,
    rateLimiter: options.rateLimiter ?? new RateLimiter(),
  });
  return {
    database,
    services,
    projectId: project.id,
    collectionId: collection.id,
    setNow: (next) => {
      now = next;
    },
    addUser: async ({ email, role, projectId = project.id, isAdmin = false }) => {
      const password = `wachtwoord-voor-${email}`;
      const user = createUser(db, {
        email,
        name: email.split('@')[0]!,
        passwordHash: await hashPassword(password),
        now,
        isAdmin,
      });
      if (role) addProjectMember(db, { projectId, userId: user.id, role, now });
      return { id: user.id, email: user.email, password };
    },
    caller: ({ cookies = new MemoryCookieJar(), address = '203.0.113.7', secure = false } = {}) =>
      // The context is built per call, like per request, so a cookie set by one call counts in the next.
      createCaller(() => createApiContext(services, { cookies, secure, clientAddress: address })),
  };
}

/** Awaits a call that must fail, and returns what the apps would see of the error. */
export async function failure(call: Promise<unknown>) {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should have failed').toBeInstanceOf(TRPCError);
  return describeError(error as TRPCError);
}

export async function expectAppError(call: Promise<unknown>, appCode: TAppErrorCode) {
  const described = await failure(call);
  expect(described.appCode).toBe(appCode);
  return described;
}

/** A participant's answers to the ZHZ participant questions. */
export const PARTICIPANT_ANSWERS: Record<string, unknown> = {
  rol: 'ouder_of_verzorger',
  gemeente: 'dordrecht',
  duur: 'tussen_1_en_3_jaar',
};

/** A complete, valid set of answers to the ZHZ signifiers. */
export const STORY_ANSWERS: Record<string, unknown> = {
  gevoel: 'positief',
  hulp: { a: 0.5, b: 0.3, c: 0.2 },
  regie: 'na',
  belangrijk: { a: 0.2, b: 0.3, c: 0.5 },
  betrokken: 0.7,
  informatie: 0.4,
  tempo: 0.5,
  plekken: { wijkteam: { x: 0.3, y: 0.6 } },
  fase: ['tijdens_de_hulp'],
  wachttijd: 'tussen_2_en_6_weken',
  soort: ['jeugd_ggz'],
};

export function storyInput(collectionId: string, overrides: Record<string, unknown> = {}) {
  return {
    clientId: crypto.randomUUID(),
    collectionId,
    participant: { clientId: crypto.randomUUID(), answers: PARTICIPANT_ANSWERS },
    story: {
      promptId: 'gehoord',
      title: 'Eindelijk iemand die luisterde',
      text: 'Na maanden wachten kwam er een hulpverlener die echt de tijd nam voor ons gezin.',
      language: 'nl' as const,
    },
    answers: STORY_ANSWERS,
    ...overrides,
  };
}
