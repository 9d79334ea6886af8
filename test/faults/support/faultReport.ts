/**
 * Prints one JSON line of figures per fault suite (faults injected, outcomes counted), so the figures of a run can
 * be read from its output: `npm run test:faults | grep '"faultSuite"'`.
 */
export function reportFaultFigures(faultSuite: string, figures: Record<string, number>): void {
  process.stdout.write(`${JSON.stringify({ faultSuite, ...figures })}\n`);
}
