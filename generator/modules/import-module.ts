type Importer = (specifier: string) => Promise<unknown>;

let importer: Importer = (specifier) => import(specifier);

/**
 * `import(specifier)` for the packages loaded on demand (prettier, the ref resolver, ts-morph) and config files.
 * The command line runs from V8's code cache (cli/code-cache.ts), where Node 20 loses the callback a script's own
 * `import()` needs ("A dynamic import callback was not specified"): there, these imports go through a module Node
 * loaded itself (useImporter).
 */
export function importModule<T>(specifier: string): Promise<T> {
  return importer(specifier) as Promise<T>;
}

/** Makes importModule use `from`: an `import()` compiled outside the calling script. */
export function useImporter(from: Importer): void {
  importer = from;
}
