import type { ClassifiedOperation } from './classify.js';

export interface Route {
  classified: ClassifiedOperation;
  pattern: RegExp;
  params: string[];
  /** Sort key: a parameter sorts after any static text at the same place. */
  rank: string;
}

/** Routes for every operation; the most static match wins. */
export function compileRoutes(operations: ClassifiedOperation[]): Route[] {
  return operations.map((classified) => {
    const params: string[] = [];
    const source = classified.operation.path.replace(/\{([^}]+)\}|[^{]+/g, (text, name: string | undefined) => {
      if (name === undefined) return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      params.push(name);
      return '([^/]+)';
    });
    return { classified, pattern: new RegExp(`^${source}/?$`), params, rank: classified.operation.path.replace(/\{[^}]+\}/g, '\uffff') };
  });
}

/** The route of a request, with its decoded path parameters. */
export function matchRoute(routes: Route[], method: string, path: string): { route: Route; pathParams: Record<string, string> } | undefined {
  let best: { route: Route; pathParams: Record<string, string> } | undefined;
  for (const route of routes) {
    if (route.classified.operation.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match || (best && best.route.rank <= route.rank)) continue;
    const pathParams: Record<string, string> = {};
    route.params.forEach((name, index) => {
      pathParams[name] = safeDecode(match[index + 1] as string);
    });
    best = { route, pathParams };
  }
  return best;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
