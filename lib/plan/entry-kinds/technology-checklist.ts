import { defineChecklist } from "./checklist-kind";

/** Accounts, passwords and devices to check or set up. */
export const technologyItems = defineChecklist({
  key: "technologyItems",
  section: "technology",
  title: "Your list: phones, computers and accounts",
  suggestions: {
    "tech-backup-codes": "Backup codes for accounts that ask for a second step when you sign in",
    "tech-passwords": "New passwords for email and banking, changed on a device they cannot check",
    "tech-recovery-details": "A recovery email and phone number on your accounts that only you use",
    "tech-location-sharing": "Location sharing checked on your phone and apps",
    "tech-numbers-on-paper": "Important phone numbers written down, in case your phone is taken",
    "tech-safer-device": "A device they cannot reach, such as a library or work computer",
  },
});
