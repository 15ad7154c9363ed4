import { choice, choices, defineEntryKind, text } from "./entry-kind";

const roles = {
  manager: "Manager or supervisor",
  "union-rep": "Union rep",
  hr: "Human resources",
  "front-desk": "Front desk or security",
  colleague: "Co-worker or classmate",
  other: "Someone else",
};

const willDo = {
  "screen-calls": "Screen my calls and visitors",
  "walk-to-car": "Walk me to my car or the bus",
  "change-schedule": "Change my schedule",
  "keep-photo": "Keep a photo of the person who hurt me",
  "change-desk": "Move where I sit or work",
};

/** People at work or school who could help, and what they could do. */
export const workplaceContacts = defineEntryKind({
  key: "workplaceContacts",
  section: "work-school",
  fields: {
    role: choice("Who they are", roles, "chooseRole"),
    name: text("Name (optional)", 80),
    willDo: choices("What they will do", willDo),
    otherHelp: text("Anything else", 300, { multiline: true }),
  },
  required: "role",
  plural: "contacts",
  nameOf: (contact) => contact.name || contact.role,
  titleOf: (contact) => contact.name || (contact.role ? roles[contact.role] : "Contact"),
  addTitle: "Add a contact",
  print: (contact, words) => {
    const role = words.choices.role?.[contact.role] ?? roles[contact.role];
    const help = contact.willDo.map((one) => (words.choices.willDo?.[one] ?? willDo[one]).toLowerCase());
    return {
      heading: contact.name || role,
      aside: contact.name ? role.toLowerCase() : undefined,
      details: help.length > 0 ? [help.join(", ")] : [],
    };
  },
});
