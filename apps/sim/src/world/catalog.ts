/**
 * The organisation the world is seeded with: a group tree four levels deep
 * (root, regions, customers, sites) and the device types each group owns.
 * Names are invented; cities are real (cities.ts).
 */
export interface GroupSpec {
  key: string;
  name: string;
  description: string;
  parent?: string;
  billable: boolean;
}

export const GROUP_SPECS: readonly GroupSpec[] = [
  { key: 'root', name: 'Acme IoT', description: 'Acme IoT operator account', billable: false },
  { key: 'eu', name: 'Europe', description: 'European customers (RC1)', parent: 'root', billable: false },
  {
    key: 'am',
    name: 'Americas',
    description: 'Customers in the Americas (RC2/RC4)',
    parent: 'root',
    billable: false,
  },
  {
    key: 'ap',
    name: 'Asia-Pacific',
    description: 'Customers in Asia-Pacific',
    parent: 'root',
    billable: false,
  },
  {
    key: 'lab',
    name: 'R&D Lab',
    description: 'Prototypes and development kits',
    parent: 'root',
    billable: false,
  },
  {
    key: 'frlog',
    name: 'France Logistics',
    description: 'Cold chain and pallets',
    parent: 'eu',
    billable: true,
  },
  {
    key: 'lyon',
    name: 'Lyon Warehouse',
    description: 'Refrigerated warehouse',
    parent: 'frlog',
    billable: true,
  },
  {
    key: 'paris',
    name: 'Paris Nord Depot',
    description: 'Cross-dock depot',
    parent: 'frlog',
    billable: true,
  },
  {
    key: 'iberia',
    name: 'Iberia Utilities',
    description: 'Water and power metering',
    parent: 'eu',
    billable: true,
  },
  { key: 'madrid', name: 'Madrid Water', description: 'Water network', parent: 'iberia', billable: true },
  {
    key: 'lisbon',
    name: 'Lisbon Grid',
    description: 'Electricity distribution',
    parent: 'iberia',
    billable: true,
  },
  {
    key: 'park',
    name: 'Central Parking',
    description: 'On-street parking sensors',
    parent: 'eu',
    billable: true,
  },
  {
    key: 'munich',
    name: 'Munich Parking',
    description: 'Bavaria and the Rhine',
    parent: 'park',
    billable: true,
  },
  {
    key: 'vienna',
    name: 'Vienna Parking',
    description: 'Austria and neighbours',
    parent: 'park',
    billable: true,
  },
  { key: 'latam', name: 'Latam Fleet', description: 'Truck fleet tracking', parent: 'am', billable: true },
  {
    key: 'saopaulo',
    name: 'São Paulo Fleet',
    description: 'Fleet operations hub',
    parent: 'latam',
    billable: true,
  },
  {
    key: 'nafm',
    name: 'North America Facilities',
    description: 'Facility monitoring',
    parent: 'am',
    billable: true,
  },
  { key: 'harbour', name: 'Harbour Health', description: 'Assisted living', parent: 'ap', billable: true },
  {
    key: 'sydney',
    name: 'Sydney Clinics',
    description: 'Clinics and homes',
    parent: 'harbour',
    billable: true,
  },
];

export interface DeviceTypeSpec {
  name: string;
  group: string;
  model: string;
  description: string;
  contract: string;
  /** Where its devices are, by city name. */
  cities: readonly string[];
}

const FR = ['Paris', 'Lyon', 'Marseille', 'Toulouse', 'Bordeaux', 'Nantes', 'Lille', 'Strasbourg', 'Nice'];
const EU_ALL = [...FR, 'Madrid', 'Barcelona', 'Milan', 'Rome', 'Amsterdam', 'Brussels', 'London', 'Berlin'];

