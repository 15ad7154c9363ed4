import { defineChecklist } from "./checklist-kind";

/** Money of the person's own, and papers that help with money later. */
export const moneyItems = defineChecklist({
  key: "moneyItems",
  section: "money",
  title: "Your list for money",
  suggestions: {
    "money-set-aside": "Some money set aside, where they cannot see it",
    "money-own-account": "A bank account in your own name",
    "money-own-cards": "Bank or credit cards in your own name",
    "money-income-papers": "Pay stubs, tax returns or benefit letters",
    "money-sin": "Your social insurance number, written down",
    "money-shared-accounts": "A list of shared accounts and debts",
  },
});
