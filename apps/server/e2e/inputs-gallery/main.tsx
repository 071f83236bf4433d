/// <reference types="vite/client" />
import {
  haaglandenPanelWave1,
  type TQuestion,
  type TQuestionOf,
  zhzJeugdhulp,
} from '@duiding/survey';
import { I18nProvider, QuestionField } from '@duiding/ui';
import '@duiding/ui/styles.css';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * Every kind of input on one page, for the browser tests of the accessibility tree and for
 * screenshots; the intake shows them one per screen, the panel has the scale.
 */
const find = (questions: TQuestion[], id: string) => {
  const question = questions.find((q) => q.id === id);
  if (!question) throw new Error(`No question ${id}`);
  return question;
};
const number: TQuestionOf<'number'> = {
  id: 'contacten',
  kind: 'number',
  label: { nl: 'Hoe vaak had je contact met de hulp?' },
  required: true,
  integer: true,
  min: 0,
  max: 100,
};
export const GALLERY: TQuestion[] = [
  find(zhzJeugdhulp.signifiers, 'hulp'),
  find(zhzJeugdhulp.signifiers, 'tempo'),
  find(zhzJeugdhulp.signifiers, 'plekken'),
  find(zhzJeugdhulp.signifiers, 'fase'),
  find(haaglandenPanelWave1.signifiers, 'ruimte_oordeel'),
  find(zhzJeugdhulp.signifiers, 'boodschap'),
  number,
];

function Gallery() {
  const [answers, setAnswers] = useState<Record<string, unknown>>({});
  return (
    <main className="page">
      <h1>Alle invoervelden</h1>
      {GALLERY.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          value={answers[question.id]}
          onChange={(value) => setAnswers((all) => ({ ...all, [question.id]: value }))}
        />
      ))}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider locale="nl" audience="general">
      <Gallery />
    </I18nProvider>
  </StrictMode>,
);
