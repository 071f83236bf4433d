import '@duiding/ui/charts.css';
import '@duiding/ui/wave-summary.css';
import './meeting-page.css';
import { readServerError, useLeaveWarning } from '@duiding/ui';
import { TrendChart } from '@duiding/ui/charts';
import { scaleTop, trendSeries, WaveItem } from '@duiding/ui/wave-summary';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type KeyboardEvent as ReactKeyboardEvent,
  type TouchEvent,
  useCallback,
  useEffect,
  useId,
  useReducer,
  useRef,
  useState,
} from 'react';
import { useLocation, useSearch } from 'wouter';
import {
  isUnsaved,
  noteOf,
  noteStatusText,
  notesReducer,
  type TNotesState,
  unsavedSlides,
} from '../meeting/meeting-notes-state';
import {
  meetingSlides,
  moveSlide,
  slideFromSearch,
  slideKey,
  type TSlide,
} from '../meeting/meeting-slides';
import { PageHeading } from '../page-heading';
import type { TProject } from '../project-area';
import { QueryState } from '../query-state';
import { type TRouterOutputs, useTRPC } from '../trpc';

type TResults = TRouterOutputs['portal']['panel']['results'];

/*
 * Meeting mode: a wave's results one chart a slide, large, for the meeting where the panel
 * discusses them. It fills the window by itself and can go full screen on a button; the
 * slide is in the URL (`?dia=3`) so a reload or Back keeps the place. The facilitator's
 * notes are saved per slide as observations on the wave, on leaving the box or on a button.
 */

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['TEXTAREA', 'INPUT', 'SELECT'].includes(target.tagName);
}

function SlideContent({ slide, results }: { slide: TSlide; results: TResults }) {
  if (slide.kind === 'opening') {
    return (
      <>
        <h2 className="meeting-slide-title">{results.title}</h2>
        {results.withheld ? (
          <p className="wave-withheld">
            <strong>Niet getoond.</strong> {results.withheld}
          </p>
        ) : (
          <p className="meeting-lead">{results.answers} professionals antwoordden.</p>
        )}
        <p>
          Groepen van minder dan 10 antwoorden tonen we niet; aantallen onder 5 staan er als
          “&lt;5”. Zo is niemand te herkennen.
        </p>
      </>
    );
  }
  if (slide.kind === 'trend') {
    const ids = results.trend.map((t) => t.questionId);
    return (
      <>
        <h2 className="meeting-slide-title">{slide.title}</h2>
        <TrendChart
          title="Vaste vragen: gemiddelde per ronde"
          range={{ min: 1, max: scaleTop(results.items, ids) }}
          series={trendSeries(results.trend)}
        />
      </>
    );
  }
  const item = results.items.find((i) => i.questionId === slide.questionId);
  return (
    <>
      <h2 className="meeting-slide-title">{slide.title}</h2>
      {item && <WaveItem item={item} />}
    </>
  );
}

