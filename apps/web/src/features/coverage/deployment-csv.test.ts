import { describe, expect, it } from 'vitest';
import { MAX_DEPLOYMENT_POINTS, parseDeployment, splitCsvLine } from './deployment-csv.ts';

describe('parseDeployment', () => {
  it('reads lat,lng with an optional name, without a header; unnamed points get a number', () => {
    const { points, errors } = parseDeployment('43.6045,1.444,Toulouse depot\n\n48.8566,2.3522\n');
    expect(errors).toEqual([]);
    expect(points).toEqual([
      { name: 'Toulouse depot', lat: 43.6045, lng: 1.444, line: 1 },
      { name: 'Point 2', lat: 48.8566, lng: 2.3522, line: 3 },
    ]);
  });

  it('follows a header, in any order, with latitude/longitude names and ; separators', () => {
    const text = 'Name;Longitude;Latitude\r\n"Depot; north";1,444;43,6045\r\nSea;-30;45';
    const { points, errors } = parseDeployment(text);
    expect(errors).toEqual([]);
    expect(points).toEqual([
      { name: 'Depot; north', lat: 43.6045, lng: 1.444, line: 2 },
      { name: 'Sea', lat: 45, lng: -30, line: 3 },
    ]);
  });

  it('names the line and the column of every problem, and keeps the good lines', () => {
    const text = 'lat,lng,name\n43.6,1.44,ok\n95,1.44,too far north\nabc,200\n48.85\n';
    const { points, errors } = parseDeployment(text);
    expect(errors).toEqual([
      'Line 3: latitude must be between -90 and 90',
      'Line 4: latitude must be a decimal number, like 43.6045',
      'Line 4: longitude must be between -180 and 180',
      'Line 5: longitude is missing',
    ]);
    expect(points.map((p) => p.name)).toEqual(['ok']);
  });

  it('refuses a header without coordinate columns', () => {
    expect(parseDeployment('site,x,y\n1,2,3').errors[0]).toBe(
      'Line 1: the header needs a lat (or latitude) and a lng (or longitude) column',
    );
  });

  it(`takes at most ${MAX_DEPLOYMENT_POINTS} points`, () => {
    const text = Array.from({ length: MAX_DEPLOYMENT_POINTS + 1 }, (_, i) => `45,${i / 100}`).join('\n');
    expect(parseDeployment(text).errors).toEqual([
      `Too many coordinates: ${MAX_DEPLOYMENT_POINTS + 1}; at most ${MAX_DEPLOYMENT_POINTS} per check`,
    ]);
  });
});

describe('splitCsvLine', () => {
  it('keeps quoted separators and doubled quotes', () => {
    expect(splitCsvLine('1, 2 ,"a ""big"", site"', ',')).toEqual(['1', '2', 'a "big", site']);
  });
});
