import type account from "../messages/en/account.json";
import type audiences from "../messages/en/audiences.json";
import type formErrors from "../messages/en/formErrors.json";
import type guidance from "../messages/en/guidance.json";
import type helperBriefs from "../messages/en/helperBriefs.json";
import type lookBack from "../messages/en/lookBack.json";
import type helperNote from "../messages/en/helperNote.json";
import type home from "../messages/en/home.json";
import type pages from "../messages/en/pages.json";
import type changePlan from "../messages/en/changePlan.json";
import type plan from "../messages/en/plan.json";
import type planFiles from "../messages/en/planFiles.json";
import type planBuilder from "../messages/en/planBuilder.json";
import type planEntries from "../messages/en/planEntries.json";
import type planHistory from "../messages/en/planHistory.json";
import type planQuestions from "../messages/en/planQuestions.json";
import type regions from "../messages/en/regions.json";
import type routes from "../messages/en/routes.json";
import type shell from "../messages/en/shell.json";
import type titles from "../messages/en/titles.json";

// English is the reference: a key used in code but missing here fails the type check.
declare module "next-intl" {
  interface AppConfig {
    Messages: {
      shell: typeof shell;
      titles: typeof titles;
      routes: typeof routes;
      audiences: typeof audiences;
      home: typeof home;
      guidance: typeof guidance;
      pages: typeof pages;
      account: typeof account;
      planBuilder: typeof planBuilder;
      plan: typeof plan;
      planQuestions: typeof planQuestions;
      changePlan: typeof changePlan;
      planEntries: typeof planEntries;
      regions: typeof regions;
      lookBack: typeof lookBack;
      planHistory: typeof planHistory;
      planFiles: typeof planFiles;
      formErrors: typeof formErrors;
      helperBriefs: typeof helperBriefs;
      helperNote: typeof helperNote;
    };
  }
}
