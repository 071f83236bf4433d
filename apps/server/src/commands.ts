import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { generatePassword, hashPassword, neutraliseText } from '@duiding/api';
import {
  BackupError,
  backupDatabase,
  createAuditedUser,
  DbConflictError,
  openDatabase,
  restoreDatabase,
  type TDatabase,
} from '@duiding/db';
import { exportCommand, importCommand, type TExchangeIo } from './exchange-commands';
import { DATABASE_FILE } from './platform';
import { runRetention } from './retention-job';
import { seedDemoOnce } from './seed';

export interface TCliIo {
  env: Record<string, string | undefined>;
  out: (line: string) => void;
  err: (line: string) => void;
  clock?: () => Date;
}

const HELP = `Gebruik: pnpm duiding <opdracht> [opties]

Opdrachten:
  migrate                         Maak de database aan of werk hem bij.
  create-user --email <adres> --name <naam> [--password <wachtwoord>]
                                  Maak een account; zonder --password wordt er een
                                  wachtwoord gemaakt en één keer getoond.
  seed-demo                       Zet het demo-project met verhalen klaar (één keer).
  backup --out <bestand>          Maak een reservekopie, ook terwijl de server draait.
  restore --from <bestand>        Zet een reservekopie terug (stop eerst de server). De
                                  database die er stond, blijft ernaast bewaard.
  retention                       Pas nu de bewaartermijn van elk project toe (dat
                                  gebeurt ook elke dag vanzelf in de server).
  export --collection <adres> --format sensemaker|xlsx|json|spss --out <map>
                                  Voer een verzameling uit (alle verhalen behalve
                                  ingetrokken, met de antwoorden over de deelnemer).
  import sensemaker --project <naam> --definition <kader.json> --data <gegevens.csv>
  import narrafirma --project <naam> --form <formulier.csv> --stories <verhalen.csv>
  import json --project <naam> --file <duiding-export.json>
                                  Lees een export in als nieuwe verzameling; [--title
                                  <naam>] [--dry-run]. Een rij die niet te lezen is:
                                  er wordt niets opgeslagen.
  help                            Toon deze hulp.

De database staat in DATA_DIR (standaard ./data).`;

