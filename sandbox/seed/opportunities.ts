/**
 * Travel "opportunities" (Concur Insights): offers attached to travellers' trips. Each trip is a round trip from
 * a home city through 1-3 destinations over 1-10 days; its opportunities (hotel stays, car rentals, flights,
 * trains, taxi rides, day services) all fall inside the trip. Times are computed as UTC instants and rendered
 * as local times with each city's fixed standard offset (DST ignored, see cities.ts).
 */
import type { OpportunityType, SeedOpportunity } from './types';
import type { IdFactory, Rng } from './random';
import { CITIES, distanceKm, type City } from './cities';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatDateTime, startOfUtcDay, utcMonth, utcWeekday } from './date-utils';

export const MIN_OPPORTUNITIES = 5200;
export const MIN_TRIPS = 420;
/** Trips start from this many days before `now` ... */
export const TRIP_WINDOW_PAST_DAYS = 372;
/** ... until this many days after `now`. */
export const TRIP_WINDOW_FUTURE_DAYS = 188;
const BASE_TRIP_COUNT = 440;

export const OPPORTUNITY_TYPES: readonly OpportunityType[] = ['Hotel', 'Car', 'Air', 'Rail', 'Taxi', 'Service'];

type LegMode = 'Air' | 'Rail' | 'Car';

interface Leg {
  from: City;
  to: City;
  mode: LegMode;
  departMs: number;
  arriveMs: number;
}

interface Stay {
  city: City;
  arriveMs: number;
  departMs: number;
  nights: number;
  arrivedBy: LegMode;
  leavesBy: LegMode;
}

interface Trip {
  id: string;
  startMs: number;
  endMs: number;
  legs: Leg[];
  stays: Stay[];
}

interface Draft {
  type: OpportunityType;
  from: City;
  to: City;
  fromPostal: string;
  toPostal: string;
  startMs: number;
  endMs: number;
}

/** Where travellers are based (home city weights). */
const HOME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['NYC', 8], ['MEX', 8], ['SFO', 6], ['LON', 6], ['CHI', 5], ['FRA', 5], ['MTY', 4], ['BOS', 3], ['GDL', 3],
  ['YTO', 3], ['PAR', 3], ['SIN', 3], ['DFW', 2], ['TYO', 2], ['SAO', 2], ['MAD', 2], ['SYD', 1],
];

const RAIL_LIMITS: Record<NonNullable<City['rail']>, { maxKm: number; kmh: number }> = {
  NEC: { maxKm: 700, kmh: 115 },
  EU: { maxKm: 900, kmh: 165 },
  JP: { maxKm: 700, kmh: 190 },
  CN: { maxKm: 1300, kmh: 260 },
};

/** Cities with an airport rail link (airport express trains are offered as short Rail opportunities). */
const AIRPORT_RAIL = new Set(['LON', 'PAR', 'FRA', 'MUC', 'BER', 'ZRH', 'VIE', 'AMS', 'BRU', 'CPH', 'STO', 'MAD', 'BCN', 'MIL', 'TYO', 'OSA', 'SEL', 'SHA', 'BJS', 'HKG', 'SYD']);

const cityCache = new Map(CITIES.map((c) => [c.code, c] as const));

function city(code: string): City {
  const found = cityCache.get(code);
  if (found === undefined) throw new RangeError(`unknown city ${code}`);
  return found;
}

function roundTo(ms: number, minutes: number): number {
  const step = minutes * MINUTE_MS;
  return Math.round(ms / step) * step;
}

/** UTC instant of a local wall-clock time `hour:minute` on the local day that starts (in local terms) at `localDayMs`. */
function localToUtc(cityInfo: City, localDayMs: number, hour: number, minute = 0): number {
  return localDayMs + hour * HOUR_MS + minute * MINUTE_MS - cityInfo.utcOffsetMinutes * MINUTE_MS;
}

/** Start of the local day (expressed as a fake-UTC day start in local terms) containing the instant. */
function localDay(cityInfo: City, utcMs: number): number {
  return startOfUtcDay(utcMs + cityInfo.utcOffsetMinutes * MINUTE_MS);
}

