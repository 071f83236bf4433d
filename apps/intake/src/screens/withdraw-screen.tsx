import { ErrorSummary, formatDay, readServerError, useI18n } from '@duiding/ui';
import { useState } from 'react';
import type { TCodeServer, TMyStories } from '../api-types';
import { useText } from '../i18n/use-text';
import { BackButton, CodeForm, useFocusOnShow } from './code-form';

type TWithdrawPhase =
  | { key: 'code' }
  | ({ key: 'confirm'; code: string } & TMyStories)
  | { key: 'done'; withdrawn: number };

const NO_ERRORS: never[] = [];

/**
 * "Verhaal terugtrekken": the code shows which stories it holds; after a confirmation they
 * are withdrawn. Nothing of their text or answers is kept (the server blanks them).
 */
export function WithdrawScreen({
  server,
  onWithdrawn,
  onBack,
}: {
  server: TCodeServer;
  onWithdrawn: (code: string) => void;
  onBack: () => void;
}) {
  const t = useText();
  const { locale } = useI18n();
  const [phase, setPhase] = useState<TWithdrawPhase>({ key: 'code' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const headingRef = useFocusOnShow<HTMLHeadingElement>(phase.key === 'code' ? null : phase.key);

  if (phase.key === 'done') {
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('withdrawnTitle')}
        </h1>
        <p>
          {phase.withdrawn === 1 ? t('withdrawnOne') : t('withdrawnMany', { n: phase.withdrawn })}{' '}
          {t('withdrawnText')}
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={onBack}>
            {t('backToStartButton')}
          </button>
        </div>
      </>
    );
  }

  if (phase.key === 'confirm') {
    const nothing = phase.stories.length === 0 && !phase.hasDraft;
    const confirm = async () => {
      if (busy) return;
      setBusy(true);
      setError(undefined);
      try {
        const { withdrawn } = await server.withdraw({ code: phase.code });
        onWithdrawn(phase.code);
        setPhase({ key: 'done', withdrawn });
      } catch (failure) {
        setError(readServerError(failure).message);
      } finally {
        setBusy(false);
      }
    };
    return (
      <>
        <BackButton onBack={onBack} />
        <h1 ref={headingRef} tabIndex={-1}>
          {t('withdraw')}
        </h1>
        <ErrorSummary title={t('withdrawFailed')} errors={NO_ERRORS} message={error} />
        {phase.stories.length > 0 ? (
          <>
            <p>{t('storiesUnderCode')}</p>
            <ul className="story-list" aria-label={t('yourStories')}>
              {phase.stories.map((story, index) => {
                const [before, after] = t('toldOn', {
                  day: formatDay(story.createdOn, locale),
                }).split('{title}');
                return (
                  // Titles may repeat; the list never changes while it is shown.
                  <li key={index}>
                    {before}
                    <strong dir="auto">{story.title || t('untitled')}</strong>
                    {after}
                  </li>
                );
              })}
            </ul>
          </>
        ) : (
          <p>{t('noStoriesLeft')}</p>
        )}
        {phase.hasDraft && <p>{t('hasDraft')}</p>}
        {phase.withdrawnCount > 0 && (
          <p>
            {phase.withdrawnCount === 1
              ? t('withdrawnBeforeOne')
              : t('withdrawnBeforeMany', { n: phase.withdrawnCount })}
          </p>
        )}
        {!nothing && (
          <>
            <p>{t('withdrawWarning')}</p>
            <div className="actions">
              <button
                id="bevestig-terugtrekken"
                type="button"
                className="button"
                aria-disabled={busy || undefined}
                onClick={() => void confirm()}
              >
                {busy ? t('withdrawBusyConfirm') : t('withdrawConfirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={onBack}>
                {t('withdrawKeep')}
              </button>
            </div>
          </>
        )}
      </>
    );
  }

  return (
    <>
      <BackButton onBack={onBack} />
      <h1>{t('withdraw')}</h1>
      <p>{t('withdrawText')}</p>
      <CodeForm
        submitLabel={t('withdrawSubmit')}
        busyLabel={t('withdrawBusy')}
        errorTitle={t('withdrawSearchFailed')}
        onCode={async (code) => {
          const mine = await server.myStories({ code });
          setPhase({ key: 'confirm', code, ...mine });
        }}
      />
    </>
  );
}
