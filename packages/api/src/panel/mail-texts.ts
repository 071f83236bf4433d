import type { TNewMail } from '@duiding/db';
import { formatDutchDate } from '../time';
import { panelLinks } from './link-token';

/*
 * The panel's mails, in Dutch, plain text. Each carries the member's personal link and a
 * link to unsubscribe (pause or leave), also in the List-Unsubscribe header.
 */

interface TRecipient {
  memberId: string;
  name: string;
  email: string;
  token: string;
}

interface TWave {
  projectId: string;
  collectionId: string;
  title: string;
  closesAt: Date;
}

function footer(links: ReturnType<typeof panelLinks>): string {
  return [
    '',
    '—',
    'Je antwoorden zijn niet aan jou te koppelen: ook wie de hele database heeft, kan niet zien welk antwoord van jou is.',
    `Je gegevens bekijken of aanpassen: ${links.home}/profiel`,
    `Geen mail meer van het panel (pauzeren of afmelden): ${links.unsubscribe}`,
  ].join('\n');
}

function mail(
  base: string,
  kind: TNewMail['kind'],
  to: TRecipient,
  projectId: string,
  collectionId: string | null,
  subject: string,
  body: string[],
): TNewMail {
  const links = panelLinks(base, to.token, collectionId ?? undefined);
  return {
    projectId,
    memberId: to.memberId,
    collectionId,
    kind,
    toAddress: to.email,
    subject,
    text: [`Beste ${to.name},`, '', ...body, footer(links)].join('\n'),
    unsubscribeUrl: links.unsubscribe,
  };
}

export function invitationMail(base: string, to: TRecipient, wave: TWave): TNewMail {
  const links = panelLinks(base, to.token, wave.collectionId);
  return mail(
    base,
    'invitation',
    to,
    wave.projectId,
    wave.collectionId,
    `Nieuwe panelronde: ${wave.title}`,
    [
      `Er staat een nieuwe ronde van het professionalpanel voor je klaar: ${wave.title}.`,
      'Het invullen duurt minder dan 10 minuten.',
      '',
      `Vul de vragenlijst in: ${links.wave}`,
      '',
      `De ronde sluit op ${formatDutchDate(wave.closesAt)}.`,
    ],
  );
}

export function reminderMail(base: string, to: TRecipient, wave: TWave): TNewMail {
  const links = panelLinks(base, to.token, wave.collectionId);
  return mail(
    base,
    'reminder',
    to,
    wave.projectId,
    wave.collectionId,
    `Herinnering: ${wave.title}`,
    [
      `We hebben je antwoord op de panelronde ${wave.title} nog niet ontvangen.`,
      'Heb je al geantwoord? Dan kun je deze mail negeren.',
      '',
      `Vul de vragenlijst in: ${links.wave}`,
      '',
      `De ronde sluit op ${formatDutchDate(wave.closesAt)}.`,
    ],
  );
}

/** After the wave closed (not at the moment of answering: see the README's privacy section). */
export function thanksMail(base: string, to: TRecipient, wave: TWave): TNewMail {
  const links = panelLinks(base, to.token, wave.collectionId);
  return mail(base, 'thanks', to, wave.projectId, wave.collectionId, `Bedankt: ${wave.title}`, [
    `Bedankt dat je hebt meegedaan aan de panelronde ${wave.title}.`,
    'De ronde is gesloten. Bekijk hoe collega’s hebben geantwoord en spiegel je eigen antwoord daaraan:',
    '',
    links.results,
  ]);
}

export function welcomeMail(
  base: string,
  to: TRecipient,
  projectId: string,
  projectName: string,
): TNewMail {
  const links = panelLinks(base, to.token);
  return mail(base, 'welcome', to, projectId, null, `Welkom in het panel van ${projectName}`, [
    `Je bent aangemeld voor het professionalpanel van ${projectName}.`,
    'Een paar keer per jaar krijg je een korte vragenlijst. Na elke ronde zie je hoe collega’s antwoordden.',
    '',
    `Je persoonlijke pagina: ${links.home}`,
  ]);
}
