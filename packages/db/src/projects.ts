import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, ne } from 'drizzle-orm';
import { inTransaction, type TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { projectMembers, projects, type TMemberRole, users } from './schema';

export type TProject = Pick<typeof projects.$inferSelect, 'id' | 'slug' | 'name'>;

export function createProject(
  db: TDbExecutor,
  input: { slug: string; name: string; now: Date },
): TProject {
  if (findProjectBySlug(db, input.slug)) {
    throw new DbConflictError('slug-taken', `Er is al een project met de naam ${input.slug}.`);
  }
  const row = { id: randomUUID(), slug: input.slug, name: input.name };
  db.insert(projects)
    .values({ ...row, createdAt: input.now })
    .run();
  return row;
}

export function findProjectBySlug(db: TDbExecutor, slug: string): TProject | undefined {
  return db
    .select({ id: projects.id, slug: projects.slug, name: projects.name })
    .from(projects)
    .where(eq(projects.slug, slug))
    .get();
}

/** Adds a member, or changes the role of one who is already in. */
export function addProjectMember(
  db: TDbExecutor,
  input: { projectId: string; userId: string; role: TMemberRole; now: Date },
): void {
  db.insert(projectMembers)
    .values({
      projectId: input.projectId,
      userId: input.userId,
      role: input.role,
      createdAt: input.now,
    })
    .onConflictDoUpdate({
      target: [projectMembers.projectId, projectMembers.userId],
      set: { role: input.role },
    })
    .run();
}

/** The user's role in the project, or undefined for a non-member. */
export function findProjectRole(
  db: TDbExecutor,
  projectId: string,
  userId: string,
): TMemberRole | undefined {
  return db
    .select({ role: projectMembers.role })
    .from(projectMembers)
    .where(and(eq(projectMembers.projectId, projectId), eq(projectMembers.userId, userId)))
    .get()?.role;
}

export function listUserProjects(
  db: TDbExecutor,
  userId: string,
): (TProject & { role: TMemberRole })[] {
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      role: projectMembers.role,
    })
    .from(projectMembers)
    .innerJoin(projects, eq(projects.id, projectMembers.projectId))
    .where(eq(projectMembers.userId, userId))
    .orderBy(asc(projects.name))
    .all();
}

export function findProjectById(db: TDbExecutor, id: string): TProject | undefined {
  return db
    .select({ id: projects.id, slug: projects.slug, name: projects.name })
    .from(projects)
    .where(eq(projects.id, id))
    .get();
}

/** Every project of the instance with its number of members, for the admin. */
export function listProjects(db: TDbExecutor): (TProject & { members: number })[] {
  return db
    .select({
      id: projects.id,
      slug: projects.slug,
      name: projects.name,
      members: count(projectMembers.userId),
    })
    .from(projects)
    .leftJoin(projectMembers, eq(projectMembers.projectId, projects.id))
    .groupBy(projects.id)
    .orderBy(asc(projects.name))
    .all();
}

export interface TProjectMember {
  userId: string;
  email: string;
  name: string;
  role: TMemberRole;
  since: Date;
  deactivated: boolean;
}

export function listProjectMembers(db: TDbExecutor, projectId: string): TProjectMember[] {
  return db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      role: projectMembers.role,
      since: projectMembers.createdAt,
      deactivatedAt: users.deactivatedAt,
    })
    .from(projectMembers)
    .innerJoin(users, eq(users.id, projectMembers.userId))
    .where(eq(projectMembers.projectId, projectId))
    .orderBy(asc(users.name), asc(users.email))
    .all()
    .map(({ deactivatedAt, ...member }) => ({ ...member, deactivated: deactivatedAt !== null }));
}

function otherOwners(db: TDbExecutor, projectId: string, userId: string): number {
  return (
    db
      .select({ n: count() })
      .from(projectMembers)
      .where(
        and(
          eq(projectMembers.projectId, projectId),
          eq(projectMembers.role, 'owner'),
          ne(projectMembers.userId, userId),
        ),
      )
      .get()?.n ?? 0
  );
}

/**
 * Changes a member's role; refuses to take the role of the last owner away, so a project
 * always has someone who can manage its team. Returns the role before the change.
 */
export function changeProjectRole(
  db: TDbExecutor,
  input: { projectId: string; userId: string; role: TMemberRole },
): TMemberRole | undefined {
  return inTransaction(db, (tx) => {
    const before = findProjectRole(tx, input.projectId, input.userId);
    if (!before) return undefined;
    if (
      before === 'owner' &&
      input.role !== 'owner' &&
      otherOwners(tx, input.projectId, input.userId) === 0
    ) {
      throw new DbConflictError(
        'last-owner',
        'Dit is de enige eigenaar van het project. Maak eerst iemand anders eigenaar.',
      );
    }
    tx.update(projectMembers)
      .set({ role: input.role })
      .where(
        and(eq(projectMembers.projectId, input.projectId), eq(projectMembers.userId, input.userId)),
      )
      .run();
    return before;
  });
}

/** Removes a member; the last owner stays. Returns the role they had. */
export function removeProjectMember(
  db: TDbExecutor,
  input: { projectId: string; userId: string },
): TMemberRole | undefined {
  return inTransaction(db, (tx) => {
    const before = findProjectRole(tx, input.projectId, input.userId);
    if (!before) return undefined;
    if (before === 'owner' && otherOwners(tx, input.projectId, input.userId) === 0) {
      throw new DbConflictError(
        'last-owner',
        'Dit is de enige eigenaar van het project. Maak eerst iemand anders eigenaar.',
      );
    }
    tx.delete(projectMembers)
      .where(
        and(eq(projectMembers.projectId, input.projectId), eq(projectMembers.userId, input.userId)),
      )
      .run();
    return before;
  });
}
