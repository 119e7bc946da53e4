import { type FileHandle, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface AuditEntry {
  time: string;
  user: string;
  role: string;
  endpoint: string;
  method: string;
  path: string;
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
  /** The upstream's status, or the BFF's own 502/504 when the upstream failed. */
  status: number;
}

/**
 * Append-only JSON lines in `<dataDir>/audit.jsonl`. Each entry is written and
 * fsync'ed (fdatasync) before the mutation's answer leaves, one write at a time, so a
 * crash loses at most the mutation whose answer was never sent.
 */
export class AuditLog {
  private handle: Promise<FileHandle> | undefined;
  private queue: Promise<void> = Promise.resolve();
  readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'audit.jsonl');
  }

  append(entry: AuditEntry): Promise<void> {
    const line = `${JSON.stringify(entry)}\n`;
    const write = this.queue.then(async () => {
      this.handle ??= open(this.file, 'a', 0o600);
      const fh = await this.handle;
      await fh.write(line);
      await fh.datasync();
    });
    this.queue = write.catch(() => {});
    return write;
  }

  /**
   * Newest first. `cursor` is the number of entries (from the oldest) still to read;
   * a page returns the `limit` entries before it and the cursor for the next page.
   */
  async page(
    limit: number,
    cursor: number | undefined,
  ): Promise<{ data: AuditEntry[]; next: number | undefined }> {
    await this.queue;
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch {
      return { data: [], next: undefined };
    }
    const lines = text.split('\n').filter((l) => l.length > 0);
    const end = Math.min(cursor ?? lines.length, lines.length);
    const start = Math.max(0, end - limit);
    const data = lines
      .slice(start, end)
      .reverse()
      .map((l) => JSON.parse(l) as AuditEntry);
    return { data, next: start > 0 ? start : undefined };
  }

  async close(): Promise<void> {
    await this.queue;
    if (this.handle) await (await this.handle).close();
    this.handle = undefined;
  }
}
