import type { SeedAttendeeType } from './types';
import type { IdFactory, Rng } from './random';

/** Attendee field ids a type may use for duplicate warnings, in Concur's display order. */
export const DUPLICATE_SEARCH_FIELD_IDS = [
  'FirstName',
  'LastName',
  'Company',
  'Title',
  'ExternalId',
  'Custom1',
  'Custom7',
  'Custom9',
] as const;

type FieldId = (typeof DUPLICATE_SEARCH_FIELD_IDS)[number];

/** Codes Concur never returns from GET /expense/attendeetypes; the seed must not contain them. */
export const HIDDEN_ATTENDEE_TYPE_CODES = ['NOSHOWS', 'UNDEF', 'SYSEMP'] as const;

export const MAX_ATTENDEE_TYPE_NAME = 40;
export const MAX_ATTENDEE_TYPE_CODE = 40;
export const ATTENDEE_TYPE_CODE_PATTERN = /^[A-Z0-9_]{1,40}$/;

export const MIN_ATTENDEE_TYPES = 320;
const TARGET_ATTENDEE_TYPES = 344;

type Category = 'business' | 'hcp' | 'gov' | 'internal' | 'media' | 'group';
/** The shared attendee forms: Standard, Employee, HCP, Government Official, Media and Group attendee forms. */
type FormKey = 'standard' | 'employee' | 'hcp' | 'government' | 'media' | 'group';

interface BaseType {
  name: string;
  code: string;
  category: Category;
}

interface Qualifier {
  name: string;
  code: string;
}

/** Concur's standard (system) types. EMPLOYEE, SPOUSE, BUSGUEST and HCP are documented; GOVOFF and HCO are
 * typical of compliance-enabled (HCP / government spend) configurations. */
const SYSTEM_TYPES: readonly {
  name: string;
  code: string;
  form: FormKey;
  connector: 'none' | 'hcp';
  fields: readonly FieldId[];
  manual: boolean;
  count: boolean;
}[] = [
  { name: 'Employee', code: 'EMPLOYEE', form: 'employee', connector: 'none', fields: ['FirstName', 'LastName', 'ExternalId'], manual: false, count: false },
  { name: 'Spouse', code: 'SPOUSE', form: 'standard', connector: 'none', fields: ['FirstName', 'LastName'], manual: true, count: false },
  { name: 'Business Guest', code: 'BUSGUEST', form: 'standard', connector: 'none', fields: ['FirstName', 'LastName', 'Company', 'Title'], manual: true, count: true },
  { name: 'Healthcare Professional', code: 'HCP', form: 'hcp', connector: 'hcp', fields: ['FirstName', 'LastName', 'Company', 'ExternalId', 'Custom7', 'Custom9'], manual: true, count: false },
  { name: 'Government Official', code: 'GOVOFF', form: 'government', connector: 'none', fields: ['FirstName', 'LastName', 'Company', 'Title'], manual: true, count: false },
  { name: 'Healthcare Organization', code: 'HCO', form: 'hcp', connector: 'hcp', fields: ['Company', 'ExternalId', 'Custom1'], manual: true, count: false },
];

