import type { PathTemplate } from '../endpoint.ts';

const PARAM = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The `{name}` parameters of a path template, in order. */
export function pathParamNames(template: PathTemplate): string[] {
  return [...template.matchAll(PARAM)].map((match) => match[1]!);
}

/**
 * Fills a path template, percent-encoding each parameter so that a value can never
 * add a path segment or a query string. Throws when a parameter is missing.
 */
export function buildPath(template: PathTemplate, params: Readonly<Record<string, string>>): string {
  return template.replace(PARAM, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`buildPath: missing parameter "${name}" for ${template}`);
    return encodeURIComponent(value);
  });
}

/** The Hono route of a path template: `/api/devices/{id}/messages` becomes `/api/devices/:id/messages`. */
export function toRoutePattern(template: PathTemplate): string {
  return template.replace(PARAM, (_, name: string) => `:${name}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches a URL path against a template; answers the decoded parameters, or null when
 * the path does not have the template's shape (parameters are not validated here).
 */
export function matchPath(template: PathTemplate, pathname: string): Record<string, string> | null {
  const names = pathParamNames(template);
  const source = template
    .split(PARAM)
    .map((part, index) => (index % 2 === 1 ? '([^/]+)' : escapeRegExp(part)))
    .join('');
  const match = new RegExp(`^${source}$`).exec(pathname);
  if (match === null) return null;
  const params: Record<string, string> = {};
  try {
    names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1]!);
    });
  } catch {
    return null;
  }
  return params;
}
