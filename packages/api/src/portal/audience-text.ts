import { listStoryRedactions, type TDbExecutor, type TRedactionSpan } from '@duiding/db';
import { detectPersonalData, redact } from '@duiding/moderation';
import type { TAudience } from '../permissions';

/*
 * The one place that decides which title and text an audience may see (DESIGN.md: stories
 * reach anyone outside the research team only after moderation). Every path that shows story
 * text outside the team — the interpreters' story list, exports for outside viewers, reports —
 * passes its stories through `storiesForAudience`.
 */

/** How the text an audience gets came about. */
export type TTextSource =
  /** The team reads the story as told. */
  | 'original'
  /** The redaction a moderator approved. */
  | 'moderated'
  /**
   * Approved without a moderator's redaction (by status alone, as older approvals and the
   * demo data were): the detector's proposals are applied, so no likely personal data leaks.
   */
  | 'automatic';

export interface TAudienceText {
  title: string;
  text: string;
  source: TTextSource;
}

/** The detector's proposed spans for a story's title and text, as redaction spans. */
export function proposeRedaction(story: { title: string; text: string }): TRedactionSpan[] {
  return [
    ...detectPersonalData(story.title).map((span) => ({ field: 'title' as const, ...span })),
    ...detectPersonalData(story.text).map((span) => ({ field: 'text' as const, ...span })),
  ];
}

/** The title and text with every detected span replaced by its marker ("[naam]"). */
export function automaticRedaction(story: { title: string; text: string }) {
  return {
    title: redact(story.title, detectPersonalData(story.title)),
    text: redact(story.text, detectPersonalData(story.text)),
  };
}

/**
 * The stories with the title and text this audience may see. The research team gets them as
 * told; outside the team only approved stories are expected here (callers filter on status),
 * and each gets the moderator's approved redaction, or else the detector's.
 */
export function storiesForAudience<T extends { id: string; title: string; text: string }>(
  db: TDbExecutor,
  audience: TAudience,
  stories: readonly T[],
): (T & { textSource: TTextSource })[] {
  if (audience === 'team') return stories.map((s) => ({ ...s, textSource: 'original' }));
  const redactions = listStoryRedactions(
    db,
    stories.map((s) => s.id),
  );
  return stories.map((story) => {
    const approved = redactions.get(story.id);
    if (approved) {
      return { ...story, title: approved.title, text: approved.text, textSource: 'moderated' };
    }
    return { ...story, ...automaticRedaction(story), textSource: 'automatic' };
  });
}

/** One story's text for an audience; see `storiesForAudience`. */
export function textForAudience(
  db: TDbExecutor,
  audience: TAudience,
  story: { id: string; title: string; text: string },
): TAudienceText {
  const [shown] = storiesForAudience(db, audience, [story]);
  return { title: shown!.title, text: shown!.text, source: shown!.textSource };
}
