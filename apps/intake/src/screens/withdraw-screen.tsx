import { ErrorSummary, formatDay, useI18n } from '@duiding/ui';
import { useState } from 'react';
import type { TCodeServer, TMyStories } from '../api-types';
import { useServerText } from '../i18n/server-text';
import { useText } from '../i18n/use-text';
import { BackButton, CodeForm, useFocusOnShow } from './code-form';

type TWithdrawPhase =
  | { key: 'code' }
  | ({
      key: 'confirm';
      code: string;
      /** `all`, or the id of the one story to withdraw (a choice only with two or more). */
      choice: string;
    } & TMyStories)
  | { key: 'done'; withdrawn: number; onlyTitle?: string };

/** With two or more stories under a code: all of them, or one. */
function WhichStories({
  stories,
  choice,
  onChoose,
}: {
  stories: TMyStories['stories'];
  choice: string;
  onChoose: (choice: string) => void;
}) {
  const t = useText();
  const { locale } = useI18n();
  const options = [
    { id: 'all', label: t('allStories', { n: stories.length }) },
    ...stories.map((story) => ({
      id: story.id,
      label: t('onlyStory', {
        title: story.title || t('untitled'),
        day: formatDay(story.createdOn, locale),
      }),
    })),
  ];
  return (
    <fieldset className="field">
      <legend className="field-label">{t('whichStories')}</legend>
      <div className="options">
        {options.map((option, index) => {
          const id = index === 0 ? 'terugtrekken-keuze' : `terugtrekken-keuze-${index}`;
          return (
            <label key={option.id} className="option" htmlFor={id}>
              <input
                id={id}
                type="radio"
                name="terugtrekken-keuze"
                value={option.id}
                checked={choice === option.id}
                onChange={() => onChoose(option.id)}
              />
              <span dir="auto">{option.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}

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
  const serverText = useServerText();
  const t = useText();
  const { locale } = useI18n();
  const [phase, setPhase] = useState<TWithdrawPhase>({ key: 'code' });
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const headingRef = useFocusOnShow<HTMLHeadingElement>(phase.key === 'code' ? null : phase.key);

  if (phase.key === 'done' && phase.onlyTitle !== undefined) {
    const [before, after] = t('withdrawnOneText').split('{title}');
    return (
      <>
        <h1 ref={headingRef} tabIndex={-1}>
          {t('withdrawnOneTitle')}
        </h1>
        <p>
          {before}
          <strong dir="auto">"{phase.onlyTitle || t('untitled')}"</strong>
          {after}
        </p>
        <div className="actions">
          <button type="button" className="button" onClick={onBack}>
            {t('backToStartButton')}
          </button>
        </div>
      </>
    );
  }

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
    const several = phase.stories.length > 1;
    const only = phase.stories.find((story) => story.id === phase.choice);
    const confirm = async () => {
      if (busy) return;
      setBusy(true);
      setError(undefined);
      try {
        if (only) {
          const { withdrawn } = await server.withdraw({ code: phase.code, storyId: only.id });
          setPhase({ key: 'done', withdrawn, onlyTitle: only.title });
          return;
        }
        const { withdrawn } = await server.withdraw({ code: phase.code });
        onWithdrawn(phase.code);
        setPhase({ key: 'done', withdrawn });
      } catch (failure) {
        setError(serverText('withdraw', failure));
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
        {several ? (
          <WhichStories
            stories={phase.stories}
            choice={phase.choice}
            onChoose={(choice) => setPhase({ ...phase, choice })}
          />
        ) : phase.stories.length > 0 ? (
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
            <p>
              {only ? t('withdrawOneWarning') : t('withdrawAllWarning')} {t('cannotUndo')}
            </p>
            <div className="actions">
              <button
                id="bevestig-terugtrekken"
                type="button"
                className="button"
                aria-disabled={busy || undefined}
                onClick={() => void confirm()}
              >
                {busy
                  ? t('withdrawBusyConfirm')
                  : only
                    ? t('withdrawOneConfirm')
                    : t('withdrawConfirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={onBack}>
                {only ? t('withdrawOneKeep') : t('withdrawKeep')}
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
        call="stories"
        onCode={async (code) => {
          const mine = await server.myStories({ code });
          setPhase({ key: 'confirm', code, ...mine, choice: 'all' });
        }}
      />
    </>
  );
}
