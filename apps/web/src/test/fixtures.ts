import type { DeviceType, Message } from '@sfc/api';

/** A 24-hex-digit object id from a small number, for readable fixtures. */
export const oid = (n: number) => n.toString(16).padStart(24, '0');

export const meterType: DeviceType = {
  id: oid(10),
  name: 'Water meter',
  group: oid(2),
  description: 'Counts litres',
  keepAlive: 7200,
  payloadType: 'Custom',
  payloadConfig: 'litres::uint:16 alarm::bool:7',
  downlinkMode: 0,
  downlinkDataString: 'deadbeefcafebabe',
};

export const meterMessage: Message = {
  device: '1A2B',
  time: 1_700_000_000,
  data: '01f480',
  seqNumber: 42,
  linkQuality: 'GOOD',
  rinfos: [
    { tap: '003D', snr: '12.5', cbStatus: [{ status: 200, cbDef: '[GET] http://x', time: 1_700_000_001 }] },
  ],
};
