import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { TDbExecutor } from './database';
import { DbConflictError } from './errors';
import { projectMembers, projects, type TMemberRole } from './schema';

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