function NoteBox({
  slide,
  notes,
  onType,
  onSave,
}: {
  slide: TSlide;
  notes: TNotesState;
  onType: (text: string) => void;
  onSave: () => void;
}) {
  const id = useId();
  const note = noteOf(notes, slide.id);
  const leaveBox = (event: ReactKeyboardEvent<HTMLTextAreaElement>) => {
    // Escape in the box hands the keys back to the slides (and saves, by leaving the box).
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      // Focus goes to the slide buttons (not to the page's body, where it would be lost).
      const nav = event.currentTarget.closest('.meeting')?.querySelector('.meeting-nav');
      const target = nav?.querySelector<HTMLButtonElement>('button:not(:disabled)');
      if (target) target.focus();
      else event.currentTarget.blur();
    }
  };
  return (
    <section className="meeting-notes" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-text`} className="field-label">
        Notities bij deze dia
      </label>
      <p id={`${id}-hint`} className="field-help">
        Wat de bijeenkomst zegt. Wordt bewaard als observatie bij deze ronde, zodra je het vak
        verlaat of op Opslaan drukt.
      </p>
      <textarea
        id={`${id}-text`}
        className="meeting-note-text"
        rows={6}
        value={note.text}
        aria-describedby={`${id}-hint${note.error ? ` ${id}-error` : ''}`}
        aria-invalid={note.error ? true : undefined}
        onChange={(event) => onType(event.currentTarget.value)}
        onBlur={onSave}
        onKeyDown={leaveBox}
      />
      {note.error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          Niet opgeslagen: {note.error} Je tekst staat er nog; probeer het opnieuw met “Notitie
          opslaan”.
        </p>
      )}
      <div className="meeting-note-actions">
        <button type="button" className="button button-secondary" onClick={onSave}>
          Notitie opslaan
        </button>
        <p className="meeting-note-status" role="status">
          {noteStatusText(note)}
        </p>
      </div>
    </section>
  );
}

export default function MeetingPage({
  project,
  collectionId,
}: {
  project: TProject;
  collectionId: string;
}) {
  const trpc = useTRPC();
  const input = { projectId: project.id, collectionId };
  const results = useQuery(trpc.portal.panel.results.queryOptions(input));
  const stored = useQuery(trpc.portal.panel.meetingNotes.queryOptions(input));
  const queryClient = useQueryClient();
  const saveNote = useMutation(
    trpc.portal.panel.saveMeetingNote.mutationOptions({
      // Back on this page later, the notes are the stored ones, not a cached older copy.
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.portal.panel.meetingNotes.queryKey(input),
        }),
    }),
  );
  const [notes, dispatch] = useReducer(notesReducer, {});
  const notesRef = useRef(notes);
  notesRef.current = notes;
  const [location, navigate] = useLocation();
  const search = useSearch();
  const rootRef = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  const [leaveError, setLeaveError] = useState<string | null>(null);
  const touchStart = useRef<{ x: number; y: number } | null>(null);

  const slides = results.data ? meetingSlides(results.data) : [];
  const index = slideFromSearch(search, slides.length);
  const slide = slides[index];
  const summary = `/panel/rondes/${encodeURIComponent(collectionId)}/samenvatting`;

  useEffect(() => {
    if (stored.data) dispatch({ kind: 'loaded', notes: stored.data.notes });
  }, [stored.data]);

  useLeaveWarning(unsavedSlides(notes).length > 0);

  // A save per slide at a time; leaving waits for the one under way.
  const inFlight = useRef(new Map<string, Promise<boolean>>());
  const save = useCallback(
    async (slideId: string): Promise<boolean> => {
      const pending = inFlight.current.get(slideId);
      if (pending) await pending;
      const note = noteOf(notesRef.current, slideId);
      if (!isUnsaved(note) && note.status !== 'error') return true;
      const text = note.text;
      dispatch({ kind: 'saveStarted', slideId });
      const saving = saveNote
        .mutateAsync({ ...input, slideId, body: text })
        .then((saved) => {
          dispatch({ kind: 'saveSucceeded', slideId, text, savedAt: saved.savedAt });
          return true;
        })
        .catch((error: unknown) => {
          dispatch({ kind: 'saveFailed', slideId, message: readServerError(error).message });
          return false;
        })
        .finally(() => inFlight.current.delete(slideId));
      inFlight.current.set(slideId, saving);
      return saving;
    },
    [saveNote.mutateAsync, project.id, collectionId],
  );

  const go = useCallback(
    (next: number) => {
      if (next === index) return;
      navigate(`${location}?dia=${next + 1}`);
    },
    [index, location, navigate],
  );

  const leave = useCallback(async () => {
    if (document.fullscreenElement) {
      await document.exitFullscreen().catch(() => undefined);
      return;
    }
    const results = await Promise.all(unsavedSlides(notesRef.current).map((id) => save(id)));
    if (results.every(Boolean)) navigate(summary);
    else
      setLeaveError(
        'Niet elke notitie is opgeslagen. Kijk bij de dia’s met een melding en sla ze opnieuw op; daarna kun je de bijeenkomst verlaten.',
      );
  }, [navigate, save, summary]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const key = slideKey(event.key);
      if (!key || slides.length === 0) return;
      event.preventDefault();
      if (key === 'leave') void leave();
      else go(moveSlide(index, slides.length, key));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [go, index, leave, slides.length]);

  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === rootRef.current);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    else
      void rootRef.current
        ?.requestFullscreen()
        .catch(() =>
          setLeaveError(
            'Volledig scherm lukt niet in deze browser; de presentatie vult het venster ook zo.',
          ),
        );
  };

  const onTouchStart = (event: TouchEvent) => {
    const touch = event.touches[0];
    touchStart.current = touch ? { x: touch.clientX, y: touch.clientY } : null;
  };
  const onTouchEnd = (event: TouchEvent) => {
    const start = touchStart.current;
    const touch = event.changedTouches[0];
    touchStart.current = null;
    if (!start || !touch) return;
    const dx = touch.clientX - start.x;
    if (Math.abs(dx) < 60 || Math.abs(dx) < Math.abs(touch.clientY - start.y) * 1.5) return;
    go(moveSlide(index, slides.length, dx < 0 ? 'next' : 'previous'));
  };

  if (!results.data || !slide) {
    return (
      <>
        <PageHeading title="Bijeenkomst">Bijeenkomst</PageHeading>
        <QueryState isPending={results.isPending} error={results.error} what="Resultaten" />
      </>
    );
  }
  const title = `Bijeenkomst: ${results.data.title}`;
  return (
    <div ref={rootRef} className="meeting">
      <header className="meeting-bar">
        <PageHeading title={title}>{title}</PageHeading>
        <p className="meeting-count" aria-live="polite" aria-atomic="true">
          {index + 1} van {slides.length}
        </p>
        <div className="meeting-bar-actions">
          <button type="button" className="button button-secondary" onClick={toggleFullscreen}>
            {fullscreen ? 'Volledig scherm verlaten' : 'Volledig scherm'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => void leave()}>
            Bijeenkomst verlaten
          </button>
        </div>
      </header>
      {leaveError && (
        <div className="alert meeting-alert" role="alert">
          <p>{leaveError}</p>
        </div>
      )}
      <div className="meeting-body">
        <section
          className="meeting-slide"
          aria-label={`Dia ${index + 1}: ${slide.title}`}
          onTouchStart={onTouchStart}
          onTouchEnd={onTouchEnd}
        >
          <SlideContent slide={slide} results={results.data} />
        </section>
        <NoteBox
          key={slide.id}
          slide={slide}
          notes={notes}
          onType={(text) => dispatch({ kind: 'typed', slideId: slide.id, text })}
          onSave={() => void save(slide.id)}
        />
      </div>
      <nav className="meeting-nav" aria-label="Dia’s">
        <button
          type="button"
          className="button"
          onClick={() => go(moveSlide(index, slides.length, 'previous'))}
          disabled={index === 0}
        >
          Vorige
        </button>
        <p className="meeting-keys">Pijltjes of PageUp/PageDown: volgende dia. Esc: verlaten.</p>
        <button
          type="button"
          className="button"
          onClick={() => go(moveSlide(index, slides.length, 'next'))}
          disabled={index === slides.length - 1}
        >
          Volgende
        </button>
      </nav>
    </div>
  );
}
