import { defineEntryKind, requiredText, text } from "./entry-kind";

/** Places the person could go, how they would get there, and what is kept there. */
export const safePlaces = defineEntryKind({
  key: "safePlaces",
  section: "safe-places",
  fields: {
    place: requiredText("Where", 120, "Say where the place is, in words that make sense to you."),
    howToGetThere: text("How to get there", 300, { multiline: true }),
    keptThere: text("What is kept there", 300, { multiline: true }),
  },
  required: "place",
  noun: "a safe place",
  plural: "places",
  nameOf: (place) => place.place,
  titleOf: (place) => place.place || "A place in your plan",
  addTitle: "Add a place",
  print: (place) => ({
    heading: place.place,
    details: [
      place.howToGetThere && `getting there: ${place.howToGetThere}`,
      place.keptThere && `kept there: ${place.keptThere}`,
    ].filter(Boolean),
  }),
});
