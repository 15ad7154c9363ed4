import { defineChecklist } from "./checklist-kind";

/** Papers to gather and things for a go-bag, in the part about getting ready to leave. */
export const goBagItems = defineChecklist({
  key: "goBagItems",
  section: "leaving",
  title: "Your list: papers and a go-bag",
  suggestions: {
    "bag-photo-id": "Photo ID, such as a driver's licence or passport",
    "bag-health-card": "Health card",
    "bag-birth-certificates": "Birth certificates",
    "bag-immigration-papers": "Immigration papers, such as a permanent resident card or a work permit",
    "bag-bank-cards": "Bank cards",
    "bag-medication": "Medication and prescriptions",
    "bag-keys": "Spare keys for home and the car",
    "bag-phone-charger": "A phone charger",
    "bag-court-papers": "Court orders or police reports, if you have any",
    "bag-clothes": "A change of clothes",
  },
});