const BASE_TYPES: readonly BaseType[] = [
  // business contacts
  { name: 'Sales Prospect', code: 'SLSPROS', category: 'business' },
  { name: 'Customer', code: 'CUST', category: 'business' },
  { name: 'Key Account Customer', code: 'KEYACCT', category: 'business' },
  { name: 'Distributor', code: 'DISTRIB', category: 'business' },
  { name: 'Reseller Partner', code: 'RESELLER', category: 'business' },
  { name: 'Supplier', code: 'SUPPLIER', category: 'business' },
  { name: 'Vendor Representative', code: 'VENDREP', category: 'business' },
  { name: 'Alliance Partner', code: 'ALLIANCE', category: 'business' },
  { name: 'Consultant', code: 'CONSULT', category: 'business' },
  { name: 'Auditor', code: 'AUDITOR', category: 'business' },
  { name: 'External Counsel', code: 'EXTCNSL', category: 'business' },
  { name: 'Banker', code: 'BANKER', category: 'business' },
  { name: 'Investor', code: 'INVESTOR', category: 'business' },
  { name: 'Industry Analyst', code: 'ANALYST', category: 'business' },
  { name: 'Trade Association Rep', code: 'TRADEASSN', category: 'business' },
  { name: 'Contractor', code: 'CONTRACT', category: 'business' },
  { name: 'Guest Speaker', code: 'SPEAKER', category: 'business' },
  { name: 'Logistics Partner', code: 'LOGIST', category: 'business' },
  { name: 'Franchisee', code: 'FRANCH', category: 'business' },
  { name: 'Insurance Broker', code: 'INSBRKR', category: 'business' },
  // healthcare
  { name: 'Physician', code: 'PHYS', category: 'hcp' },
  { name: 'Pharmacist', code: 'PHARM', category: 'hcp' },
  { name: 'Nurse', code: 'NURSE', category: 'hcp' },
  { name: 'Nurse Practitioner', code: 'NP', category: 'hcp' },
  { name: 'Physician Assistant', code: 'PA', category: 'hcp' },
  { name: 'Dentist', code: 'DENTIST', category: 'hcp' },
  { name: 'Veterinarian', code: 'VET', category: 'hcp' },
  { name: 'Key Opinion Leader', code: 'KOL', category: 'hcp' },
  { name: 'Clinical Investigator', code: 'CLININV', category: 'hcp' },
  { name: 'Medical Student', code: 'MEDSTUD', category: 'hcp' },
  { name: 'Hospital Administrator', code: 'HOSPADM', category: 'hcp' },
  { name: 'Payer Representative', code: 'PAYER', category: 'hcp' },
  { name: 'Academic Researcher', code: 'ACADRES', category: 'hcp' },
  { name: 'Medical Science Liaison', code: 'MSL', category: 'hcp' },
  { name: 'Lab Director', code: 'LABDIR', category: 'hcp' },
  // public sector
  { name: 'Public Official', code: 'PUBOFF', category: 'gov' },
  { name: 'Elected Official', code: 'ELECTED', category: 'gov' },
  { name: 'Customs Officer', code: 'CUSTOMS', category: 'gov' },
  { name: 'Regulatory Agency Official', code: 'REGULATOR', category: 'gov' },
  { name: 'Public University Staff', code: 'PUBUNIV', category: 'gov' },
  { name: 'State-Owned Enterprise Staff', code: 'SOE', category: 'gov' },
  { name: 'Military Officer', code: 'MILITARY', category: 'gov' },
  // people close to the company
  { name: 'Board Member', code: 'BOARD', category: 'internal' },
  { name: 'Job Candidate', code: 'CANDIDATE', category: 'internal' },
  { name: 'Intern', code: 'INTERN', category: 'internal' },
  { name: 'Former Employee', code: 'FORMEREMP', category: 'internal' },
  { name: 'Employee Family Member', code: 'EMPFAMILY', category: 'internal' },
  { name: 'Retiree', code: 'RETIREE', category: 'internal' },
  { name: 'Secondee', code: 'SECONDEE', category: 'internal' },
  { name: 'Works Council Member', code: 'WORKSCNCL', category: 'internal' },
  // media
  { name: 'Journalist', code: 'JOURNALIST', category: 'media' },
  { name: 'Influencer', code: 'INFLUENCER', category: 'media' },
  { name: 'Photographer', code: 'PHOTOG', category: 'media' },
  { name: 'Trade Press Editor', code: 'TRADEPRESS', category: 'media' },
  // groups (head count instead of names)
  { name: 'Event Attendees', code: 'EVENTGRP', category: 'group' },
  { name: 'Customer Group', code: 'CUSTGRP', category: 'group' },
  { name: 'Team Celebration', code: 'TEAMCELEB', category: 'group' },
  { name: 'Trade Show Visitors', code: 'TRADESHOW', category: 'group' },
  { name: 'Training Participants', code: 'TRAINGRP', category: 'group' },
];

/** Stand-alone company types that do not follow the base + qualifier pattern. */
const SPECIAL_TYPES: readonly BaseType[] = [
  { name: 'Physician (US Sunshine Act)', code: 'PHYS_SUNSHINE_US', category: 'hcp' },
  { name: 'Teaching Hospital (US Sunshine Act)', code: 'TEACHHOSP_SUNSHINE_US', category: 'hcp' },
  { name: 'HCP – France (Loi Bertrand)', code: 'HCP_FR_BERTRAND', category: 'hcp' },
  { name: 'HCP – Japan (JPMA Transparency)', code: 'HCP_JP_JPMA', category: 'hcp' },
  { name: 'HCP – UK (ABPI Disclosure UK)', code: 'HCP_UK_ABPI', category: 'hcp' },
  { name: 'Foreign Official (FCPA)', code: 'FOREIGN_OFF_FCPA', category: 'gov' },
  { name: 'Non-Employee Director', code: 'NONEMP_DIRECTOR', category: 'internal' },
  { name: 'Visiting Scholar', code: 'VISITSCHOLAR', category: 'internal' },
];

