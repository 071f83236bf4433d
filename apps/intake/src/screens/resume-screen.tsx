import type { TCodeServer, TLoadedDraft } from '../api-types';
import { useText } from '../i18n/use-text';
import { BackButton, CodeForm } from './code-form';

/** "Verder met je code": loads the saved draft; the intake then continues where it was. */
export function ResumeScreen({
  server,
  onLoaded,
  onBack,
}: {
  server: TCodeServer;
  /** Gets the draft; may throw a CodeProblem, whose message is shown (e.g. another collection). */
  onLoaded: (code: string, loaded: TLoadedDraft) => void;
  onBack: () => void;
}) {
  const t = useText();
  return (
    <>
      <BackButton onBack={onBack} />
      <h1>{t('resume')}</h1>
      <p>{t('resumeText')}</p>
      <CodeForm
        submitLabel={t('resumeSubmit')}
        busyLabel={t('resumeBusy')}
        errorTitle={t('resumeFailed')}
        call="resume"
        onCode={async (code) => {
          const loaded = await server.loadDraft({ code });
          onLoaded(code, loaded);
        }}
      />
    </>
  );
}
