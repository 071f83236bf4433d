import type { TFramework } from '@duiding/survey/client';
import { readServerError } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Dispatch, type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import type { TDesignerAction, TDesignerState } from '../designer/designer-state';
import { hasChanges } from '../designer/designer-state';
import { FrameworkDesigner } from '../designer/framework-designer';
import { FormMessage, formatMoment } from '../form-message';
import { FormSection } from '../form-section';
import { PageHeading } from '../page-heading';
import { PORTAL_BASE } from '../portal-path';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { type TRouterOutputs, useTRPC } from '../trpc';

type TVersion = TRouterOutputs['portal']['frameworks']['version'];

/** The link a review group opens; the token sits after `#`, so no server log sees it. */
export function reviewLink(token: string): string {
  return `${window.location.origin}${PORTAL_BASE}/review#${token}`;
}

/**
 * One version of a framework in the designer. A draft is saved and published here; saving
 * a published version makes the next draft, so a published version never changes.
 */
export default function VersionPage({
  project,
  versionId,
}: {
  project: TProject;
  versionId: string;
}) {
  const trpc = useTRPC();
  const input = { projectId: project.id, versionId };
  const version = useQuery(trpc.portal.frameworks.version.queryOptions(input));
  const list = useQuery(trpc.portal.frameworks.list.queryOptions({ projectId: project.id }));
  const comments = useQuery(trpc.portal.frameworks.comments.queryOptions(input));
  const siblings =
    list.data?.frameworks
      .find((f) => f.id === version.data?.frameworkId)
      ?.versions.filter((v) => v.id !== versionId) ?? [];
  const [compareId, setCompareId] = useState<string>();
  const defaultCompare = [...siblings]
    .reverse()
    .find((v) => v.version < (version.data?.version ?? 0))?.id;
  const compareVersionId = compareId ?? defaultCompare;
  const compare = useQuery({
    ...trpc.portal.frameworks.version.queryOptions({
      projectId: project.id,
      versionId: compareVersionId ?? '',
    }),
    enabled: compareVersionId !== undefined,
  });
  const id = useId();

  useEffect(() => {
    // The browser's own question: unsaved edits are lost on leaving the page.
    const warn = (event: BeforeUnloadEvent) => {
      if (document.querySelector('[data-unsaved="true"]')) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  if (!version.data)
    return (
      <>
        <PageHeading title="Vragenlijst">Vragenlijst</PageHeading>
        <QueryState isPending={version.isPending} error={version.error} what="Vragenlijst" />
      </>
    );
  const v = version.data;
  const general = comments.data?.comments.filter((c) => c.questionId === '_general') ?? [];
  return (
    <>
      <p>
        <Link href="/vragenlijsten">← Alle vragenlijsten</Link>
      </p>
      <PageHeading title={`${v.title} versie ${v.version}`}>
        {v.title}, versie {v.version} ({v.status === 'published' ? 'gepubliceerd' : 'concept'})
      </PageHeading>
      {v.status === 'published' && (
        <p className="notice">
          Gepubliceerd op {formatMoment(v.publishedAt ?? '')}. Deze versie verandert niet meer; wie
          iets wijzigt en opslaat, maakt een nieuw concept.
        </p>
      )}
      {siblings.length > 0 && (
        <div className="field narrow">
          <label className="field-label" htmlFor={`${id}-compare`}>
            Vergelijken met
          </label>
          <select
            id={`${id}-compare`}
            value={compareVersionId ?? ''}
            onChange={(e) => setCompareId(e.currentTarget.value)}
          >
            {siblings.map((s) => (
              <option key={s.id} value={s.id}>
                Versie {s.version} ({s.status === 'published' ? 'gepubliceerd' : 'concept'})
              </option>
            ))}
          </select>
        </div>
      )}
      {general.length > 0 && (
        <details>
          <summary>Algemene opmerkingen van de meeleesgroep ({general.length})</summary>
          <ul>
            {general.map((c) => (
              <li key={c.id}>
                <strong>{c.authorName ?? 'Anoniem'}</strong> ({formatMoment(c.createdAt)}): {c.body}
              </li>
            ))}
          </ul>
        </details>
      )}
      <FrameworkDesigner
        key={`${v.id}-${v.status}`}
        framework={v.definition}
        compareWith={compare.data?.definition}
        compareTitle={compare.data ? `versie ${compare.data.version}` : undefined}
        comments={(comments.data?.comments ?? []).map((c) => ({
          id: c.id,
          questionId: c.questionId,
          author: c.authorName ?? 'Anoniem',
          text: c.body,
          createdOn: formatMoment(c.createdAt),
        }))}
        toolbar={(state, dispatch) => (
          <VersionToolbar project={project} version={v} state={state} dispatch={dispatch} />
        )}
      />
      {v.status === 'draft' && <ReviewLinks project={project} versionId={v.id} />}
      <CopyAsNew project={project} version={v} />
    </>
  );
}

function VersionToolbar({
  project,
  version,
  state,
  dispatch,
}: {
  project: TProject;
  version: TVersion;
  state: TDesignerState;
  dispatch: Dispatch<TDesignerAction>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const [message, setMessage] = useState<{ error?: unknown; success?: string }>({});
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.portal.frameworks.list.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.portal.frameworks.version.queryKey() }),
    ]);
  const save = useMutation(trpc.portal.frameworks.saveDraft.mutationOptions());
  const publish = useMutation(trpc.portal.frameworks.publish.mutationOptions());
  const copy = useMutation(trpc.portal.frameworks.copy.mutationOptions());
  const definition: TFramework = state.framework;
  const busy = save.isPending || publish.isPending || copy.isPending;

  const saveNow = async () => {
    const saved = await save.mutateAsync({
      projectId: project.id,
      versionId: version.id,
      definition,
    });
    dispatch({ type: 'saved' });
    await refresh();
    return saved;
  };
  const run = async (work: () => Promise<string | undefined>) => {
    try {
      setMessage({ success: await work() });
    } catch (error) {
      setMessage({ error });
    }
  };
  const problems = message.error ? readServerError(message.error).answerErrors : [];

  return (
    <>
      <span data-unsaved={hasChanges(state) ? 'true' : 'false'} hidden />
      <button
        type="button"
        className="button"
        aria-disabled={busy || undefined}
        onClick={() =>
          void run(async () => {
            const saved = await saveNow();
            if (saved.createdDraft) {
              navigate(`/vragenlijsten/versie/${saved.id}`);
              return `Opgeslagen als nieuw concept, versie ${saved.version}.`;
            }
            return 'Het concept is opgeslagen.';
          })
        }
      >
        {version.status === 'published' ? 'Opslaan als nieuw concept' : 'Opslaan'}
      </button>
      {version.status === 'draft' && (
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={busy || undefined}
          onClick={() =>
            void run(async () => {
              if (
                !window.confirm(
                  `Versie ${version.version} publiceren? Daarna verandert ze niet meer.`,
                )
              )
                return undefined;
              if (hasChanges(state)) await saveNow();
              await publish.mutateAsync({ projectId: project.id, versionId: version.id });
              await refresh();
              return `Versie ${version.version} is gepubliceerd.`;
            })
          }
        >
          Publiceren
        </button>
      )}
      {version.status === 'published' && (
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={busy || undefined}
          onClick={() =>
            void run(async () => {
              const made = await copy.mutateAsync({ projectId: project.id, versionId: version.id });
              await refresh();
              navigate(`/vragenlijsten/versie/${made.id}`);
              return `Kopie gemaakt als concept, versie ${made.version}.`;
            })
          }
        >
          Kopie als nieuwe versie
        </button>
      )}
      <div className="designer-message">
        <FormMessage error={message.error} success={message.success} />
        {problems.length > 1 && (
          <ul>
            {problems.map((p) => (
              <li key={`${p.question}:${p.message}`}>
                {p.question}: {p.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

/** Share a draft with a review group: a link without an account, and who still has one. */
function ReviewLinks({ project, versionId }: { project: TProject; versionId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const input = { projectId: project.id, versionId };
  const links = useQuery(trpc.portal.frameworks.reviewLinks.queryOptions(input));
  const refresh = () =>
    queryClient.invalidateQueries({ queryKey: trpc.portal.frameworks.reviewLinks.queryKey(input) });
  const create = useMutation(
    trpc.portal.frameworks.createReviewLink.mutationOptions({ onSuccess: refresh }),
  );
  const revoke = useMutation(
    trpc.portal.frameworks.revokeReviewLink.mutationOptions({ onSuccess: refresh }),
  );
  const [days, setDays] = useState('14');
  return (
    <section aria-labelledby={`${id}-title`} className="designer-check">
      <h2 id={`${id}-title`}>Meelezen door een groep</h2>
      <p>
        Met een reviewlink proberen bewoners en andere betrokkenen het concept op hun eigen telefoon
        en geven ze per vraag een opmerking, zonder account. Hun opmerkingen staan hierboven bij
        elke vraag.
      </p>
      <form
        className="inline-form"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          create.mutate({ ...input, days: Number(days) });
        }}
      >
        <label htmlFor={`${id}-days`}>Werkt zoveel dagen</label>
        <input
          id={`${id}-days`}
          type="number"
          min={1}
          max={90}
          value={days}
          className="input-small"
          onChange={(e) => setDays(e.currentTarget.value)}
        />
        <button
          type="submit"
          className="button button-secondary"
          aria-disabled={create.isPending || undefined}
        >
          Reviewlink maken
        </button>
      </form>
      <FormMessage error={create.error ?? revoke.error} />
      {create.data && (
        <div className="notice" role="status">
          <p>
            Deel deze link met de groep; je ziet hem maar één keer. Hij werkt tot{' '}
            {formatMoment(create.data.expiresAt)}.
          </p>
          <label htmlFor={`${id}-link`} className="field-label">
            Reviewlink
          </label>
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={reviewLink(create.data.token)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      {links.data && links.data.links.length > 0 && (
        <ul>
          {links.data.links.map((link) => (
            <li key={link.id}>
              Gemaakt {formatMoment(link.createdAt)},{' '}
              {link.revoked ? 'ingetrokken' : `werkt tot ${formatMoment(link.expiresAt)}`}
              {!link.revoked && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="button button-secondary"
                    onClick={() => revoke.mutate({ ...input, linkId: link.id })}
                  >
                    Intrekken
                    <span className="visually-hidden">
                      : reviewlink van {formatMoment(link.createdAt)}
                    </span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Last year's framework as the start of this year's: a new framework with its own id. */
function CopyAsNew({ project, version }: { project: TProject; version: TVersion }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const id = useId();
  const [title, setTitle] = useState(`${version.title} (kopie)`);
  const [key, setKey] = useState(`${version.key}_kopie`.slice(0, 64));
  const copy = useMutation(
    trpc.portal.frameworks.copy.mutationOptions({
      onSuccess: async (made) => {
        await queryClient.invalidateQueries({ queryKey: trpc.portal.frameworks.list.queryKey() });
        navigate(`/vragenlijsten/versie/${made.id}`);
      },
    }),
  );
  return (
    <FormSection
      title="Kopiëren naar een nieuwe vragenlijst"
      className="designer-check"
      submitLabel="Kopie maken"
      secondary
      busy={copy.isPending}
      onSubmit={() =>
        copy.mutate({
          projectId: project.id,
          versionId: version.id,
          asNew: { key: key.trim(), title: title.trim() },
        })
      }
      error={copy.error}
    >
      <TextField
        id={`${id}-name`}
        label="Naam van de nieuwe vragenlijst"
        value={title}
        onChange={setTitle}
      />
      <TextField
        id={`${id}-key`}
        label="Id van de nieuwe vragenlijst"
        value={key}
        onChange={setKey}
      />
    </FormSection>
  );
}
