import { createProject, MEMBER_ROLES, type TMemberRole } from '@duiding/db';
import type { AnyProcedure } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApi, failure, MemoryCookieJar, type TTestApi } from '../../test/harness';
import { roleAllows, type TAccess, type TProcedureMeta } from '../permissions';
import { portalRouter } from './router';

// Sign-ins run scrypt; on a busy machine many of them take seconds.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

/*
 * Every portal procedure × every caller, checked against the permission table. The list of
 * procedures comes from the router itself, so a new procedure is in the matrix at once,
 * and one without an access entry fails. Each call carries only the project id: a caller
 * who is let in then fails on the rest of the input (or reads), so nothing changes.
 */

type TCaller =
  | { kind: 'anonymous' }
  | { kind: 'role'; role: TMemberRole }
  | { kind: 'other' }
  | { kind: 'admin' };

const CALLERS: TCaller[] = [
  { kind: 'anonymous' },
  ...MEMBER_ROLES.map((role): TCaller => ({ kind: 'role', role })),
  { kind: 'other' },
  { kind: 'admin' },
];

function callerName(caller: TCaller): string {
  return caller.kind === 'role' ? caller.role : caller.kind;
}

type TExpected = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN';

/** What the permission table says for this caller, written out independently of access.ts. */
function expected(access: TAccess, caller: TCaller): TExpected {
  if (access.kind === 'public') return 'allowed';
  if (caller.kind === 'anonymous') return 'UNAUTHORIZED';
  if (access.kind === 'signedIn') return 'allowed';
  if (access.kind === 'admin') return caller.kind === 'admin' ? 'allowed' : 'FORBIDDEN';
  return caller.kind === 'role' && roleAllows(caller.role, access.capability)
    ? 'allowed'
    : 'FORBIDDEN';
}

const procedures = Object.entries(
  portalRouter._def.procedures as unknown as Record<string, AnyProcedure>,
);

let api: TTestApi;
const browsers = new Map<string, ReturnType<TTestApi['caller']>>();
const credentials = new Map<string, { email: string; password: string }>();

beforeAll(async () => {
  api = await createTestApi();
  for (const caller of CALLERS) {
    const name = callerName(caller);
    if (caller.kind === 'anonymous') {
      browsers.set(name, api.caller({ cookies: new MemoryCookieJar() }));
      continue;
    }
    let projectId = api.projectId;
    let role: TMemberRole | undefined = caller.kind === 'role' ? caller.role : undefined;
    if (caller.kind === 'other') {
      // An owner of another project: every right there, none here.
      projectId = createProject(api.database.orm, {
        slug: 'ander',
        name: 'Ander',
        now: new Date(),
      }).id;
      role = 'owner';
    }
    const user = await api.addUser({
      email: `${name}@example.nl`,
      role,
      projectId,
      isAdmin: caller.kind === 'admin',
    });
    credentials.set(name, user);
    const browser = api.caller({
      cookies: new MemoryCookieJar(),
      address: `192.0.2.${browsers.size + 1}`,
    });
    await browser.portal.signIn(user);
    browsers.set(name, browser);
  }
});
afterAll(() => api?.database.close());

function byPath(root: unknown, path: string): (input?: unknown) => Promise<unknown> {
  let node = root as Record<string, unknown>;
  for (const part of path.split('.')) node = node[part] as Record<string, unknown>;
  return node as unknown as (input?: unknown) => Promise<unknown>;
}

describe('authorization matrix', () => {
  it('covers the whole portal router, and every procedure says what it needs', () => {
    expect(procedures.length).toBeGreaterThan(20);
    const missing = procedures
      .filter(([, procedure]) => !(procedure._def.meta as TProcedureMeta | undefined)?.access)
      .map(([path]) => path);
    expect(missing, 'procedures without an access entry in their meta').toEqual([]);
  });

  for (const [path, procedure] of procedures) {
    const access = (procedure._def.meta as TProcedureMeta | undefined)?.access;
    if (!access) continue;
    it(`${path} (${access.kind === 'project' || access.kind === 'admin' ? access.capability : access.kind})`, async () => {
      const outcomes: Record<string, TExpected | string> = {};
      const wanted: Record<string, TExpected> = {};
      for (const caller of CALLERS) {
        const name = callerName(caller);
        let browser = browsers.get(name)!;
        // Signing out is one of the procedures; sign in again when it happened.
        const login = credentials.get(name);
        if (login && (await browser.portal.me()).user === null) {
          browser = api.caller({
            cookies: new MemoryCookieJar(),
            address: `198.51.100.${Object.keys(outcomes).length + 1}`,
          });
          await browser.portal.signIn(login);
          browsers.set(name, browser);
        }
        const outcome = await byPath(
          browser.portal,
          path,
        )({ projectId: api.projectId }).then(
          () => 'allowed' as const,
          async (error: unknown) => {
            // A path that names no procedure would look "allowed"; it must not happen.
            expect(String(error)).not.toMatch(/No procedure found/i);
            const described = await failure(Promise.reject(error));
            return described.appCode === 'UNAUTHORIZED' || described.appCode === 'FORBIDDEN'
              ? described.appCode
              : 'allowed';
          },
        );
        outcomes[name] = outcome;
        wanted[name] = expected(access, caller);
      }
      expect(outcomes).toEqual(wanted);
    });
  }

  it('refuses with a Dutch message that says why', async () => {
    const interpreter = browsers.get('interpreter')!;
    const refused = await failure(interpreter.portal.team.list({ projectId: api.projectId }));
    expect(refused.message).toBe('Dit mag je niet met jouw rol in dit project.');
    const other = await failure(
      browsers.get('other')!.portal.team.list({ projectId: api.projectId }),
    );
    expect(other.message).toBe('Je bent geen lid van dit project.');
    const notAdmin = await failure(browsers.get('owner')!.portal.admin.users());
    expect(notAdmin.message).toBe('Dit kan alleen een beheerder van Duiding.');
  });
});
