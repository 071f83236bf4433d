import {
  countStories,
  insertStoryOnce,
  listAuditEntries,
  listProjectCollections,
  setStoryStatus,
} from '@duiding/db';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../../test/fixtures';
import {
  createTestApi,
  expectAppError,
  MemoryCookieJar,
  PARTICIPANT_ANSWERS,
  STORY_ANSWERS,
  type TTestApi,
} from '../../test/harness';
import { MAX_IMPORT_CHARS } from './exchange.schema';

vi.setConfig({ testTimeout: 60_000 });

let api: TTestApi | undefined;
afterEach(() => api?.database.close());

async function signedIn(
  test: TTestApi,
  role: 'researcher' | 'analyst' | 'interpreter' | 'moderator' | 'owner',
) {
  const user = await test.addUser({ email: `${role}@example.nl`, role });
  const browser = test.caller({ cookies: new MemoryCookieJar() });
  await browser.portal.signIn(user);
  return { user, browser };
}

function addStory(
  test: TTestApi,
  n: number,
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn',
  title = `Verhaal ${n}`,
  text = `Dit is het verhaal nummer ${n}, lang genoeg om te tellen.`,
) {
  const { storyId } = insertStoryOnce(test.database.orm, {
    clientId: `client-${n}`,
    collectionId: test.collectionId,
    participant: { clientId: `deelnemer-${n}`, answers: PARTICIPANT_ANSWERS },
    promptId: zhzPrompt,
    title,
    text,
    language: 'nl',
    channel: 'web',
    answers: STORY_ANSWERS,
    createdOn: '2026-11-15',
  });
  setStoryStatus(test.database.orm, storyId, status);
  return storyId;
}
let zhzPrompt = '';

describe('portal.exchange: import', () => {
  it('imports a SenseMaker export as a framework version, a closed collection and its 129 stories with channel import, and audits it', async () => {
    api = await createTestApi();
    const { browser } = await signedIn(api, 'researcher');
    const definition = readFixture('sensemaker', 'framework_definition.json');
    const data = readFixture('sensemaker', 'ADemoData.csv');
    const preview = await browser.portal.exchange.importSensemaker({
      projectId: api.projectId,
      definition,
      data,
      dryRun: true,
    });
    expect(preview).toMatchObject({ stored: false, problems: [], stories: 129, questions: 17 });
    const before = listProjectCollections(api.database.orm, api.projectId).length;
    expect(before).toBe(1);

    const result = await browser.portal.exchange.importSensemaker({
      projectId: api.projectId,
      definition,
      data,
      title: 'ADemo 2015',
    });
    if (!result.stored) throw new Error('not stored');
    expect(result.created).toMatchObject({
      stories: 129,
      participants: 129,
      version: 1,
      versionCreated: true,
    });
    const collections = listProjectCollections(api.database.orm, api.projectId);
    const imported = collections.find((c) => c.id === result.created.collectionId)!;
    expect(imported.title).toBe('ADemo 2015');
    // A finished collection: closed, so the intake never opens it.
    expect(imported.closesAt.getTime()).toBeLessThanOrEqual(api.services.clock().getTime());
    expect(countStories(api.database.orm, imported.id)).toBe(129);
    const page = await browser.portal.stories({
      projectId: api.projectId,
      collectionId: imported.id,
      limit: 200,
    });
    expect(page.stories.every((s) => s.channel === 'import' && s.status === 'pending')).toBe(true);
    const audit = listAuditEntries(api.database.orm, { subject: `collection:${imported.id}` });
    expect(audit.find((e) => e.action === 'stories.import')).toMatchObject({
      details: { source: 'sensemaker', stories: 129 },
    });

    // Next year's data on the same framework joins it: same framework, same version.
    const again = await browser.portal.exchange.importSensemaker({
      projectId: api.projectId,
      definition,
      data,
    });
    if (!again.stored) throw new Error('not stored');
    expect(again.created.frameworkId).toBe(result.created.frameworkId);
    expect(again.created.versionCreated).toBe(false);
    expect(again.created.collectionSlug).not.toBe(result.created.collectionSlug);
  });

  it('imports a NarraFirma export with participants grouped by their id', async () => {
    api = await createTestApi();
    const { browser } = await signedIn(api, 'owner');
    const result = await browser.portal.exchange.importNarrafirma({
      projectId: api.projectId,
      form: readFixture(
        'narrafirma',
        'more',
        'import_guide_example',
        'narrafirma import guide example story form.csv',
      ),
      stories: readFixture(
        'narrafirma',
        'more',
        'import_guide_example',
        'narrafirma import guide example stories.csv',
      ),
    });
    expect(result).toMatchObject({ stored: true, created: { stories: 3, participants: 3 } });
    expect(result.warnings).toHaveLength(2);
  });

  it('imports nothing when one row cannot be read, and names the row and the reason', async () => {
    api = await createTestApi();
    const { browser } = await signedIn(api, 'researcher');
    const data = readFixture('sensemaker', 'ADemoData.csv').replace('54.42477876106195', 'veel');
    const result = await browser.portal.exchange.importSensemaker({
      projectId: api.projectId,
      definition: readFixture('sensemaker', 'framework_definition.json'),
      data,
    });
    expect(result).toMatchObject({
      stored: false,
      problems: [{ row: 2, reason: expect.stringContaining('geen getal') }],
    });
    expect(listProjectCollections(api.database.orm, api.projectId)).toHaveLength(1);
  });

  it('refuses a file that is not an export, and one over the size limit, with a message to act on', async () => {
    api = await createTestApi();
    const { browser } = await signedIn(api, 'researcher');
    const wrong = await expectAppError(
      browser.portal.exchange.importSensemaker({
        projectId: api.projectId,
        definition: '{"a":1}',
        data: 'x,y\n1,2',
      }),
      'BAD_INPUT',
    );
    expect(wrong.message).toMatch(/SenseMaker/);
    const big = 'x'.repeat(MAX_IMPORT_CHARS + 1);
    const large = await expectAppError(
      browser.portal.exchange.importJson({ projectId: api.projectId, file: big }),
      'BAD_INPUT',
    );
    expect(large.message).toMatch(/3 MB.*pnpm duiding import/);
  });

  it('maps a generic CSV: preview of the first rows, then stories with mapped questions; a bad row stops it', async () => {
    api = await createTestApi();
    const { browser } = await signedIn(api, 'researcher');
    const file =
      'Kop,Verhaal,Leeftijd,Gevoel\n"<img src=x onerror=alert(1)>","Eerste verhaal\nover twee regels",12,blij\nTwee,Tweede verhaal,14,boos\n';
    const preview = await browser.portal.exchange.previewCsv({ projectId: api.projectId, file });
    expect(preview).toEqual({
      header: ['Kop', 'Verhaal', 'Leeftijd', 'Gevoel'],
      rows: [
        ['<img src=x onerror=alert(1)>', 'Eerste verhaal\nover twee regels', '12', 'blij'],
        ['Twee', 'Tweede verhaal', '14', 'boos'],
      ],
      total: 2,
    });
    const mapping = {
      title: 'Kop',
      text: 'Verhaal',
      questions: [
        { column: 'Leeftijd', kind: 'number' as const, label: 'Leeftijd' },
        { column: 'Gevoel', kind: 'choice' as const, label: 'Gevoel' },
      ],
    };
    const stored = await browser.portal.exchange.importCsv({
      projectId: api.projectId,
      file,
      mapping,
      title: 'Oude enquête',
    });
    expect(stored).toMatchObject({ stored: true, created: { stories: 2 } });
    const bad = await browser.portal.exchange.importCsv({
      projectId: api.projectId,
      file: file.replace(',14,', ',veertien,'),
      mapping,
      title: 'Oud',
    });
    expect(bad).toMatchObject({
      stored: false,
      problems: [{ row: 3, reason: expect.stringContaining('veertien') }],
    });
  });
});

