/**
 * The server as `pnpm start` runs it: `src/main.ts` and the story writer's thread, each one
 * ES module with the workspace's TypeScript compiled in (esbuild), so that the running server
 * needs no tsx. tsx compiles in the process itself: its loader hooks run on a thread of their
 * own with esbuild loaded, and it keeps every module's source map; with 100 000 stories that
 * was about 40 MB of the server's resident memory (bench:memory: 171–175 MB after start
 * from source, 127–133 MB from the bundle; peak 277–307 against 243–256 MB).
 *
 * What a bundle changes is kept as it was from source:
 * - `import.meta.url` in a workspace file is that file's own URL, so paths beside the sources
 *   (the migrations, the apps' builds, the static files, `createRequire`) resolve as before;
 * - packages from node_modules stay outside the bundle, each imported by the file Node itself
 *   would load for that import from that importer (pnpm gives each package its own
 *   dependencies, so a bare name would not resolve from `dist`).
 * Any other `import.meta` property is refused (it would name `dist`), and so is a bare import
 * that resolves outside node_modules. A bundle belongs to this checkout as it is: `pnpm start`
 * makes it anew each time. Its source map (`.map`, beside it) is read only with Node's
 * `--enable-source-maps`, for stack traces that name the TypeScript sources.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Loader, type Plugin } from 'esbuild';

const SERVER = fileURLToPath(new URL('..', import.meta.url));

/** The bundle's entry points, by the name of the file each becomes in `outDir`. */
export const BUNDLE_ENTRIES = {
  'main.mjs': join(SERVER, 'src/main.ts'),
  'story-writer-thread.mjs': join(
    dirname(createRequire(import.meta.url).resolve('@duiding/db')),
    'story-writer-thread.ts',
  ),
};

/** Where `pnpm start` runs the server from. */
export const SERVER_BUNDLE_DIR = join(SERVER, 'dist');

const LOADERS: Record<string, Loader> = { '.ts': 'ts', '.tsx': 'tsx', '.js': 'js', '.jsx': 'jsx' };

const keepPaths: Plugin = {
  name: 'duiding-keep-paths',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.path.startsWith('node:') || args.pluginData === 'resolving') return undefined;
      if (args.path.startsWith('@duiding/')) return undefined;
      const resolved = await bundler.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      // A built-in module (`fs`, `worker_threads`) has no file.
      if (resolved.external || !resolved.path.startsWith('/')) return { external: true };
      if (!resolved.path.includes('/node_modules/')) {
        return {
          errors: [{ text: `${args.path} resolves outside node_modules: ${resolved.path}` }],
        };
      }
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
    bundler.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
      if (args.path.includes('/node_modules/')) return undefined;
      const source = await readFile(args.path, 'utf8');
      const other = /import\.meta\.(?!url\b)\w+/.exec(source);
      if (other) {
        return {
          errors: [{ text: `${other[0]} would name the bundle's folder, not ${args.path}` }],
        };
      }
      return {
        contents: source.replaceAll(
          'import.meta.url',
          JSON.stringify(pathToFileURL(args.path).href),
        ),
        loader: LOADERS[extname(args.path).replace(/^\.[cm]/, '.')] ?? 'js',
      };
    });
  },
};

/**
 * Writes the bundle into `outDir` (by default `dist`, where `pnpm start` runs it); a test
 * may bundle other `entries` the same way.
 */
export async function bundleServer(
  outDir = SERVER_BUNDLE_DIR,
  entries: Record<string, string> = BUNDLE_ENTRIES,
): Promise<{ main: string }> {
  await build({
    entryPoints: Object.entries(entries).map(([out, file]) => ({
      in: file,
      out: out.replace(/\.mjs$/, ''),
    })),
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Node's own resolution: no "module" condition or field, which Node never reads.
    conditions: ['node'],
    mainFields: ['main'],
    jsx: 'automatic',
    sourcemap: 'linked',
    // The story writer starts this thread instead of its TypeScript source (story-writer.ts).
    define: {
      DUIDING_STORY_WRITER_BUNDLE: JSON.stringify(
        pathToFileURL(join(outDir, 'story-writer-thread.mjs')).href,
      ),
    },
    plugins: [keepPaths],
    logLevel: 'warning',
  });
  return { main: join(outDir, 'main.mjs') };
}

// `node --import tsx scripts/bundle.ts`: the server's build (package.json), after precompress.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { main } = await bundleServer();
  console.log(`server: ${main}`);
}
