import type { Page } from '@playwright/test';

/** One `securitypolicyviolation` event, as the page saw it. */
export interface Violation {
  url: string;
  directive: string;
  blocked: string;
}

/**
 * Collects every `securitypolicyviolation` event in every document the page loads, from before
 * the first script runs. Returns the list it fills.
 */
export async function watchPolicyViolations(page: Page): Promise<Violation[]> {
  const seen: Violation[] = [];
  await page.exposeBinding('reportPolicyViolation', (_source, violation: Violation) => void seen.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportPolicyViolation: (v: unknown) => void }).reportPolicyViolation;
      report({ url: location.href, directive: event.effectiveDirective, blocked: event.blockedURI });
    });
  });
  return seen;
}
