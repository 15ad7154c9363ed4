import { fill } from "../fill";
import { defineEntryKind, requiredText, text } from "./entry-kind";

/** Places the person could go, how they would get there, and what is kept there. */
export const safePlaces = defineEntryKind({
  key: "safePlaces",
  section: "safe-places",
  fields: {
    place: requiredText("Where", 120, "sayWherePlace", {
      sensitive: "whereabouts",
    }),
    howToGetThere: text("How to get there", 300, { multiline: true, sensitive: "whereabouts" }),
    keptThere: text("What is kept there", 300, { multiline: true }),
  },
  required: "place",
  plural: "places",
  nameOf: (place) => place.place,
  titleOf: (place) => place.place || "A place in your plan",
  addTitle: "Add a place",
  print: (place, words) => ({
    // On paper the place itself may be left out; the row still says what is kept there.
    heading: place.place || words.aSafePlace,
    details: [
      place.howToGetThere && fill(words.gettingThere, { where: place.howToGetThere }),
      place.keptThere && fill(words.keptThere, { what: place.keptThere }),
    ].filter(Boolean),
  }),
});