const REGIONS: readonly Qualifier[] = [
  { name: 'EMEA', code: 'EMEA' },
  { name: 'APAC', code: 'APAC' },
  { name: 'LATAM', code: 'LATAM' },
  { name: 'North America', code: 'NA' },
  { name: 'US', code: 'US' },
  { name: 'Canada', code: 'CA' },
  { name: 'Mexico', code: 'MX' },
  { name: 'Brazil', code: 'BR' },
  { name: 'UK', code: 'UK' },
  { name: 'Germany', code: 'DE' },
  { name: 'France', code: 'FR' },
  { name: 'Spain', code: 'ES' },
  { name: 'Italy', code: 'IT' },
  { name: 'Japan', code: 'JP' },
  { name: 'China', code: 'CN' },
  { name: 'India', code: 'IN' },
  { name: 'Australia', code: 'AU' },
  { name: 'Nordics', code: 'NORD' },
  { name: 'Benelux', code: 'BNLX' },
  { name: 'DACH', code: 'DACH' },
];

const BUSINESS_DIVISIONS: readonly Qualifier[] = [
  { name: 'Industrial', code: 'IND' },
  { name: 'Software', code: 'SW' },
  { name: 'Retail', code: 'RET' },
  { name: 'Public Sector', code: 'PUBSEC' },
  { name: 'Energy', code: 'ENERGY' },
  { name: 'Financial Services', code: 'FINSVC' },
  { name: 'Consumer Products', code: 'CPG' },
];

const MEDICAL_DIVISIONS: readonly Qualifier[] = [
  { name: 'Oncology', code: 'ONC' },
  { name: 'Cardiology', code: 'CARD' },
  { name: 'Diagnostics', code: 'DIAG' },
  { name: 'Consumer Health', code: 'CONSH' },
  { name: 'Medical Devices', code: 'MEDDEV' },
  { name: 'Animal Health', code: 'ANH' },
  { name: 'Vaccines', code: 'VACC' },
  { name: 'Neuroscience', code: 'NEURO' },
  { name: 'Ophthalmology', code: 'OPHTH' },
  { name: 'Rare Diseases', code: 'RARE' },
];


function qualifiersFor(category: Category): readonly Qualifier[] {
  switch (category) {
    case 'business':
      return [...REGIONS, ...BUSINESS_DIVISIONS];
    case 'hcp':
      return [...MEDICAL_DIVISIONS, ...REGIONS.filter((r) => r.code.length === 2)];
    case 'gov':
      return REGIONS.filter((r) => r.code.length === 2);
    case 'internal':
    case 'media':
    case 'group':
      return REGIONS;
  }
}

/** How likely a base type is to get per-region / per-division variants. */
const CATEGORY_WEIGHT: Record<Category, number> = {
  business: 5,
  hcp: 4,
  gov: 2,
  internal: 1,
  media: 1.5,
  group: 1.5,
};

function formFor(category: Category): FormKey {
  switch (category) {
    case 'business':
    case 'internal':
      return 'standard';
    case 'hcp':
      return 'hcp';
    case 'gov':
      return 'government';
    case 'media':
      return 'media';
    case 'group':
      return 'group';
  }
}

function sortFields(fields: Iterable<FieldId>): FieldId[] {
  const set = new Set(fields);
  return DUPLICATE_SEARCH_FIELD_IDS.filter((f) => set.has(f));
}

function duplicateFieldsFor(category: Category, rng: Rng): FieldId[] {
  const fields = new Set<FieldId>(['FirstName', 'LastName']);
  switch (category) {
    case 'business':
      fields.add('Company');
      if (rng.chance(0.6)) fields.add('Title');
      if (rng.chance(0.25)) fields.add('ExternalId');
      if (rng.chance(0.15)) fields.add('Custom1');
      break;
    case 'hcp':
      if (rng.chance(0.7)) fields.add('Company');
      fields.add('ExternalId');
      if (rng.chance(0.75)) fields.add('Custom7'); // e.g. NPI / national license number
      if (rng.chance(0.5)) fields.add('Custom9'); // e.g. state license
      break;
    case 'gov':
      fields.add('Company');
      fields.add('Title');
      if (rng.chance(0.3)) fields.add('Custom1');
      break;
    case 'internal':
      if (rng.chance(0.5)) fields.add('ExternalId');
      if (rng.chance(0.3)) fields.add('Company');
      break;
    case 'media':
      fields.add('Company');
      if (rng.chance(0.4)) fields.add('Title');
      break;
    case 'group':
      fields.clear();
      fields.add('Company');
      if (rng.chance(0.5)) fields.add('Custom1');
      break;
  }
  return sortFields(fields);
}

