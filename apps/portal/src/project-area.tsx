import { useQuery } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useId } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { PageHeading } from './page-heading';
import { NotFoundPage } from './pages/not-found-page';
import { StoriesPage } from './pages/stories-page';
import { StoryPage } from './pages/story-page';
import { portalPath } from './portal-path';
import { QueryState } from './query-state';
import { type TRouterOutputs, useTRPC } from './trpc';

export type TProject = TRouterOutputs['portal']['projects']['projects'][number];

/** The areas of a project, in the order a study runs. */
type TCapability = TProject['capabilities'][number];

/** The areas of a project, each shown to the roles with the capability it needs. */
const AREAS: readonly { path: string; label: string; needs: TCapability }[] = [
  { path: 'verhalen', label: 'Verhalen', needs: 'stories.read' },
  { path: 'vragenlijsten', label: 'Vragenlijsten', needs: 'frameworks.design' },
  { path: 'verzamelingen', label: 'Verzamelingen', needs: 'collections.manage' },
  { path: 'team', label: 'Team', needs: 'team.manage' },
  { path: 'panel', label: 'Panel', needs: 'panel.manage' },
  { path: 'logboek', label: 'Logboek', needs: 'audit.read' },
  { path: 'invoeren', label: 'Verhalen invoeren', needs: 'stories.enter' },
  { path: 'interpretatie', label: 'Interpretatie', needs: 'interpretation.read' },
  { path: 'rapporten', label: 'Rapporten', needs: 'reports.read' },
  { path: 'moderatie', label: 'Moderatie', needs: 'stories.moderate' },
  { path: 'codeboek', label: 'Codeboek', needs: 'stories.code' },
  { path: 'bewaartermijn', label: 'Bewaartermijn', needs: 'retention.manage' },
  { path: 'uitwisselen', label: 'Uitwisselen', needs: 'exchange.export' },
  { path: 'verkennen', label: 'Verkennen', needs: 'analysis.run' },
  { path: 'patronen', label: 'Patronen', needs: 'analysis.run' },
];

const areasOf = (project: TProject) => AREAS.filter((a) => project.capabilities.includes(a.needs));

// The designer and its example frameworks load when someone opens it, not with the portal.
const VersionPage = lazy(() => import('./pages/version-page'));
// The QR-code library and the dashboard load with their pages.
const CollectionsPage = lazy(() => import('./pages/collections-page'));
const DashboardPage = lazy(() => import('./pages/dashboard-page'));
const PresentationPage = lazy(() => import('./pages/presentation-page'));
// Assisted and paper entry brings the questionnaire's inputs; collectors open it, few others.
const EntryPage = lazy(() => import('./pages/entry-page'));
const TeamPage = lazy(() => import('./pages/team-page').then((m) => ({ default: m.TeamPage })));
const AuditPage = lazy(() => import('./pages/audit-page').then((m) => ({ default: m.AuditPage })));
// Catalysis and the report builder (with the report's own styles) load with their pages.
const CatalysisPage = lazy(() => import('./pages/catalysis-page'));
const ReportsPage = lazy(() => import('./pages/reports-page'));
const ReportPage = lazy(() => import('./pages/report-page'));
// Moderation, coding and the codebook load with their pages.
const ModerationQueuePage = lazy(() =>
  import('./pages/moderation-queue-page').then((m) => ({ default: m.ModerationQueuePage })),
);
const ModerationStoryPage = lazy(() =>
  import('./pages/moderation-story-page').then((m) => ({ default: m.ModerationStoryPage })),
);
const CodebookPage = lazy(() =>
  import('./pages/codebook-page').then((m) => ({ default: m.CodebookPage })),
);
const CodingPage = lazy(() =>
  import('./pages/coding-page').then((m) => ({ default: m.CodingPage })),
);
const RetentionPage = lazy(() =>
  import('./pages/retention-page').then((m) => ({ default: m.RetentionPage })),
);
// Import and export load with their page.
const ExchangePage = lazy(() => import('./pages/exchange-page'));
// The explorer, the pattern list and their charts load when someone opens them.
const ExplorerPage = lazy(() => import('./explorer/explorer-page'));
const PatternsPage = lazy(() => import('./explorer/patterns-page'));
// The panel wave's summary and meeting mode load with their pages (charts, their styles).
const WaveSummaryPage = lazy(() => import('./pages/wave-summary-page'));
const MeetingPage = lazy(() => import('./pages/meeting-page'));
// The professional panel's members, waves and mail load with their pages.
const PanelMembersPage = lazy(() => import('./panel/panel-members-page'));
const PanelWavesPage = lazy(() => import('./panel/panel-waves-page'));
const PanelMailPage = lazy(() => import('./panel/panel-mail-page'));
const FrameworksPage = lazy(() =>
  import('./pages/frameworks-page').then((m) => ({ default: m.FrameworksPage })),
);

