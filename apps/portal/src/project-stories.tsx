import { readServerError } from '@duiding/ui';
import { useEffect, useId, useState } from 'react';
import { api } from './api';
import type { TUser } from './portal-app';
import { StoryCard, type TStoryView } from './story-card';

type TProjects = Awaited<ReturnType<typeof api.portal.projects.query>>['projects'];
type TStoriesPage = Awaited<ReturnType<typeof api.portal.stories.query>>;

/** The signed-in person's projects, and the stories of the one chosen, newest first. */
export function ProjectStories({ user, onSignOut }: { user: TUser; onSignOut: () => void }) {
  const [projects, setProjects] = useState<TProjects>();
  const [projectId, setProjectId] = useState<string>();
  const [page, setPage] = useState<TStoriesPage>();
  const [stories, setStories] = useState<TStoryView[]>([]);
  const [error, setError] = useState<string>();
  const [loadingMore, setLoadingMore] = useState(false);
  // Each page names the collections of its stories; keep them all for earlier pages.
  const [collections, setCollections] = useState(
    new Map<string, TStoriesPage['collections'][number]>(),
  );
  const addCollections = (list: TStoriesPage['collections']) =>
    setCollections((known) => new Map([...known, ...list.map((c) => [c.id, c] as const)]));
  const selectId = useId();

  useEffect(() => {
    api.portal.projects
      .query()
      .then(({ projects }) => {
        setProjects(projects);
        setProjectId(projects[0]?.id);
      })
      .catch((e: unknown) => setError(readServerError(e).message));
  }, []);

  useEffect(() => {
    if (!projectId) return;
    setPage(undefined);
    setStories([]);
    api.portal.stories
      .query({ projectId })
      .then((result) => {
        setPage(result);
        setStories(result.stories);
        addCollections(result.collections);
      })
      .catch((e: unknown) => setError(readServerError(e).message));
  }, [projectId]);

  const loadMore = async () => {
    if (!projectId || !page?.nextCursor) return;
    setLoadingMore(true);
    try {
      const result = await api.portal.stories.query({ projectId, cursor: page.nextCursor });
      setPage(result);
      setStories((list) => [...list, ...result.stories]);
      addCollections(result.collections);
    } catch (e) {
      setError(readServerError(e).message);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <>
      <div className="toolbar">
        <p>
          Ingelogd als <strong>{user.name || user.email}</strong>
        </p>
        <button type="button" className="button button-secondary" onClick={onSignOut}>
          Uitloggen
        </button>
      </div>
      <h1>Verhalen</h1>
      {error && (
        <div className="alert" role="alert">
          <p>{error}</p>
        </div>
      )}
      {projects && projects.length === 0 && <p>Je bent nog geen lid van een project.</p>}
      {projects && projects.length > 0 && (
        <div className="field">
          <label className="field-label" htmlFor={selectId}>
            Project
          </label>
          <select
            id={selectId}
            value={projectId}
            onChange={(event) => setProjectId(event.currentTarget.value)}
          >
            {projects.map((project) => (
              <option key={project.id} value={project.id}>
                {project.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {projectId && !page && !error && <p role="status">Verhalen laden…</p>}
      {page && (
        <section aria-label="Verhalen van dit project">
          <p role="status">
            {stories.length === 0
              ? 'Dit project heeft nog geen verhalen.'
              : `${stories.length} verhalen${page.nextCursor ? ' (er zijn er meer)' : ''}`}
          </p>
          {stories.map((story) => {
            const collection = collections.get(story.collectionId);
            return (
              <StoryCard
                key={story.id}
                story={story}
                framework={collection?.framework}
                collectionTitle={collection?.title}
              />
            );
          })}
          {page.nextCursor && (
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={loadingMore || undefined}
              onClick={() => void loadMore()}
            >
              {loadingMore ? 'Laden…' : 'Meer verhalen laden'}
            </button>
          )}
        </section>
      )}
    </>
  );
}
