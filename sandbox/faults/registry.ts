export type FaultAction =
  | { kind: 'status'; status: number; retryAfter?: string; message?: string }
  | { kind: 'latency'; ms: number }
  | { kind: 'truncated' }
  | { kind: 'html' }
  | { kind: 'reset' }
  | { kind: 'reset-after-commit' };

export interface FaultRule {
  id: number;
  method: string; // '*' or an HTTP method
  path: string; // an exact path, or a prefix ending with '*'
  remaining: number;
  action: FaultAction;
}

export interface FaultRegistry {
  add(rule: Omit<FaultRule, 'id'>): FaultRule;
  list(): FaultRule[];
  clear(): void;
  /** Takes (and uses up one count of) the first rule matching this request, if any. */
  take(method: string, path: string): FaultRule | undefined;
}

/** Rules may name ids with `$` while clients send `%24`: both forms match. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

export function createFaultRegistry(): FaultRegistry {
  let rules: FaultRule[] = [];
  let nextId = 1;
  const matches = (rule: FaultRule, method: string, path: string) => {
    if (rule.method !== '*' && rule.method !== method) return false;
    const wanted = rule.path.toLowerCase();
    const same = (actual: string) => (wanted.endsWith('*') ? actual.startsWith(wanted.slice(0, -1)) : actual === wanted);
    return same(path.toLowerCase()) || same(safeDecode(path).toLowerCase());
  };
  return {
    add(rule) {
      const stored = { ...rule, id: nextId++ };
      rules.push(stored);
      return stored;
    },
    list: () => rules.map((rule) => ({ ...rule })),
    clear() {
      rules = [];
    },
    take(method, path) {
      const rule = rules.find((candidate) => candidate.remaining > 0 && matches(candidate, method, path));
      if (!rule) return undefined;
      rule.remaining -= 1;
      if (rule.remaining === 0) rules = rules.filter((candidate) => candidate !== rule);
      return rule;
    },
  };
}
