import { z } from 'zod';
import { DeviceId } from './ids.ts';

/**
 * One device to register: its id and its key `pk`. The reference's only example
 * (the curl POST) shows a 24-hex-digit key; we accept 16 to 64 hex digits in pairs.
 */
export const DeviceRegistrationEntry = z.strictObject({
  id: DeviceId,
  pk: z.string().regex(/^(?:[0-9a-fA-F]{2}){8,32}$/, 'must be a key of 16 to 64 hexadecimal digits'),
});

/**
 * Body of the device registration (reference: curl, Post request): devices named
 * `prefix` + id. Ids must be distinct.
 */
export const DeviceRegistration = z
  .strictObject({
    prefix: z.string().max(100, 'must be at most 100 characters').default(''),
    ids: z
      .array(DeviceRegistrationEntry)
      .min(1, 'must list at least one device')
      .max(5000, 'must list at most 5000 devices'),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.ids.forEach((entry, index) => {
      const key = entry.id.toUpperCase().padStart(8, '0');
      if (seen.has(key)) {
        ctx.addIssue({
          code: 'custom',
          path: ['ids', index, 'id'],
          message: `device ${entry.id} is listed twice`,
        });
      }
      seen.add(key);
    });
  });
/** Body of the device registration, as a caller writes it. */
export type DeviceRegistration = z.input<typeof DeviceRegistration>;