function chooseMode(rng: Rng, from: City, to: City): LegMode {
  const km = distanceKm(from, to);
  if (from.rail !== undefined && from.rail === to.rail && km <= RAIL_LIMITS[from.rail].maxKm && rng.chance(0.8)) return 'Rail';
  if (km < 420 && rng.chance(0.35)) return 'Car';
  return 'Air';
}

function legDurationMs(rng: Rng, mode: LegMode, from: City, to: City): number {
  const km = distanceKm(from, to);
  let hours: number;
  // Longest non-stop flights are about 18 h; beyond that the offer is a connection, capped the same way.
  if (mode === 'Air') hours = Math.min(18, Math.max(0.9, 0.55 + km / 820));
  else if (mode === 'Rail') hours = 0.35 + km / RAIL_LIMITS[from.rail ?? 'EU'].kmh;
  else hours = 0.3 + (km * 1.25) / 90;
  return roundTo(hours * HOUR_MS + rng.int(-10, 10) * MINUTE_MS, 5);
}

const WEEKDAY_WEIGHT = [0.55, 1.0, 0.85, 0.62, 0.45, 0.22, 0.12]; // Sun..Sat
const MONTH_WEIGHT = [0.9, 1.0, 1.1, 1.0, 1.05, 1.0, 0.75, 0.62, 1.1, 1.15, 1.02, 0.62]; // Jan..Dec

function dayWeight(dayMs: number): number {
  const weekday = WEEKDAY_WEIGHT[utcWeekday(dayMs)] ?? 1;
  let month = MONTH_WEIGHT[utcMonth(dayMs)] ?? 1;
  const date = new Date(dayMs).getUTCDate();
  if (utcMonth(dayMs) === 11 && date >= 20) month *= 0.3; // holidays
  if (utcMonth(dayMs) === 0 && date <= 4) month *= 0.3;
  return weekday * month;
}

function sampleTripDay(rng: Rng, firstDay: number, lastDay: number): number {
  const days = Math.round((lastDay - firstDay) / DAY_MS);
  for (let attempt = 0; attempt < 2000; attempt++) {
    const day = firstDay + rng.int(0, days) * DAY_MS;
    if (rng.chance(dayWeight(day) / 1.2)) return day;
  }
  return firstDay + rng.int(0, days) * DAY_MS;
}

function pickDestinations(rng: Rng, home: City, count: number): City[] {
  const chosen: City[] = [];
  const sameRegion = rng.chance(0.62);
  for (let i = 0; i < count; i++) {
    const previous = chosen[chosen.length - 1] ?? home;
    const anchorRegion = i === 0 ? (sameRegion ? home.region : null) : previous.region;
    const candidates = CITIES.filter(
      (c) => c.code !== home.code && !chosen.some((x) => x.code === c.code) && (anchorRegion === null || c.region === anchorRegion),
    );
    const pool = candidates.length > 0 ? candidates : CITIES.filter((c) => c.code !== home.code && !chosen.includes(c));
    // Onward cities are mostly close to the previous one (regional tours).
    chosen.push(rng.weighted(pool.map((c) => ({ value: c, weight: c.weight / (i === 0 ? 1 : 1 + distanceKm(previous, c) / 1500) }))));
  }
  return chosen;
}

function departureHour(rng: Rng, longHaul: boolean): number {
  if (longHaul && rng.chance(0.5)) return rng.int(17, 22);
  return rng.weightedEntries([[rng.int(6, 9), 5], [rng.int(10, 14), 2.5], [rng.int(15, 20), 2.5]] as const);
}

