import '@duiding/ui/charts.css';
import '@duiding/ui/wave-summary.css';
import './wave-summary-page.css';
import { WaveSummaryDocument } from '@duiding/ui/wave-summary';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { useTRPC } from '../trpc';

/**
 * A wave's summary to share (education, provider organisations, municipalities): the
 * results as an outside audience sees them, to print or to download as a PDF that the
 * server prints from the same component.
 */
export default function WaveSummaryPage({
  project,
  collectionId,
}: {
  project: TProject;
  collectionId: string;
}) {
  const trpc = useTRPC();
  const results = useQuery(
    trpc.portal.panel.results.queryOptions({ projectId: project.id, collectionId }),
  );
  if (!results.data) {
    return (
      <>
        <PageHeading title="Samenvatting">Samenvatting van de ronde</PageHeading>
        <QueryState isPending={results.isPending} error={results.error} what="Resultaten" />
      </>
    );
  }
  const title = `Samenvatting: ${results.data.title}`;
  const pdf = `/pdf/panelronde/${encodeURIComponent(project.id)}/${encodeURIComponent(collectionId)}`;
  return (
    <div className="wave-summary-page">
      <nav className="wave-summary-actions" aria-label="Samenvatting">
        <a className="button" href={pdf} download>
          Download als PDF
        </a>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          Afdrukken
        </button>
        <Link href={`/panel/rondes/${encodeURIComponent(collectionId)}/bijeenkomst`}>
          Bijeenkomst starten
        </Link>
      </nav>
      <WaveSummaryDocument
        results={results.data}
        project={project.name}
        headingLevel={1}
        heading={<PageHeading title={title}>{title}</PageHeading>}
      />
    </div>
  );
}
