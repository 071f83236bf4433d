import { useQuery } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useId } from 'react';
import { Link, Redirect, Route, Switch, useLocation } from 'wouter';
import { PageHeading } from './page-heading';
import { NotFoundPage } from './pages/not-found-page';
import { StoriesPage } from './pages/stories-page';
import { QueryState } from './query-state';
import { type TRouterOutputs, useTRPC } from './trpc';

export type TProject = TRouterOutputs['portal']['projects']['projects'][number];

/** The areas of a project, in the order a study runs. */
const AREAS = [
  { path: 'verhalen', label: 'Verhalen' },
  { path: 'vragenlijsten', label: 'Vragenlijsten' },
] as const;

// The designer and its example frameworks load when someone opens it, not with the portal.
const DesignPage = lazy(() => import('./pages/design-page'));
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
          <Link href="~/">Naar je projecten</Link>
        </p>
      </main>
    );
  return (
    <div className="portal-project">
      <ProjectNav projects={projects.data.projects} project={project} />
      <main className="page page-wide portal-main">
        <Switch>
          <Route path="/">
            <Redirect to="/verhalen" replace />
          </Route>
          <Route path="/verhalen">
            <StoriesPage key={project.id} project={project} />
          </Route>
          <Route path="/vragenlijsten">
            <Suspense fallback={<p role="status">Laden…</p>}>
              <FrameworksPage project={project} />
            </Suspense>
          </Route>
          <Route path="/vragenlijsten/ontwerp">
            <Suspense fallback={<p role="status">Ontwerper laden…</p>}>
              <DesignPage project={project} />
            </Suspense>
          </Route>
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </main>
    </div>
  );
}

function ProjectNav({ projects, project }: { projects: TProject[]; project: TProject }) {
  const [location, navigate] = useLocation();
  const selectId = useId();
  const area = AREAS.find((a) => location.startsWith(`/${a.path}`))?.path ?? 'verhalen';
  // A separate button: a select that navigates as the arrow keys pass over it would move a
  // keyboard user to another project before they chose one.
  const switchProject = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const id = new FormData(event.currentTarget).get('project');
    if (typeof id === 'string' && id !== project.id) navigate(`~/p/${id}/${area}`);
  };
  return (
    <nav aria-label="Project" className="portal-nav">
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
        {AREAS.map((a) => (
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
