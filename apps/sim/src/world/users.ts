import { objectId } from './ids.ts';
import type { Rng, SimUser } from './types.ts';

const FIRST = [
  'Michel',
  'Claude',
  'Ana',
  'Lukas',
  'Sofia',
  'João',
  'Emma',
  'Hiroshi',
  'Olivia',
  'Mateo',
  'Ingrid',
  'Priya',
  'Tom',
  'Chloé',
];
const LAST = [
  'Dupont',
  'Martin',
  'García',
  'Müller',
  'Rossi',
  'Silva',
  'Jansen',
  'Tanaka',
  'Brown',
  'López',
  'Larsen',
  'Nair',
  'Walsh',
  'Moreau',
];
const TIMEZONES: Record<string, string> = {
  root: 'Europe/Paris',
  eu: 'Europe/Paris',
  frlog: 'Europe/Paris',
  lyon: 'Europe/Paris',
  paris: 'Europe/Paris',
  iberia: 'Europe/Madrid',
  madrid: 'Europe/Madrid',
  lisbon: 'Europe/Lisbon',
  park: 'Europe/Berlin',
  munich: 'Europe/Berlin',
  vienna: 'Europe/Vienna',
  am: 'America/Chicago',
  latam: 'America/Sao_Paulo',
  saopaulo: 'America/Sao_Paulo',
  nafm: 'America/Chicago',
  ap: 'Australia/Sydney',
  harbour: 'Australia/Sydney',
  sydney: 'Australia/Sydney',
  lab: 'Europe/Paris',
};

/** Roles the console distinguishes; names styled like the reference's custom roles ("SNO [R]"). */
const ROLE_NAMES = ['ADMIN', 'DEVICE MANAGER [W]', 'DEVICE MANAGER [R]', 'CUSTOMER [R]', 'SUPPORT'] as const;

/** Users with roles: operators at the root, managers and readers in customer and site groups. */
export function createUsers(rng: Rng, keys: ReadonlyMap<string, string>, nowMs: number): SimUser[] {
  const roles = ROLE_NAMES.map((name) => ({ id: objectId(rng, nowMs / 1000 - 1500 * 86400), name }));
  const keyOf = new Map([...keys].map(([key, id]) => [id, key]));
  const plan: [groupKey: string, role: number][][] = [
    [['root', 0]],
    [
      ['root', 4],
      ['eu', 2],
    ],
    [['frlog', 1]],
    [['lyon', 3]],
    [
      ['paris', 1],
      ['lyon', 2],
    ],
    [['iberia', 1]],
    [['madrid', 3]],
    [
      ['park', 1],
      ['munich', 1],
      ['vienna', 2],
    ],
    [['latam', 1]],
    [['saopaulo', 3]],
    [['nafm', 2]],
    [
      ['harbour', 1],
      ['sydney', 3],
    ],
    [['lab', 0]],
    [
      ['ap', 2],
      ['am', 2],
    ],
  ];
  return plan.map((entries, i) => {
    const firstName = FIRST[i % FIRST.length]!;
    const lastName = LAST[i % LAST.length]!;
    const creationTime = Math.floor(nowMs - rng.float(60, 1500) * 86_400_000);
    const userRoles = entries.map(([key, role]) => ({ groupId: keys.get(key)!, customRole: roles[role]! }));
    const home = keyOf.get(userRoles[0]!.groupId) ?? 'root';
    const ascii = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[^a-zA-Z]/g, '')
        .toLowerCase();
    return {
      firstName,
      lastName,
      email: `${ascii(firstName)}.${ascii(lastName)}@acme-iot.example`,
      timezone: TIMEZONES[home] ?? 'UTC',
      creationTime,
      lastLogin: Math.floor(nowMs - rng.float(0.01, 20) * 86_400_000),
      userRoles,
    };
  });
}
