import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser bundle (it defines `window.axe`). */
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
let axeSource: Promise<string> | undefined;

/** The WCAG 2.0 and 2.1 A and AA rules: what issue 6 asks the admin to meet. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Impacts that fail a check; minor and moderate findings are printed by axe but left for later. */
const BLOCKING: ImpactValue[] = ['serious', 'critical'];

/** One violation, reduced to what a developer needs to find and fix it. */
export interface Violation {
  id: string;
  impact: ImpactValue;
  help: string;
  helpUrl: string;
  /** CSS selectors of every node at fault. */
  targets: string[];
  /** The first node's HTML (shortened), to tell which control a generic selector means. */
  html: string;
  /** axe's own explanation for the first node ("Element has insufficient color contrast of 3.2 ..."). */
  summary: string;
}

/**
 * Runs axe on the page as it stands (the caller waits for the content first) and answers the
 * serious and critical WCAG A/AA violations. The results are reduced in the page, so only plain
 * strings cross back.
 */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  const hasAxe = await page.evaluate(() => 'axe' in globalThis);
  // Evaluated through the DevTools protocol rather than added as a <script>: the admin's Content
  // Security Policy (script-src 'self') rightly refuses inline scripts, and the check should see
  // the page with its real policy.
  if (!hasAxe) await page.evaluate(await (axeSource ??= readFile(AXE_SCRIPT, 'utf8')));
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] };
  const violations = await page.evaluate(async (runOptions) => {
    // The page's global, defined by the injected script; the test's tsconfig has no DOM types.
    const { axe } = globalThis as unknown as { axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> } };
    const results = await axe.run((globalThis as unknown as { document: unknown }).document, runOptions);
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      targets: violation.nodes.map((node) => node.target.map(String).join(' >> ')),
      html: (violation.nodes[0]?.html ?? '').slice(0, 300),
      summary: violation.nodes[0]?.failureSummary ?? '',
    }));
  }, options);
  return violations.filter((violation) => BLOCKING.includes(violation.impact));
}

/** Selectors printed per violation; a list's 25 rows repeat the same fault. */
const SHOWN_TARGETS = 5;

/** A report to fail a test with: each violation's rule, what it asks, and where (selectors, the first node's HTML). */
export function describeViolations(where: string, violations: Violation[]): string {
  const indent = (text: string) => text.replaceAll('\n', '\n      ');
  const lines = violations.map((violation) => {
    const more = violation.targets.length - SHOWN_TARGETS;
    return [
      `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})`,
      ...violation.targets.slice(0, SHOWN_TARGETS).map((target) => `      at ${target}`),
      ...(more > 0 ? [`      (and ${more} more)`] : []),
      `      first: ${violation.html}`,
      `      ${indent(violation.summary)}`,
    ].join('\n');
  });
  return `${violations.length} serious or critical axe violation(s) on ${where}:\n${lines.join('\n')}`;
}
