/**
 * Groups a service can be made for, marked with `serves` in the directory. The directory must hold
 * at least one service for each (tests/unit/content/directory-coverage.test.ts).
 */
export const serviceGroups = {
  "indigenous-people": "Indigenous people",
  "2slgbtqia-people": "2SLGBTQIA+ people",
  men: "Men who experience violence",
  newcomers: "Newcomers and immigrants",
  "people-with-disabilities": "People with disabilities and Deaf people",
  "older-adults": "Older adults",
  "people-who-used-violence": "People who want to stop using violence",
  "legal-help": "Legal help",
  "victim-services": "Victim services",
} as const;

export type ServiceGroupId = keyof typeof serviceGroups;
export const serviceGroupIds = Object.keys(serviceGroups) as [ServiceGroupId, ...ServiceGroupId[]];
