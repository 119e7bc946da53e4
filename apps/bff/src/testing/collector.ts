/**
 * Collects the headers and body of every response a test sees, so a scan can assert
 * that no secret ever left the BFF (see `expectNoSecrets`).
 */
const seen: string[] = [];

export async function collect(res: Response): Promise<Response> {
  const text = await res.clone().text();
  const headers = [...res.headers].map(([k, v]) => `${k}: ${v}`).join('\n');
  seen.push(`${res.status}\n${headers}\n\n${text}`);
  return res;
}

export function collectText(text: string): void {
  seen.push(text);
}

/** Every collected response, and the extra texts given (logs, audit), free of every secret and its base64 forms. */
export function leaks(secrets: readonly string[], extra: readonly string[] = []): string[] {
  const needles = secrets.flatMap((s) => [s, Buffer.from(s).toString('base64')]);
  const pairs = secrets.length >= 2 ? [Buffer.from(`${secrets[0]}:${secrets[1]}`).toString('base64')] : [];
  const all = [...seen, ...extra];
  return [...needles, ...pairs].flatMap((n) =>
    all.filter((t) => t.includes(n)).map((t) => `${n} in ${t.slice(0, 200)}`),
  );
}
