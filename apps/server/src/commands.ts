import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { generatePassword, hashPassword } from '@duiding/api';
import {
  appendAuditEntry,
  createUser,
  DbConflictError,
  openDatabase,
  type TDatabase,
} from '@duiding/db';
import { DATABASE_FILE } from './platform';
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
      const name = typeof values.name === 'string' ? values.name.trim() : '';
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
          const user = createUser(database.orm, { email, name, passwordHash, now: clock() });
          appendAuditEntry(database.orm, {
            at: clock(),
            actorUserId: null,
            action: 'user.create',
            subject: `user:${user.id}`,
            details: { via: 'cli' },
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
    default:
      return usage(`Onbekende opdracht: ${command}`);
  }
}

function withDatabase(io: TCliIo, work: (database: TDatabase) => void) {
  const dataDir = resolve(io.env.DATA_DIR ?? './data');
  mkdirSync(dataDir, { recursive: true });
  const database = openDatabase({ file: join(dataDir, DATABASE_FILE) });
  try {
    work(database);
  } finally {
    database.close();
  }
}
