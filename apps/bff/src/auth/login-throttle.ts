/**
 * Fixed-window counters for login attempts: every attempt counts against the client
 * IP, failed ones against the username (a success clears it). Past the limit the
 * caller answers 429 with Retry-After (RFC 6585 §4).
 */
export class LoginThrottle {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly limits: { perIp: number; perUsername: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait when either key is over its limit, else 0. */
  retryAfter(ip: string, username: string): number {
    const t = this.now();
    const waits = [
      this.wait(`ip:${ip}`, this.limits.perIp, t),
      this.wait(`user:${username}`, this.limits.perUsername, t),
    ];
    return Math.max(...waits);
  }

  attempt(ip: string): void {
    this.bump(`ip:${ip}`);
  }

  failure(username: string): void {
    this.bump(`user:${username}`);
  }

  success(username: string): void {
    this.windows.delete(`user:${username}`);
  }

  private wait(key: string, limit: number, t: number): number {
    const w = this.windows.get(key);
    if (!w || w.resetAt <= t || w.count < limit) return 0;
    return Math.ceil((w.resetAt - t) / 1000);
  }

  private bump(key: string): void {
    const t = this.now();
    const w = this.windows.get(key);
    if (!w || w.resetAt <= t) {
      if (this.windows.size > 100_000) this.prune(t);
      this.windows.set(key, { count: 1, resetAt: t + this.limits.windowMs });
    } else {
      w.count += 1;
    }
  }

  private prune(t: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= t) this.windows.delete(key);
  }
}
