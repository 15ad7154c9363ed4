/**
 * Details that could help someone find the person, reach the people helping them, or find what they
 * have set aside, if a printed plan were found. Paper leaves each out unless the person ticks it in.
 */
export const sensitiveDetails = {
  reach: "Phone numbers and other ways to reach people",
  codeWord: "Code words",
  whereabouts: "Addresses: where places are and how to get there",
  keptWhere: "Where things are kept or hidden",
} as const;

export type SensitiveDetail = keyof typeof sensitiveDetails;
export const sensitiveDetailIds = Object.keys(sensitiveDetails) as SensitiveDetail[];
