import { defineChecklist } from "./checklist-kind";

/** What the children would need, and the papers that are about them. */
export const childrenItems = defineChecklist({
  key: "childrenItems",
  section: "children",
  title: "Your list for the children",
  suggestions: {
    "kids-papers": "The children's birth certificates and health cards",
    "kids-custody-papers": "Custody or other court papers about the children",
    "kids-medication": "The children's medication and health records",
    "kids-comfort-item": "A comfort item for each child, such as a favourite toy or blanket",
    "kids-school-contacts": "Who at school or daycare knows who may pick the children up",
    "kids-clothes": "A change of clothes for each child",
  },
});
