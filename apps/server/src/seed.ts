import { amsterdamDay, amsterdamTime, generatePassword, hashPassword } from '@duiding/api';
import {
  addProjectMember,
  createAuditedUser,
  createCollection,
  createProject,
  createPublishedFramework,
  findPlatformFact,
  findProjectBySlug,
  findProjectRole,
  findUserByEmail,
  insertStoryOnce,
  inTransaction,
  recordPlatformFactOnce,
  setUserAdmin,
  type TDbExecutor,
} from '@duiding/db';
import { generateDemoStories } from '@duiding/demo';
import {
  haaglandenPanelWave1,
  haaglandenPanelWave2,
  validateResponse,
  zhzJeugdhulp,
  zhzVerteltLanding,
  zhzVerteltTheme,
} from '@duiding/survey';

export const DEMO_PROJECT = {
  slug: 'zhz-jeugdhulp',
  name: 'Cliëntervaringsonderzoek Jeugdhulp ZHZ',
};
export const DEMO_COLLECTION_SLUG = 'zhz-vertelt-2026';
export const DEMO_STORY_COUNT = 300;
const DEMO_SEED = 2026;
export const DEFAULT_ADMIN_EMAIL = 'admin@duiding.local';

export type TDemoSeedResult =
  | { seeded: false }
  | {
      seeded: true;
      projectId: string;
      collectionId: string;
      stories: number;
      opensAt: Date;
      closesAt: Date;
    };

/**
 * The window of "ZHZ vertelt 2026": 1 October 2026 until 31 January 2027 23:59 in
 * Amsterdam. When `now` falls outside it, the demo opens today for four months instead,
 * so a fresh installation always has a collection to tell a story in.
 */
export function demoCollectionWindow(now: Date): { opensAt: Date; closesAt: Date } {
  const opensAt = amsterdamTime(2026, 10, 1);
  const closesAt = amsterdamTime(2027, 1, 31, 23, 59);
  if (now >= opensAt && now < closesAt) return { opensAt, closesAt };
  const [year, month, day] = amsterdamDay(now).split('-').map(Number) as [number, number, number];
  return {
    opensAt: amsterdamTime(year, month, day),
    closesAt: amsterdamTime(year, month + 4, day),
  };
}

/**
 * Seeds the demo project once: both example frameworks (published), the public
 * collection and generated demo stories. A mark in the database keeps a restart from
 * seeding again; all of it is one transaction, so a crash leaves no half demo.
 */
export function seedDemoOnce(db: TDbExecutor, now: Date): TDemoSeedResult {
  if (findPlatformFact(db, 'demo-seeded') !== undefined) return { seeded: false };
  return inTransaction(db, (tx) => {
    const project = createProject(tx, { ...DEMO_PROJECT, now });
    const zhzVersion = createPublishedFramework(tx, {
      projectId: project.id,
      versions: [zhzJeugdhulp],
      now,
    })[0]!;
    createPublishedFramework(tx, {
      projectId: project.id,
      versions: [haaglandenPanelWave1, haaglandenPanelWave2],
      now,
    });

    const window = demoCollectionWindow(now);
    const collection = createCollection(tx, {
      projectId: project.id,
      frameworkVersionId: zhzVersion,
      slug: DEMO_COLLECTION_SLUG,
      title: 'ZHZ vertelt 2026',
      kind: 'public',
      ...window,
      landing: zhzVerteltLanding,
      theme: zhzVerteltTheme,
      now,
    });

    // Demo stories fall between the opening and today, never in the future.
    const lastDay = amsterdamDay(
      now < window.closesAt ? now : new Date(window.closesAt.getTime() - 1),
    );
    const { stories } = generateDemoStories({
      framework: zhzJeugdhulp,
      count: DEMO_STORY_COUNT,
      seed: DEMO_SEED,
      window: { from: amsterdamDay(window.opensAt), to: lastDay },
    });
    let stored = 0;
    stories.forEach((story, index) => {
      // The generator is checked by its own tests; a story that does not validate is skipped
      // rather than stored with answers the portal cannot read.
      const participant = validateResponse(zhzJeugdhulp, story.participantAnswers, {
        scope: 'participant',
      });
      const answers = validateResponse(zhzJeugdhulp, story.answers, {
        scope: 'story',
        context: story.participantAnswers,
      });
      if (!participant.ok || !answers.ok) return;
      insertStoryOnce(tx, {
        clientId: `demo-${DEMO_SEED}-${story.id}`,
        collectionId: collection.id,
        participant: {
          clientId: `demo-${DEMO_SEED}-${story.participantId}`,
          answers: participant.value,
        },
        promptId: story.promptId,
        title: story.title,
        text: story.text,
        language: story.language,
        channel: story.channel,
        // Most demo stories are moderated already; some wait, so moderation has work to show.
        status: index % 10 === 0 ? 'pending' : 'approved',
        answers: answers.value,
        createdOn: story.createdOn,
      });
      stored++;
    });

    recordPlatformFactOnce(tx, 'demo-seeded', { projectId: project.id, stories: stored }, now);
    return {
      seeded: true,
      projectId: project.id,
      collectionId: collection.id,
      stories: stored,
      ...window,
    };
  });
}

export type TEnsureAdminResult =
  | { created: false; email: string }
  | { created: true; email: string; generatedPassword: string | null };

/**
 * Makes sure the first admin exists and owns the demo project. An existing account is
 * left as it is (its password is not reset by a restart).
 */
export async function ensureFirstAdmin(
  db: TDbExecutor,
  { email, password, now }: { email?: string; password?: string; now: Date },
): Promise<TEnsureAdminResult> {
  const adminEmail = email?.trim() || DEFAULT_ADMIN_EMAIL;
  const existing = findUserByEmail(db, adminEmail);
  const demo = findProjectBySlug(db, DEMO_PROJECT.slug);
  if (existing) {
    if (demo && !findProjectRole(db, demo.id, existing.id)) {
      addProjectMember(db, { projectId: demo.id, userId: existing.id, role: 'owner', now });
    }
    // Installations from before instance admins existed: the first admin becomes one.
    if (!existing.isAdmin) setUserAdmin(db, existing.id, true);
    return { created: false, email: existing.email };
  }
  const generatedPassword = password ? null : generatePassword();
  const passwordHash = await hashPassword(password ?? generatedPassword!);
  const user = createAuditedUser(
    db,
    {
      email: adminEmail,
      name: 'Beheerder',
      passwordHash,
      now,
      actorUserId: null,
      via: 'first-admin',
      isAdmin: true,
    },
    (tx, made) => {
      if (demo) addProjectMember(tx, { projectId: demo.id, userId: made.id, role: 'owner', now });
      recordPlatformFactOnce(tx, 'first-admin', { userId: made.id }, now);
    },
  );
  return { created: true, email: user.email, generatedPassword };
}
