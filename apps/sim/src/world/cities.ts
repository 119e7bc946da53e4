/**
 * Real cities where the simulated fleet lives. Mostly Europe (RC1, where Sigfox
 * grew), some in the Americas and Asia-Pacific. `size` 1..3 scales how many base
 * stations and devices a city gets. Coordinates are city centres (WGS84).
 */
export type Region = 'EU' | 'AM' | 'AP';

export interface City {
  name: string;
  country: string;
  lat: number;
  lng: number;
  region: Region;
  size: 1 | 2 | 3;
}

export const CITIES: readonly City[] = [
  { name: 'Paris', country: 'FR', lat: 48.8566, lng: 2.3522, region: 'EU', size: 3 },
  { name: 'Lyon', country: 'FR', lat: 45.764, lng: 4.8357, region: 'EU', size: 2 },
  { name: 'Marseille', country: 'FR', lat: 43.2965, lng: 5.3698, region: 'EU', size: 2 },
  { name: 'Toulouse', country: 'FR', lat: 43.6047, lng: 1.4442, region: 'EU', size: 2 },
  { name: 'Labège', country: 'FR', lat: 43.5333, lng: 1.5333, region: 'EU', size: 1 },
  { name: 'Bordeaux', country: 'FR', lat: 44.8378, lng: -0.5792, region: 'EU', size: 2 },
  { name: 'Nantes', country: 'FR', lat: 47.2184, lng: -1.5536, region: 'EU', size: 1 },
  { name: 'Lille', country: 'FR', lat: 50.6292, lng: 3.0573, region: 'EU', size: 2 },
  { name: 'Strasbourg', country: 'FR', lat: 48.5734, lng: 7.7521, region: 'EU', size: 1 },
  { name: 'Nice', country: 'FR', lat: 43.7102, lng: 7.262, region: 'EU', size: 1 },
  { name: 'Rennes', country: 'FR', lat: 48.1173, lng: -1.6778, region: 'EU', size: 1 },
  { name: 'Montpellier', country: 'FR', lat: 43.6108, lng: 3.8767, region: 'EU', size: 1 },
  { name: 'Madrid', country: 'ES', lat: 40.4168, lng: -3.7038, region: 'EU', size: 3 },
  { name: 'Barcelona', country: 'ES', lat: 41.3874, lng: 2.1686, region: 'EU', size: 3 },
  { name: 'Valencia', country: 'ES', lat: 39.4699, lng: -0.3763, region: 'EU', size: 2 },
  { name: 'Seville', country: 'ES', lat: 37.3891, lng: -5.9845, region: 'EU', size: 2 },
  { name: 'Bilbao', country: 'ES', lat: 43.263, lng: -2.935, region: 'EU', size: 1 },
  { name: 'Lisbon', country: 'PT', lat: 38.7223, lng: -9.1393, region: 'EU', size: 2 },
  { name: 'Porto', country: 'PT', lat: 41.1579, lng: -8.6291, region: 'EU', size: 1 },
  { name: 'Berlin', country: 'DE', lat: 52.52, lng: 13.405, region: 'EU', size: 3 },
  { name: 'Munich', country: 'DE', lat: 48.1351, lng: 11.582, region: 'EU', size: 2 },
  { name: 'Hamburg', country: 'DE', lat: 53.5511, lng: 9.9937, region: 'EU', size: 2 },
  { name: 'Frankfurt', country: 'DE', lat: 50.1109, lng: 8.6821, region: 'EU', size: 2 },
  { name: 'Cologne', country: 'DE', lat: 50.9375, lng: 6.9603, region: 'EU', size: 2 },
  { name: 'Stuttgart', country: 'DE', lat: 48.7758, lng: 9.1829, region: 'EU', size: 1 },
  { name: 'Vienna', country: 'AT', lat: 48.2082, lng: 16.3738, region: 'EU', size: 2 },
  { name: 'Zurich', country: 'CH', lat: 47.3769, lng: 8.5417, region: 'EU', size: 1 },
  { name: 'Geneva', country: 'CH', lat: 46.2044, lng: 6.1432, region: 'EU', size: 1 },
  { name: 'Milan', country: 'IT', lat: 45.4642, lng: 9.19, region: 'EU', size: 3 },
  { name: 'Rome', country: 'IT', lat: 41.9028, lng: 12.4964, region: 'EU', size: 3 },
  { name: 'Turin', country: 'IT', lat: 45.0703, lng: 7.6869, region: 'EU', size: 2 },
  { name: 'Naples', country: 'IT', lat: 40.8518, lng: 14.2681, region: 'EU', size: 2 },
  { name: 'Bologna', country: 'IT', lat: 44.4949, lng: 11.3426, region: 'EU', size: 1 },
  { name: 'Amsterdam', country: 'NL', lat: 52.3676, lng: 4.9041, region: 'EU', size: 2 },
  { name: 'Rotterdam', country: 'NL', lat: 51.9244, lng: 4.4777, region: 'EU', size: 2 },
  { name: 'Brussels', country: 'BE', lat: 50.8503, lng: 4.3517, region: 'EU', size: 2 },
  { name: 'Antwerp', country: 'BE', lat: 51.2194, lng: 4.4025, region: 'EU', size: 1 },
  { name: 'Luxembourg', country: 'LU', lat: 49.6116, lng: 6.1319, region: 'EU', size: 1 },
  { name: 'London', country: 'GB', lat: 51.5072, lng: -0.1276, region: 'EU', size: 3 },
  { name: 'Manchester', country: 'GB', lat: 53.4808, lng: -2.2426, region: 'EU', size: 2 },
  { name: 'Dublin', country: 'IE', lat: 53.3498, lng: -6.2603, region: 'EU', size: 2 },
  { name: 'Copenhagen', country: 'DK', lat: 55.6761, lng: 12.5683, region: 'EU', size: 2 },
  { name: 'Stockholm', country: 'SE', lat: 59.3293, lng: 18.0686, region: 'EU', size: 2 },
  { name: 'Oslo', country: 'NO', lat: 59.9139, lng: 10.7522, region: 'EU', size: 1 },
  { name: 'Helsinki', country: 'FI', lat: 60.1699, lng: 24.9384, region: 'EU', size: 1 },
  { name: 'Warsaw', country: 'PL', lat: 52.2297, lng: 21.0122, region: 'EU', size: 2 },
  { name: 'Prague', country: 'CZ', lat: 50.0755, lng: 14.4378, region: 'EU', size: 2 },
  { name: 'Budapest', country: 'HU', lat: 47.4979, lng: 19.0402, region: 'EU', size: 1 },
  { name: 'São Paulo', country: 'BR', lat: -23.5505, lng: -46.6333, region: 'AM', size: 3 },
  { name: 'Rio de Janeiro', country: 'BR', lat: -22.9068, lng: -43.1729, region: 'AM', size: 2 },
  { name: 'Mexico City', country: 'MX', lat: 19.4326, lng: -99.1332, region: 'AM', size: 3 },
  { name: 'Bogotá', country: 'CO', lat: 4.711, lng: -74.0721, region: 'AM', size: 1 },
  { name: 'Buenos Aires', country: 'AR', lat: -34.6037, lng: -58.3816, region: 'AM', size: 2 },
  { name: 'San Francisco', country: 'US', lat: 37.7749, lng: -122.4194, region: 'AM', size: 2 },
  { name: 'Dallas', country: 'US', lat: 32.7767, lng: -96.797, region: 'AM', size: 2 },
  { name: 'Chicago', country: 'US', lat: 41.8781, lng: -87.6298, region: 'AM', size: 2 },
  { name: 'Sydney', country: 'AU', lat: -33.8688, lng: 151.2093, region: 'AP', size: 2 },
  { name: 'Melbourne', country: 'AU', lat: -37.8136, lng: 144.9631, region: 'AP', size: 2 },
  { name: 'Auckland', country: 'NZ', lat: -36.8485, lng: 174.7633, region: 'AP', size: 1 },
  { name: 'Tokyo', country: 'JP', lat: 35.6762, lng: 139.6503, region: 'AP', size: 3 },
  { name: 'Osaka', country: 'JP', lat: 34.6937, lng: 135.5023, region: 'AP', size: 2 },
  { name: 'Singapore', country: 'SG', lat: 1.3521, lng: 103.8198, region: 'AP', size: 2 },
];
