import { parse } from '@sfc/payload';
import { z } from 'zod';

/**
 * A custom payload configuration in the grammar of the reference (Callback creation,
 * "Custom message type decoding grammar"), e.g. `int1::uint:8 int2::uint:8`, checked
 * with @sfc/payload's parser so that the web form, the BFF and the simulator refuse
 * the same configs, with the column of the problem in the message.
 */
export const PayloadConfig = z
  .string()
  .min(1, 'must not be empty')
  .max(2000, 'must be at most 2000 characters')
  .superRefine((config, ctx) => {
    const result = parse(config);
    if (!result.ok)
      ctx.addIssue({ code: 'custom', message: `is not a valid payload config: ${result.error.message}` });
  });
