import { afterEach, describe, expect, it } from 'vitest';
import { NOW } from '../test/fixtures';
import {
  addProjectMember,
  createAuditedUser,
  createProject,
  createSession,
  createUser,
  DbConflictError,
  deleteExpiredSessions,
  findProjectRole,
  findSessionUser,
  findUserByEmail,
  listAuditEntries,
  listUserProjects,
  openDatabase,
  type TDatabase,
} from './index';

let database: TDatabase | undefined;
afterEach(() => database?.close());

describe('users and sessions', () => {
  it('finds a user by e-mail regardless of case, and refuses the same address twice', () => {
    database = openDatabase({ file: ':memory:' });
    const db = database.orm;
    const user = createUser(db, {
      email: ' Anna@Example.nl ',
      name: 'Anna',
      passwordHash: 'h',
      now: NOW,
    });

    expect(user.email).toBe('anna@example.nl');
    expect(findUserByEmail(db, 'ANNA@example.nl')?.id).toBe(user.id);
    expect(() =>
      createUser(db, { email: 'anna@example.nl', name: 'A', passwordHash: 'h', now: NOW }),
    ).toThrow(DbConflictError);
  });

  it('finds the user of a session until it expires', () => {
    database = openDatabase({ file: ':memory:' });
    const db = database.orm;
    const user = createUser(db, { email: 'a@b.nl', name: 'A', passwordHash: 'h', now: NOW });
    const expiresAt = new Date(NOW.getTime() + 60_000);
    createSession(db, { tokenHash: 'hash', userId: user.id, now: NOW, expiresAt });

    expect(findSessionUser(db, 'hash', NOW)?.user).toEqual(user);
    expect(findSessionUser(db, 'other', NOW)).toBeUndefined();
    expect(findSessionUser(db, 'hash', expiresAt)).toBeUndefined();
    expect(deleteExpiredSessions(db, expiresAt)).toBe(1);
  });

  it('gives members their role and non-members none', () => {
    database = openDatabase({ file: ':memory:' });
    const db = database.orm;
    const member = createUser(db, { email: 'm@b.nl', name: 'M', passwordHash: 'h', now: NOW });
    const stranger = createUser(db, { email: 's@b.nl', name: 'S', passwordHash: 'h', now: NOW });
    const project = createProject(db, { slug: 'p', name: 'Project', now: NOW });
    addProjectMember(db, { projectId: project.id, userId: member.id, role: 'analyst', now: NOW });
    addProjectMember(db, { projectId: project.id, userId: member.id, role: 'owner', now: NOW });

    expect(findProjectRole(db, project.id, member.id)).toBe('owner');
    expect(findProjectRole(db, project.id, stranger.id)).toBeUndefined();
    expect(listUserProjects(db, member.id)).toEqual([{ ...project, role: 'owner' }]);
    expect(() =>
      addProjectMember(db, {
        projectId: project.id,
        userId: member.id,
        role: 'king' as never,
        now: NOW,
      }),
    ).toThrow(/CHECK/);
  });
});

describe('createAuditedUser', () => {
  it('writes the account and its audit entry together, or neither', () => {
    database = openDatabase({ file: ':memory:' });
    const db = database.orm;
    const input = {
      email: 'Nieuw@Example.nl',
      name: 'Nieuw',
      passwordHash: 'x',
      now: NOW,
      actorUserId: null,
      via: 'cli',
    };
    const user = createAuditedUser(db, input);
    expect(listAuditEntries(db, { subject: `user:${user.id}` })).toMatchObject([
      { action: 'user.create', details: { via: 'cli' } },
    ]);

    expect(() =>
      createAuditedUser(db, { ...input, email: 'ander@example.nl' }, () => {
        throw new Error('de rol kon niet worden opgeslagen');
      }),
    ).toThrow('de rol');
    expect(findUserByEmail(db, 'ander@example.nl')).toBeUndefined();
    expect(listAuditEntries(db)).toHaveLength(1);
  });
});