/** Exit codes: 0 done, 1 the command failed, 2 the command line was wrong. */
export async function runCli(argv: string[], io: TCliIo): Promise<number> {
  const [command, ...rest] = argv;
  const clock = io.clock ?? (() => new Date());
  const usage = (message: string) => {
    io.err(message);
    io.err('Zie: pnpm duiding help');
    return 2;
  };
  const parse = (options: NonNullable<ParseArgsConfig['options']>) => {
    try {
      return parseArgs({ args: rest, options, strict: true, allowPositionals: false }).values;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  };

  switch (command) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      io.out(HELP);
      return 0;
    case 'migrate': {
      const values = parse({});
      if (values instanceof Error) return usage(`Onbekende optie: ${values.message}`);
      withDatabase(io, (database) => io.out(`Database bijgewerkt: ${database.file}`));
      return 0;
    }
    case 'create-user': {
      const values = parse({
        email: { type: 'string' },
        name: { type: 'string' },
        password: { type: 'string' },
      });
      if (values instanceof Error)
        return usage(`Onbekende of onvolledige optie: ${values.message}`);
      const email = typeof values.email === 'string' ? values.email.trim() : '';
      // A name is shown in the portal beside stories: no overrides or control characters.
      const name = typeof values.name === 'string' ? neutraliseText(values.name).trim() : '';
      if (!/^[^@\s]+@[^@\s]+$/.test(email))
        return usage('Geef een geldig e-mailadres met --email.');
      if (!name) return usage('Geef een naam met --name.');
      const given = typeof values.password === 'string' ? values.password : undefined;
      if (given !== undefined && given.length < 12) {
        return usage('Een wachtwoord heeft minstens 12 tekens.');
      }
      const password = given ?? generatePassword();
      const passwordHash = await hashPassword(password);
      try {
        withDatabase(io, (database) => {
          const user = createAuditedUser(database.orm, {
            email,
            name,
            passwordHash,
            now: clock(),
            actorUserId: null,
            via: 'cli',
          });
          io.out(`Account aangemaakt: ${user.email}`);
          if (!given) io.out(`Wachtwoord (wordt maar één keer getoond): ${password}`);
        });
      } catch (error) {
        if (error instanceof DbConflictError) {
          io.err(error.message);
          return 1;
        }
        throw error;
      }
      return 0;
    }
    case 'seed-demo': {
      const values = parse({});
      if (values instanceof Error) return usage(`Onbekende optie: ${values.message}`);
      withDatabase(io, (database) => {
        const result = seedDemoOnce(database.orm, clock());
        io.out(
          result.seeded
            ? `Demo-project aangemaakt met ${result.stories} verhalen.`
            : 'Het demo-project staat er al; er is niets veranderd.',
        );
      });
      return 0;
    }
    case 'backup': {
      const values = parse({ out: { type: 'string' } });
      if (values instanceof Error)
        return usage(`Onbekende of onvolledige optie: ${values.message}`);
      if (typeof values.out !== 'string' || !values.out) {
        return usage('Geef met --out aan waar de reservekopie moet komen.');
      }
      const out = resolve(values.out);
      if (existsSync(out)) {
        io.err(`${out} bestaat al; kies een nieuwe naam, zodat er geen kopie verloren gaat.`);
        return 1;
      }
      return reportBackupErrors(io, async () => {
        const result = await backupDatabase(databaseFile(io), out);
        io.out(`Reservekopie gemaakt: ${result.file} (${result.pages} pagina's, gecontroleerd).`);
      });
    }
    case 'restore': {
      const values = parse({ from: { type: 'string' } });
      if (values instanceof Error)
        return usage(`Onbekende of onvolledige optie: ${values.message}`);
      if (typeof values.from !== 'string' || !values.from) {
        return usage('Geef met --from aan welke reservekopie terug moet.');
      }
      const from = resolve(values.from);
      const target = databaseFile(io);
      const stamp = clock()
        .toISOString()
        .replaceAll(':', '')
        .replace(/\.\d+Z$/, 'Z');
      const keepAs = join(dirname(target), `duiding.voor-restore-${stamp}.sqlite`);
      return reportBackupErrors(io, async () => {
        await restoreDatabase(from, target, keepAs);
        // Opening migrates: a backup from an older version is brought up to date now.
        withDatabase(io, () => undefined);
        io.out(`Reservekopie teruggezet in ${target}.`);
        if (existsSync(keepAs)) io.out(`De database die er stond, is bewaard als ${keepAs}.`);
      });
    }
    case 'retention': {
      const values = parse({});
      if (values instanceof Error) return usage(`Onbekende optie: ${values.message}`);
      withDatabase(io, (database) => {
        const { lines } = runRetention(database.orm, clock());
        if (lines.length === 0) io.out('Geen project heeft een bewaartermijn ingesteld.');
        for (const line of lines) io.out(line);
      });
      return 0;
    }
    case 'export': {
      const values = parse({
        collection: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
      });
      if (values instanceof Error)
        return usage(`Onbekende of onvolledige optie: ${values.message}`);
      return exportCommand(exchangeIo(io, clock), values as Record<string, string>);
    }
    case 'import': {
      const [kind, ...options] = rest;
      let values: Record<string, string | boolean>;
      try {
        values = parseArgs({
          args: options,
          options: {
            project: { type: 'string' },
            definition: { type: 'string' },
            data: { type: 'string' },
            form: { type: 'string' },
            stories: { type: 'string' },
            file: { type: 'string' },
            title: { type: 'string' },
            'dry-run': { type: 'boolean' },
          },
          strict: true,
          allowPositionals: false,
        }).values as Record<string, string | boolean>;
      } catch (error) {
        return usage(
          `Onbekende of onvolledige optie: ${error instanceof Error ? error.message : error}`,
        );
      }
      return importCommand(exchangeIo(io, clock), kind, values);
    }
    default:
      return usage(`Onbekende opdracht: ${command}`);
  }
}

function databaseFile(io: TCliIo): string {
  const dataDir = resolve(io.env.DATA_DIR ?? './data');
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, DATABASE_FILE);
}

/** A backup that cannot be made or put back is the operator's to fix: say why, exit 1. */
async function reportBackupErrors(io: TCliIo, work: () => Promise<void>): Promise<number> {
  try {
    await work();
    return 0;
  } catch (error) {
    if (error instanceof BackupError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

function withDatabase(io: TCliIo, work: (database: TDatabase) => void) {
  const database = openDatabase({ file: databaseFile(io) });
  try {
    work(database);
  } finally {
    database.close();
  }
}

function exchangeIo(io: TCliIo, clock: () => Date): TExchangeIo {
  return {
    out: io.out,
    err: io.err,
    clock,
    withDatabase: (work) => {
      const database = openDatabase({ file: databaseFile(io) });
      const close = () => database.close();
      try {
        const result = work(database);
        if (result instanceof Promise) return result.finally(close) as typeof result;
        close();
        return result;
      } catch (error) {
        close();
        throw error;
      }
    },
  };
}
