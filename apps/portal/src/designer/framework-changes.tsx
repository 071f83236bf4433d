import {
  DIFF_AREA_LABELS,
  describeChange,
  diffFrameworks,
  type TDiffArea,
  type TFramework,
} from '@duiding/survey';

/** What changed from `before` to `after`, grouped by part of the questionnaire. */
export function FrameworkChanges({
  before,
  after,
  headingLevel = 'h3',
}: {
  before: TFramework;
  after: TFramework;
  headingLevel?: 'h2' | 'h3';
}) {
  const changes = diffFrameworks(before, after);
  if (changes.length === 0) return <p>Geen verschillen.</p>;
  const Heading = headingLevel;
  const areas = [...new Set(changes.map((c) => c.area))] as TDiffArea[];
  return (
    <>
      {areas.map((area) => (
        <div key={area}>
          <Heading>{DIFF_AREA_LABELS[area]}</Heading>
          <ul>
            {changes
              .filter((c) => c.area === area)
              .map((c) => (
                <li key={`${c.kind}-${c.id}`}>{describeChange(c)}</li>
              ))}
          </ul>
        </div>
      ))}
    </>
  );
}
