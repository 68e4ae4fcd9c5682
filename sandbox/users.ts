/** Demo users. One password for all: `sandbox`. Scopes decide which v3.0 APIs answer (others answer 403). */
export interface DemoUser {
  id: string; // the id_token `sub` (a Concur user UUID)
  login: string;
  name: string;
  role: string;
  scopes: readonly string[];
}

export const SCOPES = {
  attendeeRead: 'attendee.admin.read',
  attendeeWrite: 'ATTEND',
  taxInvoices: 'TAXINV',
  opportunities: 'INSGHT',
  poReceipts: 'INVPO',
} as const;

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: '0b5e1f0c-3f7e-4d8a-9a51-6c2f7e1d4a01',
    login: 'finance.admin@sandbox.test',
    name: 'Fernanda Alvarez',
    role: 'Web Services Administrator (every API)',
    scopes: ['openid', SCOPES.attendeeRead, SCOPES.attendeeWrite, SCOPES.taxInvoices, SCOPES.opportunities, SCOPES.poReceipts],
  },
  {
    id: '7c9d2a44-1b6e-4f3c-8e25-9d0a3b7c5e02',
    login: 'travel.manager@sandbox.test',
    name: 'Tomás Medina',
    role: 'Travel manager (opportunities only)',
    scopes: ['openid', SCOPES.opportunities],
  },
  {
    id: 'e3a87f16-5d2c-4b9e-a6f1-2c4d8e9b7f03',
    login: 'ap.clerk@sandbox.test',
    name: 'Ana Castillo',
    role: 'AP clerk (purchase order receipts only)',
    scopes: ['openid', SCOPES.poReceipts],
  },
];

export function findUserByLogin(login: string): DemoUser | undefined {
  const wanted = login.trim().toLowerCase();
  return DEMO_USERS.find((user) => user.login === wanted);
}

export function findUserById(id: string): DemoUser | undefined {
  return DEMO_USERS.find((user) => user.id === id);
}
