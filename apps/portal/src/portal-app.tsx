import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Redirect, Route, Switch, useRoute } from 'wouter';
import { PortalLayout } from './layout';
import { PageHeading } from './page-heading';
import { NotFoundPage } from './pages/not-found-page';
import { ProjectArea } from './project-area';
import { QueryState } from './query-state';
import { SignInForm } from './sign-in-form';
import { type TRouterOutputs, useTRPC, useTRPCClient } from './trpc';

// A review group opens only this page; the designer's preview comes with it, on demand.
const ReviewPage = lazy(() => import('./pages/review-page'));
// Pages opened now and then load when opened, not with the portal's first page.
const AccountPage = lazy(() =>
  import('./pages/account-page').then((m) => ({ default: m.AccountPage })),
);
const AdminPage = lazy(() => import('./pages/admin-page').then((m) => ({ default: m.AdminPage })));
const AuditPage = lazy(() => import('./pages/audit-page').then((m) => ({ default: m.AuditPage })));
const InvitationPage = lazy(() =>
  import('./pages/invitation-page').then((m) => ({ default: m.InvitationPage })),
);
const loading = <p role="status">Laden…</p>;

export type TUser = NonNullable<TRouterOutputs['portal']['me']['user']>;

/** The researchers' portal: sign in, then the areas of the chosen project, each at its URL. */
export function PortalApp() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.portal.me.queryOptions());

  const invitation = useRoute('/uitnodiging')[0];
  const review = useRoute('/review')[0];
  if (review)
    return (
      <PortalLayout user={me.data?.user ?? undefined}>
        <main className="page page-wide">
          <Suspense fallback={<p role="status">Laden…</p>}>
            <ReviewPage />
          </Suspense>
        </main>
      </PortalLayout>
    );
  if (invitation)
    return (
      <PortalLayout user={me.data?.user ?? undefined}>
        <main className="page">
          <Suspense fallback={loading}>
            <InvitationPage />
          </Suspense>
        </main>
      </PortalLayout>
    );

  if (me.isPending || me.error)
    return (
      <PortalLayout user={undefined}>
        <main className="page">
          {me.error && (
            <PageHeading title="Niet bereikbaar">Het portaal is nu niet bereikbaar</PageHeading>
          )}
          <QueryState isPending={me.isPending} error={me.error} what="Portaal" />
        </main>
      </PortalLayout>
    );

  const user = me.data.user;
  if (!user)
    return (
      <PortalLayout user={undefined}>
        <main className="page">
          <SignInForm
            signIn={(credentials) => client.portal.signIn.mutate(credentials)}
            onSignedIn={() => {
              // Another person may have used this tab: nothing cached survives a sign-in.
              queryClient.clear();
              void me.refetch();
            }}
          />
        </main>
      </PortalLayout>
    );

  return (
    <PortalLayout user={user}>
      <Suspense fallback={<main className="page">{loading}</main>}>
        <Switch>
          <Route path="/">
            <main className="page">
              <FirstProject />
            </main>
          </Route>
          <Route path="/p/:projectId" nest>
            {(params) => <ProjectArea projectId={params.projectId} />}
          </Route>
          {user.isAdmin && (
            <Route path="/beheer">
              <main className="page page-wide">
                <AdminPage />
              </main>
            </Route>
          )}
          {user.isAdmin && (
            <Route path="/beheer/logboek">
              <main className="page page-wide">
                <InstanceAudit />
              </main>
            </Route>
          )}
          <Route path="/account">
            <main className="page">
              <AccountPage user={user} />
            </main>
          </Route>
          <Route>
            <main className="page">
              <NotFoundPage />
            </main>
          </Route>
        </Switch>
      </Suspense>
    </PortalLayout>
  );
}

/** The portal's start: the first project the person is a member of. */
function FirstProject() {
  const trpc = useTRPC();
  const projects = useQuery(trpc.portal.projects.queryOptions());
  if (!projects.data) return <QueryState isPending error={projects.error} what="Projecten" />;
  const first = projects.data.projects[0];
  // The project's first area the role may use: a collector has no story list.
  if (first) return <Redirect to={`/p/${first.id}`} replace />;
  return (
    <>
      <PageHeading title="Geen project">Nog geen project</PageHeading>
      <p>
        Je bent nog geen lid van een project. Vraag de eigenaar van een project om een uitnodiging.
      </p>
    </>
  );
}

/** Every entry of the instance, for the admin; the person filter lists every account. */
function InstanceAudit() {
  const trpc = useTRPC();
  const users = useQuery(trpc.portal.admin.users.queryOptions());
  return (
    <AuditPage
      title="Logboek van de hele installatie"
      people={users.data?.users.map((u) => ({ id: u.id, label: u.name || u.email }))}
    />
  );
}