describe('portal.exchange: export', () => {
  async function withStories() {
    const test = await createTestApi();
    const collection = listProjectCollections(test.database.orm, test.projectId)[0]!;
    zhzPrompt = collection.framework.prompts[0]!.id;
    addStory(test, 1, 'approved', '=HYPERLINK("http://kwaad")');
    addStory(test, 2, 'pending');
    addStory(test, 3, 'rejected');
    addStory(test, 4, 'withdrawn');
    return test;
  }

  it('gives the team every story but withdrawn ones, with participant answers, and audits each export', async () => {
    api = await withStories();
    const { browser } = await signedIn(api, 'analyst');
    const out = await browser.portal.exchange.export({
      projectId: api.projectId,
      collectionId: api.collectionId,
      format: 'json',
    });
    const json = JSON.parse(out.files[0]!.content);
    expect(json.format).toBe('duiding-collection');
    expect(json.framework.version).toBe(1);
    expect(json.stories.map((s: { title: string }) => s.title).sort()).toEqual([
      '=HYPERLINK("http://kwaad")',
      'Verhaal 2',
      'Verhaal 3',
    ]);
    expect(json.stories[0].participantAnswers).toEqual(PARTICIPANT_ANSWERS);
    const audit = listAuditEntries(api.database.orm, { subject: `collection:${api.collectionId}` });
    expect(audit[0]).toMatchObject({
      action: 'stories.export',
      details: { format: 'json', stories: 3, audience: 'team' },
    });
  });

  it('gives outside viewers approved stories only, in the redacted text, without participant answers', async () => {
    api = await withStories();
    const told = 'Juf Marieke belde me op 06-12345678 over onze zoon.';
    // Approved by status alone: the detector's redaction applies.
    const automatic = addStory(api, 5, 'approved', 'Over juf Marieke', told);
    // Approved by a moderator with an own redaction: that one applies.
    const moderated = addStory(api, 6, 'pending', 'Bij het wijkteam', told);
    const moderator = await signedIn(api, 'moderator');
    await moderator.browser.portal.moderation.decide({
      projectId: api.projectId,
      storyId: moderated,
      decision: 'approve',
      redaction: { title: 'Bij [instelling]', text: '[naam] belde me over onze zoon.', spans: [] },
    });
    const { browser } = await signedIn(api, 'interpreter');
    for (const format of ['json', 'sensemaker', 'spss', 'xlsx'] as const) {
      const out = await browser.portal.exchange.export({
        projectId: api.projectId,
        collectionId: api.collectionId,
        format,
      });
      expect(out.stories).toBe(3);
      const parts: string[] = [];
      for (const file of out.files) {
        if (file.encoding === 'utf8') {
          parts.push(file.content);
          continue;
        }
        // The XLSX is a zip: read its cells, as a spreadsheet would.
        const book = new ExcelJS.Workbook();
        await book.xlsx.load(Buffer.from(file.content, 'base64') as never);
        book.eachSheet((sheet) => sheet.eachRow((row) => parts.push(JSON.stringify(row.values))));
      }
      const content = parts.join('\n');
      expect(content).toContain('[naam] belde me over onze zoon.');
      for (const secret of ['Marieke', '06-12345678', 'Verhaal 2', 'Verhaal 3', 'Verhaal 4']) {
        expect(content, `${format}: ${secret}`).not.toContain(secret);
      }
      if (format === 'json') {
        const json = JSON.parse(content);
        const byId = new Map(json.stories.map((s: { id: string }) => [s.id, s]));
        expect(byId.get(automatic)).toMatchObject({ participantAnswers: null });
        expect((byId.get(automatic) as { text: string }).text).toContain('[telefoon]');
        expect(byId.get(moderated)).toMatchObject({
          title: 'Bij [instelling]',
          text: '[naam] belde me over onze zoon.',
        });
        expect(JSON.stringify(json)).not.toContain(JSON.stringify(PARTICIPANT_ANSWERS));
      }
    }
    const audit = listAuditEntries(api.database.orm, { subject: `collection:${api.collectionId}` });
    expect(audit.filter((e) => e.action === 'stories.export')).toHaveLength(4);
    expect(audit[0]).toMatchObject({ details: { audience: 'outside' } });
  });

  it('writes an XLSX with a data sheet and a codebook sheet, formulas neutralised', async () => {
    api = await withStories();
    const { browser } = await signedIn(api, 'researcher');
    const out = await browser.portal.exchange.export({
      projectId: api.projectId,
      collectionId: api.collectionId,
      format: 'xlsx',
    });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(out.files[0]!.content, 'base64') as never);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Gegevens', 'Codeboek']);
    const data = book.getWorksheet('Gegevens')!;
    const header = (data.getRow(1).values as unknown[]).slice(1);
    const titleColumn = header.indexOf('StoryTitle') + 1;
    const titles = [2, 3, 4].map((r) => String(data.getRow(r).getCell(titleColumn).value));
    expect(titles).toContain(`'=HYPERLINK("http://kwaad")`);
    const codebookRows = book.getWorksheet('Codeboek')!.getSheetValues().slice(2) as unknown[][];
    expect(codebookRows.some((r) => r[1] === 'gevoel' && r[3])).toBe(true);
  });

  it('round trip through the portal: export JSON and SenseMaker, import them, same stories and answers', async () => {
    api = await withStories();
    const { browser } = await signedIn(api, 'researcher');
    const json = await browser.portal.exchange.export({
      projectId: api.projectId,
      collectionId: api.collectionId,
      format: 'json',
    });
    const sm = await browser.portal.exchange.export({
      projectId: api.projectId,
      collectionId: api.collectionId,
      format: 'sensemaker',
    });
    const original = await browser.portal.stories({
      projectId: api.projectId,
      collectionId: api.collectionId,
      limit: 50,
    });
    const a = await browser.portal.exchange.importJson({
      projectId: api.projectId,
      file: json.files[0]!.content,
    });
    const b = await browser.portal.exchange.importSensemaker({
      projectId: api.projectId,
      data: sm.files[0]!.content,
      definition: sm.files[1]!.content,
    });
    for (const result of [a, b]) {
      if (!result.stored) throw new Error(JSON.stringify(result));
      const back = await browser.portal.stories({
        projectId: api.projectId,
        collectionId: result.created.collectionId,
        limit: 50,
      });
      const shape = (list: typeof back.stories) =>
        list
          .map((s) => ({
            title: s.title,
            text: s.text,
            promptId: s.promptId,
            createdOn: s.createdOn,
            answers: s.answers,
            participantAnswers: s.participantAnswers,
          }))
          .sort((x, y) => x.title.localeCompare(y.title));
      expect(shape(back.stories)).toEqual(shape(original.stories));
    }
  });

  it('refuses a collection of another project', async () => {
    api = await withStories();
    const { browser } = await signedIn(api, 'researcher');
    await expectAppError(
      browser.portal.exchange.export({
        projectId: api.projectId,
        collectionId: 'bestaat-niet',
        format: 'json',
      }),
      'NOT_FOUND',
    );
  });
});
