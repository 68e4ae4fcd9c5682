/** Concur's opportunity types, in the order the console shows them (concur-api.md §2.3). */
export const OPPORTUNITY_TYPES = ['Hotel', 'Car', 'Air', 'Rail', 'Taxi', 'Service'] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];

export function isOpportunityType(value: string): value is OpportunityType {
  return (OPPORTUNITY_TYPES as readonly string[]).includes(value);
}

/** The same colour for a type in the chart, the timeline and the table (readable on light and dark backgrounds). */
export const TYPE_COLORS: Record<OpportunityType, string> = {
  Hotel: '#3b6fd4',
  Car: '#d9822b',
  Air: '#2e9e6b',
  Rail: '#9b4dca',
  Taxi: '#c9a000',
  Service: '#d1495b',
};
