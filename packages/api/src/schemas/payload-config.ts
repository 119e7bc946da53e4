import { z } from 'zod';

/**
 * A custom payload configuration in the grammar of the reference (Callback creation,
 * "Custom message type decoding grammar"), e.g. `int1::uint:8 int2::uint:8`.
 */
export const PayloadConfig = z
  .string()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters');
