import { describe, expect, it } from 'vitest';
import { LocationPage, Message, MessageListQuery, MessagePage } from './messages.ts';

const message = {
  device: '002C',
  time: 1343321977,
  data: '3235353843fc',
  snr: '38.2',
  computedLocation: { lat: 43.45, lng: 6.54, radius: 500 },
  linkQuality: 'GOOD',
  rinfos: [
    {
      tap: '003D',
      snr: '38.2',
      lat: '43',
      lng: '6',
      cbStatus: [
        {
          status: 200,
          info: 'OK',
          cbDef: '[GET] https://myHost.com/callback?id={device}&data={data}&lat={lat}&lng={lng}&ack={ack}',
          time: 1343333000,
        },
      ],
      freq: 'N/A',
    },
  ],
};

describe('Message', () => {
  it('parses the reference example with rinfos and cbStatus', () => {
    const page = MessagePage.parse({
      data: [message],
      paging: { next: 'https://backend.sigfox.com/api/devices/002C/messages?limit=100&before=1338803969' },
    });
    expect(page.data[0]).toEqual(message);
  });

  it('takes snr as a string, as v1 JSON writes it, and refuses a number', () => {
    expect(Message.safeParse({ ...message, snr: 38.2 }).success).toBe(false);
  });

  it('takes rinfo coordinates as strings of integers', () => {
    const rinfo = message.rinfos[0];
    expect(Message.safeParse({ ...message, rinfos: [{ ...rinfo, lat: '43.5' }] }).success).toBe(false);
  });

  it('keeps a station RSSI when a backend sends one, as text or as a number', () => {
    const rinfo = message.rinfos[0];
    const text = Message.parse({ ...message, rinfos: [{ ...rinfo, rssi: '-121.5' }] });
    expect(text.rinfos?.[0]?.rssi).toBe('-121.5');
    expect(Message.parse({ ...message, rinfos: [{ ...rinfo, rssi: -121.5 }] }).rinfos?.[0]?.rssi).toBe(
      -121.5,
    );
    expect(Message.safeParse({ ...message, rinfos: [{ ...rinfo, rssi: 'weak' }] }).success).toBe(false);
  });

  it('refuses an unknown link quality', () => {
    expect(Message.safeParse({ ...message, linkQuality: 'BAD' }).success).toBe(false);
  });
});

describe('Location', () => {
  it('parses the reference example and an invalid estimation without position', () => {
    const page = LocationPage.parse({
      data: [
        { time: 1343321977000, valid: true, lat: 42.4631156, lng: 1.5652321, radius: 360 },
        { time: 1343321976000, valid: false },
      ],
    });
    expect(page.data).toHaveLength(2);
  });

  it('refuses a latitude beyond 90', () => {
    expect(LocationPage.safeParse({ data: [{ time: 1, valid: true, lat: 95, lng: 0 }] }).success).toBe(false);
  });
});

describe('MessageListQuery', () => {
  it('takes before/since and paging, and refuses unknown parameters', () => {
    expect(MessageListQuery.parse({ before: '1338803969', limit: '10' })).toEqual({
      before: 1338803969,
      limit: 10,
      offset: 0,
    });
    expect(MessageListQuery.safeParse({ from: '1' }).success).toBe(false);
  });
});
