import { listUserProjects, type TMemberRole, type TUser } from '@duiding/db';
import { projectMemberProcedure, protectedProcedure, publicProcedure, router } from '../trpc';
import { signIn, signOut } from './sign-in';
import { ZSignInInput } from './sign-in.schema';
import { projectStories } from './stories';
import { ZProjectStoriesInput } from './stories.schema';

export const portalRouter = router({
  signIn: publicProcedure.input(ZSignInInput).mutation(({ ctx, input }) => signIn(ctx, input)),
  signOut: publicProcedure.mutation(({ ctx }) => signOut(ctx)),
  me: publicProcedure.query(({ ctx }): { user: TUser | null } => ({
    user: ctx.session?.user ?? null,
  })),
  projects: protectedProcedure.query(
    ({ ctx }): { projects: { id: string; slug: string; name: string; role: TMemberRole }[] } => ({
      projects: listUserProjects(ctx.db, ctx.session.user.id),
    }),
  ),
  stories: projectMemberProcedure
    .input(ZProjectStoriesInput)
    .query(({ ctx, input }) => projectStories(ctx, ctx.role, input)),
});