/** One project: its navigation and the page of the area in the URL. */
export function ProjectArea({ projectId }: { projectId: string }) {
  const trpc = useTRPC();
  const projects = useQuery(trpc.portal.projects.queryOptions());
  if (!projects.data) return <QueryState isPending error={projects.error} what="Projecten" />;
  const project = projects.data.projects.find((p) => p.id === projectId);
  if (!project)
    return (
      <main className="page">
        <PageHeading title="Geen toegang">Dit project is niet gevonden</PageHeading>
        <p>
          Je bent geen lid van dit project, of het bestaat niet.{' '}
          <Link href={portalPath('/')}>Naar je projecten</Link>
        </p>
      </main>
    );
  return (
    <div className="portal-project">
      <ProjectNav projects={projects.data.projects} project={project} />
      <main className="page page-wide portal-main">
        <Suspense fallback={<p role="status">Laden…</p>}>
          <Switch>
            <Route path="/">
              <Redirect to={`/${areasOf(project)[0]?.path ?? 'verhalen'}`} replace />
            </Route>
            <Route path="/verzamelingen">
              <CollectionsPage project={project} />
            </Route>
            <Route path="/verzamelingen/:collectionId">
              {(params) => <DashboardPage project={project} collectionId={params.collectionId} />}
            </Route>
            <Route path="/verzamelingen/:collectionId/landingspagina">
              {(params) => (
                <PresentationPage project={project} collectionId={params.collectionId} />
              )}
            </Route>
            <Route path="/panel">
              <PanelMembersPage project={project} />
            </Route>
            <Route path="/panel/rondes">
              <PanelWavesPage project={project} />
            </Route>
            <Route path="/panel/mail">
              <PanelMailPage project={project} />
            </Route>
            <Route path="/team">
              <TeamPage project={project} />
            </Route>
            <Route path="/logboek">
              <ProjectAudit project={project} />
            </Route>
            <Route path="/verhalen">
              <StoriesPage key={project.id} project={project} />
            </Route>
            <Route path="/vragenlijsten">
              <FrameworksPage project={project} />
            </Route>
            <Route path="/vragenlijsten/versie/:versionId">
              {(params) => (
                <Suspense fallback={<p role="status">Ontwerper laden…</p>}>
                  <VersionPage
                    key={params.versionId}
                    project={project}
                    versionId={params.versionId}
                  />
                </Suspense>
              )}
            </Route>
            <Route path="/invoeren">
              <EntryPage key={project.id} project={project} />
            </Route>
            <Route path="/interpretatie">
              <CatalysisPage project={project} />
            </Route>
            <Route path="/rapporten">
              <ReportsPage project={project} />
            </Route>
            <Route path="/rapporten/:reportId">
              {(params) => (
                <Suspense fallback={<p role="status">Rapport laden…</p>}>
                  <ReportPage key={params.reportId} project={project} reportId={params.reportId} />
                </Suspense>
              )}
            </Route>
            <Route path="/moderatie">
              <ModerationQueuePage project={project} />
            </Route>
            <Route path="/moderatie/:storyId">
              {(params) => <ModerationStoryPage project={project} storyId={params.storyId} />}
            </Route>
            <Route path="/codeboek">
              <CodebookPage project={project} />
            </Route>
            <Route path="/verhalen/:storyId/coderen">
              {(params) => (
                <CodingPage key={params.storyId} project={project} storyId={params.storyId} />
              )}
            </Route>
            <Route path="/bewaartermijn">
              <RetentionPage project={project} />
            </Route>
            <Route path="/verhalen/:storyId">
              {(params) => (
                <StoryPage key={params.storyId} project={project} storyId={params.storyId} />
              )}
            </Route>
            <Route path="/uitwisselen">
              <ExchangePage project={project} />
            </Route>
            <Route path="/verkennen">
              <ExplorerPage key={project.id} project={project} />
            </Route>
            <Route path="/patronen">
              <PatternsPage key={project.id} project={project} />
            </Route>
            <Route path="/panel/rondes/:collectionId/samenvatting">
              {(params) =>
                project.capabilities.includes('analysis.run') ? (
                  <WaveSummaryPage
                    key={params.collectionId}
                    project={project}
                    collectionId={params.collectionId}
                  />
                ) : (
                  <NotFoundPage />
                )
              }
            </Route>
            <Route path="/panel/rondes/:collectionId/bijeenkomst">
              {(params) =>
                project.capabilities.includes('analysis.run') ? (
                  <MeetingPage
                    key={params.collectionId}
                    project={project}
                    collectionId={params.collectionId}
                  />
                ) : (
                  <NotFoundPage />
                )
              }
            </Route>
            <Route>
              <NotFoundPage />
            </Route>
          </Switch>
        </Suspense>
      </main>
    </div>
  );
}

function ProjectNav({ projects, project }: { projects: TProject[]; project: TProject }) {
  const [location, navigate] = useLocation();
  const selectId = useId();
  const areas = areasOf(project);
  const area = areas.find((a) => location.startsWith(`/${a.path}`))?.path ?? areas[0]?.path ?? '';
  // A separate button: a select that navigates as the arrow keys pass over it would move a
  // keyboard user to another project before they chose one.
  const switchProject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = new FormData(event.currentTarget).get('project');
    if (typeof id === 'string' && id !== project.id) navigate(portalPath(`/p/${id}/${area}`));
  };
  return (
    <nav aria-label="Projectmenu" className="portal-nav">
      {projects.length > 1 ? (
        <form onSubmit={switchProject} className="project-switch" key={project.id}>
          <label htmlFor={selectId} className="field-label">
            Project
          </label>
          <select id={selectId} name="project" defaultValue={project.id}>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button-secondary">
            Openen
          </button>
        </form>
      ) : (
        <p className="project-name">{project.name}</p>
      )}
      <ul>
        {areas.map((a) => (
          <li key={a.path}>
            <Link href={`/${a.path}`} aria-current={a.path === area ? 'page' : undefined}>
              {a.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The project's log; the person filter lists the team when the viewer may see it. */
function ProjectAudit({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const team = useQuery({
    ...trpc.portal.team.list.queryOptions({ projectId: project.id }),
    enabled: project.capabilities.includes('team.manage'),
  });
  return (
    <AuditPage
      projectId={project.id}
      title={`Logboek · ${project.name}`}
      people={team.data?.members.map((m) => ({ id: m.userId, label: m.name || m.email }))}
    />
  );
}