export const DEVICE_TYPE_SPECS: readonly DeviceTypeSpec[] = [
  {
    name: 'Cold-chain sensor CS-1',
    group: 'lyon',
    model: 'climate',
    description: 'Fridge and cold room probes',
    contract: 'gold',
    cities: ['Lyon', 'Marseille', 'Montpellier', 'Geneva', 'Turin'],
  },
  {
    name: 'Cold-chain sensor CS-2',
    group: 'paris',
    model: 'climate',
    description: 'Second-generation probes',
    contract: 'gold',
    cities: ['Paris', 'Lille', 'Brussels', 'Rennes', 'London', 'Dublin', 'Manchester'],
  },
  {
    name: 'Pallet tracker',
    group: 'frlog',
    model: 'asset',
    description: 'GPS trackers on returnable pallets',
    contract: 'platinum',
    cities: EU_ALL,
  },
  {
    name: 'Water meter WM-4',
    group: 'madrid',
    model: 'water',
    description: 'Basement water meters',
    contract: 'silver',
    cities: ['Madrid', 'Valencia', 'Seville', 'Barcelona', 'Bilbao'],
  },
  {
    name: 'Smart energy meter',
    group: 'lisbon',
    model: 'energy',
    description: 'Three-phase meters with relay',
    contract: 'silver',
    cities: ['Lisbon', 'Porto', 'Amsterdam', 'Rotterdam', 'Antwerp', 'Luxembourg'],
  },
  {
    name: 'Parking sensor PS-3',
    group: 'munich',
    model: 'parking',
    description: 'In-ground magnetometers',
    contract: 'gold',
    cities: [
      'Munich',
      'Stuttgart',
      'Frankfurt',
      'Cologne',
      'Hamburg',
      'Berlin',
      'Zurich',
      'Milan',
      'Bologna',
    ],
  },
  {
    name: 'Parking sensor PS-3 (AT)',
    group: 'vienna',
    model: 'parking',
    description: 'In-ground magnetometers',
    contract: 'gold',
    cities: ['Vienna', 'Prague', 'Budapest', 'Warsaw', 'Rome', 'Naples'],
  },
  {
    name: 'Fleet tracker FT-2',
    group: 'saopaulo',
    model: 'fleet',
    description: "Truck trackers with Spot'it backup",
    contract: 'platinum',
    cities: ['São Paulo', 'Rio de Janeiro', 'Buenos Aires', 'Bogotá', 'Mexico City'],
  },
  {
    name: 'Facility climate probe',
    group: 'nafm',
    model: 'climate',
    description: 'Server rooms and storage',
    contract: 'gold',
    cities: ['San Francisco', 'Dallas', 'Chicago', 'Mexico City'],
  },
  {
    name: 'Panic button',
    group: 'sydney',
    model: 'button',
    description: 'Wearable alarm buttons',
    contract: 'gold',
    cities: ['Sydney', 'Melbourne', 'Auckland', 'Tokyo', 'Osaka', 'Singapore'],
  },
  {
    name: 'Lone worker button',
    group: 'eu',
    model: 'button',
    description: 'Alarm buttons for field staff',
    contract: 'silver',
    cities: ['Copenhagen', 'Stockholm', 'Oslo', 'Helsinki', 'Amsterdam', 'Berlin'],
  },
  {
    name: 'Sigfox test device',
    // Owned by the root group, so the reference's first curl example (GET /api/devicetypes
    // with the root credentials, no includeSubGroups) lists a device type, as it does there.
    group: 'root',
    model: 'devkit',
    description: 'Little things in the black boxes',
    contract: 'evaluation',
    cities: ['Labège', 'Toulouse', 'Paris'],
  },
];

export interface ContractSpec {
  key: string;
  name: string;
  geolocation: boolean;
}

export const CONTRACT_SPECS: readonly ContractSpec[] = [
  { key: 'platinum', name: "Platinum 140/day + Spot'it", geolocation: true },
  { key: 'gold', name: 'Gold 50/day', geolocation: false },
  { key: 'silver', name: 'Silver 10/day', geolocation: false },
  { key: 'evaluation', name: 'Evaluation (free messages)', geolocation: false },
];
