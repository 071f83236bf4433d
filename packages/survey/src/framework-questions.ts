import type { TFramework, TQuestion } from './framework';

/** Every question of a framework, story questions first, then participant questions. */
export function frameworkQuestions(framework: TFramework): TQuestion[] {
  return [...framework.signifiers, ...framework.participantQuestions];
}
