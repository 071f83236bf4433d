import { blankFramework, exampleFrameworks, type TFramework, uniqueId } from '@duiding/survey';
import { readServerError } from '@duiding/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { FormMessage, formatMoment } from '../form-message';
import { FormSection } from '../form-section';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { TextField } from '../text-field';
import { useTRPC } from '../trpc';

/** Where a new framework starts: blank, or a copy of an example. */
const STARTS: { value: string; label: string; make: () => TFramework }[] = [
  {
    value: 'verhalen',
    label: 'Leeg, voor verhalen',
    make: () => blankFramework('nieuwe_vragenlijst'),
  },
  {
    value: 'panel',
    label: 'Leeg, voor een panel',
    make: () => blankFramework('nieuwe_vragenlijst', 'panel'),
  },
  ...exampleFrameworks.map((f) => ({
    value: `${f.id}-${f.version}`,
    label: `Kopie van het voorbeeld "${f.title.nl}" (versie ${f.version})`,
    make: () => structuredClone(f),
  })),
];

/** The project's frameworks and their versions; start a new one or import a file. */
export function FrameworksPage({ project }: { project: TProject }) {
  const trpc = useTRPC();
  const list = useQuery(trpc.portal.frameworks.list.queryOptions({ projectId: project.id }));
  const versionLink = (versionId: string) => `/vragenlijsten/versie/${versionId}`;
  return (
    <>
      <PageHeading title={`Vragenlijsten · ${project.name}`}>Vragenlijsten</PageHeading>
      {!list.data && (
        <QueryState isPending={list.isPending} error={list.error} what="Vragenlijsten" />
      )}
      {list.data && list.data.frameworks.length === 0 && (
        <p>Dit project heeft nog geen vragenlijsten.</p>
      )}
      {list.data?.frameworks.map((framework) => (
        <section
          key={framework.id}
          className="framework-card"
          aria-labelledby={`fw-${framework.id}`}
        >
          <h2 id={`fw-${framework.id}`}>{framework.title}</h2>
          <p className="story-meta">Id: {framework.key}</p>
          <ul className="link-list">
            {[...framework.versions].reverse().map((v) => (
              <li key={v.id}>
                <Link href={versionLink(v.id)}>
                  Versie {v.version}:{' '}
                  {v.status === 'published'
                    ? `gepubliceerd op ${formatMoment(v.publishedAt ?? v.createdAt)}`
                    : `concept van ${formatMoment(v.createdAt)}`}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {project.capabilities.includes('frameworks.design') && (
        <>
          <NewFrameworkForm
            project={project}
            versionLink={versionLink}
            takenKeys={new Set(list.data?.frameworks.map((f) => f.key))}
          />
          <ImportForm project={project} versionLink={versionLink} />
        </>
      )}
    </>
  );
}

function NewFrameworkForm({
  project,
  versionLink,
  takenKeys,
}: {
  project: TProject;
  versionLink: (id: string) => string;
  takenKeys: ReadonlySet<string>;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const id = useId();
  const [title, setTitle] = useState('');
  const [key, setKey] = useState('');
  const [start, setStart] = useState(STARTS[0]!.value);
  const create = useMutation(
    trpc.portal.frameworks.create.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries({ queryKey: trpc.portal.frameworks.list.queryKey() });
        navigate(versionLink(created.id));
      },
    }),
  );
  const submit = () => {
    const chosen = STARTS.find((s) => s.value === start) ?? STARTS[0]!;
    const definition = chosen.make();
    create.mutate({
      projectId: project.id,
      title: title.trim(),
      definition: {
        ...definition,
        id: key.trim() || uniqueId(title.trim() || definition.id, takenKeys),
        version: 1,
        title: { ...definition.title, nl: title.trim() || definition.title.nl },
      },
    });
  };
  return (
    <FormSection
      title="Nieuwe vragenlijst"
      submitLabel="Concept maken"
      busy={create.isPending}
      onSubmit={submit}
      error={create.error}
    >
      <TextField id={`${id}-name`} label="Naam" value={title} onChange={setTitle} />
      <TextField
        id={`${id}-key`}
        label="Id (kleine letters, cijfers en _; blijft vast; leeg: gemaakt uit de naam)"
        value={key}
        onChange={setKey}
      />
      <div className="field">
        <label className="field-label" htmlFor={`${id}-start`}>
          Beginnen met
        </label>
        <select id={`${id}-start`} value={start} onChange={(e) => setStart(e.currentTarget.value)}>
          {STARTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
      </div>
    </FormSection>
  );
}

/** A file exported earlier (here or elsewhere) becomes a new draft. */
function ImportForm({
  project,
  versionLink,
}: {
  project: TProject;
  versionLink: (id: string) => string;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const id = useId();
  const imported = useMutation(
    trpc.portal.frameworks.import.mutationOptions({
      onSuccess: async (created) => {
        await queryClient.invalidateQueries({ queryKey: trpc.portal.frameworks.list.queryKey() });
        navigate(versionLink(created.id));
      },
    }),
  );
  const problems = imported.error ? readServerError(imported.error).answerErrors : [];
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Een bestand inlezen</h2>
      <p>Een vragenlijst die als JSON is geëxporteerd, wordt een nieuw concept.</p>
      <FormMessage error={imported.error} />
      {problems.length > 1 && (
        <ul>
          {problems.map((p) => (
            <li key={`${p.question}:${p.message}`}>
              {p.question}: {p.message}
            </li>
          ))}
        </ul>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          JSON-bestand
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept="application/json,.json"
          onChange={async (e) => {
            const file = e.currentTarget.files?.[0];
            if (file) imported.mutate({ projectId: project.id, json: await file.text() });
          }}
        />
      </div>
    </section>
  );
}