export function generateAttendeeTypes(rng: Rng, ids: IdFactory): SeedAttendeeType[] {
  const formIds: Record<FormKey, string> = {
    standard: ids.next(),
    employee: ids.next(),
    hcp: ids.next(),
    government: ids.next(),
    media: ids.next(),
    group: ids.next(),
  };
  // Two application connectors: an HCP master-data directory and a CRM (for key accounts).
  const hcpConnectorId = ids.next();
  const crmConnectorId = ids.next();

  const usedNames = new Set<string>();
  const usedCodes = new Set<string>();
  const result: SeedAttendeeType[] = [];

  const add = (type: Omit<SeedAttendeeType, 'id'>): boolean => {
    if (type.name.length > MAX_ATTENDEE_TYPE_NAME || type.code.length > MAX_ATTENDEE_TYPE_CODE) return false;
    if (!ATTENDEE_TYPE_CODE_PATTERN.test(type.code)) throw new Error(`bad attendee type code ${type.code}`);
    if ((HIDDEN_ATTENDEE_TYPE_CODES as readonly string[]).includes(type.code)) return false;
    const nameKey = type.name.toLowerCase();
    if (usedNames.has(nameKey) || usedCodes.has(type.code)) return false;
    usedNames.add(nameKey);
    usedCodes.add(type.code);
    result.push({ id: ids.next(), ...type });
    return true;
  };

  for (const sys of SYSTEM_TYPES) {
    add({
      name: sys.name,
      code: sys.code,
      attendeeFormId: formIds[sys.form],
      connectorId: sys.connector === 'hcp' ? hcpConnectorId : '',
      duplicateSearchFields: [...sys.fields],
      allowManuallyEnteredAttendees: sys.manual,
      allowAttendeeCountEditing: sys.count,
      isSystem: true,
    });
  }

  const companyType = (base: BaseType, name: string, code: string): Omit<SeedAttendeeType, 'id'> => {
    let connectorId = '';
    if (base.category === 'hcp' && rng.chance(0.45)) connectorId = hcpConnectorId;
    else if (base.code === 'KEYACCT' || (base.category === 'business' && rng.chance(0.06))) connectorId = crmConnectorId;
    const form: FormKey = base.category === 'internal' && rng.chance(0.3) ? 'employee' : formFor(base.category);
    const isGroup = base.category === 'group';
    return {
      name,
      code,
      attendeeFormId: formIds[form],
      connectorId,
      duplicateSearchFields: duplicateFieldsFor(base.category, rng),
      // Connector-backed types are usually look-up only.
      allowManuallyEnteredAttendees: connectorId === '' ? rng.chance(0.88) : rng.chance(0.2),
      allowAttendeeCountEditing: isGroup ? true : base.category === 'hcp' || base.category === 'gov' ? false : rng.chance(0.3),
      isSystem: false,
    };
  };

  for (const base of [...BASE_TYPES, ...SPECIAL_TYPES]) add(companyType(base, base.name, base.code));

  // Regional / divisional variants, e.g. "Sales Prospect – EMEA" / SLSPROS_EMEA.
  const candidates: { base: BaseType; qualifier: Qualifier; weight: number }[] = [];
  for (const base of BASE_TYPES) {
    for (const qualifier of qualifiersFor(base.category)) {
      candidates.push({ base, qualifier, weight: CATEGORY_WEIGHT[base.category] });
    }
  }
  const pool = rng.shuffle(candidates);
  let guard = 0;
  while (result.length < TARGET_ATTENDEE_TYPES && pool.length > 0 && guard++ < 10_000) {
    const choice = rng.weighted(pool.map((c, index) => ({ value: index, weight: c.weight })));
    const [candidate] = pool.splice(choice, 1);
    if (candidate === undefined) break;
    const { base, qualifier } = candidate;
    add(companyType(base, `${base.name} – ${qualifier.name}`, `${base.code}_${qualifier.code}`));
  }
  if (result.length < MIN_ATTENDEE_TYPES) throw new Error(`only ${result.length} attendee types generated`);

  // System types first (as an admin sees them), company types in creation order (shuffled, not alphabetical).
  const system = result.filter((t) => t.isSystem);
  const company = rng.shuffle(result.filter((t) => !t.isSystem));
  return [...system, ...company];
}

