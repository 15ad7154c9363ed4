/** The sections of a change plan, for people who have used violence and want to stop. */
export const changeSectionIds = ["values", "warning-signs", "instead", "supporters", "commitments"] as const;

export type ChangeSectionId = (typeof changeSectionIds)[number];
