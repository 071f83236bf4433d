import { exampleFrameworks, localize } from '@duiding/survey';
import { Link } from 'wouter';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';

/** Where a questionnaire is made: start blank or from an example. */
export function FrameworksPage({ project }: { project: TProject }) {
  return (
    <>
      <PageHeading title={`Vragenlijsten · ${project.name}`}>Vragenlijsten</PageHeading>
      <h2>Een nieuw ontwerp beginnen</h2>
      <ul className="link-list">
        <li>
          <Link href="/vragenlijsten/ontwerp?start=verhalen">Lege vragenlijst voor verhalen</Link>
        </li>
        <li>
          <Link href="/vragenlijsten/ontwerp?start=panel">Lege vragenlijst voor een panel</Link>
        </li>
        {exampleFrameworks.map((f) => (
          <li key={`${f.id}-${f.version}`}>
            <Link href={`/vragenlijsten/ontwerp?start=${f.id}&versie=${f.version}`}>
              Kopie van het voorbeeld "{localize(f.title, { locale: 'nl' })}" (versie {f.version})
            </Link>
          </li>
        ))}
      </ul>
      <p>
        Een vragenlijst als JSON-bestand inlezen kan in het ontwerp zelf, met "JSON importeren".
      </p>
    </>
  );
}