function buildTrip(rng: Rng, id: string, home: City, firstDay: number, lastDay: number, anchor: 'first' | 'last' | null): Trip {
  const cityCount = rng.weightedEntries([[1, 68], [2, 24], [3, 8]] as const);
  const destinations = pickDestinations(rng, home, cityCount);
  const route = [home, ...destinations, home];
  let maxKm = 0;
  for (let i = 0; i + 1 < route.length; i++) {
    const a = route[i];
    const b = route[i + 1];
    if (a && b) maxKm = Math.max(maxKm, distanceKm(a, b));
  }
  let days: number = rng.weightedEntries([[1, 8], [2, 14], [3, 20], [4, 20], [5, 15], [6, 8], [7, 6], [8, 4], [9, 3], [10, 2]] as const);
  if (cityCount > 1 || maxKm > 1200) days = Math.max(days, cityCount + 1);
  if (maxKm > 3500) days = Math.max(days, 4);
  if (maxKm > 9000) days = Math.max(days, 5);
  days = Math.min(days, 10);

  // Nights per destination: at least one each (except a one-day trip), the rest spread randomly.
  const nights: number[] = destinations.map(() => (days > 1 ? 1 : 0));
  for (let extra = days - 1 - nights.reduce((a, b) => a + b, 0); extra > 0; extra--) {
    const index = rng.int(0, nights.length - 1);
    nights[index] = (nights[index] ?? 0) + 1;
  }

  const startDay =
    anchor === 'first' ? firstDay : anchor === 'last' ? lastDay - (days - 1) * DAY_MS : sampleTripDay(rng, firstDay, lastDay - (days - 1) * DAY_MS);

  const legs: Leg[] = [];
  const stays: Stay[] = [];
  let departMs = roundTo(localToUtc(home, startDay, departureHour(rng, maxKm > 4500), rng.pick([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55])), 5);
  for (let i = 0; i + 1 < route.length; i++) {
    const from = route[i];
    const to = route[i + 1];
    if (from === undefined || to === undefined) throw new Error('broken route');
    const mode = chooseMode(rng, from, to);
    const arriveMs = departMs + legDurationMs(rng, mode, from, to);
    legs.push({ from, to, mode, departMs, arriveMs });
    if (i + 1 >= route.length - 1) break; // arrived home
    const stayNights = nights[i] ?? 1;
    let nextDepart: number;
    if (stayNights === 0) {
      nextDepart = arriveMs + rng.int(3 * 12, 9 * 12) * 5 * MINUTE_MS;
    } else {
      const day = localDay(to, arriveMs) + stayNights * DAY_MS;
      const isLast = i + 2 >= route.length - 1;
      const hour = isLast ? rng.weightedEntries([[rng.int(7, 11), 3], [rng.int(12, 16), 4], [rng.int(17, 20), 3]] as const) : rng.int(7, 18);
      nextDepart = localToUtc(to, day, hour, rng.pick([0, 10, 15, 20, 30, 40, 45, 50]));
      if (nextDepart < arriveMs + 4 * HOUR_MS) nextDepart = arriveMs + 4 * HOUR_MS;
    }
    nextDepart = roundTo(nextDepart, 5);
    stays.push({ city: to, arriveMs, departMs: nextDepart, nights: stayNights, arrivedBy: mode, leavesBy: 'Air' });
    departMs = nextDepart;
  }
  // Record how each stay is left (known only once the next leg exists).
  stays.forEach((stay, index) => {
    const next = legs[index + 1];
    if (next) stay.leavesBy = next.mode;
  });
  const first = legs[0];
  const last = legs[legs.length - 1];
  if (first === undefined || last === undefined) throw new Error('trip without legs');
  return { id, startMs: first.departMs, endMs: last.arriveMs, legs, stays };
}

function postalNear(rng: Rng, c: City, atStation: LegMode): string {
  return atStation === 'Air' ? c.airportPostalCode : rng.pick(c.postalCodes);
}

