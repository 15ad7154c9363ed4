import type account from "../messages/en/account.json";
import type audiences from "../messages/en/audiences.json";
import type guidance from "../messages/en/guidance.json";
import type home from "../messages/en/home.json";
import type pages from "../messages/en/pages.json";
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
      regions: typeof regions;
    };
  }
}
