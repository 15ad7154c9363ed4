import type { trustedPersonHelp, workplaceHelp, workplaceRoles } from "./plan-schema";

export const trustedPersonHelpLabels: Record<(typeof trustedPersonHelp)[number], string> = {
  "keep-documents": "Keep copies of important papers",
  "spare-key": "Hold a spare key",
  "keep-go-bag": "Keep a bag of things for me",
  "pick-up-children": "Pick up the children",
  "place-to-stay": "Give me a place to stay",
  "call-for-help": "Call for help if I give a signal",
};

export const workplaceRoleLabels: Record<(typeof workplaceRoles)[number], string> = {
  manager: "Manager or supervisor",
  "union-rep": "Union rep",
  hr: "Human resources",
  "front-desk": "Front desk or security",
  colleague: "Co-worker or classmate",
  other: "Someone else",
};

export const workplaceHelpLabels: Record<(typeof workplaceHelp)[number], string> = {
  "screen-calls": "Screen my calls and visitors",
  "walk-to-car": "Walk me to my car or the bus",
  "change-schedule": "Change my schedule",
  "keep-photo": "Keep a photo of the person who hurt me",
  "change-desk": "Move where I sit or work",
};
