import type { Provider } from "./schema/index.ts";

/** Whether a provider can award academic credit: universities can, others only if they say so. */
export function canAwardCredit(provider: Provider): boolean {
  return provider.awardingPowers ?? provider.type === "hei";
}
