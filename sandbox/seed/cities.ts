/**
 * IATA city codes used by the travel opportunities, with real-looking postal codes (the first is the main
 * airport's) and a fixed *standard* UTC offset. Daylight saving time is deliberately ignored: every city keeps
 * its standard offset all year, so local ↔ UTC conversion is a constant shift per city.
 */

export type Region = 'NA' | 'LATAM' | 'EUROPE' | 'APAC';

export interface City {
  code: string; // IATA metropolitan-area / city code
  name: string;
  country: string; // ISO 3166-1 alpha-2
  region: Region;
  utcOffsetMinutes: number; // standard time, DST ignored
  lat: number;
  lon: number;
  airportPostalCode: string;
  postalCodes: readonly string[]; // downtown / business districts
  /** Cities in the same rail network can be connected by train when close enough. */
  rail?: 'NEC' | 'EU' | 'JP' | 'CN';
  /** Relative popularity as a business destination. */
  weight: number;
}

export const CITIES: readonly City[] = [
  // United States & Canada
  { code: 'NYC', name: 'New York', country: 'US', region: 'NA', utcOffsetMinutes: -300, lat: 40.71, lon: -74.01, airportPostalCode: '11430', postalCodes: ['10001', '10017', '10022', '10036', '10004'], rail: 'NEC', weight: 10 },
  { code: 'WAS', name: 'Washington', country: 'US', region: 'NA', utcOffsetMinutes: -300, lat: 38.9, lon: -77.04, airportPostalCode: '20166', postalCodes: ['20001', '20005', '20036', '22202'], rail: 'NEC', weight: 6 },
  { code: 'BOS', name: 'Boston', country: 'US', region: 'NA', utcOffsetMinutes: -300, lat: 42.36, lon: -71.06, airportPostalCode: '02128', postalCodes: ['02110', '02116', '02210', '02142'], rail: 'NEC', weight: 5 },
  { code: 'CHI', name: 'Chicago', country: 'US', region: 'NA', utcOffsetMinutes: -360, lat: 41.88, lon: -87.63, airportPostalCode: '60666', postalCodes: ['60601', '60603', '60606', '60611'], weight: 8 },
  { code: 'DFW', name: 'Dallas–Fort Worth', country: 'US', region: 'NA', utcOffsetMinutes: -360, lat: 32.78, lon: -96.8, airportPostalCode: '75261', postalCodes: ['75201', '75202', '76102', '75039'], weight: 5 },
  { code: 'ATL', name: 'Atlanta', country: 'US', region: 'NA', utcOffsetMinutes: -300, lat: 33.75, lon: -84.39, airportPostalCode: '30320', postalCodes: ['30303', '30308', '30326'], weight: 4 },
  { code: 'MIA', name: 'Miami', country: 'US', region: 'NA', utcOffsetMinutes: -300, lat: 25.76, lon: -80.19, airportPostalCode: '33126', postalCodes: ['33131', '33132', '33139'], weight: 4 },
  { code: 'DEN', name: 'Denver', country: 'US', region: 'NA', utcOffsetMinutes: -420, lat: 39.74, lon: -104.99, airportPostalCode: '80249', postalCodes: ['80202', '80206', '80112'], weight: 3 },
  { code: 'SFO', name: 'San Francisco', country: 'US', region: 'NA', utcOffsetMinutes: -480, lat: 37.77, lon: -122.42, airportPostalCode: '94128', postalCodes: ['94105', '94103', '94111', '94107'], weight: 8 },
  { code: 'LAX', name: 'Los Angeles', country: 'US', region: 'NA', utcOffsetMinutes: -480, lat: 34.05, lon: -118.24, airportPostalCode: '90045', postalCodes: ['90071', '90017', '90024', '90401'], weight: 6 },
  { code: 'SEA', name: 'Seattle', country: 'US', region: 'NA', utcOffsetMinutes: -480, lat: 47.61, lon: -122.33, airportPostalCode: '98158', postalCodes: ['98101', '98104', '98109'], weight: 4 },
  { code: 'YTO', name: 'Toronto', country: 'CA', region: 'NA', utcOffsetMinutes: -300, lat: 43.65, lon: -79.38, airportPostalCode: 'L5P 1B2', postalCodes: ['M5J 2N8', 'M5H 2N2', 'M5V 3L9', 'M5X 1A9'], weight: 5 },
  { code: 'YMQ', name: 'Montréal', country: 'CA', region: 'NA', utcOffsetMinutes: -300, lat: 45.5, lon: -73.57, airportPostalCode: 'H4Y 1H1', postalCodes: ['H3B 4W8', 'H3A 0G4', 'H2Z 1B1'], weight: 3 },
  { code: 'YVR', name: 'Vancouver', country: 'CA', region: 'NA', utcOffsetMinutes: -480, lat: 49.28, lon: -123.12, airportPostalCode: 'V7B 1Y7', postalCodes: ['V6C 3E8', 'V6B 1A9', 'V6E 4M2'], weight: 3 },
  // Mexico & Latin America
  { code: 'MEX', name: 'Mexico City', country: 'MX', region: 'LATAM', utcOffsetMinutes: -360, lat: 19.43, lon: -99.13, airportPostalCode: '15620', postalCodes: ['06600', '11560', '06500', '05348', '11000'], weight: 9 },
  { code: 'GDL', name: 'Guadalajara', country: 'MX', region: 'LATAM', utcOffsetMinutes: -360, lat: 20.67, lon: -103.35, airportPostalCode: '45659', postalCodes: ['44100', '44160', '45116', '44670'], weight: 5 },
  { code: 'MTY', name: 'Monterrey', country: 'MX', region: 'LATAM', utcOffsetMinutes: -360, lat: 25.69, lon: -100.32, airportPostalCode: '66600', postalCodes: ['64000', '66220', '64620', '66269'], weight: 6 },
  { code: 'QRO', name: 'Querétaro', country: 'MX', region: 'LATAM', utcOffsetMinutes: -360, lat: 20.59, lon: -100.39, airportPostalCode: '76270', postalCodes: ['76000', '76090', '76146'], weight: 2 },
  { code: 'CUN', name: 'Cancún', country: 'MX', region: 'LATAM', utcOffsetMinutes: -300, lat: 21.16, lon: -86.85, airportPostalCode: '77565', postalCodes: ['77500', '77509', '77524'], weight: 2 },
  { code: 'SAO', name: 'São Paulo', country: 'BR', region: 'LATAM', utcOffsetMinutes: -180, lat: -23.55, lon: -46.63, airportPostalCode: '07190-100', postalCodes: ['01310-100', '04538-133', '01451-000', '04543-011'], weight: 5 },
  { code: 'BOG', name: 'Bogotá', country: 'CO', region: 'LATAM', utcOffsetMinutes: -300, lat: 4.71, lon: -74.07, airportPostalCode: '110911', postalCodes: ['110111', '110221', '110231'], weight: 3 },
  { code: 'SCL', name: 'Santiago', country: 'CL', region: 'LATAM', utcOffsetMinutes: -240, lat: -33.45, lon: -70.67, airportPostalCode: '9020000', postalCodes: ['8320000', '7550000', '7500000'], weight: 3 },
  // Europe
  { code: 'LON', name: 'London', country: 'GB', region: 'EUROPE', utcOffsetMinutes: 0, lat: 51.51, lon: -0.13, airportPostalCode: 'TW6 1QG', postalCodes: ['EC2M 7PY', 'W1K 6JP', 'WC2N 5DU', 'E14 5AB', 'EC4M 9AF'], rail: 'EU', weight: 9 },
  { code: 'DUB', name: 'Dublin', country: 'IE', region: 'EUROPE', utcOffsetMinutes: 0, lat: 53.35, lon: -6.26, airportPostalCode: 'K67 F2K5', postalCodes: ['D02 X285', 'D02 P656', 'D04 K7X4'], weight: 3 },
  { code: 'PAR', name: 'Paris', country: 'FR', region: 'EUROPE', utcOffsetMinutes: 60, lat: 48.86, lon: 2.35, airportPostalCode: '95700', postalCodes: ['75008', '75002', '75015', '92400', '75009'], rail: 'EU', weight: 8 },
  { code: 'BRU', name: 'Brussels', country: 'BE', region: 'EUROPE', utcOffsetMinutes: 60, lat: 50.85, lon: 4.35, airportPostalCode: '1930', postalCodes: ['1000', '1040', '1050'], rail: 'EU', weight: 3 },
  { code: 'AMS', name: 'Amsterdam', country: 'NL', region: 'EUROPE', utcOffsetMinutes: 60, lat: 52.37, lon: 4.9, airportPostalCode: '1118 CP', postalCodes: ['1012 AB', '1017 CE', '1082 MD', '1077 XX'], rail: 'EU', weight: 5 },
  { code: 'FRA', name: 'Frankfurt', country: 'DE', region: 'EUROPE', utcOffsetMinutes: 60, lat: 50.11, lon: 8.68, airportPostalCode: '60547', postalCodes: ['60311', '60329', '60486', '60325'], rail: 'EU', weight: 7 },
  { code: 'MUC', name: 'Munich', country: 'DE', region: 'EUROPE', utcOffsetMinutes: 60, lat: 48.14, lon: 11.58, airportPostalCode: '85356', postalCodes: ['80331', '80335', '81677', '80807'], rail: 'EU', weight: 5 },
  { code: 'BER', name: 'Berlin', country: 'DE', region: 'EUROPE', utcOffsetMinutes: 60, lat: 52.52, lon: 13.4, airportPostalCode: '12529', postalCodes: ['10117', '10785', '10969'], rail: 'EU', weight: 4 },
  { code: 'ZRH', name: 'Zurich', country: 'CH', region: 'EUROPE', utcOffsetMinutes: 60, lat: 47.38, lon: 8.54, airportPostalCode: '8058', postalCodes: ['8001', '8002', '8005'], rail: 'EU', weight: 4 },
  { code: 'VIE', name: 'Vienna', country: 'AT', region: 'EUROPE', utcOffsetMinutes: 60, lat: 48.21, lon: 16.37, airportPostalCode: '1300', postalCodes: ['1010', '1030', '1220'], rail: 'EU', weight: 2 },
  { code: 'MIL', name: 'Milan', country: 'IT', region: 'EUROPE', utcOffsetMinutes: 60, lat: 45.46, lon: 9.19, airportPostalCode: '21010', postalCodes: ['20121', '20124', '20159', '20154'], rail: 'EU', weight: 4 },
  { code: 'MAD', name: 'Madrid', country: 'ES', region: 'EUROPE', utcOffsetMinutes: 60, lat: 40.42, lon: -3.7, airportPostalCode: '28042', postalCodes: ['28013', '28046', '28020', '28001'], rail: 'EU', weight: 5 },
  { code: 'BCN', name: 'Barcelona', country: 'ES', region: 'EUROPE', utcOffsetMinutes: 60, lat: 41.39, lon: 2.17, airportPostalCode: '08820', postalCodes: ['08002', '08007', '08019', '08039'], rail: 'EU', weight: 4 },
  { code: 'LIS', name: 'Lisbon', country: 'PT', region: 'EUROPE', utcOffsetMinutes: 0, lat: 38.72, lon: -9.14, airportPostalCode: '1700-111', postalCodes: ['1250-096', '1050-094', '1990-096'], weight: 2 },
  { code: 'CPH', name: 'Copenhagen', country: 'DK', region: 'EUROPE', utcOffsetMinutes: 60, lat: 55.68, lon: 12.57, airportPostalCode: '2770', postalCodes: ['1550', '1620', '2100'], weight: 2 },
  { code: 'STO', name: 'Stockholm', country: 'SE', region: 'EUROPE', utcOffsetMinutes: 60, lat: 59.33, lon: 18.07, airportPostalCode: '190 45', postalCodes: ['111 20', '111 52', '114 46'], weight: 2 },
  // Asia-Pacific
  { code: 'TYO', name: 'Tokyo', country: 'JP', region: 'APAC', utcOffsetMinutes: 540, lat: 35.68, lon: 139.69, airportPostalCode: '144-0041', postalCodes: ['100-0005', '105-0011', '160-0023', '107-0052'], rail: 'JP', weight: 6 },
  { code: 'OSA', name: 'Osaka', country: 'JP', region: 'APAC', utcOffsetMinutes: 540, lat: 34.69, lon: 135.5, airportPostalCode: '549-0001', postalCodes: ['530-0001', '541-0041', '530-0011'], rail: 'JP', weight: 2 },
  { code: 'SEL', name: 'Seoul', country: 'KR', region: 'APAC', utcOffsetMinutes: 540, lat: 37.57, lon: 126.98, airportPostalCode: '22382', postalCodes: ['04533', '06164', '07326'], weight: 3 },
  { code: 'BJS', name: 'Beijing', country: 'CN', region: 'APAC', utcOffsetMinutes: 480, lat: 39.9, lon: 116.4, airportPostalCode: '100621', postalCodes: ['100020', '100004', '100738'], rail: 'CN', weight: 3 },
  { code: 'SHA', name: 'Shanghai', country: 'CN', region: 'APAC', utcOffsetMinutes: 480, lat: 31.23, lon: 121.47, airportPostalCode: '201207', postalCodes: ['200120', '200040', '200002'], rail: 'CN', weight: 4 },
  // Hong Kong has no postal codes; forms conventionally use 999077.
  { code: 'HKG', name: 'Hong Kong', country: 'HK', region: 'APAC', utcOffsetMinutes: 480, lat: 22.32, lon: 114.17, airportPostalCode: '999077', postalCodes: ['999077'], weight: 4 },
  { code: 'SIN', name: 'Singapore', country: 'SG', region: 'APAC', utcOffsetMinutes: 480, lat: 1.35, lon: 103.82, airportPostalCode: '819643', postalCodes: ['018989', '039594', '238859', '048583'], weight: 6 },
  { code: 'BOM', name: 'Mumbai', country: 'IN', region: 'APAC', utcOffsetMinutes: 330, lat: 19.08, lon: 72.88, airportPostalCode: '400099', postalCodes: ['400051', '400021', '400013'], weight: 3 },
  { code: 'SYD', name: 'Sydney', country: 'AU', region: 'APAC', utcOffsetMinutes: 600, lat: -33.87, lon: 151.21, airportPostalCode: '2020', postalCodes: ['2000', '2060', '2009'], weight: 4 },
  { code: 'MEL', name: 'Melbourne', country: 'AU', region: 'APAC', utcOffsetMinutes: 600, lat: -37.81, lon: 144.96, airportPostalCode: '3045', postalCodes: ['3000', '3004', '3008'], weight: 2 },
  { code: 'AKL', name: 'Auckland', country: 'NZ', region: 'APAC', utcOffsetMinutes: 720, lat: -36.85, lon: 174.76, airportPostalCode: '2022', postalCodes: ['1010', '1011', '1051'], weight: 1 },
];

const BY_CODE = new Map(CITIES.map((city) => [city.code, city]));

export function cityByCode(code: string): City {
  const city = BY_CODE.get(code);
  if (city === undefined) throw new RangeError(`unknown city code ${code}`);
  return city;
}

/** Great-circle distance in km. */
export function distanceKm(a: City, b: City): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
