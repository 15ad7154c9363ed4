import { defineChecklist } from "./checklist-kind";

/** What a pet would need, and papers that show the pet is the person's. */
export const petItems = defineChecklist({
  key: "petItems",
  section: "pets",
  title: "Your list for your pets",
  suggestions: {
    "pet-vet-records": "Vet and vaccination records",
    "pet-food": "Food and any medication for a few days",
    "pet-proof-of-ownership": "Papers that show the pet is yours, such as an adoption record or licence",
    "pet-carrier": "A leash, carrier or crate",
    "pet-caregiver": "Someone who could look after your pet for a while",
  },
});
