import { blankFramework, exampleFrameworks, type TFramework } from '@duiding/survey';
import { useEffect, useMemo } from 'react';
import { useSearch } from 'wouter';
import { FrameworkDesigner } from '../designer/framework-designer';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';

/** The framework a new design starts from, by the `start` (and `versie`) in the URL. */
export function startingFramework(search: string): { framework: TFramework; example?: TFramework } {
  const params = new URLSearchParams(search);
  const start = params.get('start') ?? 'verhalen';
  if (start === 'panel') return { framework: blankFramework('nieuwe_vragenlijst', 'panel') };
  const example = exampleFrameworks.find(
    (f) => f.id === start && String(f.version) === (params.get('versie') ?? String(f.version)),
  );
  // A copy starts a new line of versions: version 1 of a new draft.
  if (example)
    return {
      framework: { ...structuredClone(example), id: `${example.id}_kopie`, version: 1 },
      example,
    };
  return { framework: blankFramework('nieuwe_vragenlijst') };
}

export default function DesignPage({ project }: { project: TProject }) {
  const search = useSearch();
  const start = useMemo(() => startingFramework(search), [search]);
  useEffect(() => {
    // The browser's own question: a design that is not saved is lost on leaving.
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);
  return (
    <>
      <PageHeading title={`Ontwerp · ${project.name}`}>Vragenlijst ontwerpen</PageHeading>
      <FrameworkDesigner
        key={search}
        framework={start.framework}
        compareWith={start.example}
        compareTitle={
          start.example &&
          `het voorbeeld "${start.example.title.nl}" (versie ${start.example.version})`
        }
      />
    </>
  );
}
