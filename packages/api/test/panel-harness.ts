import {
  createCollection,
  createFramework,
  createFrameworkVersion,
  listDueMail,
  publishFrameworkVersion,
} from '@duiding/db';
import { haaglandenPanelWave1, haaglandenPanelWave2 } from '@duiding/survey';
import { obtainAnswerTokenLikeABrowser } from '../src/panel/blind-token';
import { createTestApi, DURING, MEMBER, MemoryCookieJar, type TTestApi } from './harness';

/** Wave 1 runs 1–30 Nov 2026 (DURING is 15 Nov); wave 2 in spring 2027. */
export const WAVE1_OPENS = new Date('2026-10-31T23:00:00Z');
export const WAVE1_CLOSES = new Date('2026-11-30T23:00:00Z');
export const WAVE2_OPENS = new Date('2027-03-01T08:00:00Z');
export const WAVE2_CLOSES = new Date('2027-03-31T20:00:00Z');

export interface TPanelTest {
  api: TTestApi;
  researcher: ReturnType<TTestApi['caller']>;
  wave1: string;
  wave2: string;
}

/** The test API with the Haaglanden panel's two waves on their published framework versions. */
export async function createPanelTest(): Promise<TPanelTest> {
  const api = await createTestApi({ now: DURING });
  const db = api.database.orm;
  const framework = createFramework(db, {
    projectId: api.projectId,
    key: haaglandenPanelWave1.id,
    title: 'Panel Haaglanden',
    now: DURING,
  });
  const ids: string[] = [];
  for (const [definition, opensAt, closesAt, slug] of [
    [haaglandenPanelWave1, WAVE1_OPENS, WAVE1_CLOSES, 'panel-ronde-1'],
    [haaglandenPanelWave2, WAVE2_OPENS, WAVE2_CLOSES, 'panel-ronde-2'],
  ] as const) {
    const version = createFrameworkVersion(db, {
      frameworkId: framework.id,
      version: definition.version,
      definition,
      now: DURING,
    });
    publishFrameworkVersion(db, version.id, DURING);
    ids.push(
      createCollection(db, {
        projectId: api.projectId,
        frameworkVersionId: version.id,
        slug,
        title: slug === 'panel-ronde-1' ? 'Ronde 1: werken in de coronatijd' : 'Ronde 2: onderwijs',
        kind: 'panel_wave',
        opensAt,
        closesAt,
        now: DURING,
      }).id,
    );
  }
  const researcher = api.caller({ cookies: new MemoryCookieJar() });
  await researcher.portal.signIn(MEMBER);
  return { api, researcher, wave1: ids[0]!, wave2: ids[1]! };
}

export const CONSENT = {
  text: 'Toestemming voor deelname aan het professionalpanel en mail over de rondes.',
  givenOn: '2026-11-01',
};

/** The personal-link token from the newest queued mail to `email` (as the member reads it). */
export function tokenFromMail(test: TPanelTest, email: string): string {
  const mail = listDueMail(test.api.database.orm, new Date('2100-01-01'), 10_000)
    .filter((m) => m.toAddress === email)
    .at(-1);
  const token = mail?.text.match(/#\/l\/([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no panel link in a mail to ${email}`);
  return token;
}

/** Complete answers to wave 1, with a marker in the free text to look for afterwards. */
export function wave1Answers(
  marker: string,
  organisatie = 'wijkteam_of_cjg',
  behouden: string[] = ['beeldbellen'],
) {
  return {
    profile: {
      organisatie,
      functie: 'uitvoerend_professional',
      ervaring: 'tussen_5_en_10_jaar',
      werkgebied: ['delft'],
    },
    answers: {
      ruimte_oordeel: 4,
      ruimte_admin: 5,
      ruimte_collega: 4,
      ruimte_vertrouwen: 2,
      ruimte_schakelen: 3,
      bepaalt: { a: 0.5, b: 0.3, c: 0.2 },
      werkdruk: 0.8,
      voorbeeld: `Een gezin met een ${marker} vraag.`,
      corona_beeldbellen: 3,
      corona_crisis: 2,
      corona_behouden: behouden,
      corona_ervaring: `Dat ${marker} beeldbellen soms werkt.`,
    },
  };
}

/**
 * What the member's browser does: open the wave by the link, get a blind-signed token,
 * spend it with the answer from a caller without any link or cookie, then say it answered.
 */
export async function answerWave(
  test: TPanelTest,
  token: string,
  collectionId: string,
  answers: { profile: Record<string, unknown>; answers: Record<string, unknown> },
  address = '198.51.100.20',
) {
  const member = test.api.caller({ cookies: new MemoryCookieJar(), address });
  const wave = await member.panel.wave({ token, collectionId });
  const spent = await obtainAnswerTokenLikeABrowser(wave.publicKey, async (blinded) => {
    const { blindSignature } = await member.panel.issueToken({
      token,
      collectionId,
      blindedMessage: Buffer.from(blinded).toString('base64url'),
    });
    return Buffer.from(blindSignature, 'base64url');
  });
  const tokenPayment = {
    collectionId,
    message: Buffer.from(spent.message).toString('base64url'),
    signature: Buffer.from(spent.signature).toString('base64url'),
  };
  const anonymous = test.api.caller({ cookies: new MemoryCookieJar(), address });
  await anonymous.panel.submitAnswer({ ...tokenPayment, ...answers });
  await member.panel.confirmAnswered({ token, collectionId });
  return tokenPayment;
}