function draftsForTrip(rng: Rng, trip: Trip): Draft[] {
  const drafts: Draft[] = [];
  const within = (d: Draft): boolean => d.startMs >= trip.startMs && d.endMs <= trip.endMs && d.endMs > d.startMs;
  const push = (d: Draft): void => {
    if (within(d)) drafts.push(d);
  };

  // Transport between cities.
  trip.legs.forEach((leg, index) => {
    const fromPostal = leg.mode === 'Air' ? leg.from.airportPostalCode : rng.pick(leg.from.postalCodes);
    const toPostal = leg.mode === 'Air' ? leg.to.airportPostalCode : rng.pick(leg.to.postalCodes);
    const type: OpportunityType = leg.mode;
    push({ type, from: leg.from, to: leg.to, fromPostal, toPostal, startMs: leg.departMs, endMs: leg.arriveMs });
    const alternatives = leg.mode === 'Air' ? rng.weightedEntries([[0, 70], [1, 25], [2, 5]] as const) : rng.weightedEntries([[0, 40], [1, 40], [2, 20]] as const);
    const isLast = index === trip.legs.length - 1;
    for (let k = 0; k < alternatives; k++) {
      const shift = rng.int(1, 4) * HOUR_MS * (isLast ? -1 : 1) + rng.pick([0, 15, 30, 45]) * MINUTE_MS * (isLast ? -1 : 1);
      push({ type, from: leg.from, to: leg.to, fromPostal, toPostal, startMs: leg.departMs + shift, endMs: leg.arriveMs + shift });
    }
  });

  for (const stay of trip.stays) {
    const c = stay.city;
    const arriveDay = localDay(c, stay.arriveMs);
    const departDay = localDay(c, stay.departMs);

    // Hotel: check-in 15:00 (or on arrival if later), check-out 11:00/12:00 (or before an early departure).
    if (stay.nights > 0) {
      const checkIn = Math.max(localToUtc(c, arriveDay, 15), roundTo(stay.arriveMs + 45 * MINUTE_MS, 15));
      const checkOut = Math.min(localToUtc(c, departDay, rng.pick([11, 12])), roundTo(stay.departMs - 2 * HOUR_MS, 15));
      const hotelCount = 1 + rng.weightedEntries([[0, 10], [1, 30], [2, 35], [3, 25]] as const);
      for (let k = 0; k < hotelCount; k++) {
        let start = checkIn;
        let end = checkOut;
        if (k > 0 && stay.nights >= 2 && rng.chance(0.4)) {
          // A partial stay offer (e.g. the first nights only).
          const shorter = rng.int(1, stay.nights - 1);
          if (rng.chance(0.5)) end = localToUtc(c, arriveDay + shorter * DAY_MS, 12);
          else start = localToUtc(c, arriveDay + (stay.nights - shorter) * DAY_MS, 15);
        }
        push({ type: 'Hotel', from: c, to: c, fromPostal: rng.pick(c.postalCodes), toPostal: '', startMs: start, endMs: end });
      }
    }

    // Car rental: picked up after arrival, returned before departure.
    const carCount = 1 + rng.weightedEntries([[0, 25], [1, 40], [2, 25], [3, 10]] as const);
    for (let k = 0; k < carCount; k++) {
      const fromStation = k === 0 || rng.chance(0.6);
      const pickup = fromStation
        ? roundTo(stay.arriveMs + rng.int(30, 75) * MINUTE_MS, 15)
        : localToUtc(c, arriveDay + DAY_MS * Math.min(1, stay.nights), rng.int(8, 10));
      const dropoff = roundTo(stay.departMs - rng.int(60, 120) * MINUTE_MS, 15);
      if (dropoff - pickup < 2 * HOUR_MS) continue;
      push({
        type: 'Car',
        from: c,
        to: c,
        fromPostal: fromStation ? postalNear(rng, c, stay.arrivedBy) : rng.pick(c.postalCodes),
        toPostal: postalNear(rng, c, stay.leavesBy),
        startMs: pickup,
        endMs: dropoff,
      });
    }

    // Airport express train into town.
    if (stay.arrivedBy === 'Air' && AIRPORT_RAIL.has(c.code) && rng.chance(0.45)) {
      const start = roundTo(stay.arriveMs + rng.int(25, 50) * MINUTE_MS, 5);
      push({ type: 'Rail', from: c, to: c, fromPostal: c.airportPostalCode, toPostal: rng.pick(c.postalCodes), startMs: start, endMs: start + rng.int(4, 10) * 5 * MINUTE_MS });
    }
    if (stay.leavesBy === 'Air' && AIRPORT_RAIL.has(c.code) && rng.chance(0.3)) {
      const start = roundTo(stay.departMs - rng.int(120, 170) * MINUTE_MS, 5);
      push({ type: 'Rail', from: c, to: c, fromPostal: rng.pick(c.postalCodes), toPostal: c.airportPostalCode, startMs: start, endMs: start + rng.int(4, 10) * 5 * MINUTE_MS });
    }

    // Taxi: transfers to/from the station and short rides in town, always under an hour.
    const ride = (startMs: number, fromPostal: string, toPostal: string): void => {
      const minutes = rng.int(12, 55);
      push({ type: 'Taxi', from: c, to: c, fromPostal, toPostal, startMs: roundTo(startMs, 5), endMs: roundTo(startMs, 5) + minutes * MINUTE_MS });
    };
    if (rng.chance(0.45)) ride(stay.arriveMs + rng.int(15, 40) * MINUTE_MS, postalNear(rng, c, stay.arrivedBy), rng.pick(c.postalCodes));
    if (rng.chance(0.4)) ride(stay.departMs - rng.int(90, 150) * MINUTE_MS, rng.pick(c.postalCodes), postalNear(rng, c, stay.leavesBy));
    const cityRides = stay.nights > 0 ? rng.weightedEntries([[0, 70], [1, 22], [2, 8]] as const) : 0;
    for (let k = 0; k < cityRides; k++) {
      const day = arriveDay + rng.int(1, Math.max(1, stay.nights)) * DAY_MS;
      ride(localToUtc(c, day, rng.int(8, 20), rng.pick([0, 15, 30, 45])), rng.pick(c.postalCodes), rng.pick(c.postalCodes));
    }

    // Service: a day-long service (meeting room, lounge, concierge) on one day of the stay.
    if (rng.chance(stay.nights > 0 ? 0.55 : 0.2)) {
      const day = arriveDay + rng.int(0, Math.max(0, stay.nights)) * DAY_MS;
      const start = Math.max(localToUtc(c, day, 8), roundTo(stay.arriveMs + HOUR_MS, 15));
      const end = Math.min(localToUtc(c, day, 20), roundTo(stay.departMs - HOUR_MS, 15));
      if (end - start >= 3 * HOUR_MS) {
        const postal = rng.pick(c.postalCodes);
        push({ type: 'Service', from: c, to: c, fromPostal: postal, toPostal: postal, startMs: start, endMs: end });
      }
    }
  }
  drafts.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  return drafts;
}

