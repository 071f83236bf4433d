import { describeTriad } from '@duiding/signification';
import {
  DONT_KNOW,
  NOT_APPLICABLE,
  readChoice,
  type TAnswerValue,
  type TChoiceValue,
  type TLocalizedText,
  type TQuestion,
} from '@duiding/survey/client';

type TText = (text: TLocalizedText) => string;

/**
 * A stored answer as a reader sees it: a triad in percentages with its corners, a dyad as a
 * position between its two ends, choices by their labels, stones by their coordinates.
 */
export function formatAnswer(question: TQuestion, value: TAnswerValue, text: TText): string {
  if (value === NOT_APPLICABLE) return 'Niet van toepassing';
  if (value === DONT_KNOW) return 'Weet ik niet';
  switch (question.kind) {
    case 'triad':
      if (typeof value !== 'object' || value === null || !('a' in value)) break;
      return describeTriad(value as { a: number; b: number; c: number }, [
        text(question.corners[0].label),
        text(question.corners[1].label),
        text(question.corners[2].label),
      ]);
    case 'dyad': {
      if (typeof value !== 'number') break;
      const p = Math.round(value * 100);
      return `${p} van 100: van "${text(question.left)}" (0) naar "${text(question.right)}" (100)`;
    }
    case 'stones': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) break;
      const placed = value as Record<string, { x: number; y: number }>;
      const parts = question.stones
        .filter((stone) => placed[stone.id])
        .map((stone) => {
          const at = placed[stone.id]!;
          return `${text(stone.label)} (${Math.round(at.x * 100)}, ${Math.round(at.y * 100)})`;
        });
      const axes = `x: ${text(question.x.low)} → ${text(question.x.high)}, y: ${text(question.y.low)} → ${text(question.y.high)}`;
      return parts.length > 0 ? `${parts.join('; ')} [${axes}]` : 'Geen stenen neergelegd';
    }
    case 'choice': {
      const { selected, other } = readChoice(value as TChoiceValue);
      const labels = selected.map((id) => {
        const option = question.options.find((o) => o.id === id);
        return option ? text(option.label) : id;
      });
      return other ? `${labels.join(', ')}: ${other}` : labels.join(', ');
    }
    case 'scale': {
      const label = question.pointLabels?.[String(value)];
      return label ? `${value} (${text(label)})` : `${value} van ${question.points}`;
    }
    case 'number':
      return typeof value === 'number' ? value.toLocaleString('nl-NL') : String(value);
    case 'text':
      return String(value);
  }
  return JSON.stringify(value);
}
