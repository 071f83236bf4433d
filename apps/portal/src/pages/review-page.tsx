import type { TFramework } from '@duiding/survey/client';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { DesignerPreview } from '../designer/designer-preview';
import { FormMessage, formatMoment } from '../form-message';
import { PageHeading } from '../page-heading';
import { QueryState } from '../query-state';
import { useTRPC } from '../trpc';

/**
 * Where a review link lands (`/portal/review#<token>`), without an account: the draft to
 * try in the preview, and a comment per question for the designers.
 */
export default function ReviewPage() {
  const trpc = useTRPC();
  const [token] = useState(() => window.location.hash.replace(/^#/, ''));
  const open = useMutation(trpc.portal.review.open.mutationOptions());
  const { mutate: openDraft } = open;
  const [name, setName] = useState('');
  const id = useId();
  useEffect(() => {
    if (token) openDraft({ token });
  }, [token, openDraft]);

  if (!token)
    return (
      <>
        <PageHeading title="Meelezen">Deze link is niet compleet</PageHeading>
        <p>Open de link die je kreeg opnieuw, helemaal.</p>
      </>
    );
  if (!open.data)
    return (
      <>
        <PageHeading title="Meelezen">Meelezen</PageHeading>
        <QueryState isPending={!open.error} error={open.error} what="Concept" />
      </>
    );
  const { framework, expiresAt } = open.data;
  return (
    <>
      <PageHeading title="Meelezen">Meelezen: {framework.title.nl}</PageHeading>
      <p>
        Dit is een concept. Probeer het hieronder uit zoals een deelnemer het ziet, en schrijf bij
        elke vraag wat je opvalt. Je antwoorden in het voorbeeld worden niet bewaard; je opmerkingen
        wel. De link werkt tot {formatMoment(expiresAt)}.
      </p>
      <div className="field narrow">
        <label className="field-label" htmlFor={`${id}-name`}>
          Je naam (mag leeg blijven)
        </label>
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div className="designer-columns">
        <section aria-labelledby={`${id}-comments`}>
          <h2 id={`${id}-comments`}>Opmerkingen per vraag</h2>
          <CommentForm
            token={token}
            questionId="_general"
            label="Over de hele vragenlijst"
            name={name}
          />
          {[...framework.prompts, ...framework.signifiers, ...framework.participantQuestions].map(
            (q) => (
              <CommentForm
                key={q.id}
                token={token}
                questionId={q.id}
                label={q.label.nl}
                name={name}
              />
            ),
          )}
        </section>
        <div className="designer-side">
          <DesignerPreview framework={framework as TFramework} />
        </div>
      </div>
    </>
  );
}

function CommentForm({
  token,
  questionId,
  label,
  name,
}: {
  token: string;
  questionId: string;
  label: string;
  name: string;
}) {
  const trpc = useTRPC();
  const id = useId();
  const [body, setBody] = useState('');
  const [sent, setSent] = useState(0);
  const comment = useMutation(
    trpc.portal.review.comment.mutationOptions({
      onSuccess: () => {
        setBody('');
        setSent((n) => n + 1);
      },
    }),
  );
  return (
    <form
      noValidate
      className="review-comment"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        comment.mutate({
          token,
          questionId,
          body,
          ...(name.trim() ? { authorName: name.trim() } : {}),
        });
      }}
    >
      <label htmlFor={`${id}-body`} className="field-label">
        Opmerking bij: {label}
      </label>
      <textarea
        id={`${id}-body`}
        rows={2}
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
      />
      <FormMessage
        error={comment.error}
        success={sent > 0 ? `Dank je wel, je opmerking is bewaard (${sent}).` : undefined}
      />
      <div className="actions">
        <button
          type="submit"
          className="button button-secondary"
          aria-disabled={comment.isPending || undefined}
        >
          Opmerking plaatsen<span className="visually-hidden">: {label}</span>
        </button>
      </div>
    </form>
  );
}