export function generateOpportunities(rng: Rng, ids: IdFactory, now: Date): SeedOpportunity[] {
  const today = startOfUtcDay(now.getTime());
  const firstDay = today - TRIP_WINDOW_PAST_DAYS * DAY_MS;
  const lastDay = today + TRIP_WINDOW_FUTURE_DAYS * DAY_MS;
  const homes = HOME_WEIGHTS.map(([code, weight]) => ({ value: city(code), weight }));

  const trips: Trip[] = [];
  let draftCount = 0;
  const draftsByTrip = new Map<string, Draft[]>();
  while (trips.length < BASE_TRIP_COUNT || draftCount < MIN_OPPORTUNITIES + 60) {
    // The first two trips pin the window's ends, so the data always spans the full 18 months.
    const anchor = trips.length === 0 ? 'first' : trips.length === 1 ? 'last' : null;
    const trip = buildTrip(rng, ids.next(), rng.weighted(homes), firstDay, lastDay, anchor);
    const drafts = draftsForTrip(rng, trip);
    if (drafts.length === 0) continue;
    trips.push(trip);
    draftsByTrip.set(trip.id, drafts);
    draftCount += drafts.length;
  }

  trips.sort((a, b) => a.startMs - b.startMs);
  const nowMs = now.getTime();
  const opportunities: SeedOpportunity[] = [];
  for (const trip of trips) {
    const cancelled = rng.chance(0.05);
    const pActive = trip.endMs < nowMs ? 0.67 : 0.92;
    for (const d of draftsByTrip.get(trip.id) ?? []) {
      opportunities.push({
        id: ids.next(),
        tripId: trip.id,
        type: d.type,
        isActive: !cancelled && rng.chance(pActive),
        startCityCode: d.from.code,
        endCityCode: d.to.code,
        startPostalCode: d.fromPostal,
        endPostalCode: d.toPostal === '' ? d.fromPostal : d.toPostal,
        startDateLocal: formatDateTime(d.startMs, d.from.utcOffsetMinutes),
        endDateLocal: formatDateTime(d.endMs, d.to.utcOffsetMinutes),
        startUtc: formatDateTime(d.startMs),
      });
    }
  }
  if (trips.length < MIN_TRIPS || opportunities.length < MIN_OPPORTUNITIES) {
    throw new Error(`only ${trips.length} trips / ${opportunities.length} opportunities generated`);
  }
  return opportunities;
}
